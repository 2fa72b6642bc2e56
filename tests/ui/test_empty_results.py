"""No silent empty lists: the member picker says when the region filter hides every match and
offers to show them; Enter in the portfolio search opens the single match."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt

from igs_desktop.services import reference
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.government_picker import GovernmentPicker
from igs_desktop.ui.governments_page import fold
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership.page import PartnershipPage
from igs_desktop.ui.table_model import ROW_ROLE

KORTRIJK = "34022"


def picker_in_the_region_of_kortrijk(context: AppContext, qtbot) -> GovernmentPicker:  # type: ignore[no-untyped-def]
    governments = reference.governments(context.db)
    region = next(g.region_code for g in governments if g.nis_code == KORTRIJK)
    picker = GovernmentPicker(governments, region, {}, {KORTRIJK})
    qtbot.addWidget(picker)
    picker.resize(720, 480)
    picker.show()
    return picker


def listed(picker: GovernmentPicker) -> list[str]:
    return [picker.proxy.index(r, 0).data(ROW_ROLE).name for r in range(picker.proxy.rowCount())]


def test_the_picker_says_the_region_filter_hides_the_matches(  # type: ignore[no-untyped-def]
    context: AppContext, qtbot
) -> None:
    picker = picker_in_the_region_of_kortrijk(context, qtbot)
    assert picker.stack.currentWidget() is picker.table
    outside = [
        g.name
        for g in reference.governments(context.db)
        if "gent" in fold(g.name) and g.region_code != picker.region
    ]
    assert outside  # Gent lies outside Zuid-West-Vlaanderen
    qtbot.keyClicks(picker.search, "gent")
    assert listed(picker) == []
    assert picker.stack.currentWidget() is picker.empty
    assert picker.empty_text.text() == (
        f"Geen bestuur in Zuid-West-Vlaanderen met 'gent'; {len(outside)} daarbuiten."
    )
    assert picker.show_outside.text() == (
        "Het bestuur daarbuiten tonen"
        if len(outside) == 1
        else f"De {len(outside)} besturen daarbuiten tonen"
    )
    qtbot.mouseClick(picker.show_outside, Qt.MouseButton.LeftButton)
    assert picker.everywhere.isChecked()
    assert picker.stack.currentWidget() is picker.table
    assert sorted(listed(picker)) == sorted(outside)
    assert picker.chosen() is not None  # the first match is selected, Enter picks it


def test_enter_on_the_explanation_shows_the_matches(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = picker_in_the_region_of_kortrijk(context, qtbot)
    picked: list[bool] = []
    picker.picked.connect(lambda: picked.append(True))
    qtbot.keyClicks(picker.search, "gent")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.everywhere.isChecked() and listed(picker)
    assert picked == []  # shown, not chosen yet
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picked == [True]


def test_no_match_anywhere_is_said_without_a_button(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = picker_in_the_region_of_kortrijk(context, qtbot)
    qtbot.keyClicks(picker.search, "xyzzy")
    assert picker.stack.currentWidget() is picker.empty
    assert picker.empty_text.text() == "Geen bestuur met 'xyzzy'."
    assert picker.show_outside.isHidden()
    # an excluded government (already a member) is not counted as hidden by the region
    picker.search.setText(KORTRIJK)
    assert picker.empty_text.text() == f"Geen bestuur met '{KORTRIJK}'."


def demo_window(context: AppContext, settings: QSettings, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    context.workbench.create_demo(today=dt.date(2026, 11, 1))
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_enter_in_the_portfolio_search_opens_the_single_match(  # type: ignore[no-untyped-def]
    context: AppContext, settings: QSettings, qtbot
) -> None:
    window = demo_window(context, settings, qtbot)
    page = window.portfolio
    qtbot.keyClicks(page.search, "tienen")
    assert page.proxy.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    opened = window.tabs.currentWidget()
    assert isinstance(opened, PartnershipPage)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "IGS Tienen–Landen"


def test_enter_with_several_matches_goes_to_the_list(  # type: ignore[no-untyped-def]
    context: AppContext, settings: QSettings, qtbot
) -> None:
    window = demo_window(context, settings, qtbot)
    page = window.portfolio
    tabs = window.tabs.count()
    qtbot.keyClicks(page.search, "igs")
    assert page.proxy.rowCount() > 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.tabs.count() == tabs  # nothing opened
    assert window.tabs.currentWidget() is page
    assert page.table.currentIndex().row() == 0
    qtbot.keyClicks(page.search, "xyzzy")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # no match: nothing happens
    assert window.tabs.count() == tabs
