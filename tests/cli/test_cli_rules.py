"""`igs-desktop check` and `igs-desktop simulate` as subprocesses on a database made here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.store_builders import add_figures, add_partnership

KORTRIJK, LENDELEDE, ROESELARE, KUURNE = "34022", "34025", "36015", "34023"


@pytest.fixture
def clean_db(db, db_file: Path) -> Path:  # type: ignore[no-untyped-def]
    """A portfolio with one partnership that passes every rule in project year 2."""
    add_figures(db, 2, {KORTRIJK: 9000, LENDELEDE: 600, ROESELARE: 5000, KUURNE: 700})
    add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    return db_file


def test_check_passes_a_clean_portfolio(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli("check", "--db", str(clean_db), "--year", "2", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "IGS Kortrijk–Lendelede" in result.stdout
    assert "in orde" in result.stdout


def test_check_reports_errors_with_exit_code_1(db, clean_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_partnership(db, "Gemengd", {LENDELEDE: 2, ROESELARE: 2}, ROESELARE, formed_year=2)
    result = run_cli("check", "--db", str(clean_db), "--year", "2", home=tmp_path)
    assert result.returncode == 1
    assert "REGION_MIXED" in result.stdout
    assert "MULTIPLE_PARTNERSHIPS" in result.stdout  # Lendelede in two partnerships in year 2
    assert "Lendelede (Zuid-West-Vlaanderen)" in result.stdout


def test_check_as_json(db, clean_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = add_partnership(db, "Te klein", {KUURNE: 1}, KUURNE)
    result = run_cli("check", "--db", str(clean_db), "--year", "2", "--json", home=tmp_path)
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    below = [f for f in findings if f["code"] == "BELOW_THRESHOLD"]
    assert below == [
        {
            "partnership_id": pid,
            "partnership": "Te klein",
            "code": "BELOW_THRESHOLD",
            "severity": "error",
            "message": below[0]["message"],
            "subjects": below[0]["subjects"],
        }
    ]
    assert "700" in below[0]["message"] and "7.500" in below[0]["message"]
    assert {f["partnership"] for f in findings} == {"Te klein"}


def test_check_fails_clearly_on_an_unknown_year(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli("check", "--db", str(clean_db), "--year", "9", home=tmp_path)
    assert result.returncode == 2
    assert "Projectjaar 9 bestaat niet" in result.stderr


def test_check_on_a_broken_database_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"\x00garbage" * 100)
    result = run_cli("check", "--db", str(broken), home=tmp_path)
    assert result.returncode == 2
    assert "geen IGS Desktop-database" in result.stderr


def test_check_usage_error_exits_2(tmp_path: Path) -> None:
    result = run_cli("check", "--year", "twee", home=tmp_path)
    assert result.returncode == 2


def test_simulate_leave_kortrijk_agency_example(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "simulate",
        "leave",
        "--db",
        str(clean_db),
        "--partnership",
        "Kortrijk",
        "--member",
        KORTRIJK,
        "--year",
        "2",
        "--json",
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["before_non_eu14"] == 9600
    assert outcome["remaining_non_eu14"] == 600
    assert outcome["remaining_keep_year1_subsidy"] is False  # 600 < 7,500
    assert outcome["leaver_loses_year1_subsidy"] is True
    assert outcome["leaver_may_reapply"] is True  # 9,000 > 7,500 of its own
    assert outcome["new_submitter_needed"] is True
    assert outcome["members_after"] == ["Lendelede"]


def test_simulate_join_in_human_text(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "simulate",
        "join",
        "--db",
        str(clean_db),
        "--partnership",
        "IGS Kortrijk–Lendelede",
        "--government",
        KUURNE,
        "--year",
        "2",
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Wat als Kuurne toetreedt" in result.stdout
    assert "9.600" in result.stdout and "10.300" in result.stdout


def test_simulate_join_from_another_region_is_not_allowed(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "simulate",
        "join",
        "--db",
        str(clean_db),
        "--partnership",
        "Kortrijk",
        "--government",
        ROESELARE,
        "--year",
        "2",
        "--json",
        home=tmp_path,
    )
    outcome = json.loads(result.stdout)
    assert outcome["allowed"] is False
    assert "REGION_MIXED" in {f["code"] for f in outcome["findings"]}


def test_simulate_unknown_partnership_exits_2(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "simulate",
        "leave",
        "--db",
        str(clean_db),
        "--partnership",
        "Bestaat niet",
        "--member",
        KORTRIJK,
        "--year",
        "2",
        home=tmp_path,
    )
    assert result.returncode == 2
    assert "Geen samenwerkingsverband gevonden" in result.stderr


def test_simulate_leave_of_a_non_member_exits_2(clean_db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "simulate",
        "leave",
        "--db",
        str(clean_db),
        "--partnership",
        "Kortrijk",
        "--member",
        ROESELARE,
        "--year",
        "2",
        home=tmp_path,
    )
    assert result.returncode == 2
    assert "geen actief lid" in result.stderr


def test_simulate_join_says_whether_the_stimulus_is_an_extension(
    clean_db: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "simulate", "join", "--db", str(clean_db), "--partnership", "IGS Kortrijk–Lendelede",
        "--government", KUURNE, "--year", "2", "--json", home=tmp_path,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    facts = json.loads(result.stdout)
    assert facts["stimulus_extension"] is False  # no stimulus in year 1 to extend
    assert facts["stimulus_eligible"] is True  # an existing IGS takes in Kuurne, new
