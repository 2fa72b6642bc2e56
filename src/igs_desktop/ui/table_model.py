"""A read-only table model over plain rows, described by columns.

Sorting happens in a ``QSortFilterProxyModel`` on the raw value (``SORT_ROLE``), so numbers
and dates sort as numbers and dates while the cells show nl-BE text. An export to Excel takes
each column's ``export`` value (a number, a date, text), never the text shown; without one it
takes the text. How wide a column may be, and which column gives way first when the window is
narrow, is the column's ``priority``/``min_chars``/``max_chars`` (``ColumnFit``, read by
``RowTableView``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..services.table_export import Cell, ExportColumn, Kind

Row = TypeVar("Row")
log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FIT_ROLE = Qt.ItemDataRole.UserRole + 3  # header: the column's ColumnFit

# How important a column is when the window is too narrow for every column: the least
# important give way first (their text is elided, with the whole text as a tooltip).
MINOR, NORMAL, KEY = 0, 1, 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnFit:
    """How a column is sized: ``priority`` (MINOR gives way first, KEY last), the fewest
    characters it keeps (0: its whole header) and the most it takes (0: the view's default)."""

    priority: int = NORMAL
    min_chars: int = 0
    max_chars: int = 0


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its header, the text of a cell, the value it sorts on and the value it
    exports (a number or date where the cell shows one; text otherwise)."""

    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: str = ""
    foreground: Callable[[Row], QColor | None] | None = None
    bold: Callable[[Row], bool] | None = None
    row_tooltip: Callable[[Row], str] | None = None
    export: Callable[[Row], Cell] | None = None
    export_kind: Kind = Kind.AUTO
    priority: int = NORMAL
    min_chars: int = 0
    max_chars: int = 0

    @property
    def fit(self) -> ColumnFit:
        return ColumnFit(self.priority, self.min_chars, self.max_chars)

    def export_value(self, row: Row) -> Cell:
        if self.export is not None:
            return self.export(row)
        return self.text(row) or None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows shown in columns. Usually a ``QSortFilterProxyModel`` sorts them; a big table may
    sort here instead (``sort``: one key per row in Python, not a call into Python for every
    comparison), and then keeps that order when its rows are set again."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._order: tuple[int, Qt.SortOrder] | None = None  # set by ``sort``

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def _sort_key(self, column: Column[Row]) -> Callable[[Row], Any]:
        def key(row: Row) -> Any:
            value = self._sortable(column.sort_key(row) if column.sort_key else column.text(row))
            return (value is None, value)  # an unknown value sorts last, never compared

        return key

    def _sorted(self, rows: Sequence[Row]) -> list[Row]:
        if self._order is None or not 0 <= self._order[0] < len(self._columns):
            return list(rows)
        column, order = self._order
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._sort_key(self._columns[column]), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on ``column``'s value, keeping the selection (persistent indexes)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_rows = [id(self._rows[i.row()]) if i.row() < len(self._rows) else None for i in kept]
        self._rows = self._sorted(self._rows)
        position = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept,
            [
                self.index(position[r], i.column()) if r in position else QModelIndex()
                for r, i in zip(kept_rows, kept, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def replace_rows(self, rows: Sequence[Row]) -> None:
        """The same rows with new values, in the same places (then sorted again): no reset, so
        the selection and the scroll position stay."""
        if len(rows) != len(self._rows):
            self.set_rows(rows)
            return
        self._rows = list(rows)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if self._order is not None:
            self.sort(*self._order)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def export_column(self, column: int) -> ExportColumn:
        spec = self._columns[column]
        return ExportColumn(spec.header, spec.export_kind)

    def export_value(self, row: int, column: int) -> Cell:
        """The plain value of a cell for a spreadsheet (see ``Column.export``)."""
        return self._columns[column].export_value(self._rows[row])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        try:
            return self._data(self._rows[index.row()], self._columns[index.column()], role)
        except Exception:  # an exception escaping into Qt would take the whole app down
            log.exception("Cell %s,%s role %s failed", index.row(), index.column(), role)
            return None

    @staticmethod
    def _sortable(key: Any) -> Any:
        """Qt compares numbers and strings; dates become numbers so they sort as dates."""
        if isinstance(key, dt.datetime):
            return key.timestamp()
        if isinstance(key, dt.date):
            return key.toordinal()
        return key.casefold() if isinstance(key, str) else key

    def _data(self, row: Row, column: Column[Row], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return self._sortable(column.sort_key(row) if column.sort_key else column.text(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.row_tooltip:
            return column.row_tooltip(row) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        if role == FIT_ROLE:
            return column.fit
        return None
