"""Opening the database file safely: refuse what we cannot read, back up before upgrading."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:  # SQLAlchemy is imported when a database is opened, not with this module
    from sqlalchemy import Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A problem with the database file, with a message fit for the user (Dutch)."""


class NotADatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass


class MissingDatabaseError(DatabaseError):
    """The file does not exist (or is empty) and nobody asked to create a database there."""


class DamagedDatabaseError(DatabaseError):
    """SQLite's own check found damage; nothing was written."""


# Tables every IGS Desktop database has had since its first revision: a database with an
# Alembic revision we do not know is ours (and newer) only when it has them too.
OWN_TABLES = frozenset({"app_meta", "partnership", "membership", "government"})


@dataclass(frozen=True)
class FileState:
    """What a database file holds, read without writing a byte."""

    exists: bool
    revision: str | None
    has_tables: bool
    empty: bool = False
    own_tables: bool = False
    damage: tuple[str, ...] = ()  # what PRAGMA quick_check found; () is "ok"


@dataclass(frozen=True)
class OpenReport:
    """What opening did: created a new file, upgraded from a revision, made a backup."""

    created: bool
    upgraded_from: str | None
    backup: Path | None


def inspect_file(path: Path, check: bool = True) -> FileState:
    """Read the schema revision of ``path`` through a read-only connection and, with
    ``check``, run SQLite's quick check on it (it reads the whole file)."""
    if not path.exists():
        return FileState(exists=False, revision=None, has_tables=False)
    if path.is_dir():
        raise DatabaseError(f"{path} is een map, geen databasebestand.")
    if path.stat().st_size == 0:
        return FileState(exists=True, revision=None, has_tables=False, empty=True)
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
        connection.close()
        raise NotADatabaseError(
            f"{path} is geen IGS Desktop-database (het is geen leesbaar SQLite-bestand: {exc})."
        ) from exc
    try:
        damage = quick_check(connection) if check else ()
    except sqlite3.DatabaseError as exc:  # too damaged to even check
        damage = (str(exc),)
    finally:
        connection.close()
    return FileState(
        exists=True,
        revision=revision,
        has_tables=bool(names),
        own_tables=names >= OWN_TABLES,
        damage=damage,
    )


def quick_check(connection: sqlite3.Connection, limit: int = 5) -> tuple[str, ...]:
    """SQLite's quick check (page structure, no index contents): () when the file is sound."""
    rows = [row[0] for row in connection.execute(f"PRAGMA quick_check({limit})")]
    if rows == ["ok"]:
        return ()
    # SQLite reports "*** in database main ***\nOn tree page …": one line per finding
    return tuple(" ".join(str(r).replace("*** in database main ***", "").split()) for r in rows)


class Database:
    """An open database file: its path and engine, and sessions on it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    def session(self) -> Session:
        """A session whose objects stay readable after commit (they are copied out anyway)."""
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def check_openable(path: Path, create: bool = True, check: bool = True) -> FileState:
    """Refuse a file we must not touch, before anything is written to it.

    Without ``create`` a missing or empty file is refused too: only the user's explicit wish
    (``init``, ``demo``, the window after asking) makes a new database. Without ``check``
    only the damage check is left out (the window runs it beside its first paint)."""
    state = inspect_file(path, check)
    if not create and not state.exists:
        raise MissingDatabaseError(
            f"{path} bestaat niet. Controleer de naam, of maak een nieuwe database met "
            f"'igs-desktop init --db {path}'."
        )
    if not create and state.empty:
        raise MissingDatabaseError(
            f"{path} is leeg (0 bytes) en dus geen database. Kies een ander bestand, of "
            "verwijder het lege bestand en maak een nieuwe database. Er is niets gewijzigd."
        )
    if state.damage:
        raise DamagedDatabaseError(
            f"{path} is beschadigd: SQLite vond {'; '.join(state.damage[:2])}. Er is niets "
            "gewijzigd. Zet de laatste goede back-up terug, of kies een ander bestand."
        )
    if state.revision is None and state.has_tables:
        raise NotADatabaseError(
            f"{path} is een SQLite-bestand, maar geen IGS Desktop-database. Er is niets gewijzigd."
        )
    if state.revision is not None and state.revision not in KNOWN_REVISIONS:
        if not state.own_tables:
            raise NotADatabaseError(
                f"{path} is geen IGS Desktop-database (een ander programma gebruikt er schema "
                f"{state.revision}). Er is niets gewijzigd."
            )
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
    create: bool = True,
    checked: bool = False,
) -> tuple[Database, OpenReport]:
    """Open ``path``, upgrading it to the current schema when needed, and creating it only
    with ``create`` (a missing or empty file is refused otherwise). ``checked``: the caller
    has just run the damage check on it (``check_openable``), so it is not run twice.

    A file already at the current schema opens without importing Alembic. Before the first
    write of an upgrade, a copy is made through SQLite's backup API.
    """
    from .engine import make_engine

    path = path.resolve()
    state = check_openable(path, create, check=not checked)
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
