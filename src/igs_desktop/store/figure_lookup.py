"""What importing a table of figures needs to know: every government with the period it
existed and what it merged into, and the figures already stored for a project year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from .database import Database
from .tables import GovernmentRow, PopulationFigure


@dataclass(frozen=True)
class GovernmentSpanRecord:
    """A local government, current or merged away, and the dates it existed."""

    nis_code: str
    name: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    merged_into: str | None


def government_spans(db: Database) -> list[GovernmentSpanRecord]:
    """Every government the reference data knows, former ones included, by NIS code."""
    with db.session() as session:
        return [
            GovernmentSpanRecord(g.nis_code, g.name, g.valid_from, g.valid_to, g.merged_into)
            for g in session.exec(select(GovernmentRow).order_by(col(GovernmentRow.nis_code)))
        ]


def figures_in_year(db: Database, year: int) -> dict[str, int]:
    """The stored figure of each government for ``year``, by NIS code."""
    with db.session() as session:
        return dict(
            session.exec(
                select(PopulationFigure.nis_code, PopulationFigure.non_eu14).where(
                    PopulationFigure.project_year == year
                )
            ).all()
        )
