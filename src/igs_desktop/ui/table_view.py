"""A table view with the app's manners: row selection, compact rows, remembered columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RowTableView(QTableView):
    """Enter or double-click activates the current row (``activated_row`` with its source row)."""

    row_activated = Signal(int)

    def __init__(self, name: str, settings_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self._fitted = False
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self._activate(index.row()))

    def _activate(self, view_row: int) -> None:
        if view_row >= 0:
            self.row_activated.emit(view_row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def current_view_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def fit_columns_once(self, max_width: int = 420) -> None:
        """Size the columns to their contents the first time there are rows; after that the
        user's own widths (remembered in the settings) count."""
        if self._fitted or self.model() is None or self.model().rowCount() == 0:
            return
        self._fitted = True
        # Measuring every row calls data() in Python for each cell; a sample is enough.
        self.horizontalHeader().setResizeContentsPrecision(60)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for section in range(header.count()):
            header.resizeSection(section, min(header.sectionSize(section) + 12, max_width))

    def restore_columns(self, settings: QSettings) -> bool:
        state = settings.value(f"columns/{self.settings_key}") if self.settings_key else None
        restored = isinstance(state, QByteArray) and self.horizontalHeader().restoreState(state)
        self._fitted = self._fitted or restored
        return restored

    def save_columns(self, settings: QSettings) -> None:
        if self.settings_key:
            settings.setValue(f"columns/{self.settings_key}", self.horizontalHeader().saveState())
