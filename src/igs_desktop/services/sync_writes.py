"""Writing to the team server record by record: each in a savepoint, a refusal by row-level
security (an error, or a change that touches no row) told apart and said in Dutch."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..store.sync.entries import (
    LogEntryRecord,
    RecordName,
)
from ..store.sync.rows import (
    Row,
    delete_row,
    insert_row,
    update_fields,
)
from ..store.sync.scope import (
    RANK,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

log = logging.getLogger(__name__)


NOT_YOURS = "niet aan u toegewezen"
UNKNOWN_REFERENCE = "verwijst naar iets wat de teamdatabase niet kent"
PARENT_REFUSED = "hoort bij een geweigerd record"


def refusal(server: Connection, work: Callable[[], Any]) -> str:
    """Run ``work`` in a savepoint: "" when the server took it, else why it refused (row-level
    security, or a reference the server lacks); the rest of the run goes on."""
    from sqlalchemy.exc import DBAPIError

    try:
        with server.begin_nested():
            work()
    except HiddenByRowSecurity:
        log.info("The team server's row-level security left a row unchanged")
        return NOT_YOURS
    except DBAPIError as exc:
        first = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        log.info("The team server refused a write: %s", first)
        return UNKNOWN_REFERENCE if "foreign key" in first else NOT_YOURS
    return ""


def write(server: Connection, work: Callable[[], Any]) -> bool:
    return not refusal(server, work)


def parent_of(entity: str, row: Row) -> str | None:
    """The record a row belongs to, for skipping the parts of a refused record."""
    for column in ("partnership_id", "partnership_action_id", "note_id", "session_id"):
        if row.get(column):
            return str(row[column])
    return None


def erase_on_server(server: Connection, key: str, row: Row) -> None:
    from ..store.team_server import exchange

    insert_row(server, "note", row)
    exchange.erase_note(server, key)


class HiddenByRowSecurity(Exception):
    """Row-level security hid the row from a change: it changed nothing instead of failing."""


def update_or_insert(
    server: Connection, entity: str, key: str, values: Row, row: Row, on_server: bool
) -> None:
    if update_fields(server, entity, key, values) == 0:
        if on_server and values:
            raise HiddenByRowSecurity
        insert_row(server, entity, row)  # not on the server yet (made before the first upload)


def delete_or_refuse(server: Connection, entity: str, key: str, on_server: bool) -> None:
    if delete_row(server, entity, key) == 0 and on_server:
        raise HiddenByRowSecurity


def clashing_fields(mine: list[LogEntryRecord], theirs: list[LogEntryRecord]) -> set[str]:
    """The fields both sides changed; "" stands for the whole record (a delete on one side)."""
    if any(e.is_delete for e in mine) or any(t.is_delete for t in theirs):
        return {""}
    mine_fields = {e.field for e in mine if not e.is_whole_record}
    their_fields = {t.field for t in theirs if not t.is_whole_record}
    return mine_fields & their_fields


def is_gone(here: dict[str, dict[str, Row]], record: RecordName) -> bool:
    return here[record[0]].get(record[1]) is None


def write_rank(record: RecordName, here: dict[str, dict[str, Row]]) -> int:
    """Parents first when writing, children first when deleting."""
    rank = RANK.get(record[0], 0)
    return -rank if is_gone(here, record) else rank


RECORD_NAMES: dict[str, str] = {
    "partnership": "samenwerkingsverband",
    "membership": "lidmaatschap",
    "partnership_action": "actie",
    "kpi_value": "KPI-waarde",
    "subsidy": "subsidie",
    "transfer": "doorstorting",
    "stimulus_grant": "stimulus",
    "new_member_action": "actie voor nieuwe leden",
    "support_track": "ondersteuningstraject",
    "knowledge_session": "kennisdeling",
    "knowledge_session_participant": "deelnemer aan een kennisdeling",
    "note": "notitie",
    "note_tag": "tag",
    "note_government": "bestuur bij een notitie",
    "follow_up": "opvolging",
    "population_figure": "bevolkingscijfer",
}


def label(entity: str, row: Row, reason: str = NOT_YOURS) -> str:
    """``samenwerkingsverband 'IGS Noord': niet aan u toegewezen``."""
    name = next(
        (str(row[c]) for c in ("name", "title", "topic", "tag", "nis_code") if row.get(c)),
        "",
    )
    what = RECORD_NAMES.get(entity, entity)
    return f"{what} '{name}': {reason}" if name else f"{what}: {reason}"
