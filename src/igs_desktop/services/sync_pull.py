"""Writing what was pulled from the team server here: the server's rows of the records named,
except a field changed here too (a conflict) or a reference field corrected here (kept)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from ..store.editing import as_text, row_text
from ..store.notes import forget_content
from ..store.sync import local
from ..store.sync.entries import (
    SENT,
    SUPERSEDED,
    LogEntryRecord,
    RecordName,
)
from ..store.sync.rows import (
    Row,
    columns_of,
    delete_row,
    insert_row,
    read_rows,
    update_fields,
)
from ..store.sync.scope import (
    RANK,
    REFERENCE_TABLES,
)
from .sync_run import ERASE, SyncRun

if TYPE_CHECKING:
    from sqlalchemy import Connection


def apply_pulled(
    conn: Connection,
    run: SyncRun,
    by_record: dict[RecordName, list[LogEntryRecord]],
    server_rows: dict[str, dict[str, Row]],
) -> None:
    """Write the server's rows of the changed records here, keeping local changes that clash
    as conflicts and local corrections of reference data."""
    pending = local.pending_on(conn, by_record)
    corrections = local.local_corrections_on(
        conn, [r for r in by_record if r[0] in REFERENCE_TABLES]
    )
    keys: dict[str, list[str]] = defaultdict(list)
    for entity, key in by_record:
        keys[entity].append(key)
    here = {e: read_rows(conn, e, k) for e, k in keys.items()}

    def gone(record: RecordName) -> bool:
        return server_rows[record[0]].get(record[1]) is None

    order = sorted(
        by_record, key=lambda r: (gone(r), -RANK.get(r[0], 0) if gone(r) else RANK.get(r[0], 0))
    )
    for record in order:
        entity, key = record
        remote = by_record[record]
        theirs = server_rows[entity].get(key)
        mine = here[entity].get(key)
        waiting = pending.get(record, [])
        delivered = {e.id for e in remote} & {e.id for e in waiting}
        if delivered:  # sent before this file was put back from a backup: not a conflict
            seqs = {e.id: e.server_seq for e in remote}
            local.mark_sent(
                conn,
                (
                    e.but(server_seq=seqs[e.id], sync_state=SENT)
                    for e in waiting
                    if e.id in delivered
                ),
            )
            waiting = [e for e in waiting if e.id not in delivered]
        last = remote[-1]
        if theirs is None:
            if waiting and mine is not None:
                conflict_here(conn, run, record, "", waiting, row_text(mine), last, None, True)
            elif waiting:
                local.mark(conn, (e.id for e in waiting), SUPERSEDED)  # both deleted it
            elif mine is not None:
                delete_row(conn, entity, key)
            continue
        if mine is None:
            if any(e.is_delete for e in waiting):
                conflict_here(conn, run, record, "", waiting, None, last, row_text(theirs), False)
            else:
                insert_row(
                    conn,
                    entity,
                    {**theirs, **({"is_user": False} if entity == "support_contact" else {})},
                )
            continue
        if entity == "note" and any(e.operation == ERASE for e in remote):
            forget_content(conn, key)  # erased on a colleague's laptop: the tags go too
        if any(e.is_whole_record or e.operation == ERASE for e in remote):
            names = set(columns_of(entity))
        else:
            names = {e.field for e in remote if e.field}
        if entity == "support_contact":
            names.discard("is_user")
        changed_here = {e.field for e in waiting}
        corrected = corrections.get(record, [])
        kept = (
            set(columns_of(entity))
            if any(e.is_whole_record for e in corrected)
            else {e.field for e in corrected}
        )
        values: Row = {}
        kept_here = False
        for name in sorted(names):
            if name not in theirs:
                continue
            if name in changed_here or "" in changed_here:
                if as_text(theirs[name]) != as_text(mine.get(name)):
                    held = [e for e in waiting if e.field in (name, "")]
                    conflict_here(
                        conn,
                        run,
                        record,
                        name,
                        held,
                        mine.get(name),
                        last,
                        as_text(theirs[name]),
                        False,
                    )
                continue
            if name in kept:
                kept_here = kept_here or as_text(theirs[name]) != as_text(mine.get(name))
                continue
            values[name] = theirs[name]
        run.kept_local += kept_here  # records, not fields
        update_fields(conn, entity, key, values)


def conflict_here(
    conn: Connection,
    run: SyncRun,
    record: RecordName,
    name: str,
    held: list[LogEntryRecord],
    local_value: Any,
    remote: LogEntryRecord,
    remote_value: str | None,
    remote_deleted: bool,
) -> None:
    if local.record_conflict(
        conn, record, name, held, local_value, remote, remote_value, remote_deleted
    ):
        run.new_conflicts += 1
