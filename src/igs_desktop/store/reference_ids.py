"""Deterministic ids of reference rows that have a UUID key (issue 15, team synchronisation).

Most reference rows are keyed by an official code (region code, NIS code, project year), which
is the same in every database. Four kinds are keyed by a UUID instead: catalogue actions, their
KPIs, population figures and municipal mergers. A random UUID (``new_id``) would differ on every
laptop, and the partnership records that point at them (``partnership_action.action_id``,
``kpi_value.kpi_id``, ...) could not travel between laptops through the team server.

Their id is therefore derived from their natural key: ``uuid5(NAMESPACE, "<table>:<key>")``,
with the key's parts joined by ``/`` (as ``change_log.entity_id`` joins a composite key). The
same natural key gives the same id in every database, in every release; revision 0005
(``reference_ids``) gave existing rows these ids.

NAMESPACE and the texts hashed must never change: a change would give every laptop and the
team server new ids for rows that already exist.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

# Chosen once at random for IGS Desktop; never change it (see the module's docstring).
NAMESPACE = uuid.UUID("3131eb71-a2d3-40e8-a0a5-919e9073ed6c")

# The tables whose id this module derives, with the columns of their natural key.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "catalogue_action": ("catalogue_key",),
    "catalogue_kpi": ("catalogue_key",),
    "population_figure": ("nis_code", "project_year"),
    "merger": ("old_nis_code", "new_nis_code", "effective_date"),
}


def _derive(table: str, *parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{table}:{'/'.join(str(p) for p in parts)}"))


def _day(value: dt.date | str) -> str:
    """A date as ``YYYY-MM-DD``, whether given as a date or as that text (SQLite's form)."""
    if isinstance(value, dt.datetime):
        raise TypeError("A merger takes effect on a date, not at a moment.")
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(value).isoformat()


def catalogue_action_id(key: str) -> str:
    """The id of the catalogue action with ``catalogue_key`` ``key`` (e.g. ``"O1-A3"``)."""
    return _derive("catalogue_action", key)


def catalogue_kpi_id(key: str) -> str:
    """The id of the catalogue KPI with ``catalogue_key`` ``key`` (e.g. ``"O1-A3-K1"``)."""
    return _derive("catalogue_kpi", key)


def population_figure_id(nis_code: str, year: int) -> str:
    """The id of the population figure of government ``nis_code`` for project year ``year``."""
    return _derive("population_figure", nis_code, int(year))


def merger_id(old_nis_code: str, new_nis_code: str, effective_date: dt.date | str) -> str:
    """The id of the merger of ``old_nis_code`` into ``new_nis_code`` on ``effective_date``
    (a date, or its ISO text)."""
    return _derive("merger", old_nis_code, new_nis_code, _day(effective_date))


def reference_id(table: str, values: Mapping[str, Any]) -> str | None:
    """The deterministic id of a row of ``table`` with ``values``, or None when ``table`` keeps
    random ids (or a natural key column is missing or empty)."""
    columns = NATURAL_KEYS.get(table)
    if columns is None:
        return None
    parts: list[Any] = [values.get(name) for name in columns]
    if any(part is None or part == "" for part in parts):
        return None
    if table == "catalogue_action":
        return catalogue_action_id(str(parts[0]))
    if table == "catalogue_kpi":
        return catalogue_kpi_id(str(parts[0]))
    if table == "population_figure":
        return population_figure_id(str(parts[0]), int(parts[1]))
    return merger_id(str(parts[0]), str(parts[1]), parts[2])
