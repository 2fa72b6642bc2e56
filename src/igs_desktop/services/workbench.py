"""The front door: the one object the window and the command line hold to reach the data.

A ``Workbench`` is opened once from the paths: it holds the database, the folders beside it
(decided once, in ``paths``), the user acting (named in the change log) and the services that
write on their behalf. ``ui/`` and the command line import nothing from ``store/``; what they
show are the plain records the services hand out (``…Record``; ``…Row`` names a table and never
leaves the store).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import AppPaths
from ..store import attachments
from ..store.database import (
    DamagedDatabaseError,
    Database,
    DatabaseError,
    MissingDatabaseError,
)
from ..store.profile import Profile, meta_value, user_profile
from .calendar import ProjectYearService
from .editing import Outcome, ValidationError
from .notes import NotesService
from .portfolio import PortfolioService, save_profile
from .report_request import ProducedReport, Progress, ReportRequest, produce_report
from .safe_output import checked_output
from .startup import Startup, start
from .sync import SyncService

if TYPE_CHECKING:
    from .backups import BackupRecord, RestoreReport
    from .demo import DemoSummary
    from .privacy import EraseSummary

__all__ = [
    "DamagedDatabaseError",
    "Database",
    "DatabaseError",
    "Folders",
    "MissingDatabaseError",
    "Profile",
    "Workbench",
]

UNKNOWN_ACTOR = "onbekend"


@dataclass(frozen=True)
class Folders:
    """Where the files beside the database live: attachments, produced reports, backups."""

    attachments: Path
    reports: Path
    backups: Path

    @property
    def protected(self) -> tuple[Path, ...]:
        """Folders no report or export may be written into."""
        return (self.attachments, self.backups)

    @classmethod
    def of(cls, paths: AppPaths) -> Folders:
        return cls(paths.attachment_dir, paths.report_dir, paths.backup_dir)


class Workbench:
    """The database, its folders, the acting user and the services, opened once."""

    def __init__(
        self,
        db: Database,
        folders: Folders,
        startup: Startup | None = None,
        fallback_actor: str = UNKNOWN_ACTOR,
    ) -> None:
        self.db = db
        self.folders = folders
        self.startup = startup
        self.fallback_actor = fallback_actor  # who writes while no profile exists
        self._bind(self._profile_name())

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        progress: Callable[[str], None] | None = None,
        fallback_actor: str = UNKNOWN_ACTOR,
        create: bool = True,
        checked: bool = False,
    ) -> Workbench:
        """Open (upgrade; with ``create`` also create) the database of ``paths``; raises
        DatabaseError (MissingDatabaseError, DamagedDatabaseError, …) or OSError.
        ``checked``: ``startup.check_file`` has just passed (the window), not checked again."""
        startup = start(paths, progress, create, checked)
        return cls(startup.db, Folders.of(paths), startup, fallback_actor)

    def _profile_name(self) -> str:
        found = user_profile(self.db)
        return found.name if found else self.fallback_actor

    def _bind(self, actor: str) -> None:
        self.actor = actor
        self.portfolio = PortfolioService(self.db, actor)
        self.notes = NotesService(self.db, actor, self.folders.attachments)
        self.calendar = ProjectYearService(self.db, actor)
        self.sync = SyncService(self.db, actor)

    # --- who works here ---------------------------------------------------------------------
    def profile(self) -> Profile | None:
        return user_profile(self.db)

    def save_profile(self, name: str, email: str) -> None:
        """Create or update the user's profile; later writes are in their name."""
        save_profile(self.db, name, email)
        self._bind(self._profile_name())

    @property
    def is_demo(self) -> bool:
        return meta_value(self.db, "demo") == "1"

    def create_demo(self, today: dt.date | None = None) -> DemoSummary:
        """Fill an empty database with the demo portfolio (see ``services.demo``)."""
        from .demo import DEFAULT_ACTOR, create_demo

        actor = self.actor if self.profile() else DEFAULT_ACTOR
        return create_demo(self.db, self.folders.attachments, actor=actor, today=today)

    # --- reports ------------------------------------------------------------------------------
    def produce_report(
        self,
        request: ReportRequest,
        path: Path | None = None,
        progress: Progress | None = None,
        overwrite: bool = False,
    ) -> ProducedReport:
        """The report asked for, written to ``path`` or a new file in the reports folder; an
        existing ``path`` only with ``overwrite``, never the database or a backup."""
        return produce_report(
            self.db,
            request,
            self.actor,
            path=path,
            folder=self.folders.reports,
            progress=progress,
            overwrite=overwrite,
            protected_dirs=self.folders.protected,
        )

    def checked_output(self, target: Path, overwrite: bool = False) -> Path:
        """Where a user-chosen output may go (see ``services.safe_output``)."""
        return checked_output(target, self.db.path, self.folders.protected, overwrite)

    # --- housekeeping -------------------------------------------------------------------------
    def prune_attachments(self) -> attachments.Cleanup:
        """Files of removed attachments stay for undo; at start there is no undo history.

        What was removed (hashes) and what was left alone (a link, a foreign file), in Dutch."""
        return attachments.prune(self.db, self.folders.attachments)

    # --- backups (services.backups) -----------------------------------------------------------
    def backup(self, reason: str = "handmatig") -> BackupRecord:
        """A checked copy of the database now, in its own backups folder (then rotated).

        Call it before anything that cannot be undone, with a reason from
        ``services.backups`` (``BEFORE_IMPORT``, ``BEFORE_ERASE``, ...). Raises DatabaseError
        when no copy could be made; a copy whose check failed is returned marked as such.
        """
        from . import backups

        return backups.make_backup(self.db.path, self.folders.backups, reason)

    def backup_before(self, reason: str, what: str) -> BackupRecord:
        """A backup before ``what`` (Dutch) changes what cannot be undone; when none can be
        made, ValidationError: nothing is changed then."""
        try:
            return self.backup(reason)
        except DatabaseError as exc:
            raise ValidationError(
                f"Er kon geen back-up gemaakt worden vóór {what}: {exc} Er is niets gewijzigd."
            ) from exc

    # --- what is not undone by undo alone: a backup first ---------------------------------------
    def import_figures(
        self, figures: dict[str, int], year: int, source: str, origin: str = ""
    ) -> Outcome:
        """The year's figures from a table, after a backup (one step to undo in the window)."""
        from .backups import BEFORE_IMPORT

        self.backup_before(BEFORE_IMPORT, "het importeren van de cijfers")
        return self.portfolio.import_figures(figures, year, source, origin)

    def erase_personal_data(self, nis_code: str | None = None) -> EraseSummary:
        """Erase the personal content of marked notes (not undoable), after a backup."""
        from .backups import BEFORE_ERASE
        from .privacy import erase_personal_data

        self.backup_before(BEFORE_ERASE, "het wissen van persoonsgegevens")
        return erase_personal_data(self.db, self.folders.attachments, self.actor, nis_code)

    def backups(self) -> list[BackupRecord]:
        """The copies of this database, newest first."""
        from . import backups

        return backups.list_backups(self.db.path, self.folders.backups)

    def backup_if_due(self, every: dt.timedelta, reason: str) -> BackupRecord | None:
        """A copy when the newest one is older than ``every`` (the window, once a day)."""
        from . import backups

        return backups.make_backup_if_due(self.db.path, self.folders.backups, every, reason)

    def restore(self, backup: Path) -> RestoreReport:
        """Put ``backup`` in place of the database and open it again.

        The backup is checked first: a bad one raises RestoreRefusedError (a DatabaseError)
        with nothing changed. Then the current state is copied to the backups, the database
        closed, replaced and reopened (an older schema upgraded); the services are bound anew.
        Whoever held ``db`` or a service of before (the window's pages) must be rebuilt. The
        caller holds the database's lock (the window does) and has no work running on it.
        """
        from . import backups

        backups.check_backup(backup, self.db.path)
        path = self.db.path
        self.db.close()
        try:
            report = backups.restore_closed(path, self.folders.backups, backup)
        finally:
            self.db = backups.reopen(path, self.folders.backups)
            self._bind(self._profile_name())
        return report

    def close(self) -> None:
        self.db.close()
