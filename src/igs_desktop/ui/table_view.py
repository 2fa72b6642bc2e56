"""A table view with the app's manners: row selection, compact rows, columns sized to fit,
remembered widths, and a right-click menu (copy, export to Excel or CSV, the page's actions).

Column widths follow the content and the window until the user drags a column edge: each column
takes the width of its content (up to a maximum); when that is wider than the view, the least
important columns (``Column.priority``) give way down to their minimum, their text elided with
the whole text as a tooltip. Once the user sizes a column, those widths count (and are
remembered with ``save_columns``/``restore_columns``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolTip,
    QWidget,
)

from . import table_menu
from .i18n import translate
from .table_menu import MenuItem
from .table_model import FIT_ROLE, ColumnFit

PADDING = 10  # beside the measured content, so text does not touch the grid
TEXT_MARGIN = 8  # what a cell's text needs beside its width before Qt elides it
DEFAULT_MAX_WIDTH = 420
FLOOR = 36  # no column gives way further than this


class RowTableView(QTableView):
    """Enter or double-click activates the current row (``row_activated`` with its view row).

    ``menu_items`` are the page's own entries of the right-click menu (``None``: a separator);
    Kopiëren, Exporteren naar Excel… and Exporteren als CSV… follow them. ``export_title``
    names the sheet and the suggested file."""

    row_activated = Signal(int)

    def __init__(self, name: str, settings_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self.export_title = name
        self.menu_items: list[MenuItem | None] = []
        self.default_max_width = DEFAULT_MAX_WIDTH
        self.max_widths: dict[int, int] = {}  # column: most pixels when fitting
        self.min_widths: dict[int, int] = {}  # column: least pixels, also when it has room
        self._fitted = False
        self._auto = True  # widths follow content and window until the user sizes a column
        self._fitting = False
        self._pressed = False
        self._natural: list[int] = []  # per column: its content's width, within its maximum
        self._content: list[int] = []  # per column: its content's width, whole
        self._fitted_width = -1
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Referentier…", not clipped
        header.sectionResized.connect(self._section_resized)
        header.viewport().installEventFilter(self)
        self.doubleClicked.connect(lambda index: self._activate(index.row()))

    def allow_several_rows(self) -> None:
        """Ctrl- and Shift-click choose several rows (to copy them); Enter still acts on the
        current one. For lists without Delete."""
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    # --- rows -----------------------------------------------------------------------------
    def _activate(self, view_row: int) -> None:
        if view_row >= 0:
            self.row_activated.emit(view_row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex().row())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_rows()
            return
        shift_f10 = (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            self.open_menu(self._keyboard_menu_position())
            return
        super().keyPressEvent(event)

    def current_view_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    # --- the menu ---------------------------------------------------------------------------
    def build_menu(self) -> QMenu:
        """The page's entries, then Kopiëren and the two exports."""
        menu = QMenu(self)
        menu.setAccessibleName(
            translate("TableMenu", "Acties voor {table}").format(table=self.accessibleName())
        )
        has_rows = self.model() is not None and self.model().rowCount() > 0
        for item in self.menu_items:
            if item is None:
                menu.addSeparator()
                continue
            action = menu.addAction(item.text)
            action.triggered.connect(lambda _checked=False, slot=item.slot: slot())
            action.setEnabled(has_rows if item.enabled is None else item.enabled())
            if item.default:
                font = QFont(action.font())
                font.setBold(True)
                action.setFont(font)
        if self.menu_items:
            menu.addSeparator()
        copy = menu.addAction(table_menu.text(table_menu.COPY))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setToolTip(
            translate("TableMenu", "De gekozen rijen met de kolomkoppen kopiëren, om te plakken")
        )
        copy.setEnabled(bool(table_menu.chosen_rows(self)))
        copy.triggered.connect(self.copy_rows)
        menu.addSeparator()
        excel = menu.addAction(table_menu.text(table_menu.EXCEL))
        excel.triggered.connect(lambda: self.export(".xlsx"))
        csv = menu.addAction(table_menu.text(table_menu.CSV))
        csv.triggered.connect(lambda: self.export(".csv"))
        can_export = has_rows and table_menu.find_context(self) is not None
        for action in (excel, csv):
            action.setEnabled(can_export)
        return menu

    def open_menu(self, position: QPoint) -> None:
        """Show the menu at ``position`` (global)."""
        menu = self.build_menu()
        try:
            menu.exec(position)
        finally:
            menu.deleteLater()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            selection = self.selectionModel()
            if (
                index.isValid()
                and selection is not None
                and not selection.isRowSelected(index.row())
            ):
                self.setCurrentIndex(index)
            self.open_menu(event.globalPos())
        else:
            self.open_menu(self._keyboard_menu_position())
        event.accept()

    def _keyboard_menu_position(self) -> QPoint:
        """Below the current cell, or the view's top left when there is none."""
        index = self.currentIndex()
        rect = self.visualRect(index) if index.isValid() else None
        if rect is None or not rect.intersects(self.viewport().rect()):
            return self.viewport().mapToGlobal(QPoint(4, 4))
        return self.viewport().mapToGlobal(rect.bottomLeft() + QPoint(8, 0))

    def copy_rows(self) -> int:
        """The chosen rows on the clipboard, tab-separated with the headers; how many."""
        return table_menu.copy_rows(self)

    def export(self, suffix: str) -> None:
        table_menu.export_view(self, self.export_title, suffix)

    # --- column widths ----------------------------------------------------------------------
    def _fit(self, section: int) -> ColumnFit:
        model = self.model()
        fit = (
            model.headerData(section, Qt.Orientation.Horizontal, FIT_ROLE)
            if model is not None
            else None
        )
        return fit if isinstance(fit, ColumnFit) else ColumnFit()

    def _chars(self, count: int) -> int:
        return self.fontMetrics().horizontalAdvance("0" * count) + PADDING

    def _bounds(self, section: int) -> tuple[int, int]:
        """The least and most width of a column when fitting."""
        fit = self._fit(section)
        header = self.horizontalHeader()
        if section in self.max_widths:
            most = self.max_widths[section]
        else:
            most = self._chars(fit.max_chars) if fit.max_chars else self.default_max_width
        if section in self.min_widths:
            least = self.min_widths[section]
        elif fit.min_chars:
            least = self._chars(fit.min_chars)
        else:
            least = header.sectionSizeHint(section)  # the whole header
        return max(least, FLOOR), max(most, FLOOR)

    def _measure(self) -> None:
        """Each column's width for its content and header, whole and within its maximum."""
        header = self.horizontalHeader()
        # Measuring every row calls data() in Python for each cell; a sample is enough.
        header.setResizeContentsPrecision(60)
        self._content, self._natural = [], []
        for section in range(header.count()):
            content = max(
                self.sizeHintForColumn(section) + PADDING, header.sectionSizeHint(section)
            )
            least = self.min_widths.get(section, 0)
            self._content.append(max(content, least))
            self._natural.append(max(min(content, self._bounds(section)[1]), least))

    def fit_columns_once(self, max_width: int = DEFAULT_MAX_WIDTH) -> None:
        """Size the columns to their contents and the view when there are rows, and keep them
        fitted (on every refresh and resize) until the user sizes a column himself."""
        model = self.model()
        if model is None or model.rowCount() == 0 or not self._auto:
            return
        self._fitted = True
        self.default_max_width = max_width
        self._measure()
        self._fit_to_view(force=True)

    def _widths_for(self, available: int) -> list[int]:
        """The natural widths, the least important columns giving way until they fit."""
        header = self.horizontalHeader()
        widths = list(self._natural)
        shown = [s for s in range(len(widths)) if not header.isSectionHidden(s)]
        excess = sum(widths[s] for s in shown) - available
        if excess < 0:
            # Room to spare: the columns held to their maximum get it first, the most
            # important first; the last column takes what is left.
            for s in sorted(shown[:-1], key=lambda s: -self._fit(s).priority):
                grow = min(-excess, self._content[s] - widths[s])
                if grow > 0:
                    widths[s] += grow
                    excess += grow
            return widths
        levels = sorted({self._fit(s).priority for s in shown})
        for level in levels:
            if excess <= 0:
                break
            room = {}
            for s in shown:
                if self._fit(s).priority == level:
                    least = min(self._bounds(s)[0], widths[s])
                    if widths[s] > least:
                        room[s] = widths[s] - least
            total = sum(room.values())
            if not total:
                continue
            take = min(excess, total)
            for s, spare in room.items():
                cut = min(spare, math.ceil(take * spare / total), excess)
                widths[s] -= cut
                excess -= cut
        return widths

    def _fit_to_view(self, force: bool = False) -> None:
        if not self._natural or len(self._natural) != self.horizontalHeader().count():
            return
        available = self.viewport().width()
        if not force and available == self._fitted_width:
            return
        # Before the view is laid out its width means nothing: then the natural widths.
        widths = self._widths_for(available) if self.isVisible() else list(self._natural)
        self._fitting = True
        try:
            for section, width in enumerate(widths):
                self.horizontalHeader().resizeSection(section, width)
        finally:
            self._fitting = False
        self._fitted_width = available if self.isVisible() else -1

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._auto and self._natural:
            result = super().viewportEvent(event)
            self._fit_to_view()
            return result
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.elided_tooltip(self.indexAt(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        return super().viewportEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto and self._natural:
            self._fit_to_view()

    def is_elided(self, index: QModelIndex) -> bool:
        """Whether the cell's text is cut off at its column's width."""
        text = index.data() if index.isValid() else None
        if not isinstance(text, str) or not text or self.wordWrap():
            return False
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self.fontMetrics()
        return metrics.horizontalAdvance(text) + TEXT_MARGIN > self.columnWidth(index.column())

    def elided_tooltip(self, index: QModelIndex) -> str:
        """The whole text of a cut-off cell (with the cell's own tooltip), else ""."""
        if not self.is_elided(index):
            return ""
        text = str(index.data())
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        return f"{text}\n{own}" if isinstance(own, str) and own and text not in own else text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the header: a press starts the user's own sizing; a tooltip names a cut-off
        header in full."""
        header = self.horizontalHeader()
        if watched is header.viewport():
            kind = event.type()
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
            elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                section = header.logicalIndexAt(event.pos())
                if section >= 0 and header.sectionSize(section) < header.sectionSizeHint(section):
                    model = self.model()
                    text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                    own = model.headerData(
                        section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                    )
                    tip = f"{text}: {own}" if isinstance(own, str) and own else text
                    QToolTip.showText(event.globalPos(), tip, header)
                    return True
        return super().eventFilter(watched, event)

    def _section_resized(self, _section: int, old: int, new: int) -> None:
        if self._pressed and not self._fitting and old != new:
            self._auto = False  # the user sizes the columns from now on

    @property
    def user_sized(self) -> bool:
        """Whether the user has sized the columns himself (then they stay as he left them)."""
        return not self._auto

    def column_widths(self) -> Sequence[int]:
        header = self.horizontalHeader()
        return [header.sectionSize(s) for s in range(header.count())]

    # --- remembered between sessions --------------------------------------------------------
    def restore_columns(self, settings: QSettings) -> bool:
        """The order, sorting and (when the user sized them) widths of the last session."""
        state = settings.value(f"columns/{self.settings_key}") if self.settings_key else None
        restored = isinstance(state, QByteArray) and self.horizontalHeader().restoreState(state)
        own = settings.value(f"columns/{self.settings_key}_sized", False, type=bool)
        if restored and own:
            self._auto = False
            self._fitted = True
        elif restored and self._natural:
            self._fit_to_view(force=True)
        return restored

    def save_columns(self, settings: QSettings) -> None:
        if self.settings_key:
            settings.setValue(f"columns/{self.settings_key}", self.horizontalHeader().saveState())
            settings.setValue(f"columns/{self.settings_key}_sized", not self._auto)
