"""``igs-desktop export calendar``, run as a user does."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("calendar")
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


def test_export_calendar_writes_an_ics_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "agenda.ics"
    home = tmp_path / "home"
    done = run_cli(
        "export", "calendar", "--out", str(out), "--year", "3", "--db", str(demo_db), home=home
    )
    assert done.returncode == 0, done.stderr
    assert "Agenda geschreven naar" in done.stdout
    assert "6 deadlines van projectjaar 3" in done.stdout
    assert "Nog niet bekend en dus niet in de agenda: tussentijdse KPI." in done.stdout
    calendar = Calendar.from_ical(out.read_bytes())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    deadline = events["projectjaar3-submission-deadline@igs-desktop"].start
    assert deadline.astimezone(dt.UTC) == dt.datetime(2024, 5, 6, 10, 0, tzinfo=dt.UTC)
    assert any(uid.startswith("opvolging-") for uid in events)
    assert any(uid.startswith("traject-") for uid in events)

    # the same file again: refused without --force, replaced with it (same UIDs)
    again = run_cli("export", "calendar", "--out", str(out), "--db", str(demo_db), home=home)
    assert again.returncode == 2
    assert "bestaat al" in again.stderr and "--force" in again.stderr
    forced = run_cli(
        "export", "calendar", "--out", str(out), "--force", "--db", str(demo_db), home=home
    )
    assert forced.returncode == 0, forced.stderr
    replaced = Calendar.from_ical(out.read_bytes())
    assert {str(e["UID"]) for e in replaced.walk("VEVENT")} == set(events)


def test_export_calendar_never_over_the_database(demo_db: Path, tmp_path: Path) -> None:
    before = demo_db.read_bytes()
    done = run_cli(
        "export",
        "calendar",
        "--out",
        str(demo_db),
        "--force",
        "--db",
        str(demo_db),
        home=tmp_path / "home",
    )
    assert done.returncode == 2
    assert "database" in done.stderr
    assert "Traceback" not in done.stderr
    assert demo_db.read_bytes()[:100] == before[:100]


def test_export_calendar_of_an_unknown_year(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "agenda.ics"
    done = run_cli(
        "export",
        "calendar",
        "--out",
        str(out),
        "--year",
        "9",
        "--db",
        str(demo_db),
        home=tmp_path / "home",
    )
    assert done.returncode == 2
    assert "Projectjaar 9 bestaat niet (gekende projectjaren: 1, 2, 3)." in done.stderr
    assert not out.exists()
