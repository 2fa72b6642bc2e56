"""What the reports read beyond the partnership pages: notes, knowledge sessions, follow-ups,
the project year's deadlines, earlier reports and the change log since one of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import col, select

from ..domain.work import FollowUpStatus
from .database import Database
from .details import HistoryRecord
from .tables import (
    ChangeLogEntry,
    FollowUp,
    GovernmentRow,
    KnowledgeSession,
    KnowledgeSessionParticipant,
    Note,
    PopulationFigure,
    ReportRecordRow,
    SupportContact,
)


@dataclass(frozen=True)
class ReportNoteRecord:
    id: str
    noted_on: dt.date
    title: str
    kind: str
    body: str
    include_in_reports: bool


@dataclass(frozen=True)
class SessionRecord:
    id: str
    held_on: dt.date
    topic: str
    shared: str
    agreements: str
    participants: tuple[str, ...]  # government names


@dataclass(frozen=True)
class ReportFollowUpRecord:
    id: str
    title: str
    due_date: dt.date | None
    status: str


@dataclass(frozen=True)
class ProducedReportRecord:
    id: str
    kind: str
    subject_id: str | None
    project_year: int | None
    period_from: dt.date | None
    period_to: dt.date | None
    file_path: str
    produced_at: dt.datetime
    data_hash: str


@dataclass(frozen=True)
class ChangeRecord(HistoryRecord):
    """A change-log row as a follow-up report lists it."""

    government: str = ""  # for figure changes: whose figure


def notes_of(
    db: Database,
    partnership_id: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    for_reports_only: bool = False,
) -> list[ReportNoteRecord]:
    """The partnership's notes (not erased), oldest first, optionally within a period."""
    query = select(Note).where(Note.partnership_id == partnership_id, col(Note.erased_at).is_(None))
    if date_from is not None:
        query = query.where(Note.noted_on >= date_from)
    if date_to is not None:
        query = query.where(Note.noted_on <= date_to)
    if for_reports_only:
        query = query.where(Note.include_in_reports == True)  # noqa: E712
    with db.session() as session:
        return [
            ReportNoteRecord(n.id, n.noted_on, n.title, n.kind, n.body, n.include_in_reports)
            for n in session.exec(query.order_by(col(Note.noted_on), col(Note.title)))
        ]


def sessions_of(
    db: Database,
    partnership_id: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[SessionRecord]:
    query = select(KnowledgeSession).where(KnowledgeSession.partnership_id == partnership_id)
    if date_from is not None:
        query = query.where(KnowledgeSession.held_on >= date_from)
    if date_to is not None:
        query = query.where(KnowledgeSession.held_on <= date_to)
    with db.session() as session:
        rows = session.exec(query.order_by(col(KnowledgeSession.held_on))).all()
        names: dict[str, list[str]] = {}
        if rows:
            for sid, name in session.exec(
                select(KnowledgeSessionParticipant.session_id, GovernmentRow.name)
                .join(
                    GovernmentRow,
                    col(GovernmentRow.nis_code) == KnowledgeSessionParticipant.nis_code,
                )
                .where(col(KnowledgeSessionParticipant.session_id).in_([r.id for r in rows]))
                .order_by(GovernmentRow.name)
            ):
                names.setdefault(sid, []).append(name)
        return [
            SessionRecord(
                r.id, r.held_on, r.topic, r.shared, r.agreements, tuple(names.get(r.id, []))
            )
            for r in rows
        ]


def open_follow_ups(db: Database, partnership_id: str) -> list[ReportFollowUpRecord]:
    with db.session() as session:
        rows = session.exec(
            select(FollowUp).where(
                FollowUp.partnership_id == partnership_id, FollowUp.status == FollowUpStatus.OPEN
            )
        ).all()
        found = [ReportFollowUpRecord(f.id, f.title, f.due_date, f.status) for f in rows]
    return sorted(found, key=lambda f: (f.due_date is None, f.due_date or dt.date.max, f.title))


def contact_name(db: Database, contact_id: str | None) -> str:
    if contact_id is None:
        return ""
    with db.session() as session:
        row = session.get(SupportContact, contact_id)
        return row.name if row else ""


def _report_row(r: ReportRecordRow) -> ProducedReportRecord:
    return ProducedReportRecord(
        r.id,
        r.kind,
        r.subject_id,
        r.project_year,
        r.period_from,
        r.period_to,
        r.file_path,
        r.produced_at,
        r.data_hash,
    )


def last_report(db: Database, kind: str, subject_id: str | None) -> ProducedReportRecord | None:
    """The most recent report of ``kind`` on ``subject_id``."""
    with db.session() as session:
        row = session.exec(
            select(ReportRecordRow)
            .where(ReportRecordRow.kind == kind, ReportRecordRow.subject_id == subject_id)
            .order_by(col(ReportRecordRow.produced_at).desc())
        ).first()
        return _report_row(row) if row else None


def reports(
    db: Database, subject_id: str | None = None, limit: int = 500
) -> list[ProducedReportRecord]:
    """Produced reports, newest first (all, or those on one subject)."""
    query = select(ReportRecordRow).order_by(col(ReportRecordRow.produced_at).desc()).limit(limit)
    if subject_id is not None:
        query = query.where(ReportRecordRow.subject_id == subject_id)
    with db.session() as session:
        return [_report_row(r) for r in session.exec(query)]


def _change(e: ChangeLogEntry, government: str = "") -> ChangeRecord:
    return ChangeRecord(
        e.changed_at,
        e.changed_by,
        e.operation,
        e.entity,
        e.field,
        e.old_value,
        e.new_value,
        e.summary,
        government,
    )


def changes_since(
    db: Database, partnership_id: str, since: dt.datetime, nis_codes: Collection[str] = ()
) -> list[ChangeRecord]:
    """Change log entries on the partnership after ``since``, and changes to the population
    figures of ``nis_codes`` (those entries belong to no partnership), oldest first."""
    with db.session() as session:
        own = [
            _change(e)
            for e in session.exec(
                select(ChangeLogEntry).where(
                    ChangeLogEntry.partnership_id == partnership_id,
                    ChangeLogEntry.changed_at > since,
                )
            )
        ]
        figures = [
            _change(e, name)
            for e, name in session.exec(
                select(ChangeLogEntry, GovernmentRow.name)
                .join(PopulationFigure, col(PopulationFigure.id) == ChangeLogEntry.entity_id)
                .join(GovernmentRow, col(GovernmentRow.nis_code) == PopulationFigure.nis_code)
                .where(
                    ChangeLogEntry.entity == "population_figure",
                    ChangeLogEntry.changed_at > since,
                    col(PopulationFigure.nis_code).in_(list(nis_codes)),
                )
            )
        ]
    return sorted(own + figures, key=lambda c: c.changed_at)
