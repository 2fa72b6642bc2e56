"""Writing notes in the editor: create, edit, delete and undo, Ctrl+Shift+N, drafts, files.

Every test asserts on what the database then holds.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDesktopServices
from sqlmodel import select

from igs_desktop.services.notes import NotesService
from igs_desktop.store.database import Database
from igs_desktop.store.tables import Note, NoteGovernment, NoteTag
from igs_desktop.ui import messages
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.notes.editor import NoteEditor, open_editor
from tests.store_builders import add_partnership

EEKLO, KORTRIJK, LENDELEDE = "43005", "34022", "34025"
ROOT = Path(__file__).resolve().parents[2]


def notes_in(db: Database) -> list[Note]:
    with db.session() as session:
        return list(session.exec(select(Note)).all())


def tags_of(db: Database, note_id: str) -> set[str]:
    with db.session() as session:
        return set(session.exec(select(NoteTag.tag).where(NoteTag.note_id == note_id)))


def governments_of(db: Database, note_id: str) -> set[str]:
    with db.session() as session:
        return set(
            session.exec(select(NoteGovernment.nis_code).where(NoteGovernment.note_id == note_id))
        )


def open_editors(window: MainWindow) -> list[NoteEditor]:
    return [e for e in window.findChildren(NoteEditor) if e.isVisible()]


def check(editor: NoteEditor, nis_code: str) -> None:
    """Tick a government in the editor's list, as a click on its check box would."""
    items = [
        editor.form.governments.list.item(i) for i in range(editor.form.governments.list.count())
    ]
    item = next(i for i in items if i.text().endswith(f"({nis_code})"))
    item.setCheckState(Qt.CheckState.Checked)


def write_note(window: MainWindow, qtbot) -> str:  # type: ignore[no-untyped-def]
    editor = window.new_note()
    assert editor is not None
    editor.form.kind.setCurrentIndex(editor.form.kind.findData("overleg"))
    qtbot.keyClicks(editor.form.title, "Overleg met de dienst welzijn")
    editor.form.body.setPlainText("Na de reünie van de vrijwilligers: een vaste contactpersoon.")
    qtbot.keyClicks(editor.form.tags, "Taal, oefenkansen")
    check(editor, EEKLO)
    editor.form.include_in_reports.setChecked(True)
    editor.save_and_close()
    [note] = notes_in(window.context.db)
    return note.id


def test_a_note_written_in_the_editor_is_in_the_database(window: MainWindow, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    note_id = write_note(window, qtbot)
    [note] = notes_in(db)
    assert (note.kind, note.title) == ("overleg", "Overleg met de dienst welzijn")
    assert note.body.startswith("Na de reünie")
    assert note.noted_on == dt.date.today()
    assert note.include_in_reports and not note.personal_data
    assert tags_of(db, note_id) == {"taal", "oefenkansen"}
    assert governments_of(db, note_id) == {EEKLO}
    assert open_editors(window) == []
    assert window.context.notes.drafts() == []  # saving removed the autosaved draft


def test_edit_then_undo_restores_the_old_text(window: MainWindow, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    note_id = write_note(window, qtbot)
    editor = window.notes.open_note(note_id)
    assert editor is not None and editor.form.title.text() == "Overleg met de dienst welzijn"
    assert editor.form.governments.nis_codes() == [EEKLO]
    editor.form.title.setText("Overleg in Eeklo")
    editor.form.tags.setText("taal")
    editor.save_and_close()
    assert notes_in(db)[0].title == "Overleg in Eeklo"
    assert tags_of(db, note_id) == {"taal"}
    window.undo_action.trigger()
    assert notes_in(db)[0].title == "Overleg met de dienst welzijn"
    assert tags_of(db, note_id) == {"taal", "oefenkansen"}


def test_delete_and_undo_brings_the_note_back_with_its_tags(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db
) -> None:
    note_id = write_note(window, qtbot)
    page = window.notes
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: [h.note_id for h in page.results.hits()] == [note_id])
    page.results.select(note_id)
    page.delete_button.click()
    assert notes_in(db) == []
    window.undo_action.trigger()
    assert [n.id for n in notes_in(db)] == [note_id]
    assert tags_of(db, note_id) == {"taal", "oefenkansen"}
    assert governments_of(db, note_id) == {EEKLO}
    qtbot.waitUntil(lambda: [h.note_id for h in page.results.hits()] == [note_id])


def test_ctrl_shift_n_on_a_partnership_tab_links_the_new_note(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db
) -> None:
    pid = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    window.open_partnership(pid)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [editor] = open_editors(window)
    assert editor.form.partnership.currentData() == pid
    assert sorted(editor.form.governments.nis_codes()) == [KORTRIJK, LENDELEDE]
    editor.form.title.setText("Bezoek aan Lendelede")
    editor.save_and_close()
    [note] = notes_in(db)
    assert note.partnership_id == pid
    assert governments_of(db, note.id) == {KORTRIJK, LENDELEDE}
    page = window.partnership_pages()[0]
    assert [n.title for n in page.sections["notes"].table.rows_shown()] == ["Bezoek aan Lendelede"]


def test_the_partnership_tab_lists_its_notes_newest_first(  # type: ignore[no-untyped-def]
    window: MainWindow, context: AppContext, db
) -> None:
    pid = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    for day, title in ((3, "Oud"), (20, "Nieuw"), (10, "Midden")):
        context.execute(
            lambda d=day, t=title: context.notes.create_note(
                t, dt.date(2025, 1, d), partnership_id=pid
            )
        )
    page = window.open_partnership(pid)
    tab = page.sections["notes"]
    assert [n.title for n in tab.table.rows_shown()] == ["Nieuw", "Midden", "Oud"]
    editor = tab.new_note()
    assert editor is not None and editor.form.partnership.currentData() == pid


def test_a_typed_but_unsaved_note_is_offered_back(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, answers, db
) -> None:
    editor = window.new_note()
    assert editor is not None
    qtbot.keyClicks(editor.form.title, "Gesprek op het stadhuis")
    editor.form.body.setPlainText("Wat niet verloren mag gaan.")
    qtbot.waitUntil(lambda: bool(window.context.notes.drafts()), timeout=3000)
    [draft] = window.context.notes.drafts()
    assert (draft.title, draft.body) == ("Gesprek op het stadhuis", "Wat niet verloren mag gaan.")
    editor.keeper.release()  # as if the app had stopped with the editor open
    editor.hide()
    again = window.new_note()
    assert again is not None
    assert answers.shown[-1][0] == "confirm" and "niet-bewaarde versie" in answers.shown[-1][2]
    assert "Gesprek op het stadhuis" in answers.shown[-1][2]
    assert again.form.title.text() == "Gesprek op het stadhuis"
    assert again.form.body.toPlainText() == "Wat niet verloren mag gaan."
    again.save_and_close()
    assert [n.title for n in notes_in(db)] == ["Gesprek op het stadhuis"]
    assert window.context.notes.drafts() == []


def test_declining_a_leftover_draft_throws_it_away(  # type: ignore[no-untyped-def]
    context: AppContext, qtbot, answers
) -> None:
    context.notes.save_draft("Oud concept", "tekst", {"kind": "overleg"})
    answers.confirm_answer = False
    editor = open_editor(context, None)
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.form.title.text() == "" and context.notes.drafts() == []


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from igs_desktop.store.database import open_database
    from igs_desktop.services.workbench import Folders, Workbench
    from igs_desktop.ui.context import AppContext
    from igs_desktop.ui.notes.editor import open_editor

    app = QApplication([])
    db, _report = open_database(Path(sys.argv[1]))
    folders = Folders(*(Path(sys.argv[1]).parent / n for n in ("bijlagen", "rapporten", "kopie")))
    editor = open_editor(AppContext(Workbench(db, folders), 3), None)
    editor.form.title.setText("Notitie op het stadhuis")
    editor.form.body.setPlainText("Getypt en niet bewaard, en toch niet verloren.")
    QTest.qWait(1500)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_typed_text_survives_the_app_being_killed(db_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IGS_DESKTOP_HOME": str(tmp_path)}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_file)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    from igs_desktop.store.database import open_database

    db, _report = open_database(db_file)
    try:
        drafts = NotesService(db, "Test").drafts()
    finally:
        db.close()
    assert [(d.title, d.body) for d in drafts] == [
        ("Notitie op het stadhuis", "Getypt en niet bewaard, en toch niet verloren.")
    ]


def test_an_attachment_is_listed_with_its_size_and_opened(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, monkeypatch, tmp_path: Path, db
) -> None:
    source = tmp_path / "flipover.txt"
    source.write_bytes(b"x" * 2048)
    monkeypatch.setattr(messages, "open_file", lambda *_a, **_k: str(source))
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    editor = window.new_note()
    assert editor is not None
    editor.form.title.setText("Werksessie met flip-over")
    editor.form.attachments.add_button.click()  # saves the new note first
    [note] = notes_in(db)
    assert editor.note_id == note.id
    # the copy runs in a worker thread; the row appears when it is done
    qtbot.waitUntil(lambda: bool(editor.form.attachments.table.rows_shown()), timeout=5000)
    [row] = editor.form.attachments.table.rows_shown()
    assert (row.file_name, row.size) == ("flipover.txt", 2048)
    shown = editor.form.attachments.table.proxy
    assert (shown.index(0, 0).data(), shown.index(0, 1).data()) == ("flipover.txt", "2 kB")
    editor.form.attachments.open_button.click()
    assert len(opened) == 1 and Path(opened[0]).name == "flipover.txt"
    assert Path(opened[0]).read_bytes() == source.read_bytes()
    editor.form.attachments.remove_button.click()
    assert editor.form.attachments.table.rows_shown() == []
    window.undo_action.trigger()
    assert [a.file_name for a in editor.form.attachments.table.rows_shown()] == ["flipover.txt"]


def test_the_notes_page_offers_a_leftover_draft(window: MainWindow, answers) -> None:  # type: ignore[no-untyped-def]
    window.context.notes.save_draft("Na de crash", "nog niet bewaard", {"kind": "andere"})
    page = window.notes
    window.tabs.setCurrentWidget(page)
    assert page.drafts_button.isVisible()
    assert "(1)" in page.drafts_button.text()
    page.drafts_button.click()
    [editor] = open_editors(window)
    assert editor.form.title.text() == "Na de crash"
    assert editor.form.kind.currentData() == "andere"
    assert not page.drafts_button.isVisible()  # the open editor holds it now


def test_a_note_written_after_a_partnership_tab_was_closed(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db
) -> None:
    """A closed (deleted) partnership page no longer listens to changes."""
    pid = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    page = window.open_partnership(pid)
    window.close_tab(window.tabs.indexOf(page))
    qtbot.waitUntil(lambda: not window.partnership_pages())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    write_note(window, qtbot)  # an exception in a slot would fail the test
    window.context.set_year(2)
