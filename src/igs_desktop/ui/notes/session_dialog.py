"""A knowledge session (bovenlokale kennisdeling): date, topic, who took part, what was shared,
what was agreed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...services import reference
from ...services.notes import KnowledgeSessionRecord
from ..context import AppContext
from ..partnership.action_dialogs import error_label
from ..widgets import resize_within_screen, select_data, to_date, to_qdate
from .common import (
    PartnershipChoice,
    fill_partnerships,
    partnership_choices,
)
from .government_list import GovernmentChecklist


class SessionDialog(QDialog):
    """Add (``session`` None) or edit a knowledge session."""

    def __init__(
        self,
        context: AppContext,
        session: KnowledgeSessionRecord | None = None,
        partnership_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(
            self.tr("Kennisdeling bewerken") if session else self.tr("Kennisdeling toevoegen")
        )
        self.choices: dict[str, PartnershipChoice] = {c.id: c for c in partnership_choices(context)}
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.held_on.setAccessibleName(self.tr("Datum"))
        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Onderwerp"))
        self.topic.setPlaceholderText(self.tr("bv. Oefenkansen Nederlands in de bibliotheek"))
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(self.tr("Samenwerkingsverband"))
        fill_partnerships(self.partnership, list(self.choices.values()), self.tr("— geen —"))
        self.members_button = QPushButton(self.tr("&Leden aanvinken"))
        self.members_button.setToolTip(
            self.tr("De actieve leden van het gekozen verband als deelnemers")
        )
        self.members_button.clicked.connect(self._check_members)
        self.participants = GovernmentChecklist(
            reference.governments(context.db), self.tr("Deelnemende lokale besturen")
        )
        self.shared = QPlainTextEdit()
        self.shared.setAccessibleName(self.tr("Wat gedeeld werd"))
        self.shared.setTabChangesFocus(True)
        self.agreements = QPlainTextEdit()
        self.agreements.setAccessibleName(self.tr("Afspraken"))
        self.agreements.setTabChangesFocus(True)
        self.error = error_label()
        if session is not None:
            self.held_on.setDate(to_qdate(session.held_on))
            self.topic.setText(session.topic)
            select_data(self.partnership, session.partnership_id or "")
            self.participants.set_nis_codes(g.nis_code for g in session.participants)
            self.shared.setPlainText(session.shared)
            self.agreements.setPlainText(session.agreements)
        elif partnership_id:
            select_data(self.partnership, partnership_id)
            self._check_members()

        partnership_row = QHBoxLayout()
        partnership_row.addWidget(self.partnership, 1)
        partnership_row.addWidget(self.members_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Datum:"), self.held_on)
        form.addRow(self.tr("&Onderwerp:"), self.topic)
        partnership_label = QLabel(self.tr("Samenwerkings&verband:"))
        partnership_label.setBuddy(self.partnership)  # a row of two widgets has no buddy of its own
        form.addRow(partnership_label, partnership_row)
        form.addRow(self.tr("De&elnemers:"), self.participants)
        form.addRow(self.tr("Wat &gedeeld werd:"), self.shared)
        form.addRow(self.tr("&Afspraken:"), self.agreements)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        resize_within_screen(self, 720, 760)
        self.topic.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_members(self) -> None:
        choice = self.choices.get(self.partnership.currentData() or "")
        if choice is not None:
            self.participants.set_nis_codes(
                {*self.participants.nis_codes(), *choice.active_members}
            )

    def _accept(self) -> None:
        if not self.topic.text().strip():
            self.error.setText(self.tr("Geef het onderwerp van de kennisdeling."))
            self.error.show()
            self.topic.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        held_on: dt.date = to_date(self.held_on.date())
        return {
            "held_on": held_on,
            "topic": self.topic.text(),
            "partnership_id": self.partnership.currentData() or None,
            "nis_codes": self.participants.nis_codes(),
            "shared": self.shared.toPlainText(),
            "agreements": self.agreements.toPlainText(),
        }
