"""The app's user (the support contact working on this laptop) and database-wide flags."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from .database import Database
from .tables import AppMeta, SupportContact


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    email: str


def user_profile(db: Database) -> Profile | None:
    with db.session() as session:
        row = session.exec(
            select(SupportContact).where(SupportContact.is_user == True)  # noqa: E712
        ).first()
        return Profile(row.id, row.name, row.email) if row else None


def meta_value(db: Database, key: str) -> str | None:
    with db.session() as session:
        row = session.get(AppMeta, key)
        return row.value if row else None
