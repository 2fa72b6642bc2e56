"""Backups of the user's database: make one, list them, copy one out, restore one.

The copies live in the database's own folder in the backups folder (``store.backup``), each
checked once and marked. The window and the command line reach them through the Workbench
(``Workbench.backup``, ``backups``, ``restore``) or, when the database itself may be unusable
(the command line's ``backup``, ``backups`` and ``restore``), through the functions below on
the file's path: they neither create nor upgrade the database.

Reasons are short codes in the copy's name; ``reason_label`` says them in Dutch.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..store.backup import BackupRecord, Verification, copy_database, fsync_file, verify_file
from ..store.backup import list_backups as _list_backups
from ..store.backup import make_backup as _make_backup
from ..store.backup import make_backup_if_due as _make_backup_if_due
from ..store.database import Database, DatabaseError, open_database
from ..store.restore import (
    BEFORE_RESTORE,
    DatabaseInUseError,
    RestoreRefusedError,
    RestoreReport,
    check_restorable,
    exclusive_use,
    lock_path,
    restore_database,
)
from ..store.schema import HEAD_REVISION

__all__ = [
    "BEFORE_ERASE",
    "BEFORE_IMPORT",
    "BEFORE_PACKAGE_IMPORT",
    "BEFORE_RESTORE",
    "DAILY",
    "HEAD_REVISION",
    "MANUAL",
    "BackupRecord",
    "CopyReport",
    "DatabaseInUseError",
    "RestoreRefusedError",
    "RestoreReport",
]

MANUAL = "handmatig"
ROUTINE = "routine"  # at start, when the last copy is 12 hours old (services.startup)
DAILY = "dagelijks"  # while the window stays open, after a day
BEFORE_IMPORT = "voor-import-cijfers"
BEFORE_ERASE = "voor-wissen-persoonsgegevens"
BEFORE_PACKAGE_IMPORT = "voor-import-pakket"
DAY = dt.timedelta(days=1)

REASON_LABELS = {
    MANUAL: "handmatig",
    ROUTINE: "bij het starten",
    DAILY: "na een dag werken",
    BEFORE_RESTORE: "voor het terugzetten van een back-up",
    BEFORE_IMPORT: "voor een import van bevolkingscijfers",
    BEFORE_ERASE: "voor het wissen van persoonsgegevens",
    BEFORE_PACKAGE_IMPORT: "voor de import van een overdrachtspakket",
}


def reason_label(reason: str) -> str:
    """The reason of a copy in Dutch; an upgrade names the schema it came from."""
    if reason.startswith("voor-upgrade-"):
        return f"voor de upgrade van schema {reason.removeprefix('voor-upgrade-')}"
    return REASON_LABELS.get(reason, reason or "onbekend")


def check_label(record: BackupRecord) -> str:
    if record.verified is None:
        return "niet gecontroleerd"
    return "gecontroleerd" if record.verified else f"controle mislukt: {record.problem}"


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size / 1024, 0.1):.1f} kB".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def date_label(moment: dt.datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M:%S")


def describe(record: BackupRecord) -> str:
    """One line for the command line's list."""
    return (
        f"{date_label(record.created)}  {size_label(record.size):>9}  "
        f"{reason_label(record.reason)}  [{check_label(record)}]  {record.path}"
    )


# --- on a database's path (the command line: the database need not open) ------------------
def _existing_database(database: Path) -> Path:
    if not database.is_file():
        raise DatabaseError(f"{database} bestaat niet; er is niets om te kopiëren.")
    return database


def make_backup(database: Path, backup_dir: Path, reason: str = MANUAL) -> BackupRecord:
    """A checked copy of ``database`` in its backups folder (raises DatabaseError)."""
    try:
        return _make_backup(_existing_database(database), backup_dir, reason)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"Er kon geen back-up van {database} gemaakt worden: {exc}.") from exc


def list_backups(database: Path, backup_dir: Path) -> list[BackupRecord]:
    """The copies of ``database``, newest first (also when the database itself is gone)."""
    return _list_backups(database, backup_dir)


@dataclass(frozen=True)
class CopyReport:
    path: Path
    size: int
    check: Verification


def _refuse_target(database: Path, target: Path) -> None:
    database = database.resolve()
    protected = {
        database,
        *(database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal")),
        lock_path(database),
    }
    if target.resolve() in protected:
        raise DatabaseError(
            f"{target} is de database zelf of een van haar hulpbestanden; "
            "kies een ander bestand. Er is niets geschreven."
        )
    if target.exists() or target.is_symlink():
        raise DatabaseError(
            f"{target} bestaat al; een kopie overschrijft nooit een bestand. "
            "Kies een nieuwe bestandsnaam. Er is niets geschreven."
        )
    if not target.parent.is_dir():
        raise DatabaseError(f"De map {target.parent} bestaat niet. Er is niets geschreven.")


def copy_to(database: Path, target: Path) -> CopyReport:
    """A checked copy of ``database`` at ``target``, a new file (never over the database, its
    side files or any existing file); written beside it first, then renamed."""
    _refuse_target(database, target)
    _existing_database(database)
    part = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        copy_database(database.resolve(), part)
        check = verify_file(part)
        fsync_file(part)
        try:
            os.link(part, target)  # fails rather than replace a file made meanwhile
        except FileExistsError:
            raise
        except OSError:  # no hard links (FAT, exFAT): the check above has to do
            if target.exists():
                raise FileExistsError(target) from None
            os.replace(part, target)
    except FileExistsError as exc:
        raise DatabaseError(f"{target} bestaat al. Er is niets geschreven.") from exc
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"De kopie naar {target} is mislukt: {exc}.") from exc
    finally:
        part.unlink(missing_ok=True)
    return CopyReport(target, target.stat().st_size, check)


def restore_file(database: Path, backup_dir: Path, backup: Path) -> RestoreReport:
    """Put ``backup`` in place of ``database`` from outside the window: refused (with nothing
    changed) while a window has the database open, or when the backup fails its check."""
    with exclusive_use(database):
        return restore_closed(database, backup_dir, backup)


def restore_closed(database: Path, backup_dir: Path, backup: Path) -> RestoreReport:
    """Put ``backup`` in place of ``database``, which nobody has open (the caller holds its
    lock and closed its connections); failures are DatabaseErrors in Dutch."""
    from ..store.sync.local import renew_origin_of_file

    try:
        report = restore_database(backup, database, backup_dir)
        renew_origin_of_file(database)  # the team server sees a new device (services.sync)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            f"Terugzetten van {backup} is mislukt: {exc}. Kijk in {backup_dir} voor de kopie "
            "van de toestand ervoor."
        ) from exc
    return report


def check_backup(backup: Path, database: Path) -> str:
    """The schema revision of ``backup`` if it may replace ``database`` (else raises
    RestoreRefusedError, with nothing touched)."""
    return check_restorable(backup, database)


def make_backup_if_due(
    database: Path, backup_dir: Path, every: dt.timedelta, reason: str
) -> BackupRecord | None:
    return _make_backup_if_due(database, backup_dir, every, reason)


def reopen(database: Path, backup_dir: Path) -> Database:
    """Open the database after a restore: an older schema is upgraded (with its own copy
    first) and the shipped reference data brought up to date, as at start."""
    from ..paths import resource_dir
    from ..store.reference_data import load_reference_data

    db, _report = open_database(database, backup_dir, create=False)
    try:
        load_reference_data(db, resource_dir() / "data")
    except Exception:
        db.close()
        raise
    return db
