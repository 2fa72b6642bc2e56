"""Alembic environment: batch mode for SQLite, one transaction per revision."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

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
    url = config.get_main_option("sqlalchemy.url")
    engine = make_engine(Path(str(url).removeprefix("sqlite:///")))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


run_migrations_online()
