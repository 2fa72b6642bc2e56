"""Backups and restore through the front door and on a closed file (issue 11)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.services import backups
from igs_desktop.services.backups import DatabaseInUseError, RestoreRefusedError
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.services.workbench import DatabaseError, Workbench
from igs_desktop.store.database import open_database
from igs_desktop.store.schema import HEAD_REVISION

FIXTURES = Path(__file__).parent.parent / "fixtures"
PAGE = 4096


def names(database: Path) -> set[str]:
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT name FROM partnership").fetchall()
    connection.close()
    return {row[0] for row in rows}


def files_digest(database: Path) -> dict[str, str]:
    """The database and whatever lies beside it with its name, byte for byte."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(database.parent.glob(database.name + "*"))
        if p.is_file()
    }


# --- damaged backups, made from a good one -----------------------------------------------------
def zeroed_pages(good: Path, bad: Path) -> None:
    data = bytearray(good.read_bytes())
    data[3 * PAGE : 8 * PAGE] = bytes(5 * PAGE)
    bad.write_bytes(bytes(data))


def truncated(good: Path, bad: Path) -> None:
    data = good.read_bytes()
    bad.write_bytes(data[: len(data) // 2])


def not_sqlite(_good: Path, bad: Path) -> None:
    bad.write_text("Dit is geen database.\n" * 200, encoding="utf-8")


def newer_schema(good: Path, bad: Path) -> None:
    shutil.copyfile(good, bad)
    with sqlite3.connect(bad) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()


def not_ours(_good: Path, bad: Path) -> None:
    with sqlite3.connect(bad) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()


def empty(_good: Path, bad: Path) -> None:
    bad.write_bytes(b"")


DAMAGE = {
    "zeroed pages": (zeroed_pages, "beschadigd"),
    "truncated": (truncated, "beschadigd"),
    "not SQLite": (not_sqlite, "geen SQLite"),
    "newer schema": (newer_schema, "onbekend"),
    "not ours": (not_ours, "geen IGS Desktop-database"),
    "empty": (empty, "geen SQLite"),
}


@pytest.fixture
def good_backup(migrated_template: Path, tmp_path: Path) -> Path:
    """A checked copy of a database at head (of another file: the test's stays untouched)."""
    other = tmp_path / "elders" / "bron.sqlite"
    other.parent.mkdir()
    shutil.copyfile(migrated_template, other)
    db, _report = open_database(other)
    PortfolioService(db, "test").create_partnership("Uit back-up", 3)
    db.close()
    record = backups.make_backup(other, tmp_path / "elders" / "backups")
    assert record.verified
    return record.path


# --- the front door --------------------------------------------------------------------------
def test_restore_brings_the_data_back_and_keeps_the_state_before(workbench: Workbench) -> None:
    before = workbench.portfolio.create_partnership("IGS Voor", 3)
    assert before.created_id
    made = workbench.backup("handmatig")
    assert made.verified and made.reason == "handmatig"
    workbench.portfolio.create_partnership("IGS Na", 3)
    assert names(workbench.db.path) == {"IGS Voor", "IGS Na"}

    report = workbench.restore(made.path)

    assert names(workbench.db.path) == {"IGS Voor"}
    assert report.revision == HEAD_REVISION and report.restored_from == made.path
    assert report.before is not None and report.before.reason == backups.BEFORE_RESTORE
    assert report.before.verified
    assert names(report.before.path) == {"IGS Voor", "IGS Na"}  # the state before restoring
    listed = workbench.backups()
    assert [r.path for r in listed][:2] == [report.before.path, made.path]
    # the workbench works on the restored file, in the same user's name
    after = workbench.portfolio.create_partnership("IGS Daarna", 3)
    assert after.created_id
    assert names(workbench.db.path) == {"IGS Voor", "IGS Daarna"}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_bad_backup_is_refused_and_the_open_database_is_untouched(
    workbench: Workbench, good_backup: Path, tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    make, words = damage
    workbench.portfolio.create_partnership("IGS Blijft", 3)
    bad = tmp_path / "slecht.sqlite"
    make(good_backup, bad)
    before = files_digest(workbench.db.path)
    with pytest.raises(RestoreRefusedError) as refused:
        workbench.restore(bad)
    assert words in str(refused.value) and "niet gewijzigd" in str(refused.value)
    assert files_digest(workbench.db.path) == before
    assert workbench.backups() == []  # refused before anything, even the copy of the state
    assert names(workbench.db.path) == {"IGS Blijft"}
    workbench.portfolio.create_partnership("IGS Nog open", 3)  # still open and working


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_bad_backup_is_refused_and_the_closed_database_is_byte_for_byte_unchanged(
    db_file: Path, good_backup: Path, tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    make, words = damage
    bad = tmp_path / "slecht.sqlite"
    make(good_backup, bad)
    before = files_digest(db_file)
    with pytest.raises(RestoreRefusedError, match=words):
        backups.restore_file(db_file, tmp_path / "backups", bad)
    assert files_digest(db_file) == before  # no -wal, -shm or lock left either
    assert not (tmp_path / "backups").exists()


def test_the_database_itself_is_no_backup(db_file: Path, tmp_path: Path) -> None:
    before = files_digest(db_file)
    for same in (db_file, db_file.with_name(db_file.name + "-wal")):
        with pytest.raises(RestoreRefusedError, match="de database zelf"):
            backups.restore_file(db_file, tmp_path / "backups", same)
    assert files_digest(db_file) == before


def test_restore_on_a_closed_file_replaces_it_and_removes_a_stale_log(
    db_file: Path, good_backup: Path, tmp_path: Path
) -> None:
    # an old write-ahead log beside the database would be replayed into the restored file
    stale = db_file.with_name(db_file.name + "-wal")
    stale.write_bytes(b"\0" * 100)
    report = backups.restore_file(db_file, tmp_path / "backups", good_backup)
    assert not stale.exists() and not db_file.with_name(db_file.name + ".lock").exists()
    assert names(db_file) == {"Uit back-up"}
    assert report.before is not None and report.before.path.exists()
    assert not [p for p in db_file.parent.iterdir() if "terugzetten" in p.name]  # no temp left


def test_restore_rescues_a_damaged_database_and_keeps_its_bytes(
    db_file: Path, good_backup: Path, tmp_path: Path
) -> None:
    db_file.write_text("kapot\n" * 1000, encoding="utf-8")
    damaged = db_file.read_bytes()
    report = backups.restore_file(db_file, tmp_path / "backups", good_backup)
    assert names(db_file) == {"Uit back-up"}
    kept = report.raw_copy or (report.before.path if report.before else None)
    assert kept is not None and kept.read_bytes() == damaged


def test_an_older_backup_is_restored_and_upgraded_on_opening(workbench: Workbench) -> None:
    report = workbench.restore(FIXTURES / "schema_0001.sqlite")
    assert report.revision == "0001"
    with sqlite3.connect(workbench.db.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    connection.close()
    reasons = [r.reason for r in workbench.backups()]
    assert "voor-upgrade-0001" in reasons and backups.BEFORE_RESTORE in reasons


def test_restore_is_refused_while_the_lock_is_held(
    db_file: Path, good_backup: Path, tmp_path: Path
) -> None:
    before = files_digest(db_file)
    with backups.exclusive_use(db_file):  # as a window holds it
        held = files_digest(db_file)
        with pytest.raises(DatabaseInUseError, match="geopend"):
            backups.restore_file(db_file, tmp_path / "backups", good_backup)
        assert files_digest(db_file) == held
    assert files_digest(db_file) == before


def test_a_lock_left_by_an_ended_process_is_taken_over(
    db_file: Path, good_backup: Path, tmp_path: Path
) -> None:
    lock = db_file.with_name(db_file.name + ".lock")
    lock.write_text("999999999\nIGS Desktop\nelders\n", encoding="utf-8")
    backups.restore_file(db_file, tmp_path / "backups", good_backup)
    assert names(db_file) == {"Uit back-up"} and not lock.exists()


def test_copy_to_refuses_the_database_its_side_files_and_an_existing_file(
    db_file: Path, tmp_path: Path
) -> None:
    before = files_digest(db_file)
    existing = tmp_path / "bestaat.sqlite"
    existing.write_bytes(b"van iemand anders")
    for target in (
        db_file,
        db_file.with_name(db_file.name + "-wal"),
        db_file.with_name(db_file.name + "-shm"),
        existing,
        tmp_path / "geen-map" / "kopie.sqlite",
    ):
        with pytest.raises(DatabaseError, match="niets geschreven"):
            backups.copy_to(db_file, target)
    assert files_digest(db_file) == before
    assert existing.read_bytes() == b"van iemand anders"
    made = backups.copy_to(db_file, tmp_path / "kopie.sqlite")
    assert made.check.ok and made.path.stat().st_size == made.size
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_backup_reasons_in_dutch() -> None:
    assert backups.reason_label("voor-upgrade-0001") == "voor de upgrade van schema 0001"
    assert backups.reason_label(backups.BEFORE_IMPORT) == "voor een import van bevolkingscijfers"
    assert backups.reason_label("routine") == "bij het starten"


def test_the_rotation_after_the_copy_of_the_state_keeps_the_backup_being_restored(
    workbench: Workbench,
) -> None:
    first = workbench.backup("handmatig")
    workbench.portfolio.create_partnership("IGS Later", 3)
    for _ in range(4):  # five copies today: one more and the rotation drops the oldest
        workbench.backup("handmatig")
    assert first.path.exists()
    workbench.restore(first.path)
    assert first.path.exists()
    assert names(workbench.db.path) == set()
