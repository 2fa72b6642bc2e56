"""Whose portfolio a partnership is in a team, and the front door's refusal of a colleague's.

After a synchronisation a laptop holds the whole team's partnerships. The rule
(``domain.team.is_users``): in a team the user may change only the partnerships assigned to
them (or to nobody); a colleague's are read-only until the user takes them over (an explicit
action on the server, ``SyncService.take_over``). Without a team nothing changes: every
partnership is the user's.

``EditSession.run`` asks ``refusal_for`` once per user action, before it commits: an action
that touches a colleague's partnership (every edit names the partnership it belongs to) is
refused with a Dutch message naming the colleague, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.team import is_users
from ..store import team_portfolio as store

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ..store.database import Database
    from ..store.editing import Edit

__all__ = [
    "NO_TEAM",
    "HolderRecord",
    "default_contact_id",
    "in_team",
    "may_change",
    "owner_of",
    "read_only_message",
    "refusal_for",
]

COLLEAGUE = "een collega"  # a holder whose contact is not on this laptop


@dataclass(frozen=True)
class HolderRecord:
    """Who holds a partnership: its support contact (id, name) and whether the user may
    change it. ``team``: the laptop is in a team (else ``mine`` is always True)."""

    contact_id: str | None
    name: str
    team: bool
    mine: bool

    @property
    def read_only(self) -> bool:
        return not self.mine

    @property
    def shown_name(self) -> str:
        """The holder's name, or "een collega" when the contact is not known here."""
        return self.name or COLLEAGUE


# The holder as every partnership has it without a team: the user's.
NO_TEAM = HolderRecord(None, "", team=False, mine=True)


def read_only_message(name: str) -> str:
    """Why an edit of a colleague's partnership is refused (Dutch)."""
    return (
        f"Dit samenwerkingsverband hoort bij de portefeuille van {name or COLLEAGUE}: alleen "
        "lezen. Neem het eerst over."
    )


def in_team(db: Database) -> bool:
    """Whether this laptop synchronises with a team (it has a contact on the server)."""
    with db.engine.connect() as conn:
        return store.team_contact_id(conn) is not None


def owner_of(db: Database, partnership_id: str) -> HolderRecord:
    """Who holds the partnership and whether the user may change it (a partnership that does
    not exist is nobody's: the services say so when it is written)."""
    with db.engine.connect() as conn:
        me = store.team_contact_id(conn)
        _found, holder, name = store.holder_of(conn, partnership_id)
    return HolderRecord(holder, name, me is not None, is_users(holder, me))


def may_change(db: Database, partnership_id: str) -> bool:
    return owner_of(db, partnership_id).mine


def default_contact_id(conn: Connection) -> str | None:
    """The contact a new partnership or note is the user's by: the user's support contact
    (None when there is no profile yet)."""
    return store.user_contact_id(conn)


_UNKNOWN = object()


def _holders_before(edits: Iterable[Edit]) -> dict[str, str | None]:
    """The support contact of each partnership whose own row these edits changed, as it was
    before the first of them changed it (created: as created)."""
    before: dict[str, str | None] = {}
    for edit in edits:
        if edit.table != "partnership":
            continue
        pid = str(edit.key.get("id"))
        if pid in before:
            continue
        if edit.operation == "update" and edit.before and "support_contact_id" in edit.before:
            before[pid] = edit.before["support_contact_id"]
        elif edit.operation == "create" and edit.after is not None:
            before[pid] = edit.after.get("support_contact_id")
        elif edit.operation == "delete" and edit.snapshot and edit.snapshot.rows:
            before[pid] = edit.snapshot.rows[0][1].get("support_contact_id")
    return before


def refusal_for(conn: Connection, edits: Iterable[Edit]) -> str | None:
    """Why these edits (one user action, not committed yet) may not be kept, or None.

    In a team, an action that touches a partnership held by a colleague, before or after the
    action, is refused. Two reads per action (the user's contact, the holders of the
    partnerships touched), only when the action touches a partnership at all."""
    made = list(edits)
    touched = {e.partnership_id for e in made if e.partnership_id}
    if not touched:
        return None
    me = store.team_contact_id(conn)
    if me is None:
        return None
    before = _holders_before(made)
    now = store.holders(conn, touched)
    for pid in sorted(touched):
        for holder in (before.get(pid, _UNKNOWN), now.get(pid, _UNKNOWN)):
            if holder is _UNKNOWN:
                continue
            assert holder is None or isinstance(holder, str)
            if not is_users(holder, me):
                return read_only_message(store.contact_name(conn, holder) if holder else "")
    return None
