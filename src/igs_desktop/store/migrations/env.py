"""Alembic environment: batch mode for SQLite, one transaction per revision.

The laptop's SQLite file or the team's PostgreSQL server (whose revisions skip SQLite's search
index and triggers themselves). The app passes its open connection in ``config.attributes``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection, create_engine

from igs_desktop.store.engine import make_engine
from igs_desktop.store.search import is_index_object
from igs_desktop.store.tables import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        transaction_per_migration=True,
        compare_type=True,
        # The full-text index (FTS5 and its shadow tables) lives outside the SQLModel tables.
        include_name=lambda name, type_, _parents: not (type_ == "table" and is_index_object(name)),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = str(config.get_main_option("sqlalchemy.url"))
    if url.startswith("sqlite:"):
        engine = make_engine(Path(url.removeprefix("sqlite:///")))
    else:
        engine = create_engine(url)  # PostgreSQL: no pragmas, the URL as given
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


run_migrations_online()
