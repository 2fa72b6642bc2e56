"""Opening the user's database: create or upgrade it, and load the shipped reference data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..paths import AppPaths, resource_dir, synced_folder
from ..store.backup import backup_if_due
from ..store.database import Database, OpenReport, open_database
from ..store.reference_data import LoadSummary, load_reference_data


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
        if not self.synced_folder:
            return []
        return [
            f"De database staat in een map die '{self.synced_folder}' synchroniseert "
            f"({self.db.path.parent}). SQLite-bestanden raken beschadigd wanneer zo'n "
            "programma ze kopieert terwijl ze in gebruik zijn. Verplaats de database naar een "
            "lokale map (of zet IGS_DESKTOP_HOME) en bewaar kopieën apart."
        ]

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


def start(
    paths: AppPaths, progress: Callable[[str], None] | None = None, create: bool = True
) -> Startup:
    """Open (upgrade; with ``create`` also create) the database of ``paths`` and bring its
    reference data up to date. Without ``create`` a missing file is refused before any folder
    is made."""
    if create:
        paths.ensure()
    db, report = open_database(paths.database, paths.backup_dir, progress, create=create)
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
