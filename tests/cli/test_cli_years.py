"""`igs-desktop years list|add` and the year `check` chooses, as subprocesses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli


def years_json(db_file: Path, home: Path) -> list[dict]:
    result = run_cli("years", "list", "--json", "--db", str(db_file), home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_list_the_shipped_years(db_file: Path, tmp_path: Path) -> None:
    years = years_json(db_file, tmp_path)
    assert [y["number"] for y in years] == [1, 2, 3]
    assert years[2]["start"] == "2024-10-01" and years[2]["end"] == "2025-09-30"
    assert years[2]["interim_kpi_deadline"] is None
    assert years[2]["final_kpi_deadline"] == "2025-10-15"
    today = dt.date.today()
    expected = [
        dt.date.fromisoformat(y["start"]) <= today <= dt.date.fromisoformat(y["end"]) for y in years
    ]
    assert [y["current"] for y in years] == expected
    text = run_cli("years", "list", "--db", str(db_file), home=tmp_path)
    assert "Projectjaar 3: 1 oktober 2024 – 30 september 2025" in text.stdout
    assert "nog niet bekend" in text.stdout


def test_add_years_4_and_5(db_file: Path, tmp_path: Path) -> None:
    added = run_cli(
        "years", "add", "4", "--from", "2025-10-01", "--to", "30-09-2026",
        "--submission-deadline", "2025-05-05T12:00", "--interim-kpi", "2026-05-04",
        "--final-kpi", "2026-10-15", "--db", str(db_file), home=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Projectjaar 4 toegevoegd" in added.stdout
    added = run_cli(
        "years", "add", "5", "--from", "2026-10-01", "--to", "2027-09-30",
        "--db", str(db_file), home=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    years = years_json(db_file, tmp_path)
    assert [y["number"] for y in years] == [1, 2, 3, 4, 5]
    assert years[3]["submission_deadline"] == "2025-05-05T12:00:00"
    assert years[3]["interim_kpi_deadline"] == "2026-05-04"
    assert years[4]["final_kpi_deadline"] is None
    today = dt.date.today()
    if dt.date(2026, 10, 1) <= today <= dt.date(2027, 9, 30):
        assert years[4]["current"] is True


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["4", "--from", "2025-09-01", "--to", "2026-09-30"], "overlappen"),
        (["4", "--from", "2025-10-02", "--to", "2026-09-30"], "gat"),
        (["4", "--from", "2025-10-01", "--to", "2025-09-30"], "vóór het begin"),
        (["6", "--from", "2025-10-01", "--to", "2026-09-30"], "projectjaar 4"),
        (["4", "--from", "2025-13-01", "--to", "2026-09-30"], "geen geldige datum"),
        (
            ["4", "--from", "2025-10-01", "--to", "2026-09-30", "--final-kpi", "morgen"],
            "--final-kpi",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    db_file: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    result = run_cli("years", "add", *args, "--db", str(db_file), home=tmp_path)
    assert result.returncode == 2
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert [y["number"] for y in years_json(db_file, tmp_path)] == [1, 2, 3]


def test_check_names_the_year_it_used(db_file: Path, tmp_path: Path) -> None:
    result = run_cli("check", "--db", str(db_file), home=tmp_path)
    assert result.returncode == 0, result.stderr
    last = years_json(db_file, tmp_path)[-1]
    today = dt.date.today()
    if today > dt.date.fromisoformat(last["end"]):
        assert "projectjaar 3 gebruikt" in result.stderr
        assert "Projectjaar 3 liep af op 30 september 2025" in result.stderr
    assert "projectjaar" in result.stdout
    explicit = run_cli("check", "--year", "2", "--db", str(db_file), home=tmp_path)
    assert explicit.stderr == ""
