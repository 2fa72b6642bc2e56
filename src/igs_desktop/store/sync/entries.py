"""Change-log entries as they travel: one plain record per changed field (or created/deleted
record), read from and written to the ``change_log`` table of either end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, RowMapping

from ..editing import table

RecordName = tuple[str, str]  # (entity, entity_id)

# sync_state on a laptop
UNSENT = ""
SENT = "sent"
RECEIVED = "received"
LOCAL = "local"
HELD = "held"
SUPERSEDED = "superseded"
REFUSED = "refused"
BEFORE = "before"
SETTLED = "settled"

WHOLE_RECORD_OPERATIONS = frozenset({"create", "restore", "delete"})


@dataclass(frozen=True)
class LogEntryRecord:
    """One row of ``change_log``."""

    id: str
    changed_at: dt.datetime
    changed_by: str
    operation: str
    entity: str
    entity_id: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    partnership_id: str | None = None
    summary: str = ""
    origin: str = ""
    record_version: int = 0
    server_seq: int | None = None
    sync_state: str = UNSENT
    base_seq: int | None = None

    @property
    def record(self) -> RecordName:
        return (self.entity, self.entity_id)

    @property
    def is_delete(self) -> bool:
        return self.operation == "delete"

    @property
    def is_whole_record(self) -> bool:
        return self.operation in WHOLE_RECORD_OPERATIONS

    def values(self) -> dict[str, Any]:
        return asdict(self)

    def but(self, **changes: Any) -> LogEntryRecord:
        return replace(self, **changes)


def from_row(row: Mapping[str, Any] | RowMapping) -> LogEntryRecord:
    moment = row["changed_at"]
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return LogEntryRecord(
        id=row["id"],
        changed_at=moment,
        changed_by=row["changed_by"] or "",
        operation=row["operation"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        field=row["field"] or "",
        old_value=row["old_value"],
        new_value=row["new_value"],
        partnership_id=row["partnership_id"],
        summary=row["summary"] or "",
        origin=row["origin"] or "",
        record_version=int(row["record_version"] or 0),
        server_seq=row["server_seq"],
        sync_state=row["sync_state"] or "",
        base_seq=row["base_seq"],
    )


def select_entries(conn: Connection, condition: sa.ColumnElement[bool]) -> list[LogEntryRecord]:
    log = table("change_log")
    query = sa.select(log).where(condition).order_by(log.c.changed_at, log.c.id)
    return [from_row(r) for r in conn.execute(query).mappings()]


RECORDS_PER_QUERY = 400  # (entity, entity_id) pairs per IN (...): two parameters each


def entries_on(
    conn: Connection,
    records: Iterable[RecordName],
    condition: sa.ColumnElement[bool],
    order: sa.ColumnElement[Any] | None = None,
) -> dict[RecordName, list[LogEntryRecord]]:
    """The entries on ``records`` that meet ``condition``, per record (by ``order``, else by
    time), on either end."""
    log = table("change_log")
    wanted = sorted(set(records))
    found: dict[RecordName, list[LogEntryRecord]] = {}
    for start in range(0, len(wanted), RECORDS_PER_QUERY):
        chunk = wanted[start : start + RECORDS_PER_QUERY]
        query = (
            sa.select(log)
            .where(sa.tuple_(log.c.entity, log.c.entity_id).in_(chunk), condition)
            .order_by(*((order,) if order is not None else (log.c.changed_at, log.c.id)))
        )
        for row in conn.execute(query).mappings():
            entry = from_row(row)
            found.setdefault(entry.record, []).append(entry)
    return found


def latest_versions(conn: Connection, records: Iterable[RecordName]) -> dict[RecordName, int]:
    """The highest ``record_version`` this end knows per record."""
    log = table("change_log")
    wanted = sorted(set(records))
    found: dict[RecordName, int] = {}
    for start in range(0, len(wanted), RECORDS_PER_QUERY):
        chunk = wanted[start : start + RECORDS_PER_QUERY]
        query = (
            sa.select(log.c.entity, log.c.entity_id, sa.func.max(log.c.record_version))
            .where(sa.tuple_(log.c.entity, log.c.entity_id).in_(chunk))
            .group_by(log.c.entity, log.c.entity_id)
        )
        for entity, entity_id, version in conn.execute(query):
            found[(entity, entity_id)] = int(version or 0)
    return found
