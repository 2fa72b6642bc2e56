"""Opening the user's database: create or upgrade it, and load the shipped reference data.

The window first reads what it shows (``first_view``: the file checked, the portfolio read with
``sqlite3``) and paints it; ``start`` (SQLAlchemy, the reference data, the routine backup)
follows on a worker thread. Every check that refuses a file runs before the first paint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.calendar import ProjectYear, WorkingYear, working_year
from ..domain.language import Language
from ..paths import AppPaths, resource_dir, synced_folder
from ..store.database import (
    Database,
    DatabaseError,
    OpenReport,
    check_openable,
    open_database,
)
from ..store.portfolio_summary import read_flags, read_project_years, reading
from ..store.schema import HEAD_REVISION
from .portfolio_summary import PortfolioRecord, PortfolioSnapshot, read_first_snapshot, rows_in
from .year_outlook import deadline_line

if TYPE_CHECKING:
    from ..store.reference_data import LoadSummary

# The window's first paint reads this many rows of the portfolio (those in view and more);
# the rest follow on a worker thread, so the first paint costs the same at any size.
FIRST_ROWS = 200

__all__ = [
    "DatabaseError",
    "FirstView",
    "Startup",
    "check_file",
    "first_view",
    "start",
    "storage_warnings",
]


@dataclass(frozen=True)
class Startup:
    """An open database and what it took to get there."""

    db: Database
    opened: OpenReport
    reference: LoadSummary
    routine_backup: Path | None = None
    synced_folder: str | None = None

    @property
    def warnings(self) -> list[str]:
        """What the user should know before working (Dutch)."""
        return _storage_warnings(self.db.path, self.synced_folder)

    def lines(self) -> list[str]:
        """What happened, in Dutch, for ``igs-desktop init`` and the log."""
        out = []
        if self.opened.created:
            out.append(f"Nieuwe database aangemaakt: {self.db.path}")
        elif self.opened.upgraded_from:
            out.append(
                f"Database bijgewerkt van schema {self.opened.upgraded_from}: {self.db.path}"
            )
            out.append(f"Kopie van voor de upgrade: {self.opened.backup}")
        else:
            out.append(f"Database is al bij: {self.db.path}")
        out.extend(self.reference.lines())
        if self.routine_backup:
            out.append(f"Routinekopie gemaakt: {self.routine_backup}")
        out.extend(self.warnings)
        return out


def _storage_warnings(database: Path, synced: str | None) -> list[str]:
    if not synced:
        return []
    return [
        f"De database staat in een map die '{synced}' synchroniseert "
        f"({database.parent}). SQLite-bestanden raken beschadigd wanneer zo'n "
        "programma ze kopieert terwijl ze in gebruik zijn. Verplaats de database naar een "
        "lokale map (of zet IGS_DESKTOP_HOME) en bewaar kopieën apart."
    ]


def storage_warnings(database: Path) -> list[str]:
    """What the user should know of where ``database`` is kept before working (Dutch)."""
    return _storage_warnings(database, synced_folder(database))


def start(
    paths: AppPaths,
    progress: Callable[[str], None] | None = None,
    create: bool = True,
    checked: bool = False,
) -> Startup:
    """Open (upgrade; with ``create`` also create) the database of ``paths`` and bring its
    reference data up to date. Without ``create`` a missing file is refused before any folder
    is made; ``checked``: ``check_file`` has just passed, the damage check is not repeated."""
    from ..store.backup import backup_if_due
    from ..store.reference_data import load_reference_data

    if create:
        paths.ensure()
    db, report = open_database(
        paths.database, paths.backup_dir, progress, create=create, checked=checked
    )
    paths.ensure()
    try:
        summary = load_reference_data(db, resource_dir() / "data")
        backup = backup_if_due(paths.database, paths.backup_dir)
    except Exception:
        db.close()
        raise
    return Startup(
        db=db,
        opened=report,
        reference=summary,
        routine_backup=backup,
        synced_folder=synced_folder(paths.database),
    )


@dataclass(frozen=True)
class FirstView:
    """What the window shows at its first paint, read before SQLAlchemy is loaded: the
    portfolio's rows of the year the app works in (counts and open work pending) and the
    calendar around it."""

    path: Path
    is_demo: bool
    has_profile: bool
    years: tuple[ProjectYear, ...]
    working: WorkingYear
    snapshot: PortfolioSnapshot  # the first rows by name (``complete`` when that is all)
    deadlines: str

    @property
    def year(self) -> int:
        return self.working.number

    @property
    def rows(self) -> list[PortfolioRecord]:
        return rows_in(self.snapshot, self.year)


def check_file(paths: AppPaths) -> None:
    """Every check ``start`` makes before it writes, the damage check (SQLite's quick_check,
    which reads the whole file) included: DatabaseError (DamagedDatabaseError, …) with a
    Dutch message when the file must not be opened. The window runs it on a worker thread
    beside its first paint, and opens the Workbench only after it passed."""
    check_openable(paths.database.resolve(), create=False)


def first_view(
    paths: AppPaths,
    today: dt.date | None = None,
    first_rows: int | None = FIRST_ROWS,
    lang: Language = Language.NL,
) -> FirstView | None:
    """The first view of the database of ``paths``: its portfolio's first ``first_rows`` rows
    by name (None: all), read only after the quick checks of ``check_openable`` (newer or
    foreign files raise DatabaseError); the damage check is ``check_file``'s. Its line on
    the deadlines is in ``lang``.

    None when the database must be opened in full before anything is shown: a missing or
    empty file (created after asking), an older schema (upgraded after a backup) or a
    database without project years."""
    path = paths.database.resolve()
    state = check_openable(path, create=True, check=False)
    if state.revision != HEAD_REVISION:
        return None
    day = today or dt.date.today()
    with reading(path) as connection:
        years = tuple(read_project_years(connection))
        if not years:
            return None
        flags = read_flags(connection)
        working = working_year(years, day)
        snapshot = read_first_snapshot(connection, first_rows)
    return FirstView(
        path=path,
        is_demo=flags.is_demo,
        has_profile=flags.has_profile,
        years=years,
        working=working,
        snapshot=snapshot,
        deadlines=deadline_line(working.year, day, lang),
    )


def database_failure(exc: BaseException) -> str | None:
    """A Dutch sentence for a failure of the database file itself (busy or damaged), or None
    when ``exc`` is something else."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError as SqlDatabaseError

    if not isinstance(exc, sqlite3.DatabaseError | SqlDatabaseError):
        return None
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if "locked" in reason or "busy" in reason:
        return (
            f"De database is bezet door een ander programma ({reason}). Er is niets gewijzigd; "
            "probeer het zo meteen opnieuw."
        )
    return (
        f"De database kon niet gelezen worden ({reason}); ze is mogelijk beschadigd. Voer "
        "'igs-desktop doctor' uit en zet zo nodig een back-up terug ('igs-desktop backups')."
    )
