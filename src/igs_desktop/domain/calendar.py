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

from .language import Language, Text
from .text import format_date

NL, EN = Language.NL, Language.EN


def _date(day: dt.date) -> Text:
    return Text(format_date(day, NL), format_date(day, EN))


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

    def label_in(self, lang: Language) -> str:
        """ "projectjaar 3" / "project year 3"."""
        return f"project year {self.number}" if lang is Language.EN else self.label


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
        """A plain Dutch sentence when the year is not the one holding today; empty otherwise."""
        return self.notice_in(Language.NL)

    def notice_in(self, lang: Language) -> str:
        """`notice` in `lang`."""
        n = self.number
        if self.situation is Situation.AFTER_LAST:
            end = _date(self.year.end)
            text = Text(
                f"Projectjaar {n} liep af op {end.nl}. Er is nog geen projectjaar {n + 1}.",
                f"Project year {n} ended on {end.en}. There is no project year {n + 1} yet.",
            )
        elif self.situation is Situation.BEFORE_FIRST:
            start = _date(self.year.start)
            text = Text(
                f"Projectjaar {n} begint pas op {start.nl}.",
                f"Project year {n} does not begin until {start.en}.",
            )
        else:
            return ""
        return text.in_(lang)


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


def calendar_problems(
    years: Sequence[ProjectYear], candidate: ProjectYear, lang: Language = NL
) -> list[str]:
    """Why `candidate` (a new year, or a changed one with its number) does not fit, in `lang`.

    The years are numbered 1, 2, 3, … without a hole; each begins the day after the previous
    one ends. An empty list means it fits.
    """
    others = {y.number: y for y in years if y.number != candidate.number}
    n = candidate.number
    problems: list[Text] = []
    expected = next_number(list(others.values()))
    if n < 1:
        problems.append(
            Text(
                f"Projectjaar {n} kan niet: de projectjaren beginnen bij 1.",
                f"Project year {n} is not possible: the project years begin at 1.",
            )
        )
    elif n not in {y.number for y in years} and n != expected:
        problems.append(
            Text(
                f"Projectjaar {n} kan niet: het volgende projectjaar is projectjaar {expected}.",
                f"Project year {n} is not possible: the next project year is project year "
                f"{expected}.",
            )
        )
    if candidate.end < candidate.start:
        end, start = _date(candidate.end), _date(candidate.start)
        problems.append(
            Text(
                f"Het einde van projectjaar {n} ({end.nl}) ligt vóór het begin ({start.nl}).",
                f"The end of project year {n} ({end.en}) lies before its beginning ({start.en}).",
            )
        )
    else:
        previous = others.get(n - 1)
        if previous is not None:
            problems += _gap_or_overlap(previous, candidate)
        following = others.get(n + 1)
        if following is not None:
            problems += _gap_or_overlap(candidate, following)
    return [problem.in_(lang) for problem in problems]


def _gap_or_overlap(first: ProjectYear, second: ProjectYear) -> list[Text]:
    expected_start = first.end + dt.timedelta(days=1)
    one, two = first.number, second.number
    end, start = _date(first.end), _date(second.start)
    if second.start < expected_start:
        return [
            Text(
                f"Projectjaar {two} begint op {start.nl}, maar projectjaar {one} loopt tot "
                f"{end.nl}: projectjaren mogen niet overlappen.",
                f"Project year {two} begins on {start.en}, but project year {one} runs until "
                f"{end.en}: project years may not overlap.",
            )
        ]
    if second.start > expected_start:
        due = _date(expected_start)
        return [
            Text(
                f"Tussen projectjaar {one} (tot {end.nl}) en projectjaar {two} (vanaf "
                f"{start.nl}) zit een gat: projectjaar {two} moet op {due.nl} beginnen.",
                f"There is a gap between project year {one} (until {end.en}) and project year "
                f"{two} (from {start.en}): project year {two} must begin on {due.en}.",
            )
        ]
    return []


class DeadlineState(Enum):
    PASSED = "voorbij"
    COMING = "komt nog"
    UNKNOWN = "nog niet bekend"

    def label(self, lang: Language) -> str:
        """The value (Dutch), or its English words: "passed", "to come", "not known yet"."""
        return _STATE_EN[self] if lang is Language.EN else self.value


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

    def label_in(self, lang: Language) -> str:
        """`label` in `lang`: "Start van het projectjaar" / "Start of the project year"."""
        return _LABELS[self.key].in_(lang)

    def short_in(self, lang: Language) -> str:
        """`short` in `lang`: "tussentijdse KPI" / "interim KPI"."""
        return _SHORT[self.key].in_(lang)

    def state(self, today: dt.date) -> DeadlineState:
        if self.on is None:
            return DeadlineState.UNKNOWN
        return DeadlineState.PASSED if self.on < today else DeadlineState.COMING


_STATE_EN = {
    DeadlineState.PASSED: "passed",
    DeadlineState.COMING: "to come",
    DeadlineState.UNKNOWN: "not known yet",
}

# The moments of a project year by key: (label, short label) in each language.
_LABELS = {
    "submission_opens": Text("Indienen van de aanvragen opent", "Submission of applications opens"),
    "submission_deadline": Text(
        "Uiterste datum om de aanvraag in te dienen", "Deadline for submitting the application"
    ),
    "decision": Text("Beslissing over de toekenning", "Decision on the grant"),
    "start": Text("Start van het projectjaar", "Start of the project year"),
    "interim_kpi_deadline": Text(
        "Tussentijdse rapportering van de KPI's", "Interim report on the KPIs"
    ),
    "end": Text("Einde van het projectjaar", "End of the project year"),
    "final_kpi_deadline": Text("Eindrapportering van de KPI's", "Final report on the KPIs"),
}
_SHORT = {
    "submission_opens": Text("opening van de indiening", "submissions open"),
    "submission_deadline": Text("indiening", "submission"),
    "decision": Text("beslissing", "decision"),
    "start": Text("start", "start"),
    "interim_kpi_deadline": Text("tussentijdse KPI", "interim KPI"),
    "end": Text("einde", "end"),
    "final_kpi_deadline": Text("eindrapportering KPI", "final KPI report"),
}
SHORT_LABELS = {key: text.nl for key, text in _SHORT.items()}


def deadlines(year: ProjectYear) -> tuple[Deadline, ...]:
    """The year's moments in the order of the programme's cycle, known or not."""
    submission = year.submission_deadline
    hour = submission.time() if submission else None
    n = year.number
    moments: tuple[tuple[str, dt.date | None], ...] = (
        ("submission_opens", year.submission_opens),
        ("submission_deadline", submission.date() if submission else None),
        ("decision", year.decision),
        ("start", year.start),
        ("interim_kpi_deadline", year.interim_kpi_deadline),
        ("end", year.end),
        ("final_kpi_deadline", year.final_kpi_deadline),
    )
    return tuple(
        Deadline(
            n,
            key,
            _LABELS[key].nl,
            on,
            hour if key == "submission_deadline" and hour and hour != dt.time(0, 0) else None,
        )
        for key, on in moments
    )


def year_outlook(year: ProjectYear, today: dt.date) -> tuple[Deadline | None, tuple[Deadline, ...]]:
    """The year's first deadline still to come, and those not known yet (so a missing date
    is never read as "nothing to do" nor as passed)."""
    moments = deadlines(year)
    coming = [d for d in moments if d.state(today) is DeadlineState.COMING]
    unknown = tuple(d for d in moments if d.state(today) is DeadlineState.UNKNOWN)
    return min(coming, key=lambda d: d.on or dt.date.max, default=None), unknown
