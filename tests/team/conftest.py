"""A real PostgreSQL server for the team tests: a throw-away database per test, throw-away roles.

``IGS_TEST_PG_URL`` names a role that may create databases and roles (CREATEDB CREATEROLE;
``.ci/run`` starts such a server). Without it the tests that need the server are skipped
locally, and fail in CI (``IGS_TEST_PG_REQUIRED`` or ``CI`` set): CI never skips them.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    from .sync_tools import Laptop

SKIP_REASON = "Geen PostgreSQL-server: zet IGS_TEST_PG_URL=postgresql://… (README, Teamgebruik)"
PREFIX = "igs_t"  # every database and role a test makes starts with this, then a random part


def libpq_url(url: URL) -> str:
    """The plain ``postgresql://`` form psycopg and libpq take."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, database: str) -> str:
    """``url`` with its database replaced (user, password, host, port and options kept)."""
    return libpq_url(admin_url_object(url).set(database=database))


def admin_url_object(url: str) -> URL:
    scheme, _sep, rest = url.partition("://")
    if scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise ValueError(f"IGS_TEST_PG_URL must be a postgresql:// URL, not {scheme}://")
    return make_url(f"postgresql://{rest}")


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """The admin URL of the test server (IGS_TEST_PG_URL), as ``postgresql://``."""
    url = os.environ.get("IGS_TEST_PG_URL", "").strip()
    if not url:
        if os.environ.get("IGS_TEST_PG_REQUIRED") or os.environ.get("CI"):
            pytest.fail(
                "IGS_TEST_PG_URL is not set, but this run requires the PostgreSQL tests "
                "(IGS_TEST_PG_REQUIRED or CI is set): .ci/run starts a server and sets it."
            )
        pytest.skip(SKIP_REASON)
    return libpq_url(admin_url_object(url))


def unique_name(kind: str) -> str:
    """A database or role name no other test (or test run on the same server) uses."""
    return f"{PREFIX}_{kind}_{uuid.uuid4().hex[:16]}"


def admin_connection(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True, connect_timeout=10)


@pytest.fixture
def _throwaway_roles(pg_admin_url: str) -> Iterator[list[str]]:
    """The names of the roles a test made; dropped after the test's database is (the database
    takes their rights in it along, so dropping them needs no rights over them)."""
    made: list[str] = []
    yield made
    if made:
        with admin_connection(pg_admin_url) as conn:
            conn.execute(
                sql.SQL("DROP ROLE IF EXISTS {}").format(
                    sql.SQL(", ").join(sql.Identifier(name) for name in made)
                )
            )


@pytest.fixture
def team_database(pg_admin_url: str, _throwaway_roles: list[str]) -> Iterator[str]:
    """A fresh, empty database owned by the admin, dropped after the test (also when it
    fails, with whatever connections are still open to it: the admin needs pg_signal_backend
    for those). Yields its admin URL."""
    name = unique_name("db")
    with admin_connection(pg_admin_url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield with_database(pg_admin_url, name)
    finally:
        with admin_connection(pg_admin_url) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@dataclass(frozen=True)
class TeamRoleRecord:
    """A throw-away LOGIN role and the URL it logs in with to the test's database."""

    name: str
    password: str = field(repr=False)
    url: str = field(repr=False)  # postgresql://name:password@host:port/database

    @property
    def url_without_password(self) -> str:
        return libpq_url(make_url(self.url)._replace(password=None))


@pytest.fixture
def make_login_role(
    team_database: str, _throwaway_roles: list[str]
) -> Callable[..., TeamRoleRecord]:
    """``make_login_role(*member_of)``: a new LOGIN role with a random password, member of the
    given roles, that logs in to the test's database. Role names are cluster-wide, so each is
    unique; the roles are dropped after the test, once its database is gone."""

    def make(*member_of: str) -> TeamRoleRecord:
        name = unique_name("role")
        password = secrets.token_urlsafe(18)
        with admin_connection(team_database) as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
            _throwaway_roles.append(name)
            for group in member_of:
                conn.execute(
                    sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name))
                )
        url = admin_url_object(team_database).set(username=name, password=password)
        return TeamRoleRecord(name, password, libpq_url(url))

    return make


@pytest.fixture
def team(
    team_database: str, _throwaway_roles: list[str], migrated_template: Path, tmp_path: Path
) -> Iterator[Callable[..., Laptop]]:
    """``team(name, coordinator=False)``: a member of a freshly set-up team server (as
    ``team-server setup`` and ``add-member`` leave it) with a laptop of their own."""
    from .sync_tools import add_contact, new_laptop, prepare_server

    prepare_server(team_database)
    made: list[Laptop] = []

    def make(name: str, coordinator: bool = False) -> Laptop:
        role, password, _contact = add_contact(team_database, _throwaway_roles, name, coordinator)
        url = libpq_url(admin_url_object(team_database).set(username=role)._replace(password=None))
        laptop = new_laptop(migrated_template, tmp_path / role, url, password, name)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.db.close()
