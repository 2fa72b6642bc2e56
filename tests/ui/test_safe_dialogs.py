"""Issue 12: dialogs that do not write on Enter, a toolbar that keeps the year in sight, undo
texts in Dutch, a report form that remembers, and Qt's own texts in Dutch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMainWindow,
    QToolBar,
    QToolButton,
    QWidget,
)
from sqlmodel import select

from igs_desktop.store.tables import CatalogueAction, MembershipRow
from igs_desktop.ui.app import make_application
from igs_desktop.ui.catalogue_page import ActionDialog
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership.action_dialogs import OptionalSpinBox
from igs_desktop.ui.whatif_dialog import WhatIfDialog
from tests.store_builders import add_figures, add_partnership

KORTRIJK, LENDELEDE, KUURNE = "34022", "34025", "34023"


def kortrijk_lendelede(db) -> str:  # type: ignore[no-untyped-def]
    add_figures(db, 3, {KORTRIJK: 9000, LENDELEDE: 600, KUURNE: 1200})
    return add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)


def lendelede_membership(db) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.exec(
            select(MembershipRow.id).where(MembershipRow.nis_code == LENDELEDE)
        ).one()


def left_year(db, membership: str) -> int | None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        row = session.get(MembershipRow, membership)
        assert row is not None
        return row.left_year


def shown_dialog(qtbot, context: AppContext, db, kind: str = "leave") -> WhatIfDialog:  # type: ignore[no-untyped-def]
    partnership = kortrijk_lendelede(db)
    if kind == "leave":
        dialog = WhatIfDialog(context, partnership, "leave", LENDELEDE, lendelede_membership(db))
    else:
        dialog = WhatIfDialog(context, partnership, "join", KUURNE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


# --- 1. one Enter records nothing ------------------------------------------------------------


def test_enter_in_the_what_if_dialog_closes_it_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db
) -> None:
    dialog = shown_dialog(qtbot, context, db)
    member = lendelede_membership(db)
    assert not dialog.apply_button.isDefault()
    assert dialog.close_button.isDefault()
    for widget in (dialog.year, dialog.findings, dialog.apply_button):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert left_year(db, member) is None, widget
        assert not dialog.applied and context.undo_stack.count() == 0
        dialog.show()  # Enter closed it; look again from another field
        qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert not dialog.isVisible() and left_year(db, member) is None


def test_the_apply_button_says_what_it_writes_and_writes_it(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db
) -> None:
    dialog = shown_dialog(qtbot, context, db)
    member = lendelede_membership(db)
    text = dialog.apply_button.text().replace("&", "")
    assert text == "Uitstap van Lendelede vastleggen vanaf projectjaar 3"
    dialog.year.setCurrentIndex(dialog.year.findData(2))
    text = dialog.apply_button.text().replace("&", "")
    assert text == "Uitstap van Lendelede vastleggen vanaf projectjaar 2"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied and left_year(db, member) == 2
    assert context.undo_stack.undoText() == "Lendelede stapt uit vanaf projectjaar 2"


def test_ctrl_enter_applies(qtbot, context: AppContext, db) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, context, db)
    member = lendelede_membership(db)
    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.applied and left_year(db, member) == 3


def test_a_join_says_who_joins_from_when(qtbot, context: AppContext, db) -> None:  # type: ignore[no-untyped-def]
    dialog = shown_dialog(qtbot, context, db, "join")
    text = dialog.apply_button.text().replace("&", "")
    assert text == "Toetreding van Kuurne vastleggen vanaf projectjaar 3"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    with db.session() as session:
        kuurne = select(MembershipRow).where(MembershipRow.nis_code == KUURNE)
        assert session.exec(kuurne).all() == []


# --- 4. the toolbar keeps the year selector in sight ------------------------------------------


def overflow_button(window: QMainWindow) -> QToolButton:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None
    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert button is not None
    return button


def fully_inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def test_a_long_undo_text_leaves_the_year_selector_in_sight_at_1280(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    window.resize(1280, 800)
    name = "Samenwerkingsverband met een zeer lange naam " * 5
    service = window.context.portfolio
    window.context.execute(lambda: service.create_partnership(name[:172], 3))
    description = window.context.undo_stack.undoText()
    assert len(description) >= 200
    qtbot.wait(50)
    assert window.year.isVisible() and fully_inside(window.year, window)
    assert not overflow_button(window).isVisible()
    assert window.undo_button.text() == "Ongedaan maken"
    assert window.redo_button.text() == "Opnieuw"
    assert description in window.undo_button.toolTip()
    assert description in window.undo_action.text()  # the Edit menu names it in full
    window.undo_button.trigger()
    assert window.context.undo_stack.count() == 1 and window.context.undo_stack.index() == 0
    assert description in window.redo_button.toolTip()
    assert window.year.isVisible() and not overflow_button(window).isVisible()


def test_the_undo_text_of_an_edit_names_only_the_changed_field_in_dutch(  # type: ignore[no-untyped-def]
    window: MainWindow, db, monkeypatch
) -> None:
    def fake_exec(dialog: ActionDialog) -> int:
        dialog.supported.setChecked(not dialog.supported.isChecked())  # only this one
        return 1

    monkeypatch.setattr(ActionDialog, "exec", fake_exec)
    page = window.catalogue
    page.refresh()
    page.search.setText("straatintimidatie")
    page.table.selectRow(0)
    page.edit_action()
    expected = "Actiecatalogus bewerkt: thematische ondersteuning"
    assert window.context.undo_stack.undoText() == expected
    assert expected in window.undo_action.text() and expected in window.undo_button.toolTip()
    with db.session() as session:
        assert session.exec(select(CatalogueAction).where(CatalogueAction.supported)).all()


# --- 5. the report form remembers -------------------------------------------------------------


def test_the_report_form_keeps_every_choice_after_a_report_and_a_refresh(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db
) -> None:
    kortrijk_lendelede(db)
    add_partnership(db, "Genk", {"71016": 1}, "71016")
    page = window.reports
    window.tabs.setCurrentWidget(page)
    page.refresh()
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("advice"))
    form.partnership.setCurrentIndex(form.partnership.findText("IGS Kortrijk–Lendelede"))
    form.year.setCurrentIndex(form.year.findData(2))
    form.simulation.setCurrentIndex(form.simulation.findText("Wat als Lendelede uitstapt?"))
    form.question.setText("Mag Lendelede uitstappen?")
    form.advice.setPlainText("Blijf samenwerken.")

    def choices() -> tuple[object, ...]:
        return (
            form.kind.currentData(),
            form.partnership.currentText(),
            form.year.currentData(),
            form.simulation.currentText(),
            form.question.text(),
            form.advice.toPlainText(),
        )

    chosen = (
        "advice",
        "IGS Kortrijk–Lendelede",
        2,
        "Wat als Lendelede uitstapt?",
        "Mag Lendelede uitstappen?",
        "Blijf samenwerken.",
    )
    assert choices() == chosen
    form.make_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=20000)
    qtbot.waitUntil(lambda: form.make_button.isEnabled())
    assert choices() == chosen
    page.refresh()
    assert choices() == chosen
    window.refresh()
    assert choices() == chosen

    form.simulation.setCurrentIndex(form.simulation.findText("Wat als een bestuur toetreedt?"))
    form.join_nis.setText(KUURNE)
    page.refresh()
    assert form.simulation.currentData() == ("join", "") and form.join_nis.text() == KUURNE


# --- 6. Dutch everywhere ----------------------------------------------------------------------


def test_qt_standard_buttons_speak_dutch_after_make_application(qtbot) -> None:  # type: ignore[no-untyped-def]
    make_application()
    make_application()  # a second call installs nothing twice
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Ok
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
        "Annuleren"
    )
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == (
        "Sluiten"
    )
    spin = OptionalSpinBox("KPI-doel", 4200)
    qtbot.addWidget(spin)
    assert spin.text() == "4.200"


def test_one_active_member_is_singular(window: MainWindow, db) -> None:  # type: ignore[no-untyped-def]
    single = add_partnership(db, "Genk", {"71016": 1}, "71016")
    page = window.open_partnership(single)
    assert "· 1 actief lid ·" in page.subheader.text()
    pair = kortrijk_lendelede(db)
    page = window.open_partnership(pair)
    assert "· 2 actieve leden ·" in page.subheader.text()
