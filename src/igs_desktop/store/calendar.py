"""Project years as the store holds them, handed out as the domain's calendar objects.

The submission deadline is stored as a UTC moment; the programme names it in Brussels time,
so it goes out (and comes in) as the wall-clock time in Brussels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import col, select

from ..domain.calendar import ProjectYear
from .database import Database
from .tables import ProjectYearRow, table_of

BRUSSELS = ZoneInfo("Europe/Brussels")

DEADLINE_FIELDS = (
    "submission_opens",
    "submission_deadline",
    "decision",
    "interim_kpi_deadline",
    "final_kpi_deadline",
)


def brussels_wall_time(moment: dt.datetime) -> dt.datetime:
    """A stored moment (UTC, aware or naive) as the clock in Brussels showed it, naive."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(BRUSSELS).replace(tzinfo=None)


def stored_moment(wall_time: dt.datetime | None) -> dt.datetime | None:
    """A Brussels wall-clock time as the aware UTC moment the table keeps."""
    if wall_time is None:
        return None
    aware = wall_time if wall_time.tzinfo else wall_time.replace(tzinfo=BRUSSELS)
    return aware.astimezone(dt.UTC)


def _year(row: Mapping[Any, Any]) -> ProjectYear:
    """A table row's values (of an ORM object or a Core row) as the domain's project year."""
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


def project_years(db: Database) -> list[ProjectYear]:
    """Every project year, in order."""
    with db.session() as session:
        rows = session.exec(select(ProjectYearRow).order_by(col(ProjectYearRow.number))).all()
        return [_year(r.model_dump()) for r in rows]


def project_years_in(conn: Connection) -> list[ProjectYear]:
    """Every project year, read inside an open (write) transaction."""
    table = table_of(ProjectYearRow)
    rows = conn.execute(sa.select(table).order_by(table.c.number)).mappings()
    return [_year(r) for r in rows]


def project_year(db: Database, number: int) -> ProjectYear | None:
    with db.session() as session:
        row = session.get(ProjectYearRow, number)
        return None if row is None else _year(row.model_dump())


def row_values(year: ProjectYear) -> dict[str, Any]:
    """The table's columns for a year the user enters (the inverse of reading it)."""
    return {
        "number": year.number,
        "period_start": year.start,
        "period_end": year.end,
        "submission_opens": year.submission_opens,
        "submission_deadline": stored_moment(year.submission_deadline),
        "decision": year.decision,
        "interim_kpi_deadline": year.interim_kpi_deadline,
        "final_kpi_deadline": year.final_kpi_deadline,
    }
