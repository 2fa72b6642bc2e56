"""``igs-desktop sync`` and ``conflicts`` on the command line, against a real server."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from igs_desktop.cli import main

from .sync_tools import Laptop, second_device


def _sync(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch, *extra: str, password: str | None = None
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO((password or laptop.password) + "\n"))
    laptop.db.engine.dispose()
    return main(["sync", "--db", str(laptop.db.path), "--password-stdin", *extra])


def test_sync_remembers_the_address_without_password_and_reports(
    team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    an = team("An Peeters")
    an.portfolio.create_partnership("IGS Noord", 1)
    assert _sync(an, monkeypatch, "--server", an.url) == 0
    out = capsys.readouterr().out
    assert "Verzonden: 1 wijziging(en), waarvan 1 bij de eerste synchronisatie." in out
    assert "Conflicten: geen." in out
    stored = {r["key"]: r["value"] for r in an.rows("app_meta")}["sync.server_url"]
    assert stored.startswith("postgresql://") and an.password not in stored
    assert _sync(an, monkeypatch) == 0  # the remembered address
    assert "Verzonden: 0 wijziging(en)." in capsys.readouterr().out


def test_a_wrong_password_exits_2_with_the_reason_and_changes_nothing(
    team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    an = team("An Peeters")
    an.portfolio.create_partnership("IGS Noord", 1)
    an.db.engine.dispose()
    before = an.db.path.read_bytes()
    assert _sync(an, monkeypatch, "--server", an.url, password="fout") == 2
    err = capsys.readouterr().err
    assert "gebruiker of wachtwoord klopt niet" in err and "fout" not in err.split("klopt")[1]
    an.db.engine.dispose()
    # The address was remembered (it was valid); the data and the change log are untouched.
    with an.db.engine.connect() as conn:
        unsent = conn.execute(sa.text("SELECT count(*) FROM change_log WHERE sync_state = ''"))
        assert unsent.scalar() == 1
    assert {r["name"] for r in an.rows("partnership")} == {"IGS Noord"}
    assert before  # read before the run


def test_without_an_address_sync_says_how_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db_file: Path
) -> None:
    assert main(["sync", "--db", str(db_file)]) == 2
    assert "Er is geen teamdatabase ingesteld" in capsys.readouterr().err
    missing = tmp_path / "nieuw.sqlite"
    assert main(["sync", "--db", str(missing), "--server", "postgresql://a@b/c"]) == 2
    assert not missing.exists()


def test_a_bad_address_is_refused_by_name(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--db", str(db_file), "--server", "mysql://a@b/c"]) == 2
    assert "postgresql://" in capsys.readouterr().err


def test_conflicts_are_listed_and_settled_on_the_command_line(
    team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    an = team("An Peeters")
    an.portfolio.create_partnership("IGS Gedeeld", 1, kpi="begin")
    assert _sync(an, monkeypatch, "--server", an.url) == 0
    pid = an.rows("partnership")[0]["id"]
    tablet = second_device(an, tmp_path)
    tablet.portfolio.update_partnership(pid, kpi="tablet")
    assert _sync(tablet, monkeypatch) == 0
    an.portfolio.update_partnership(pid, kpi="laptop")
    assert _sync(an, monkeypatch) == 1
    capsys.readouterr()
    an.db.engine.dispose()
    assert main(["conflicts", "--db", str(an.db.path)]) == 1
    out = capsys.readouterr().out
    assert "'IGS Gedeeld', KPI:" in out
    assert "hier: laptop (An Peeters" in out and "team: tablet (An Peeters" in out
    conflict_id = out.split("[", 1)[1].split("]", 1)[0]
    assert main(["conflicts", "--db", str(an.db.path), "--take-theirs", conflict_id]) == 0
    assert "Er zijn geen open conflicten." in capsys.readouterr().out
    assert an.rows("partnership")[0]["kpi"] == "tablet"
    tablet.db.close()
