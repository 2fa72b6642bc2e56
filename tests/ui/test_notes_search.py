"""Finding notes: results as you type, ranked, highlighted, accents aside; filters; memo view."""

from __future__ import annotations

import datetime as dt

import pytest

from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.notes.editor import NoteEditor
from igs_desktop.ui.notes.html_delegate import HTML_ROLE
from igs_desktop.ui.notes.memo_view import NO_TAG
from igs_desktop.ui.notes.notes_page import NotesPage
from igs_desktop.ui.notes.search_panel import NOTE_COLUMN
from tests.store_builders import add_partnership

EEKLO, KORTRIJK = "43005", "34022"


def add_note(context: AppContext, title: str, **values) -> str:  # type: ignore[no-untyped-def]
    values.setdefault("noted_on", dt.date(2025, 2, 3))
    outcome = context.execute(lambda: context.notes.create_note(title, **values))
    assert outcome is not None and outcome.created_id
    return outcome.created_id


@pytest.fixture
def page(window: MainWindow, context: AppContext) -> NotesPage:
    add_note(
        context,
        "Overleg met de vrijwilligers",
        body="Na de reünie van de taalvrijwilligers: een vaste contactpersoon werkt.",
        tags="kennisdeling, Taal",
        kind="overleg",
        nis_codes=[EEKLO],
    )
    add_note(
        context,
        "Cijfers van Kortrijk",
        body="De tabel met de niet-EU14-cijfers van dit jaar.",
        tags="cijfers",
        kind="data-onderzoek",
        nis_codes=[KORTRIJK],
        include_in_reports=True,
        noted_on=dt.date(2025, 3, 1),
    )
    window.tabs.setCurrentWidget(window.notes)
    return window.notes


def titles(page: NotesPage) -> list[str]:
    return [h.title for h in page.results.hits()]


def type_and_wait(qtbot, page: NotesPage, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: titles(page) == expected, timeout=3000)


def test_without_a_query_the_newest_notes_come_first(page: NotesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(titles(page)) == 2)
    assert titles(page) == ["Cijfers van Kortrijk", "Overleg met de vrijwilligers"]
    assert page.results.proxy.index(0, 5).data() == "✓"  # opnemen in rapport
    assert page.results.proxy.index(1, 5).data() == ""


def test_search_as_you_type_ignores_accents_and_highlights(page: NotesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, page, "reunie", ["Overleg met de vrijwilligers"])
    html = page.results.proxy.index(0, NOTE_COLUMN).data(HTML_ROLE)
    assert 'font-weight:bold">reünie</span>' in html
    assert "Overleg met de vrijwilligers" in page.results.proxy.index(0, NOTE_COLUMN).data()
    assert "1 notitie gevonden" in page.results.count.text()


def test_search_finds_by_tag_linked_government_and_title_first(  # type: ignore[no-untyped-def]
    page: NotesPage, qtbot, context: AppContext
) -> None:
    type_and_wait(qtbot, page, "taal", ["Overleg met de vrijwilligers"])  # tag (and body)
    type_and_wait(qtbot, page, "kennisdel", ["Overleg met de vrijwilligers"])  # tag prefix
    type_and_wait(qtbot, page, "eeklo", ["Overleg met de vrijwilligers"])  # linked name
    add_note(
        context, "Bezoek aan het stadhuis", body="Een dag in Kortrijk.", noted_on=dt.date.today()
    )
    # a title match ranks before a newer note that only mentions the word in its text
    type_and_wait(qtbot, page, "kortrijk", ["Cijfers van Kortrijk", "Bezoek aan het stadhuis"])
    type_and_wait(qtbot, page, "zzzz", [])
    assert page.results.count.text() == "Geen notities gevonden."


def test_filters_by_kind_tag_dates_and_government(page: NotesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    filters = page.filters
    qtbot.waitUntil(lambda: len(titles(page)) == 2)
    filters.kind.setCurrentIndex(filters.kind.findData("overleg"))
    qtbot.waitUntil(lambda: titles(page) == ["Overleg met de vrijwilligers"])
    filters.clear()
    filters.set_tag("cijfers")
    qtbot.waitUntil(lambda: titles(page) == ["Cijfers van Kortrijk"])
    filters.clear()
    filters.date_to.set_value(dt.date(2025, 2, 28))
    filters.changed.emit()
    qtbot.waitUntil(lambda: titles(page) == ["Overleg met de vrijwilligers"])
    filters.clear()
    page.show_government(KORTRIJK)
    qtbot.waitUntil(lambda: titles(page) == ["Cijfers van Kortrijk"])


def test_filter_by_partnership(window: MainWindow, context: AppContext, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    pid = add_partnership(db, "IGS Eeklo–Zelzate", {EEKLO: 1, "43018": 1}, EEKLO)
    add_note(context, "Van het verband", partnership_id=pid)
    add_note(context, "Los")
    page = window.notes
    page.filters.refresh()
    page.filters.set_partnership(pid)
    qtbot.waitUntil(lambda: titles(page) == ["Van het verband"])
    assert page.note_preset().partnership_id == pid


def test_enter_in_the_search_box_opens_the_best_note(page: NotesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search, "reunie")
    qtbot.keyClick(page.search, "\r")
    [editor] = [e for e in page.window().findChildren(NoteEditor) if e.isVisible()]
    assert editor.form.title.text() == "Overleg met de vrijwilligers"


def test_memo_view_groups_every_note_by_tag(page: NotesPage, context: AppContext) -> None:
    add_note(context, "Zonder tags")
    page.views.setCurrentIndex(1)
    assert page.memo.tags() == ["cijfers", "kennisdeling", "taal", ""]
    top = [page.memo.topLevelItem(i).text(0) for i in range(page.memo.topLevelItemCount())]
    assert top == ["cijfers (1)", "kennisdeling (1)", "taal (1)", f"{NO_TAG} (1)"]
    page.memo_filter.setText("kennis")
    assert page.memo.tags() == ["kennisdeling"]


def test_the_note_tables_pass_the_model_tester(  # type: ignore[no-untyped-def]
    page: NotesPage, qtbot, qtmodeltester
) -> None:
    qtbot.waitUntil(lambda: len(titles(page)) == 2)
    qtmodeltester.check(page.results.model)
    qtmodeltester.check(page.results.proxy)


def test_the_notes_of_the_government_chosen_on_its_page(  # type: ignore[no-untyped-def]
    page: NotesPage, window: MainWindow, qtbot
) -> None:
    window.tabs.setCurrentWidget(window.governments)
    assert window.governments.select(KORTRIJK)
    window.government_notes_action.trigger()
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: titles(page) == ["Cijfers van Kortrijk"])
    assert page.note_preset().nis_codes == (KORTRIJK,)
