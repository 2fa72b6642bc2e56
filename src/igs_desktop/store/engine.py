"""The one engine factory: every connection gets the same SQLite settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from .stemming import register_functions

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "igs_write"  # execution option: this connection's transactions will write

# synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss; FULL syncs the
# log at every commit, about 0.4 ms more per edit (docs/performance.md, benchmarks/edits.py).
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
)


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` with pragmas and real transactions.

    pysqlite does not begin a transaction before DDL on its own, so a migration could be left
    half done; we switch its implicit handling off and emit BEGIN ourselves (SQLAlchemy's
    documented recipe), which makes every revision atomic.
    """
    # The pool hands a connection to one thread at a time, so background work (reports,
    # imports) may use connections the GUI thread opened.
    engine = create_engine(
        f"sqlite:///{path}", future=True, connect_args={"check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        register_functions(dbapi_connection)  # igs_stem(), called by the search index's triggers
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A write transaction takes the write lock at once (BEGIN IMMEDIATE): a deferred one
        # that reads first fails with SQLITE_BUSY_SNAPSHOT, without waiting, when another
        # connection (a report in the background) commits in between.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
