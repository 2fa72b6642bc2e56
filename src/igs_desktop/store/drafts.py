"""Drafts of the note editor: what is typed, committed within a second, kept until saved.

Drafts are not edits of the user's records: they bypass the change log and the undo stack (an
autosave every second would flood both). Each save is its own small transaction; in WAL mode
a committed transaction survives the app being killed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlmodel import col, select

from .database import Database
from .tables import new_id, table_of, utcnow
from .tables.work import NoteDraft

DRAFTS = table_of(NoteDraft)


@dataclass(frozen=True)
class DraftRecord:
    id: str
    note_id: str | None  # None: a new note
    title: str
    body: str
    details: dict[str, Any]
    saved_at: dt.datetime


def save_draft(
    db: Database,
    title: str,
    body: str,
    details: dict[str, Any] | None = None,
    note_id: str | None = None,
    draft_id: str | None = None,
) -> str:
    """Write the editor's content; ``draft_id`` of an earlier save updates that draft.
    Returns the draft's id."""
    values = {
        "note_id": note_id,
        "title": title,
        "body": body,
        "details": json.loads(json.dumps(details or {}, default=_jsonable)),
        "saved_at": utcnow(),
    }
    with db.engine.begin() as conn:
        if draft_id:
            updated = conn.execute(
                sa.update(DRAFTS).where(DRAFTS.c.id == draft_id).values(**values)
            ).rowcount
            if updated:
                return draft_id
        new = draft_id or new_id()
        conn.execute(sa.insert(DRAFTS).values(id=new, **values))
    return new


def _jsonable(value: object) -> str:
    """Dates and other values the editor may hold, as text (JSON has no dates)."""
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else str(value)


def _record(d: NoteDraft) -> DraftRecord:
    return DraftRecord(d.id, d.note_id, d.title, d.body, dict(d.details or {}), d.saved_at)


def draft(db: Database, draft_id: str) -> DraftRecord | None:
    with db.session() as session:
        found = session.get(NoteDraft, draft_id)
        return _record(found) if found else None


def drafts(db: Database, note_id: str | None = None) -> list[DraftRecord]:
    """All drafts (to offer after a crash), or those of one note; newest first."""
    query = select(NoteDraft).order_by(col(NoteDraft.saved_at).desc())
    if note_id:
        query = query.where(NoteDraft.note_id == note_id)
    with db.session() as session:
        return [_record(d) for d in session.exec(query)]


def delete_draft(db: Database, draft_id: str) -> bool:
    with db.engine.begin() as conn:
        return bool(conn.execute(sa.delete(DRAFTS).where(DRAFTS.c.id == draft_id)).rowcount)


def delete_drafts_in(conn: Connection, draft_id: str | None, note_id: str | None) -> None:
    """Inside the transaction that saves a note: drop the draft it came from and the note's
    other drafts, since the saved note now holds the text."""
    if draft_id:
        conn.execute(sa.delete(DRAFTS).where(DRAFTS.c.id == draft_id))
    if note_id:
        conn.execute(sa.delete(DRAFTS).where(DRAFTS.c.note_id == note_id))
