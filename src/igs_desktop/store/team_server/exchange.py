"""The server's side of the synchronisation: its change log as the index of what changed,
its tables as the truth, and who the connected role is.

Every statement runs under the connected support contact's own PostgreSQL role, so the
server's row-level security decides what a push may change (``security``).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql

from ..editing import table
from ..sync.entries import LogEntryRecord, RecordName, entries_on, from_row
from ..sync.rows import Row

# Everything that adds change_log rows on the server takes this transaction lock first, so the
# sequence numbers become visible in the order they were drawn and a puller never skips one.
PUSH_LOCK = 481516


def lock_for_writing(conn: Connection) -> None:
    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})


def whoami(conn: Connection) -> tuple[Row | None, bool, str]:
    """The support contact of the connected role, whether it is the coordinator, the role."""
    role = str(conn.execute(sa.text("SELECT current_user")).scalar())
    c = table("support_contact")
    found = conn.execute(sa.select(c).where(c.c.server_role == role)).mappings().first()
    coordinator = bool(
        conn.execute(
            sa.text(
                "SELECT to_regrole('igs_coordinator') IS NOT NULL"
                " AND pg_has_role(current_user, 'igs_coordinator', 'MEMBER')"
            )
        ).scalar()
    )
    return (dict(found) if found else None), coordinator, role


def entries_after(
    conn: Connection, after_seq: int, origin: str, limit: int | None = None
) -> list[LogEntryRecord]:
    """The server's entries after ``after_seq`` that another laptop (or the server) made."""
    log = table("change_log")
    query = (
        sa.select(log)
        .where(log.c.server_seq > after_seq, log.c.origin != origin)
        .order_by(log.c.server_seq)
    )
    if limit is not None:
        query = query.limit(limit)
    return [from_row(r) for r in conn.execute(query).mappings()]


def count_after(conn: Connection, after_seq: int, origin: str) -> int:
    """How many entries ``entries_after`` will hand out in all (for the progress bar)."""
    log = table("change_log")
    query = sa.select(sa.func.count()).where(log.c.server_seq > after_seq, log.c.origin != origin)
    return int(conn.execute(query).scalar() or 0)


def last_seq(conn: Connection) -> int:
    log = table("change_log")
    return int(conn.execute(sa.select(sa.func.max(log.c.server_seq))).scalar() or 0)


def add_entries(conn: Connection, entries: Iterable[LogEntryRecord]) -> dict[str, int]:
    """Add ``entries`` to the server's log (an entry it has already is left alone) and return
    the server order of each, old or new."""
    log = table("change_log")
    batch = list(entries)
    if not batch:
        return {}
    rows = []
    for e in batch:
        values = e.values()
        values.pop("server_seq")  # drawn from the server's sequence
        values["sync_state"] = "sent"
        rows.append(values)
    conn.execute(postgresql.insert(log).on_conflict_do_nothing(index_elements=["id"]), rows)
    ids = [e.id for e in batch]
    found: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = sa.select(log.c.id, log.c.server_seq).where(log.c.id.in_(chunk))
        found.update({i: int(s) for i, s in conn.execute(query)})
    return found


def changes_on(
    conn: Connection, records: Iterable[RecordName], after_seq: int, origin: str
) -> dict[RecordName, list[LogEntryRecord]]:
    """Other laptops' entries on ``records`` after ``after_seq``: what a push conflicts with."""
    log = table("change_log")
    condition = sa.and_(log.c.server_seq > after_seq, log.c.origin != origin)
    return entries_on(conn, records, condition, log.c.server_seq)


def take_over(conn: Connection, partnership_id: str) -> None:
    """Ask the server to assign a colleague's partnership to the connected contact
    (``igs_take_over``, which checks and records it)."""
    conn.execute(sa.text("SELECT igs_take_over(:pid)"), {"pid": partnership_id})


def erase_note(conn: Connection, note_id: str) -> None:
    """Tell the server a shared note's personal content was erased (``igs_erase_note``)."""
    conn.execute(sa.text("SELECT igs_erase_note(:id)"), {"id": note_id})
