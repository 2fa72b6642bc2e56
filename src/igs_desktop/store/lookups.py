"""Small reads the services need to validate a write."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from .editing import table


def exists(conn: Connection, table_name: str, **where: object) -> bool:
    tbl = table(table_name)
    query = select(func.count()).select_from(tbl)
    for name, value in where.items():
        query = query.where(tbl.c[name] == value)
    return bool(conn.execute(query).scalar())


def row(conn: Connection, table_name: str, **where: object) -> dict | None:
    tbl = table(table_name)
    query = select(tbl)
    for name, value in where.items():
        query = query.where(tbl.c[name] == value)
    found = conn.execute(query).mappings().first()
    return dict(found) if found else None


def rows(conn: Connection, table_name: str, **where: object) -> list[dict]:
    tbl = table(table_name)
    query = select(tbl)
    for name, value in where.items():
        query = query.where(tbl.c[name] == value)
    return [dict(r) for r in conn.execute(query).mappings()]


def government_name(conn: Connection, nis_code: str) -> str:
    found = row(conn, "government", nis_code=nis_code)
    return found["name"] if found else nis_code


def action_label(conn: Connection, action_id: str) -> str:
    found = row(conn, "catalogue_action", id=action_id)
    return f"actie {found['number']}" if found else "actie"
