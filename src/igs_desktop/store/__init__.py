"""Persistence: the SQLite file, its tables and migrations, reference data, backups.

Every SQL statement of the app lives in this package; the layers above get plain objects.
"""

from .database import (
    Database,
    DatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    open_database,
)

__all__ = [
    "Database",
    "DatabaseError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "open_database",
]
