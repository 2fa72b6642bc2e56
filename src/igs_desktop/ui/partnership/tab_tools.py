"""What the partnership tabs share: a sorted table of plain rows, selection, the Delete key.

Sort keys must be numbers or text: the proxy cannot compare Python ``date`` or ``datetime``
objects (they reach Qt as opaque Python objects), so dates sort on ``toordinal()`` and moments
on ``timestamp()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from ..governments_page import fold
from ..table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from ..table_view import RowTableView

WIDEST = 260  # pixels a column takes at most when fitted, unless it says otherwise


class FoldFilter(QSortFilterProxyModel):
    """Sorts on the raw values; keeps the rows whose text holds every typed word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        text = fold(
            " ".join(
                str(model.index(source_row, c, source_parent).data() or "")
                for c in range(model.columnCount(source_parent))
            )
        )
        return all(word in text for word in self.words)


class RowTable:
    """A model of plain rows, a sorting (and filtering) proxy and a view, wired together."""

    def __init__(
        self,
        owner: QWidget,
        columns: Sequence[Column[Any]],
        name: str,
        settings_key: str = "",
        sort_column: int = 0,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        self.model: RowTableModel[Any] = RowTableModel(columns, owner)
        self.proxy = FoldFilter(owner)
        self.proxy.setSourceModel(self.model)
        self.view = RowTableView(name, settings_key)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(sort_column, order)
        self.view.default_max_width = WIDEST

    @property
    def widest(self) -> dict[int, int]:
        """column: most width when fitting (else 260 pixels or the column's ``max_chars``)."""
        return self.view.max_widths

    @widest.setter
    def widest(self, widths: dict[int, int]) -> None:
        self.view.max_widths = dict(widths)

    @property
    def narrowest(self) -> dict[int, int]:
        """column: least width, also when the window is narrow."""
        return self.view.min_widths

    @narrowest.setter
    def narrowest(self, widths: dict[int, int]) -> None:
        self.view.min_widths = dict(widths)

    def fit_columns(self) -> None:
        """Size the columns to their contents and the view (``RowTableView``)."""
        self.view.fit_columns_once(WIDEST)

    def set_rows(self, rows: Sequence[Any], key: Callable[[Any], object]) -> None:
        """Show ``rows``, keeping the selected row (matched by ``key``) selected."""
        current = self.selected()
        self.model.set_rows(rows)
        self.fit_columns()
        kept = current is not None and self.select(lambda row: key(row) == key(current))
        if not kept and self.proxy.rowCount():
            self.view.selectRow(0)

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, matches: Callable[[Any], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            if matches(self.proxy.index(row, 0).data(ROW_ROLE)):
                self.view.selectRow(row)
                return True
        return False

    def rows_shown(self) -> list[Any]:
        """The rows in the order the view shows them."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def on_delete(self, slot: Callable[[], None]) -> None:
        """The Delete key deletes, but only while this table has the focus."""
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
