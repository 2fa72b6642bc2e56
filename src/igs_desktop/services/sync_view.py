"""What the window shows of the synchronisation: the open conflicts by name (not by id, the
field in Dutch) and the moment of the last synchronisation. Read-only and Qt-free; resolving
and synchronising stay with ``services.sync.SyncService``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..store.sync import local
from ..store.sync.rows import read_rows
from .field_labels import field_label

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = ["ConflictViewRecord", "conflict_views", "last_synchronised", "server_url"]

# The columns that name a record, in the order they are tried.
_NAMING = ("name", "title", "topic", "tag", "description", "nis_code", "code")


@dataclass(frozen=True)
class ConflictViewRecord:
    """An open conflict as the window lists it.

    ``record``: the record's own name (its name, title, topic, government…), '' when it has
    none; ``partnership``: the name of the partnership it belongs to ('' none). ``field``: the
    column ('' = the whole record: one side deleted it), ``field_label`` its Dutch name. The
    values are the change log's texts (a whole record as its JSON text); a side that deleted
    the record has ``…_deleted`` set.
    """

    id: str
    entity: str
    entity_id: str
    record: str
    partnership_id: str | None
    partnership: str
    field: str
    field_label: str
    local_value: str | None
    local_by: str
    local_at: dt.datetime | None
    local_deleted: bool
    remote_value: str | None
    remote_by: str
    remote_at: dt.datetime | None
    remote_deleted: bool


def _name_of(row: dict[str, Any] | None, governments: dict[str, str]) -> str:
    if not row:
        return ""
    for column in _NAMING:
        value = row.get(column)
        if value not in (None, ""):
            text = str(value)
            return governments.get(text, text) if column == "nis_code" else text
    return ""


def conflict_views(db: Database) -> list[ConflictViewRecord]:
    """The open conflicts, oldest first, with the names of their records and partnerships."""
    import json

    with db.engine.connect() as conn:
        items = local.open_conflicts(conn)
        keys: dict[str, set[str]] = defaultdict(set)
        for item in items:
            keys[item.entity].add(item.entity_id)
            if item.partnership_id:
                keys["partnership"].add(item.partnership_id)
        rows = {entity: read_rows(conn, entity, wanted) for entity, wanted in keys.items()}
        codes = {
            str(row["nis_code"])
            for found in rows.values()
            for row in found.values()
            if row.get("nis_code")
        }
        governments = {
            key: str(row.get("name") or key)
            for key, row in (read_rows(conn, "government", codes) if codes else {}).items()
        }
    views = []
    for item in items:
        row = rows.get(item.entity, {}).get(item.entity_id)
        if row is None and item.field == "":  # deleted here: the team's copy names it
            try:
                row = json.loads(item.remote_value or "")
            except ValueError:
                row = None
            row = row if isinstance(row, dict) else None
        partnership = rows.get("partnership", {}).get(item.partnership_id or "")
        views.append(
            ConflictViewRecord(
                id=item.id,
                entity=item.entity,
                entity_id=item.entity_id,
                record=_name_of(row, governments),
                partnership_id=item.partnership_id,
                partnership=str(partnership["name"]) if partnership else "",
                field=item.field,
                field_label=field_label(item.field) if item.field else "",
                local_value=item.local_value,
                local_by=item.local_by,
                local_at=item.local_at,
                local_deleted=item.local_deleted,
                remote_value=item.remote_value,
                remote_by=item.remote_by,
                remote_at=item.remote_at,
                remote_deleted=item.remote_deleted,
            )
        )
    return views


def last_synchronised(db: Database) -> dt.datetime | None:
    """When this laptop last synchronised completely (aware UTC); None: never."""
    with db.engine.connect() as conn:
        text = local.get_setting(conn, local.LAST_SYNC)
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def server_url(db: Database) -> str | None:
    """The team database's address set for this laptop (without password), as
    ``services.team_settings.server_url_of`` reads it, without loading the PostgreSQL driver
    (the window asks this when it opens)."""
    with db.engine.connect() as conn:
        return local.get_setting(conn, local.SERVER_URL) or None
