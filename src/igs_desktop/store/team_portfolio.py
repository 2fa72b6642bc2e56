"""Reads for whose portfolio a partnership is in a team (``services.team_portfolio``).

``team_contact_id`` is the user's support contact on the team server (app_meta
``sync.contact_id``, set at the first synchronisation): None when the laptop is not in a team.
"""

from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy import Connection

from .editing import table
from .sync.local import CONTACT_ID


def team_contact_id(conn: Connection) -> str | None:
    """The user's contact id in the team; None: no team (never synchronised)."""
    meta = table("app_meta")
    found = conn.execute(sa.select(meta.c.value).where(meta.c.key == CONTACT_ID)).scalar()
    return found or None


def user_contact_id(conn: Connection) -> str | None:
    """The support contact of the app's user (``is_user``; the oldest if there were more)."""
    c = table("support_contact")
    return conn.execute(
        sa.select(c.c.id).where(c.c.is_user.is_(True)).order_by(c.c.created_at, c.c.id).limit(1)
    ).scalar()


def holders(conn: Connection, partnership_ids: Collection[str]) -> dict[str, str | None]:
    """The support contact of each of these partnerships (those that exist), in one query."""
    p = table("partnership")
    wanted = list(partnership_ids)
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = sa.select(p.c.id, p.c.support_contact_id).where(p.c.id.in_(chunk))
        found.update((pid, holder) for pid, holder in conn.execute(query))
    return found


def holder_of(conn: Connection, partnership_id: str) -> tuple[bool, str | None, str]:
    """Whether the partnership exists, its support contact's id and name ('' when nobody or
    a contact not on this laptop), in one query."""
    p, c = table("partnership"), table("support_contact")
    found = conn.execute(
        sa.select(p.c.support_contact_id, c.c.name)
        .select_from(p.outerjoin(c, c.c.id == p.c.support_contact_id))
        .where(p.c.id == partnership_id)
    ).first()
    if found is None:
        return False, None, ""
    return True, found[0], found[1] or ""


def contact_name(conn: Connection, contact_id: str) -> str:
    """A support contact's name; '' when it is not on this laptop."""
    c = table("support_contact")
    return conn.execute(sa.select(c.c.name).where(c.c.id == contact_id)).scalar() or ""
