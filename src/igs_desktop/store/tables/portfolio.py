"""The support contact's portfolio: contacts, partnerships, members, actions and money."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from .base import ID_LENGTH, new_id, utcnow


class SupportContact(SQLModel, table=True):
    """A vaste ondersteuner: the app's user (``is_user``) or a colleague."""

    __tablename__ = "support_contact"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    name: str
    email: str = ""
    is_user: bool = False
    server_role: str = Field(default="", max_length=63)  # PostgreSQL role on the team server
    created_at: dt.datetime = Field(default_factory=utcnow)


class PartnershipRow(SQLModel, table=True):
    """An applicant: an intermunicipal partnership, or a single government (one member)."""

    __tablename__ = "partnership"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    name: str = Field(index=True)
    submitter_nis: str | None = Field(default=None, foreign_key="government.nis_code")
    formed_year: int = Field(foreign_key="project_year.number")
    kpi: str = ""
    status: str = "actief"
    notes: str = ""
    support_contact_id: str | None = Field(
        default=None, foreign_key="support_contact.id", index=True, ondelete="SET NULL"
    )
    is_demo: bool = False
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class MembershipRow(SQLModel, table=True):
    """A government's membership of a partnership, with when it joined and left."""

    __tablename__ = "membership"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    nis_code: str = Field(foreign_key="government.nis_code", index=True)
    joined_year: int = Field(foreign_key="project_year.number")
    joined_on: dt.date | None = None
    left_year: int | None = Field(default=None, foreign_key="project_year.number")
    left_on: dt.date | None = None
    transfer_arrangement: str = ""


class PartnershipAction(SQLModel, table=True):
    """A catalogue action a partnership works on, with its subsidy."""

    __tablename__ = "partnership_action"
    __table_args__ = (UniqueConstraint("partnership_id", "action_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    action_id: str = Field(foreign_key="catalogue_action.id", index=True)
    subsidy_cents: int | None = None
    notes: str = ""


class KpiValue(SQLModel, table=True):
    """KPI target and reported actuals (interim, year end) of an action in a project year."""

    __tablename__ = "kpi_value"
    __table_args__ = (UniqueConstraint("partnership_action_id", "kpi_id", "project_year"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_action_id: str = Field(
        foreign_key="partnership_action.id", index=True, ondelete="CASCADE"
    )
    kpi_id: str | None = Field(default=None, foreign_key="catalogue_kpi.id")
    project_year: int = Field(foreign_key="project_year.number")
    target: int | None = None
    interim_actual: int | None = None
    final_actual: int | None = None


class SubsidyRow(SQLModel, table=True):
    """A subsidy granted to the partnership (through its submitter) for a project year."""

    __tablename__ = "subsidy"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    project_year: int = Field(foreign_key="project_year.number")
    amount_cents: int
    decided_on: dt.date | None = None
    description: str = ""


class TransferRow(SQLModel, table=True):
    """Money the submitter passes on to a partner (doorstorting)."""

    __tablename__ = "transfer"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    to_nis: str = Field(foreign_key="government.nis_code")
    project_year: int = Field(foreign_key="project_year.number")
    amount_cents: int
    paid_on: dt.date | None = None
    description: str = ""


class StimulusGrant(SQLModel, table=True):
    """The cooperation stimulus ('samenwerking') received for a project year."""

    __tablename__ = "stimulus_grant"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    project_year: int = Field(foreign_key="project_year.number")
    amount_cents: int = 1_000_000
    granted_on: dt.date | None = None
    notes: str = ""


class NewMemberAction(SQLModel, table=True):
    """An action the partnership rolls out with the members that joined in a project year."""

    __tablename__ = "new_member_action"
    __table_args__ = (UniqueConstraint("partnership_id", "project_year", "action_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    project_year: int = Field(foreign_key="project_year.number")
    action_id: str = Field(foreign_key="catalogue_action.id")
