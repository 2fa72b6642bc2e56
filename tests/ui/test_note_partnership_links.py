"""A new note whose partnership is picked in the editor links the partnership's active members,
as a note opened on the partnership's tab does (Ctrl+Shift+N elsewhere, then a choice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from igs_desktop.store.database import Database
from igs_desktop.store.tables import MembershipRow, Note, NoteGovernment
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.notes.editor import NoteEditor
from tests.store_builders import add_partnership

EEKLO, KORTRIJK, LENDELEDE, MENEN = "43005", "34022", "34025", "34027"


def governments_of(db: Database, note_id: str) -> set[str]:
    with db.session() as session:
        return set(
            session.exec(select(NoteGovernment.nis_code).where(NoteGovernment.note_id == note_id))
        )


def the_note(db: Database) -> Note:
    with db.session() as session:
        [note] = session.exec(select(Note)).all()
        return note


def pick(editor: NoteEditor, partnership_id: str) -> None:
    """Choose a partnership in the editor's chooser, as the user does (activated)."""
    combo = editor.form.partnership
    index = combo.findData(partnership_id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def tick(editor: NoteEditor, nis_code: str) -> None:
    chooser = editor.form.governments.list
    items = [chooser.item(i) for i in range(chooser.count())]
    next(i for i in items if i.text().endswith(f"({nis_code})")).setCheckState(
        Qt.CheckState.Checked
    )


def leave(db: Database, partnership_id: str, nis_code: str, year: int) -> None:
    with db.session() as session:
        row = session.exec(
            select(MembershipRow).where(
                MembershipRow.partnership_id == partnership_id, MembershipRow.nis_code == nis_code
            )
        ).one()
        row.left_year = year
        session.add(row)
        session.commit()


def test_picking_the_partnership_links_its_active_members(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db: Database
) -> None:
    pid = add_partnership(db, "IGS Leiestreek", {KORTRIJK: 1, LENDELEDE: 1, MENEN: 1}, KORTRIJK)
    leave(db, pid, MENEN, 2)  # no longer a member in year 3, the year the window shows
    window.refresh()
    editor = window.new_note()  # on the start page: no partnership preset
    assert editor is not None
    assert editor.form.governments.nis_codes() == []
    pick(editor, pid)
    assert set(editor.form.governments.nis_codes()) == {KORTRIJK, LENDELEDE}
    editor.form.title.setText("Stuurgroep in Kortrijk")
    editor.save_and_close()
    note = the_note(db)
    assert note.partnership_id == pid
    assert governments_of(db, note.id) == {KORTRIJK, LENDELEDE}


def test_another_pick_replaces_the_members_but_keeps_what_the_user_ticked(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, db: Database
) -> None:
    first = add_partnership(db, "IGS Leiestreek", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    other = add_partnership(db, "IGS Meetjesland", {EEKLO: 1}, EEKLO)
    window.refresh()
    editor = window.new_note()
    assert editor is not None
    tick(editor, LENDELEDE)  # the user's own choice, before any partnership
    pick(editor, first)
    assert set(editor.form.governments.nis_codes()) == {KORTRIJK, LENDELEDE}
    pick(editor, other)
    assert set(editor.form.governments.nis_codes()) == {EEKLO, LENDELEDE}
    pick(editor, "")  # "— geen —"
    assert editor.form.governments.nis_codes() == [LENDELEDE]
    pick(editor, other)
    editor.form.title.setText("Overleg")
    editor.save_and_close()
    note = the_note(db)
    assert note.partnership_id == other
    assert governments_of(db, note.id) == {EEKLO, LENDELEDE}
