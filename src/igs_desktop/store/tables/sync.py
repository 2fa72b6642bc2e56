"""What a laptop remembers of its synchronisations with the team server."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Column
from sqlmodel import Field, SQLModel

from .base import ID_LENGTH, new_id, utcnow


class SyncConflictRow(SQLModel, table=True):
    """The same field of the same record changed here and on the server since the last
    synchronisation. The local value stays in its table and the server's is kept here until
    the user picks one; ``field`` is empty when the whole record was deleted on one side."""

    __tablename__ = "sync_conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    entity: str
    entity_id: str = Field(index=True)
    field: str = ""
    partnership_id: str | None = Field(default=None, index=True)
    local_value: str | None = None
    local_by: str = ""
    local_at: dt.datetime | None = None
    remote_value: str | None = None
    remote_deleted: bool = False
    remote_by: str = ""
    remote_at: dt.datetime | None = None
    remote_origin: str = Field(default="", max_length=ID_LENGTH)
    remote_seq: int | None = Field(default=None, sa_column=Column(BigInteger))
    detected_at: dt.datetime = Field(default_factory=utcnow)
    resolved_at: dt.datetime | None = None
    resolution: str = ""  # mine | theirs
