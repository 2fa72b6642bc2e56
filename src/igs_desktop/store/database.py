"""Opening the database file safely: refuse what we cannot read, back up before upgrading."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from .engine import make_engine
from .schema import HEAD_REVISION, KNOWN_REVISIONS

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A problem with the database file, with a message fit for the user (Dutch)."""


class NotADatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


@dataclass(frozen=True)
class FileState:
    """What a database file holds, read without writing a byte."""

    exists: bool
    revision: str | None
    has_tables: bool


@dataclass(frozen=True)
class OpenReport:
    """What opening did: created a new file, upgraded from a revision, made a backup."""

    created: bool
    upgraded_from: str | None
    backup: Path | None


def inspect_file(path: Path) -> FileState:
    """Read the schema revision of ``path`` through a read-only connection."""
    if not path.exists():
        return FileState(exists=False, revision=None, has_tables=False)
    if path.is_dir():
        raise DatabaseError(f"{path} is een map, geen databasebestand.")
    if path.stat().st_size == 0:
        return FileState(exists=True, revision=None, has_tables=False)
    # Without a write-ahead log beside it, read the file as immutable: SQLite then creates no
    # -wal/-shm files either, so a refused file is left exactly as it was.
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} kan niet gelezen worden: {exc}.") from exc
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in names:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"{path} is geen IGS Desktop-database (het is geen leesbaar SQLite-bestand: {exc})."
        ) from exc
    finally:
        connection.close()
    return FileState(exists=True, revision=revision, has_tables=bool(names))


class Database:
    """An open database file: its path and engine, and sessions on it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    def session(self) -> Session:
        """A session whose objects stay readable after commit (they are copied out anyway)."""
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def check_openable(path: Path) -> FileState:
    """Refuse a file we must not touch, before anything is written to it."""
    state = inspect_file(path)
    if state.revision is None and state.has_tables:
        raise NotADatabaseError(
            f"{path} is een SQLite-bestand, maar geen IGS Desktop-database. Er is niets gewijzigd."
        )
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            f"{path} is gemaakt met een nieuwere versie van IGS Desktop (schema {state.revision}); "
            f"deze versie kent schema {HEAD_REVISION}. Werk IGS Desktop bij. "
            "Er is niets gewijzigd."
        )
    return state


def open_database(
    path: Path,
    backup_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[Database, OpenReport]:
    """Open ``path``, creating it or upgrading it to the current schema when needed.

    A file already at the current schema opens without importing Alembic. Before the first
    write of an upgrade, a copy is made through SQLite's backup API.
    """
    path = path.resolve()
    state = check_openable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if state.revision == HEAD_REVISION:
        return Database(path, make_engine(path)), OpenReport(False, None, None)

    backup = None
    if state.revision is not None:
        from .backup import backup_database

        backup_dir = backup_dir or path.parent / "backups"
        backup = backup_database(path, backup_dir, reason=f"voor-upgrade-{state.revision}")
        log.info("Backup before upgrade from %s: %s", state.revision, backup)
    if progress:
        progress("Database aanmaken…" if state.revision is None else "Database bijwerken…")

    from .migrate import upgrade_to_head

    engine = make_engine(path)
    try:
        upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(
            f"De database {path} kon niet bijgewerkt worden: {exc}. "
            + (f"De kopie van voor de upgrade staat in {backup}." if backup else "")
        ) from exc
    log.info("Database %s at schema %s (was %s)", path, HEAD_REVISION, state.revision)
    report = OpenReport(created=state.revision is None, upgraded_from=state.revision, backup=backup)
    return Database(path, engine), report
