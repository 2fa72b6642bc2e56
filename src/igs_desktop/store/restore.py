"""Putting a backup in place of the database, and knowing whether the window has it open.

A restore checks the backup first (``integrity_check``, a schema this version knows or can
upgrade) and refuses a bad one before anything is touched. Then it copies the current state
into the database's backups, copies the backup next to the database (synced), folds in and
removes the old write-ahead log and shared-memory files (a stale ``-wal`` beside the new file
would be replayed into it), and moves the copy over the database with one ``os.replace``.
Whoever calls it must have closed every connection to the database.

The window holds ``<database>.lock`` (a ``QLockFile``: a text file with the pid, the
application name and the host name, and an OS lock while held: ``flock`` on POSIX, a handle
that shares no writing on Windows). ``exclusive_use`` takes the same file the same way, so the
command line refuses while a window has the database open and a window started during a
restore refuses to open it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .backup import (
    MARK_SUFFIX,
    SIDE_FILES,
    BackupRecord,
    backup_folder,
    copy_database,
    fsync_file,
    fsync_folder,
    make_backup,
    side_file,
    verify_file,
)
from .database import DatabaseError

BEFORE_RESTORE = "voor-terugzetten"
LOCK_SUFFIX = ".lock"
LOCK_APP_NAME = "IGS Desktop"


class RestoreRefusedError(DatabaseError):
    """The backup cannot be restored; the database is untouched (message in Dutch)."""


class DatabaseInUseError(DatabaseError):
    """Another process (the window) has the database open (message in Dutch)."""


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the file now in place, the revision it holds and the copy of the
    state before (``raw_copy`` when the old file was no database SQLite could read)."""

    database: Path
    restored_from: Path
    revision: str
    before: BackupRecord | None
    raw_copy: Path | None = None


def _protected(database: Path) -> set[Path]:
    names = (database, *(side_file(database, s) for s in (*SIDE_FILES, LOCK_SUFFIX)))
    return {p.resolve() for p in names}


def check_restorable(backup: Path, database: Path) -> str:
    """The schema revision of ``backup`` when it can replace ``database``; else raises
    RestoreRefusedError. Reads ``backup`` only."""
    if backup.resolve() in _protected(database.resolve()):
        raise RestoreRefusedError(
            f"{backup} is de database zelf (of een van haar hulpbestanden), geen back-up. "
            "Er is niets gewijzigd."
        )
    verification = verify_file(backup)
    if not verification.ok or verification.revision is None:
        raise RestoreRefusedError(
            f"{backup} kan niet teruggezet worden: {verification.problem}. "
            "De database is niet gewijzigd."
        )
    return verification.revision


def _keep_raw_copy(database: Path, backup_dir: Path, error: Exception) -> Path:
    """The bytes of a database SQLite cannot copy (and its -wal), kept before it is replaced."""
    folder = backup_folder(database, backup_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{BEFORE_RESTORE}-onleesbaar.bin"
    shutil.copyfile(database, target)
    fsync_file(target)
    wal = side_file(database, "-wal")
    if wal.exists():
        shutil.copyfile(wal, side_file(target, "-wal"))
    note = f"ruwe kopie van voor het terugzetten; SQLite kon het bestand niet lezen: {error}"
    target.with_suffix(MARK_SUFFIX).write_text(
        json.dumps({"note": note}, ensure_ascii=False), encoding="utf-8"
    )
    fsync_folder(folder)
    return target


def _fold_in_and_remove_side_files(database: Path) -> None:
    """Checkpoint the write-ahead log into ``database`` and remove -wal, -shm and -journal.

    Only called with every connection closed and the current state already copied: then the
    side files hold nothing the copy lacks, and left beside the new file SQLite would replay
    them into it."""
    if database.exists():
        try:
            connection = sqlite3.connect(database)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        except sqlite3.Error:
            pass  # a damaged file: its bytes and -wal were kept by _keep_raw_copy
    for suffix in SIDE_FILES:
        side_file(database, suffix).unlink(missing_ok=True)


def restore_database(backup: Path, database: Path, backup_dir: Path) -> RestoreReport:
    """Put ``backup`` in place of ``database`` (which may be missing or damaged).

    The caller has closed every connection to ``database`` and holds its lock. A backup that
    fails its check raises RestoreRefusedError with the database untouched; a failure while
    copying the current state (a full disk) raises before the database is replaced.
    """
    backup, database = backup.resolve(), database.resolve()
    revision = check_restorable(backup, database)

    before: BackupRecord | None = None
    raw: Path | None = None
    if database.exists():
        try:
            # the rotation must not take away the backup about to be restored
            before = make_backup(database, backup_dir, BEFORE_RESTORE, keep=(backup,))
        except sqlite3.Error as exc:  # not readable as a database: keep its bytes instead
            raw = _keep_raw_copy(database, backup_dir, exc)

    database.parent.mkdir(parents=True, exist_ok=True)
    incoming = database.with_name(f".{database.name}.terugzetten-{os.getpid()}")
    try:
        copy_database(backup, incoming)
        copied = verify_file(incoming)
        if not copied.ok:
            raise RestoreRefusedError(
                f"De kopie van {backup} naast de database is niet in orde ({copied.problem}). "
                "De database is niet gewijzigd."
            )
        fsync_file(incoming)
        _fold_in_and_remove_side_files(database)
        os.replace(incoming, database)
        fsync_folder(database.parent)
    finally:
        incoming.unlink(missing_ok=True)
        for suffix in SIDE_FILES:
            side_file(incoming, suffix).unlink(missing_ok=True)
    return RestoreReport(database, backup, revision, before, raw)


# --- who has the database open --------------------------------------------------------------
def lock_path(database: Path) -> Path:
    """The window's lock file (``ui.app.lock_database``): ``<database>.lock``."""
    return side_file(database.resolve(), LOCK_SUFFIX)


def _holder(path: Path) -> str:
    """The process named in a lock file, for the message."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return f" (proces {lines[0].strip()})" if lines and lines[0].strip().isdigit() else ""


def _in_use(database: Path, path: Path) -> DatabaseInUseError:
    return DatabaseInUseError(
        f"{database} is geopend in IGS Desktop{_holder(path)}. Sluit dat venster eerst, of zet "
        "de back-up terug in het venster zelf (Bestand › Back-ups…). Er is niets gewijzigd."
    )


def _os_lock(descriptor: int) -> bool:
    """Take the lock QLockFile takes (flock on POSIX); False when another process has it."""
    if os.name != "posix":
        return True  # on Windows the open itself failed when a window holds the file
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _still_there(descriptor: int, path: Path) -> bool:
    """The file locked is still the one named (a window may have replaced a stale one)."""
    try:
        return os.path.samestat(os.fstat(descriptor), os.stat(path))
    except OSError:
        return False


@contextlib.contextmanager
def exclusive_use(database: Path) -> Iterator[None]:
    """Hold ``<database>.lock`` as the window does while the body runs; raises
    DatabaseInUseError when a running window (or another restore) holds it. A lock file left
    by a process that ended is taken over, as QLockFile does."""
    path = lock_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        try:
            descriptor = os.open(path, os.O_RDWR)
        except OSError as exc:  # Windows: the window's handle shares no writing
            raise _in_use(database, path) from exc
    if not _os_lock(descriptor) or not _still_there(descriptor, path):
        os.close(descriptor)
        raise _in_use(database, path)
    try:
        os.ftruncate(descriptor, 0)
        contents = f"{os.getpid()}\n{LOCK_APP_NAME}\n{socket.gethostname()}\n"
        os.write(descriptor, contents.encode("utf-8"))
        yield
    finally:
        if os.name == "posix":  # removed while still held, as QLockFile does
            path.unlink(missing_ok=True)
        os.close(descriptor)
        if os.name != "posix":  # Windows removes no file that is open
            path.unlink(missing_ok=True)
