"""Damage is found when the database opens, explained, and nothing is written (issue 11)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.store.database import (
    DamagedDatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    open_database,
)

PAGE = 4096


def closed(db_file: Path) -> Path:
    """The test database with its WAL folded in, as a file at rest is."""
    with sqlite3.connect(db_file) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    return db_file


def zero_page(path: Path, number: int) -> None:
    with open(path, "r+b") as stream:
        stream.seek((number - 1) * PAGE)
        stream.write(bytes(PAGE))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_a_zeroed_page_is_found_at_open_and_nothing_is_written(db_file: Path) -> None:
    path = closed(db_file)
    pages = path.stat().st_size // PAGE
    zero_page(path, pages // 2)
    before, around = digest(path), siblings(path)
    with pytest.raises(DamagedDatabaseError, match="beschadigd"):
        open_database(path)
    assert digest(path) == before and siblings(path) == around


def test_a_truncated_file_is_refused_untouched(db_file: Path) -> None:
    path = closed(db_file)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    before = digest(path)
    with pytest.raises((DamagedDatabaseError, NotADatabaseError)):
        open_database(path)
    assert digest(path) == before


def test_a_sound_database_opens(db_file: Path) -> None:
    db, report = open_database(closed(db_file), create=False)
    db.close()
    assert not report.created


def test_a_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "igs.sqlite"
    with pytest.raises(MissingDatabaseError, match="bestaat niet"):
        open_database(path, create=False)
    assert not path.parent.exists()


def test_an_empty_file_is_not_made_into_a_database_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "leeg.sqlite"
    path.touch()
    with pytest.raises(MissingDatabaseError, match="leeg"):
        open_database(path, create=False)
    assert path.stat().st_size == 0


def test_another_applications_alembic_database_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="geen IGS Desktop-database"):
        open_database(path)
    assert digest(path) == before


def test_a_newer_igs_database_is_still_called_newer(db_file: Path) -> None:
    path = closed(db_file)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(NewerDatabaseError, match="nieuwere versie"):
        open_database(path)
