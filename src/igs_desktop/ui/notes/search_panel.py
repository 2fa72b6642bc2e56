"""One search box over all notes: results as you type, ranked, the matching words highlighted.

A search starts 150 ms after the last keystroke and runs on the thread pool; only the answer to
the latest question is shown. FTS5 ranks (title matches first); the list keeps that order until
the user sorts on a column.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from ... import formatting
from ...services.notes import NoteHit
from .. import colors
from ..context import AppContext
from ..i18n import translate
from ..table_menu import MenuItem
from ..table_model import ROW_ROLE, SORT_ROLE, Column
from ..table_view import RowTableView
from ..widgets import babel_locale
from ..worker import run_in_background
from .common import PERSONAL_MARK, REPORT_MARK, kind_label, marked_html, shorten
from .html_delegate import HtmlDelegate, HtmlRowModel
from .search_filters import SearchFilters

DEBOUNCE_MS = 150
LIMIT = 200
NOTE_COLUMN = 2


def _note_html(hit: NoteHit) -> str:
    untitled = translate("NoteSearch", "(zonder titel)")
    title = marked_html(hit.marked_title) or f"<i>{untitled}</i>"
    snippet = marked_html(shorten(hit.snippet_marks))
    erased_mark = translate("NoteSearch", "(persoonsgegevens gewist)")
    erased = f" <i>{erased_mark}</i>" if hit.erased else ""
    return f"<b>{title}</b>{erased}<br>{snippet}"


def hit_columns() -> list[Column[NoteHit]]:
    """The columns of the results, in the window's language (made when the list is built)."""
    locale = babel_locale()
    yes = translate("NoteSearch", "ja")
    in_report = translate("NoteSearch", "opnemen in rapport")
    personal = translate("NoteSearch", "bevat persoonsgegevens")
    return [
        Column(
            translate("NoteSearch", "Datum"),
            lambda h: formatting.short_date(h.noted_on, locale=locale),
            sort_key=lambda h: h.noted_on,
            export=lambda h: h.noted_on,
        ),
        Column(translate("NoteSearch", "Soort"), lambda h: kind_label(h.kind)),
        Column(
            translate("NoteSearch", "Notitie"),
            lambda h: f"{h.title} — {h.snippet_text('', '')}",
            sort_key=lambda h: h.title,
            row_tooltip=lambda h: h.snippet_text("", ""),
        ),
        Column(
            translate("NoteSearch", "Tags"),
            lambda h: ", ".join(h.tags),
            row_tooltip=lambda h: ", ".join(h.tags),
        ),
        Column(translate("NoteSearch", "Aanvrager"), lambda h: h.partnership_name),
        Column(
            translate("NoteSearch", "Rapport"),
            lambda h: REPORT_MARK if h.include_in_reports else "",
            tooltip=translate(
                "NoteSearch", "Opnemen in rapport: de rapporten mogen de notitie citeren"
            ),
            row_tooltip=lambda h: in_report if h.include_in_reports else "",
            export=lambda h: yes if h.include_in_reports else None,
            foreground=lambda h: colors.OK if h.include_in_reports else None,
        ),
        Column(
            translate("NoteSearch", "Persoonsgeg."),
            lambda h: PERSONAL_MARK if h.personal_data else "",
            tooltip=translate("NoteSearch", "Bevat persoonsgegevens"),
            row_tooltip=lambda h: personal if h.personal_data else "",
            export=lambda h: yes if h.personal_data else None,
            foreground=lambda h: colors.WARNING if h.personal_data else None,
        ),
    ]


class SearchBox(QLineEdit):
    """Arrow down moves on to the results."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class NoteSearch(QWidget):
    open_note = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.background = True  # search on the thread pool
        self._asked = 0  # the number of the latest search; older answers are dropped
        self.searching = False
        self.search = SearchBox()
        self.search.setObjectName("noteSearch")  # the benchmarks find it by this name
        self.search.setPlaceholderText(
            self.tr("Zoek in titel, tekst, tags, aanvrager en besturen…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoek in notities"))
        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.search)
        # Without a parent until the layout places it under the search box: the Tab order
        # follows the order in which the widgets join the page (search box, filters, results).
        self.filters = SearchFilters(context)
        self.model: HtmlRowModel[NoteHit] = HtmlRowModel(hit_columns(), {NOTE_COLUMN: _note_html})
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.view = RowTableView(self.tr("Gevonden notities"), "note_hits")
        self.view.setObjectName("noteResults")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(NOTE_COLUMN, HtmlDelegate(self.view))
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 12)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 120), (3, 150), (4, 190), (5, 64), (6, 96)):
            self.view.setColumnWidth(column, width)
        self.view.row_activated.connect(self._activate)
        self.view.allow_several_rows()
        self.view.export_title = self.tr("Gevonden notities")
        self.view.menu_items = [
            MenuItem(
                self.tr("&Openen"),
                lambda: self._activate(self.view.current_view_row()),
                default=True,
            )
        ]
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Aantal gevonden notities"))

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._open_current_or_first)
        self.search.down.connect(self._to_results)
        self.filters.changed.connect(self.run_search)

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    # --- searching ------------------------------------------------------------------------
    def run_search(self) -> None:
        self.timer.stop()
        self._asked += 1
        asked = self._asked
        query, filters = self.search.text(), self.filters.values()
        service = self.context.notes

        def work(_progress: Any) -> list[NoteHit]:
            return service.search(query, limit=LIMIT, **filters)

        def done(hits: list[NoteHit]) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.searching = False
                self.show_hits(hits, query)

        def failed(exc: BaseException, _details: str) -> None:
            if shiboken6.isValid(self) and asked == self._asked:
                self.searching = False
                self.count.setText(self.tr("Zoeken lukt niet: {error}").format(error=exc))

        self.searching = True
        if self.background:
            run_in_background(work, done, failed)
        else:
            done(work(None))

    def show_hits(self, hits: list[NoteHit], query: str) -> None:
        current = self.selected_id()
        self.model.set_rows(hits)
        kept = current is not None and self.select(current)
        if not kept and self.proxy.rowCount():
            self.view.selectRow(0)
        n = len(hits)
        found = self.tr("%n notitie", "", n) if n == 1 else self.tr("%n notities", "", n)
        if not hits:
            text = (
                self.tr("Geen notities gevonden.")
                if query.strip()
                else self.tr("Nog geen notities.")
            )
        elif len(hits) >= LIMIT:
            text = self.tr(
                "De {limit} best passende notities; verfijn de zoekopdracht voor meer."
            ).format(limit=LIMIT)
        elif query.strip() or self.filters.active():
            text = self.tr("{count} gevonden, best passende eerst.").format(count=found)
        else:
            text = self.tr("{count}, nieuwste eerst.").format(count=found)
        self.count.setText(text)

    def refresh(self) -> None:
        self.filters.refresh()
        self.run_search()

    # --- choosing -------------------------------------------------------------------------
    def hits(self) -> list[NoteHit]:
        """The results in the order shown."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE).note_id if index.isValid() else None

    def select(self, note_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).note_id == note_id:
                self.view.selectRow(row)
                return True
        return False

    def _activate(self, view_row: int) -> None:
        if view_row < 0:
            return
        hit: NoteHit = self.proxy.index(view_row, 0).data(ROW_ROLE)
        self.open_note.emit(hit.note_id)

    def _open_current_or_first(self) -> None:
        if self.timer.isActive() or self.searching:  # Enter right after typing: search first
            self.background = False
            self.run_search()
            self.background = True
        row = self.view.current_view_row()
        if row < 0 and self.proxy.rowCount():
            row = 0
        if row >= 0:
            self._activate(row)

    def _to_results(self) -> None:
        if self.proxy.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.view.current_view_row() < 0:
                self.view.selectRow(0)
