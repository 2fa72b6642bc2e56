"""The reads behind a hand-over package (``services.handover``): the rows of a portfolio, the
reference codes a package may name, when records last changed, and what the last import left.

Every statement works on an open ``Connection``, so the import can read inside its own write
transaction what it is about to change. Rows come back as plain dicts (column name to value).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection

from .editing import table
from .search import fold

CHUNK = 500

# The tables a package carries, parents before children (the order a write needs).
PORTFOLIO_TABLES: tuple[str, ...] = (
    "support_contact",
    "partnership",
    "membership",
    "partnership_action",
    "kpi_value",
    "subsidy",
    "transfer",
    "stimulus_grant",
    "new_member_action",
    "support_track",
    "knowledge_session",
    "knowledge_session_participant",
    "note",
    "note_tag",
    "note_government",
    "attachment",
    "follow_up",
    "population_figure",
)

# What a package import remembers per record (in app_meta): the fingerprint last received.
BASE_PREFIX = "pakket-basis:"


@dataclass(frozen=True)
class ReferenceCodesRecord:
    """The reference data of this database that a package may point at."""

    governments: dict[str, str]  # NIS code -> name
    project_years: frozenset[int]
    action_ids: dict[str, str]  # catalogue key -> id in this database
    action_keys: dict[str, tuple[str, str]]  # id -> (catalogue key, number)
    kpi_ids: dict[str, str]  # catalogue key -> id
    kpi_keys: dict[str, str]  # id -> catalogue key


def _chunks(values: Sequence[object]) -> Iterable[Sequence[object]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def reference_codes(conn: Connection) -> ReferenceCodesRecord:
    gov, years = table("government"), table("project_year")
    action, kpi = table("catalogue_action"), table("catalogue_kpi")
    actions = conn.execute(sa.select(action.c.id, action.c.catalogue_key, action.c.number)).all()
    kpis = conn.execute(sa.select(kpi.c.id, kpi.c.catalogue_key)).all()
    return ReferenceCodesRecord(
        governments={
            nis: name for nis, name in conn.execute(sa.select(gov.c.nis_code, gov.c.name))
        },
        project_years=frozenset(conn.execute(sa.select(years.c.number)).scalars()),
        action_ids={key: id_ for id_, key, _number in actions},
        action_keys={id_: (key, number) for id_, key, number in actions},
        kpi_ids={key: id_ for id_, key in kpis},
        kpi_keys={id_: key for id_, key in kpis},
    )


def rows_in(conn: Connection, table_name: str, column: str, values: Iterable[object]) -> list[dict]:
    """The rows of ``table_name`` whose ``column`` is one of ``values`` (in chunks)."""
    tbl = table(table_name)
    wanted = sorted(set(values), key=str)
    found: list[dict] = []
    for chunk in _chunks(wanted):
        query = sa.select(tbl).where(tbl.c[column].in_(chunk))
        found.extend(dict(r) for r in conn.execute(query).mappings())
    return found


def all_rows(conn: Connection, table_name: str) -> list[dict]:
    return [dict(r) for r in conn.execute(sa.select(table(table_name))).mappings()]


def partnership_choices(conn: Connection) -> list[dict]:
    """Every partnership's id and name, by name (to pick from, or to match a name against)."""
    p = table("partnership")
    query = sa.select(p.c.id, p.c.name).order_by(p.c.name, p.c.id)
    return [dict(r) for r in conn.execute(query).mappings()]


def partnerships_named(conn: Connection, text: str) -> list[dict]:
    """Partnerships whose id is ``text``, or else whose name is ``text`` (case and accents
    aside)."""
    rows = partnership_choices(conn)
    by_id = [r for r in rows if r["id"] == text.strip()]
    if by_id:
        return by_id
    wanted = " ".join(fold(text).split())
    return [r for r in rows if " ".join(fold(r["name"]).split()) == wanted]


def loose_notes_of(conn: Connection, nis_codes: Iterable[str]) -> list[dict]:
    """Notes linked to none of the partnerships but to one of ``nis_codes``."""
    note, linked = table("note"), table("note_government")
    found: dict[str, dict] = {}
    for chunk in _chunks(sorted(set(nis_codes))):
        query = (
            sa.select(note)
            .join(linked, linked.c.note_id == note.c.id)
            .where(linked.c.nis_code.in_(chunk), note.c.partnership_id.is_(None))
        )
        for r in conn.execute(query).mappings():
            found[r["id"]] = dict(r)
    return list(found.values())


def last_changes(conn: Connection, entity_ids: Iterable[str]) -> dict[str, dt.datetime]:
    """The latest change-log moment of each of ``entity_ids`` (as the log names them)."""
    log = table("change_log")
    found: dict[str, dt.datetime] = {}
    for chunk in _chunks(sorted(set(entity_ids))):
        query = (
            sa.select(log.c.entity_id, sa.func.max(log.c.changed_at))
            .where(log.c.entity_id.in_(chunk))
            .group_by(log.c.entity_id)
        )
        for entity_id, moment in conn.execute(query):
            found[entity_id] = _aware(moment)
    return found


def last_partnership_changes(
    conn: Connection, partnership_ids: Iterable[str]
) -> dict[str, dt.datetime]:
    """The latest change-log moment of anything of each partnership."""
    log = table("change_log")
    found: dict[str, dt.datetime] = {}
    for chunk in _chunks(sorted(set(partnership_ids))):
        query = (
            sa.select(log.c.partnership_id, sa.func.max(log.c.changed_at))
            .where(log.c.partnership_id.in_(chunk))
            .group_by(log.c.partnership_id)
        )
        for partnership_id, moment in conn.execute(query):
            found[partnership_id] = _aware(moment)
    return found


def _aware(moment: dt.datetime | str) -> dt.datetime:
    """``max()`` in SQL hands back the stored text; the table type hands back a datetime."""
    value = dt.datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def received_bases(conn: Connection) -> dict[str, str]:
    """Per record key (``kind:id``), the fingerprint of the version a package brought last."""
    meta = table("app_meta")
    query = sa.select(meta.c.key, meta.c.value).where(meta.c.key.startswith(BASE_PREFIX))
    return {key.removeprefix(BASE_PREFIX): value for key, value in conn.execute(query)}


def row_counts(conn: Connection, table_names: Iterable[str] = PORTFOLIO_TABLES) -> dict[str, int]:
    """How many rows each table holds."""
    return {
        name: int(conn.execute(sa.select(sa.func.count()).select_from(table(name))).scalar() or 0)
        for name in table_names
    }
