"""Project years added and corrected by the user: validated, in the change log, undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from igs_desktop.services import calendar
from igs_desktop.services.calendar import ProjectYearService, current_year, deadline_summary
from igs_desktop.services.editing import ValidationError
from igs_desktop.services.report_data import deadline_lines, plan_data
from igs_desktop.services.rules import default_year
from igs_desktop.store.tables import ChangeLogEntry, ProjectYearRow
from tests.store_builders import add_figures, add_partnership

D = dt.date


@pytest.fixture
def service(db) -> ProjectYearService:  # type: ignore[no-untyped-def]
    return ProjectYearService(db, actor="An Peeters")


def year_numbers(db) -> list[int]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.exec(select(ProjectYearRow.number).order_by(ProjectYearRow.number)))


def test_add_year_4_with_period_and_deadlines(service: ProjectYearService, db) -> None:  # type: ignore[no-untyped-def]
    outcome = service.add_year(
        4,
        D(2025, 10, 1),
        D(2026, 9, 30),
        submission_deadline=dt.datetime(2025, 5, 5, 12, 0),
        interim_kpi_deadline=D(2026, 5, 4),
    )
    assert "Projectjaar 4 toegevoegd" in outcome.description
    year_4 = next(y for y in calendar.project_years(db) if y.number == 4)
    assert (year_4.start, year_4.end) == (D(2025, 10, 1), D(2026, 9, 30))
    assert year_4.submission_deadline == dt.datetime(2025, 5, 5, 12, 0)  # Brussels time back
    assert year_4.interim_kpi_deadline == D(2026, 5, 4)
    assert year_4.final_kpi_deadline is None
    with db.session() as session:
        logged = session.exec(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "project_year")
        ).all()
    assert [(e.operation, e.entity_id, e.changed_by) for e in logged] == [
        ("create", "4", "An Peeters")
    ]


def test_undo_removes_the_year_and_redo_brings_it_back(service: ProjectYearService, db) -> None:  # type: ignore[no-untyped-def]
    outcome = service.add_year(4, D(2025, 10, 1), D(2026, 9, 30))
    undone = service.revert(outcome)
    assert year_numbers(db) == [1, 2, 3]
    service.revert(undone)
    assert year_numbers(db) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("number", "start", "end", "says"),
    [
        (4, D(2025, 9, 1), D(2026, 9, 30), "overlappen"),
        (4, D(2025, 11, 1), D(2026, 9, 30), "gat"),
        (4, D(2025, 10, 1), D(2025, 9, 1), "vóór het begin"),
        (5, D(2025, 10, 1), D(2026, 9, 30), "het volgende projectjaar is projectjaar 4"),
        (3, D(2024, 10, 1), D(2025, 9, 30), "bestaat al"),
    ],
)
def test_bad_years_are_refused_with_nothing_written(  # type: ignore[no-untyped-def]
    service: ProjectYearService, db, number: int, start: dt.date, end: dt.date, says: str
) -> None:
    with pytest.raises(ValidationError, match=says):
        service.add_year(number, start, end)
    assert year_numbers(db) == [1, 2, 3]
    with db.session() as session:
        assert not session.exec(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "project_year")
        ).all()


def test_correct_a_deadline_of_a_shipped_year(service: ProjectYearService, db) -> None:  # type: ignore[no-untyped-def]
    outcome = service.update_year(3, interim_kpi_deadline=D(2025, 5, 5))
    assert calendar.project_years(db)[2].interim_kpi_deadline == D(2025, 5, 5)
    service.revert(outcome)
    assert calendar.project_years(db)[2].interim_kpi_deadline is None


def test_a_period_correction_that_overlaps_is_refused(service: ProjectYearService, db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="overlappen"):
        service.update_year(2, end=D(2024, 10, 15))
    assert calendar.project_years(db)[1].end == D(2024, 9, 30)


def test_the_app_works_in_the_year_that_holds_a_faked_today(
    service: ProjectYearService, db
) -> None:  # type: ignore[no-untyped-def]
    assert current_year(db, D(2024, 1, 15)).number == 2  # inside a year
    assert current_year(db, D(2022, 1, 1)).number == 1  # before the first
    after = current_year(db, D(2026, 11, 29))  # after the last
    assert after.number == 3
    assert "Projectjaar 3 liep af op 30 september 2025" in after.notice
    service.add_year(4, D(2025, 10, 1), D(2026, 9, 30))
    service.add_year(5, D(2026, 10, 1), D(2027, 9, 30))
    assert current_year(db, D(2026, 11, 29)).number == 5
    assert current_year(db, D(2026, 11, 29)).notice == ""
    assert default_year(db, D(2026, 11, 29)) == 5  # the rules' default follows the same choice


def test_the_seam_today_moves_the_default(db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(calendar, "today", lambda: D(2023, 12, 1))
    assert current_year(db).number == 2


def test_deadline_summary_says_what_is_not_known(service: ProjectYearService, db) -> None:  # type: ignore[no-untyped-def]
    service.add_year(4, D(2025, 10, 1), D(2026, 9, 30), final_kpi_deadline=D(2026, 10, 15))
    text = deadline_summary(db, 4, D(2026, 6, 1))
    assert "volgende deadline: einde van het projectjaar op 30 september 2026" in text
    assert "nog niet bekend: " in text and "tussentijdse KPI" in text
    assert "alle gekende deadlines zijn voorbij" in deadline_summary(db, 2, D(2026, 6, 1))


def test_a_deadline_without_a_date_is_not_passed_in_the_support_plan(db) -> None:  # type: ignore[no-untyped-def]
    # Year 3 ships without the date of its interim KPI report.
    lines = {line.label: line for line in deadline_lines(db, 3, D(2026, 11, 29))}
    interim = lines["Tussentijdse rapportering van de KPI's"]
    assert (interim.on, interim.state) == (None, "nog niet bekend")
    assert lines["Eindrapportering van de KPI's"].state == "voorbij"
    assert lines["Uiterste datum om de aanvraag in te dienen (om 12:00 uur)"].on == D(2024, 5, 6)
    add_figures(db, 3, {"34022": 9000})
    add_partnership(db, "Kortrijk", {"34022": 1}, "34022")
    plan = plan_data(db, "Kortrijk", 3, D(2026, 11, 29))
    states = {d.label: d.state for d in plan.deadlines}
    assert states["Tussentijdse rapportering van de KPI's"] == "nog niet bekend"
