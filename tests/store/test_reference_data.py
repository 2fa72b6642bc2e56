"""The shipped reference data: what it holds, and how a new release updates it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from igs_desktop.paths import resource_dir
from igs_desktop.store.reference_data import load_reference_data, parse_catalogue, read_csv
from igs_desktop.store.tables import (
    CatalogueAction,
    CatalogueKpi,
    GovernmentRow,
    Merger,
    ProjectYearRow,
    Region,
)

DATA = resource_dir() / "data"


def test_fifteen_reference_regions(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        codes = [r.code for r in session.exec(select(Region))]
    assert sorted(codes) == [f"REFREG{n:02d}" for n in range(1, 16)]


def test_285_current_municipalities_each_in_a_region(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        current = session.exec(select(GovernmentRow).where(GovernmentRow.valid_to.is_(None))).all()
    assert len(current) == 285
    assert all(g.region_code for g in current)
    assert len({g.nis_code for g in current}) == 285


def test_kortrijk_and_lendelede_lie_in_zuid_west_vlaanderen(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        region = {
            g.name: session.get(Region, g.region_code).name  # type: ignore[union-attr]
            for g in session.exec(
                select(GovernmentRow).where(GovernmentRow.name.in_(["Kortrijk", "Lendelede"]))
            )
        }
    assert region == {"Kortrijk": "Zuid-West-Vlaanderen", "Lendelede": "Zuid-West-Vlaanderen"}


def test_borsbeek_merged_into_antwerpen(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        borsbeek = session.exec(select(GovernmentRow).where(GovernmentRow.name == "Borsbeek")).one()
        antwerpen = session.get(GovernmentRow, borsbeek.merged_into)
        merger = session.exec(select(Merger).where(Merger.old_nis_code == borsbeek.nis_code)).one()
    assert antwerpen is not None and antwerpen.name == "Antwerpen"
    assert borsbeek.valid_to is not None and borsbeek.valid_to.isoformat() == "2024-12-31"
    assert merger.new_nis_code == antwerpen.nis_code
    assert merger.effective_date.isoformat() == "2025-01-01"


def test_catalogue_has_seven_objectives_and_24_actions_with_sub_kpis(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        actions = session.exec(select(CatalogueAction)).all()
        kpis = session.exec(select(CatalogueKpi)).all()
    assert len(actions) == 24
    assert {a.objective_number for a in actions} == set(range(1, 8))
    assert sorted(int(a.number) for a in actions) == list(range(1, 25))
    certain = sorted(int(a.number) for a in actions if a.number_certain)
    assert certain == [1, 2, 3, 4, 5, 12, 23, 24]  # the only numbers a source gives
    supported = sorted(a.number for a in actions if a.supported)
    assert supported == ["24", "5"]  # confirmed by a source; the rest is for the user to mark
    by_action = {a.id: a.number for a in actions}
    per_action: dict[str, int] = {}
    for k in kpis:
        per_action[by_action[k.action_id]] = per_action.get(by_action[k.action_id], 0) + 1
    assert per_action["24"] == 2  # youth of foreign origin, youth with a disability


def test_catalogue_groups_idem_rows_as_sub_kpis() -> None:
    entries = parse_catalogue(read_csv(DATA / "plan_samenleven_actions.csv"))
    work = [e for e in entries if e.objective == 4]
    assert [len(e.kpis) for e in work] == [3, 3, 1]
    assert work[0].kpis[1]["label"] == "personen met een handicap"
    assert all("[sub-KPI" not in e.title for e in entries)


def test_project_years_with_their_periods(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        years = {y.number: y for y in session.exec(select(ProjectYearRow))}
    assert sorted(years) == [1, 2, 3]
    assert years[1].period_start.isoformat() == "2022-10-01"
    assert years[3].period_end.isoformat() == "2025-09-30"
    assert years[1].population_criterion == "non-EU15"
    assert years[2].budget_granted_cents == 16_907_780 * 100


def test_second_load_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    again = load_reference_data(db, DATA)
    assert again.skipped
    forced = load_reference_data(db, DATA, force=True)
    assert forced.added == {} and forced.updated == {} and forced.kept_user_edits == {}


@pytest.fixture
def next_release(tmp_path: Path) -> Path:
    """A copy of the shipped data with a new version number, for simulating an update."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    manifest = json.loads((data / "manifest.json").read_text(encoding="utf-8"))
    manifest["reference_data_version"] = "9999.1.1"
    (data / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return data


def test_new_release_keeps_a_users_edit_and_updates_the_rest(db, next_release: Path) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        lendelede = session.get(GovernmentRow, "34025")
        lendelede.name = "Lendelede (gecorrigeerd)"  # type: ignore[union-attr]
        session.add(lendelede)
        session.commit()
    regions = next_release / "reference_regions.csv"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("Midwest", "Midwest-Vlaanderen"),
        encoding="utf-8",
    )
    municipalities = next_release / "municipalities.csv"
    municipalities.write_text(
        municipalities.read_text(encoding="utf-8").replace("Lendelede,", "Lendelede-Dorp,"),
        encoding="utf-8",
    )
    summary = load_reference_data(db, next_release)
    with db.session() as session:
        assert session.get(GovernmentRow, "34025").name == "Lendelede (gecorrigeerd)"  # type: ignore[union-attr]
        assert session.get(Region, "REFREG10").name == "Midwest-Vlaanderen"  # type: ignore[union-attr]
    assert summary.kept_user_edits == {"government": 1}
    assert summary.updated == {"region": 1}


def test_user_edit_equal_to_the_new_release_is_simply_kept(db, next_release: Path) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        region = session.get(Region, "REFREG10")
        region.name = "Midwest-Vlaanderen"  # type: ignore[union-attr]
        session.add(region)
        session.commit()
    regions = next_release / "reference_regions.csv"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("Midwest", "Midwest-Vlaanderen"),
        encoding="utf-8",
    )
    summary = load_reference_data(db, next_release)
    assert summary.updated == {} and summary.kept_user_edits == {}
    with db.session() as session:
        assert session.get(Region, "REFREG10").name == "Midwest-Vlaanderen"  # type: ignore[union-attr]


def test_every_shipped_file_names_its_source() -> None:
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    shipped = {p.name for p in DATA.glob("*.csv")}
    assert shipped == set(manifest["files"])
    for entry in manifest["files"].values():
        assert entry["source"] and entry["as_of"] and entry["licence"]


def test_a_release_never_overwrites_a_project_year_the_user_added(db, next_release: Path) -> None:  # type: ignore[no-untyped-def]
    from igs_desktop.services.calendar import ProjectYearService

    ProjectYearService(db, "An").add_year(
        4, dt.date(2025, 10, 1), dt.date(2026, 9, 30), final_kpi_deadline=dt.date(2026, 10, 20)
    )
    years = next_release / "project_years.csv"
    years.write_text(
        years.read_text(encoding="utf-8")
        + "4,2025-10-01,2026-09-30,,2025-05-05T12:00,,2026-05-04,2026-10-15,,non-EU14\n",
        encoding="utf-8",
    )
    summary = load_reference_data(db, next_release)
    with db.session() as session:
        year_4 = session.get(ProjectYearRow, 4)
        assert year_4 is not None
        assert year_4.final_kpi_deadline == dt.date(2026, 10, 20)  # the user's, kept
        assert year_4.interim_kpi_deadline == dt.date(2026, 5, 4)  # left empty: filled in
    assert summary.kept_user_edits.get("project_year") == 1
    # and the next release treats the user's date as their correction
    again = load_reference_data(db, next_release, force=True)
    assert again.updated == {} and again.kept_user_edits.get("project_year") == 1
