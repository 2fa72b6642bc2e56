"""A support contact's day on the partnership page, asserting on what the database holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from igs_desktop.store.tables import MembershipRow, PartnershipRow
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership import member_dialogs
from igs_desktop.ui.partnership.page import PartnershipPage
from tests.store_builders import add_figures

KORTRIJK, LENDELEDE, ROESELARE = "34022", "34025", "36015"


def finding_codes(page: PartnershipPage) -> list[str]:
    items = [page.findings.list.item(i) for i in range(page.findings.list.count())]
    return [item.text().split(" · ")[1].split("\n")[0] for item in items if " · " in item.text()]


@pytest.fixture
def answer_add_member(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Make the add-member dialog pick ``nis`` (searched by typing) and accept."""
    choice: dict[str, object] = {}

    def fake_exec(dialog: member_dialogs.AddMemberDialog) -> int:
        dialog.picker.everywhere.setChecked(True)
        dialog.picker.search.setText(str(choice["nis"]))
        assert dialog.picker.choose(str(choice["nis"]))
        dialog.joined_year.setCurrentIndex(dialog.joined_year.findData(choice.get("year", 3)))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(member_dialogs.AddMemberDialog, "exec", fake_exec)
    return choice


def create_partnership(window: MainWindow, qtbot, monkeypatch, name: str) -> PartnershipPage:  # type: ignore[no-untyped-def]
    from igs_desktop.ui import new_partnership_dialog

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.name.setText(name)  # QTest cannot type non-ASCII characters such as "–"
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(new_partnership_dialog.NewPartnershipDialog, "exec", fake_exec)
    window.new_action.trigger()
    page = window.tabs.currentWidget()
    assert isinstance(page, PartnershipPage)
    return page


def test_create_partnership_add_members_pick_submitter(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch, answer_add_member, db
) -> None:
    page = create_partnership(window, qtbot, monkeypatch, "IGS Kortrijk–Lendelede")
    members = page.sections["members"]
    for nis in (KORTRIJK, LENDELEDE):
        answer_add_member["nis"] = nis
        members.add_button.click()
    details = page.sections["details"]
    details.submitter.setCurrentIndex(details.submitter.findData(KORTRIJK))
    details.submitter.activated.emit(details.submitter.currentIndex())
    with db.session() as session:
        p = session.exec(
            select(PartnershipRow).where(PartnershipRow.name == "IGS Kortrijk–Lendelede")
        ).one()
        nis = sorted(
            session.exec(select(MembershipRow.nis_code).where(MembershipRow.partnership_id == p.id))
        )
    assert p.submitter_nis == KORTRIJK
    assert nis == [KORTRIJK, LENDELEDE]
    assert "Zuid-West-Vlaanderen" in page.subheader.text()
    assert page.tabs.count() >= 2 and window.tabs.tabText(window.tabs.currentIndex()).startswith(
        "IGS"
    )


def test_member_from_another_region_shows_region_mixed_and_undo_removes_it(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch, answer_add_member, db
) -> None:
    add_figures(db, 3, {KORTRIJK: 9000, LENDELEDE: 800, ROESELARE: 4000})
    page = create_partnership(window, qtbot, monkeypatch, "Verband")
    for nis in (KORTRIJK, LENDELEDE):
        answer_add_member["nis"] = nis
        page.sections["members"].add_button.click()
    assert "REGION_MIXED" not in finding_codes(page)
    answer_add_member["nis"] = ROESELARE
    page.sections["members"].add_button.click()
    assert "REGION_MIXED" in finding_codes(page)
    window.undo_action.trigger()
    assert "REGION_MIXED" not in finding_codes(page)
    with db.session() as session:
        assert (
            session.exec(select(MembershipRow).where(MembershipRow.nis_code == ROESELARE)).all()
            == []
        )
    window.redo_action.trigger()
    assert "REGION_MIXED" in finding_codes(page)


def test_clicking_a_finding_jumps_to_the_field(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch
) -> None:
    page = create_partnership(window, qtbot, monkeypatch, "Zonder indiener")
    items = [page.findings.list.item(i) for i in range(page.findings.list.count())]
    submitter_item = next(i for i in items if "SUBMITTER_MISSING" in i.text())
    page.tabs.setCurrentWidget(page.sections["members"])
    page.findings.list.itemClicked.emit(submitter_item)
    assert page.tabs.currentWidget() is page.sections["details"]
    assert page.sections["details"].submitter.hasFocus()


def test_invalid_submitter_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch, answers, db
) -> None:
    page = create_partnership(window, qtbot, monkeypatch, "Verband")
    details = page.sections["details"]
    details._save(submitter_nis=KORTRIJK)  # not a member
    assert answers.shown and answers.shown[-1][0] == "warn" and "geen lid" in answers.shown[-1][2]
    with db.session() as session:
        assert session.exec(select(PartnershipRow)).one().submitter_nis is None


def test_renaming_updates_the_tab_and_undo_restores_it(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch, db
) -> None:
    page = create_partnership(window, qtbot, monkeypatch, "Oude naam")
    details = page.sections["details"]
    details.name.setText("Nieuwe naam")
    details.name.editingFinished.emit()
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Nieuwe naam"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with db.session() as session:
        assert session.exec(select(PartnershipRow)).one().name == "Oude naam"
    assert details.name.text() == "Oude naam"


def test_ctrl_w_closes_the_partnership_tab(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = create_partnership(window, qtbot, monkeypatch, "Verband")
    count = window.tabs.count()
    window.close_tab_action.trigger()
    assert window.tabs.count() == count - 1
    assert window.tabs.indexOf(page) == -1
