"""All local governments: name, NIS code, province, region, latest figure; with a filter."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services.reference import GovernmentInfo, RegionInfo
from .table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel

ALL_REGIONS = ""


def fold(text: str) -> str:
    """Lower case without accents, so that "eeklo" finds "Eeklo" and "reunie" "reünie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


GOVERNMENT_COLUMNS: list[Column[GovernmentInfo]] = [
    Column("Naam", lambda g: g.name),
    Column("NIS-code", lambda g: g.nis_code),
    Column("Provincie", lambda g: g.province),
    Column("Referentieregio", lambda g: g.region_name),
    Column(
        "Niet-EU14 (laatste)",
        lambda g: formatting.number(g.latest_figure, empty=""),
        sort_key=lambda g: -1 if g.latest_figure is None else g.latest_figure,
        align_right=True,
        tooltip="Inwoners van niet-EU14-herkomst, laatst gekende cijfer",
    ),
    Column(
        "Projectjaar",
        lambda g: "" if g.latest_figure_year is None else str(g.latest_figure_year),
        sort_key=lambda g: g.latest_figure_year or 0,
        align_right=True,
    ),
]


class GovernmentFilter(QSortFilterProxyModel):
    """Filters on name or NIS code (accents and case ignored) and on region."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._text = ""
        self._region = ALL_REGIONS
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_region(self, region_code: str) -> None:
        self.beginFilterChange()
        self._region = region_code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        g: GovernmentInfo = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if self._region and g.region_code != self._region:
            return False
        if not self._text:
            return True
        return self._text in fold(g.name) or g.nis_code.startswith(self._text)


class GovernmentsPage(QWidget):
    """The list of municipalities with a text filter and a region filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[GovernmentInfo] = RowTableModel(GOVERNMENT_COLUMNS, self)
        self.proxy = GovernmentFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Zoek op naam of NIS-code…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Zoek lokaal bestuur")
        self.search.textChanged.connect(self.proxy.set_text)
        search_label = QLabel("&Zoeken:")
        search_label.setBuddy(self.search)

        self.region = QComboBox()
        self.region.setAccessibleName("Filter op referentieregio")
        self.region.currentIndexChanged.connect(
            lambda _i: self.proxy.set_region(self.region.currentData() or ALL_REGIONS)
        )
        region_label = QLabel("&Referentieregio:")
        region_label.setBuddy(self.region)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Lokale besturen")

        self.count = QLabel()
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(region_label)
        filters.addWidget(self.region, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

    def set_data(self, governments: list[GovernmentInfo], regions: list[RegionInfo]) -> None:
        current = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem("Alle regio's", ALL_REGIONS)
        for r in regions:
            self.region.addItem(f"{r.name} ({r.provinces})", r.code)
        index = self.region.findData(current) if current else 0
        self.region.setCurrentIndex(max(index, 0))
        self.region.blockSignals(False)
        self.model.set_rows(governments)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            f"{shown} lokale besturen" if shown == total else f"{shown} van {total} lokale besturen"
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
