"""``igs-desktop team-server``: a fresh database set up and a colleague added end to end, the
administrator's password from the address, PGPASSWORD or the terminal, and the Dutch one-line
refusals (exit 2) that change nothing and never show a password."""

from __future__ import annotations

import io
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from igs_desktop.cli import main
from igs_desktop.cli import team_server as cli_team_server
from igs_desktop.store.team_server.security import security_sql

from .conftest import libpq_url


def _without_password(url: str) -> str:
    return libpq_url(make_url(url)._replace(password=None))


def _admin_password(url: str) -> str:
    password = make_url(url).password
    assert password, "the test server's admin URL carries its password"
    return str(password)


def _new_role(roles: list[str]) -> str:
    role = f"igs_t_role_{uuid.uuid4().hex[:12]}"
    roles.append(role)  # dropped after the test's database
    return role


@dataclass
class Terminal:
    """The password prompts the command showed, and the answers typed (in order)."""

    asked: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Terminal:
    """No PGPASSWORD and no ~/.pgpass; a terminal that records each password prompt and
    answers from ``answers`` (a prompt without an answer fails the test)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    typed = Terminal()

    def getpass(prompt: str = "") -> str:
        typed.asked.append(prompt)
        if not typed.answers:
            pytest.fail(f"asked for a password: {prompt}")
        return typed.answers.pop(0)

    monkeypatch.setattr(cli_team_server.getpass, "getpass", getpass)
    monkeypatch.setattr(cli_team_server, "_terminal", lambda: True)
    return typed


def test_setup_and_add_member_end_to_end(
    team_database: str,
    _throwaway_roles: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin_password = _admin_password(team_database)
    assert main(["team-server", "setup", "--server", team_database]) == 0
    out, err = capsys.readouterr()
    assert "Schema van de teamdatabase aangemaakt" in out
    assert "Referentiegegevens" in out and "rijbeveiliging ingesteld" in out
    assert admin_password not in out + err

    assert main(["team-server", "setup", "--server", team_database]) == 0  # after an update
    assert "al bijgewerkt" in capsys.readouterr().out

    role = _new_role(_throwaway_roles)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Geheim-1%\n"))
    argv = ["team-server", "add-member", "--server", team_database, "--role", role]
    assert main([*argv, "--name", "Eva Janssens", "--coordinator", "--password-stdin"]) == 0
    out, err = capsys.readouterr()
    assert f"gebruiker {role} (lid van igs_team en igs_coordinator)" in out
    login_url = _without_password(team_database).replace(make_url(team_database).username, role)
    assert login_url.split("?")[0] in out  # the address to give the colleague, no password
    assert "Geheim-1%" not in out + err and admin_password not in out + err

    member_url = libpq_url(make_url(team_database).set(username=role, password="Geheim-1%"))
    with psycopg.connect(member_url) as conn:
        row = conn.execute(
            "SELECT c.name, igs_is_coordinator() FROM support_contact c"
            " WHERE c.id = igs_contact_id()"
        ).fetchone()
    assert row == ("Eva Janssens", True)

    monkeypatch.setattr(sys, "stdin", io.StringIO("anders\n"))
    assert main([*argv, "--name", "Nog een Eva", "--password-stdin"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("igs-desktop: ") and "bestaat al" in err and "niets gewijzigd" in err
    assert err.count("\n") == 1
    with psycopg.connect(team_database) as conn:
        assert conn.execute("SELECT count(*) FROM support_contact").fetchone() == (1,)


def test_the_admin_password_comes_from_pgpassword(
    team_database: str, terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", _admin_password(team_database))
    assert main(["team-server", "setup", "--server", _without_password(team_database)]) == 0
    assert terminal.asked == []


def test_the_admin_password_is_asked_once_when_the_server_wants_one(
    team_database: str, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.answers.append(_admin_password(team_database))
    url = _without_password(team_database)
    assert main(["team-server", "setup", "--server", url]) == 0
    assert len(terminal.asked) == 1
    assert make_url(url).username in terminal.asked[0]
    assert "rijbeveiliging ingesteld" in capsys.readouterr().out


def test_add_member_asks_the_administrators_password_first_and_checks_it(
    team_database: str,
    _throwaway_roles: list[str],
    terminal: Terminal,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["team-server", "setup", "--server", team_database]) == 0
    role = _new_role(_throwaway_roles)
    add = ["team-server", "add-member", "--server", _without_password(team_database)]
    add += ["--role", role, "--name", "Eva"]
    terminal.answers.append("niet-het-wachtwoord")
    assert main(add) == 2
    assert "gebruiker of wachtwoord klopt niet" in capsys.readouterr().err
    assert len(terminal.asked) == 1  # the colleague's password was not asked in vain

    terminal.asked.clear()
    terminal.answers.extend([_admin_password(team_database), "eva-1", "eva-1"])
    assert main(add) == 0
    assert [prompt.split()[0] for prompt in terminal.asked] == ["Wachtwoord", "Nieuw", "Nog"]
    assert "beheerder" in terminal.asked[0]
    assert f"gebruiker {role} (lid van igs_team)" in capsys.readouterr().out


def test_a_wrong_admin_password_is_one_dutch_line(
    team_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = libpq_url(make_url(team_database).set(password="fout-wachtwoord-42"))
    assert main(["team-server", "setup", "--server", wrong]) == 2
    out, err = capsys.readouterr()
    assert err == (
        "igs-desktop: Aanmelden bij de teamdatabase mislukt: gebruiker of wachtwoord klopt niet.\n"
    )
    assert "fout-wachtwoord-42" not in out + err
    with psycopg.connect(team_database) as conn:  # nothing was made
        assert conn.execute("SELECT to_regclass('alembic_version')").fetchone() == (None,)


def test_bad_input_is_refused_before_any_password_is_asked(
    team_database: str, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["team-server", "add-member", "--name", "Eva"]
    assert main([*add, "--server", "http://server/igs", "--role", "eva"]) == 2
    assert "moet met postgresql:// beginnen" in capsys.readouterr().err
    assert main([*add, "--server", team_database, "--role", "Eva-J"]) == 2
    err = capsys.readouterr().err
    assert "'Eva-J' kan geen gebruikersnaam op de teamserver zijn" in err
    assert main([*add, "--server", team_database, "--role", "pg_eva"]) == 2
    assert "voorbehouden" in capsys.readouterr().err
    assert terminal.asked == []


def test_add_member_needs_a_set_up_server_and_two_equal_passwords(
    team_database: str,
    _throwaway_roles: list[str],
    terminal: Terminal,
    capsys: pytest.CaptureFixture[str],
) -> None:
    role = _new_role(_throwaway_roles)
    add = ["team-server", "add-member", "--server", team_database, "--role", role, "--name", "Eva"]
    terminal.answers.extend(["een", "twee"])
    assert main(add) == 2
    assert "De twee wachtwoorden verschillen. Er is niets gewijzigd." in capsys.readouterr().err
    terminal.answers.extend(["een", "een"])
    assert main(add) == 2  # the database has no schema yet
    assert "nog niet ingericht" in capsys.readouterr().err
    with psycopg.connect(team_database) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = %s", [role]
        ).fetchone() == (0,)


def test_sql_prints_the_security_sql(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team-server", "sql"]) == 0
    assert capsys.readouterr().out == security_sql()
