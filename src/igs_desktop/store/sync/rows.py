"""Reading and writing records by key on any database with the app's tables (the laptop's
SQLite file or the team server's PostgreSQL), for the synchronisation.

A record is named as in the change log: its table (``entity``) and its key as text
(``entity_id``: the primary-key values joined by "/"). Values travel as the typed rows the
tables hand back; the text form (``as_text``) is only for the change log and the conflict list.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Column, Connection, RowMapping, Table
from sqlalchemy.dialects import postgresql, sqlite

from ..editing import table

Row = dict[str, Any]
CHUNK = 500  # keys per IN (...): well below SQLite's and PostgreSQL's parameter limits


def key_text(tbl: Table, row: Mapping[str, Any] | RowMapping) -> str:
    return "/".join(str(row[c.name]) for c in tbl.primary_key.columns)


def key_of_text(tbl: Table, text: str) -> dict[str, Any]:
    """The key columns of ``text``; the last column takes the rest (a tag may hold "/")."""
    columns = list(tbl.primary_key.columns)
    parts = text.split("/", len(columns) - 1)
    if len(parts) != len(columns):
        raise ValueError(f"{tbl.name}: sleutel {text!r} heeft niet {len(columns)} delen")
    return {c.name: value_from_text(c, p) for c, p in zip(columns, parts, strict=True)}


def value_from_text(column: Column[Any], text: str | None) -> Any:
    """The typed value of a change-log text (the inverse of ``editing.as_text``)."""
    if text is None:
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        kind = str
    if kind is bool:
        return text in ("ja", "True", "true", "1")
    if kind is int:
        return int(text)
    if kind is dt.datetime:
        moment = dt.datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    if kind is dt.date:
        return dt.date.fromisoformat(text)
    if kind is Decimal:
        return Decimal(text)
    if kind is dict or kind is list:
        return json.loads(text)
    return text


def row_from_text(tbl: Table, text: str) -> Row:
    values = json.loads(text)
    return {c.name: value_from_text(c, values.get(c.name)) for c in tbl.columns if c.name in values}


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def read_rows(conn: Connection, entity: str, keys: Iterable[str]) -> dict[str, Row]:
    """The current rows of ``entity`` named by ``keys`` (absent keys are left out)."""
    tbl = table(entity)
    wanted = sorted(set(keys))
    found: dict[str, Row] = {}
    pk = list(tbl.primary_key.columns)
    for chunk in _chunks(wanted):
        if len(pk) == 1:
            condition = pk[0].in_([key_of_text(tbl, k)[pk[0].name] for k in chunk])
        else:
            tuples = [tuple(key_of_text(tbl, k)[c.name] for c in pk) for k in chunk]
            condition = sa.tuple_(*pk).in_(tuples)
        for row in conn.execute(sa.select(tbl).where(condition)).mappings():
            found[key_text(tbl, row)] = dict(row)
    return found


def read_all(
    conn: Connection, entity: str, where: sa.ColumnElement[bool] | None = None
) -> list[Row]:
    tbl = table(entity)
    query = sa.select(tbl) if where is None else sa.select(tbl).where(where)
    return [dict(r) for r in conn.execute(query).mappings()]


def _insert(conn: Connection, tbl: Table) -> Any:
    if conn.dialect.name == "postgresql":
        return postgresql.insert(tbl)
    return sqlite.insert(tbl)


def insert_row(conn: Connection, entity: str, row: Row) -> None:
    """Insert ``row``, or make the existing record with its key equal to it."""
    tbl = table(entity)
    pk = [c.name for c in tbl.primary_key.columns]
    values = {c.name: row[c.name] for c in tbl.columns if c.name in row}
    others = {k: v for k, v in values.items() if k not in pk}
    statement = _insert(conn, tbl).values(**values)
    if others:
        statement = statement.on_conflict_do_update(index_elements=pk, set_=others)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=pk)
    conn.execute(statement)


def insert_new_rows(conn: Connection, entity: str, rows: list[Row]) -> None:
    """Insert ``rows`` in one statement (a row whose key exists is left alone)."""
    if not rows:
        return
    tbl = table(entity)
    pk = [c.name for c in tbl.primary_key.columns]
    names = [c.name for c in tbl.columns]
    values = [{n: row[n] for n in names if n in row} for row in rows]
    conn.execute(_insert(conn, tbl).on_conflict_do_nothing(index_elements=pk), values)


def update_fields(conn: Connection, entity: str, key: str, values: Row) -> int:
    """Set ``values`` on the record ``key``; the number of rows changed (0: not there)."""
    if not values:
        return 0
    tbl = table(entity)
    condition = sa.and_(*(tbl.c[k] == v for k, v in key_of_text(tbl, key).items()))
    return conn.execute(sa.update(tbl).where(condition).values(**values)).rowcount


def delete_row(conn: Connection, entity: str, key: str) -> int:
    tbl = table(entity)
    condition = sa.and_(*(tbl.c[k] == v for k, v in key_of_text(tbl, key).items()))
    return conn.execute(sa.delete(tbl).where(condition)).rowcount


def columns_of(entity: str) -> list[str]:
    tbl = table(entity)
    pk = {c.name for c in tbl.primary_key.columns}
    return [c.name for c in tbl.columns if c.name not in pk]
