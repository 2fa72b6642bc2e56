"""The note editor: a note in seconds, linked to what is open, never lost while typing.

Every change starts the autosave (``DraftKeeper``): the editor's content is a committed draft
within about a second. Saving writes the note and removes its draft in one transaction, through
``AppContext.execute`` (so Ctrl+Z undoes it). Opening an editor offers a leftover draft back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...services.team_portfolio import owner_of
from .. import messages
from ..context import AppContext
from ..i18n import translate
from ..widgets import babel_locale, resize_within_screen
from .autosave import DraftKeeper
from .common import local_time
from .note_form import NoteForm
from .presets import NotePreset


class NoteEditor(QDialog):
    """A new note (``note_id`` None, linked as ``preset`` says) or an existing one.

    The fields are in ``form`` (a ``NoteForm``).
    """

    saved = Signal(str)  # the note's id

    def __init__(
        self,
        context: AppContext,
        note_id: str | None = None,
        preset: NotePreset | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.note_id = note_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        resize_within_screen(self, 1060, 700)
        self.form = NoteForm(context, self.save_in_place, self)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status van het concept"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        for button in buttons.buttons():
            if isinstance(button, QPushButton):  # the standard buttons are push buttons
                button.setAutoDefault(False)  # Enter in a field does not close the editor
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        for keys in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return")):
            QShortcut(keys, self).activated.connect(self.save_and_close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addLayout(bottom)

        record = context.notes.note(note_id) if note_id else None
        if record is not None:
            self.form.show_record(record)
        else:
            self.form.show_preset(preset or NotePreset())
        self._update_title()
        self.baseline = self.form.snapshot()
        self.keeper = DraftKeeper(context.notes, self.form.snapshot, note_id, self)
        self.keeper.saved.connect(self._on_draft_saved)
        self.form.changed.connect(self._on_change)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.read_only = False
        if record is not None and record.partnership_id:
            holder = owner_of(context.db, record.partnership_id)
            if holder.read_only:
                self._show_read_only(holder.shown_name)

    def _show_read_only(self, name: str) -> None:
        """A note of a colleague's partnership (in a team): readable, not changeable (the
        services would refuse the save anyway)."""
        self.read_only = True
        for editor in self.form.findChildren(QLineEdit) + self.form.findChildren(QPlainTextEdit):
            editor.setReadOnly(True)
        for widget in (
            self.form.findChildren(QAbstractButton)
            + self.form.findChildren(QComboBox)
            + self.form.findChildren(QDateEdit)
        ):
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "Deze notitie hoort bij de portefeuille van {name}: alleen lezen. Neem het "
                "samenwerkingsverband over om ze te wijzigen."
            ).format(name=name)
        )

    def dirty(self) -> bool:
        return self.form.snapshot() != self.baseline

    # --- drafts -----------------------------------------------------------------------------
    def offer_draft(self) -> bool:
        """Offer a leftover draft of this note (or of a new note) back; True when restored."""
        draft = self.keeper.leftover()
        if draft is None:
            return False
        what = f"'{draft.title}'" if draft.title.strip() else self.tr("een nieuwe notitie")
        when = formatting.datetime(local_time(draft.saved_at), locale=babel_locale())
        if not messages.confirm(
            self,
            self.tr("Niet-bewaarde versie"),
            self.tr(
                "Er is een niet-bewaarde versie van {what}, automatisch bewaard op {when}. "
                "Herstellen?"
            ).format(what=what, when=when),
            yes=self.tr("Herstellen"),
            no=self.tr("Weggooien"),
        ):
            self.context.notes.discard_draft(draft.id)
            return False
        self.keeper.adopt(draft)
        self.form.apply(draft.title, draft.body, draft.details)
        self.keeper.timer.stop()  # the draft holds exactly this
        self.keeper.pending = False
        self.status.setText(self.tr("Niet-bewaarde versie hersteld; nog niet bewaard als notitie."))
        return True

    def _on_change(self, *_args: object) -> None:
        self.keeper.touch()
        self._update_title()

    def _on_draft_saved(self, moment: dt.datetime) -> None:
        self.status.setText(
            self.tr("Concept automatisch bewaard om {time}").format(
                time=f"{local_time(moment):%H:%M:%S}"
            )
        )

    def _update_title(self) -> None:
        what = self.tr("Nieuwe notitie") if self.note_id is None else self.tr("Notitie")
        title = self.form.title.text().strip()
        self.setWindowTitle(f"{what}: {title}" if title else what)

    # --- saving -----------------------------------------------------------------------------
    def save_in_place(self) -> str | None:
        """Save the note and keep the editor open; the note's id, None when refused."""
        title, body, d = self.form.snapshot()
        service = self.context.notes
        fields: dict[str, Any] = {
            "title": title,
            "body": body,
            "kind": d["kind"],
            "noted_on": dt.date.fromisoformat(d["noted_on"]),
            "partnership_id": d["partnership_id"] or None,
            "action_id": d["action_id"] or None,
            "knowledge_session_id": d["knowledge_session_id"] or None,
            "include_in_reports": d["include_in_reports"],
            "personal_data": d["personal_data"],
            "shared_with_team": d["shared_with_team"] and d["personal_data"],
        }
        self.keeper.save_now()  # what is typed is kept even if the note is refused
        draft_id, note_id = self.keeper.draft_id, self.note_id
        if note_id is None:
            outcome = self.context.execute(
                lambda: service.create_note(
                    tags=d["tags"], nis_codes=d["nis_codes"], draft_id=draft_id, **fields
                ),
                self,
            )
            note_id = outcome.created_id if outcome is not None else None
        else:
            known = note_id
            outcome = self.context.execute(
                lambda: service.update_note(
                    known, tags=d["tags"], nis_codes=d["nis_codes"], draft_id=draft_id, **fields
                ),
                self,
            )
        if outcome is None or note_id is None:
            return None
        self.note_id = note_id
        self.keeper.note_saved(note_id)
        self.baseline = self.form.snapshot()
        self.form.attachments.set_note(note_id)
        self.status.setText(self.tr("Notitie bewaard."))
        self._update_title()
        self.saved.emit(note_id)
        return note_id

    def save_and_close(self) -> None:
        if self.read_only:
            return
        if self.save_in_place() is not None:
            self.accept()

    def reject(self) -> None:
        """Close without saving; unsaved changes are thrown away only when the user says so."""
        if self.dirty() and not messages.confirm(
            self,
            self.tr("Notitie niet bewaard"),
            self.tr("Wat je typte, is nog niet bewaard als notitie. Weggooien?"),
            yes=self.tr("Weggooien"),
            no=self.tr("Verder schrijven"),
        ):
            return
        self.keeper.discard()
        super().reject()

    def done(self, result: int) -> None:
        self.keeper.release()
        super().done(result)


def open_editor(
    context: AppContext,
    parent: QWidget | None,
    note_id: str | None = None,
    preset: NotePreset | None = None,
) -> NoteEditor | None:
    """Show the editor of a note (the open one, if there is one) or of a new note."""
    owner = parent.window() if parent is not None else context.dialog_parent
    if note_id and owner is not None:
        for editor in owner.findChildren(NoteEditor):
            if editor.note_id == note_id and editor.isVisible():
                editor.raise_()
                editor.activateWindow()
                return editor
    if note_id and context.notes.note(note_id) is None:
        messages.warn(
            parent,
            translate("NoteEditor", "Notitie"),
            translate("NoteEditor", "Deze notitie bestaat niet (meer)."),
        )
        return None
    editor = NoteEditor(context, note_id, preset, owner)
    editor.offer_draft()
    editor.show()
    form = editor.form
    if note_id is None:
        form.title.setFocus()
    else:  # go on writing at the end of the text
        form.title.setCursorPosition(0)
        form.body.setFocus()
        form.body.moveCursor(QTextCursor.MoveOperation.End)
    return editor
