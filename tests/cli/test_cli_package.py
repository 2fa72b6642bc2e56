"""``igs-desktop package export`` and ``package import``, run as a user does."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    db = folder / "demo.sqlite"
    made = run_cli("demo", "--db", str(db), home=folder / "home")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database, with its data folder (the attachments) in ``tmp_path``'s
    home, where ``run_cli(..., home=tmp_path / "home")`` looks."""
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("home", "*.lock"))
    shutil.copytree(
        demo_template / "home", tmp_path / "home", ignore=shutil.ignore_patterns("logs")
    )
    return folder / "demo.sqlite"


def test_export_writes_a_package(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "overdracht.igs"
    done = run_cli(
        "package", "export", "--out", str(out), "--db", str(demo_db), home=tmp_path / "home"
    )
    assert done.returncode == 0, done.stderr
    assert "Overdrachtspakket geschreven" in done.stdout
    assert "6 samenwerkingsverbanden" in done.stdout
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "igs-desktop-package"


def test_export_of_chosen_partnerships(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "twee.igs"
    done = run_cli(
        "package", "export", "--partnership", "IGS Kortrijk–Lendelede",
        "--partnership", "genk", "--out", str(out), "--db", str(demo_db), home=tmp_path / "home",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 samenwerkingsverbanden" in done.stdout


@pytest.mark.parametrize("case", ["existing", "database", "unknown"])
def test_export_refused_with_one_line_and_nothing_written(
    demo_db: Path, tmp_path: Path, case: str
) -> None:
    existing = tmp_path / "bestaat.igs"
    existing.write_text("van iemand anders", encoding="utf-8")
    before = demo_db.read_bytes()
    args = {
        "existing": ("--out", str(existing)),
        "database": ("--out", str(demo_db)),
        "unknown": ("--partnership", "Nergens", "--out", str(tmp_path / "nieuw.igs")),
    }[case]
    done = run_cli("package", "export", *args, "--db", str(demo_db), home=tmp_path / "home")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Er is niets geschreven" in done.stderr
    assert existing.read_text(encoding="utf-8") == "van iemand anders"
    assert not (tmp_path / "nieuw.igs").exists()
    assert demo_db.read_bytes() == before
    if case == "existing":
        forced = run_cli(
            "package", "export", "--out", str(existing), "--force", "--db", str(demo_db),
            home=tmp_path / "home",
        )  # fmt: skip
        assert forced.returncode == 0, forced.stderr
        assert zipfile.is_zipfile(existing)
