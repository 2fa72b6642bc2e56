"""Follow-ups, knowledge sessions and the privacy commands, asserting on the database."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlmodel import select

from igs_desktop.store.tables import FollowUp, KnowledgeSession, Note, NoteTag
from igs_desktop.ui import colors, messages
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.notes import follow_up_dialog, privacy_actions, session_dialog
from igs_desktop.ui.notes.editor import NoteEditor
from igs_desktop.ui.portfolio_page import portfolio_columns
from tests.store_builders import add_partnership

EEKLO, ZELZATE = "43005", "43018"
OVERDUE_COLUMN = [c.header for c in portfolio_columns()].index("Achterstallig")


@pytest.fixture
def pid(db) -> str:  # type: ignore[no-untyped-def]
    return add_partnership(db, "IGS Eeklo–Zelzate", {EEKLO: 1, ZELZATE: 1}, EEKLO, actions=("5",))


def answer_dialog(monkeypatch: pytest.MonkeyPatch, cls: type, fill) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        fill(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(cls, "exec", fake_exec)


def overdue_shown(window: MainWindow) -> str:
    """What the portfolio shows once the user goes back to it (hidden pages refresh on show)
    and the worker has filled in its open work."""
    current = window.tabs.currentWidget()
    window.tabs.setCurrentWidget(window.portfolio)
    deadline = time.monotonic() + 10
    while window.portfolio.pending and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    shown = window.portfolio.model.index(0, OVERDUE_COLUMN).data()
    window.tabs.setCurrentWidget(current)
    return shown


def test_an_overdue_follow_up_shows_on_the_portfolio_and_in_the_tab_title(  # type: ignore[no-untyped-def]
    window: MainWindow, monkeypatch, db, pid: str
) -> None:
    window.refresh()
    assert overdue_shown(window) == ""
    page = window.open_partnership(pid)
    tab = page.sections["follow_ups"]

    def fill(dialog: follow_up_dialog.FollowUpDialog) -> None:
        dialog.title.setText("Verslag bezorgen aan Zelzate")
        dialog.due_date.set_value(dt.date.today() - dt.timedelta(days=3))
        dialog.subject.setCurrentIndex(1)  # the partnership's action 5

    answer_dialog(monkeypatch, follow_up_dialog.FollowUpDialog, fill)
    tab.add_button.click()
    with db.session() as session:
        [row] = session.exec(select(FollowUp)).all()
    assert (row.title, row.status, row.partnership_id) == (
        "Verslag bezorgen aan Zelzate",
        "open",
        pid,
    )
    assert row.partnership_action_id is not None
    assert overdue_shown(window) == "1"
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "IGS Eeklo–Zelzate (1 achterstallig)"
    due = tab.table.proxy.index(0, 1)
    assert due.data(Qt.ItemDataRole.ForegroundRole) == colors.ERROR
    assert tab.table.proxy.index(0, 3).data().startswith("actie 5")
    assert "1 achterstallig" in tab.summary.text()

    tab.done_button.click()
    with db.session() as session:
        assert session.exec(select(FollowUp)).one().status == "klaar"
    assert overdue_shown(window) == ""
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "IGS Eeklo–Zelzate"
    window.undo_action.trigger()
    assert overdue_shown(window) == "1"
    tab.delete_button.click()
    with db.session() as session:
        assert session.exec(select(FollowUp)).all() == []


def test_knowledge_sessions_are_added_edited_linked_and_deleted(  # type: ignore[no-untyped-def]
    window: MainWindow, monkeypatch, db, pid: str
) -> None:
    page = window.sessions
    window.tabs.setCurrentWidget(page)

    def fill(dialog: session_dialog.SessionDialog) -> None:
        dialog.topic.setText("Oefenkansen delen")
        dialog.partnership.setCurrentIndex(dialog.partnership.findData(pid))
        dialog.members_button.click()
        dialog.shared.setPlainText("Het draaiboek van Eeklo.")
        dialog.agreements.setPlainText("Zelzate probeert het uit.")

    answer_dialog(monkeypatch, session_dialog.SessionDialog, fill)
    page.add_button.click()
    with db.session() as session:
        [k] = session.exec(select(KnowledgeSession)).all()
    assert (k.topic, k.partnership_id, k.agreements) == (
        "Oefenkansen delen",
        pid,
        "Zelzate probeert het uit.",
    )
    chosen = page.selected()
    assert chosen is not None and {g.nis_code for g in chosen.participants} == {EEKLO, ZELZATE}
    assert "Het draaiboek van Eeklo." in page.detail.text()

    editor = page.new_note()
    assert isinstance(editor, NoteEditor)
    assert editor.form.kind.currentData() == "kennisdeling"
    assert editor.form.session.currentData() == k.id
    editor.form.title.setText("Verslag van de kennisdeling")
    editor.save_and_close()
    assert page.notes.count() == 1
    assert page.notes.item(0).text().endswith("Verslag van de kennisdeling (Kennisdeling)")

    answer_dialog(
        monkeypatch, session_dialog.SessionDialog, lambda d: d.topic.setText("Oefenkansen")
    )
    page.edit_button.click()
    with db.session() as session:
        assert session.exec(select(KnowledgeSession)).one().topic == "Oefenkansen"
    page.delete_button.click()
    with db.session() as session:
        assert session.exec(select(KnowledgeSession)).all() == []
        assert session.exec(select(Note)).one().knowledge_session_id is None
    window.undo_action.trigger()
    with db.session() as session:
        assert session.exec(select(Note)).one().knowledge_session_id == k.id


@pytest.fixture
def personal_note(context: AppContext, tmp_path: Path) -> str:
    outcome = context.execute(
        lambda: context.notes.create_note(
            "Gesprek met An Voorbeeld",
            dt.date(2025, 2, 3),
            body="Telefoonnummer en gezinssituatie.",
            tags="welzijn",
            nis_codes=[EEKLO],
            personal_data=True,
        )
    )
    assert outcome is not None and outcome.created_id
    source = tmp_path / "foto.txt"
    source.write_text("flip-over", encoding="utf-8")
    context.execute(lambda: context.notes.add_attachment(outcome.created_id, source))
    return outcome.created_id


def test_export_about_a_government_writes_the_json_file(  # type: ignore[no-untyped-def]
    window: MainWindow, monkeypatch, tmp_path: Path, answers, personal_note: str
) -> None:
    target = tmp_path / "export.json"
    asked: list[str] = []

    def save_file(_parent, _title, suggested="", _filters=""):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(messages, "save_file", save_file)
    answer_dialog(
        monkeypatch, privacy_actions.GovernmentChoiceDialog, lambda d: d.picker.choose(EEKLO)
    )
    window.privacy_export_action.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["government"]["nis_code"] == EEKLO
    assert [n["title"] for n in data["notes"]] == ["Gesprek met An Voorbeeld"]
    assert data["notes"][0]["attachments"][0]["file_name"] == "foto.txt"
    assert asked == ["privacy-export-eeklo.json"]
    assert answers.shown[-1][:2] == ("info", "Gegevens geëxporteerd")


def test_erasing_personal_data_asks_first_then_erases(  # type: ignore[no-untyped-def]
    window: MainWindow, answers, db, personal_note: str
) -> None:
    answers.confirm_answer = False
    window.privacy_erase_action.trigger()
    assert answers.shown[-1][0] == "confirm" and "1 notitie is gemarkeerd" in answers.shown[-1][2]
    with db.session() as session:
        assert session.get(Note, personal_note).title == "Gesprek met An Voorbeeld"

    answers.confirm_answer = True
    window.privacy_erase_action.trigger()
    with db.session() as session:
        note = session.get(Note, personal_note)
        tags = session.exec(select(NoteTag).where(NoteTag.note_id == personal_note)).all()
    assert (note.title, note.body, note.erased_at is not None) == ("[gewist]", "", True)
    assert tags == []
    assert answers.shown[-1][:2] == ("info", "Persoonsgegevens gewist")
    assert "1 notitie(s)" in answers.shown[-1][2]
    assert window.context.undo_stack.count() == 0  # undo could bring the text back
    assert list(window.context.workbench.folders.attachments.glob("??/*")) == []
