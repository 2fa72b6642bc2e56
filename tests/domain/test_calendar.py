"""The programme's calendar: which year the app works in, and whether a new year fits."""

from __future__ import annotations

import datetime as dt

import pytest

from igs_desktop.domain.calendar import (
    DeadlineState,
    ProjectYear,
    Situation,
    calendar_problems,
    deadlines,
    next_number,
    suggested_period,
    working_year,
    year_outlook,
)

D = dt.date
SHIPPED = [
    ProjectYear(1, D(2022, 10, 1), D(2023, 9, 30)),
    ProjectYear(2, D(2023, 10, 1), D(2024, 9, 30)),
    ProjectYear(3, D(2024, 10, 1), D(2025, 9, 30), final_kpi_deadline=D(2025, 10, 15)),
]


@pytest.mark.parametrize(
    ("today", "number"),
    [(D(2022, 10, 1), 1), (D(2023, 9, 30), 1), (D(2023, 10, 1), 2), (D(2025, 9, 30), 3)],
)
def test_the_year_that_holds_today(today: dt.date, number: int) -> None:
    chosen = working_year(SHIPPED, today)
    assert chosen.number == number
    assert chosen.situation is Situation.CURRENT
    assert chosen.notice == ""


def test_after_the_last_year_the_last_one_and_says_so() -> None:
    chosen = working_year(SHIPPED, D(2026, 11, 29))
    assert chosen.number == 3
    assert chosen.situation is Situation.AFTER_LAST
    assert chosen.notice.startswith("Projectjaar 3 liep af op 30 september 2025.")
    assert "projectjaar 4" in chosen.notice


def test_before_the_first_year_the_first_one() -> None:
    chosen = working_year(SHIPPED, D(2022, 9, 30))
    assert chosen.number == 1
    assert chosen.situation is Situation.BEFORE_FIRST
    assert "begint pas op 1 oktober 2022" in chosen.notice


def test_years_added_by_the_user_count_as_any_other() -> None:
    years = [*SHIPPED, ProjectYear(4, D(2025, 10, 1), D(2026, 9, 30))]
    years.append(ProjectYear(5, D(2026, 10, 1), D(2027, 9, 30)))
    assert working_year(years, D(2026, 11, 29)).number == 5
    assert working_year(years, D(2026, 9, 30)).number == 4


def test_no_years_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError, match="geen projectjaren"):
        working_year([], D(2026, 1, 1))


def test_the_next_year_fits_the_day_after_the_last() -> None:
    assert next_number(SHIPPED) == 4
    start, end = suggested_period(SHIPPED)
    assert (start, end) == (D(2025, 10, 1), D(2026, 9, 30))
    assert calendar_problems(SHIPPED, ProjectYear(4, start, end)) == []


def test_overlap_is_refused() -> None:
    problems = calendar_problems(SHIPPED, ProjectYear(4, D(2025, 9, 30), D(2026, 9, 30)))
    assert len(problems) == 1
    assert "mogen niet overlappen" in problems[0]


def test_a_gap_is_refused_and_the_right_start_named() -> None:
    problems = calendar_problems(SHIPPED, ProjectYear(4, D(2025, 10, 2), D(2026, 9, 30)))
    assert len(problems) == 1
    assert "zit een gat" in problems[0]
    assert "1 oktober 2025" in problems[0]


def test_end_before_start_is_refused() -> None:
    problems = calendar_problems(SHIPPED, ProjectYear(4, D(2025, 10, 1), D(2025, 9, 30)))
    assert problems and "ligt vóór het begin" in problems[0]


def test_only_the_next_number() -> None:
    problems = calendar_problems(SHIPPED, ProjectYear(5, D(2025, 10, 1), D(2026, 9, 30)))
    assert problems == ["Projectjaar 5 kan niet: het volgende projectjaar is projectjaar 4."]
    zero = calendar_problems([], ProjectYear(0, D(2025, 10, 1), D(2026, 9, 30)))
    assert "beginnen bij 1" in zero[0]


def test_correcting_a_year_checks_both_neighbours() -> None:
    longer_2 = ProjectYear(2, D(2023, 10, 1), D(2024, 10, 31))
    problems = calendar_problems(SHIPPED, longer_2)
    assert len(problems) == 1 and "overlappen" in problems[0]
    shorter_2 = ProjectYear(2, D(2023, 10, 1), D(2024, 8, 31))
    assert "zit een gat" in calendar_problems(SHIPPED, shorter_2)[0]
    assert calendar_problems(SHIPPED, SHIPPED[1]) == []


def test_a_deadline_without_a_date_is_not_known_never_passed() -> None:
    year_3 = SHIPPED[2]
    states = {d.key: d.state(D(2026, 11, 29)) for d in deadlines(year_3)}
    assert states["interim_kpi_deadline"] is DeadlineState.UNKNOWN
    assert states["final_kpi_deadline"] is DeadlineState.PASSED
    assert DeadlineState.UNKNOWN.value == "nog niet bekend"
    assert states["end"] is DeadlineState.PASSED


def test_a_deadline_on_today_is_still_to_come() -> None:
    year_3 = SHIPPED[2]
    final = next(d for d in deadlines(year_3) if d.key == "final_kpi_deadline")
    assert final.state(D(2025, 10, 15)) is DeadlineState.COMING
    assert final.state(D(2025, 10, 16)) is DeadlineState.PASSED


def test_submission_hour_is_kept_and_midnight_means_the_whole_day() -> None:
    noon = ProjectYear(
        4, D(2025, 10, 1), D(2026, 9, 30), submission_deadline=dt.datetime(2025, 5, 6, 12)
    )
    submission = next(d for d in deadlines(noon) if d.key == "submission_deadline")
    assert (submission.on, submission.time) == (D(2025, 5, 6), dt.time(12, 0))
    midnight = ProjectYear(
        4, D(2025, 10, 1), D(2026, 9, 30), submission_deadline=dt.datetime(2025, 5, 6)
    )
    assert next(d for d in deadlines(midnight) if d.key == "submission_deadline").time is None


def test_outlook_names_the_next_deadline_and_the_unknown_ones() -> None:
    year_4 = ProjectYear(4, D(2025, 10, 1), D(2026, 9, 30), final_kpi_deadline=D(2026, 10, 15))
    coming, unknown = year_outlook(year_4, D(2026, 5, 1))
    assert coming is not None and coming.key == "end"
    assert {d.key for d in unknown} == {
        "submission_opens",
        "submission_deadline",
        "decision",
        "interim_kpi_deadline",
    }
    coming, _unknown = year_outlook(year_4, D(2026, 10, 16))
    assert coming is None
