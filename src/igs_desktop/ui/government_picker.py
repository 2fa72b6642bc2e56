"""Choosing a local government: search by name or NIS code, the partnership's region first."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services.reference import GovernmentInfo
from . import colors
from .governments_page import fold
from .table_model import ROW_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale, search_field


class _PickerFilter(QSortFilterProxyModel):
    def __init__(self, region: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.all_regions = region is None
        self.text = ""
        self.excluded: set[str] = set()

    def refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, g: GovernmentInfo) -> bool:
        """The typed text matches, whatever the region (the excluded never match)."""
        if g.nis_code in self.excluded:
            return False
        return not self.text or self.text in fold(g.name) or g.nis_code.startswith(self.text)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        g: GovernmentInfo = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if not self.all_regions and g.region_code != self.region:
            return False
        return self.matches(g)

    def hidden_by_region(self) -> int:
        """How many governments match the text but lie outside the region (while hidden)."""
        if self.all_regions:
            return 0
        model = self.sourceModel()
        rows = (model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount()))
        return sum(1 for g in rows if g.region_code != self.region and self.matches(g))


class GovernmentPicker(QWidget):
    """A filter box over a list of governments; ``chosen`` is the selected one (or None)."""

    picked = Signal()  # Enter or double-click

    def __init__(
        self,
        governments: list[GovernmentInfo],
        region: str | None,
        membership_of: dict[str, str],
        exclude: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.region = region
        self.region_name = next(
            (g.region_name for g in governments if region and g.region_code == region), ""
        )

        def elsewhere(g: GovernmentInfo) -> str:
            return membership_of.get(g.nis_code, "")

        locale = babel_locale()
        columns: list[Column[GovernmentInfo]] = [
            Column(self.tr("Naam"), lambda g: g.name),
            Column(self.tr("NIS-code"), lambda g: g.nis_code),
            Column(
                self.tr("Referentieregio"),
                lambda g: g.region_name,
                foreground=lambda g: colors.ERROR if region and g.region_code != region else None,
            ),
            Column(
                self.tr("Niet-EU14"),
                lambda g: formatting.number(g.latest_figure, empty="", locale=locale),
                sort_key=lambda g: g.latest_figure or -1,
                align_right=True,
            ),
            Column(
                self.tr("Nu lid van"),
                elsewhere,
                foreground=lambda g: colors.WARNING if elsewhere(g) else None,
            ),
        ]
        self.model: RowTableModel[GovernmentInfo] = RowTableModel(columns, self)
        self.model.set_rows(governments)
        self.proxy = _PickerFilter(region, self)
        self.proxy.excluded = exclude or set()
        self.proxy.setSourceModel(self.model)
        self.search = search_field(self.tr("Naam of NIS-code…"), self.tr("Zoek lokaal bestuur"))
        self.search.textChanged.connect(self._on_text)
        label = QLabel(self.tr("&Lokaal bestuur:"))
        label.setBuddy(self.search)
        self.everywhere = QCheckBox(self.tr("Ook besturen buiten de referentieregio tonen"))
        self.everywhere.setChecked(region is None)
        self.everywhere.setEnabled(region is not None)
        self.everywhere.toggled.connect(self._on_everywhere)
        self.table = RowTableView(self.tr("Lokale besturen"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.row_activated.connect(lambda _r: self.picked.emit())
        self.table.resizeColumnsToContents()
        self.search.returnPressed.connect(self._pick_first)

        # In the list's place when nothing is listed: why, and (when the region filter hid
        # the matches) a button that shows them.
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAccessibleName(self.tr("Geen lokaal bestuur gevonden"))
        self.show_outside = QPushButton(self.tr("Het bestuur daarbuiten tonen"))
        self.show_outside.setAutoDefault(False)
        self.show_outside.clicked.connect(lambda: self.everywhere.setChecked(True))
        empty = QFrame()  # framed and white like the list it stands in for
        empty.setFrameShape(QFrame.Shape.StyledPanel)
        empty.setBackgroundRole(QPalette.ColorRole.Base)
        empty.setAutoFillBackground(True)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.empty_text)
        button_row = QHBoxLayout()
        button_row.addWidget(self.show_outside)
        button_row.addStretch(1)
        empty_layout.addLayout(button_row)
        empty_layout.addStretch(1)
        self.empty = empty
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.everywhere)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.search)
        self._select_first()

    def _on_text(self, text: str) -> None:
        self.proxy.text = fold(text.strip())
        self.proxy.refilter()
        self._select_first()

    def _on_everywhere(self, on: bool) -> None:
        self.proxy.all_regions = on
        self.proxy.refilter()
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._explain_empty()

    def _explain_empty(self) -> None:
        """Nothing listed: say so in the list's place, and why."""
        if self.proxy.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        typed = self.search.text().strip()
        outside = self.proxy.hidden_by_region()
        if outside:
            self.empty_text.setText(
                self.tr("Geen bestuur in {region} met '{typed}'; {count} daarbuiten.").format(
                    region=self.region_name, typed=typed, count=outside
                )
                if self.region_name
                else self.tr(
                    "Geen bestuur in de referentieregio met '{typed}'; {count} daarbuiten."
                ).format(typed=typed, count=outside)
            )
            self.show_outside.setText(
                self.tr("Het bestuur daarbuiten tonen")
                if outside == 1
                else self.tr("De {count} besturen daarbuiten tonen").format(count=outside)
            )
        elif typed:
            self.empty_text.setText(self.tr("Geen bestuur met '{typed}'.").format(typed=typed))
        else:
            self.empty_text.setText(self.tr("Er is geen lokaal bestuur om te kiezen."))
        self.show_outside.setVisible(outside > 0)
        self.stack.setCurrentWidget(self.empty)

    def _pick_first(self) -> None:
        if self.chosen() is not None:
            self.picked.emit()
        elif self.stack.currentWidget() is self.empty and not self.show_outside.isHidden():
            self.everywhere.setChecked(True)  # Enter on the explanation: show the matches

    def chosen(self) -> GovernmentInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.data(ROW_ROLE)

    def choose(self, nis_code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).nis_code == nis_code:
                self.table.selectRow(row)
                return True
        return False
