"""Alembic, driven from code: the migration scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def script_revisions() -> list[str]:
    """The revisions of the shipped scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Upgrade the database of ``engine`` to ``target``, one transaction per revision.

    SQLite (the laptop's file) or PostgreSQL (the team server, ``team_server.upgrade_server``).
    """
    if engine.dialect.name != "sqlite":
        _upgrade_server(engine, target)
        return
    config = alembic_config(engine)
    with engine.connect() as connection:
        # Batch mode rebuilds tables; with foreign keys on, rebuilding a table that others
        # point to would delete or reject their rows. The pragma only works outside a
        # transaction, so it is set on the raw connection before Alembic begins one, and the
        # constraints are checked once all revisions ran.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        # Renaming the rebuilt table back must not re-check views and triggers that name it
        # (the note search view does): SQLite's documented legacy behaviour for migrations.
        raw.execute("PRAGMA legacy_alter_table=ON")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken after the upgrade: {problems[:5]}")
        finally:
            raw.execute("PRAGMA legacy_alter_table=OFF")
            raw.execute("PRAGMA foreign_keys=ON")


def _upgrade_server(engine: Engine, target: str) -> None:
    """PostgreSQL: DDL is transactional, so each revision is atomic without SQLite's pragmas.

    The URL (and so the password) is not put in Alembic's configuration: the revisions run
    on the connection given.
    """
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
