"""The team's shared PostgreSQL server: its engine, schema upgrade and error messages.

Every SQL statement sent to the server lives in this package (the laptop's SQLite store stays
in the rest of ``store``). Qt-free; the services (``services.team_settings``, the sync) are its
only callers.
"""
