"""The actions, support, money and history tabs of the partnership page, asserting on the
database the support contact's clicks leave behind."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from igs_desktop.store.tables import (
    KpiValue,
    PartnershipAction,
    StimulusGrant,
    SubsidyRow,
    SupportTrack,
    TransferRow,
)
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership import action_dialogs, money_dialogs, track_dialog
from igs_desktop.ui.partnership.actions_tab import PROGRESS_COLUMN
from igs_desktop.ui.partnership.amounts import AmountError, parse_amount
from igs_desktop.ui.partnership.page import PartnershipPage
from tests.store_builders import action_id, add_partnership
from tests.ui.test_partnership_page import finding_codes

KORTRIJK, LENDELEDE = "34022", "34025"
ACCEPTED = QDialog.DialogCode.Accepted.value


def open_page(
    window: MainWindow, context: AppContext, members: tuple[str, ...] = (), name: str = "Verband"
) -> PartnershipPage:
    service = context.portfolio
    pid = service.create_partnership(name, 1).created_id
    assert pid is not None
    for nis in members:
        service.add_member(pid, nis, 1, None, "volgens deelnemers")
    if members:
        service.update_partnership(pid, submitter_nis=members[0])
    return window.open_partnership(pid)


def answer(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill) -> None:  # type: ignore[no-untyped-def]
    """Make ``dialog_class.exec`` fill the dialog with ``fill(dialog)`` and accept it."""

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        fill(dialog)
        return ACCEPTED

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def click_finding(page: PartnershipPage, code: str) -> None:
    items = [page.findings.list.item(i) for i in range(page.findings.list.count())]
    page.findings.list.itemClicked.emit(next(i for i in items if code in i.text()))


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# --- actions --------------------------------------------------------------------------
def test_action_with_subsidy_and_kpi_below_a_quarter(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, qtbot, monkeypatch, db
) -> None:
    page = open_page(window, context, (KORTRIJK, LENDELEDE))
    tab = page.sections["actions"]

    def add(dialog: action_dialogs.AddActionDialog) -> None:
        dialog.filter.setText("oefenkansen")
        assert dialog.choose("5")
        dialog.subsidy.setText("12.500,00")

    answer(monkeypatch, action_dialogs.AddActionDialog, add)
    tab.add_button.click()
    with db.session() as session:
        stored = session.exec(select(PartnershipAction)).one()
    assert stored.subsidy_cents == 1_250_000
    assert tab.proxy.index(0, 8).data() == "€ 12.500,00"

    def kpi(dialog: action_dialogs.KpiDialog) -> None:
        choose(dialog.year, 3)
        dialog.target.set_number(100)
        dialog.interim.set_number(20)

    answer(monkeypatch, action_dialogs.KpiDialog, kpi)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter edits the KPI
    with db.session() as session:
        value = session.exec(select(KpiValue)).one()
    assert (value.project_year, value.target, value.interim_actual, value.final_actual) == (
        3,
        100,
        20,
        None,
    )
    assert "KPI_BELOW_25_PERCENT" in finding_codes(page)
    assert tab.proxy.index(0, PROGRESS_COLUMN).data().startswith("20%")
    assert tab.progress(tab.table.selected()).below_quarter

    page.tabs.setCurrentWidget(page.sections["details"])
    tab.view.clearSelection()
    click_finding(page, "KPI_BELOW_25_PERCENT")
    assert page.tabs.currentWidget() is tab
    assert tab.selected().action.number == "5"


def test_bad_subsidy_text_is_refused_with_a_dutch_message(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, answers, db
) -> None:
    page = open_page(window, context)

    def add(dialog: action_dialogs.AddActionDialog) -> None:
        assert dialog.choose("5")
        dialog.subsidy.setText("twaalfduizend")
        dialog._accept()  # the dialog itself says what is wrong and stays open
        assert dialog.error.isVisibleTo(dialog) and "geen bedrag" in dialog.error.text()

    answer(monkeypatch, action_dialogs.AddActionDialog, add)
    page.sections["actions"].add_button.click()
    assert answers.shown[-1][0] == "warn" and "geen bedrag" in answers.shown[-1][2]
    with db.session() as session:
        assert session.exec(select(PartnershipAction)).all() == []


def test_delete_key_removes_an_action_and_undo_brings_back_its_kpi(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, qtbot, db
) -> None:
    page = open_page(window, context)
    service = context.portfolio
    pid = page.partnership_id
    pa_id = context.execute(lambda: service.add_action(pid, action_id(db, "24"))).created_id
    context.execute(lambda: service.set_kpi(pa_id, 3, 150, 60))
    tab = page.sections["actions"]
    page.tabs.setCurrentWidget(tab)
    window.activateWindow()
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    with db.session() as session:
        assert session.exec(select(PartnershipAction)).all() == []
        assert session.exec(select(KpiValue)).all() == []
    window.undo_action.trigger()
    with db.session() as session:
        assert session.exec(select(PartnershipAction)).one().id == pa_id
        assert session.exec(select(KpiValue)).one().target == 150
    assert tab.proxy.index(0, PROGRESS_COLUMN).data() == "40%"


def test_kpi_fields_may_be_left_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = action_dialogs.OptionalSpinBox("KPI-doel", 12)
    qtbot.addWidget(box)
    assert box.number() == 12
    box.lineEdit().selectAll()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Delete)
    box.interpretText()
    assert box.number() is None
    qtbot.keyClicks(box.lineEdit(), "300")
    box.interpretText()
    assert box.number() == 300


# --- support tracks -------------------------------------------------------------------
def test_support_track_deleted_and_undone_comes_back_the_same(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, db
) -> None:
    page = open_page(window, context)
    tab = page.sections["tracks"]
    due = dt.date(2025, 3, 14)

    def fill(dialog: track_dialog.TrackDialog) -> None:
        choose(dialog.action, action_id(db, "5"))
        choose(dialog.theme, "verbinding")
        choose(dialog.phase, "uitvoeren")
        dialog.next_step.setText("Werkmoment met de partners")
        dialog.due_date.set_value(due)

    answer(monkeypatch, track_dialog.TrackDialog, fill)
    tab.add_button.click()
    with db.session() as session:
        before = session.exec(select(SupportTrack)).one().model_dump()
    assert (before["theme"], before["phase"], before["due_date"]) == (
        "verbinding",
        "uitvoeren",
        due,
    )
    assert tab.count_label.text() == "1 van 10 acties met thematische ondersteuning"
    assert tab.proxy.index(0, 5).data() == "14-03-2025"

    tab.remove_button.click()
    with db.session() as session:
        assert session.exec(select(SupportTrack)).all() == []
    window.undo_action.trigger()
    with db.session() as session:
        assert session.exec(select(SupportTrack)).one().model_dump() == before
    assert tab.model.rowCount() == 1


def test_eleventh_supported_action_is_refused(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, answers, db
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
    assert tab.count_label.text().startswith("10 van 10")

    answer(
        monkeypatch,
        track_dialog.TrackDialog,
        lambda dialog: choose(dialog.action, action_id(db, numbers[10])),
    )
    tab.add_button.click()
    assert any(kind == "warn" and "hoogstens 10" in text for kind, _t, text in answers.shown)
    with db.session() as session:
        tracked = session.exec(select(SupportTrack.action_id)).all()
    assert len(tracked) == 10 and len(set(tracked)) == 10
    assert action_id(db, numbers[10]) not in tracked


def test_overdue_track_is_marked_and_a_finding_selects_it(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, db
) -> None:
    service = context.portfolio
    page = open_page(window, context)
    context.execute(
        lambda: service.add_support_track(
            page.partnership_id, action_id(db, "24"), "taal", due_date=dt.date(2020, 1, 1)
        )
    )
    tab = page.sections["tracks"]
    due = tab.proxy.index(0, 5)
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "achterstallig"
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    page.tabs.setCurrentWidget(page.sections["details"])
    assert tab.focus_subject("24") and not tab.focus_subject("5")


def test_enter_edits_a_track_and_only_the_changed_field_is_written(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, qtbot, monkeypatch, db
) -> None:
    page = open_page(window, context)
    service = context.portfolio
    context.execute(
        lambda: service.add_support_track(page.partnership_id, action_id(db, "5"), "taal")
    )
    tab = page.sections["tracks"]
    answer(monkeypatch, track_dialog.TrackDialog, lambda d: choose(d.phase, "opvolgen"))
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    with db.session() as session:
        track = session.exec(select(SupportTrack)).one()
    assert (track.phase, track.theme) == ("opvolgen", "taal")
    assert context.undo_stack.undoText() == "Ondersteuningstraject bewerkt: fase"


def test_too_many_supported_actions_finding_opens_the_support_tab(  # type: ignore[no-untyped-def]
    window: MainWindow, db
) -> None:
    numbers = tuple(str(n) for n in range(1, 12))
    pid = add_partnership(db, "Te veel", {KORTRIJK: 1}, KORTRIJK, tracks=numbers)
    page = window.open_partnership(pid)
    tab = page.sections["tracks"]
    assert tab.count_label.text().startswith("11 van 10")
    click_finding(page, "TOO_MANY_SUPPORTED_ACTIONS")
    assert page.tabs.currentWidget() is tab
    assert tab.selected() is not None


# --- money ----------------------------------------------------------------------------
def test_transfer_above_subsidy_is_found_and_the_finding_opens_money(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, db
) -> None:
    page = open_page(window, context, (KORTRIJK, LENDELEDE))
    money = page.sections["money"]

    def subsidy(dialog: money_dialogs.SubsidyAddDialog) -> None:
        choose(dialog.year, 3)
        dialog.amount.setText("€ 1.000")

    answer(monkeypatch, money_dialogs.SubsidyAddDialog, subsidy)
    money.subsidies.add_button.click()
    assert "TRANSFERS_EXCEED_SUBSIDY" not in finding_codes(page)

    def transfer(dialog: money_dialogs.TransferDialog) -> None:
        assert dialog.partner.findData(KORTRIJK) < 0  # the submitter does not pay itself
        choose(dialog.partner, LENDELEDE)
        choose(dialog.year, 3)
        dialog.amount.setText("2.500,50")

    answer(monkeypatch, money_dialogs.TransferDialog, transfer)
    money.transfers.add_button.click()
    with db.session() as session:
        assert session.exec(select(SubsidyRow.amount_cents)).one() == 100_000
        stored = session.exec(select(TransferRow)).one()
    assert (stored.to_nis, stored.project_year, stored.amount_cents) == (LENDELEDE, 3, 250_050)
    assert "TRANSFERS_EXCEED_SUBSIDY" in finding_codes(page)
    assert "€ -1.500,50 resterend" in money.totals_label.text()

    page.tabs.setCurrentWidget(page.sections["details"])
    click_finding(page, "TRANSFERS_EXCEED_SUBSIDY")
    assert page.tabs.currentWidget() is money
    assert money.transfers.view.hasFocus()


def test_stimulus_twice_then_deleted_with_a_dutch_undo_text(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, monkeypatch, db
) -> None:
    page = open_page(window, context, (KORTRIJK, LENDELEDE))
    money = page.sections["money"]
    answer(monkeypatch, money_dialogs.StimulusDialog, lambda d: choose(d.year, 3))
    money.stimuli.add_button.click()
    # Kortrijk and Lendelede take in nobody new in year 3: the verdict says why, in place
    assert "Geen recht op de stimulans 'samenwerking' in projectjaar 3" in (
        money.stimulus_verdict.text()
    )
    money.stimuli.add_button.click()
    assert "STIMULUS_TWICE" in finding_codes(page)
    money.stimuli.remove_button.click()
    assert context.undo_stack.undoText() == "Stimulans 'samenwerking' projectjaar 3 verwijderd"
    assert "STIMULUS_TWICE" not in finding_codes(page)
    with db.session() as session:
        assert len(session.exec(select(StimulusGrant)).all()) == 1

    def new_member_action(dialog: money_dialogs.NewMemberActionDialog) -> None:
        choose(dialog.year, 3)
        choose(dialog.action, action_id(db, "24"))

    answer(monkeypatch, money_dialogs.NewMemberActionDialog, new_member_action)
    money.new_member_actions.add_button.click()
    assert money.new_member_actions.table.rows_shown()[0].action_number == "24"


# --- history --------------------------------------------------------------------------
def test_history_lists_member_and_rename_newest_first(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext
) -> None:
    page = open_page(window, context, name="Oude naam")
    service = context.portfolio
    pid = page.partnership_id
    context.execute(lambda: service.add_member(pid, KORTRIJK, 1))
    context.execute(lambda: service.update_partnership(pid, name="Nieuwe naam"))
    history = page.sections["history"]
    proxy = history.table.proxy

    def line(row: int) -> list[str]:
        return [proxy.index(row, c).data() for c in range(proxy.columnCount())]

    rename, member = line(0), line(1)
    assert rename[1:6] == [
        "Test Ondersteuner",
        "Samenwerkingsverband bewerkt: naam",
        "naam",
        "Oude naam",
        "Nieuwe naam",
    ]
    assert member[1:3] == ["Test Ondersteuner", "Kortrijk toegevoegd als lid"]
    assert line(2)[2] == "Nieuw samenwerkingsverband 'Oude naam'"
    history.search.setText("kortrijk")
    assert proxy.rowCount() == 1 and line(0)[2] == "Kortrijk toegevoegd als lid"


# --- amounts --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56", 123_456),
        ("10000", 1_000_000),
        ("€ 2.500", 250_000),
        ("12.500,00", 1_250_000),
        ("0,5", 50),
        ("€ 2.500,-", 250_000),
        (" 1 234,56 ", 123_456),
    ],
)
def test_amounts_are_read_the_belgian_way(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("abc", "geen bedrag"),
        ("-5", "negatief"),
        ("2.5", "komma"),
        ("1,234", "twee cijfers"),
        ("", "Vul een bedrag in"),
    ],
)
def test_bad_amounts_are_refused_in_dutch(text: str, says: str) -> None:
    with pytest.raises(AmountError, match=says):
        parse_amount(text)


# --- models ---------------------------------------------------------------------------
def test_every_table_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, qtmodeltester, db
) -> None:
    page = open_page(window, context, (KORTRIJK, LENDELEDE))
    pid, service = page.partnership_id, context.portfolio
    pa_id = context.execute(lambda: service.add_action(pid, action_id(db, "5"), 500_00)).created_id
    for call in (
        lambda: service.set_kpi(pa_id, 3, 100, 20, 30),
        lambda: service.add_support_track(pid, action_id(db, "5"), "taal"),
        lambda: service.add_subsidy(pid, 3, 1_000_00),
        lambda: service.add_transfer(pid, LENDELEDE, 3, 400_00),
        lambda: service.add_stimulus(pid, 3),
        lambda: service.add_new_member_action(pid, 3, action_id(db, "24")),
    ):
        context.execute(call)
    money = page.sections["money"]
    tables = [
        page.sections["actions"].table,
        page.sections["tracks"].table,
        money.totals,
        *(section.table for section in money.sections.values()),
        page.sections["history"].table,
    ]
    for table in tables:
        assert table.model.rowCount() > 0
        qtmodeltester.check(table.model)
        qtmodeltester.check(table.proxy)


def test_add_action_dialog_filters_and_enter_chooses(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from igs_desktop.services.overview import catalogue

    rows = catalogue(db)
    taken = {a.id for a in rows if a.number == "24"}
    dialog = action_dialogs.AddActionDialog(rows, taken, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.filter, "jongeren buitenlandse")
    shown = [
        i.data(0, action_dialogs.ACTION_ROLE).number for i in dialog._actions() if not i.isHidden()
    ]
    assert shown and "5" not in shown and "24" in shown
    assert not dialog.choose("24")  # already chosen: not selectable
    assert dialog.chosen() is not None and dialog.chosen().number != "24"
    dialog.subsidy.setText("1.500")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.subsidy.cents() == 150_000
