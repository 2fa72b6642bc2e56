"""No output option can destroy the database, a backup or a device (issue 11, finding 1)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import run_cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("safe-output")
    db = folder / "demo.sqlite"
    made = run_cli("demo", "--db", str(db), home=folder / "home")
    assert made.returncode == 0, made.stderr
    return db


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo (its WAL folded in), in a folder of its own."""
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "demo.sqlite"
    with sqlite3.connect(demo_template) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(demo_template, target)
    return target


PLAN = ("report", "plan", "--partnership", "Kortrijk", "--year", "3")
EXPORT = ("privacy", "export", "--government", "34025")


@pytest.mark.parametrize("command", [PLAN, EXPORT], ids=["report", "privacy-export"])
@pytest.mark.parametrize("target", ["database", "wal", "backup", "device", "other-database"])
def test_output_never_replaces_the_database_a_backup_or_a_device(
    demo_db: Path, tmp_path: Path, command: tuple[str, ...], target: str
) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    backups = demo_db.parent / "backups"
    backups.mkdir(exist_ok=True)
    paths = {
        "database": demo_db,
        "wal": demo_db.with_name(demo_db.name + "-wal"),
        "backup": backups / "kopie.pdf",
        "device": Path("/dev/null"),
        "other-database": other,
    }
    before, other_before = digest(demo_db), digest(other)
    out = paths[target]
    result = run_cli(
        *command, "--db", str(demo_db), "--out", str(out), "--force", home=tmp_path / "home"
    )
    assert result.returncode == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Er is niets geschreven" in result.stderr
    assert digest(other) == other_before
    if target != "wal":
        assert digest(demo_db) == before or _still_the_demo(demo_db)
    assert not (backups / "kopie.pdf").exists()


def _still_the_demo(db: Path) -> bool:
    """Opening the database may fold its WAL in; what counts is that it is still the demo."""
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM partnership").fetchone()[0] == 6


@pytest.mark.parametrize("command", [PLAN, EXPORT], ids=["report", "privacy-export"])
def test_an_existing_file_is_replaced_only_with_force(
    demo_db: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    out = tmp_path / "bestaand.out"
    out.write_text("van de gebruiker", encoding="utf-8")
    refused = run_cli(*command, "--db", str(demo_db), "--out", str(out), home=tmp_path / "h")
    assert refused.returncode == 2
    assert "bestaat al" in refused.stderr and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "van de gebruiker"
    forced = run_cli(
        *command, "--db", str(demo_db), "--out", str(out), "--force", home=tmp_path / "h"
    )
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() != b"van de gebruiker"
