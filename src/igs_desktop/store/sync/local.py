"""The laptop's side of the synchronisation: its settings, the entries still to send, the
received changes and the conflicts, all in the laptop's SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from ..editing import as_text, table
from ..settings import store_in, value_in
from ..tables import new_id, utcnow
from .entries import (
    HELD,
    LOCAL,
    RECEIVED,
    UNSENT,
    LogEntryRecord,
    RecordName,
    entries_on,
    from_row,
    select_entries,
)
from .rows import Row, insert_row

LAPTOP_ID = "sync.laptop_id"
SERVER_URL = "sync.server_url"
PULLED_UP_TO = "sync.pulled_up_to"
FIRST_UPLOAD_DONE = "sync.first_upload_done"
CONTACT_ID = "sync.contact_id"
COORDINATOR = "sync.coordinator"
LAST_SYNC = "sync.last_at"


def get_setting(conn: Connection, key: str) -> str | None:
    return value_in(conn, key)


def set_setting(conn: Connection, key: str, value: str) -> None:
    store_in(conn, key, value)


def laptop_id(conn: Connection) -> str:
    """This database's origin id, made once (a copied file made by a backup keeps it)."""
    found = get_setting(conn, LAPTOP_ID)
    if found:
        return found
    made = new_id()
    set_setting(conn, LAPTOP_ID, made)
    return made


def renew_origin_of_file(path: Path) -> None:
    """Give the database file at ``path`` a new origin id, if it has synchronised before.

    A file put back from a backup is another device as far as the server is concerned: with a
    new origin it receives again what it sent after the backup was made."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("UPDATE app_meta SET value = ? WHERE key = ?", (new_id(), LAPTOP_ID))
    finally:
        connection.close()


def pulled_up_to(conn: Connection) -> int:
    return int(get_setting(conn, PULLED_UP_TO) or 0)


def unsent(conn: Connection) -> list[LogEntryRecord]:
    log = table("change_log")
    return select_entries(conn, log.c.sync_state == UNSENT)


def pending_on(
    conn: Connection, records: Iterable[RecordName]
) -> dict[RecordName, list[LogEntryRecord]]:
    """Entries made here on ``records`` that the server has not taken yet (unsent or held)."""
    return _on(conn, records, (UNSENT, HELD))


def local_corrections_on(
    conn: Connection, records: Iterable[RecordName]
) -> dict[RecordName, list[LogEntryRecord]]:
    return _on(conn, records, (LOCAL,))


def _on(
    conn: Connection, records: Iterable[RecordName], states: tuple[str, ...]
) -> dict[RecordName, list[LogEntryRecord]]:
    return entries_on(conn, records, table("change_log").c.sync_state.in_(states))


def locally_corrected(conn: Connection, entity: str) -> set[str]:
    """The records of a reference table this laptop corrected itself, in a team: kept over
    what the coordinator publishes (and shown as local)."""
    log = table("change_log")
    query = sa.select(log.c.entity_id).where(log.c.entity == entity, log.c.sync_state == LOCAL)
    return set(conn.execute(query.distinct()).scalars())


def mark(conn: Connection, ids: Iterable[str], state: str, **values: Any) -> None:
    log = table("change_log")
    wanted = list(ids)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        conn.execute(sa.update(log).where(log.c.id.in_(chunk)).values(sync_state=state, **values))


def mark_sent(conn: Connection, sent: Iterable[LogEntryRecord]) -> None:
    """The server took these entries: remember their origin, version and server order."""
    log = table("change_log")
    rows = [
        {
            "b_id": e.id,
            "b_origin": e.origin,
            "b_version": e.record_version,
            "b_seq": e.server_seq,
            "b_state": e.sync_state,
        }
        for e in sent
    ]
    if rows:
        conn.execute(
            sa.update(log)
            .where(log.c.id == sa.bindparam("b_id"))
            .values(
                origin=sa.bindparam("b_origin"),
                record_version=sa.bindparam("b_version"),
                server_seq=sa.bindparam("b_seq"),
                sync_state=sa.bindparam("b_state"),
            ),
            rows,
        )


def add_received(conn: Connection, entries: Iterable[LogEntryRecord]) -> None:
    """Copy the server's entries into the local history (each once, however often it comes)."""
    log = table("change_log")
    rows = [{**e.values(), "sync_state": RECEIVED} for e in entries]
    if rows:
        conn.execute(sa.insert(log).prefix_with("OR IGNORE"), rows)


def add_entry(conn: Connection, entry: LogEntryRecord) -> None:
    """Add ``entry`` to the local log (an entry with its id already there is left alone)."""
    conn.execute(sa.insert(table("change_log")).prefix_with("OR IGNORE").values(**entry.values()))


# -- what does not travel ----------------------------------------------------------------


def demo_partnerships(conn: Connection) -> set[str]:
    p = table("partnership")
    return set(conn.execute(sa.select(p.c.id).where(p.c.is_demo.is_(True))).scalars())


def private_notes(conn: Connection) -> set[str]:
    """Notes holding personal data that the user did not share with the team."""
    n = table("note")
    query = sa.select(n.c.id).where(n.c.personal_data.is_(True), n.c.shared_with_team.is_(False))
    return set(conn.execute(query).scalars())


# -- the user -----------------------------------------------------------------------------


def user_contact(conn: Connection) -> Row | None:
    c = table("support_contact")
    found = conn.execute(sa.select(c).where(c.c.is_user.is_(True))).mappings().first()
    return dict(found) if found else None


def adopt_contact(conn: Connection, server_contact: Row) -> None:
    """Make the server's record of the user this laptop's user: the local user record's
    partnerships, tracks and notes move onto it (not logged: the records themselves are sent
    at the first synchronisation), and partnerships nobody was assigned to become the user's."""
    c = table("support_contact")
    mine = user_contact(conn)
    server_id = server_contact["id"]
    insert_row(conn, "support_contact", {**server_contact, "is_user": True})
    old_id = mine["id"] if mine else None
    p, track, note = table("partnership"), table("support_track"), table("note")
    owned: sa.ColumnElement[bool] = p.c.support_contact_id.is_(None)
    if old_id and old_id != server_id:
        owned = sa.or_(owned, p.c.support_contact_id == old_id)
        conn.execute(
            sa.update(track)
            .where(track.c.support_contact_id == old_id)
            .values(support_contact_id=server_id)
        )
    conn.execute(
        sa.update(p).where(owned, p.c.is_demo.is_(False)).values(support_contact_id=server_id)
    )
    conn.execute(
        sa.update(note)
        .where(sa.or_(note.c.owner_contact_id.is_(None), note.c.owner_contact_id == old_id))
        .values(owner_contact_id=server_id)
    )
    if old_id and old_id != server_id:
        conn.execute(sa.delete(c).where(c.c.id == old_id))
    set_setting(conn, CONTACT_ID, server_id)


# -- conflicts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRecord:
    """A conflict as the laptop keeps it (table ``sync_conflict``)."""

    id: str
    entity: str
    entity_id: str
    field: str
    partnership_id: str | None
    local_value: str | None
    local_by: str
    local_at: dt.datetime | None
    remote_value: str | None
    remote_deleted: bool
    remote_by: str
    remote_at: dt.datetime | None
    remote_origin: str
    remote_seq: int | None
    detected_at: dt.datetime
    resolved_at: dt.datetime | None = None
    resolution: str = ""

    @property
    def local_deleted(self) -> bool:
        return self.field == "" and self.local_value is None


def _conflict(row: Any) -> ConflictRecord:
    return ConflictRecord(**{k: row[k] for k in ConflictRecord.__dataclass_fields__})


def open_conflicts(conn: Connection) -> list[ConflictRecord]:
    sc = table("sync_conflict")
    query = sa.select(sc).where(sc.c.resolved_at.is_(None)).order_by(sc.c.detected_at, sc.c.id)
    return [_conflict(r) for r in conn.execute(query).mappings()]


def conflict(conn: Connection, conflict_id: str) -> ConflictRecord | None:
    sc = table("sync_conflict")
    row = conn.execute(sa.select(sc).where(sc.c.id == conflict_id)).mappings().first()
    return _conflict(row) if row else None


def record_conflict(
    conn: Connection,
    record: RecordName,
    field: str,
    local: list[LogEntryRecord],
    local_value: Any,
    remote: LogEntryRecord,
    remote_value: str | None,
    remote_deleted: bool,
) -> bool:
    """List a conflict (or bring an open one up to date) and hold the local entries back.

    Returns whether it is new."""
    sc = table("sync_conflict")
    entity, entity_id = record
    same = sa.and_(
        sc.c.entity == entity,
        sc.c.entity_id == entity_id,
        sc.c.field == field,
        sc.c.resolved_at.is_(None),
    )
    existing = conn.execute(sa.select(sc.c.id).where(same)).scalar()
    last = local[-1]
    remote_values = {
        "remote_value": remote_value,
        "remote_deleted": remote_deleted,
        "remote_by": remote.changed_by,
        "remote_at": remote.changed_at,
        "remote_origin": remote.origin,
        "remote_seq": remote.server_seq,
    }
    if existing:
        conn.execute(sa.update(sc).where(sc.c.id == existing).values(**remote_values))
    else:
        conn.execute(
            sa.insert(sc).values(
                id=new_id(),
                entity=entity,
                entity_id=entity_id,
                field=field,
                partnership_id=last.partnership_id or remote.partnership_id,
                local_value=as_text(local_value)
                if not isinstance(local_value, str)
                else local_value,
                local_by=last.changed_by,
                local_at=last.changed_at,
                detected_at=utcnow(),
                resolution="",
                **remote_values,
            )
        )
    mark(conn, (e.id for e in local), HELD)
    return existing is None


def settle(conn: Connection, conflict_id: str, resolution: str) -> None:
    sc = table("sync_conflict")
    conn.execute(
        sa.update(sc)
        .where(sc.c.id == conflict_id)
        .values(resolved_at=utcnow(), resolution=resolution)
    )


def held_entries(conn: Connection, item: ConflictRecord) -> list[LogEntryRecord]:
    log = table("change_log")
    condition = sa.and_(
        log.c.entity == item.entity,
        log.c.entity_id == item.entity_id,
        log.c.sync_state == HELD,
    )
    if item.field:
        condition = sa.and_(condition, log.c.field.in_((item.field, "")))
    return select_entries(conn, condition)


def entry(conn: Connection, entry_id: str) -> LogEntryRecord | None:
    log = table("change_log")
    row = conn.execute(sa.select(log).where(log.c.id == entry_id)).mappings().first()
    return from_row(row) if row else None
