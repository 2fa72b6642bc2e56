import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.store.backup import (
    KEEP_RECENT,
    backup_database,
    backup_folder,
    backup_if_due,
    backups_to_remove,
    list_backups,
    make_backup,
    make_backup_if_due,
    verify_file,
)
from igs_desktop.store.schema import HEAD_REVISION


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


# --- per database, verified, marked (issue 11) -------------------------------------------------
def _database_in(folder: Path, name: str, template: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(template, target)
    return target


def test_two_databases_in_one_folder_each_get_their_own_backup_and_rotation(
    migrated_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    first = _database_in(folder, "eerste.sqlite", migrated_template)
    second = _database_in(folder, "tweede.sqlite", migrated_template)
    backups = folder / "backups"

    assert backup_if_due(first, backups) is not None
    # the other database's copy is recent, but it is not this one's
    made = backup_if_due(second, backups)
    assert made is not None
    assert backup_if_due(second, backups) is None  # now this one's own copy is recent
    assert not [p for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]  # read only
    assert backup_folder(first, backups) != backup_folder(second, backups)
    assert {r.path.parent for r in list_backups(first, backups)} == {backup_folder(first, backups)}
    assert [r.path for r in list_backups(second, backups)] == [made]

    # the first database gets 40 copies over ten days; rotation thins out its folder only
    now = dt.datetime.now()
    for hours in range(240, 0, -6):
        make_backup(first, backups, "routine", now=now - dt.timedelta(hours=hours))
    kept = list_backups(first, backups)
    assert KEEP_RECENT < len(kept) < 20
    assert len({r.created.date() for r in kept}) >= 7
    assert [r.path for r in list_backups(second, backups)] == [made]
    assert made.exists() and made.with_suffix(".json").exists()
    # every copy left has its mark, every mark its copy
    own = backup_folder(first, backups)
    assert {p.stem for p in own.glob("*.json")} == {p.stem for p in own.glob("*.sqlite")}


def test_same_name_in_two_folders_gets_two_backup_folders(
    migrated_template: Path, tmp_path: Path
) -> None:
    one = _database_in(tmp_path / "a", "igs.sqlite", migrated_template)
    two = _database_in(tmp_path / "b", "igs.sqlite", migrated_template)
    shared = tmp_path / "backups"
    assert backup_folder(one, shared) != backup_folder(two, shared)
    assert backup_folder(one, shared).name.startswith("igs-")


def test_a_backup_is_verified_and_marked(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('probe', 'x')")
    record = make_backup(db.path, tmp_path / "backups", "handmatig")
    assert record.verified is True and record.problem == ""
    assert record.revision == HEAD_REVISION and record.reason == "handmatig"
    assert record.size == record.path.stat().st_size > 0
    mark = json.loads(record.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert mark["verified"] is True and mark["revision"] == HEAD_REVISION
    assert mark["database"] == str(db.path) and mark["reason"] == "handmatig"
    # self-contained: no write-ahead log beside it, and nothing half-made left
    assert sorted(p.name for p in record.path.parent.iterdir()) == sorted(
        [record.path.name, record.path.with_suffix(".json").name]
    )
    with sqlite3.connect(f"{record.path.as_uri()}?mode=ro", uri=True) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT value FROM app_meta WHERE key='probe'").fetchone() == ("x",)
    assert list_backups(db.path, tmp_path / "backups") == [record]
    assert verify_file(record.path).ok


def test_a_copy_of_a_damaged_database_is_kept_and_marked_as_failing(
    db_file: Path, tmp_path: Path
) -> None:
    page = 4096
    data = bytearray(db_file.read_bytes())
    data[3 * page : 6 * page] = bytes(3 * page)
    db_file.write_bytes(bytes(data))
    record = make_backup(db_file, tmp_path / "backups", "handmatig")
    assert record.verified is False and "beschadigd" in record.problem
    assert list_backups(db_file, tmp_path / "backups")[0].verified is False


def test_copies_of_earlier_versions_in_the_shared_folder_are_listed_not_rotated(
    db_file: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    old = backups / f"{db_file.stem}-20240101-120000-000000-routine.sqlite"
    shutil.copyfile(db_file, old)
    other = backups / "ander-20240101-120000-000000-routine.sqlite"
    shutil.copyfile(db_file, other)
    for _ in range(KEEP_RECENT + 2):
        make_backup(db_file, backups, "handmatig")
    listed = list_backups(db_file, backups)
    assert listed[-1].path == old and listed[-1].verified is None
    assert listed[-1].created == dt.datetime(2024, 1, 1, 12, 0)
    assert other not in [r.path for r in listed]
    assert old.exists() and other.exists()


def test_a_routine_backup_after_a_day_while_the_window_stays_open(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backups = tmp_path / "backups"
    start = dt.datetime.now()
    assert make_backup_if_due(db.path, backups, dt.timedelta(days=1), "dagelijks", start)
    later = start + dt.timedelta(hours=23)
    assert make_backup_if_due(db.path, backups, dt.timedelta(days=1), "dagelijks", later) is None
    next_day = start + dt.timedelta(hours=24, minutes=1)
    made = make_backup_if_due(db.path, backups, dt.timedelta(days=1), "dagelijks", next_day)
    assert made is not None and made.reason == "dagelijks" and made.verified


def test_a_reason_is_a_short_code(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        make_backup(db.path, tmp_path / "backups", "../elders")
