"""The notes screens for keyboard and screen-reader users: every input named, Tab leaving every
list, fields reached in reading order; and what comes from the domain (statuses, themes, dates,
sizes) in the window's language. Built on the demo portfolio, so no list is empty."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from igs_desktop import formatting
from igs_desktop.domain.language import Language
from igs_desktop.domain.work import FollowUpStatus, label
from igs_desktop.services import overview
from igs_desktop.services.overview import PartnershipDetail, partnership_detail
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.notes.common import file_size, kind_label
from igs_desktop.ui.notes.editor import NoteEditor
from igs_desktop.ui.notes.follow_up_dialog import FollowUpDialog, subject_choices
from igs_desktop.ui.notes.follow_ups_tab import FollowUpsTab
from igs_desktop.ui.notes.notes_page import NotesPage
from igs_desktop.ui.notes.partnership_notes_tab import PartnershipNotesTab
from igs_desktop.ui.notes.privacy_actions import GovernmentChoiceDialog
from igs_desktop.ui.notes.session_dialog import SessionDialog
from igs_desktop.ui.notes.sessions_page import SessionsPage
from igs_desktop.ui.widgets import fitted_size
from tests.ui.accessibility_tools import (
    assert_accessible,
    assert_tab_order,
)


@pytest.fixture
def demo(context: AppContext) -> AppContext:
    context.workbench.create_demo()
    return context


@pytest.fixture
def kortrijk(demo: AppContext) -> PartnershipDetail:
    """The demo partnership with notes (one with a file), a support track and follow-ups."""
    choices = overview.partnership_choices(demo.db, demo.year)
    pid = next(c.id for c in choices if c.name == "IGS Kortrijk–Lendelede")
    return partnership_detail(demo.db, pid, demo.year)


@pytest.fixture
def english() -> Iterator[None]:
    """The application speaks English (as `install_language` marks it), without a catalogue:
    only what comes from the domain and the formats change."""
    app = QCoreApplication.instance()
    assert app is not None
    app.setProperty("igs_language", "en")
    yield
    app.setProperty("igs_language", "nl")


def test_the_notes_page_search_and_memo(qtbot, demo: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = NotesPage(demo)
    qtbot.addWidget(page)
    page.results.background = False
    page.refresh()
    assert len(page.results.hits()) >= 6  # a filled list, not an empty one
    assert_accessible(page)
    filters = page.filters
    assert_tab_order(
        page,
        page.new_button,
        page.open_button,
        page.delete_button,
        page.views.tabBar(),
        page.search,  # the search box first, then what narrows it, then the results
        filters.kind,
        filters.tag,
        filters.partnership,
        filters.date_from,
        filters.date_to,
        filters.government,
        filters.clear_button,
        page.results.view,
    )
    page.views.setCurrentIndex(1)
    assert page.memo.topLevelItemCount() > 0
    assert_accessible(page)
    assert_tab_order(page, page.memo_filter, page.memo)


def test_the_note_editor_new_and_with_an_attachment(  # type: ignore[no-untyped-def]
    qtbot, demo: AppContext, kortrijk: PartnershipDetail
) -> None:
    notes = demo.notes.notes_of_partnership(kortrijk.record.id)
    with_file = next(n for n in notes if n.attachments)
    editors = [NoteEditor(demo, note_id) for note_id in (None, with_file.id)]
    for editor in editors:
        qtbot.addWidget(editor)
        assert_accessible(editor)
        form = editor.form
        box = editor.findChild(QDialogButtonBox)
        assert box is not None
        save = box.button(QDialogButtonBox.StandardButton.Save)
        assert_tab_order(
            editor,
            form.kind,
            form.noted_on,
            form.title,
            form.body,
            form.tags,
            form.include_in_reports,
            form.personal_data,
            form.partnership,
            form.governments.filter,
            form.governments.list,
            form.action,
            form.session,
            form.attachments.view,
            form.attachments.add_button,
            save,
        )
    assert editors[1].form.attachments.table.rows_shown()  # the file is listed (and named)


def test_the_sessions_page_and_the_session_dialog(qtbot, demo: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = SessionsPage(demo)
    qtbot.addWidget(page)
    page.refresh()
    assert len(page.model.rows()) == 2
    assert page.table.select(lambda k: bool(k.note_ids))
    assert page.notes.count() >= 1
    assert_accessible(page)
    assert_tab_order(
        page,
        page.add_button,
        page.edit_button,
        page.delete_button,
        page.view,
        page.notes,
        page.note_button,
    )
    chosen = page.selected()
    for session in (None, chosen):
        dialog = SessionDialog(demo, session, parent=page)
        assert_accessible(dialog)
        assert_tab_order(
            dialog,
            dialog.held_on,
            dialog.topic,
            dialog.partnership,
            dialog.members_button,
            dialog.participants.filter,
            dialog.participants.list,
            dialog.shared,
            dialog.agreements,
        )
        # "Samenwerkings&verband:" labels a row of two widgets: Alt+V still reaches the combo
        buddies = [lbl.buddy() for lbl in dialog.findChildren(QLabel)]
        assert dialog.partnership in buddies


def test_the_partnerships_notes_and_follow_ups_and_the_follow_up_dialog(  # type: ignore[no-untyped-def]
    qtbot, demo: AppContext, kortrijk: PartnershipDetail
) -> None:
    notes = PartnershipNotesTab(demo, kortrijk.record.id)
    follow_ups = FollowUpsTab(demo, kortrijk.record.id)
    for tab in (notes, follow_ups):
        qtbot.addWidget(tab)
        tab.show_detail(kortrijk)
        assert tab.table.rows_shown()
        assert_accessible(tab)
    assert_tab_order(notes, notes.new_button, notes.open_button, notes.delete_button, notes.view)
    assert_tab_order(
        follow_ups,
        follow_ups.add_button,
        follow_ups.edit_button,
        follow_ups.done_button,
        follow_ups.delete_button,
        follow_ups.view,
    )
    for shown in (None, follow_ups.table.rows_shown()[0]):
        dialog = FollowUpDialog(kortrijk, shown, follow_ups)
        assert_accessible(dialog)
        assert_tab_order(dialog, dialog.title, dialog.due_date, dialog.subject)


def test_the_privacy_export_asks_for_a_government_in_a_named_dialog(  # type: ignore[no-untyped-def]
    qtbot, demo: AppContext
) -> None:
    dialog = GovernmentChoiceDialog(demo, "Van welk lokaal bestuur?")
    qtbot.addWidget(dialog)
    assert dialog.picker.table.model().rowCount() == 285  # every local government
    assert_accessible(dialog)  # the picker's inputs too: the dialog is what the user meets


def test_statuses_themes_dates_and_sizes_follow_the_windows_language(  # type: ignore[no-untyped-def]
    english, qtbot, demo: AppContext, kortrijk: PartnershipDetail
) -> None:
    assert file_size(1536) == "1.5 kB"  # "1,5 kB" in Dutch
    tab = FollowUpsTab(demo, kortrijk.record.id)
    qtbot.addWidget(tab)
    tab.show_detail(kortrijk)
    first = tab.table.rows_shown()[0]
    demo.notes.set_follow_up_status(first.id, FollowUpStatus.DONE)
    tab.show_detail(kortrijk)
    assert tab.table.select(lambda f: f.id == first.id)
    row = tab.table.view.currentIndex().row()
    assert tab.table.proxy.index(row, 2).data() == "done"  # stored as "klaar"
    assert tab.table.proxy.index(row, 1).data() == formatting.short_date(
        first.due_date, locale="en"
    )
    assert not tab.table.proxy.index(row, 1).data()[0].isdigit()  # "Nov 25, 2026"
    subjects = {key: text for text, key in subject_choices(kortrijk)}
    assert kortrijk.tracks
    for track in kortrijk.tracks:
        words = subjects[f"track:{track.id}"].split(", ")
        assert words[-2:] == [label(track.theme, Language.EN), label(track.phase, Language.EN)]
        assert track.theme not in words  # not the stored Dutch word


def test_the_dutch_window_keeps_its_own_words_and_formats(  # type: ignore[no-untyped-def]
    qtbot, demo: AppContext, kortrijk: PartnershipDetail
) -> None:
    assert file_size(1536) == "1,5 kB"
    assert kind_label("veldonderzoek") == "Veldonderzoek"
    tab = FollowUpsTab(demo, kortrijk.record.id)
    qtbot.addWidget(tab)
    tab.show_detail(kortrijk)
    assert tab.summary.text().startswith("2 open opvolgingen, waarvan ")
    assert tab.table.proxy.index(0, 1).data().count("-") == 2  # "25-11-2026"


def test_a_dialog_keeps_to_a_screen_at_200_percent() -> None:
    """1920×1080 at 200 % leaves 960×540 (less the task bar): the knowledge session's dialog
    (720×760) gets shorter, so OK and Cancel stay on the screen; a big screen changes nothing."""
    small = QRect(0, 0, 960, 540)
    assert fitted_size(QSize(720, 760), small) == QSize(720, 480)
    assert fitted_size(QSize(1060, 700), small) == QSize(920, 480)
    assert fitted_size(QSize(720, 760), QRect(0, 0, 1920, 1040)) == QSize(720, 760)
