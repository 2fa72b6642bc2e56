"""Right-click menus on tables and Excel out (issue 12): Kopiëren, Exporteren naar Excel…,
Exporteren als CSV…, and each page's own actions; the context-menu key and Shift+F10."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from igs_desktop.services import table_export
from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.ui import messages
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.figures_dialog import FiguresDialog
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.notes.search_panel import NoteSearch
from igs_desktop.ui.partnership.page import PartnershipPage
from igs_desktop.ui.table_menu import visible_columns
from igs_desktop.ui.table_view import RowTableView
from tests.ui.conftest import Answers, wait_for_counts

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
    wait_for_counts(qtbot, window.portfolio)
    return window


def labels(view: RowTableView) -> list[str]:
    return [a.text() for a in view.build_menu().actions() if not a.isSeparator()]


def trigger(view: RowTableView, text: str) -> None:
    menu = view.build_menu()
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    action.trigger()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, str, str]]:
    asked: list[tuple[str, str, str]] = []

    def answer(_parent, title: str, suggested: str = "", filters: str = "") -> str:  # type: ignore[no-untyped-def]
        asked.append((title, suggested, filters))
        return str(path)

    monkeypatch.setattr(messages, "save_file", answer)
    return asked


def open_page(window: MainWindow, name: str) -> PartnershipPage:
    record = next(r for r in window.portfolio.model.rows() if r.name == name)
    return window.open_partnership(record.id)


def row_of(view: QTableView, text: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def test_the_portfolio_menu(demo_window: MainWindow) -> None:
    assert labels(demo_window.portfolio.table) == [
        "&Openen",
        "Nieuwe &notitie…",
        "&Rapport…",
        "&Kopiëren",
        "Exporteren naar &Excel…",
        "Exporteren als &CSV…",
    ]


def test_the_members_menu_offers_the_what_ifs(demo_window: MainWindow) -> None:
    page = open_page(demo_window, DENDERMONDE)
    view = page.sections["members"].table
    assert labels(view) == [
        "Wijz&igen…",
        "&Cijfer invoeren…",
        "Wat als dit bestuur &uitstapt?",
        "Wat als … t&oetreedt?",
        "&Kopiëren",
        "Exporteren naar &Excel…",
        "Exporteren als &CSV…",
    ]


def shown_headers(view: RowTableView) -> list[str]:
    """The headers of the columns the table shows (a column hidden, like the portfolio's
    Ondersteuner outside a team, is neither copied nor exported)."""
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in visible_columns(view)]


def test_copy_puts_the_selected_rows_on_the_clipboard(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    view = demo_window.portfolio.table
    model = view.model()
    genk, dendermonde = row_of(view, "Genk"), row_of(view, DENDERMONDE)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in (genk, dendermonde):
        view.selectionModel().select(model.index(row, 0), flags)
    QGuiApplication.clipboard().clear()
    trigger(view, "&Kopiëren")
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == shown_headers(view)
    assert [line.split("\t")[0] for line in lines[1:]] == ["Genk", DENDERMONDE]
    assert lines[2].split("\t")[3] == "4"  # the cells as shown

    # Ctrl+C copies the same; a single row alone when only that one is chosen
    view.selectRow(genk)
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[1].startswith("Genk\tEnkel bestuur\t")


def test_menu_key_shift_f10_and_right_click_open_the_menu(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = demo_window.portfolio.table
    opened: list[QPoint] = []
    monkeypatch.setattr(view, "open_menu", lambda position: opened.append(position))
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(view, Qt.Key.Key_Shift)  # QTest leaves Qt believing Shift is held
    assert len(opened) == 2
    # a right click on another row chooses that row first
    target = row_of(view, DENDERMONDE)
    rect = view.visualRect(view.model().index(target, 1))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    assert len(opened) == 3
    assert view.current_view_row() == target


def test_openen_and_rapport_from_the_portfolio_menu(demo_window: MainWindow) -> None:
    view = demo_window.portfolio.table
    view.selectRow(row_of(view, DENDERMONDE))
    trigger(view, "&Rapport…")
    assert demo_window.tabs.currentWidget() is demo_window.reports
    assert demo_window.reports.form.partnership.currentText() == DENDERMONDE
    trigger(view, "&Openen")
    page = demo_window.tabs.currentWidget()
    assert isinstance(page, PartnershipPage) and page.detail is not None
    assert page.detail.record.name == DENDERMONDE


def test_portfolio_to_excel_has_the_rows_shown_with_real_numbers_and_dates(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = demo_window.portfolio.table
    asked = save_as(monkeypatch, tmp_path / "portefeuille")  # the suffix is added
    trigger(view, "Exporteren naar &Excel…")
    assert asked[0][0] == "Exporteren naar Excel"
    assert asked[0][1].endswith("Portefeuille projectjaar 3.xlsx")
    assert "*.xlsx" in asked[0][2]
    path = tmp_path / "portefeuille.xlsx"
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    model = view.model()
    assert list(rows[0]) == shown_headers(demo_window.portfolio.table)
    assert [r[0] for r in rows[1:]] == [model.index(r, 0).data() for r in range(model.rowCount())]
    dendermonde = next(r for r in rows if r[0] == DENDERMONDE)
    assert dendermonde[3] == 4 and isinstance(dendermonde[3], int)
    assert all(isinstance(r[5], int) for r in rows[1:])  # Fouten: numbers, not text
    assert isinstance(dendermonde[8], dt.datetime)  # Volgende deadline: a date cell
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:I{len(rows)}"
    assert "geëxporteerd naar" in demo_window.statusBar().currentMessage()
    # the command line writes the same columns
    assert list(rows[0]) == [c.header for c in table_export.PORTFOLIO_COLUMNS]

    # a filtered table exports what it shows
    demo_window.portfolio.search.setText("Lendelede")
    save_as(monkeypatch, tmp_path / "gefilterd.xlsx")
    trigger(view, "Exporteren naar &Excel…")
    filtered = load_workbook(tmp_path / "gefilterd.xlsx").active
    assert filtered is not None
    assert [r[0] for r in filtered.iter_rows(min_row=2, values_only=True)] == [
        "IGS Kortrijk–Lendelede"
    ]


def test_members_as_csv(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = open_page(demo_window, DENDERMONDE)
    view = page.sections["members"].table
    save_as(monkeypatch, tmp_path / "leden.csv")
    trigger(view, "Exporteren als &CSV…")
    raw = (tmp_path / "leden.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    assert header[:3] == ["Lokaal bestuur", "NIS-code", "Referentieregio"]
    figure = header.index("Niet-EU14")
    cells = {line.split(";")[0]: line.split(";") for line in lines[1:]}
    assert cells["Dendermonde"][figure] == "5170"  # a number Excel reads, not "5.170"
    assert cells["Dendermonde"][1] == "42006"


def test_every_table_exports(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    page = open_page(demo_window, "IGS Kortrijk–Lendelede")
    demo_window.governments.refresh()
    government = next(g for g in demo_window.governments.model.rows() if g.info.name == "Kortrijk")
    dialog = FiguresDialog(demo_window.context, government.info, demo_window)
    qtbot.addWidget(dialog)
    views: dict[str, RowTableView] = {
        "portefeuille": demo_window.portfolio.table,
        "besturen": demo_window.governments.table,
        "cijfers": dialog.table,
        "leden": page.sections["members"].table,
        "acties": page.sections["actions"].view,
        "trajecten": page.sections["tracks"].view,
    }
    for name, view in views.items():
        path = tmp_path / f"{name}.xlsx"
        save_as(monkeypatch, path)
        trigger(view, "Exporteren naar &Excel…")
        sheet = load_workbook(path).active
        assert sheet is not None, name
        model = view.model()
        assert [c.value for c in sheet[1]] == shown_headers(view), name
        assert sheet.max_row == model.rowCount() + 1, name
    actions = load_workbook(tmp_path / "acties.xlsx").active
    assert actions is not None
    by_header = {c.value: c.column - 1 for c in actions[1]}
    first = next(actions.iter_rows(min_row=2, max_row=2))
    assert isinstance(first[by_header["KPI-doel"]].value, int)
    assert first[by_header["Subsidie"]].number_format == '"€" #,##0.00'
    assert isinstance(first[by_header["Subsidie"]].value, int | float)
    assert first[by_header["Voortgang"]].number_format == "0%"
    tracks = load_workbook(tmp_path / "trajecten.xlsx").active
    assert tracks is not None
    due = [c.value for c in tracks["F"][1:]]
    assert all(isinstance(v, dt.datetime) for v in due if v is not None) and any(due)
    figures = load_workbook(tmp_path / "cijfers.xlsx").active
    assert figures is not None
    assert all(isinstance(c.value, int) for c in figures["B"][1:])


def test_note_search_results_export(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    panel = demo_window.notes.findChild(NoteSearch)
    assert panel is not None
    panel.background = False
    panel.run_search()
    assert panel.proxy.rowCount() > 0
    save_as(monkeypatch, tmp_path / "notities.xlsx")
    trigger(panel.view, "Exporteren naar &Excel…")
    sheet = load_workbook(tmp_path / "notities.xlsx").active
    assert sheet is not None
    assert sheet["A1"].value == "Datum" and isinstance(sheet["A2"].value, dt.datetime)
    assert sheet.max_row == panel.proxy.rowCount() + 1


def test_export_never_over_the_database(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    database = demo_window.context.db.path
    before = database.read_bytes()[:100]
    save_as(monkeypatch, database.with_suffix(".xlsx"))
    disguised = database.with_suffix(".xlsx")
    disguised.write_bytes(database.read_bytes())
    trigger(demo_window.portfolio.table, "Exporteren naar &Excel…")
    assert answers.shown and answers.shown[-1][:2] == ("warn", "Niet geëxporteerd")
    assert "database" in answers.shown[-1][2]
    assert database.read_bytes()[:100] == before
    assert disguised.read_bytes()[:100] == before
