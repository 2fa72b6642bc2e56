"""``igs-desktop backup``, ``backups`` and ``restore`` as a user runs them (issue 11)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.paths import AppPaths
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.database import open_database
from tests.cli.runner import run_cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(database: Path) -> set[str]:
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT name FROM partnership").fetchall()
    connection.close()
    return {row[0] for row in rows}


def add_partnership(database: Path, name: str) -> None:
    db, _report = open_database(database)
    try:
        PortfolioService(db, "test").create_partnership(name, 3)
    finally:
        db.close()


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("igs-desktop: ")
    return lines[0]


@pytest.fixture
def database(migrated_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "werk.sqlite"
    shutil.copyfile(migrated_template, target)
    return target


def test_backup_then_list_then_restore(database: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    add_partnership(database, "IGS Voor")
    made = run_cli("backup", "--db", str(database), home=home)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Back-up gemaakt en gecontroleerd: ")
    copy = Path(made.stdout.split(": ", 1)[1].rsplit(" (", 1)[0])
    assert copy.exists() and copy.parent.parent == database.parent / "backups"

    listed = run_cli("backups", "--db", str(database), home=home)
    assert listed.returncode == 0, listed.stderr
    line = next(x for x in listed.stdout.splitlines() if str(copy) in x)
    assert "handmatig" in line and "[gecontroleerd]" in line and "kB" in line

    add_partnership(database, "IGS Na")
    restored = run_cli("restore", str(copy), "--db", str(database), home=home)
    assert restored.returncode == 0, restored.stderr
    assert "Teruggezet" in restored.stdout and "voor het terugzetten" in restored.stdout
    assert names(database) == {"IGS Voor"}
    listed = run_cli("backups", "--db", str(database), home=home)
    assert "voor het terugzetten van een back-up" in listed.stdout


def test_restore_by_name_from_the_list(database: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    made = run_cli("backup", "--db", str(database), home=home)
    copy = Path(made.stdout.split(": ", 1)[1].rsplit(" (", 1)[0])
    restored = run_cli("restore", copy.name, "--db", str(database), home=home)
    assert restored.returncode == 0, restored.stderr


@pytest.mark.parametrize("kind", ["zeroed pages", "truncated", "not SQLite"])
def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    database: Path, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / "slecht.sqlite"
    data = bytearray(database.read_bytes())
    if kind == "zeroed pages":
        data[3 * 4096 : 8 * 4096] = bytes(5 * 4096)
    elif kind == "truncated":
        data = data[: len(data) // 2]
    else:
        data = bytearray(b"geen database\n" * 300)
    bad.write_bytes(bytes(data))
    before = sorted(p.name for p in database.parent.iterdir())
    original = digest(database)
    result = run_cli("restore", str(bad), "--db", str(database), home=tmp_path / "home")
    assert result.returncode == 2, result.stdout
    assert "kan niet teruggezet worden" in one_line(result.stderr)
    assert "niet gewijzigd" in result.stderr
    assert digest(database) == original
    assert sorted(p.name for p in database.parent.iterdir()) == before


def test_restore_is_refused_while_the_window_has_the_database_open(
    database: Path, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    from igs_desktop.ui.app import lock_database

    home = tmp_path / "home"
    made = run_cli("backup", "--db", str(database), home=home)
    copy = Path(made.stdout.split(": ", 1)[1].rsplit(" (", 1)[0])
    paths = AppPaths(data_dir=home, database=database, log_dir=home / "logs")
    lock = lock_database(paths)  # exactly as the window holds it
    assert lock is not None
    try:
        original = digest(database)
        result = run_cli("restore", str(copy), "--db", str(database), home=home)
        assert result.returncode == 2
        assert "is geopend in IGS Desktop" in one_line(result.stderr)
        assert digest(database) == original
        assert lock.isLocked()
    finally:
        lock.unlock()
    result = run_cli("restore", str(copy), "--db", str(database), home=home)
    assert result.returncode == 0, result.stderr


def test_backup_to_refuses_the_database_and_an_existing_file(
    database: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    existing = tmp_path / "bestaat.sqlite"
    existing.write_bytes(b"iets anders")
    original = digest(database)
    for target, words in (
        (database, "de database zelf"),
        (database.with_name(database.name + "-wal"), "de database zelf"),
        (existing, "bestaat al"),
    ):
        result = run_cli("backup", "--db", str(database), "--to", str(target), home=home)
        assert result.returncode == 2, result.stdout
        assert words in one_line(result.stderr) and "niets geschreven" in result.stderr
    assert digest(database) == original and existing.read_bytes() == b"iets anders"
    assert not database.with_name(database.name + "-wal").exists()

    fresh = tmp_path / "usb" / "kopie.sqlite"
    fresh.parent.mkdir()
    result = run_cli("backup", "--db", str(database), "--to", str(fresh), home=home)
    assert result.returncode == 0, result.stderr
    assert names(fresh) == names(database)


def test_backup_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nergens" / "weg.sqlite"
    result = run_cli("backup", "--db", str(missing), home=tmp_path / "home")
    assert result.returncode == 2
    assert "bestaat niet" in one_line(result.stderr)
    assert not missing.parent.exists()
    listed = run_cli("backups", "--db", str(missing), home=tmp_path / "home")
    assert listed.returncode == 0 and "nog geen back-ups" in listed.stdout
