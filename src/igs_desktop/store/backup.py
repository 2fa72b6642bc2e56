"""Copies of the database through SQLite's online backup API, with rotation.

Kept: the newest few copies, then one per day for a week, then one per week for a month.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP_RECENT = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 5
SUFFIX = ".sqlite"


def backup_database(source: Path, backup_dir: Path, reason: str = "kopie") -> Path:
    """Copy ``source`` into ``backup_dir`` consistently, even while it is in use."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{stamp}-{reason}{SUFFIX}"
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def latest_backup(backup_dir: Path) -> Path | None:
    backups = sorted(backup_dir.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


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


def rotate_backups(backup_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was removed."""
    moments = {
        p: dt.datetime.fromtimestamp(p.stat().st_mtime) for p in backup_dir.glob(f"*{SUFFIX}")
    }
    removed = backups_to_remove(moments, now)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(
    source: Path, backup_dir: Path, every: dt.timedelta = dt.timedelta(hours=12)
) -> Path | None:
    """A routine copy when the last one is older than ``every``; then rotate."""
    last = latest_backup(backup_dir) if backup_dir.exists() else None
    if last and dt.datetime.now() - dt.datetime.fromtimestamp(last.stat().st_mtime) < every:
        return None
    target = backup_database(source, backup_dir, reason="routine")
    rotate_backups(backup_dir)
    return target
