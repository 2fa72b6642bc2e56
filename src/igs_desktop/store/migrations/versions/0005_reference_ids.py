"""reference ids: catalogue, KPIs, population figures and mergers keyed by their natural keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Catalogue actions, catalogue KPIs, population figures and municipal mergers had a random UUID
as id, different on every laptop, so the partnership records pointing at them could not travel
through the team server (issue 15). From this revision on their id is derived from their
natural key (``store.reference_ids``: uuid5 of ``"<table>:<key>"``); this revision gives the
rows already there those ids, and with them everything that names them:

- the rows pointing at them: ``catalogue_kpi``, ``partnership_action``, ``support_track``,
  ``note`` and ``new_member_action`` (``action_id``), ``kpi_value`` (``kpi_id``);
- ``change_log``: ``entity_id`` of the entries on those four tables; ``old_value`` and
  ``new_value`` of the entries on one of the columns above; the row written as JSON in the
  create, delete and restore entries (``id`` of the four tables, the columns above);
- ``sync_conflict.entity_id`` and the action a note draft links to (``note_draft.details``).

Two mergers with the same old and new code and date are one merger twice (no table points at
mergers): the copies are removed. The other three tables cannot hold a natural key twice
(unique constraints).

Plain UPDATEs through a mapping table, on SQLite and PostgreSQL alike. On SQLite the upgrade
runs with foreign keys off (``store.migrate.upgrade_to_head``; deferred here as well, should
they be on). On PostgreSQL the foreign keys that point at ``catalogue_action`` and
``catalogue_kpi`` are dropped for the updates and added again with their own definitions
(the server checks them all again then); the revision is one transaction.

Downgrade: nothing to do. The new ids are ids like any other; an older release works with
them (it only makes random ids for the rows it adds).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Connection

from igs_desktop.store.reference_ids import NATURAL_KEYS, reference_id

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column pointing at one of the four tables: (table, column, the table it points at).
LINKS: tuple[tuple[str, str, str], ...] = (
    ("catalogue_kpi", "action_id", "catalogue_action"),
    ("partnership_action", "action_id", "catalogue_action"),
    ("support_track", "action_id", "catalogue_action"),
    ("note", "action_id", "catalogue_action"),
    ("new_member_action", "action_id", "catalogue_action"),
    ("kpi_value", "kpi_id", "catalogue_kpi"),
)
MAP_TABLE = "reference_id_map"

# The natural key columns with their types (dates as dates on both databases).
_KEY_TYPES: dict[str, sa.types.TypeEngine[Any]] = {
    "project_year": sa.Integer(),
    "effective_date": sa.Date(),
}

IdMap = dict[str, dict[str, str]]  # table -> old id -> new id


def _reference_table(name: str) -> sa.TableClause:
    columns = [sa.column("id", sa.String())]
    columns += [sa.column(c, _KEY_TYPES.get(c, sa.String())) for c in NATURAL_KEYS[name]]
    return sa.table(name, *columns)


def _new_ids(conn: Connection) -> tuple[IdMap, list[str]]:
    """The ids to change per table, and the ids of merger copies to remove."""
    mapping: IdMap = {}
    duplicates: list[str] = []
    for name in NATURAL_KEYS:
        tbl = _reference_table(name)
        rows = conn.execute(sa.select(tbl).order_by(tbl.c.id)).mappings().all()
        # A row that already has its id keeps it; the others take theirs in id order.
        taken = {r["id"] for r in rows if reference_id(name, r) == r["id"]}
        changes: dict[str, str] = {}
        for row in rows:
            new = reference_id(name, row)
            if new is None:
                raise RuntimeError(f"{name} {row['id']} has no natural key")
            if new == row["id"]:
                continue
            if new in taken:
                if name != "merger":
                    raise RuntimeError(f"{name}: two rows with the natural key of {new}")
                duplicates.append(row["id"])
                continue
            taken.add(new)
            changes[row["id"]] = new
        if changes:
            mapping[name] = changes
    return mapping, duplicates


def _renamed(entity: str, column: str) -> sa.ScalarSelect[Any]:
    """The new id for ``column`` of the row being updated, from the mapping table."""
    m = sa.table(MAP_TABLE, sa.column("entity"), sa.column("old_id"), sa.column("new_id"))
    return (
        sa.select(m.c.new_id)
        .where(m.c.entity == entity, m.c.old_id == sa.literal_column(column))
        .scalar_subquery()
    )


def _old_ids(entity: str) -> sa.Select[Any]:
    m = sa.table(MAP_TABLE, sa.column("entity"), sa.column("old_id"))
    return sa.select(m.c.old_id).where(m.c.entity == entity)


def _remap_column(
    conn: Connection, table: str, column: str, entity: str, where: dict[str, str] | None = None
) -> None:
    """``table.column`` from old to new ids of ``entity`` where it holds one of them (and the
    columns of ``where`` hold its values)."""
    where = where or {}
    tbl = sa.table(table, sa.column(column), *(sa.column(c) for c in where if c != column))
    conn.execute(
        sa.update(tbl)
        .where(
            tbl.c[column].in_(_old_ids(entity)),
            *(tbl.c[c] == value for c, value in where.items()),
        )
        .values({column: _renamed(entity, f"{table}.{column}")})
    )


def _remap_logged_rows(conn: Connection, mapping: IdMap) -> None:
    """The rows written as JSON into create, delete and restore entries (``field`` empty)."""
    log = sa.table(
        "change_log",
        sa.column("id"),
        sa.column("entity"),
        sa.column("field"),
        sa.column("old_value"),
        sa.column("new_value"),
    )
    # What to rename in the JSON of each entity's rows: key -> the table its value names.
    renames: dict[str, dict[str, str]] = {}
    for name in mapping:
        renames.setdefault(name, {})["id"] = name
    for table, column, parent in LINKS:
        if parent in mapping:
            renames.setdefault(table, {})[column] = parent
    for entity, keys in renames.items():
        query = sa.select(log.c.id, log.c.old_value, log.c.new_value).where(
            log.c.entity == entity, log.c.field == ""
        )
        if "id" not in keys:  # only rows with a link filled in: '"action_id": "<id>"'
            query = query.where(
                sa.or_(
                    *(
                        value.like(f'%"{key}": "%')
                        for key in keys
                        for value in (log.c.old_value, log.c.new_value)
                    )
                )
            )
        updates = []
        for entry_id, old_value, new_value in conn.execute(query).all():
            old_renamed = _renamed_json(old_value, keys, mapping)
            new_renamed = _renamed_json(new_value, keys, mapping)
            if old_renamed is not None or new_renamed is not None:
                updates.append(
                    {
                        "entry_id": entry_id,
                        "old_text": old_value if old_renamed is None else old_renamed,
                        "new_text": new_value if new_renamed is None else new_renamed,
                    }
                )
        if updates:  # one statement, many rows
            conn.execute(
                sa.update(log)
                .where(log.c.id == sa.bindparam("entry_id"))
                .values(old_value=sa.bindparam("old_text"), new_value=sa.bindparam("new_text")),
                updates,
            )


def _renamed_json(text: str | None, keys: dict[str, str], mapping: IdMap) -> str | None:
    """``text`` (a row as JSON) with the ids under ``keys`` renamed; None if nothing changes."""
    if not text:
        return None
    try:
        row = json.loads(text)
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    changed = False
    for key, parent in keys.items():
        new = mapping.get(parent, {}).get(row.get(key)) if isinstance(row.get(key), str) else None
        if new is not None:
            row[key] = new
            changed = True
    # The form editing._json writes.
    return json.dumps(row, ensure_ascii=False, sort_keys=True) if changed else None


def _remap_drafts(conn: Connection, mapping: IdMap) -> None:
    """The action a note draft (its editor's fields, JSON) links to."""
    actions = mapping.get("catalogue_action", {})
    if not actions:
        return
    drafts = sa.table("note_draft", sa.column("id"), sa.column("details", sa.JSON()))
    for draft_id, details in conn.execute(sa.select(drafts.c.id, drafts.c.details)).all():
        if isinstance(details, dict) and details.get("action_id") in actions:
            details = {**details, "action_id": actions[details["action_id"]]}
            conn.execute(sa.update(drafts).where(drafts.c.id == draft_id).values(details=details))


def _drop_server_foreign_keys(conn: Connection, parents: list[str]) -> list[tuple[str, str, str]]:
    """PostgreSQL: drop the foreign keys pointing at ``parents``; returns what to add again."""
    found = conn.execute(
        sa.text(
            "SELECT con.conname, child.relname, pg_get_constraintdef(con.oid) "
            "FROM pg_constraint AS con "
            "JOIN pg_class AS child ON child.oid = con.conrelid "
            "JOIN pg_class AS parent ON parent.oid = con.confrelid "
            "WHERE con.contype = 'f' AND parent.relname = ANY(:parents) "
            "AND pg_table_is_visible(parent.oid) "
            "ORDER BY child.relname, con.conname"
        ),
        {"parents": parents},
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for name, child, _definition in found:
        conn.execute(sa.text(f"ALTER TABLE {quote(child)} DROP CONSTRAINT {quote(name)}"))
    return [(str(name), str(child), str(definition)) for name, child, definition in found]


def _add_server_foreign_keys(conn: Connection, dropped: list[tuple[str, str, str]]) -> None:
    quote = conn.dialect.identifier_preparer.quote
    for name, child, definition in dropped:
        conn.execute(
            sa.text(f"ALTER TABLE {quote(child)} ADD CONSTRAINT {quote(name)} {definition}")
        )


def upgrade() -> None:
    conn = op.get_bind()
    mapping, duplicates = _new_ids(conn)
    if duplicates:
        merger = sa.table("merger", sa.column("id"))
        conn.execute(sa.delete(merger).where(merger.c.id.in_(duplicates)))
    if not mapping:
        return  # a new database (or one whose rows already have these ids)

    map_table = sa.Table(
        MAP_TABLE,
        sa.MetaData(),
        sa.Column("entity", sa.String(40), primary_key=True),
        sa.Column("old_id", sa.String(36), primary_key=True),
        sa.Column("new_id", sa.String(36), nullable=False),
        prefixes=["TEMPORARY"],
    )
    map_table.create(conn)
    conn.execute(
        sa.insert(map_table),
        [
            {"entity": name, "old_id": old, "new_id": new}
            for name, changes in mapping.items()
            for old, new in changes.items()
        ],
    )

    postgresql = conn.dialect.name == "postgresql"
    parents = sorted({parent for _t, _c, parent in LINKS} & set(mapping))
    dropped: list[tuple[str, str, str]] = []
    if postgresql:
        dropped = _drop_server_foreign_keys(conn, parents)
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit, if on

    for name in mapping:
        _remap_column(conn, name, "id", name)
    for table, column, parent in LINKS:
        if parent in mapping:
            _remap_column(conn, table, column, parent)

    for name in mapping:
        _remap_column(conn, "change_log", "entity_id", name, {"entity": name})
        _remap_column(conn, "sync_conflict", "entity_id", name, {"entity": name})
    for table, column, parent in LINKS:
        if parent in mapping:
            for value in ("old_value", "new_value"):
                _remap_column(conn, "change_log", value, parent, {"entity": table, "field": column})
    _remap_logged_rows(conn, mapping)
    _remap_drafts(conn, mapping)

    if postgresql:
        _add_server_foreign_keys(conn, dropped)
    map_table.drop(conn)


def downgrade() -> None:
    """Nothing to undo: the derived ids stay valid ids (see the docstring of the module)."""
