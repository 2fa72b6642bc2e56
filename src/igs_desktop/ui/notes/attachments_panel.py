"""A note's attachments: add a file, list name and size, open it with the system viewer."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...services.notes import AttachmentError, AttachmentRecord, StoredFile
from .. import messages
from ..context import AppContext
from ..i18n import translate
from ..partnership.tab_tools import RowTable
from ..table_model import Column
from ..widgets import babel_locale
from ..worker import run_in_background
from .common import file_size, local_time


def attachment_columns() -> list[Column[AttachmentRecord]]:
    """The columns of the list, in the window's language (made when a list is built)."""
    locale = babel_locale()
    return [
        Column(translate("AttachmentsPanel", "Bestand"), lambda a: a.file_name),
        Column(
            translate("AttachmentsPanel", "Grootte"),
            lambda a: file_size(a.size),
            sort_key=lambda a: a.size,
            align_right=True,
        ),
        Column(
            translate("AttachmentsPanel", "Toegevoegd"),
            lambda a: added(a, locale),
            sort_key=lambda a: local_time(a.added_at).timestamp(),
            row_tooltip=lambda a: formatting.datetime(local_time(a.added_at), locale=locale),
        ),
    ]


def added(attachment: AttachmentRecord, locale: str) -> str:
    """When a file was added, compact enough for the narrow list: "29-11-2026 14:05"."""
    moment = local_time(attachment.added_at)
    return f"{formatting.short_date(moment.date(), locale=locale)} {moment:%H:%M}"


_viewer_folder: Path | None = None


def viewer_folder() -> Path:
    """A private temporary folder for the copies the system viewer opens; emptied at exit."""
    global _viewer_folder
    if _viewer_folder is None:
        _viewer_folder = Path(tempfile.mkdtemp(prefix="igs-desktop-bijlagen-"))
        atexit.register(shutil.rmtree, _viewer_folder, True)
    return _viewer_folder


class AttachmentsPanel(QWidget):
    """``ensure_note`` gives the note's id, saving a new note first (None: not saved)."""

    def __init__(
        self,
        context: AppContext,
        ensure_note: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ensure_note = ensure_note
        self.note_id: str | None = None
        self.table = RowTable(self, attachment_columns(), self.tr("Bijlagen"))
        self.view = self.table.view
        self.view.row_activated.connect(lambda _r: self.open_selected())
        self.table.on_delete(self.remove_selected)
        self.add_button = QPushButton(self.tr("Bijlage toevoe&gen…"))
        self.add_button.clicked.connect(self.add)
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.setToolTip(
            self.tr("Opent de bijlage met het programma van het systeem (Enter)")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Bijlage verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        row = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(row * 3)
        self.view.setMaximumHeight(row * 7)
        context.changed.connect(self._on_changed)
        self.reload()

    def set_note(self, note_id: str | None) -> None:
        self.note_id = note_id
        self.reload()

    def _on_changed(self, _changes: object) -> None:
        """A bound slot: Qt drops the connection when this widget is deleted."""
        self.reload()

    def reload(self) -> None:
        record = self.context.notes.note(self.note_id) if self.note_id else None
        rows = list(record.attachments) if record else []
        self.table.set_rows(rows, key=lambda a: a.id)
        self.open_button.setEnabled(bool(rows))
        self.remove_button.setEnabled(bool(rows))
        if self.note_id is None:
            self.hint.setText(self.tr("Een bijlage toevoegen bewaart eerst de notitie."))
        elif rows:
            n = len(rows)
            files = self.tr("%n bijlage", "", n) if n == 1 else self.tr("%n bijlagen", "", n)
            total = file_size(sum(a.size for a in rows))
            self.hint.setText(self.tr("{count}, samen {size}").format(count=files, size=total))
        else:
            self.hint.setText("")

    def add(self) -> None:
        chosen = messages.open_file(self, self.tr("Bijlage toevoegen"))
        if not chosen:
            return
        note_id = self.ensure_note()
        if note_id is None:
            return
        self.note_id = note_id
        service = self.context.notes
        source = Path(chosen)
        self.add_button.setEnabled(False)

        def copied(stored: StoredFile) -> None:
            self.add_button.setEnabled(True)
            outcome = self.context.execute(lambda: service.attach_stored(note_id, stored), self)
            self.reload()
            if outcome is not None and outcome.created_id:
                self.table.select(lambda a: a.id == outcome.created_id)

        def failed(exc: BaseException, _details: str) -> None:
            self.add_button.setEnabled(True)
            messages.warn(self, self.tr("Bijlage niet toegevoegd"), f"{source.name}: {exc}")

        # Hashing and copying a large file must not freeze the window.
        self._copy_worker = run_in_background(
            lambda _progress: service.copy_attachment_file(source), copied, failed
        )

    def selected(self) -> AttachmentRecord | None:
        return self.table.selected()

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            copy = self.context.notes.viewer_copy(chosen, viewer_folder())
        except (OSError, AttachmentError) as exc:
            messages.warn(self, self.tr("Bijlage niet geopend"), str(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            messages.warn(
                self,
                self.tr("Bijlage niet geopend"),
                self.tr("Geen programma gevonden om {file} te openen.").format(file=copy.name),
            )

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            service = self.context.notes
            self.context.execute(lambda: service.remove_attachment(chosen.id), self)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
