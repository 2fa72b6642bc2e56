"""Colleagues' portfolios against a real PostgreSQL server (issue 15): read-only on the other
laptop, an explicit takeover recorded on the server (by the service and by the window's
"Overnemen…"), and a note with personal data on the server only when shared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from igs_desktop.services import team_portfolio, team_settings
from igs_desktop.services.editing import ValidationError
from igs_desktop.services.notes import NotesService
from igs_desktop.store.team_server.engine import make_server_engine

from .sync_tools import Laptop

AN, BRAM = "An Peeters", "Bram Claes"


def on_server(admin_url: str, query: str, **params: Any) -> list[dict[str, Any]]:
    engine = make_server_engine(admin_url, None)
    try:
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(sa.text(query), params).mappings()]
    finally:
        engine.dispose()


def holder_name(laptop: Laptop, pid: str) -> str:
    return team_portfolio.owner_of(laptop.db, pid).name


@pytest.fixture
def shared(team: Callable[..., Laptop]) -> tuple[Laptop, Laptop, str]:
    """An's partnership 'IGS Noord', on both laptops after a synchronisation each."""
    an, bram = team(AN), team(BRAM)
    pid = an.portfolio.create_partnership("IGS Noord", 1, kpi="van An").created_id
    assert pid
    an.synchronise()
    bram.synchronise()
    return an, bram, pid


def test_a_colleagues_partnership_is_read_only_until_taken_over_and_the_takeover_is_recorded(
    shared: tuple[Laptop, Laptop, str], team_database: str
) -> None:
    an, bram, pid = shared
    assert holder_name(bram, pid) == AN and not team_portfolio.may_change(bram.db, pid)
    with pytest.raises(ValidationError, match="portefeuille van An Peeters: alleen lezen"):
        bram.portfolio.update_partnership(pid, kpi="van Bram")

    bram.sync.take_over(bram.url, bram.password, pid)
    assert holder_name(bram, pid) == BRAM and team_portfolio.may_change(bram.db, pid)
    bram.portfolio.update_partnership(pid, kpi="van Bram")
    bram.synchronise()
    an.synchronise()

    assert holder_name(an, pid) == BRAM
    assert next(r for r in an.rows("partnership") if r["id"] == pid)["kpi"] == "van Bram"
    with pytest.raises(ValidationError, match="portefeuille van Bram Claes: alleen lezen"):
        an.portfolio.update_partnership(pid, kpi="toch van An")
    contacts = {
        r["name"]: r["id"] for r in on_server(team_database, "SELECT id, name FROM support_contact")
    }
    [takeover] = on_server(
        team_database,
        "SELECT * FROM change_log WHERE operation = 'takeover' AND entity_id = :pid",
        pid=pid,
    )
    assert (takeover["field"], takeover["old_value"], takeover["new_value"]) == (
        "support_contact_id",
        contacts[AN],
        contacts[BRAM],
    )
    assert takeover["changed_by"] == BRAM and takeover["server_seq"] is not None
    [row] = on_server(team_database, "SELECT * FROM partnership WHERE id = :pid", pid=pid)
    assert (row["support_contact_id"], row["kpi"]) == (contacts[BRAM], "van Bram")
    # An's laptop keeps the takeover in the partnership's history
    history = [r for r in an.rows("change_log") if r["operation"] == "takeover"]
    assert [(r["partnership_id"], r["sync_state"]) for r in history] == [(pid, "received")]


def test_the_window_takes_a_partnership_over_on_a_worker(  # type: ignore[no-untyped-def]
    shared: tuple[Laptop, Laptop, str],
    team_database: str,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from igs_desktop.services.workbench import Folders, Workbench
    from igs_desktop.ui import messages, team_settings_dialog
    from igs_desktop.ui.context import AppContext
    from igs_desktop.ui.partnership.page import PartnershipPage

    _an, bram, pid = shared
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text, **_k: True)
    for kind in ("info", "warn", "error"):
        monkeypatch.setattr(
            messages, kind, lambda _p, title, text, *_a, kind=kind: shown.append((kind, text))
        )
    asked: list[str] = []

    def answer(_parent, address, problem=""):  # type: ignore[no-untyped-def]
        asked.append(address.user)
        return bram.password, False

    monkeypatch.setattr(team_settings_dialog, "ask_password", answer)
    monkeypatch.setattr(team_settings, "stored_password", lambda _address: None)
    team_settings.set_server_url(bram.db, bram.url)
    workbench = Workbench(bram.db, Folders(*(tmp_path / n for n in ("b", "r", "k"))))
    context = AppContext(workbench, year=1)
    page = PartnershipPage(context, pid)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.banner.isVisible() and not page.sections["details"].status.isEnabled()

    page.banner.button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0][0] == "info", shown
    assert "'IGS Noord' hoort nu bij uw portefeuille" in shown[0][1]
    assert asked == [bram.url.split("://")[1].split("@")[0]]
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=10_000)
    assert page.sections["details"].status.isEnabled()
    assert "ondersteuner: Bram Claes" in page.subheader.text()
    contacts = {
        r["name"]: r["id"] for r in on_server(team_database, "SELECT id, name FROM support_contact")
    }
    [row] = on_server(team_database, "SELECT * FROM partnership WHERE id = :pid", pid=pid)
    assert row["support_contact_id"] == contacts[BRAM]


def test_a_wrong_password_for_the_takeover_says_so_and_changes_nothing(  # type: ignore[no-untyped-def]
    shared: tuple[Laptop, Laptop, str],
    team_database: str,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from igs_desktop.services.workbench import Folders, Workbench
    from igs_desktop.ui import messages
    from igs_desktop.ui.context import AppContext
    from igs_desktop.ui.partnership.page import PartnershipPage

    _an, bram, pid = shared
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text, **_k: True)
    for kind in ("info", "warn", "error"):
        monkeypatch.setattr(
            messages, kind, lambda _p, title, text, *_a, kind=kind: shown.append((kind, text))
        )
    monkeypatch.setattr(team_settings, "stored_password", lambda _address: "fout-wachtwoord")
    team_settings.set_server_url(bram.db, bram.url)
    workbench = Workbench(bram.db, Folders(*(tmp_path / n for n in ("b", "r", "k"))))
    page = PartnershipPage(AppContext(workbench, year=1), pid)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.banner.button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0][0] == "warn" and "wachtwoord klopt niet" in shown[0][1], shown
    assert page.banner.isVisible() and page.banner.button.isEnabled()
    assert page.banner.label.text() == "Portefeuille van An Peeters — alleen lezen"
    assert holder_name(bram, pid) == AN
    assert on_server(team_database, "SELECT 1 FROM change_log WHERE operation = 'takeover'") == []


def test_a_personal_note_reaches_the_server_only_when_shared(
    team: Callable[..., Laptop], team_database: str, tmp_path: Path
) -> None:
    an, bram = team(AN), team(BRAM)
    notes = NotesService(an.db, AN, tmp_path / "attachments")
    day = dt.date(2026, 11, 2)
    notes.create_note("Werkgroep", day, body="afspraken")
    notes.create_note("Gesprek met bewoner", day, body="naam, adres", personal_data=True)
    shared_id = notes.create_note(
        "Gedeeld gesprek", day, body="met toestemming", personal_data=True, shared_with_team=True
    ).created_id
    assert shared_id
    an.synchronise()
    titles = {r["title"] for r in on_server(team_database, "SELECT title FROM note")}
    assert titles == {"Werkgroep", "Gedeeld gesprek"}
    bram.synchronise()
    assert {r["title"] for r in bram.rows("note")} == {"Werkgroep", "Gedeeld gesprek"}

    notes.update_note(shared_id, shared_with_team=False)  # no longer shared
    an.synchronise()
    titles = {r["title"] for r in on_server(team_database, "SELECT title FROM note")}
    assert titles == {"Werkgroep"}
