"""Columns sized from their content and the window (issue 12, item 3): at 1280×800 the key
columns are in view without sideways scrolling, the least important give way (elided, with a
tooltip), the applicant's name stays readable, and the user's own widths are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.table_view import RowTableView

DENDERMONDE = "IGS Dendermonde–Lebbeke–Buggenhout–Hamme"


@pytest.fixture
def demo_window(qtbot: QtBot, db, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    folders = Folders(tmp_path / "bijlagen", tmp_path / "rapporten", tmp_path / "kopieën")
    workbench = Workbench(db, folders)
    workbench.save_profile("Test Ondersteuner", "")
    workbench.create_demo()
    window = MainWindow(AppContext(workbench, 3), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.portfolio.refresh()
    QApplication.processEvents()
    return window


def column(view: RowTableView, header: str) -> int:
    model = view.model()
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )


def in_view(view: RowTableView, header: str) -> bool:
    """The whole column lies within the visible part of the table."""
    section = column(view, header)
    h = view.horizontalHeader()
    left = h.sectionViewportPosition(section)
    return left >= 0 and left + h.sectionSize(section) <= view.viewport().width()


def readable(view: RowTableView, text: str) -> bool:
    """The cell shows ``text`` whole, or elides it with the whole text as its tooltip."""
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    index = model.index(row, 0)
    return not view.is_elided(index) or view.elided_tooltip(index).startswith(text)


def test_portfolio_at_1280_needs_no_sideways_scrolling(demo_window: MainWindow) -> None:
    view = demo_window.portfolio.table
    assert view.viewport().width() < 1280
    assert in_view(view, "Volgende deadline")
    assert view.horizontalScrollBar().maximum() == 0
    assert readable(view, DENDERMONDE)
    assert not view.is_elided(view.model().index(0, column(view, "Aanvrager")))


def test_members_tab_at_1280_shows_the_figure_and_its_source(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    record = next(r for r in demo_window.portfolio.model.rows() if r.name == DENDERMONDE)
    page = demo_window.open_partnership(record.id)
    members = page.sections["members"]
    page.tabs.setCurrentWidget(members)
    QApplication.processEvents()
    view = members.table
    assert view.isVisible()
    assert in_view(view, "Niet-EU14")
    assert in_view(view, "Bron cijfer")
    assert view.horizontalScrollBar().maximum() == 0
    assert readable(view, "Dendermonde")
    # the least important columns gave way, not the figure
    figure = view.model().index(0, column(view, "Niet-EU14"))
    assert not view.is_elided(figure)


def test_a_column_that_gives_way_shows_its_text_as_a_tooltip(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    demo_window.resize(1024, 700)
    QApplication.processEvents()
    view = demo_window.portfolio.table
    assert in_view(view, "Volgende deadline")
    region = column(view, "Referentieregio")
    model = view.model()
    elided = [
        model.index(r, region)
        for r in range(model.rowCount())
        if view.is_elided(model.index(r, region))
    ]
    assert elided, "at 1024 px the region gives way"
    index = elided[0]
    assert view.elided_tooltip(index) == index.data()
    # wider again: the columns follow the window
    demo_window.resize(1920, 1080)
    QApplication.processEvents()
    assert not any(view.is_elided(model.index(r, region)) for r in range(model.rowCount()))


def drag(view: RowTableView, section: int, width: int) -> None:
    """What a user's drag of a column edge amounts to: a press on the header, a resize."""
    header = view.horizontalHeader()
    point = QPointF(header.sectionViewportPosition(section) + 4, 4)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        if kind == QEvent.Type.MouseButtonRelease:
            header.resizeSection(section, width)
        event = QMouseEvent(
            kind,
            point,
            header.viewport().mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        view.eventFilter(header.viewport(), event)


def test_the_users_own_widths_are_kept_and_remembered(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    view = demo_window.portfolio.table
    assert not view.user_sized
    drag(view, 1, 300)
    assert view.user_sized
    demo_window.resize(1000, 700)
    QApplication.processEvents()
    demo_window.portfolio.refresh()
    assert view.columnWidth(1) == 300  # neither the window nor a refresh undoes it

    settings = QSettings(str(tmp_path / "kolommen.ini"), QSettings.Format.IniFormat)
    view.save_columns(settings)
    again = RowTableView("Portefeuille", "portfolio")
    again.setModel(view.model())
    qtbot.addWidget(again)
    assert again.restore_columns(settings)
    assert again.user_sized and again.columnWidth(1) == 300


def test_widths_saved_before_are_fitted_again(qtbot: QtBot, tmp_path: Path) -> None:
    """A state saved while the app fitted the columns itself does not freeze them."""
    settings = QSettings(str(tmp_path / "kolommen.ini"), QSettings.Format.IniFormat)
    first = RowTableView("Portefeuille", "portfolio")
    qtbot.addWidget(first)
    first.save_columns(settings)
    second = RowTableView("Portefeuille", "portfolio")
    qtbot.addWidget(second)
    second.restore_columns(settings)
    assert not second.user_sized
