"""Generic, undoable writes: create, update and delete rows, each recorded in the change log.

Every edit of the user goes through here, so the change log is complete and every edit can be
reverted exactly: a delete keeps a snapshot of the row and of everything that went with it
(rows removed by ``ON DELETE CASCADE`` and links cleared by ``SET NULL``), and undo puts them
back with the same ids.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Connection, Table, select

from .reference_ids import reference_id
from .tables import metadata, new_id, utcnow

Key = dict[str, Any]


def table(name: str) -> Table:
    return metadata.tables[name]


def key_of(tbl: Table, row: dict[str, Any]) -> Key:
    return {c.name: row[c.name] for c in tbl.primary_key.columns}


def _where(tbl: Table, key: Key) -> ColumnElement[bool]:
    return sa.and_(*(tbl.c[name] == value for name, value in key.items()))


def as_text(value: Any) -> str | None:
    """A value as the change log keeps it (dates ISO, yes/no in Dutch, JSON for structures)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def row_text(row: dict[str, Any]) -> str:
    """A whole row as JSON text, as the change log keeps created and deleted rows."""
    return json.dumps({k: as_text(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Snapshot:
    """A row with everything that disappears or changes when it is deleted."""

    rows: tuple[tuple[str, dict[str, Any]], ...]  # parents before children
    cleared_links: tuple[tuple[str, Key, str, Any], ...] = ()  # table, key, column, old value


@dataclass(frozen=True)
class Edit:
    """One recorded write, with what is needed to revert it."""

    operation: str  # create | update | delete
    table: str
    key: Key
    before: dict[str, Any] | None = None  # update: old values of the changed fields
    after: dict[str, Any] | None = None  # create: the values; update: the new values
    snapshot: Snapshot | None = None  # delete: what was removed
    partnership_id: str | None = None


@dataclass
class ChangeSet:
    """What a service call changed, for the UI's single refresh signal."""

    edits: list[Edit] = field(default_factory=list)

    @property
    def tables(self) -> set[str]:
        return {e.table for e in self.edits}

    @property
    def partnership_ids(self) -> set[str]:
        return {e.partnership_id for e in self.edits if e.partnership_id}


def partnership_of(conn: Connection, table_name: str, row: dict[str, Any]) -> str | None:
    """The partnership a row belongs to, for the partnership's History tab."""
    if table_name == "partnership":
        return row.get("id")
    if row.get("partnership_id"):
        return row["partnership_id"]
    if table_name == "kpi_value" and row.get("partnership_action_id"):
        pa = table("partnership_action")
        return conn.execute(
            select(pa.c.partnership_id).where(pa.c.id == row["partnership_action_id"])
        ).scalar()
    return None


def _log(
    conn: Connection,
    actor: str,
    operation: str,
    table_name: str,
    key: Key,
    partnership_id: str | None,
    field_name: str = "",
    old: Any = None,
    new: Any = None,
    summary: str = "",
) -> None:
    conn.execute(
        sa.insert(table("change_log")).values(
            id=new_id(),
            changed_at=utcnow(),
            changed_by=actor,
            operation=operation,
            entity=table_name,
            entity_id="/".join(str(v) for v in key.values()),
            field=field_name,
            old_value=old,
            new_value=new,
            partnership_id=partnership_id,
            summary=summary,
        )
    )


def create(
    conn: Connection, actor: str, table_name: str, values: dict[str, Any], summary: str = ""
) -> Edit:
    tbl = table(table_name)
    values = dict(values)
    if "id" in tbl.c and not values.get("id"):
        # Reference rows with a UUID key (population figures) get the id of their natural
        # key, the same on every laptop; every other row a new random one.
        values["id"] = reference_id(table_name, values) or new_id()
    for column in ("created_at", "updated_at"):
        if column in tbl.c and values.get(column) is None:
            values[column] = utcnow()
    conn.execute(sa.insert(tbl).values(**values))
    row = dict(conn.execute(select(tbl).where(_where(tbl, key_of(tbl, values)))).mappings().one())
    key = key_of(tbl, row)
    pid = partnership_of(conn, table_name, row)
    _log(conn, actor, "create", table_name, key, pid, new=row_text(row), summary=summary)
    return Edit("create", table_name, key, after=row, partnership_id=pid)


def update(
    conn: Connection,
    actor: str,
    table_name: str,
    key: Key,
    values: dict[str, Any],
    summary: str = "",
) -> Edit:
    """Change the given fields; fields that already hold the value are left out of the log."""
    tbl = table(table_name)
    current = conn.execute(select(tbl).where(_where(tbl, key))).mappings().first()
    if current is None:
        raise LookupError(f"{table_name} {key} bestaat niet (meer).")
    changed = {k: v for k, v in values.items() if current[k] != v}
    if "updated_at" in tbl.c and changed:
        changed_with_stamp = {**changed, "updated_at": utcnow()}
    else:
        changed_with_stamp = changed
    before = {k: current[k] for k in changed}
    pid = partnership_of(conn, table_name, dict(current))
    if changed:
        conn.execute(sa.update(tbl).where(_where(tbl, key)).values(**changed_with_stamp))
        for name, new_value in changed.items():
            _log(
                conn,
                actor,
                "update",
                table_name,
                key,
                pid,
                name,
                as_text(before[name]),
                as_text(new_value),
                summary,
            )
    return Edit("update", table_name, key, before=before, after=changed, partnership_id=pid)


def capture(conn: Connection, table_name: str, key: Key) -> Snapshot:
    """The row at ``key`` and all rows its deletion would remove or change."""
    rows: list[tuple[str, dict[str, Any]]] = []
    links: list[tuple[str, Key, str, Any]] = []

    def collect(tbl: Table, where: ColumnElement[bool]) -> None:
        for found in conn.execute(select(tbl).where(where)).mappings().all():
            row = dict(found)
            rows.append((tbl.name, row))
            for child in metadata.sorted_tables:
                for fk in child.foreign_keys:
                    if fk.column.table is not tbl:
                        continue
                    value = row[fk.column.name]
                    condition = fk.parent == value
                    if fk.ondelete == "CASCADE":
                        collect(child, condition)
                    elif fk.ondelete == "SET NULL":
                        for linked in conn.execute(select(child).where(condition)).mappings():
                            links.append(
                                (child.name, key_of(child, dict(linked)), fk.parent.name, value)
                            )

    tbl = table(table_name)
    collect(tbl, _where(tbl, key))
    return Snapshot(tuple(rows), tuple(links))


def remove(conn: Connection, actor: str, table_name: str, key: Key, summary: str = "") -> Edit:
    tbl = table(table_name)
    snap = capture(conn, table_name, key)
    if not snap.rows:
        raise LookupError(f"{table_name} {key} bestaat niet (meer).")
    row = snap.rows[0][1]
    pid = partnership_of(conn, table_name, row)
    conn.execute(sa.delete(tbl).where(_where(tbl, key)))
    _log(conn, actor, "delete", table_name, key, pid, old=row_text(row), summary=summary)
    return Edit("delete", table_name, key, snapshot=snap, partnership_id=pid)


def restore(conn: Connection, actor: str, snap: Snapshot, summary: str = "") -> Edit:
    """Put a deleted row and its dependants back, with their ids.

    Every row put back and every link set again is logged, not only the first row: the team
    synchronisation sends what the change log names.
    """
    for table_name, row in snap.rows:
        conn.execute(sa.insert(table(table_name)).values(**row))
        key = key_of(table(table_name), row)
        pid = partnership_of(conn, table_name, row)
        _log(conn, actor, "restore", table_name, key, pid, new=row_text(row), summary=summary)
    for table_name, key, column, value in snap.cleared_links:
        tbl = table(table_name)
        conn.execute(sa.update(tbl).where(_where(tbl, key)).values(**{column: value}))
        pid = partnership_of(conn, table_name, {column: value, **key})
        _log(conn, actor, "update", table_name, key, pid, column, None, as_text(value), summary)
    first_table, first_row = snap.rows[0]
    key = key_of(table(first_table), first_row)
    pid = partnership_of(conn, first_table, first_row)
    return Edit("create", first_table, key, after=first_row, snapshot=snap, partnership_id=pid)


def revert(conn: Connection, actor: str, edit: Edit, summary: str = "") -> Edit:
    """Undo ``edit``; returns the edit that undoes it (whose revert redoes it)."""
    if edit.operation == "update":
        return update(conn, actor, edit.table, edit.key, edit.before or {}, summary)
    if edit.operation == "create":
        return remove(conn, actor, edit.table, edit.key, summary)
    if edit.snapshot is None:
        raise ValueError("Een verwijdering zonder momentopname kan niet hersteld worden.")
    return restore(conn, actor, edit.snapshot, summary)
