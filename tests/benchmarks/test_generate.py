"""The benchmark data generator at a tiny scale, so that it cannot rot (benchmarks/generate.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.dutch_texts import SEARCH_WORDS
from benchmarks.generate import FIGURE_SOURCE, FINDINGS, SCALE_1, GeneratedSummary, generate

from benchmarks import generate as generator
from igs_desktop.paths import AppPaths
from igs_desktop.services.rules import check_all
from igs_desktop.services.workbench import Workbench
from igs_desktop.store.database import Database
from igs_desktop.store.governments import list_governments

SCALE = 0.05  # 3 applicants, 8 memberships, 100 notes, 25 follow-ups
TODAY = dt.date(2025, 6, 2)  # in project year 3
SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, GeneratedSummary]:
    path = tmp_path_factory.mktemp("bench") / "klein.sqlite"
    return path, generate(path, SCALE, today=TODAY)


@pytest.fixture(scope="module")
def workbench(generated: tuple[Path, GeneratedSummary]) -> Iterator[Workbench]:
    path, _summary = generated
    opened = Workbench.open(AppPaths(path.parent, path, path.parent / "logs"), create=False)
    yield opened
    opened.close()


def count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_the_counts_follow_the_scale(generated: tuple[Path, GeneratedSummary]) -> None:
    path, summary = generated
    asked = SCALE_1.at(SCALE)
    assert (asked.applicants, asked.members, asked.notes, asked.follow_ups) == (3, 8, 100, 25)
    assert summary.applicants == count(path, "SELECT count(*) FROM partnership") == 3
    assert summary.members == count(path, "SELECT count(*) FROM membership") == 8
    assert summary.notes == count(path, "SELECT count(*) FROM note") == 100
    assert summary.follow_ups == count(path, "SELECT count(*) FROM follow_up") == 25
    assert summary.project_years == count(path, "SELECT count(*) FROM project_year") == 3
    assert 0 < summary.overdue_follow_ups < summary.follow_ups
    # every row written went through the change log
    logged = count(path, "SELECT count(*) FROM change_log WHERE entity IN ('note', 'follow_up')")
    assert logged == 125
    assert summary.change_log_rows == count(path, "SELECT count(*) FROM change_log") > 125
    catalogue = count(path, "SELECT count(*) FROM catalogue_action")
    assert count(path, "SELECT count(DISTINCT action_id) FROM partnership_action") == catalogue
    assert summary.file_bytes == path.stat().st_size
    assert summary.seconds > 0
    # the scales multiply what scale 1 has (rounded)
    assert SCALE_1.at(100) == generator.Counts(6_000, 15_000, 200_000, 50_000, 2_000)


def test_the_rules_find_what_the_data_is_meant_to_break(workbench: Workbench) -> None:
    assert set(FINDINGS) == {
        "REGION_MIXED",
        "BELOW_THRESHOLD",
        "FIGURE_MISSING",
        "KPI_BELOW_25_PERCENT",
        "MULTIPLE_PARTNERSHIPS",
    }
    found = Counter(f.code for c in check_all(workbench.db, 3) for f in c.findings)
    assert set(found) == set(FINDINGS)  # each kind, and nothing else
    for year in (1, 2):
        codes = {f.code for c in check_all(workbench.db, year) for f in c.findings}
        assert codes <= set(FINDINGS)


def test_the_notes_can_be_searched(workbench: Workbench) -> None:
    for word in SEARCH_WORDS:
        assert workbench.notes.search(word), word
    hits = workbench.notes.search("", limit=None)
    lengths = [len(n.body) for n in workbench.notes.notes_by_id(h.note_id for h in hits).values()]
    assert len(lengths) == 100
    assert min(lengths) < 200 < 800 < max(lengths)  # short and long notes


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    def digest(path: Path) -> tuple[int, str]:
        queries = (
            "SELECT p.name, p.kpi, m.nis_code, m.joined_year, m.left_year FROM membership m "
            "JOIN partnership p ON p.id = m.partnership_id ORDER BY 1, 3",
            "SELECT nis_code, project_year, non_eu14 FROM population_figure ORDER BY 1, 2",
            "SELECT noted_on, kind, title, body FROM note ORDER BY 1, 3, 4",
            "SELECT due_date, title, status FROM follow_up ORDER BY 1, 2",
        )
        with sqlite3.connect(path) as conn:
            rows = [conn.execute(q).fetchall() for q in queries]
        return min(len(r) for r in rows), hashlib.sha256(repr(rows).encode()).hexdigest()

    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    generate(first, 0.02, seed=7, today=TODAY)
    generate(second, 0.02, seed=7, today=TODAY)
    rows, same = digest(first)
    assert rows > 0
    assert digest(second) == (rows, same)


def test_synthetic_governments_when_the_municipalities_run_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one municipality left to choose from, the others members are synthetic."""

    def one_municipality(db: Database) -> list:
        return [g for g in list_governments(db) if g.nis_code == "43005"]

    monkeypatch.setattr(generator, "list_governments", one_municipality)
    path = tmp_path / "synthetisch.sqlite"
    summary = generate(path, 0.02, today=TODAY)
    assert summary.synthetic_governments == 2
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT g.nis_code, g.name, g.region_code, count(DISTINCT f.project_year), f.source "
            "FROM government g JOIN membership m ON m.nis_code = g.nis_code "
            "JOIN population_figure f ON f.nis_code = g.nis_code "
            "WHERE g.nis_code LIKE '0%' GROUP BY g.nis_code ORDER BY 1"
        ).fetchall()
    assert [r[:2] for r in rows] == [
        ("00001", "Synthetisch 00001"),
        ("00002", "Synthetisch 00002"),
    ]
    assert all(r[2] and r[3] >= 2 and r[4] == FIGURE_SOURCE for r in rows)


def test_a_hundred_times_the_agency_fits_in_the_nis_codes(db: Database) -> None:
    """The plan of scale 100 (no database): one government per membership while the codes
    last, then year-1 founders that take turns; never a government twice in one applicant."""
    regions = {r.code: r.provinces for r in generator.list_regions(db)}
    real = [
        generator.Government(g.nis_code, g.name, g.region_code or "", "")
        for g in list_governments(db)
        if g.region_code
    ]
    rng = random.Random(1)
    plans = generator.plan_portfolio(SCALE_1.at(100), dict(Counter(g.region for g in real)), rng)
    synthetic = generator.assign_governments(plans, real, regions, rng)
    assert sum(len(p.slots) for p in plans) == 15_000
    assert all(len({s.nis for s in p.slots}) == len(p.slots) for p in plans)
    assert generator.MAX_SYNTHETIC - len(regions) <= len(synthetic) <= generator.MAX_SYNTHETIC
    assert {g.nis for g in synthetic}.isdisjoint(g.nis for g in real)
    assert all(g.nis.startswith("0") and not g.nis.endswith("000") for g in synthetic)
    shared = [s for p in plans for s in p.slots if s.shared]
    assert shared and all(s.joined_year == 1 for s in shared)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120
    )


def test_the_command_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "bestaat.sqlite"
    target.write_bytes(b"not a database, and it must stay so")
    before = target.read_bytes()
    result = run("--scale", "0.02", "--db", str(target))
    assert result.returncode == 2
    assert "bestaat al" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestaat.sqlite"]


def test_the_command_refuses_a_missing_folder(tmp_path: Path) -> None:
    result = run("--scale", "0.02", "--db", str(tmp_path / "nergens" / "x.sqlite"))
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_command_writes_and_summarises(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.sqlite"
    result = run("--scale", "0.02", "--db", str(target))
    assert result.returncode == 0, result.stderr
    assert "1 aanvrager met 3 lidmaatschappen" in result.stdout and " s\n" in result.stdout
    assert count(target, "SELECT count(*) FROM note") == 40
