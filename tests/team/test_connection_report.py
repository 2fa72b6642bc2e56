"""Testing the connection from the settings, against a real PostgreSQL: who, which server, TLS,
and the verdict on the server's schema; nothing is written to the server."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy.engine import make_url

from igs_desktop.services import team_settings
from igs_desktop.services.team_settings import TeamServerError
from igs_desktop.store import migrate
from igs_desktop.store.schema import HEAD_REVISION
from igs_desktop.store.team_server.engine import make_server_engine, upgrade_server

from .conftest import TeamRoleRecord


def upgraded(url: str, target: str = "head") -> None:
    engine = make_server_engine(url, None)
    try:
        upgrade_server(engine, target)
    finally:
        engine.dispose()


def table_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    assert row is not None
    return int(row[0])


def test_a_server_at_the_apps_schema_is_ready(
    team_database: str, make_login_role: Callable[..., TeamRoleRecord]
) -> None:
    assert migrate.script_revisions()[-1] == HEAD_REVISION
    upgraded(team_database)
    role = make_login_role()
    with psycopg.connect(team_database, autocommit=True) as conn:
        conn.execute(f'GRANT SELECT ON alembic_version TO "{role.name}"')
    report = team_settings.test_connection(role.url_without_password, role.password)
    assert report.user == role.name
    assert report.database == make_url(team_database).database
    assert report.server_revision == report.app_revision == HEAD_REVISION
    assert report.ready is True
    assert "synchroniseren kan" in report.verdict
    assert report.lines[0] == f"Aangemeld als {role.name} op database {report.database}."
    assert report.lines[2].startswith(
        "Versleutelde verbinding (TLS): " + ("ja" if report.tls else "nee")
    )
    assert report.lines[-1] == report.verdict
    assert role.password not in " ".join(report.lines) + report.url


def test_an_empty_server_is_told_and_left_empty(team_database: str) -> None:
    report = team_settings.test_connection(team_database, None)  # the URL's own password
    assert report.server_revision is None
    assert report.ready is False
    assert "nog niet ingericht" in report.verdict
    assert table_count(team_database) == 0


def test_an_older_server_schema_asks_the_administrator(team_database: str) -> None:
    revisions = migrate.script_revisions()
    upgraded(team_database, revisions[-2])
    report = team_settings.test_connection(team_database, None)
    assert report.server_revision == revisions[-2]
    assert report.ready is False
    assert "laat de beheerder de teamdatabase bijwerken" in report.verdict


def test_a_newer_server_schema_asks_to_update_the_app(team_database: str) -> None:
    upgraded(team_database)
    with psycopg.connect(team_database, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    report = team_settings.test_connection(team_database, None)
    assert report.ready is False
    assert "werk IGS Desktop bij" in report.verdict


def test_a_wrong_password_is_told_without_it(team_database: str) -> None:
    url = make_url(team_database)._replace(password=None).render_as_string(False)
    assert "@" in url and make_url(url).password is None
    with pytest.raises(TeamServerError) as caught:
        team_settings.test_connection(url, "Not-The-Password-99")
    assert str(caught.value) == (
        "Aanmelden bij de teamdatabase mislukt: gebruiker of wachtwoord klopt niet."
    )
    assert "Not-The-Password-99" not in str(caught.value.__cause__)
