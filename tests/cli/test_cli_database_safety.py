"""The command line never makes a database nobody asked for, refuses damaged and foreign files
with one line (exit 2) and leaves them byte-for-byte as they were; `doctor` explains."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

PAGE = 4096
READS = [
    ("check",),
    ("notes", "search", "taal"),
    ("years", "list"),
    ("report", "portfolio", "--out", "PDF"),
    ("privacy", "export", "--government", "34025", "--out", "JSON"),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def at_rest(db_file: Path) -> Path:
    with sqlite3.connect(db_file) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    return db_file


def command(args: tuple[str, ...], db: Path, tmp_path: Path) -> list[str]:
    swapped = [
        str(tmp_path / "uit.pdf")
        if a == "PDF"
        else str(tmp_path / "uit.json")
        if a == "JSON"
        else a
        for a in args
    ]
    return [*swapped, "--db", str(db)]


@pytest.mark.parametrize("args", READS, ids=lambda a: a[0])
def test_a_mistyped_database_path_is_not_created(args: tuple[str, ...], tmp_path: Path) -> None:
    missing = tmp_path / "tikfout" / "igs.sqlite"
    result = run_cli(*command(args, missing, tmp_path), home=tmp_path / "home")
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr and "igs-desktop init" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not missing.parent.exists()


@pytest.mark.parametrize("args", [("check",), ("init",), ("demo",)], ids=lambda a: a[0])
def test_an_empty_file_is_refused_on_the_command_line(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    empty = tmp_path / "leeg.sqlite"
    empty.touch()
    result = run_cli(*args, "--db", str(empty), home=tmp_path / "home")
    assert result.returncode == 2
    assert "leeg (0 bytes)" in result.stderr
    assert empty.stat().st_size == 0


def test_init_creates_what_was_asked(tmp_path: Path) -> None:
    target = tmp_path / "nieuw" / "igs.sqlite"
    result = run_cli("init", "--db", str(target), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert target.is_file()


def _damaged(db_file: Path) -> Path:
    path = at_rest(db_file)
    with open(path, "r+b") as stream:
        stream.seek((path.stat().st_size // PAGE // 2) * PAGE)
        stream.write(bytes(PAGE))
    return path


def _truncated(db_file: Path) -> Path:
    path = at_rest(db_file)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    return path


def _random(db_file: Path) -> Path:
    import random

    db_file.write_bytes(random.Random(11).randbytes(300_000))
    return db_file


def _other_app(db_file: Path) -> Path:
    db_file.unlink()
    with sqlite3.connect(db_file) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    return db_file


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (_damaged, "beschadigd"),
        (_truncated, ""),
        (_random, "geen IGS Desktop-database"),
        (_other_app, "geen IGS Desktop-database"),
    ],
    ids=["zeroed-page", "truncated", "random-bytes", "other-application"],
)
def test_spoiled_files_are_refused_with_one_line_and_left_as_they_were(
    db_file: Path,
    tmp_path: Path,
    spoil: Callable[[Path], Path],
    says: str,
) -> None:
    path = spoil(db_file)
    before = digest(path)
    for args in (("check",), ("years", "list")):
        result = run_cli(*args, "--db", str(path), home=tmp_path / "home")
        assert result.returncode == 2, result.stdout
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert says in result.stderr
    assert digest(path) == before


def test_doctor_finds_the_damage_and_changes_nothing(db_file: Path, tmp_path: Path) -> None:
    healthy = run_cli("doctor", "--db", str(at_rest(db_file)), home=tmp_path / "home")
    assert healthy.returncode == 0, healthy.stderr
    assert "De database is in orde." in healthy.stdout
    path = _damaged(db_file)
    before = digest(path)
    sick = run_cli("doctor", "--db", str(path), home=tmp_path / "home")
    assert sick.returncode == 1
    assert "PROBLEEM: Structuur van het bestand" in sick.stdout
    assert digest(path) == before
    missing = run_cli("doctor", "--db", str(tmp_path / "niets.sqlite"), home=tmp_path / "home")
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr
