"""Knowledge sessions (bovenlokale kennisdeling): the list, one session in full, its notes."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...services.notes import KnowledgeSessionRecord
from ..context import AppContext
from ..i18n import translate
from ..lazy_refresh import RefreshWhenVisible
from ..partnership.tab_tools import RowTable
from ..table_model import KEY, Column
from ..widgets import babel_locale
from .common import kind_label
from .editor import NoteEditor, open_editor
from .presets import NotePreset
from .session_dialog import SessionDialog

NOTE_ROLE = Qt.ItemDataRole.UserRole + 60


def session_columns() -> list[Column[KnowledgeSessionRecord]]:
    """The columns of the list, in the window's language (made when the page is built)."""
    locale = babel_locale()
    planned = translate("SessionsPage", "gepland")
    return [
        Column(
            translate("SessionsPage", "Datum"),
            lambda k: formatting.short_date(k.held_on, locale=locale),
            sort_key=lambda k: k.held_on,
            bold=lambda k: k.held_on >= dt.date.today(),
            row_tooltip=lambda k: planned if k.held_on >= dt.date.today() else "",
            priority=KEY,  # a date cut short says nothing; the topic gives way
        ),
        Column(
            translate("SessionsPage", "Onderwerp"), lambda k: k.topic, row_tooltip=lambda k: k.topic
        ),
        Column(translate("SessionsPage", "Aanvrager"), lambda k: k.partnership_name),
        Column(
            translate("SessionsPage", "Deelnemers"),
            lambda k: ", ".join(g.name for g in k.participants),
            row_tooltip=lambda k: ", ".join(g.name for g in k.participants),
        ),
        Column(
            translate("SessionsPage", "Notities"),
            lambda k: str(len(k.note_ids)),
            sort_key=lambda k: len(k.note_ids),
            align_right=True,
        ),
    ]


def _paragraphs(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines()) or "<i>—</i>"


class SessionsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = RowTable(
            self,
            session_columns(),
            self.tr("Kennisdelingen"),
            "knowledge_sessions",
            0,
            Qt.SortOrder.DescendingOrder,
        )
        self.table.widest = {1: 300, 2: 200}
        self.model, self.view = self.table.model, self.table.view
        self.view.row_activated.connect(lambda _r: self.edit_session())
        self.table.on_delete(self.delete_session)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())

        self.add_button = QPushButton(self.tr("&Nieuwe kennisdeling…"))
        self.add_button.clicked.connect(self.add_session)
        self.edit_button = QPushButton(self.tr("Bewer&ken…"))
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setToolTip(
            self.tr("Verwijdert de kennisdeling; haar notities blijven (ongedaan maken met Ctrl+Z)")
        )
        self.delete_button.clicked.connect(self.delete_session)
        self.note_button = QPushButton(self.tr("Notitie toevoe&gen bij deze kennisdeling…"))
        self.note_button.clicked.connect(self.new_note)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notities bij de kennisdeling"))
        self.notes.itemActivated.connect(
            lambda item: open_editor(self.context, self, item.data(NOTE_ROLE))
        )
        notes_label = QLabel(self.tr("Gekoppelde noti&ties:"))
        notes_label.setBuddy(self.notes)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(notes_label)
        side_layout.addWidget(self.notes, 1)
        side_layout.addWidget(self.note_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 460])
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self.refresher = RefreshWhenVisible(self, self.refresh)
        context.changed.connect(self.refresher.request)

    def refresh(self) -> None:
        sessions = self.context.notes.knowledge_sessions()
        self.table.set_rows(sessions, key=lambda k: k.id)
        planned = sum(1 for k in sessions if k.held_on >= dt.date.today())
        n = len(sessions)
        sessions_text = (
            self.tr("%n kennisdeling", "", n) if n == 1 else self.tr("%n kennisdelingen", "", n)
        )
        self.count.setText(
            self.tr("{count}, waarvan {planned} gepland").format(
                count=sessions_text, planned=planned
            )
        )
        self._show_selected()

    def selected(self) -> KnowledgeSessionRecord | None:
        return self.table.selected()

    def _show_selected(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.delete_button, self.note_button):
            button.setEnabled(chosen is not None)
        self.notes.clear()
        if chosen is None:
            self.detail.setText(self.tr("Kies een kennisdeling."))
            return
        locale = babel_locale()
        people = ", ".join(g.name for g in chosen.participants) or "—"
        participants = html.escape(self.tr("Deelnemers:"))
        shared = html.escape(self.tr("Wat gedeeld werd"))
        agreements = html.escape(self.tr("Afspraken"))
        self.detail.setText(
            f"<h3>{html.escape(chosen.topic)}</h3>"
            f"<p>{formatting.date(chosen.held_on, locale=locale)}"
            f"{' · ' + html.escape(chosen.partnership_name) if chosen.partnership_name else ''}"
            f"</p><p><b>{participants}</b> {html.escape(people)}</p>"
            f"<p><b>{shared}</b><br>{_paragraphs(chosen.shared)}</p>"
            f"<p><b>{agreements}</b><br>{_paragraphs(chosen.agreements)}</p>"
        )
        linked = self.context.notes.notes_by_id(chosen.note_ids) if chosen.note_ids else {}
        for note_id in chosen.note_ids:
            note = linked.get(note_id)
            if note is None:
                continue
            noted_on = formatting.short_date(note.noted_on, locale=locale)
            item = QListWidgetItem(f"{noted_on}  {note.title} ({kind_label(note.kind)})")
            item.setData(NOTE_ROLE, note.id)
            self.notes.addItem(item)

    def note_preset(self) -> NotePreset:
        chosen = self.selected()
        if chosen is None:
            return NotePreset(kind="kennisdeling")
        return NotePreset(
            partnership_id=chosen.partnership_id,
            nis_codes=tuple(g.nis_code for g in chosen.participants),
            knowledge_session_id=chosen.id,
            kind="kennisdeling",
        )

    def add_session(self) -> None:
        dialog = SessionDialog(self.context, parent=self)
        if not dialog.exec():
            return
        values, service = dialog.values(), self.context.notes
        outcome = self.context.execute(lambda: service.create_session(**values), self)
        if outcome is not None and outcome.created_id:
            self.table.select(lambda k: k.id == outcome.created_id)

    def edit_session(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = SessionDialog(self.context, chosen, parent=self)
        if dialog.exec():
            values, service = dialog.values(), self.context.notes
            self.context.execute(lambda: service.update_session(chosen.id, **values), self)

    def delete_session(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            service = self.context.notes
            self.context.execute(lambda: service.delete_session(chosen.id), self)

    def new_note(self) -> NoteEditor | None:
        return open_editor(self.context, self, preset=self.note_preset())

    def focus_search(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
