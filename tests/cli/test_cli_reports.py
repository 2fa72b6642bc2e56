"""`igs-desktop report` as a subprocess: valid PDFs, a record of each, one-line failures."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.runner import run_cli


def report(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("report", *args, home=home)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-reports")
    db = folder / "demo.sqlite"
    made = run_cli("demo", "--db", str(db), home=folder / "home")
    assert made.returncode == 0, made.stderr
    return db


def test_each_report_is_a_valid_recorded_pdf(demo_file: Path, tmp_path: Path) -> None:
    db = ["--db", str(demo_file)]
    jobs = {
        "plan": ["--partnership", "Kortrijk", "--year", "3"],
        "advice": ["--partnership", "Kortrijk", "--year", "3", "--leave", "34025"],
        "follow-up": ["--partnership", "Kortrijk", "--from", "2024-10-01", "--to", "31-03-2025"],
        "portfolio": ["--year", "3"],
    }
    for kind, args in jobs.items():
        out = tmp_path / f"{kind}.pdf"
        result = report(kind, *db, *args, "--out", str(out), home=tmp_path / "home")
        assert result.returncode == 0, (kind, result.stderr)
        assert result.stderr == ""
        assert str(out) in result.stdout
        pdf = PdfReader(out)
        assert len(pdf.pages) > 0
        assert "Pagina 1 van" in pdf.pages[0].extract_text()
    with sqlite3.connect(demo_file) as connection:
        rows = connection.execute(
            "SELECT kind, period_from, period_to, length(data_hash) FROM report_record"
        ).fetchall()
    assert sorted(r[0] for r in rows) == sorted(jobs)
    assert ("follow-up", "2024-10-01", "2025-03-31", 64) in rows


def _one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_unknown_partnership_fails_on_one_line(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = report(
        "plan",
        "--db",
        str(demo_file),
        "--partnership",
        "Atlantis",
        "--out",
        str(out),
        home=tmp_path,
    )
    _one_line_failure(result, "Geen samenwerkingsverband", "Atlantis")
    assert not out.exists()


def test_bad_date_and_unwritable_output_fail_on_one_line(demo_file: Path, tmp_path: Path) -> None:
    base = ["--db", str(demo_file), "--partnership", "Kortrijk"]
    bad_date = report(
        "follow-up",
        *base,
        "--from",
        "31-02-2025",
        "--out",
        str(tmp_path / "x.pdf"),
        home=tmp_path,
    )
    _one_line_failure(bad_date, "--from", "geen geldige datum")
    nowhere = tmp_path / "bestaat-niet" / "plan.pdf"
    unwritable = report("plan", *base, "--out", str(nowhere), home=tmp_path)
    _one_line_failure(unwritable, "bestaat niet")
    reversed_period = report(
        "follow-up",
        *base,
        "--from",
        "2025-03-01",
        "--to",
        "2025-01-01",
        "--out",
        str(tmp_path / "y.pdf"),
        home=tmp_path,
    )
    _one_line_failure(reversed_period, "periode")
    no_subject = report(
        "plan", "--db", str(demo_file), "--out", str(tmp_path / "z.pdf"), home=tmp_path
    )
    _one_line_failure(no_subject, "--partnership")
