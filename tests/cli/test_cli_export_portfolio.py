"""``igs-desktop export portfolio``, run as a user does (issue 12, Excel out)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export-portfolio")
    db = folder / "demo.sqlite"
    made = run_cli("demo", "--db", str(db), home=folder / "home")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


def test_export_portfolio_writes_a_workbook_with_real_numbers(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "portefeuille.xlsx"
    home = tmp_path / "home"
    done = run_cli(
        "export", "portfolio", "--out", str(out), "--year", "3", "--db", str(demo_db), home=home
    )
    assert done.returncode == 0, done.stderr
    assert "Portefeuille van projectjaar 3 (6 aanvragers) geschreven naar" in done.stdout
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Aanvrager",
        "Soort",
        "Referentieregio",
        "Leden",
        "Indiener",
        "Fouten",
        "Waarschuwingen",
        "Achterstallig",
        "Volgende deadline",
    )
    assert len(rows) == 7
    dendermonde = next(r for r in rows if r[0] == "IGS Dendermonde–Lebbeke–Buggenhout–Hamme")
    assert dendermonde[3] == 4 and isinstance(dendermonde[3], int)
    assert isinstance(dendermonde[8], dt.datetime)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:I7"
    assert sheet["D2"].number_format == "#,##0"

    # the same file again: refused without --force, replaced with it
    again = run_cli("export", "portfolio", "--out", str(out), "--db", str(demo_db), home=home)
    assert again.returncode == 2
    assert "bestaat al" in again.stderr and "--force" in again.stderr
    forced = run_cli(
        "export", "portfolio", "--out", str(out), "--force", "--db", str(demo_db), home=home
    )
    assert forced.returncode == 0, forced.stderr
    assert "projectjaar" in forced.stderr  # the year it took is named


def test_export_portfolio_as_csv(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "portefeuille.csv"
    done = run_cli(
        "export",
        "portfolio",
        "--out",
        str(out),
        "--year",
        "3",
        "--db",
        str(demo_db),
        home=tmp_path / "home",
    )
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[0] == "Aanvrager" and len(lines) == 7
    assert any(line.startswith("IGS Dendermonde–Lebbeke–Buggenhout–Hamme;IGS;") for line in lines)


def test_export_portfolio_refuses_what_it_may_not_write(demo_db: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    before = demo_db.read_bytes()[:100]
    over_db = run_cli(
        "export", "portfolio", "--out", str(demo_db), "--force", "--db", str(demo_db), home=home
    )
    assert over_db.returncode == 2 and "Traceback" not in over_db.stderr
    assert demo_db.read_bytes()[:100] == before
    disguised = tmp_path / "kopie.xlsx"
    shutil.copyfile(demo_db, disguised)
    over_copy = run_cli(
        "export", "portfolio", "--out", str(disguised), "--force", "--db", str(demo_db), home=home
    )
    assert over_copy.returncode == 2 and "database" in over_copy.stderr
    out = tmp_path / "portefeuille.xlsx"
    unknown = run_cli(
        "export",
        "portfolio",
        "--out",
        str(out),
        "--year",
        "9",
        "--db",
        str(demo_db),
        home=home,
    )
    assert unknown.returncode == 2
    assert "Projectjaar 9 bestaat niet (gekende projectjaren: 1, 2, 3)." in unknown.stderr
    assert not out.exists()
    wrong = run_cli(
        "export", "portfolio", "--out", str(tmp_path / "x.pdf"), "--db", str(demo_db), home=home
    )
    assert wrong.returncode == 2 and ".xlsx" in wrong.stderr
