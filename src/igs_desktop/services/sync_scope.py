"""What a synchronisation sends: which entries travel, and the records of the user's own
portfolio the first synchronisation uploads (the tables: ``store.sync.scope``)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ..store.editing import row_text, table
from ..store.sync import local
from ..store.sync.entries import (
    LOCAL,
    LogEntryRecord,
)
from ..store.sync.rows import (
    Row,
    read_all,
)
from ..store.sync.scope import (
    NOTE_PARTS,
    PORTFOLIO_TABLES,
    REFERENCE_TABLES,
    SYNCED_TABLES,
    TEAM_TABLES,
)
from ..store.tables import utcnow
from .sync_run import FIRST_UPLOAD, SyncRun

if TYPE_CHECKING:
    from sqlalchemy import Connection


def note_of(entry: LogEntryRecord) -> str:
    return entry.entity_id.split("/", 1)[0]


def travels(entry: LogEntryRecord, run: SyncRun, demo: set[str], private: set[str]) -> bool:
    if entry.entity not in SYNCED_TABLES or entry.entity in TEAM_TABLES:
        return False
    if entry.entity in REFERENCE_TABLES:
        return run.coordinator
    if entry.partnership_id and entry.partnership_id in demo:
        return False
    if entry.entity in NOTE_PARTS:
        note = note_of(entry)
        if entry.entity == "note" and entry.field in ("personal_data", "shared_with_team"):
            return True  # sent as the note's removal from the server when it became private
        if note in private:
            return False
        if entry.entity == "note" and entry.is_delete and entry.old_value:
            old = entry.old_value
            return not ('"personal_data": "ja"' in old and '"shared_with_team": "nee"' in old)
    return True


def classify(conn: Connection, run: SyncRun) -> None:
    demo = local.demo_partnerships(conn)
    private = local.private_notes(conn)
    stay = [e.id for e in local.unsent(conn) if not travels(e, run, demo, private)]
    local.mark(conn, stay, LOCAL)


def own_records(conn: Connection, contact_id: str, others: list[str]) -> dict[str, dict[str, Row]]:
    """Every record of the user's portfolio and work that travels, per table and key; the
    names of partnerships assigned to another support contact go to ``others``."""
    from ..store.sync.rows import key_text

    partnerships = [r for r in read_all(conn, "partnership") if not r["is_demo"]]
    mine_p = {r["id"] for r in partnerships if r["support_contact_id"] == contact_id}
    others.extend(sorted(r["name"] for r in partnerships if r["id"] not in mine_p))
    private = local.private_notes(conn)
    kept: dict[str, dict[str, Row]] = {}
    parent_ok: dict[str, set[str]] = {}
    for entity in PORTFOLIO_TABLES:
        tbl = table(entity)
        rows: dict[str, Row] = {}
        for row in read_all(conn, entity):
            if owned(entity, row, contact_id, mine_p, private, parent_ok):
                rows[key_text(tbl, row)] = row
        kept[entity] = rows
        parent_ok[entity] = {r["id"] for r in rows.values() if "id" in r}
    return kept


def owned(
    entity: str,
    row: Row,
    contact_id: str,
    mine: set[str],
    private: set[str],
    parents: dict[str, set[str]],
) -> bool:
    if entity == "partnership":
        return row["id"] in mine
    if entity == "kpi_value":
        return row["partnership_action_id"] in parents["partnership_action"]
    if entity in ("note_tag", "note_government"):
        return row["note_id"] in parents["note"]
    if entity == "knowledge_session_participant":
        return row["session_id"] in parents["knowledge_session"]
    pid = row.get("partnership_id")
    if pid is not None:
        return pid in mine and not (entity == "note" and row["id"] in private)
    if entity == "note":
        return row["id"] not in private and row.get("owner_contact_id") in (None, contact_id)
    return entity in ("knowledge_session", "follow_up")


def upload_entry(run: SyncRun, entity: str, key: str, row: Row) -> LogEntryRecord:
    return LogEntryRecord(
        id=str(uuid.uuid5(FIRST_UPLOAD, f"{run.origin}:{entity}:{key}")),
        changed_at=utcnow(),
        changed_by=run.actor,
        operation="create",
        entity=entity,
        entity_id=key,
        new_value=row_text(row),
        partnership_id=row.get("partnership_id")
        or (row["id"] if entity == "partnership" else None),
        summary="Eerste synchronisatie",
        origin=run.origin,
        record_version=1,
    )
