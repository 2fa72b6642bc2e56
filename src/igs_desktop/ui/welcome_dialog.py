"""First start: who is the support contact, and start empty or with the demo portfolio."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..services.editing import ValidationError
from ..services.workbench import Workbench
from . import messages


class WelcomeDialog(QDialog):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        welcome = self.tr("Welkom bij {app}").format(app=APP_NAME)
        self.setWindowTitle(welcome)
        intro = QLabel(
            f"<h2>{welcome}</h2>"
            + self.tr(
                "<p>De werkbank van de vaste ondersteuners van Plan Samenleven. Uw gegevens "
                "blijven op deze computer; er is geen netwerk nodig.</p>"
                "<p>Wie bent u? Uw naam komt in de historiek van elke wijziging en op de "
                "rapporten.</p>"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Uw naam"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Uw e-mailadres"))
        self.email.setPlaceholderText(self.tr("voornaam.naam@vlaanderen.be"))
        self.empty = QRadioButton(self.tr("&Leeg beginnen"))
        self.demo = QRadioButton(
            self.tr("Beginnen met de &demoportefeuille (echte gemeenten, fictieve cijfers)")
        )
        self.empty.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Beginnen"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        name = self.name.text()
        try:
            self.workbench.save_profile(name, self.email.text())
            if self.demo.isChecked():
                self.workbench.create_demo()
        except ValidationError as exc:
            messages.warn(self, self.tr("Nog niet volledig"), str(exc))
            return
        super().accept()
