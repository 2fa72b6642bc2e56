"""The support work itself: thematic support tracks, notes, knowledge sessions, follow-ups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from ...domain.work import FollowUpStatus, TrackStatus
from .base import ID_LENGTH, new_id, utcnow


class SupportTrack(SQLModel, table=True):
    """Thematic support on one action: theme taal/verbinding/participatie, phase, next step."""

    __tablename__ = "support_track"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str = Field(foreign_key="partnership.id", index=True, ondelete="CASCADE")
    action_id: str = Field(foreign_key="catalogue_action.id")
    theme: str  # taal | verbinding | participatie
    phase: str = "uitwerken"  # uitwerken | uitvoeren | opvolgen
    status: str = TrackStatus.RUNNING
    next_step: str = ""
    due_date: dt.date | None = None
    support_contact_id: str | None = Field(
        default=None, foreign_key="support_contact.id", ondelete="SET NULL"
    )
    created_at: dt.datetime = Field(default_factory=utcnow)


class KnowledgeSession(SQLModel, table=True):
    """A knowledge-sharing meeting of partners (bovenlokale kennisdeling)."""

    __tablename__ = "knowledge_session"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    partnership_id: str | None = Field(
        default=None, foreign_key="partnership.id", index=True, ondelete="SET NULL"
    )
    held_on: dt.date
    topic: str
    shared: str = ""
    agreements: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow)


class KnowledgeSessionParticipant(SQLModel, table=True):
    __tablename__ = "knowledge_session_participant"

    session_id: str = Field(
        foreign_key="knowledge_session.id", primary_key=True, ondelete="CASCADE"
    )
    nis_code: str = Field(foreign_key="government.nis_code", primary_key=True)


class Note(SQLModel, table=True):
    """A field research, data research or meeting note."""

    __tablename__ = "note"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    kind: str = "veldonderzoek"
    noted_on: dt.date
    title: str
    body: str = ""
    partnership_id: str | None = Field(
        default=None, foreign_key="partnership.id", index=True, ondelete="SET NULL"
    )
    action_id: str | None = Field(default=None, foreign_key="catalogue_action.id")
    knowledge_session_id: str | None = Field(
        default=None, foreign_key="knowledge_session.id", ondelete="SET NULL"
    )
    include_in_reports: bool = False
    personal_data: bool = False
    shared_with_team: bool = False  # a note with personal data travels only when shared
    owner_contact_id: str | None = Field(default=None, max_length=ID_LENGTH)
    erased_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class NoteTag(SQLModel, table=True):
    __tablename__ = "note_tag"

    note_id: str = Field(foreign_key="note.id", primary_key=True, ondelete="CASCADE")
    tag: str = Field(primary_key=True, max_length=80)


class NoteGovernment(SQLModel, table=True):
    __tablename__ = "note_government"

    note_id: str = Field(foreign_key="note.id", primary_key=True, ondelete="CASCADE")
    nis_code: str = Field(foreign_key="government.nis_code", primary_key=True)


class Attachment(SQLModel, table=True):
    """A file attached to a note, stored in the data folder under its SHA-256."""

    __tablename__ = "attachment"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    note_id: str = Field(foreign_key="note.id", index=True, ondelete="CASCADE")
    file_name: str
    sha256: str = Field(max_length=64, index=True)
    size: int
    added_at: dt.datetime = Field(default_factory=utcnow)


class FollowUp(SQLModel, table=True):
    """A task with a due date on a partnership, an action or a support track."""

    __tablename__ = "follow_up"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    title: str
    due_date: dt.date | None = None
    status: str = FollowUpStatus.OPEN
    partnership_id: str | None = Field(
        default=None, foreign_key="partnership.id", index=True, ondelete="CASCADE"
    )
    partnership_action_id: str | None = Field(
        default=None, foreign_key="partnership_action.id", ondelete="SET NULL"
    )
    support_track_id: str | None = Field(
        default=None, foreign_key="support_track.id", ondelete="SET NULL"
    )
    done_at: dt.datetime | None = None
    created_at: dt.datetime = Field(default_factory=utcnow)


class NoteDraft(SQLModel, table=True):
    """What the note editor holds but has not saved yet, written as the user types.

    A committed row survives the app being killed (WAL), so typed text is never lost; saving
    the note removes its drafts. ``details`` keeps the editor's other fields (kind, date, tags,
    links) as JSON, so a draft can hold half-filled input that would not pass validation.
    """

    __tablename__ = "note_draft"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=ID_LENGTH)
    note_id: str | None = Field(default=None, foreign_key="note.id", index=True, ondelete="CASCADE")
    title: str = ""
    body: str = ""
    details: dict | None = Field(default=None, sa_column=Column(JSON))
    saved_at: dt.datetime = Field(default_factory=utcnow)
