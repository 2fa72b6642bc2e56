"""`igs-desktop report ... --lang en` writes the report in English; a bad language is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-reports-english")
    db = folder / "demo.sqlite"
    made = run_cli("demo", "--db", str(db), home=folder / "home")
    assert made.returncode == 0, made.stderr
    return db


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_lang_en_writes_an_english_plan(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan-en.pdf"
    args = ["plan", "--db", str(demo_file), "--partnership", "Kortrijk", "--year", "3"]
    result = run_cli("report", *args, "--lang", "en", "--out", str(out), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "Support plan" in text and "Page 1 of" in text and "1. State of the rule check" in text
    assert "inhabitants of non-EU14 origin" in text and "more than 7,500" in text
    assert "Pagina" not in text and "Ondersteuningsplan" not in text
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "en"

    dutch = tmp_path / "plan-nl.pdf"
    result = run_cli("report", *args, "--out", str(dutch), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "Ondersteuningsplan" in text_of(dutch) and "meer dan 7.500" in text_of(dutch)


def test_an_unknown_language_is_refused_on_one_dutch_line(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run_cli(
        "report",
        "portfolio",
        "--db",
        str(demo_file),
        "--lang",
        "fr",
        "--out",
        str(out),
        home=tmp_path / "home",
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == ["igs-desktop: --lang: Onbekende taal 'fr': kies 'nl' of 'en'."]
    assert not out.exists()
