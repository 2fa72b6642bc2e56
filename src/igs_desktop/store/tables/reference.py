"""Reference data shipped with the app: regions, municipalities, mergers, the catalogue, years.

Reference rows are keyed by their official codes (region code, NIS code, project year number),
which are the same in every database. ``shipped`` holds the values of the last release that
loaded the row, so a new release can update what the user left alone and keep what they edited.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from .base import ID_LENGTH, new_id


class Region(SQLModel, table=True):
    __tablename__ = "region"

    code: str = Field(primary_key=True, max_length=10)
    name: str
    provinces: str = ""
    shipped: dict | None = Field(default=None, sa_column=Column(JSON))


class GovernmentRow(SQLModel, table=True):
    """A local government (municipality or city), current or merged away."""

    __tablename__ = "government"

    nis_code: str = Field(primary_key=True, max_length=5)
    name: str = Field(index=True)
    province: str = ""
    region_code: str | None = Field(default=None, foreign_key="region.code", index=True)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    merged_into: str | None = Field(default=None, max_length=5)
    region_basis: str = ""
    shipped: dict | None = Field(default=None, sa_column=Column(JSON))


class Merger(SQLModel, table=True):
    __tablename__ = "merger"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    effective_date: dt.date
    old_nis_code: str = Field(max_length=5, index=True)
    old_name: str
    new_nis_code: str = Field(max_length=5, index=True)
    new_name: str
    source: str = ""


class ProjectYearRow(SQLModel, table=True):
    __tablename__ = "project_year"

    number: int = Field(primary_key=True)
    period_start: dt.date
    period_end: dt.date
    submission_opens: dt.date | None = None
    submission_deadline: dt.datetime | None = None
    decision: dt.date | None = None
    interim_kpi_deadline: dt.date | None = None
    final_kpi_deadline: dt.date | None = None
    budget_granted_cents: int | None = None
    population_criterion: str = ""
    shipped: dict | None = Field(default=None, sa_column=Column(JSON))


class Objective(SQLModel, table=True):
    __tablename__ = "objective"

    number: int = Field(primary_key=True)
    name: str
    form_heading: str = ""
    shipped: dict | None = Field(default=None, sa_column=Column(JSON))


class CatalogueAction(SQLModel, table=True):
    """An action of the catalogue. ``number`` is certain only where a source gives it."""

    __tablename__ = "catalogue_action"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    catalogue_key: str = Field(unique=True, max_length=40)  # stable key of the shipped row
    objective_number: int = Field(foreign_key="objective.number", index=True)
    position: int = 0
    number: str = Field(max_length=10, index=True)
    number_certain: bool = False
    title: str
    remarks: str = ""  # e.g. other wordings of the action found in the sources
    financing: str = ""
    supported: bool = False  # thematic support by the agency
    supported_source: str = ""
    sources: str = ""
    shipped: dict | None = Field(default=None, sa_column=Column(JSON))


class CatalogueKpi(SQLModel, table=True):
    """A KPI of a catalogue action; some actions have several (sub-KPIs)."""

    __tablename__ = "catalogue_kpi"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    catalogue_key: str = Field(unique=True, max_length=40)
    action_id: str = Field(foreign_key="catalogue_action.id", index=True, ondelete="CASCADE")
    position: int = 0
    label: str = ""
    unit: str = ""
    eur_per_unit_cents: int | None = None  # Flemish contribution per KPI unit, project year 1
    max_units_per_applicant: int | None = None  # project year 1
    shipped: dict | None = Field(default=None, sa_column=Column(JSON))


class PopulationFigure(SQLModel, table=True):
    """Inhabitants of non-EU14 origin (non-EU15 in year 1) of a government for a project year."""

    __tablename__ = "population_figure"
    __table_args__ = (UniqueConstraint("nis_code", "project_year"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    nis_code: str = Field(foreign_key="government.nis_code", index=True)
    project_year: int = Field(foreign_key="project_year.number")
    non_eu14: int
    source: str
    fictitious: bool = False  # demo figures say so everywhere
    recorded_at: dt.datetime | None = None
