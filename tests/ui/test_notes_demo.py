"""The demo portfolio's notes, knowledge sessions and follow-ups as a newcomer sees them."""

from __future__ import annotations

import datetime as dt

import pytest

from igs_desktop.paths import AppPaths
from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.portfolio_page import portfolio_columns
from tests.ui.conftest import wait_for_counts

OVERDUE_COLUMN = [c.header for c in portfolio_columns()].index("Achterstallig")


@pytest.fixture
def demo_window(qtbot, db, settings, app_paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    workbench = Workbench(db, Folders.of(app_paths))  # the folders as the app decides them
    workbench.save_profile("Test Ondersteuner", "")
    workbench.create_demo()
    context = AppContext(workbench, 3)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    return window


def test_the_demo_shows_notes_sessions_and_follow_ups(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, qtbot, qtmodeltester
) -> None:
    notes = demo_window.notes
    qtbot.waitUntil(lambda: len(notes.results.hits()) >= 6)
    hits = notes.results.hits()
    assert len({h.kind for h in hits}) >= 4
    assert any(h.include_in_reports for h in hits) and any(h.personal_data for h in hits)
    assert len(demo_window.sessions.model.rows()) == 2

    wait_for_counts(qtbot, demo_window.portfolio)
    rows = {r.name: r for r in demo_window.portfolio.model.rows()}
    kortrijk = rows["IGS Kortrijk–Lendelede"]
    assert kortrijk.overdue >= 2  # a support track and a follow-up
    page = demo_window.open_partnership(kortrijk.id)
    tab = page.sections["notes"]
    shown = tab.table.rows_shown()
    assert len(shown) == 2 and shown[0].noted_on >= shown[1].noted_on
    with_file = next(n for n in shown if n.attachments)
    editor = tab.open_selected() if tab.table.select(lambda n: n.id == with_file.id) else None
    assert editor is not None
    [attachment] = editor.form.attachments.table.rows_shown()
    assert attachment.file_name == "telling-oefenkansen.csv"
    assert (
        demo_window.context.notes.attachment_file(attachment.id)
        .read_text(encoding="utf-8")
        .startswith("maand;praatgroep")
    )
    follow_ups = page.sections["follow_ups"]
    assert any(f.overdue(dt.date.today()) for f in follow_ups.table.rows_shown())

    for model in (
        tab.table.model,
        follow_ups.table.model,
        demo_window.sessions.model,
        editor.form.attachments.table.model,
        notes.results.model,
    ):
        qtmodeltester.check(model)
