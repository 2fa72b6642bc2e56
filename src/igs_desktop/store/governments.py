"""Reading local governments and regions as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from .database import Database
from .tables import GovernmentRow, PopulationFigure, Region


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str
    provinces: str


@dataclass(frozen=True)
class GovernmentInfo:
    """A local government as the screens and reports show it."""

    nis_code: str
    name: str
    province: str
    region_code: str | None
    region_name: str
    valid_to: dt.date | None = None
    merged_into: str | None = None
    merged_into_name: str = ""
    latest_figure: int | None = None
    latest_figure_year: int | None = None

    @property
    def current(self) -> bool:
        return self.valid_to is None


def list_regions(db: Database) -> list[RegionInfo]:
    with db.session() as session:
        rows = session.exec(select(Region).order_by(Region.code)).all()
        return [RegionInfo(r.code, r.name, r.provinces) for r in rows]


def list_governments(db: Database, include_former: bool = False) -> list[GovernmentInfo]:
    """Governments sorted by name, each with its region and its latest population figure."""
    successor = aliased(GovernmentRow)
    latest_year = (
        select(
            PopulationFigure.nis_code,
            func.max(PopulationFigure.project_year).label("year"),
        )
        .group_by(PopulationFigure.nis_code)
        .subquery()
    )
    figure = aliased(PopulationFigure)
    query = (
        select(GovernmentRow, Region.name, successor.name, figure)
        .join(Region, col(Region.code) == GovernmentRow.region_code, isouter=True)
        .join(successor, col(successor.nis_code) == GovernmentRow.merged_into, isouter=True)
        .join(latest_year, latest_year.c.nis_code == GovernmentRow.nis_code, isouter=True)
        .join(
            figure,
            (col(figure.nis_code) == GovernmentRow.nis_code)
            & (col(figure.project_year) == latest_year.c.year),
            isouter=True,
        )
        .order_by(col(GovernmentRow.name))
    )
    if not include_former:
        query = query.where(col(GovernmentRow.valid_to).is_(None))
    with db.session() as session:
        return [
            GovernmentInfo(
                nis_code=g.nis_code,
                name=g.name,
                province=g.province,
                region_code=g.region_code,
                region_name=region_name or "",
                valid_to=g.valid_to,
                merged_into=g.merged_into,
                merged_into_name=successor_name or "",
                latest_figure=None if latest is None else latest.non_eu14,
                latest_figure_year=None if latest is None else latest.project_year,
            )
            for g, region_name, successor_name, latest in session.exec(query)
        ]
