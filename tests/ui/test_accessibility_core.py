"""The window's own parts for keyboard and screen-reader users: the main window with the
portfolio, the governments page and the crash dialog have every input named, no table trapping
Tab, and their fields in reading order. Built on the demo portfolio, so no table is empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from igs_desktop.ui.context import AppContext
from igs_desktop.ui.crash import CrashDialog
from igs_desktop.ui.governments_page import GovernmentsPage
from igs_desktop.ui.main_window import MainWindow
from tests.ui.accessibility_tools import (
    assert_tab_order,
    focus_chain,
    trapping_views,
    unnamed_inputs,
)
from tests.ui.conftest import wait_for_counts


@pytest.fixture
def demo(context: AppContext) -> AppContext:
    context.workbench.create_demo()
    return context


@pytest.fixture
def demo_window(qtbot, demo: AppContext, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_counts(qtbot, window.portfolio)
    return window


def test_the_main_window_and_its_portfolio(demo_window: MainWindow) -> None:
    portfolio = demo_window.portfolio
    assert portfolio.model.rowCount() >= 5  # a filled table, not an empty one
    assert unnamed_inputs(demo_window) == []
    assert trapping_views(demo_window) == []
    assert demo_window.year.accessibleName()
    # the search box, then the button beside it, then the table under them
    assert_tab_order(portfolio, portfolio.search, portfolio.table)
    # from the toolbar's year chooser (Tab goes round): the tabs, then the page below them
    assert_tab_order(demo_window.year, demo_window.tabs.tabBar(), portfolio.search, portfolio.table)
    assert portfolio.table in focus_chain(demo_window.year)


def test_the_governments_page(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.governments
    demo_window.tabs.setCurrentWidget(page)
    assert page.model.rowCount() > 200
    assert unnamed_inputs(page) == []
    assert trapping_views(page) == []
    assert_tab_order(
        page,
        page.search,  # the search box, what narrows it, the buttons, then the table
        page.region,
        page.province,
        page.figures_button,
        page.import_button,
        page.table,
    )
    # every page built so far, in the window: still every input named
    assert unnamed_inputs(demo_window) == []


def test_a_governments_page_without_a_database(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = GovernmentsPage()
    qtbot.addWidget(page)
    assert unnamed_inputs(page) == []
    assert trapping_views(page) == []


def test_the_crash_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CrashDialog("Traceback (most recent call last): …", "/tmp/igs-desktop.log")
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    assert dialog.details.accessibleName() == "Technische details"
    assert dialog.details.isReadOnly()
