"""Project years as the store holds them, handed out as the domain's calendar objects.

The submission deadline is stored as a UTC moment; the programme names it in Brussels time,
so it goes out (and comes in) as the wall-clock time in Brussels.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import col, select

from ..domain.calendar import ProjectYear
from .database import Database
from .tables import ProjectYearRow, table_of
from .year_values import BRUSSELS
from .year_values import brussels_wall_time as brussels_wall_time  # services.report_data
from .year_values import project_year_of as _year

DEADLINE_FIELDS = (
    "submission_opens",
    "submission_deadline",
    "decision",
    "interim_kpi_deadline",
    "final_kpi_deadline",
)


def stored_moment(wall_time: dt.datetime | None) -> dt.datetime | None:
    """A Brussels wall-clock time as the aware UTC moment the table keeps."""
    if wall_time is None:
        return None
    aware = wall_time if wall_time.tzinfo else wall_time.replace(tzinfo=BRUSSELS)
    return aware.astimezone(dt.UTC)


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
