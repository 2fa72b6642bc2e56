"""The command line as a user runs it: a subprocess, its output and its exit code."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from igs_desktop import __version__
from igs_desktop.store.schema import HEAD_REVISION
from tests.cli.runner import run_cli


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"IGS Desktop {__version__}"


def test_init_creates_the_database_and_loads_reference_data(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "mijn.sqlite"
    result = run_cli("init", "--db", str(db), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "Nieuwe database aangemaakt" in result.stdout
    assert "region: 15 toegevoegd" in result.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        assert connection.execute(
            "SELECT count(*) FROM government WHERE valid_to IS NULL"
        ).fetchone() == (285,)
    again = run_cli("--db", str(db), "init", home=tmp_path / "home")
    assert again.returncode == 0
    assert "al bij" in again.stdout and "al geladen" in again.stdout


def test_init_uses_the_data_folder_by_default(tmp_path: Path) -> None:
    result = run_cli("init", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "igs-desktop.sqlite").exists()


def test_init_refuses_a_newer_database_with_one_line(db_file: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    result = run_cli("init", "--db", str(db_file), home=tmp_path)
    assert result.returncode == 2
    assert "nieuwere versie" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_init_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "tekst.sqlite"
    path.write_text("geen database\n" * 100, encoding="utf-8")
    result = run_cli("init", "--db", str(path), home=tmp_path)
    assert result.returncode == 2
    assert "geen IGS Desktop-database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_init_reports_an_unwritable_location(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("init", "--db", str(blocker / "db.sqlite"), home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("igs-desktop: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_window_starts_and_quits_after_first_paint(tmp_path: Path) -> None:
    result = run_cli("--exit-after-paint", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stderr
    assert (tmp_path / "igs-desktop.sqlite").exists()
    assert (tmp_path / "logs" / "igs-desktop.log").exists()


def test_window_on_a_newer_database_exits_with_a_message(db_file: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    result = run_cli("--db", str(db_file), "--exit-after-paint", home=tmp_path)
    assert result.returncode == 2
    assert "nieuwere versie" in result.stderr


STARTUP_PROBE = """
import sys
from igs_desktop.paths import resolve_paths
from igs_desktop.ui.app import run_app

code = run_app(resolve_paths(), exit_after_paint=True)
heavy = sorted(m for m in ("alembic", "reportlab") if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
sys.exit(code)
"""


def test_start_at_head_imports_neither_alembic_nor_reportlab(tmp_path: Path) -> None:
    assert run_cli("init", home=tmp_path).returncode == 0  # the database is now at head
    env = {**os.environ, "IGS_DESKTOP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stdout


HELP_PROBE = """
import contextlib, io, sys
from igs_desktop.cli import main

for argv in (["--version"], ["--help"], ["years", "list", "--help"], ["report", "--help"]):
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(argv)
        except SystemExit as exc:
            assert exc.code == 0, (argv, exc.code)
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "PySide6", "reportlab"})
print("HEAVY=" + ",".join(heavy))
"""


def test_version_and_help_import_neither_sqlalchemy_nor_qt_nor_reportlab() -> None:
    result = subprocess.run(
        [sys.executable, "-c", HELP_PROBE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stdout
