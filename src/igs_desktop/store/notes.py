"""Notes, knowledge sessions and follow-ups, read as plain rows; and the erasure of a note.

Reads gather a note with its tags, linked governments, partnership, action and attachments in
a few set-based queries, so lists of thousands of notes stay quick.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from ..domain.work import FollowUpStatus, follow_up_overdue
from .database import Database
from .engine import WRITE_OPTION
from .tables import (
    Attachment,
    CatalogueAction,
    ChangeLogEntry,
    FollowUp,
    GovernmentRow,
    KnowledgeSession,
    KnowledgeSessionParticipant,
    MembershipRow,
    Note,
    NoteGovernment,
    NoteTag,
    PartnershipRow,
    new_id,
    table_of,
    utcnow,
)
from .tables.work import NoteDraft

TAG_LENGTH = 80
UNTAGGED = ""  # the memo view's group of notes without tags


def normalise_tag(tag: str) -> str:
    """One spelling per tag: NFC, lower case, single spaces, no leading '#', at most 80."""
    text = unicodedata.normalize("NFC", tag).replace("\u00a0", " ")
    text = " ".join(text.split()).lstrip("#").strip().lower()
    return text[:TAG_LENGTH].rstrip()


def parse_tags(tags: str | Iterable[str]) -> tuple[str, ...]:
    """Tags from a list or from text separated by commas, semicolons or new lines; normalised,
    without duplicates, in the order given."""
    if isinstance(tags, str):
        tags = tags.replace(";", ",").replace("\n", ",").split(",")
    seen: dict[str, None] = {}
    for tag in tags:
        normal = normalise_tag(tag)
        if normal:
            seen.setdefault(normal, None)
    return tuple(seen)


@dataclass(frozen=True)
class LinkedGovernment:
    nis_code: str
    name: str


@dataclass(frozen=True)
class AttachmentRecord:
    id: str
    note_id: str
    file_name: str
    sha256: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class NoteRecord:
    """A note with everything linked to it."""

    id: str
    kind: str
    noted_on: dt.date
    title: str
    body: str
    tags: tuple[str, ...]
    partnership_id: str | None
    partnership_name: str
    governments: tuple[LinkedGovernment, ...]
    action_id: str | None
    action_label: str  # "actie 5 Taalstimulering ..." or ""
    knowledge_session_id: str | None
    include_in_reports: bool
    personal_data: bool
    erased_at: dt.datetime | None
    attachments: tuple[AttachmentRecord, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    shared_with_team: bool = False  # personal data shared with the team (issue 15)

    @property
    def erased(self) -> bool:
        return self.erased_at is not None


@dataclass(frozen=True)
class TagGroup:
    tag: str  # UNTAGGED for notes without tags
    notes: tuple[NoteRecord, ...]


def _action_label(action: CatalogueAction | None) -> str:
    return f"actie {action.number} {action.title}" if action else ""


def _notes(
    session: Session, *where: ColumnElement[bool], limit: int | None = None
) -> list[NoteRecord]:
    """Notes matching ``where``, newest first, with their links."""
    query = (
        select(Note, PartnershipRow.name, CatalogueAction)
        .join(PartnershipRow, col(PartnershipRow.id) == Note.partnership_id, isouter=True)
        .join(CatalogueAction, col(CatalogueAction.id) == Note.action_id, isouter=True)
        .where(*where)
        .order_by(col(Note.noted_on).desc(), col(Note.created_at).desc())
        .limit(limit)
    )
    found = session.exec(query).all()
    ids = [n.id for n, _name, _action in found]
    tags: dict[str, list[str]] = defaultdict(list)
    governments: dict[str, list[LinkedGovernment]] = defaultdict(list)
    attachments: dict[str, list[AttachmentRecord]] = defaultdict(list)
    for chunk in _chunks(ids):
        for t in session.exec(
            select(NoteTag).where(col(NoteTag.note_id).in_(chunk)).order_by(NoteTag.tag)
        ):
            tags[t.note_id].append(t.tag)
        for link, name in session.exec(
            select(NoteGovernment, GovernmentRow.name)
            .join(GovernmentRow, col(GovernmentRow.nis_code) == NoteGovernment.nis_code)
            .where(col(NoteGovernment.note_id).in_(chunk))
            .order_by(GovernmentRow.name)
        ):
            governments[link.note_id].append(LinkedGovernment(link.nis_code, name))
        for a in session.exec(
            select(Attachment)
            .where(col(Attachment.note_id).in_(chunk))
            .order_by(col(Attachment.added_at))
        ):
            attachments[a.note_id].append(
                AttachmentRecord(a.id, a.note_id, a.file_name, a.sha256, a.size, a.added_at)
            )
    return [
        NoteRecord(
            id=n.id,
            kind=n.kind,
            noted_on=n.noted_on,
            title=n.title,
            body=n.body,
            tags=tuple(tags[n.id]),
            partnership_id=n.partnership_id,
            partnership_name=name or "",
            governments=tuple(governments[n.id]),
            action_id=n.action_id,
            action_label=_action_label(action),
            knowledge_session_id=n.knowledge_session_id,
            include_in_reports=n.include_in_reports,
            personal_data=n.personal_data,
            erased_at=n.erased_at,
            attachments=tuple(attachments[n.id]),
            created_at=n.created_at,
            updated_at=n.updated_at,
            shared_with_team=n.shared_with_team,
        )
        for n, name, action in found
    ]


def _chunks(ids: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def note(db: Database, note_id: str) -> NoteRecord | None:
    with db.session() as session:
        found = _notes(session, col(Note.id) == note_id)
    return found[0] if found else None


def notes_by_id(db: Database, note_ids: Sequence[str]) -> dict[str, NoteRecord]:
    with db.session() as session:
        return {
            n.id: n
            for chunk in _chunks(list(note_ids))
            for n in _notes(session, col(Note.id).in_(chunk))
        }


def notes_of_partnership(db: Database, partnership_id: str) -> list[NoteRecord]:
    """The partnership's notes, newest first."""
    with db.session() as session:
        return _notes(session, col(Note.partnership_id) == partnership_id)


def notes_of_government(db: Database, nis_code: str) -> list[NoteRecord]:
    """The notes linked to a government, newest first."""
    linked = select(NoteGovernment.note_id).where(NoteGovernment.nis_code == nis_code)
    with db.session() as session:
        return _notes(session, col(Note.id).in_(linked))


def notes_of_session(db: Database, session_id: str) -> list[NoteRecord]:
    with db.session() as session:
        return _notes(session, col(Note.knowledge_session_id) == session_id)


def recent_notes(db: Database, limit: int = 200) -> list[NoteRecord]:
    with db.session() as session:
        return _notes(session, limit=limit)


def memo_by_tag(db: Database, partnership_id: str | None = None) -> list[TagGroup]:
    """Every note (or a partnership's) under each of its tags; untagged notes last."""
    where = [col(Note.partnership_id) == partnership_id] if partnership_id else []
    with db.session() as session:
        records = _notes(session, *where)
    groups: dict[str, list[NoteRecord]] = defaultdict(list)
    for record in records:
        for tag in record.tags or (UNTAGGED,):
            groups[tag].append(record)
    order = sorted(groups, key=lambda tag: (tag == UNTAGGED, tag))
    return [TagGroup(tag, tuple(groups[tag])) for tag in order]


def all_tags(db: Database) -> list[tuple[str, int]]:
    """Every tag in use with its number of notes, most used first (for completion)."""
    with db.session() as session:
        rows = session.exec(
            select(NoteTag.tag, sa.func.count())
            .group_by(NoteTag.tag)
            .order_by(sa.func.count().desc(), NoteTag.tag)
        ).all()
    return [(tag, count) for tag, count in rows]


# --- knowledge sessions ---------------------------------------------------------------


@dataclass(frozen=True)
class KnowledgeSessionRecord:
    id: str
    held_on: dt.date
    topic: str
    partnership_id: str | None
    partnership_name: str
    shared: str
    agreements: str
    participants: tuple[LinkedGovernment, ...]
    note_ids: tuple[str, ...]


def knowledge_sessions(
    db: Database,
    partnership_id: str | None = None,
    nis_code: str | None = None,
    session_id: str | None = None,
) -> list[KnowledgeSessionRecord]:
    """Knowledge sessions, newest first: all, a partnership's, a government's, or one."""
    query = select(KnowledgeSession, PartnershipRow.name).join(
        PartnershipRow, col(PartnershipRow.id) == KnowledgeSession.partnership_id, isouter=True
    )
    if partnership_id:
        query = query.where(KnowledgeSession.partnership_id == partnership_id)
    if session_id:
        query = query.where(KnowledgeSession.id == session_id)
    if nis_code:
        query = query.where(
            col(KnowledgeSession.id).in_(
                select(KnowledgeSessionParticipant.session_id).where(
                    KnowledgeSessionParticipant.nis_code == nis_code
                )
            )
        )
    query = query.order_by(col(KnowledgeSession.held_on).desc())
    with db.session() as session:
        found = session.exec(query).all()
        ids = [k.id for k, _name in found]
        participants: dict[str, list[LinkedGovernment]] = defaultdict(list)
        notes: dict[str, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            for p, name in session.exec(
                select(KnowledgeSessionParticipant, GovernmentRow.name)
                .join(
                    GovernmentRow,
                    col(GovernmentRow.nis_code) == KnowledgeSessionParticipant.nis_code,
                )
                .where(col(KnowledgeSessionParticipant.session_id).in_(chunk))
                .order_by(GovernmentRow.name)
            ):
                participants[p.session_id].append(LinkedGovernment(p.nis_code, name))
            for note_id, sid in session.exec(
                select(Note.id, Note.knowledge_session_id)
                .where(col(Note.knowledge_session_id).in_(chunk))
                .order_by(col(Note.noted_on).desc())
            ):
                notes[str(sid)].append(note_id)
    return [
        KnowledgeSessionRecord(
            k.id,
            k.held_on,
            k.topic,
            k.partnership_id,
            name or "",
            k.shared,
            k.agreements,
            tuple(participants[k.id]),
            tuple(notes[k.id]),
        )
        for k, name in found
    ]


# --- follow-ups -----------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpRecord:
    id: str
    title: str
    due_date: dt.date | None
    status: str  # open | klaar
    partnership_id: str | None
    partnership_name: str
    partnership_action_id: str | None
    support_track_id: str | None
    done_at: dt.datetime | None

    def overdue(self, today: dt.date) -> bool:
        return follow_up_overdue(self.due_date, self.status, today)


def follow_ups(
    db: Database,
    partnership_id: str | None = None,
    status: str | None = None,
    overdue_on: dt.date | None = None,
) -> list[FollowUpRecord]:
    """Follow-ups, soonest due first (those without a date last); ``overdue_on`` keeps the
    open ones whose due date lies before that day."""
    query = select(FollowUp, PartnershipRow.name).join(
        PartnershipRow, col(PartnershipRow.id) == FollowUp.partnership_id, isouter=True
    )
    if partnership_id:
        query = query.where(FollowUp.partnership_id == partnership_id)
    if status:
        query = query.where(FollowUp.status == status)
    if overdue_on:
        # the SQL form of domain.work.follow_up_overdue
        query = query.where(
            FollowUp.status == FollowUpStatus.OPEN, col(FollowUp.due_date) < overdue_on
        )
    query = query.order_by(
        col(FollowUp.due_date).is_(None), col(FollowUp.due_date), col(FollowUp.created_at)
    )
    with db.session() as session:
        return [
            FollowUpRecord(
                f.id,
                f.title,
                f.due_date,
                f.status,
                f.partnership_id,
                name or "",
                f.partnership_action_id,
                f.support_track_id,
                f.done_at,
            )
            for f, name in session.exec(query)
        ]


def overdue_follow_ups(db: Database, today: dt.date) -> list[FollowUpRecord]:
    return follow_ups(db, overdue_on=today)


# --- one government, for the privacy export ---------------------------------------------


def memberships_of_government(db: Database, nis_code: str) -> list[dict[str, object]]:
    with db.session() as session:
        return [
            {
                "partnership_id": m.partnership_id,
                "partnership": name,
                "joined_year": m.joined_year,
                "joined_on": m.joined_on,
                "left_year": m.left_year,
                "left_on": m.left_on,
                "transfer_arrangement": m.transfer_arrangement,
            }
            for m, name in session.exec(
                select(MembershipRow, PartnershipRow.name)
                .join(PartnershipRow, col(PartnershipRow.id) == MembershipRow.partnership_id)
                .where(MembershipRow.nis_code == nis_code)
                .order_by(col(MembershipRow.joined_year))
            )
        ]


def personal_note_ids(db: Database, nis_code: str | None = None) -> list[str]:
    """Notes marked as holding personal data and not erased yet (of one government)."""
    query = select(Note.id).where(Note.personal_data == True, col(Note.erased_at).is_(None))  # noqa: E712
    if nis_code:
        query = query.where(
            col(Note.id).in_(
                select(NoteGovernment.note_id).where(NoteGovernment.nis_code == nis_code)
            )
        )
    with db.session() as session:
        return list(session.exec(query))


# --- erasing personal content -----------------------------------------------------------

ERASED_TITLE = "[gewist]"
ERASED_SUMMARY = "Persoonsgegevens gewist"


@dataclass(frozen=True)
class Erased:
    """What ``erase_notes`` did."""

    notes: int
    attachments: int  # attachment rows removed
    hashes: frozenset[str]  # files the notes used, now or before (for the caller to delete)


def _past_hashes(conn: sa.Connection, where: ColumnElement[bool]) -> set[str]:
    """SHA-256 of attachments the change log remembers (also of ones removed since)."""
    log = table_of(ChangeLogEntry)
    found: set[str] = set()
    for old, new in conn.execute(sa.select(log.c.old_value, log.c.new_value).where(where)):
        for value in (old, new):
            try:
                sha = json.loads(value or "{}").get("sha256")
            except (ValueError, AttributeError):
                continue
            if isinstance(sha, str):
                found.add(sha)
    return found


def _scrub_change_log(conn: sa.Connection, note_id: str) -> set[str]:
    """Drop the values the change log kept of a note, its tags, links and attachments: they
    would otherwise keep the personal content the erasure removes. Returns the hashes of the
    attachments it mentioned."""
    log = table_of(ChangeLogEntry)
    prefix = sa.literal(note_id + "/")
    starts_with_note = sa.func.substr(log.c.entity_id, 1, len(note_id) + 1) == prefix
    linked = sa.and_(log.c.entity.in_(("note_tag", "note_government")), starts_with_note)
    attached = sa.and_(
        log.c.entity == "attachment",
        sa.or_(
            sa.func.instr(sa.func.coalesce(log.c.old_value, ""), note_id) > 0,
            sa.func.instr(sa.func.coalesce(log.c.new_value, ""), note_id) > 0,
        ),
    )
    own = sa.and_(log.c.entity == "note", log.c.entity_id == note_id)
    hashes = _past_hashes(conn, attached)
    conn.execute(
        sa.update(log)
        .where(sa.or_(own, linked, attached))
        .values(old_value=None, new_value=None, summary=ERASED_SUMMARY)
    )
    conn.execute(  # a tag's key holds the tag itself
        sa.update(log)
        .where(log.c.entity == "note_tag", starts_with_note)
        .values(entity_id=f"{note_id}/{ERASED_TITLE}", field="")
    )
    return hashes


def forget_content(conn: sa.Connection, note_id: str) -> set[str]:
    """Drop a note's tags and drafts and the values the change log kept of it (also when the
    erasure was made on a colleague's laptop and arrives by synchronisation). Returns the
    hashes of the attachments the log mentioned."""
    for child in (table_of(NoteTag), table_of(NoteDraft)):
        conn.execute(sa.delete(child).where(child.c.note_id == note_id))
    return _scrub_change_log(conn, note_id)


def _erase_one(conn: sa.Connection, note_id: str, actor: str, now: dt.datetime) -> Erased:
    note_table, attachment = table_of(Note), table_of(Attachment)
    found = conn.execute(
        sa.select(note_table.c.partnership_id).where(note_table.c.id == note_id)
    ).first()
    if found is None:
        return Erased(0, 0, frozenset())
    current = set(
        conn.execute(sa.select(attachment.c.sha256).where(attachment.c.note_id == note_id))
        .scalars()
        .all()
    )
    removed = conn.execute(sa.delete(attachment).where(attachment.c.note_id == note_id)).rowcount
    conn.execute(
        sa.update(note_table)
        .where(note_table.c.id == note_id)
        .values(
            title=ERASED_TITLE, body="", include_in_reports=False, erased_at=now, updated_at=now
        )
    )
    past = forget_content(conn, note_id)
    conn.execute(
        sa.insert(table_of(ChangeLogEntry)).values(
            id=new_id(),
            changed_at=now,
            changed_by=actor,
            operation="erase",
            entity="note",
            entity_id=note_id,
            field="",
            partnership_id=found.partnership_id,
            summary=ERASED_SUMMARY,
        )
    )
    return Erased(1, removed, frozenset(current | past))


def erase_notes(db: Database, note_ids: Sequence[str], actor: str) -> Erased:
    """Erase the personal content of notes and keep that they existed.

    The title becomes "[gewist]"; text, tags, drafts and attachments go; so do the values the
    change log kept of them; an ``erase`` entry records who erased when. Freed pages are
    overwritten (``secure_delete``), the search index is merged so no old word stays in it,
    and the write-ahead log is emptied. Not undoable, on purpose.
    """
    now = utcnow()
    total = Erased(0, 0, frozenset())
    # A write transaction (BEGIN IMMEDIATE): it waits for another writer up to the busy
    # timeout instead of failing halfway with "database is locked".
    with db.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            for note_id in note_ids:
                one = _erase_one(conn, note_id, actor, now)
                total = Erased(
                    total.notes + one.notes,
                    total.attachments + one.attachments,
                    total.hashes | one.hashes,
                )
            # Merge the index's segments, so no deleted word stays behind in them.
            conn.exec_driver_sql("INSERT INTO note_search (note_search) VALUES ('optimize')")
            conn.commit()
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA secure_delete = OFF")
            conn.commit()
    # Empty the write-ahead log, where the erased pages still are: outside a write transaction.
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
    return total
