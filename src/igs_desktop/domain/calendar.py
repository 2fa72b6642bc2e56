"""The programme's calendar: project years, the one the app works in, and a new year's checks.

The programme goes on past the years the app ships with, so the user adds project year 4, 5, …
These functions decide, in one place, which year holds a day, whether a new or changed year
fits the calendar (no overlap, no gap, the next number), and which of a year's deadlines are
past, still to come or not known yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from .text import format_date


@dataclass(frozen=True)
class ProjectYear:
    """One project year: its period and deadlines. Only the period is always known.

    `submission_deadline` is the wall-clock time in Brussels (naive), as the agency words it.
    """

    number: int
    start: dt.date
    end: dt.date
    submission_opens: dt.date | None = None
    submission_deadline: dt.datetime | None = None
    decision: dt.date | None = None
    interim_kpi_deadline: dt.date | None = None
    final_kpi_deadline: dt.date | None = None

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        return f"projectjaar {self.number}"


class Situation(Enum):
    CURRENT = "current"  # today lies in the year
    AFTER_LAST = "after_last"  # today is past the last known year
    BEFORE_FIRST = "before_first"  # today is before the first year


@dataclass(frozen=True)
class WorkingYear:
    """The year the app works in on a given day, and why."""

    year: ProjectYear
    situation: Situation

    @property
    def number(self) -> int:
        return self.year.number

    @property
    def is_current(self) -> bool:
        return self.situation is Situation.CURRENT

    @property
    def notice(self) -> str:
        """A plain sentence when the year is not the one holding today; empty otherwise."""
        if self.situation is Situation.AFTER_LAST:
            return (
                f"Projectjaar {self.number} liep af op {format_date(self.year.end)}. "
                f"Er is nog geen projectjaar {self.number + 1}."
            )
        if self.situation is Situation.BEFORE_FIRST:
            return f"Projectjaar {self.number} begint pas op {format_date(self.year.start)}."
        return ""


def working_year(years: Sequence[ProjectYear], today: dt.date) -> WorkingYear:
    """The year that holds `today`; past the last year the last one, before the first the
    first one. Should a (hand-edited) calendar have a gap, the last year started before it."""
    ordered = sorted(years, key=lambda y: y.number)
    if not ordered:
        raise ValueError("Er zijn geen projectjaren gekend.")
    for year in ordered:
        if year.holds(today):
            return WorkingYear(year, Situation.CURRENT)
    if today < ordered[0].start:
        return WorkingYear(ordered[0], Situation.BEFORE_FIRST)
    started = [y for y in ordered if y.start <= today]
    last = started[-1]
    return WorkingYear(last, Situation.AFTER_LAST if last is ordered[-1] else Situation.CURRENT)


def next_number(years: Sequence[ProjectYear]) -> int:
    return max((y.number for y in years), default=0) + 1


def suggested_period(years: Sequence[ProjectYear]) -> tuple[dt.date, dt.date]:
    """The period a new year most likely has: the day after the last year, for one year."""
    if not years:
        today = dt.date.today()
        start = dt.date(today.year, 10, 1)
    else:
        start = max(years, key=lambda y: y.number).end + dt.timedelta(days=1)
    try:
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        end = dt.date(start.year + 1, 2, 28)
    return start, end


def calendar_problems(years: Sequence[ProjectYear], candidate: ProjectYear) -> list[str]:
    """Why `candidate` (a new year, or a changed one with its number) does not fit.

    The years are numbered 1, 2, 3, … without a hole; each begins the day after the previous
    one ends. An empty list means it fits.
    """
    others = {y.number: y for y in years if y.number != candidate.number}
    n = candidate.number
    problems: list[str] = []
    expected = next_number(list(others.values()))
    if n < 1:
        problems.append(f"Projectjaar {n} kan niet: de projectjaren beginnen bij 1.")
    elif n not in {y.number for y in years} and n != expected:
        problems.append(
            f"Projectjaar {n} kan niet: het volgende projectjaar is projectjaar {expected}."
        )
    if candidate.end < candidate.start:
        problems.append(
            f"Het einde van projectjaar {n} ({format_date(candidate.end)}) ligt vóór het begin "
            f"({format_date(candidate.start)})."
        )
        return problems
    previous = others.get(n - 1)
    if previous is not None:
        problems += _gap_or_overlap(previous, candidate)
    following = others.get(n + 1)
    if following is not None:
        problems += _gap_or_overlap(candidate, following)
    return problems


def _gap_or_overlap(first: ProjectYear, second: ProjectYear) -> list[str]:
    expected_start = first.end + dt.timedelta(days=1)
    if second.start < expected_start:
        return [
            f"Projectjaar {second.number} begint op {format_date(second.start)}, maar "
            f"projectjaar {first.number} loopt tot {format_date(first.end)}: projectjaren "
            "mogen niet overlappen."
        ]
    if second.start > expected_start:
        return [
            f"Tussen projectjaar {first.number} (tot {format_date(first.end)}) en projectjaar "
            f"{second.number} (vanaf {format_date(second.start)}) zit een gat: projectjaar "
            f"{second.number} moet op {format_date(expected_start)} beginnen."
        ]
    return []


class DeadlineState(Enum):
    PASSED = "voorbij"
    COMING = "komt nog"
    UNKNOWN = "nog niet bekend"


@dataclass(frozen=True)
class Deadline:
    """One moment of a project year; `on` is None while the agency has not announced it."""

    year: int
    key: str
    label: str
    on: dt.date | None
    time: dt.time | None = None  # the hour of the submission deadline, when it has one

    @property
    def short(self) -> str:
        """A few words for a one-line summary: "tussentijdse KPI"."""
        return SHORT_LABELS[self.key]

    def state(self, today: dt.date) -> DeadlineState:
        if self.on is None:
            return DeadlineState.UNKNOWN
        return DeadlineState.PASSED if self.on < today else DeadlineState.COMING


SHORT_LABELS = {
    "submission_opens": "opening van de indiening",
    "submission_deadline": "indiening",
    "decision": "beslissing",
    "start": "start",
    "interim_kpi_deadline": "tussentijdse KPI",
    "end": "einde",
    "final_kpi_deadline": "eindrapportering KPI",
}


def deadlines(year: ProjectYear) -> tuple[Deadline, ...]:
    """The year's moments in the order of the programme's cycle, known or not."""
    submission = year.submission_deadline
    hour = submission.time() if submission else None
    n = year.number
    return (
        Deadline(n, "submission_opens", "Indienen van de aanvragen opent", year.submission_opens),
        Deadline(
            n,
            "submission_deadline",
            "Uiterste datum om de aanvraag in te dienen",
            submission.date() if submission else None,
            hour if hour and hour != dt.time(0, 0) else None,
        ),
        Deadline(n, "decision", "Beslissing over de toekenning", year.decision),
        Deadline(n, "start", "Start van het projectjaar", year.start),
        Deadline(
            n,
            "interim_kpi_deadline",
            "Tussentijdse rapportering van de KPI's",
            year.interim_kpi_deadline,
        ),
        Deadline(n, "end", "Einde van het projectjaar", year.end),
        Deadline(n, "final_kpi_deadline", "Eindrapportering van de KPI's", year.final_kpi_deadline),
    )


def year_outlook(year: ProjectYear, today: dt.date) -> tuple[Deadline | None, tuple[Deadline, ...]]:
    """The year's first deadline still to come, and those not known yet (so a missing date
    is never read as "nothing to do" nor as passed)."""
    moments = deadlines(year)
    coming = [d for d in moments if d.state(today) is DeadlineState.COMING]
    unknown = tuple(d for d in moments if d.state(today) is DeadlineState.UNKNOWN)
    return min(coming, key=lambda d: d.on or dt.date.max, default=None), unknown
