"""Copies of one database through SQLite's online backup API: per database, verified, rotated.

Every database has its own folder inside the backups folder, ``<stem>-<hash>`` (the first eight
hex digits of the SHA-256 of its full path), so two databases in one folder neither share nor
rotate each other's copies. A copy is written as ``….sqlite.part``, made self-contained (no
write-ahead log), checked once (``PRAGMA integrity_check`` and a schema revision this version
knows), synced to disk and only then given its name; beside it a small JSON mark
(``….json``) says when, why, how big and what the check found.

Kept per database: the newest few copies, then one per day for a week, then one per week for
five weeks. Copies of the shared folder of earlier versions (``backups/<stem>-….sqlite``) are
listed with this database's but never rotated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .schema import HEAD_REVISION, KNOWN_REVISIONS

KEEP_RECENT = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 5
SUFFIX = ".sqlite"
MARK_SUFFIX = ".json"
PART_SUFFIX = ".part"
MARK_FORMAT = "igs-desktop/backup"
MARK_VERSION = 1
ROUTINE = "routine"
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database

_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[^/]+)$")
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Verification:
    """What checking a database file found: its schema revision, or the problem (Dutch)."""

    revision: str | None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


@dataclass(frozen=True)
class BackupRecord:
    """One copy of the database: where, when, why, its size and what its check found.

    ``verified`` is True when the copy passed its check, False when it failed (``problem``
    says why), None when it was never checked (made by an earlier version).
    """

    path: Path
    created: dt.datetime
    reason: str
    size: int
    revision: str | None
    verified: bool | None
    problem: str = ""


def database_key(database: Path) -> str:
    """``<stem>-<hash>``: the name of ``database``'s own folder of copies."""
    full = os.path.normcase(str(database.resolve()))
    return f"{database.stem}-{hashlib.sha256(full.encode('utf-8')).hexdigest()[:8]}"


def backup_folder(database: Path, backup_dir: Path) -> Path:
    """The folder in ``backup_dir`` that holds the copies of ``database`` and no other's."""
    return backup_dir / database_key(database)


def side_file(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


# --- checking -------------------------------------------------------------------------------
def verify_file(path: Path) -> Verification:
    """Check a database file without writing a byte: SQLite's ``integrity_check`` and a
    schema revision this version knows (the current one or one it can upgrade)."""
    if not path.exists():
        return Verification(None, "het bestand bestaat niet")
    if not path.is_file():
        return Verification(None, "het is geen bestand")
    with path.open("rb") as handle:
        header = handle.read(len(_HEADER))
    if header != _HEADER:
        return Verification(None, "het is geen SQLite-databasebestand")
    # Read-only and, without a write-ahead log beside it, immutable: no -wal/-shm appear.
    wal = side_file(path, "-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True)
    except sqlite3.Error as exc:
        return Verification(None, f"het bestand kan niet geopend worden ({exc})")
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            shown = "; ".join(str(row) for row in rows[:3])
            more = f" (en {len(rows) - 3} meer)" if len(rows) > 3 else ""
            return Verification(None, f"het bestand is beschadigd: {shown}{more}")
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in names:
            return Verification(None, "het is geen IGS Desktop-database")
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return Verification(None, f"het bestand is beschadigd ({exc})")
    finally:
        connection.close()
    revision = found[0] if found else None
    if revision not in KNOWN_REVISIONS:
        return Verification(
            revision,
            f"schema {revision} is onbekend voor deze versie van IGS Desktop "
            f"(die kent {', '.join(KNOWN_REVISIONS)}; de nieuwste is {HEAD_REVISION})",
        )
    return Verification(revision)


# --- copying --------------------------------------------------------------------------------
def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (even while in use, its write-ahead log included) into
    the new file ``target``, self-contained: rollback journal mode, no -wal beside it.

    A database without a -wal beside it is closed: it is read as immutable, so no -wal or
    -shm appears next to it. One in use (it has a -wal) is read through its log and locks.
    """
    in_use = side_file(source, "-wal").exists()
    flags = "mode=ro" if in_use else "mode=ro&immutable=1"
    src = sqlite3.connect(f"{source.as_uri()}?{flags}", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    for suffix in SIDE_FILES:
        side_file(target, suffix).unlink(missing_ok=True)


def _slug(reason: str) -> str:
    if not _REASON.match(reason):
        raise ValueError(f"A backup reason is lower-case letters, digits and '-': {reason!r}")
    return reason


def _write_mark(record: BackupRecord, database: Path) -> None:
    mark = record.path.with_suffix(MARK_SUFFIX)
    data = {
        "format": MARK_FORMAT,
        "version": MARK_VERSION,
        "database": str(database),
        "created": record.created.isoformat(),
        "reason": record.reason,
        "size": record.size,
        "revision": record.revision,
        "verified": record.verified,
        "problem": record.problem,
    }
    part = mark.with_name(mark.name + PART_SUFFIX)
    part.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    fsync_file(part)
    os.replace(part, mark)


def make_backup(
    source: Path,
    backup_dir: Path,
    reason: str = "kopie",
    now: dt.datetime | None = None,
    keep: tuple[Path, ...] = (),
) -> BackupRecord:
    """Copy ``source`` into its own folder in ``backup_dir``, check the copy, mark it and
    rotate that folder (never removing a copy in ``keep``). A copy whose check fails is kept
    and marked as such (it may be the best there is); raises sqlite3.Error or OSError when no
    copy could be made."""
    source = source.resolve()
    reason = _slug(reason)
    folder = backup_folder(source, backup_dir)
    folder.mkdir(parents=True, exist_ok=True)
    created = now or dt.datetime.now()
    target = folder / f"{source.stem}-{created.strftime(_STAMP)}-{reason}{SUFFIX}"
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        copy_database(source, part)
        verification = verify_file(part)
        fsync_file(part)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
        for suffix in SIDE_FILES:
            side_file(part, suffix).unlink(missing_ok=True)
    record = BackupRecord(
        path=target,
        created=created,
        reason=reason,
        size=target.stat().st_size,
        revision=verification.revision,
        verified=verification.ok,
        problem=verification.problem,
    )
    _write_mark(record, source)
    fsync_folder(folder)
    rotate_backups(folder, now=created, keep=keep)
    return record


def backup_database(source: Path, backup_dir: Path, reason: str = "kopie") -> Path:
    """``make_backup`` for callers that only need the copy's path (the upgrade at open)."""
    return make_backup(source, backup_dir, reason).path


# --- listing --------------------------------------------------------------------------------
def _read_mark(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.with_suffix(MARK_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == MARK_FORMAT else {}


def read_record(path: Path) -> BackupRecord:
    """What is known of the copy at ``path``: its mark, else its name and the file."""
    mark = _read_mark(path)
    named = _NAME.search(path.stem)
    created: dt.datetime | None = None
    if isinstance(mark.get("created"), str):
        try:
            created = dt.datetime.fromisoformat(str(mark["created"]))
        except ValueError:
            created = None
    if created is None and named:
        created = dt.datetime.strptime(named["stamp"], _STAMP)
    stat = path.stat()
    verified = mark.get("verified")
    revision = mark.get("revision")
    return BackupRecord(
        path=path,
        created=created or dt.datetime.fromtimestamp(stat.st_mtime),
        reason=str(mark.get("reason") or (named["reason"] if named else "")),
        size=stat.st_size,
        revision=revision if isinstance(revision, str) else None,
        verified=verified if isinstance(verified, bool) else None,
        problem=str(mark.get("problem") or ""),
    )


def _copies_in(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def _earlier_shared_copies(database: Path, backup_dir: Path) -> list[Path]:
    """Copies earlier versions put in the shared folder, recognised by name."""
    return [
        p
        for p in _copies_in(backup_dir)
        if p.name.startswith(f"{database.stem}-")
        and (named := _NAME.search(p.stem))
        and p.stem[: named.start()] == database.stem
    ]


def list_backups(database: Path, backup_dir: Path) -> list[BackupRecord]:
    """The copies of ``database``, newest first."""
    database = database.resolve()
    paths = _copies_in(backup_folder(database, backup_dir))
    paths += _earlier_shared_copies(database, backup_dir)
    records = []
    for path in paths:
        try:
            records.append(read_record(path))
        except OSError:  # removed meanwhile
            continue
    return sorted(records, key=lambda r: r.created, reverse=True)


def latest_backup(database: Path, backup_dir: Path) -> BackupRecord | None:
    found = list_backups(database, backup_dir)
    return found[0] if found else None


# --- rotation -------------------------------------------------------------------------------
def backups_to_remove(
    moments: dict[Path, dt.datetime], now: dt.datetime | None = None
) -> list[Path]:
    """Which backups the rotation drops: pure, so it can be tested without files."""
    now = now or dt.datetime.now()
    newest_first = sorted(moments, key=lambda p: moments[p], reverse=True)
    keep: set[Path] = set(newest_first[:KEEP_RECENT])
    days_seen: set[dt.date] = set()
    weeks_seen: set[tuple[int, int]] = set()
    for path in newest_first:
        moment = moments[path]
        age = now - moment
        day = moment.date()
        week = moment.isocalendar()[:2]
        if age <= dt.timedelta(days=KEEP_DAILY) and day not in days_seen:
            days_seen.add(day)
            keep.add(path)
        elif age <= dt.timedelta(weeks=KEEP_WEEKLY) and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(path)
    return [p for p in newest_first if p not in keep]


def remove_backup(path: Path) -> None:
    """A copy with its mark."""
    path.unlink(missing_ok=True)
    path.with_suffix(MARK_SUFFIX).unlink(missing_ok=True)


def rotate_backups(
    folder: Path, now: dt.datetime | None = None, keep: tuple[Path, ...] = ()
) -> list[Path]:
    """Delete the copies in one database's ``folder`` the rotation no longer keeps (and
    never one in ``keep``)."""
    kept = {p.resolve() for p in keep}
    moments = {}
    for path in _copies_in(folder):
        if path.resolve() in kept:
            continue
        try:
            moments[path] = read_record(path).created
        except OSError:
            continue
    removed = backups_to_remove(moments, now)
    for path in removed:
        remove_backup(path)
    return removed


def backup_if_due(
    source: Path,
    backup_dir: Path,
    every: dt.timedelta = dt.timedelta(hours=12),
    reason: str = ROUTINE,
    now: dt.datetime | None = None,
) -> Path | None:
    """A copy when the newest copy of ``source`` is older than ``every`` (the path)."""
    made = make_backup_if_due(source, backup_dir, every, reason, now)
    return made.path if made else None


def make_backup_if_due(
    source: Path,
    backup_dir: Path,
    every: dt.timedelta = dt.timedelta(hours=12),
    reason: str = ROUTINE,
    now: dt.datetime | None = None,
) -> BackupRecord | None:
    """A copy when the newest copy of ``source`` (for any reason) is older than ``every``."""
    now = now or dt.datetime.now()
    last = latest_backup(source, backup_dir)
    if last is not None and now - last.created < every:
        return None
    return make_backup(source, backup_dir, reason, now=now)
