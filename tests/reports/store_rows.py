"""Notes, knowledge sessions and follow-ups put straight into a test database (no service
writes them yet)."""

from __future__ import annotations

import datetime as dt

from igs_desktop.store.database import Database
from igs_desktop.store.tables import FollowUp, KnowledgeSession, KnowledgeSessionParticipant, Note


def add_note(
    db: Database,
    partnership_id: str,
    title: str,
    noted_on: dt.date,
    body: str = "",
    for_reports: bool = True,
) -> None:
    with db.session() as session:
        session.add(
            Note(
                partnership_id=partnership_id,
                title=title,
                noted_on=noted_on,
                body=body,
                include_in_reports=for_reports,
            )
        )
        session.commit()


def add_session(
    db: Database, partnership_id: str, topic: str, held_on: dt.date, nis_codes: tuple[str, ...]
) -> None:
    with db.session() as session:
        row = KnowledgeSession(partnership_id=partnership_id, topic=topic, held_on=held_on)
        session.add(row)
        session.flush()
        for nis in nis_codes:
            session.add(KnowledgeSessionParticipant(session_id=row.id, nis_code=nis))
        session.commit()


def add_follow_up(db: Database, partnership_id: str, title: str, due: dt.date | None) -> None:
    with db.session() as session:
        session.add(FollowUp(partnership_id=partnership_id, title=title, due_date=due))
        session.commit()
