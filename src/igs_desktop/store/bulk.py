"""Many rows in one statement: for generated data (benchmarks), never for a user's edit.

``create_many`` writes what ``editing.create`` writes row by row (the row and its change-log
entry, with the same JSON), but as a handful of statements. Rows go through a temporary table
and one ``INSERT … SELECT``: the search index (FTS5) writes its pending words at every
statement, so one statement for ten thousand notes makes one index segment instead of ten
thousand. The index's triggers still fire for every row, as for single writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from .editing import key_of, partnership_of, row_text, table
from .reference_ids import reference_id
from .tables import new_id, utcnow

STAGING_TABLE = "bulk_staged"


def complete_row(tbl: sa.Table, values: dict[str, Any]) -> dict[str, Any]:
    """The row as ``editing.create`` would store it: a new id and the time where missing (as
    ``create`` fills them), and each other missing column's default."""
    unknown = set(values) - set(tbl.c.keys())
    if unknown:
        raise ValueError(f"{tbl.name} has no columns {sorted(unknown)}")
    row = dict(values)
    if "id" in tbl.c and not row.get("id"):
        row["id"] = reference_id(tbl.name, row) or new_id()
    for name in ("created_at", "updated_at"):
        if name in tbl.c and row.get(name) is None:
            row[name] = utcnow()
    for column in tbl.columns:
        if column.name not in row:
            default = column.default
            if isinstance(default, sa.ColumnDefault) and default.is_scalar:
                row[column.name] = default.arg
            else:
                row[column.name] = None
    return row


def insert_rows(conn: Connection, table_name: str, rows: Iterable[dict[str, Any]]) -> list[dict]:
    """Insert ``rows`` (completed by ``complete_row``) with one ``INSERT … SELECT``; returns
    the completed rows. Nothing is logged: for rows the app never logs (reference data)."""
    tbl = table(table_name)
    full = [complete_row(tbl, r) for r in rows]
    if not full:
        return full
    staged = sa.Table(
        STAGING_TABLE,
        sa.MetaData(),
        *(sa.Column(c.name, c.type) for c in tbl.columns),
        prefixes=["TEMPORARY"],
    )
    staged.create(conn)
    try:
        conn.execute(sa.insert(staged), full)
        names = [c.name for c in tbl.columns]
        conn.execute(sa.insert(tbl).from_select(names, sa.select(*staged.columns)))
    finally:
        staged.drop(conn)
    return full


def create_many(
    conn: Connection, actor: str, table_name: str, rows: Iterable[dict[str, Any]], summary: str
) -> list[dict]:
    """Insert ``rows`` and record each in the change log as ``editing.create`` does (same
    operation, entity, key, partnership and JSON of the row); returns the completed rows."""
    full = insert_rows(conn, table_name, rows)
    tbl = table(table_name)
    log = [
        {
            "id": new_id(),
            "changed_at": utcnow(),
            "changed_by": actor,
            "operation": "create",
            "entity": table_name,
            "entity_id": "/".join(str(v) for v in key_of(tbl, row).values()),
            "field": "",
            "old_value": None,
            "new_value": row_text(row),
            "partnership_id": partnership_of(conn, table_name, row),
            "summary": summary,
        }
        for row in full
    ]
    if log:
        conn.execute(sa.insert(table("change_log")), log)
    return full


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit, not per statement, until this transaction ends: children
    (a note's tags) may then go in before their parent (the note), which the search index
    reads once, with its tags, instead of once per tag."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
