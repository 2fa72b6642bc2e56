"""The programme's calendar as the user keeps it: reading project years, adding and correcting.

Which year the app works in, and whether a year fits, are decided by ``domain.calendar``;
this module reads the years from the store and writes a new or corrected year through the
change log, undoable like every other edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ..domain.calendar import (
    ProjectYear,
    WorkingYear,
    calendar_problems,
    next_number,
    working_year,
)
from ..domain.language import Language
from ..store import calendar as calendar_store
from ..store.database import Database
from .editing import EditSession, Outcome, ValidationError, Writer
from .year_outlook import deadline_line, period_text

__all__ = [
    "ProjectYear",
    "ProjectYearService",
    "WorkingYear",
    "current_year",
    "deadline_summary",
    "known_years",
    "project_years",
]

DEADLINE_FIELDS = calendar_store.DEADLINE_FIELDS


def today() -> dt.date:
    """The day the app works on (one seam, so tests can move the calendar)."""
    return dt.date.today()


def project_years(db: Database) -> list[ProjectYear]:
    return calendar_store.project_years(db)


def known_years(db: Database) -> list[int]:
    return [y.number for y in project_years(db)]


def current_year(db: Database, day: dt.date | None = None) -> WorkingYear:
    """The year the app works in today (see ``domain.calendar.working_year``)."""
    return working_year(project_years(db), day or today())


def deadline_summary(
    db: Database, number: int, day: dt.date | None = None, lang: Language = Language.NL
) -> str:
    """One line on a year's deadlines, the next one, and those not known yet
    (``year_outlook.deadline_line``), in ``lang``."""
    year = calendar_store.project_year(db, number)
    return "" if year is None else deadline_line(year, day or today(), lang)


class ProjectYearService(EditSession):
    """Adds project years after the shipped ones and corrects their deadlines."""

    def add_year(
        self,
        number: int,
        start: dt.date,
        end: dt.date,
        **deadlines: Any,
    ) -> Outcome:
        """Project year ``number`` with its period; every deadline may stay None."""
        unknown = set(deadlines) - set(DEADLINE_FIELDS)
        if unknown:
            raise ValueError(f"Unknown fields: {sorted(unknown)}")
        candidate = ProjectYear(number, start, end, **deadlines)

        def work(w: Writer) -> None:
            years = calendar_store.project_years_in(w.conn)
            if any(y.number == number for y in years):
                raise ValidationError(
                    f"Projectjaar {number} bestaat al; het volgende projectjaar is "
                    f"projectjaar {next_number(years)}.",
                    "number",
                )
            _refuse(calendar_problems(years, candidate))
            w.create("project_year", calendar_store.row_values(candidate))

        return self.run(f"Projectjaar {number} toegevoegd ({period_text(candidate)})", work)[1]

    def update_year(self, number: int, **values: Any) -> Outcome:
        """Correct the period (``start``, ``end``) or deadlines of an existing year."""
        unknown = set(values) - {"start", "end", *DEADLINE_FIELDS}
        if unknown:
            raise ValueError(f"Unknown fields: {sorted(unknown)}")

        def work(w: Writer) -> None:
            years = calendar_store.project_years_in(w.conn)
            current = next((y for y in years if y.number == number), None)
            if current is None:
                raise ValidationError(f"Projectjaar {number} bestaat niet.", "number")
            changed = dataclasses.replace(current, **values)
            _refuse(calendar_problems(years, changed))
            new = calendar_store.row_values(changed)
            old = calendar_store.row_values(current)
            w.update(
                "project_year",
                {"number": number},
                {k: v for k, v in new.items() if v != old[k]},
            )

        return self.run(f"Projectjaar {number} bewerkt", work)[1]


def _refuse(problems: list[str]) -> None:
    if problems:
        raise ValidationError(" ".join(problems), "period")
