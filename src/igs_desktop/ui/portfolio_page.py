"""The start page: the support contact's applicants at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..formatting import count_noun
from ..services.calendar import deadline_summary
from ..services.overview import PortfolioRecord, portfolio
from . import colors
from .context import AppContext
from .governments_page import fold
from .lazy_refresh import RefreshWhenVisible
from .notes.presets import NotePreset
from .table_menu import MenuItem
from .table_model import KEY, MINOR, ROW_ROLE, SORT_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .widgets import search_field

PORTFOLIO_COLUMNS: list[Column[PortfolioRecord]] = [
    # The applicant's name and the next deadline stay whole; region and kind give way first.
    Column("Aanvrager", lambda r: r.name, priority=KEY, min_chars=42),
    Column("Soort", lambda r: r.kind, priority=MINOR, min_chars=5),
    Column("Referentieregio", lambda r: r.region_name, priority=MINOR, min_chars=12),
    Column(
        "Leden",
        lambda r: str(r.member_count),
        sort_key=lambda r: r.member_count,
        align_right=True,
        row_tooltip=lambda r: ", ".join(r.member_names),
        export=lambda r: r.member_count,
    ),
    Column(
        "Indiener",
        lambda r: r.submitter_name or "— ontbreekt —",
        export=lambda r: r.submitter_name or None,
        min_chars=10,
    ),
    Column(
        "Fouten",
        lambda r: str(r.errors),
        sort_key=lambda r: r.errors,
        export=lambda r: r.errors,
        min_chars=6,
        align_right=True,
        foreground=lambda r: colors.ERROR if r.errors else None,
        bold=lambda r: r.errors > 0,
        tooltip="Regels van Plan Samenleven die geschonden zijn",
    ),
    Column(
        "Waarschuwingen",
        lambda r: str(r.warnings),
        sort_key=lambda r: r.warnings,
        export=lambda r: r.warnings,
        min_chars=6,
        align_right=True,
        foreground=lambda r: colors.WARNING if r.warnings else None,
        bold=lambda r: r.warnings > 0,
    ),
    Column(
        "Achterstallig",
        lambda r: str(r.overdue) if r.overdue else "",
        sort_key=lambda r: r.overdue,
        export=lambda r: r.overdue,
        min_chars=6,
        align_right=True,
        foreground=lambda r: colors.ERROR if r.overdue else None,
        bold=lambda r: r.overdue > 0,
        tooltip="Ondersteuningstrajecten en opvolgingen waarvan de vervaldatum voorbij is",
    ),
    Column(
        "Volgende deadline",
        lambda r: formatting.short_date(r.next_deadline, empty=""),
        sort_key=lambda r: r.next_deadline or dt.date.max,
        row_tooltip=lambda r: r.next_deadline_title,
        export=lambda r: r.next_deadline,
        priority=KEY,
        min_chars=10,
    ),
]


class PortfolioFilter(QSortFilterProxyModel):
    """Matches the applicant's name or any member's name, accents and case ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        row: PortfolioRecord = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        haystack = [row.name, row.region_name, *row.member_names]
        return any(self._text in fold(text) for text in haystack)


class PortfolioPage(QWidget):
    open_partnership = Signal(str)
    new_partnership = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: RowTableModel[PortfolioRecord] = RowTableModel(PORTFOLIO_COLUMNS, self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = search_field("Zoek op aanvrager, lid of regio…", "Zoek in portefeuille")
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.returnPressed.connect(self._open_single_match)
        label = QLabel("&Zoeken:")
        label.setBuddy(self.search)
        add = QPushButton("&Nieuw samenwerkingsverband…")
        add.clicked.connect(self.new_partnership)

        self.table = RowTableView("Portefeuille", "portfolio")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.row_activated.connect(self._open_row)
        self.table.allow_several_rows()
        self.table.menu_items = [
            MenuItem(
                "&Openen", lambda: self._open_row(self.table.current_view_row()), default=True
            ),
            MenuItem("Nieuwe &notitie…", self.new_note),
            MenuItem("&Rapport…", self.report),
        ]
        self.summary = QLabel()
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setAccessibleName("Deadlines van het projectjaar")

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.refresher = RefreshWhenVisible(self, self.refresh)
        context.changed.connect(self.refresher.request)
        context.year_changed.connect(self.refresher.request)

    def refresh(self) -> None:
        rows = portfolio(self.context.db, self.context.year)
        self.model.set_rows(rows)
        self.table.export_title = f"Portefeuille projectjaar {self.context.year}"
        self.table.fit_columns_once()
        errors = sum(1 for r in rows if r.errors)
        overdue = sum(r.overdue for r in rows)
        self.summary.setText(
            f"{count_noun(len(rows), 'aanvrager', 'aanvragers')}, projectjaar {self.context.year}: "
            f"{errors} met fouten, "
            f"{count_noun(overdue, 'achterstallige opvolging', 'achterstallige opvolgingen')}"
        )
        self.deadlines.setText(deadline_summary(self.context.db, self.context.year))

    def _open_row(self, view_row: int) -> None:
        if view_row < 0:
            return
        row: PortfolioRecord = self.proxy.index(view_row, 0).data(ROW_ROLE)
        self.open_partnership.emit(row.id)

    def selected(self) -> PortfolioRecord | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def note_preset(self) -> NotePreset:
        """A new note (Ctrl+Shift+N, or the table's menu) is about the chosen applicant."""
        chosen = self.selected()
        return NotePreset(partnership_id=chosen.id if chosen else None)

    def new_note(self) -> None:
        from .notes.editor import open_editor

        open_editor(self.context, self, preset=self.note_preset())

    def report(self) -> None:
        """The Reports tab, with the chosen applicant in its form."""
        from .reports_page import ReportsPage

        chosen = self.selected()
        window = self.window()
        page = window.findChild(ReportsPage) if window is not None else None
        if chosen is None or page is None:
            return
        holder = page.parentWidget()
        while holder is not None and not isinstance(holder, QTabWidget):
            holder = holder.parentWidget()
        if holder is not None:
            holder.setCurrentWidget(page)
        combo = page.form.partnership
        if combo.findData(chosen.id) < 0:
            page.refresh()
        combo.setCurrentIndex(max(combo.findData(chosen.id), 0))
        page.form.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_single_match(self) -> None:
        """Enter in the search box: one applicant left opens it; with more, the list takes
        the focus on the first (arrows and Enter go on from there)."""
        count = self.proxy.rowCount()
        if count == 1:
            self._open_row(0)
        elif count > 1:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
