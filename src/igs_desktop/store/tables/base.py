"""Shared pieces of the table definitions: the metadata with its naming convention, ids, time."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlmodel import SQLModel

# Alembic's batch mode recreates SQLite tables; it can only find constraints again by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = SQLModel.metadata

ID_LENGTH = 36


def new_id() -> str:
    """A UUID as text: records keep their identity when a portfolio moves to another database."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Now, as an aware UTC moment (SQLModel stores UTC and returns aware values)."""
    return dt.datetime.now(dt.UTC)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a table model, for SQL without the ORM (SQLModel's types do not
    declare ``__table__``)."""
    table = sa.inspect(model).local_table
    if not isinstance(table, sa.Table):
        raise TypeError(f"{model.__name__} is not a table model")
    return table
