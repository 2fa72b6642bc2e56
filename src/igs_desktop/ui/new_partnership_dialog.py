"""Asking for a new partnership's name and the project year it was formed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from .widgets import year_combo


class NewPartnershipDialog(QDialog):
    def __init__(self, years: list[int], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw samenwerkingsverband"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            self.tr("bv. IGS Kortrijk–Lendelede, of de naam van één bestuur")
        )
        self.name.setAccessibleName(self.tr("Naam"))
        self.formed_year = year_combo(years, year)
        self.formed_year.setAccessibleName(self.tr("Gevormd in projectjaar"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("&Gevormd in:"), self.formed_year)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())
