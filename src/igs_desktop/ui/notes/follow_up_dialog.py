"""A follow-up: a task with a due date on the partnership, one of its actions or a track."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ...domain import work
from ...services.notes import FollowUpRecord
from ...services.overview import PartnershipDetail
from ..i18n import current_language, translate
from ..partnership.action_dialogs import error_label
from ..widgets import OptionalDateEdit, select_data

WHOLE = ""  # the partnership itself; else "action:<id>" or "track:<id>"


def subject_choices(detail: PartnershipDetail) -> list[tuple[str, str]]:
    """What a follow-up can be about: (label, key), in the window's language."""
    lang = current_language()
    choices = [(translate("FollowUpDialog", "het samenwerkingsverband"), WHOLE)]
    action = translate("FollowUpDialog", "actie {number} – {title}")
    for a in detail.actions:
        label = action.format(number=a.action.number, title=a.action.title)
        choices.append((label, f"action:{a.id}"))
    track = translate("FollowUpDialog", "traject actie {number}, {theme}, {phase}")
    for t in detail.tracks:
        label = track.format(
            number=t.action_number,
            theme=work.label(t.theme, lang),
            phase=work.label(t.phase, lang),
        )
        choices.append((label, f"track:{t.id}"))
    return choices


def subject_of(follow_up: FollowUpRecord) -> str:
    if follow_up.support_track_id:
        return f"track:{follow_up.support_track_id}"
    if follow_up.partnership_action_id:
        return f"action:{follow_up.partnership_action_id}"
    return WHOLE


class FollowUpDialog(QDialog):
    def __init__(
        self,
        detail: PartnershipDetail,
        follow_up: FollowUpRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.setWindowTitle(
            self.tr("Opvolging bewerken") if follow_up else self.tr("Opvolging toevoegen")
        )
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Taak"))
        self.title.setPlaceholderText(
            self.tr("bv. Verslag van het overleg bezorgen aan de partners")
        )
        self.due_date = OptionalDateEdit(self.tr("vervaldatum"))
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("Waarop de opvolging slaat"))
        for label, data in subject_choices(detail):
            self.subject.addItem(label, data)
        self.error = error_label()
        if follow_up is not None:
            self.title.setText(follow_up.title)
            self.due_date.set_value(follow_up.due_date)
            select_data(self.subject, subject_of(follow_up))
        else:
            self.due_date.enabled.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Taak:"), self.title)
        form.addRow(self.tr("Verval&datum:"), self.due_date)
        form.addRow(self.tr("&Waarop:"), self.subject)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())
        self.title.setFocus()

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Beschrijf de taak."))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        kind, _colon, key = str(self.subject.currentData() or WHOLE).partition(":")
        return {
            "title": self.title.text(),
            "due_date": self.due_date.value(),
            "partnership_action_id": key if kind == "action" else None,
            "support_track_id": key if kind == "track" else None,
        }
