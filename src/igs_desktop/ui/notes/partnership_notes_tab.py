"""The notes of one partnership, newest first, on its page; a new note is linked to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...services.notes import NoteRecord
from ...services.overview import PartnershipDetail
from .. import colors
from ..context import AppContext
from ..i18n import translate
from ..partnership.tab_tools import RowTable
from ..table_model import KEY, Column
from ..widgets import babel_locale
from .common import PERSONAL_MARK, REPORT_MARK, kind_label
from .editor import NoteEditor, open_editor
from .presets import NotePreset


def note_columns() -> list[Column[NoteRecord]]:
    """The columns of the list, in the window's language (made when a tab is built)."""
    locale = babel_locale()
    return [
        Column(
            translate("PartnershipNotesTab", "Datum"),
            lambda n: formatting.short_date(n.noted_on, locale=locale),
            sort_key=lambda n: n.noted_on,
            priority=KEY,  # a date cut short says nothing; the title gives way
        ),
        Column(translate("PartnershipNotesTab", "Soort"), lambda n: kind_label(n.kind)),
        Column(
            translate("PartnershipNotesTab", "Titel"),
            lambda n: n.title,
            row_tooltip=lambda n: n.body[:400],
            foreground=lambda n: colors.WARNING if n.erased else None,
        ),
        Column(translate("PartnershipNotesTab", "Tags"), lambda n: ", ".join(n.tags)),
        Column(
            translate("PartnershipNotesTab", "Besturen"),
            lambda n: ", ".join(g.name for g in n.governments),
        ),
        Column(
            translate("PartnershipNotesTab", "Rapport"),
            lambda n: REPORT_MARK if n.include_in_reports else "",
            tooltip=translate("PartnershipNotesTab", "Opnemen in rapport"),
            foreground=lambda n: colors.OK if n.include_in_reports else None,
        ),
        Column(
            translate("PartnershipNotesTab", "Persoonsgeg."),
            lambda n: PERSONAL_MARK if n.personal_data else "",
            tooltip=translate("PartnershipNotesTab", "Bevat persoonsgegevens"),
            foreground=lambda n: colors.WARNING if n.personal_data else None,
        ),
        Column(
            translate("PartnershipNotesTab", "Bijlagen"),
            lambda n: str(len(n.attachments)) if n.attachments else "",
            sort_key=lambda n: len(n.attachments),
            align_right=True,
        ),
    ]


class PartnershipNotesTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self.read_only = False  # a colleague's partnership (set_read_only)
        self.table = RowTable(
            self,
            note_columns(),
            self.tr("Notities"),
            "partnership_notes",
            0,
            Qt.SortOrder.DescendingOrder,
        )
        self.table.widest = {2: 360, 3: 200, 4: 220}
        self.view = self.table.view
        self.view.row_activated.connect(lambda _r: self.open_selected())
        self.table.on_delete(self.delete_selected)
        self.new_button = QPushButton(self.tr("Nieuwe no&titie…"))
        self.new_button.setToolTip(
            self.tr("Een notitie over dit samenwerkingsverband (Ctrl+Shift+N)")
        )
        self.new_button.clicked.connect(self.new_note)
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setToolTip(
            self.tr("Verwijdert de notitie (Delete; ongedaan maken met Ctrl+Z)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.count = QLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.detail = detail
        rows = self.context.notes.notes_of_partnership(self.partnership_id)
        self.table.set_rows(rows, key=lambda n: n.id)
        marked = sum(1 for n in rows if n.include_in_reports)
        n = len(rows)
        notes = self.tr("%n notitie", "", n) if n == 1 else self.tr("%n notities", "", n)
        self.count.setText(
            self.tr("{count}, {marked} voor rapporten").format(count=notes, marked=marked)
        )
        self.open_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows) and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: its notes are opened to read, not added or removed."""
        self.read_only = read_only
        self.new_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only and self.table.model.rowCount() > 0)

    def note_preset(self) -> NotePreset:
        detail = self.detail
        members = tuple(m.nis_code for m in detail.members if detail.active(m)) if detail else ()
        return NotePreset(partnership_id=self.partnership_id, nis_codes=members)

    def new_note(self) -> NoteEditor | None:
        if self.read_only:
            return None
        return open_editor(self.context, self, preset=self.note_preset())

    def selected(self) -> NoteRecord | None:
        return self.table.selected()

    def open_selected(self) -> NoteEditor | None:
        chosen = self.selected()
        return open_editor(self.context, self, chosen.id) if chosen else None

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and not self.read_only:
            service = self.context.notes
            self.context.execute(lambda: service.delete_note(chosen.id), self)
