"""A thematic support track: which supported action, theme, phase, status, next step, due date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...services.overview import CatalogueRecord, TrackRecord
from ...services.portfolio import PHASES, THEMES, TRACK_STATUSES
from ..widgets import OptionalDateEdit, select_data
from .action_dialogs import action_label, error_label, number_key, ok_cancel


def _combo(values: tuple[str, ...], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(value, value)
    return combo


class TrackDialog(QDialog):
    """Add (``track`` None) or edit a support track; only supported actions can be chosen."""

    def __init__(
        self,
        catalogue: list[CatalogueRecord],
        track: TrackRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.track = track
        self.setWindowTitle("Ondersteuningstraject " + ("bewerken" if track else "toevoegen"))
        self.action = QComboBox()
        self.action.setAccessibleName("Actie met thematische ondersteuning")
        for a in sorted((a for a in catalogue if a.supported), key=number_key):
            self.action.addItem(action_label(a), a.id)
        if track is not None and self.action.findData(track.action_id) < 0:
            self.action.addItem(
                f"{track.action_number} – {track.action_title} (niet ondersteund)",
                track.action_id,
            )
        self.theme = _combo(THEMES, "Thema")
        self.phase = _combo(PHASES, "Fase")
        self.status = _combo(TRACK_STATUSES, "Status")
        self.next_step = QLineEdit()
        self.next_step.setAccessibleName("Volgende stap")
        self.next_step.setPlaceholderText("bv. werkmoment met de partners plannen")
        self.due_date = OptionalDateEdit("vervaldatum")
        self.error = error_label()
        if track is not None:
            select_data(self.action, track.action_id)
            select_data(self.theme, track.theme)
            select_data(self.phase, track.phase)
            select_data(self.status, track.status)
            self.next_step.setText(track.next_step)
            self.due_date.set_value(track.due_date)

        form = QFormLayout(self)
        if self.action.count() == 0:
            form.addRow(
                QLabel(
                    "Geen enkele actie in de catalogus is gemarkeerd als actie met thematische "
                    "ondersteuning. Pas dat eerst aan in de actiecatalogus."
                )
            )
        form.addRow("&Actie:", self.action)
        form.addRow("&Thema:", self.theme)
        form.addRow("&Fase:", self.phase)
        form.addRow("&Status:", self.status)
        form.addRow("&Volgende stap:", self.next_step)
        form.addRow("Verval&datum:", self.due_date)
        form.addRow(self.error)
        buttons = ok_cancel(self, self._accept)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.action.count() > 0)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())
        self.action.setFocus()

    def _accept(self) -> None:
        if self.action.currentData() is None:
            self.error.setText("Kies een actie.")
            self.error.show()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        due: dt.date | None = self.due_date.value()
        return {
            "action_id": self.action.currentData(),
            "theme": self.theme.currentData(),
            "phase": self.phase.currentData(),
            "status": self.status.currentData(),
            "next_step": self.next_step.text().strip(),
            "due_date": due,
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the track being edited."""
        values = self.values()
        if self.track is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.track, k) != v}
