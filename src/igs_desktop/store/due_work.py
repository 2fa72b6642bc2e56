"""Follow-ups and support tracks that have a due date, with their partnership and action.

For the calendar export: every dated item, done or not (``domain.work`` decides which are
still open), named well enough to stand on its own in someone's agenda.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from .database import Database
from .tables import CatalogueAction, FollowUp, PartnershipAction, PartnershipRow, SupportTrack


@dataclass(frozen=True)
class DueWorkRecord:
    """A dated follow-up (``kind`` "opvolging") or support track (``kind`` "traject")."""

    kind: str
    id: str
    title: str  # the follow-up's title, or the track's next step (may be empty)
    due_date: dt.date
    status: str
    partnership_id: str | None
    partnership_name: str
    action_number: str = ""
    action_title: str = ""
    theme: str = ""
    phase: str = ""


FOLLOW_UP = "opvolging"
TRACK = "traject"


def dated_tracks(db: Database) -> list[DueWorkRecord]:
    """Every support track with a due date, soonest first."""
    query = (
        select(SupportTrack, PartnershipRow.name, CatalogueAction.number, CatalogueAction.title)
        .join(PartnershipRow, col(PartnershipRow.id) == SupportTrack.partnership_id)
        .join(CatalogueAction, col(CatalogueAction.id) == SupportTrack.action_id)
        .where(col(SupportTrack.due_date).is_not(None))
        .order_by(col(SupportTrack.due_date), col(SupportTrack.created_at))
    )
    with db.session() as session:
        return [
            DueWorkRecord(
                TRACK,
                t.id,
                t.next_step,
                t.due_date,
                t.status,
                t.partnership_id,
                name,
                number,
                title,
                t.theme,
                t.phase,
            )
            for t, name, number, title in session.exec(query)
            if t.due_date is not None
        ]


def dated_follow_ups(db: Database) -> list[DueWorkRecord]:
    """Every follow-up with a due date, soonest first, with the action it is about: its own
    (through the partnership's action) or its support track's."""
    query = (
        select(FollowUp, PartnershipRow.name)
        .join(PartnershipRow, col(PartnershipRow.id) == FollowUp.partnership_id, isouter=True)
        .where(col(FollowUp.due_date).is_not(None))
        .order_by(col(FollowUp.due_date), col(FollowUp.created_at))
    )
    with db.session() as session:
        found = list(session.exec(query))
        own = {
            pa_id: (number, title)
            for pa_id, number, title in session.exec(
                select(PartnershipAction.id, CatalogueAction.number, CatalogueAction.title).join(
                    CatalogueAction, col(CatalogueAction.id) == PartnershipAction.action_id
                )
            )
        }
        tracked = {
            track_id: (number, title)
            for track_id, number, title in session.exec(
                select(SupportTrack.id, CatalogueAction.number, CatalogueAction.title).join(
                    CatalogueAction, col(CatalogueAction.id) == SupportTrack.action_id
                )
            )
        }
    records = []
    for f, name in found:
        if f.due_date is None:
            continue
        number, title = own.get(f.partnership_action_id or "") or tracked.get(
            f.support_track_id or "", ("", "")
        )
        records.append(
            DueWorkRecord(
                FOLLOW_UP,
                f.id,
                f.title,
                f.due_date,
                f.status,
                f.partnership_id,
                name or "",
                number,
                title,
            )
        )
    return records
