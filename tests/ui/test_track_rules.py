"""The support tab: a duplicate track refused, "N van 10" explained, the add button at the cap."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlmodel import select

from igs_desktop.domain.work import Phase, Theme
from igs_desktop.store.tables import SupportTrack
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership import track_dialog
from igs_desktop.ui.partnership.page import PartnershipPage
from igs_desktop.ui.partnership.track_dialog import TrackDialog
from tests.store_builders import action_id

ACCEPTED = QDialog.DialogCode.Accepted.value


def open_page(window: MainWindow, context: AppContext) -> PartnershipPage:
    pid = context.portfolio.create_partnership("Verband", 1).created_id
    assert pid is not None
    return window.open_partnership(pid)


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def fill_and_press_ok(monkeypatch: pytest.MonkeyPatch, fill, seen: list[TrackDialog]) -> None:  # type: ignore[no-untyped-def]
    """``exec`` fills the dialog and presses OK as the user would (the dialog's own checks
    run); the dialog is kept in ``seen``."""

    def fake_exec(dialog: TrackDialog) -> int:
        fill(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog)
        return dialog.result()

    monkeypatch.setattr(TrackDialog, "exec", fake_exec)


def track_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return len(session.exec(select(SupportTrack)).all())


def test_the_dialog_refuses_a_duplicate_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, db
) -> None:
    page = open_page(window, context)
    context.execute(
        lambda: context.portfolio.add_support_track(page.partnership_id, action_id(db, "5"), "taal")
    )
    tab = page.sections["tracks"]
    seen: list[TrackDialog] = []

    def same_again(dialog: TrackDialog) -> None:
        choose(dialog.action, action_id(db, "5"))
        choose(dialog.theme, "taal")
        choose(dialog.phase, "uitwerken")
        dialog.next_step.setText("werkmoment plannen")

    fill_and_press_ok(monkeypatch, same_again, seen)
    tab.add_button.click()
    dialog = seen[-1]
    assert dialog.result() != ACCEPTED
    assert not dialog.error.isHidden()
    assert dialog.error.text() == (
        "Er is al een traject voor actie 5 met thema taal in fase uitwerken (status: lopend). "
        "Bewerk dat traject, of kies een ander thema of een andere fase."
    )
    assert dialog.next_step.text() == "werkmoment plannen"
    assert track_count(db) == 1

    def other_phase(dialog: TrackDialog) -> None:
        same_again(dialog)
        choose(dialog.phase, "uitvoeren")

    fill_and_press_ok(monkeypatch, other_phase, seen)
    tab.add_button.click()
    assert seen[-1].result() == ACCEPTED
    assert track_count(db) == 2


def test_a_duplicate_that_reaches_the_service_is_refused_in_dutch(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, answers, db
) -> None:
    page = open_page(window, context)
    context.execute(
        lambda: context.portfolio.add_support_track(page.partnership_id, action_id(db, "5"), "taal")
    )
    tab = page.sections["tracks"]

    def accepted_as_is(dialog: TrackDialog) -> int:  # past the dialog's own check
        choose(dialog.action, action_id(db, "5"))
        return ACCEPTED

    monkeypatch.setattr(TrackDialog, "exec", accepted_as_is)
    tab.add_button.click()
    assert any(
        kind == "warn" and "Er is al een ondersteuningstraject voor actie 5" in text
        for kind, _title, text in answers.shown
    )
    assert track_count(db) == 1


def test_the_counter_lists_the_supported_actions_in_its_tooltip(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, db
) -> None:
    page = open_page(window, context)
    tab = page.sections["tracks"]
    assert tab.count_label.text() == "0 van 10 acties met thematische ondersteuning"
    assert tab.count_label.toolTip() == (
        "Nog geen actie met thematische ondersteuning (hoogstens 10)."
    )
    service, pid = context.portfolio, page.partnership_id
    for theme, phase in (("taal", "uitwerken"), ("verbinding", "uitvoeren")):
        service.add_support_track(pid, action_id(db, "5"), theme, phase)
    service.add_support_track(pid, action_id(db, "24"), "participatie")
    page.refresh()
    assert tab.count_label.text() == "2 van 10 acties met thematische ondersteuning"
    tip = tab.count_label.toolTip().splitlines()
    assert tip[0] == "Acties met thematische ondersteuning (hoogstens 10):"
    assert tip[1].startswith("5 – ") and tip[1].endswith(
        ": taal (uitwerken), verbinding (uitvoeren)"
    )
    assert tip[2].startswith("24 – ") and tip[2].endswith(": participatie (uitwerken)")
    assert tab.add_button.isEnabled()
    assert tab.add_button.toolTip() == "Een ondersteuningstraject toevoegen (Insert)"


def test_at_the_cap_only_the_supported_actions_can_take_a_track(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, db
) -> None:
    service = context.portfolio
    numbers = [str(n) for n in range(1, 12)]
    for number in numbers:
        service.update_catalogue_action(action_id(db, number), supported=True)
    page = open_page(window, context)
    for number in numbers[:10]:
        service.add_support_track(page.partnership_id, action_id(db, number), "taal")
    page.refresh()
    tab = page.sections["tracks"]
    assert tab.count_label.text() == "10 van 10 acties met thematische ondersteuning (het maximum)"
    assert tab.add_button.isEnabled()  # a new theme or phase on one of the ten is still fine
    assert "maximum van 10 acties met thematische ondersteuning is bereikt" in (
        tab.add_button.toolTip()
    )
    seen: list[TrackDialog] = []

    def eleventh(dialog: TrackDialog) -> None:
        assert dialog.action.currentData() == action_id(db, "1")  # starts on a possible one
        index = dialog.action.findData(action_id(db, "11"))
        assert dialog.action.itemText(index).endswith("(niet meer mogelijk: al 10 acties)")
        dialog.action.setCurrentIndex(index)

    fill_and_press_ok(monkeypatch, eleventh, seen)
    tab.add_button.click()
    assert seen[-1].result() != ACCEPTED
    assert seen[-1].error.text().startswith("Er zijn al 10 acties met thematische ondersteuning")
    assert track_dialog.CAP_NOTE in [
        label.text() for label in seen[-1].findChildren(type(tab.count_label))
    ]

    def another_theme(dialog: TrackDialog) -> None:
        choose(dialog.action, action_id(db, "3"))
        choose(dialog.theme, "verbinding")

    fill_and_press_ok(monkeypatch, another_theme, seen)
    tab.add_button.click()
    assert seen[-1].result() == ACCEPTED
    assert track_count(db) == 11


def test_with_every_combination_taken_the_add_button_says_why_it_is_off(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, db
) -> None:
    service = context.portfolio
    numbers = [str(n) for n in range(1, 11)]
    for number in numbers:
        service.update_catalogue_action(action_id(db, number), supported=True)
    page = open_page(window, context)
    for number in numbers:
        for theme in Theme:
            for phase in Phase:
                service.add_support_track(page.partnership_id, action_id(db, number), theme, phase)
    page.refresh()
    tab = page.sections["tracks"]
    assert not tab.add_button.isEnabled()
    assert tab.add_button.toolTip().startswith("Niet mogelijk: 10 acties hebben thematische")
    opened: list[TrackDialog] = []
    monkeypatch.setattr(TrackDialog, "exec", lambda d: opened.append(d) or 0)
    tab.add_track()  # Insert calls this too: nothing opens
    assert opened == []
