"""A project year's stored values as the domain's calendar object, without SQLAlchemy.

The submission deadline is stored as a UTC moment; the programme names it in Brussels time,
so it goes out as the wall-clock time in Brussels. ``store.calendar`` (through the ORM) and
``store.portfolio_summary`` (through ``sqlite3``, at the window's first paint) both read here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.calendar import ProjectYear

BRUSSELS = ZoneInfo("Europe/Brussels")


def brussels_wall_time(moment: dt.datetime) -> dt.datetime:
    """A stored moment (UTC, aware or naive) as the clock in Brussels showed it, naive."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(BRUSSELS).replace(tzinfo=None)


def project_year_of(row: Mapping[Any, Any]) -> ProjectYear:
    """A table row's values (of an ORM object, a Core row or ``sqlite3``, dates parsed) as
    the domain's project year."""
    submission = row["submission_deadline"]
    return ProjectYear(
        number=row["number"],
        start=row["period_start"],
        end=row["period_end"],
        submission_opens=row["submission_opens"],
        submission_deadline=brussels_wall_time(submission) if submission else None,
        decision=row["decision"],
        interim_kpi_deadline=row["interim_kpi_deadline"],
        final_kpi_deadline=row["final_kpi_deadline"],
    )
