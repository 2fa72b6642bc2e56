"""Adding a member and editing a membership."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.overview import MemberRecord
from ...services.reference import GovernmentInfo
from ..government_picker import GovernmentPicker
from ..widgets import OptionalDateEdit, select_data, year_combo


class AddMemberDialog(QDialog):
    """Pick a government (the partnership's region first) and when it joined."""

    def __init__(
        self,
        governments: list[GovernmentInfo],
        region: str | None,
        membership_of: dict[str, str],
        exclude: set[str],
        years: list[int],
        year: int,
        title: str = "",
        ask_details: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Lid toevoegen"))
        self.resize(720, 520)
        self.picker = GovernmentPicker(governments, region, membership_of, exclude, self)
        self.joined_year = year_combo(years, year)
        self.joined_year.setAccessibleName(self.tr("Toegetreden in projectjaar"))
        self.joined_on = OptionalDateEdit(self.tr("datum van toetreden"))
        self.arrangement = QLineEdit()
        self.arrangement.setAccessibleName(self.tr("Afspraak over de doorstorting"))
        self.arrangement.setPlaceholderText(self.tr("Hoe stort de indiener de subsidie door?"))
        form = QFormLayout()
        form.addRow(self.tr("Toegetreden in &projectjaar:"), self.joined_year)
        form.addRow(self.tr("&Datum:"), self.joined_on)
        form.addRow(self.tr("&Afspraak doorstorting:"), self.arrangement)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.picker.picked.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        if ask_details:
            layout.addLayout(form)
        layout.addWidget(buttons)
        self.picker.setFocus()

    def _accept(self) -> None:
        if self.picker.chosen() is not None:
            self.accept()

    def chosen(self) -> GovernmentInfo | None:
        return self.picker.chosen()


class EditMemberDialog(QDialog):
    def __init__(self, member: MemberRecord, years: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lidmaatschap van {name}").format(name=member.name))
        self.joined_year = year_combo(years, member.joined_year)
        self.joined_on = OptionalDateEdit(self.tr("datum van toetreden"))
        self.joined_on.set_value(member.joined_on)
        self.left_year = year_combo(years, none_label=self.tr("— niet uitgestapt —"))
        select_data(self.left_year, member.left_year)
        self.left_on = OptionalDateEdit(self.tr("datum van uitstappen"))
        self.left_on.set_value(member.left_on)
        self.arrangement = QLineEdit(member.transfer_arrangement)
        self.arrangement.setAccessibleName(self.tr("Afspraak over de doorstorting"))
        form = QFormLayout()
        form.addRow(self.tr("Toegetreden in &projectjaar:"), self.joined_year)
        form.addRow(self.tr("Datum &toetreden:"), self.joined_on)
        form.addRow(self.tr("&Uitgestapt vanaf:"), self.left_year)
        form.addRow(self.tr("Datum u&itstappen:"), self.left_on)
        form.addRow(self.tr("&Afspraak doorstorting:"), self.arrangement)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, int | str | dt.date | None]:
        return {
            "joined_year": self.joined_year.currentData(),
            "joined_on": self.joined_on.value(),
            "left_year": self.left_year.currentData(),
            "left_on": self.left_on.value(),
            "transfer_arrangement": self.arrangement.text().strip(),
        }
