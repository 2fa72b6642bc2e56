"""Small dialogs for the money: a subsidy, a transfer to a partner, a stimulus grant, and an
action rolled out with new members."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ...services.overview import CatalogueRecord, MemberRecord
from ..i18n import translate
from ..widgets import OptionalDateEdit, year_combo
from .action_dialogs import action_label, error_label, number_key, ok_cancel, show_error
from .amounts import AmountEdit, AmountError


class FormDialog(QDialog):
    """A form with a project year, room for an error and OK/Cancel."""

    def __init__(self, title: str, years: list[int], year: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.year = year_combo(years, year)
        self.year.setAccessibleName(translate("FormDialog", "Projectjaar"))
        self.error = error_label()
        self.form = QFormLayout(self)
        self.form.addRow(translate("FormDialog", "&Projectjaar:"), self.year)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(ok_cancel(self, self._accept))
        self.resize(480, self.sizeHint().height())

    def problem(self) -> str:
        """Why the input cannot be accepted ("" when it can)."""
        return ""

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            show_error(self, self.error, problem)
            return
        self.accept()

    def selected_year(self) -> int:
        return int(self.year.currentData())


def _amount_problem(edit: AmountEdit) -> str:
    try:
        return "" if edit.cents() is not None else translate("FormDialog", "Vul een bedrag in.")
    except AmountError as exc:
        return str(exc)


class SubsidyAddDialog(FormDialog):
    def __init__(self, years: list[int], year: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Subsidie toevoegen"), years, year, parent)
        self.amount = AmountEdit(self.tr("Bedrag van de subsidie in euro"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Omschrijving van de subsidie"))
        self.description.setPlaceholderText(self.tr("bv. eerste verdeelronde"))
        self.form.addRow(self.tr("&Bedrag (euro):"), self.amount)
        self.form.addRow(self.tr("&Omschrijving:"), self.description)
        self.finish()
        self.amount.setFocus()

    def problem(self) -> str:
        return _amount_problem(self.amount)


class TransferDialog(FormDialog):
    """Money the submitter passes on: to which partner, in which year, how much."""

    def __init__(
        self,
        partners: list[MemberRecord],
        years: list[int],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Doorstorting toevoegen"), years, year, parent)
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner die het geld ontvangt"))
        for m in sorted(partners, key=lambda m: m.name):
            self.partner.addItem(f"{m.name} ({m.nis_code})", m.nis_code)
        self.amount = AmountEdit(self.tr("Doorgestort bedrag in euro"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Omschrijving van de doorstorting"))
        if not partners:
            self.form.addRow(QLabel(self.tr("Dit verband heeft geen partners naast de indiener.")))
        self.form.addRow(self.tr("Pa&rtner:"), self.partner)
        self.form.addRow(self.tr("&Bedrag (euro):"), self.amount)
        self.form.addRow(self.tr("&Omschrijving:"), self.description)
        self.finish()
        self.partner.setFocus()

    def problem(self) -> str:
        if self.partner.currentData() is None:
            return self.tr("Kies de partner die het geld ontvangt.")
        return _amount_problem(self.amount)


class StimulusDialog(FormDialog):
    def __init__(self, years: list[int], year: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stimulans 'samenwerking' toevoegen"), years, year, parent)
        note = QLabel(
            self.tr(
                "De stimulans 'samenwerking' bedraagt € 10.000 en kan één keer per projectjaar."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.granted_on = OptionalDateEdit(self.tr("datum van toekenning"))
        self.form.addRow(self.tr("&Toegekend op:"), self.granted_on)
        self.finish()


class NewMemberActionDialog(FormDialog):
    """Which action the partnership rolls out with the members that joined in a year."""

    def __init__(
        self,
        catalogue: list[CatalogueRecord],
        years: list[int],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Actie met nieuwe leden toevoegen"), years, year, parent)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Actie die met de nieuwe leden van start gaat"))
        for a in sorted(catalogue, key=number_key):
            self.action.addItem(action_label(a), a.id)
        self.form.addRow(self.tr("&Actie:"), self.action)
        self.finish()
        self.action.setFocus()

    def problem(self) -> str:
        return "" if self.action.currentData() else self.tr("Kies een actie.")
