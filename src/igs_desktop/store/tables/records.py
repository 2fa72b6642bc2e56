"""What the app remembers about itself: settings, the change log, produced reports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Column, Index
from sqlmodel import Field, SQLModel

from .base import ID_LENGTH, new_id, utcnow


class AppMeta(SQLModel, table=True):
    """Key/value facts about this database (reference data version, demo flag, ...)."""

    __tablename__ = "app_meta"

    key: str = Field(primary_key=True, max_length=80)
    value: str = ""


class ChangeLogEntry(SQLModel, table=True):
    """Who changed what and when; one row per changed field.

    The same table on a laptop and on the team server is how changes travel (docs/architecture.md,
    "Team synchronisation"): ``origin`` is the laptop that made the change, ``record_version``
    counts the changes of one record on that laptop, ``server_seq`` is the order in which the
    server received it, and ``sync_state`` says on a laptop whether it still has to be sent.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity_entity_id", "entity", "entity_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    changed_at: dt.datetime = Field(default_factory=utcnow, index=True)
    changed_by: str = ""
    operation: str  # create | update | delete
    entity: str  # table name
    entity_id: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    partnership_id: str | None = Field(default=None, index=True)
    summary: str = ""
    origin: str = Field(default="", max_length=ID_LENGTH)
    record_version: int = 0
    server_seq: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))
    sync_state: str = Field(default="", max_length=12)
    base_seq: int | None = Field(default=None, sa_column=Column(BigInteger))


class ReportRecordRow(SQLModel, table=True):
    """A report that was produced, so a later report can say what changed since."""

    __tablename__ = "report_record"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    kind: str  # plan | advice | follow-up | portfolio
    subject_id: str | None = Field(default=None, index=True)
    project_year: int | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    file_path: str = ""
    produced_at: dt.datetime = Field(default_factory=utcnow)
    data_hash: str = Field(default="", max_length=64)
