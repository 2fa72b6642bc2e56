"""The team server's engine on a real PostgreSQL: the app's migrations, who we are, and the
Dutch messages for a wrong password, a missing database, an unreachable server."""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from igs_desktop.store import migrate
from igs_desktop.store.search import is_index_object
from igs_desktop.store.tables import metadata
from igs_desktop.store.team_server.engine import (
    connection_facts,
    make_server_engine,
    server_revision,
    server_url,
    upgrade_server,
)
from igs_desktop.store.team_server.errors import TeamServerError, explain

from .conftest import TeamRoleRecord

HEAD = migrate.script_revisions()[-1]


@pytest.fixture
def engine(team_database: str) -> Iterator[Engine]:
    made = make_server_engine(team_database, None)
    yield made
    made.dispose()


def free_port() -> int:
    """A loopback port nobody listens on (bound, read, released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def schema_snapshot(engine: Engine) -> list[tuple[object, ...]]:
    """Every table, column, index and constraint of the public schema, and the revision."""
    with engine.connect() as conn:
        columns = conn.execute(
            sa.text(
                "SELECT table_name, column_name, data_type, is_nullable, column_default"
                " FROM information_schema.columns WHERE table_schema = 'public'"
                " ORDER BY table_name, column_name"
            )
        ).all()
        indexes = conn.execute(
            sa.text(
                "SELECT tablename, indexname, indexdef FROM pg_indexes"
                " WHERE schemaname = 'public' ORDER BY indexname"
            )
        ).all()
        constraints = conn.execute(
            sa.text(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
                " ORDER BY conname"
            )
        ).all()
        revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    return [*map(tuple, columns), *map(tuple, indexes), *map(tuple, constraints), *revision]


# -- the schema -------------------------------------------------------------------------------


def test_migrations_on_postgresql_make_the_tables_of_the_metadata(engine: Engine) -> None:
    assert server_revision(engine) is None
    upgrade_server(engine)
    assert server_revision(engine) == HEAD
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                # SQLite's search index (FTS5 tables, view, triggers) is not made on PostgreSQL.
                "include_name": lambda name, type_, _parents: (
                    not (type_ == "table" and is_index_object(name))
                ),
            },
        )
        differences = compare_metadata(context, metadata)
        tables = set(sa.inspect(conn).get_table_names())
    assert differences == []
    assert set(metadata.tables) <= tables
    assert not any(is_index_object(name) for name in tables)


def test_a_second_upgrade_changes_nothing(engine: Engine) -> None:
    upgrade_server(engine)
    before = schema_snapshot(engine)
    upgrade_server(engine)
    assert schema_snapshot(engine) == before
    assert len(before) > 100


def test_upgrade_goes_revision_by_revision(engine: Engine) -> None:
    """An older server schema is brought to head by the remaining revisions."""
    first = migrate.script_revisions()[0]
    upgrade_server(engine, first)
    assert server_revision(engine) == first
    upgrade_server(engine)
    assert server_revision(engine) == HEAD


def test_two_administrators_upgrading_at_once_both_succeed(team_database: str) -> None:
    """The advisory lock: the second waits for the first instead of creating the same tables."""
    engines = [make_server_engine(team_database, None) for _ in range(2)]
    failures: list[BaseException] = []

    def upgrade(engine: Engine) -> None:
        try:
            upgrade_server(engine)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=upgrade, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert failures == []
        assert server_revision(engines[0]) == HEAD
    finally:
        for engine in engines:
            engine.dispose()


# -- the connection ---------------------------------------------------------------------------


def test_connection_facts_name_the_user_the_server_and_tls(
    engine: Engine, team_database: str
) -> None:
    facts = connection_facts(engine)
    url = make_url(team_database)
    assert facts.user == url.username
    assert facts.database == url.database
    assert re.fullmatch(r"\d+(\.\d+)*", facts.server_version)
    with psycopg.connect(team_database) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert facts.tls is bool(row and row[0])


def test_the_connection_says_it_is_igs_desktop(engine: Engine) -> None:
    with engine.connect() as conn:
        name = conn.execute(sa.text("SELECT current_setting('application_name')")).scalar()
    assert name == "igs-desktop"


def test_a_team_role_connects_with_its_own_password(
    make_login_role: Callable[..., TeamRoleRecord],
) -> None:
    role = make_login_role()
    engine = make_server_engine(role.url_without_password, role.password)
    try:
        assert connection_facts(engine).user == role.name
    finally:
        engine.dispose()


def without_password(url: str) -> str:
    """``url`` with no password at all (``URL.set(password=None)`` would keep it)."""
    bare = make_url(url)._replace(password=None)
    assert bare.password is None
    return bare.render_as_string(hide_password=False)


def test_without_a_password_libpq_takes_pgpassword(
    team_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = make_url(team_database)
    assert url.password
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # not the user's ~/.pgpass
    monkeypatch.delenv("PGPASSWORD", raising=False)
    engine = make_server_engine(without_password(team_database), None)
    try:
        with pytest.raises(TeamServerError) as caught:
            connection_facts(engine)  # no password anywhere: refused
        assert caught.value.kind == "login"
        monkeypatch.setenv("PGPASSWORD", str(url.password))
        engine.dispose()
        assert connection_facts(engine).user == url.username
    finally:
        engine.dispose()


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg", "PostgreSQL"])
def test_the_schemes_users_type_are_accepted(scheme: str) -> None:
    url = server_url(f"{scheme}://anna@team.example:6543/igs?sslmode=verify-full")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.port, url.database) == (
        "anna",
        "team.example",
        6543,
        "igs",
    )
    assert url.query == {"sslmode": "verify-full"}  # passed on to libpq untouched
    assert url.password is None


def test_a_password_argument_replaces_one_in_the_url() -> None:
    assert server_url("postgresql://anna:old@h/igs", "new").password == "new"
    assert server_url("postgresql://anna:old@h/igs", None).password == "old"


@pytest.mark.parametrize("url", ["mysql://anna@h/igs", "team.example/igs", "http://h/igs"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match=r"postgresql://"):
        make_server_engine(url, None)


# -- the messages -----------------------------------------------------------------------------


def test_a_wrong_password_gives_the_dutch_message_without_the_password(
    team_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "Wrong-But-Secret-Pw-4711"
    engine = make_server_engine(without_password(team_database), secret)
    try:
        with pytest.raises(TeamServerError) as caught:
            connection_facts(engine)
    finally:
        engine.dispose()
    assert str(caught.value) == (
        "Aanmelden bij de teamdatabase mislukt: gebruiker of wachtwoord klopt niet."
    )
    assert caught.value.kind == "login"
    assert secret not in repr(caught.value.args)
    assert secret not in str(caught.value.__cause__)
    assert secret not in caplog.text


def test_an_unknown_database_is_named(team_database: str) -> None:
    url = make_url(team_database).set(database="igs_t_no_such_database")
    engine = make_server_engine(url.render_as_string(False), None)
    try:
        with pytest.raises(TeamServerError) as caught:
            server_revision(engine)
    finally:
        engine.dispose()
    assert caught.value.kind == "no-database"
    assert "'igs_t_no_such_database' bestaat niet" in str(caught.value)
    assert str(caught.value).endswith("Er is niets gewijzigd.")


def test_tls_demanded_by_the_url_is_used_or_its_absence_told(team_database: str) -> None:
    """sslmode from the URL goes to libpq: against a server with TLS the connection is
    encrypted; against one without, the message says the server offers none."""
    engine = make_server_engine(f"{team_database}?sslmode=require", None)
    try:
        facts = connection_facts(engine)
    except TeamServerError as error:
        assert error.kind == "tls"
        assert "biedt geen versleutelde verbinding (TLS) aan" in str(error)
    else:
        assert facts.tls is True
    finally:
        engine.dispose()


def test_an_unreachable_port_is_told_within_seconds() -> None:
    port = free_port()
    engine = make_server_engine(f"postgresql://anna@127.0.0.1:{port}/igs", "pw")
    started = time.monotonic()
    try:
        with pytest.raises(TeamServerError) as caught:
            connection_facts(engine)
    finally:
        engine.dispose()
    assert time.monotonic() - started < 4
    message = str(caught.value)
    assert message.startswith(f"De teamdatabase op 127.0.0.1:{port} is niet bereikbaar: ")
    assert message.endswith("Er is niets gewijzigd.")
    assert caught.value.kind == "unreachable"


@pytest.mark.parametrize(
    ("libpq_says", "kind", "words"),
    [
        (
            'connection to server at "10.1.2.3", port 5432 failed: timeout expired',
            "unreachable",
            "is niet bereikbaar: de server antwoordt niet op tijd",
        ),
        (
            "failed to resolve host 'team.invalid': [Errno -2] Name or service not known",
            "unreachable",
            "is niet bereikbaar: de servernaam is onbekend",
        ),
        (
            'connection to server at "h", port 5432 failed: server does not support SSL, '
            "but SSL was required",
            "tls",
            "geen versleutelde verbinding (TLS)",
        ),
        (
            'connection to server at "h", port 5432 failed: FATAL:  no pg_hba.conf entry for '
            'host "10.0.0.9", user "anna", database "igs", no encryption',
            "tls",
            "zonder versleuteling",
        ),
        (
            'connection to server at "h", port 5432 failed: root certificate file '
            '"/home/anna/.postgresql/root.crt" does not exist',
            "certificate",
            "Het certificaat van de teamserver",
        ),
        (
            'connection to server at "h", port 5432 failed: FATAL:  role "anna" does not exist',
            "login",
            "de gebruiker 'anna' bestaat niet",
        ),
        (
            "server closed the connection unexpectedly",
            "lost",
            "viel weg",
        ),
    ],
)
def test_libpq_failures_become_dutch_messages(libpq_says: str, kind: str, words: str) -> None:
    error = explain(psycopg.OperationalError(f"connection failed: {libpq_says}"), "h:5432")
    assert error.kind == kind
    assert words in str(error)


def test_a_password_a_driver_would_echo_is_cut_out() -> None:
    error = explain(psycopg.OperationalError("odd failure near 'S3cr3t!'"), "h:5432", "S3cr3t!")
    assert "S3cr3t!" not in str(error)
    assert "***" in str(error)
