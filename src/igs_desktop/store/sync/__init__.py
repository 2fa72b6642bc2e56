"""Team synchronisation, the SQL of both ends: the laptop's SQLite file (``local``) and any
database with the app's tables (``rows``, used on the laptop and on the team server). The
server's own statements live in ``store.team_server``; the steps in ``services.sync``.
"""
