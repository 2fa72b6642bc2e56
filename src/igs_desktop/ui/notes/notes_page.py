"""The Notes page: find any note as you type, or browse them all by tag (the memo view)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..lazy_refresh import RefreshWhenVisible
from ..widgets import search_field
from .editor import NoteEditor, open_editor
from .memo_view import MemoTree
from .presets import NotePreset
from .search_panel import NoteSearch


class NotesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.results = NoteSearch(context, self)
        self.results.open_note.connect(self.open_note)
        self.search = self.results.search
        self.filters = self.results.filters
        self.memo = MemoTree(self)
        self.memo.open_note.connect(self.open_note)
        self.memo_filter = search_field(
            self.tr("Toon de tags en titels met…"), self.tr("Filter de memo")
        )
        self.memo_filter.textChanged.connect(lambda _t: self._refresh_memo())
        memo_label = QLabel(self.tr("&Filter:"))
        memo_label.setBuddy(self.memo_filter)
        memo_page = QWidget()
        memo_top = QHBoxLayout()
        memo_top.addWidget(memo_label)
        memo_top.addWidget(self.memo_filter, 1)
        memo_layout = QVBoxLayout(memo_page)
        memo_layout.addLayout(memo_top)
        memo_layout.addWidget(self.memo, 1)

        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.results, self.tr("Zoeken"))
        self.views.addTab(memo_page, self.tr("Memo per tag"))
        self.views.currentChanged.connect(lambda _i: self._refresh_memo())
        self._memo_stale = True

        self.new_button = QPushButton(self.tr("&Nieuwe notitie…"))
        self.new_button.setToolTip(
            self.tr("Een nieuwe notitie (Ctrl+Shift+N, overal in het venster)")
        )
        self.new_button.clicked.connect(self.new_note)
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.setToolTip(self.tr("De gekozen notitie openen (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_note(self.selected_id()))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setToolTip(self.tr("Verwijdert de notitie (ongedaan maken met Ctrl+Z)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.drafts_button = QPushButton(self._drafts_text(0))  # named before it is first shown
        self.drafts_button.setToolTip(
            self.tr("Tekst die getypt maar niet bewaard werd, terughalen")
        )
        self.drafts_button.setVisible(False)
        self.drafts_button.clicked.connect(self.restore_draft)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.results.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.drafts_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.views, 1)
        self.refresher = RefreshWhenVisible(self, self.refresh)
        context.changed.connect(self.refresher.request)

    # --- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.results.refresh()
        self._memo_stale = True
        self._refresh_memo()
        self._update_drafts()

    def _refresh_memo(self) -> None:
        if self.views.currentIndex() != 1:
            return
        if self._memo_stale:
            self._groups = self.context.notes.memo()
            self._memo_stale = False
        self.memo.show_groups(self._groups, self.memo_filter.text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_drafts()

    def _leftover_drafts(self) -> int:
        open_notes = {e.keeper.draft_id for e in self.window().findChildren(NoteEditor)}
        return sum(1 for d in self.context.notes.drafts() if d.id not in open_notes)

    def _update_drafts(self) -> None:
        count = self._leftover_drafts()
        self.drafts_button.setText(self._drafts_text(count))
        self.drafts_button.setVisible(count > 0)

    def _drafts_text(self, count: int) -> str:
        if count == 1:
            return self.tr("Niet-bewaarde notitie (1)…")
        return self.tr("Niet-bewaarde notities ({count})…").format(count=count)

    def show_government(self, nis_code: str) -> None:
        """All notes linked to one government (the search filtered on it)."""
        self.views.setCurrentIndex(0)
        self.search.clear()
        self.filters.clear()
        self.filters.set_government(nis_code)

    def show_tag(self, tag: str) -> None:
        self.views.setCurrentIndex(0)
        self.filters.set_tag(tag)

    # --- acting ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        if self.views.currentIndex() == 1:
            return self.memo.selected_note()
        return self.results.selected_id()

    def note_preset(self) -> NotePreset:
        values = self.filters.values()
        nis = values["nis_code"]
        return NotePreset(
            partnership_id=values["partnership_id"],
            nis_codes=(nis,) if nis else (),
            kind=values["kind"],
        )

    def new_note(self) -> NoteEditor | None:
        return open_editor(self.context, self, preset=self.note_preset())

    def open_note(self, note_id: str | None) -> NoteEditor | None:
        return open_editor(self.context, self, note_id) if note_id else None

    def delete_selected(self) -> None:
        note_id = self.selected_id()
        if note_id is not None:
            service = self.context.notes
            self.context.execute(lambda: service.delete_note(note_id), self)

    def restore_draft(self) -> None:
        """Open the editor on the newest leftover draft (it offers it back)."""
        open_notes = {e.keeper.draft_id for e in self.window().findChildren(NoteEditor)}
        draft = next((d for d in self.context.notes.drafts() if d.id not in open_notes), None)
        if draft is not None:
            open_editor(self.context, self, draft.note_id)
        self._update_drafts()

    def focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
