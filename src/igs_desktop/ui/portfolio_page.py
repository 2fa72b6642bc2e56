"""The start page: the support contact's applicants at a glance.

The rows come first (one summary read of the store); the counts of errors and warnings (every
partnership's rules checked) and the open work are filled in by a worker thread, shown as
pending ("…") until then. A result for rows that have been read again since (another year,
an edit) is dropped. Filtering and sorting work on the rows in memory, never on the database.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import formatting
from ..formatting import count_noun
from ..services.portfolio_summary import PortfolioRecord, PortfolioSnapshot
from . import colors
from .folding import fold
from .i18n import QT_TRANSLATE_NOOP, current_language, translate
from .lazy_refresh import RefreshWhenVisible
from .notes.presets import NotePreset
from .table_menu import MenuItem
from .table_model import KEY, MINOR, ROW_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale, search_field
from .worker import run_in_background

if TYPE_CHECKING:
    from ..services.startup import FirstView
    from .context import AppContext

log = logging.getLogger(__name__)

PENDING = "…"
CHECKING = str(QT_TRANSLATE_NOOP("PortfolioPage", "Regels worden gecontroleerd"))
READING_WORK = str(QT_TRANSLATE_NOOP("PortfolioPage", "Opvolgingen worden gelezen"))
# The kinds of applicant the rows name (``portfolio_summary``), shown in the window's language.
KINDS = (
    str(QT_TRANSLATE_NOOP("PortfolioPage", "IGS")),
    str(QT_TRANSLATE_NOOP("PortfolioPage", "Enkel bestuur")),
)
# The column with the support contact whose portfolio a row is in (shown in a team only).
SUPPORT_COLUMN = 5


def _count(row: PortfolioRecord, value: int, zero: str = "0") -> str:
    if row.pending:
        return PENDING
    return str(value) if value else zero


def _known(row: PortfolioRecord, value: object) -> object:
    """A count or date to sort and export on; None while it is pending."""
    return None if row.pending else value


def portfolio_columns() -> list[Column[PortfolioRecord]]:
    """The portfolio's columns in the window's language."""
    checking, reading_work = (
        translate("PortfolioPage", CHECKING),
        translate("PortfolioPage", READING_WORK),
    )
    locale = babel_locale()
    missing = translate("PortfolioPage", "— ontbreekt —")
    colleague = translate("PortfolioPage", "Portefeuille van {name} — alleen lezen")
    nobody = translate("PortfolioPage", "een collega")
    return [
        # The applicant's name and the next deadline stay whole; region and kind give way first.
        Column(
            translate("PortfolioPage", "Aanvrager"), lambda r: r.name, priority=KEY, min_chars=42
        ),
        Column(
            translate("PortfolioPage", "Soort"),
            lambda r: translate("PortfolioPage", r.kind),
            priority=MINOR,
            min_chars=5,
        ),
        Column(
            translate("PortfolioPage", "Referentieregio"),
            lambda r: r.region_name,
            priority=MINOR,
            min_chars=12,
        ),
        Column(
            translate("PortfolioPage", "Leden"),
            lambda r: str(r.member_count),
            sort_key=lambda r: r.member_count,
            align_right=True,
            row_tooltip=lambda r: ", ".join(r.member_names),
            export=lambda r: r.member_count,
        ),
        Column(
            translate("PortfolioPage", "Indiener"),
            lambda r: r.submitter_name or missing,
            export=lambda r: r.submitter_name or None,
            min_chars=10,
        ),
        Column(
            translate("PortfolioPage", "Ondersteuner"),
            lambda r: r.support_contact_name,
            min_chars=10,
            max_chars=24,
            row_tooltip=lambda r: (
                "" if r.mine else colleague.format(name=r.support_contact_name or nobody)
            ),
            tooltip=translate(
                "PortfolioPage",
                "De vaste ondersteuner in wiens portefeuille de aanvrager zit; die van collega's "
                "kunt u lezen, niet wijzigen",
            ),
        ),
        Column(
            translate("PortfolioPage", "Fouten"),
            lambda r: _count(r, r.errors),
            sort_key=lambda r: _known(r, r.errors),
            export=lambda r: None if r.pending else r.errors,
            min_chars=6,
            align_right=True,
            foreground=lambda r: colors.ERROR if r.errors else None,
            bold=lambda r: r.errors > 0,
            row_tooltip=lambda r: checking if r.pending else "",
            tooltip=translate("PortfolioPage", "Regels van Plan Samenleven die geschonden zijn"),
        ),
        Column(
            translate("PortfolioPage", "Waarschuwingen"),
            lambda r: _count(r, r.warnings),
            sort_key=lambda r: _known(r, r.warnings),
            export=lambda r: None if r.pending else r.warnings,
            min_chars=6,
            align_right=True,
            foreground=lambda r: colors.WARNING if r.warnings else None,
            bold=lambda r: r.warnings > 0,
            row_tooltip=lambda r: checking if r.pending else "",
        ),
        Column(
            translate("PortfolioPage", "Achterstallig"),
            lambda r: _count(r, r.overdue, zero=""),
            sort_key=lambda r: _known(r, r.overdue),
            export=lambda r: None if r.pending else r.overdue,
            min_chars=6,
            align_right=True,
            foreground=lambda r: colors.ERROR if r.overdue else None,
            bold=lambda r: r.overdue > 0,
            row_tooltip=lambda r: reading_work if r.pending else "",
            tooltip=translate(
                "PortfolioPage",
                "Ondersteuningstrajecten en opvolgingen waarvan de vervaldatum voorbij is",
            ),
        ),
        Column(
            translate("PortfolioPage", "Volgende deadline"),
            lambda r: (
                PENDING
                if r.pending
                else formatting.short_date(r.next_deadline, empty="", locale=locale)
            ),
            sort_key=lambda r: _known(r, r.next_deadline or dt.date.max),
            row_tooltip=lambda r: reading_work if r.pending else r.next_deadline_title,
            export=lambda r: r.next_deadline,
            priority=KEY,
            min_chars=10,
        ),
    ]


class PortfolioFilter(QSortFilterProxyModel):
    """Matches the applicant's name, its region or any member's name, accents and case
    ignored. Sorting is left to the rows' model (``RowTableModel.sort``): a proxy would call
    into Python for every comparison, which a big portfolio cannot afford."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._only_mine = False
        self._folded: dict[str, tuple[tuple[str, ...], str]] = {}  # id: (its texts, folded)

    def set_only_mine(self, only_mine: bool) -> None:
        """Show only the user's own applicants (in a team), or everyone's."""
        if only_mine != self._only_mine:
            self.beginFilterChange()
            self._only_mine = only_mine
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def counts(self, row: PortfolioRecord) -> bool:
        """Whether ``row`` is in the portfolio shown (whatever is typed in the search)."""
        return row.mine or not self._only_mine

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def _haystack(self, row: PortfolioRecord) -> str:
        """The row's searchable text, folded once per row read (not once per keystroke)."""
        texts = (row.name, row.region_name, *row.member_names)
        known = self._folded.get(row.id)
        if known is not None and known[0] == texts:
            return known[1]
        folded = fold("\n".join(texts))
        self._folded[row.id] = (texts, folded)
        return folded

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._text and not self._only_mine:
            return True
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        row: PortfolioRecord = model.row_at(source_row)
        if not self.counts(row):
            return False
        return not self._text or self._text in self._haystack(row)


class PortfolioPage(QWidget):
    """Shown from the first view (``show_first``) before the app is fully open; ``attach``
    then gives it the context, after which it reads and completes its rows itself."""

    open_partnership = Signal(str)
    new_partnership = Signal()
    report_requested = Signal(str)  # a partnership id: the Reports tab with it chosen
    completed = Signal()  # the counts and the open work of the rows shown are filled in

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.year = 0
        self._generation = 0  # rows read so far; a worker's result names the one it completes
        self._completing = 0  # the rows a worker was started for
        self._fitted = False  # the columns were sized to the first rows
        self._waiting_open: str | None = None  # opened before the app was fully open
        self.model: RowTableModel[PortfolioRecord] = RowTableModel(portfolio_columns(), self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = search_field(
            self.tr("Zoek op aanvrager, lid of regio…"), self.tr("Zoek in portefeuille")
        )
        self.search.setObjectName("portfolioFilter")
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.returnPressed.connect(self._open_single_match)
        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.search)
        # In a team the laptop holds every colleague's partnerships too: the start page shows
        # the user's own portfolio first (as without a team), the others one click away.
        self.only_mine = QCheckBox(self.tr("Alleen &mijn portefeuille"))
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.setToolTip(
            self.tr(
                "Toon alleen de aanvragers die aan u toegewezen zijn. Zonder vinkje ziet u ook "
                "de portefeuilles van uw collega's: die kunt u lezen, niet wijzigen."
            )
        )
        self.only_mine.setChecked(True)
        self.only_mine.setVisible(False)  # only in a team
        self.only_mine.toggled.connect(self._only_mine_toggled)
        add = QPushButton(self.tr("&Nieuw samenwerkingsverband…"))
        add.clicked.connect(self.new_partnership)

        self.table = RowTableView(self.tr("Portefeuille"), "portfolio")
        self.table.setObjectName("portfolioView")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.row_activated.connect(self._open_row)
        self.table.allow_several_rows()
        self.table.menu_items = [
            MenuItem(
                self.tr("&Openen"),
                lambda: self._open_row(self.table.current_view_row()),
                default=True,
            ),
            MenuItem(self.tr("Nieuwe &notitie…"), self.new_note),
            MenuItem(self.tr("&Rapport…"), self.report),
        ]
        self.summary = QLabel()
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setAccessibleName(self.tr("Deadlines van het projectjaar"))

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.only_mine)
        top.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self._snapshot: PortfolioSnapshot | None = None  # the rows read, of every year
        self.refresher = RefreshWhenVisible(self, self._update)
        if context is not None:
            self.attach(context)

    # --- the rows -------------------------------------------------------------------------
    def show_first(self, first: FirstView) -> None:
        """The first rows of the first view, before the app is fully open (counts pending)."""
        self.deadlines.setText(first.deadlines)
        self._snapshot = first.snapshot
        self._show_rows(first.rows, first.year)

    def attach(self, context: AppContext, snapshot: PortfolioSnapshot | None = None) -> None:
        """From now on the page reads through ``context`` and follows its changes; its rows
        are those of ``snapshot`` (read on a worker) or read now, then completed."""
        self.context = context
        context.changed.connect(self._data_changed)
        context.year_changed.connect(self.refresher.request)
        self._snapshot = snapshot
        self._update()
        if self._waiting_open is not None:
            waiting, self._waiting_open = self._waiting_open, None
            self.open_partnership.emit(waiting)

    def _data_changed(self, *_args: object) -> None:
        self._snapshot = None  # read again when the page is (or comes) in view
        self.refresher.request()

    def refresh(self) -> None:
        """Read the rows again (counts pending) and complete them."""
        self._snapshot = None
        self._update()

    def _update(self) -> None:
        """The rows of the context's year: made from the rows read (another year reads
        nothing), read again after a change; then completed on a worker."""
        from ..services.calendar import deadline_summary
        from ..services.portfolio_summary import read_snapshot, rows_in

        context = self.context
        assert context is not None, "attach() first"
        if self._snapshot is None or not self._snapshot.complete:
            self._snapshot = read_snapshot(context.db)
        self.deadlines.setText(deadline_summary(context.db, context.year, lang=current_language()))
        self._show_rows(rows_in(self._snapshot, context.year), context.year)
        self._complete()

    @property
    def team(self) -> bool:
        """Whether the rows shown are a team's (the user's and their colleagues')."""
        return self._snapshot is not None and self._snapshot.team

    def _only_mine_toggled(self, _checked: bool) -> None:
        self.proxy.set_only_mine(self.team and self.only_mine.isChecked())
        if self._fitted and self.table.isVisible():
            # other rows, other names: sized to them (unless the user sized the columns)
            self.table.fit_columns_once()
        self._show_summary()

    def _show_rows(self, rows: list[PortfolioRecord], year: int) -> None:
        self._generation += 1
        self.year = year
        team = self.team
        self.only_mine.setVisible(team)
        self.proxy.set_only_mine(team and self.only_mine.isChecked())
        self.table.setColumnHidden(SUPPORT_COLUMN, not team)
        self.model.set_rows(rows)
        self.table.export_title = self.tr("Portefeuille projectjaar {year}").format(year=year)
        if not self._fitted and rows:
            # Once: measuring costs tens of milliseconds a column, and a year or a count
            # changes little of the widths (the count columns keep room for six digits).
            # Not before the table is shown: hidden, Qt measures every row, not those in view.
            if self.table.isVisible():
                self.table.fit_columns_once()
                self._fitted = True
            else:
                self.table.installEventFilter(self)
        self._show_summary()

    def _show_summary(self) -> None:
        rows = [r for r in self.model.rows() if self.proxy.counts(r)]
        if any(r.pending for r in rows):  # (no count_noun yet: Babel is not needed to start)
            self.summary.setText(
                self.tr("Projectjaar {year}: regels worden gecontroleerd…").format(year=self.year)
            )
            return
        locale = babel_locale()
        applicants = count_noun(len(rows), self.tr("aanvrager"), self.tr("aanvragers"), locale)
        errors = sum(1 for r in rows if r.errors)
        overdue = count_noun(
            sum(r.overdue for r in rows),
            self.tr("achterstallige opvolging"),
            self.tr("achterstallige opvolgingen"),
            locale,
        )
        self.summary.setText(
            self.tr("{applicants}, projectjaar {year}: {errors} met fouten, {overdue}").format(
                applicants=applicants,
                year=self.year,
                errors=formatting.number(errors, locale=locale),
                overdue=overdue,
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show and not self._fitted:
            self.table.removeEventFilter(self)
            if self.model.rowCount():
                self.table.fit_columns_once()
                self._fitted = True
        return False

    @property
    def loaded(self) -> bool:
        """Whether the table shows the portfolio's rows (their counts may be pending)."""
        return self._generation > 0

    @property
    def pending(self) -> bool:
        """Whether some rows still wait for their counts."""
        return any(r.pending for r in self.model.rows())

    def _complete(self) -> None:
        """Count the findings and read the open work of the rows shown, on a worker thread
        started once the rows are painted (a worker holding Python's lock slows the paint)."""
        QTimer.singleShot(0, self._start_completing)

    def _start_completing(self) -> None:
        from ..services import calendar
        from ..services.portfolio_summary import completed

        context = self.context
        if context is None or not shiboken6.isValid(self):
            return
        rows, year, generation = tuple(self.model.rows()), self.year, self._generation
        if self._completing == generation:
            return
        self._completing = generation
        db, today = context.db, calendar.today()

        def wanted() -> bool:  # read on the worker: the rows shown are still these
            return self._generation == generation

        run_in_background(
            lambda _progress: (generation, completed(db, rows, year, today, wanted)),
            self._completed,
            self._failed,
        )

    def _completed(self, result: tuple[int, list[PortfolioRecord] | None]) -> None:
        if not shiboken6.isValid(self):
            return
        generation, rows = result
        if generation != self._generation or rows is None:
            log.debug("Counts of read %d dropped (now %d)", generation, self._generation)
            return
        by_id = {r.id: r for r in rows}
        self.model.replace_rows([by_id.get(r.id, r) for r in self.model.rows()])
        self._show_summary()
        self.completed.emit()

    def _failed(self, exc: BaseException, _details: str) -> None:
        if not shiboken6.isValid(self):
            return
        log.error("Portfolio counts failed: %s", exc)
        self.summary.setText(
            self.tr("De regels konden niet gecontroleerd worden: {error}").format(error=exc)
        )

    # --- acting on a row ------------------------------------------------------------------
    def _open_row(self, view_row: int) -> None:
        if view_row < 0:
            return
        row: PortfolioRecord = self.proxy.index(view_row, 0).data(ROW_ROLE)
        if self.context is None:
            self._waiting_open = row.id  # opened as soon as the app is fully open
            return
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

        if self.context is not None:
            open_editor(self.context, self, preset=self.note_preset())

    def report(self) -> None:
        """The Reports tab, with the chosen applicant in its form."""
        chosen = self.selected()
        if chosen is not None:
            self.report_requested.emit(chosen.id)

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
