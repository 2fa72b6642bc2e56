"""`notes search` and `privacy export|erase` as a user runs them: subprocess, output, exit code."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.paths import AppPaths
from igs_desktop.services.notes import NotesService
from igs_desktop.store.database import Database
from tests.cli.runner import run_cli

EEKLO, KORTRIJK = "43005", "34022"


@pytest.fixture
def notes_db(db: Database, db_file: Path, app_paths: AppPaths, tmp_path: Path) -> Path:
    """Two notes: one about Eeklo with personal data and an attachment, one without."""
    service = NotesService(db, "An Peeters", app_paths.attachment_dir)
    personal = service.create_note(
        "Reünie in Eeklo",
        dt.date(2024, 5, 3),
        body="Gesprek met Jan Janssens over het onthaal.",
        tags=["onthaal"],
        nis_codes=[EEKLO],
        personal_data=True,
    ).created_id
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"flip-over")
    service.add_attachment(str(personal), photo)
    service.create_note("Stuurgroep Kortrijk", dt.date(2024, 6, 1), nis_codes=[KORTRIJK])
    db.close()
    return db_file


def title_of_eeklo_note(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT n.title FROM note AS n JOIN note_government AS g ON g.note_id = n.id "
            "WHERE g.nis_code = ?",
            (EEKLO,),
        ).fetchone()
    connection.close()
    return row[0]


def test_search_prints_ranked_hits_with_marks(notes_db: Path, isolated_home: Path) -> None:
    result = run_cli("notes", "search", "reunie", "--db", str(notes_db), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "[Reünie] in Eeklo" in result.stdout
    assert "#onthaal" in result.stdout
    assert "Stuurgroep" not in result.stdout


def test_search_as_json_and_without_hits(notes_db: Path, isolated_home: Path) -> None:
    result = run_cli("notes", "search", "EEK", "--json", "--db", str(notes_db), home=isolated_home)
    assert result.returncode == 0, result.stderr
    (hit,) = json.loads(result.stdout)
    assert hit["title_marked"] == "Reünie in [Eeklo]" and hit["tags"] == ["onthaal"]
    none = run_cli("notes", "search", '"(-*:', "--db", str(notes_db), home=isolated_home)
    assert none.returncode == 0, none.stderr  # FTS syntax typed: no error
    empty = run_cli("notes", "search", "zwaluw", "--db", str(notes_db), home=isolated_home)
    assert empty.returncode == 0 and "Geen notities gevonden" in empty.stdout


def test_export_about_a_government(notes_db: Path, isolated_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "eeklo.json"
    result = run_cli(
        "privacy",
        "export",
        "--government",
        EEKLO,
        "--out",
        str(out),
        "--db",
        str(notes_db),
        home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert "Eeklo (43005)" in result.stdout and "1 notitie(s)" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [n["title"] for n in data["notes"]] == ["Reünie in Eeklo"]
    assert [a["file_name"] for a in data["notes"][0]["attachments"]] == ["foto.jpg"]


def test_export_about_a_term(notes_db: Path, isolated_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "term.json"
    result = run_cli(
        "privacy",
        "export",
        "--term",
        "janssens",
        "--out",
        str(out),
        "--db",
        str(notes_db),
        home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert [n["title"] for n in json.loads(out.read_text(encoding="utf-8"))["notes"]] == [
        "Reünie in Eeklo"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--government", "99999", "--out", "{tmp}/x.json"), "NIS-code 99999"),
        (("--term", "x", "--out", "{tmp}/geen/map/x.json"), "bestaat niet"),
    ],
)
def test_export_failures_exit_2_with_one_dutch_line(
    notes_db: Path, isolated_home: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = run_cli("privacy", "export", *filled, "--db", str(notes_db), home=isolated_home)
    assert result.returncode == 2
    assert result.stderr.startswith("igs-desktop: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.json"))


def test_erase_refuses_without_yes(notes_db: Path, isolated_home: Path) -> None:
    before = notes_db.read_bytes()
    result = run_cli("privacy", "erase", "--db", str(notes_db), home=isolated_home)
    assert result.returncode == 2
    assert "--yes" in result.stderr and "niets gewijzigd" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert notes_db.read_bytes() == before
    assert title_of_eeklo_note(notes_db) == "Reünie in Eeklo"


def test_erase_with_yes(notes_db: Path, isolated_home: Path, app_paths: AppPaths) -> None:
    assert [p for p in app_paths.attachment_dir.rglob("*") if p.is_file()]
    result = run_cli(
        "privacy",
        "erase",
        "--government",
        EEKLO,
        "--yes",
        "--db",
        str(notes_db),
        home=isolated_home,
    )
    assert result.returncode == 0, result.stderr
    assert "gewist in 1 notitie(s)" in result.stdout
    assert title_of_eeklo_note(notes_db) == "[gewist]"
    assert not [p for p in app_paths.attachment_dir.rglob("*") if p.is_file()]
