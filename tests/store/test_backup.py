import datetime as dt
import sqlite3
from pathlib import Path

from igs_desktop.store.backup import (
    KEEP_RECENT,
    backup_database,
    backup_if_due,
    backups_to_remove,
)


def test_backup_is_a_consistent_copy_of_a_database_in_use(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:  # leave data in the write-ahead log
        connection.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('probe', 'x')")
    target = backup_database(db.path, tmp_path / "b", reason="test")
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT value FROM app_meta WHERE key='probe'").fetchone() == ("x",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_rotation_keeps_recent_daily_and_weekly_copies() -> None:
    now = dt.datetime(2026, 11, 27, 12, 0)
    moments = {Path(f"h{h}.sqlite"): now - dt.timedelta(hours=h) for h in range(0, 24 * 60, 6)}
    removed = set(backups_to_remove(moments, now))
    kept = {p: m for p, m in moments.items() if p not in removed}
    newest = sorted(moments, key=moments.get, reverse=True)[:KEEP_RECENT]  # type: ignore[arg-type]
    assert set(newest) <= set(kept)
    recent_days = {m.date() for m in kept.values() if now - m <= dt.timedelta(days=7)}
    assert len(recent_days) >= 7  # one per day for the last week
    old = [m for m in kept.values() if now - m > dt.timedelta(days=7)]
    assert len({m.isocalendar()[:2] for m in old}) == len(old)  # at most one per week
    assert all(now - m <= dt.timedelta(weeks=5) for m in old)  # nothing older than five weeks
    assert len(kept) < len(moments) / 4


def test_routine_backup_only_when_due(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "routine"
    first = backup_if_due(db.path, folder)
    second = backup_if_due(db.path, folder)
    assert first is not None and first.exists()
    assert second is None
