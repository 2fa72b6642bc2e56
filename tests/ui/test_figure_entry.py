"""Entering a missing population figure in place: from the finding and from the Leden tab."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from igs_desktop.services import reference
from igs_desktop.ui import figures_dialog
from igs_desktop.ui.figures_dialog import FigureEntryDialog
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership import member_dialogs
from igs_desktop.ui.partnership.members_tab import MembersTab
from igs_desktop.ui.partnership.page import PartnershipPage
from tests.store_builders import add_figures, add_partnership

KORTRIJK, LENDELEDE = "34022", "34025"
YEAR = 3  # the context fixture's project year


def finding_codes(page: PartnershipPage) -> list[str]:
    items = [page.findings.list.item(i) for i in range(page.findings.list.count())]
    return [item.text().split(" · ")[1].split("\n")[0] for item in items if " · " in item.text()]


def finding_item(page: PartnershipPage, code: str) -> QListWidgetItem:
    items = [page.findings.list.item(i) for i in range(page.findings.list.count())]
    return next(i for i in items if f"· {code}\n" in i.text())


def column_of(members: MembersTab, header: str) -> int:
    model = members.model
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )


def row_of(members: MembersTab, nis: str) -> int:
    return next(
        r for r in range(members.proxy.rowCount()) if members.proxy.index(r, 1).data() == nis
    )


def stored(db, nis: str, year: int = YEAR) -> list[tuple[int, str, bool]]:  # type: ignore[no-untyped-def]
    """The figures the service reads back: value, source, fictitious."""
    return [
        (f.non_eu14, f.source, f.fictitious)
        for f in reference.figures_of(db, nis)
        if f.year == year
    ]


@pytest.fixture
def page(window: MainWindow, db) -> PartnershipPage:  # type: ignore[no-untyped-def]
    """Kortrijk has its figure for year 3, Lendelede has none: FIGURE_MISSING for Lendelede."""
    add_figures(db, YEAR, {KORTRIJK: 9000})
    pid = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    page = window.open_partnership(pid)
    page.refresh()
    return page


class DialogScript:
    """Replaces FigureEntryDialog.exec: ``answer`` fills the open dialog and says what exec
    returns; every dialog shown is kept."""

    def __init__(self) -> None:
        self.dialogs: list[FigureEntryDialog] = []
        self.answer: Callable[[FigureEntryDialog], int] = lambda d: QDialog.DialogCode.Rejected

    def fill(self, value: int, source: str) -> None:
        def answer(dialog: FigureEntryDialog) -> int:
            dialog.fields.value.setValue(value)
            dialog.fields.source.setText(source)
            dialog.save_button.click()
            return dialog.result()

        self.answer = answer


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> DialogScript:
    recorder = DialogScript()

    def fake_exec(dialog: FigureEntryDialog) -> int:
        recorder.dialogs.append(dialog)
        return int(recorder.answer(dialog))

    monkeypatch.setattr(FigureEntryDialog, "exec", fake_exec)
    return recorder


def test_clicking_figure_missing_enters_the_figure_and_the_finding_goes(  # type: ignore[no-untyped-def]
    page: PartnershipPage, script: DialogScript, db, qtbot
) -> None:
    assert finding_codes(page)[0] == "FIGURE_MISSING"
    item = finding_item(page, "FIGURE_MISSING")
    assert "Klik om het ontbrekende cijfer in te voeren" in item.toolTip()
    script.fill(612, "Agentschap Integratie en Inburgering, tabel 2024")
    page.tabs.setCurrentWidget(page.sections["details"])
    page.findings.list.itemClicked.emit(item)
    # a click that also counts as an activation (single-click styles) opens one dialog
    page.findings.list.itemActivated.emit(item)
    qtbot.waitUntil(lambda: len(script.dialogs) == 1)
    dialog = script.dialogs[0]
    assert page.tabs.currentWidget() is page.sections["members"]
    assert page.sections["members"].selected().nis_code == LENDELEDE
    assert "Lendelede" in dialog.windowTitle() and f"projectjaar {YEAR}" in dialog.windowTitle()
    assert "ontbreekt" in dialog.intro.text()
    assert stored(db, LENDELEDE) == [
        (612, "Agentschap Integratie en Inburgering, tabel 2024", False)
    ]
    assert "FIGURE_MISSING" not in finding_codes(page)
    qtbot.wait(20)
    assert len(script.dialogs) == 1
    page.context.undo_stack.undo()
    assert stored(db, LENDELEDE) == []
    assert "FIGURE_MISSING" in finding_codes(page)


def test_the_leden_button_enters_the_selected_members_figure_and_undo_takes_it_away(  # type: ignore[no-untyped-def]
    page: PartnershipPage, script: DialogScript, db, window: MainWindow
) -> None:
    members = page.sections["members"]
    assert isinstance(members, MembersTab)
    assert members.figure_button.text() == "&Cijfer invoeren…"
    assert members.figure_button.accessibleName() and members.figure_button.toolTip()
    members.select(LENDELEDE)
    script.fill(600, "Agentschap, tabel 2024")
    members.figure_button.click()
    assert stored(db, LENDELEDE) == [(600, "Agentschap, tabel 2024", False)]
    assert "FIGURE_MISSING" not in finding_codes(page)
    row, figure_column = row_of(members, LENDELEDE), column_of(members, "Niet-EU14")
    assert members.proxy.index(row, figure_column).data() == "600"
    assert window.context.undo_stack.undoText() == (
        "Bevolkingscijfer van Lendelede, projectjaar 3, bewerkt"
    )

    window.context.undo_stack.undo()
    assert stored(db, LENDELEDE) == []
    assert "FIGURE_MISSING" in finding_codes(page)
    assert members.proxy.index(row, figure_column).data() == "ontbreekt"
    window.context.undo_stack.redo()
    assert stored(db, LENDELEDE) == [(600, "Agentschap, tabel 2024", False)]
    assert "FIGURE_MISSING" not in finding_codes(page)


def test_an_empty_source_is_refused_and_nothing_is_written(  # type: ignore[no-untyped-def]
    page: PartnershipPage, script: DialogScript, db, answers
) -> None:
    members = page.sections["members"]
    members.select(LENDELEDE)
    undo_count = page.context.undo_stack.count()
    script.fill(600, "   ")
    members.figure_button.click()
    dialog = script.dialogs[0]
    assert dialog.result() != QDialog.DialogCode.Accepted  # stays open for the source
    assert answers.shown[-1][0] == "warn" and "bron" in answers.shown[-1][2]
    assert stored(db, LENDELEDE) == []
    assert page.context.undo_stack.count() == undo_count
    assert "FIGURE_MISSING" in finding_codes(page)


def test_an_existing_figure_is_shown_and_corrected(  # type: ignore[no-untyped-def]
    page: PartnershipPage, script: DialogScript, db
) -> None:
    add_figures(db, YEAR, {LENDELEDE: 800})  # source "test", fictitious
    page.refresh()
    members = page.sections["members"]
    members.select(LENDELEDE)
    seen: list[tuple[int, str]] = []

    def answer(dialog: FigureEntryDialog) -> int:
        seen.append((dialog.fields.value.value(), dialog.fields.source.text()))
        dialog.fields.value.setValue(810)
        dialog.save_button.click()
        return dialog.result()

    script.answer = answer
    members.figure_button.click()
    assert seen == [(800, "test")]
    assert "verbeter" in script.dialogs[0].intro.text()
    assert stored(db, LENDELEDE) == [(810, "test", False)]


def test_keyboard_enter_saves_and_escape_cancels(  # type: ignore[no-untyped-def]
    page: PartnershipPage, db, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = page.sections["members"]
    members.select(LENDELEDE)
    keys: list[Callable[[FigureEntryDialog], None]] = []

    def fake_exec(dialog: FigureEntryDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        keys.pop(0)(dialog)
        return dialog.result()

    def escape(dialog: FigureEntryDialog) -> None:
        qtbot.keyClicks(dialog.fields.source, "Agentschap")
        qtbot.keyClick(dialog.fields.source, Qt.Key.Key_Escape)

    def type_and_enter(dialog: FigureEntryDialog) -> None:
        # the number has the focus when the dialog opens, selected: typing replaces the 0
        assert dialog.focusWidget() in (dialog.fields.value, dialog.fields.value.lineEdit())
        qtbot.keyClicks(dialog.fields.value, "640")
        qtbot.keyClicks(dialog.fields.source, "Agentschap, tabel 2024")
        qtbot.keyClick(dialog.fields.source, Qt.Key.Key_Return)

    monkeypatch.setattr(FigureEntryDialog, "exec", fake_exec)
    keys.append(escape)
    assert members.enter_figure() is False
    assert stored(db, LENDELEDE) == []
    keys.append(type_and_enter)
    assert members.enter_figure() is True
    assert stored(db, LENDELEDE) == [(640, "Agentschap, tabel 2024", False)]


def test_double_click_on_the_figure_enters_it_elsewhere_edits_the_membership(  # type: ignore[no-untyped-def]
    page: PartnershipPage, script: DialogScript, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited: list[str] = []
    monkeypatch.setattr(
        member_dialogs.EditMemberDialog,
        "exec",
        lambda dialog: edited.append(dialog.windowTitle()) or QDialog.DialogCode.Rejected,
    )
    members = page.sections["members"]
    page.tabs.setCurrentWidget(members)
    table = members.table
    row = row_of(members, LENDELEDE)
    for header, expect_figure in (("Niet-EU14", True), ("Bron cijfer", True), ("NIS-code", False)):
        column = column_of(members, header)
        table.scrollTo(members.proxy.index(row, column))
        rect = table.visualRect(members.proxy.index(row, column))
        before = len(script.dialogs), len(edited)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        after = len(script.dialogs), len(edited)
        assert after == (
            (before[0] + 1, before[1]) if expect_figure else (before[0], before[1] + 1)
        )
    assert script.dialogs[-1].nis_code == LENDELEDE
    # Enter on the figure's cell does the same as a double-click there
    table.setCurrentIndex(members.proxy.index(row, column_of(members, "Niet-EU14")))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(script.dialogs) == 3


def test_the_figures_dialog_uses_the_same_source_rule(context, db, answers) -> None:  # type: ignore[no-untyped-def]
    government = next(g for g in reference.governments(db) if g.nis_code == LENDELEDE)
    dialog = figures_dialog.FiguresDialog(context, government)
    assert dialog.value.maximum() >= 10_000_000
    dialog.value.setValue(700)
    dialog.source.setText("")
    dialog.save()
    assert answers.shown[-1][:2] == ("warn", "Niet bewaard")
    assert stored(db, LENDELEDE) == []
