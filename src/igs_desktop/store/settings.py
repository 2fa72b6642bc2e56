"""Settings of this database kept in app_meta (key/value), read and written one at a time."""

from __future__ import annotations

import sqlalchemy as sa

from .database import Database
from .engine import WRITE_OPTION
from .tables import AppMeta, table_of

APP_META = table_of(AppMeta)


def value_in(conn: sa.Connection, key: str) -> str | None:
    """The value stored under ``key`` through ``conn`` (inside its transaction)."""
    return conn.execute(sa.select(APP_META.c.value).where(APP_META.c.key == key)).scalar()


def store_in(conn: sa.Connection, key: str, value: str | None) -> None:
    """Store ``value`` under ``key`` through ``conn`` (part of its transaction); None removes
    the key."""
    conn.execute(sa.delete(APP_META).where(APP_META.c.key == key))
    if value is not None:
        conn.execute(sa.insert(APP_META).values(key=key, value=value))


def setting(db: Database, key: str) -> str | None:
    """The value stored under ``key``; None when there is none."""
    with db.engine.connect() as conn:
        return value_in(conn, key)


def set_setting(db: Database, key: str, value: str | None) -> None:
    """Store ``value`` under ``key`` (replacing the old one); None removes the key. One write
    transaction: the old value stays when anything fails."""
    with db.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        store_in(conn, key, value)
        conn.commit()
