"""Bestand › Agenda exporteren (.ics)…: the shown project year's agenda, through the save dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings

from igs_desktop.ui import messages
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_window(context: AppContext, settings: QSettings, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    context.workbench.create_demo(today=dt.date(2026, 11, 1))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    return window


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def save_file(_parent, title: str, suggested: str = "", filters: str = "") -> str | None:  # type: ignore[no-untyped-def]
        asked.append((title, suggested))
        return str(target) if target else None

    monkeypatch.setattr(messages, "save_file", save_file)
    return asked


def uids(path: Path) -> set[str]:
    return {str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_the_file_menu_exports_the_shown_year(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, context: AppContext, monkeypatch, answers, tmp_path: Path
) -> None:
    file_menu = demo_window.menuBar().actions()[0].menu()
    assert "Agenda exporteren (.ics)…" in [a.text().replace("&", "") for a in file_menu.actions()]
    context.set_year(2)
    target = tmp_path / "agenda.ics"
    asked = save_to(monkeypatch, target)
    demo_window.calendar_action.trigger()
    assert asked == [("Agenda exporteren (projectjaar 2)", "igs-agenda-projectjaar-2.ics")]
    found = uids(target)
    assert "projectjaar2-submission-deadline@igs-desktop" in found
    assert not any(uid.startswith("projectjaar3-") for uid in found)
    assert any(uid.startswith("opvolging-") for uid in found)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("info", "Agenda geëxporteerd")
    assert text.startswith(f"Agenda geschreven naar {target}: 7 deadlines van projectjaar 2")


def test_a_name_without_ics_gets_it_and_a_replacement_is_asked(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, monkeypatch, answers, tmp_path: Path
) -> None:
    existing = tmp_path / "agenda.ics"
    existing.write_text("oud")
    save_to(monkeypatch, tmp_path / "agenda")
    answers.confirm_answer = False
    demo_window.calendar_action.trigger()
    assert answers.shown[-1][0] == "confirm" and "bestaat al" in answers.shown[-1][2]
    assert existing.read_text() == "oud"
    answers.confirm_answer = True
    demo_window.calendar_action.trigger()
    assert existing.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert not (tmp_path / "agenda").exists()


def test_never_over_the_database_or_into_the_backups(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, context: AppContext, monkeypatch, answers, tmp_path: Path
) -> None:
    save_to(monkeypatch, None)  # cancelled: nothing asked, nothing written
    demo_window.calendar_action.trigger()
    assert answers.shown == []
    backups = context.workbench.folders.backups
    backups.mkdir(parents=True, exist_ok=True)
    save_to(monkeypatch, backups / "agenda.ics")
    demo_window.calendar_action.trigger()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("warn", "Niet geëxporteerd")
    assert "back-ups" in text
    assert not (backups / "agenda.ics").exists()
    # the database chosen in the dialog: the agenda goes beside it, the database stays
    before = context.db.path.read_bytes()[:100]
    save_to(monkeypatch, context.db.path)
    demo_window.calendar_action.trigger()
    assert context.db.path.read_bytes()[:100] == before
    beside = context.db.path.with_name(context.db.path.name + ".ics")
    assert beside.read_bytes().startswith(b"BEGIN:VCALENDAR")
