"""The partnership's own facts: name, submitter, region, year formed, shared KPI, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain import work
from ...services.overview import PartnershipDetail
from ...services.portfolio import PARTNERSHIP_STATUSES
from ...services.rules import known_years
from ..context import AppContext
from ..i18n import current_language
from ..widgets import CommitTextEdit, select_data, year_combo


class DetailsTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self._loading = False
        self.read_only = False  # a colleague's partnership (set_read_only)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van het samenwerkingsverband"))
        self.name.editingFinished.connect(lambda: self._save(name=self.name.text().strip()))
        self.submitter = QComboBox()
        self.submitter.setAccessibleName(self.tr("Indienend lokaal bestuur"))
        self.submitter.activated.connect(
            lambda _i: self._save(submitter_nis=self.submitter.currentData())
        )
        self.region = QLabel()
        self.region.setToolTip(self.tr("Afgeleid uit de actieve leden"))
        self.formed_year = year_combo(known_years(context.db))
        self.formed_year.setAccessibleName(self.tr("Gevormd in projectjaar"))
        self.formed_year.activated.connect(
            lambda _i: self._save(formed_year=self.formed_year.currentData())
        )
        self.kpi = CommitTextEdit()
        self.kpi.setAccessibleName(self.tr("Gezamenlijke KPI"))
        self.kpi.setPlaceholderText(self.tr("Welke KPI willen de leden samen halen?"))
        self.kpi.setTabChangesFocus(True)
        self.kpi.setMaximumHeight(90)
        self.kpi.editing_finished.connect(lambda: self._save(kpi=self.kpi.toPlainText().strip()))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        lang = current_language()
        for status in PARTNERSHIP_STATUSES:
            self.status.addItem(work.label(status, lang), status)
        self.status.activated.connect(lambda _i: self._save(status=self.status.currentData()))
        self.notes = CommitTextEdit()
        self.notes.setAccessibleName(self.tr("Vrije notities"))
        self.notes.setTabChangesFocus(True)
        self.notes.editing_finished.connect(
            lambda: self._save(notes=self.notes.toPlainText().strip())
        )

        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Naam:"), self.name),
            (self.tr("&Indiener:"), self.submitter),
            (self.tr("Referentieregio:"), self.region),
            (self.tr("Gevormd &in:"), self.formed_year),
            (self.tr("Gezamenlijke &KPI:"), self.kpi),
            (self.tr("&Status:"), self.status),
            (self.tr("N&otities:"), self.notes),
        ):
            form.addRow(label, widget)
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "submitter_nis": self.submitter,
            "kpi": self.kpi,
            "formed_year": self.formed_year,
            "status": self.status,
            "notes": self.notes,
        }

    def show_detail(self, detail: PartnershipDetail) -> None:
        self._loading = True
        try:
            self.detail = detail
            record = detail.record
            if not self.name.hasFocus():
                self.name.setText(record.name)
            self.submitter.clear()
            self.submitter.addItem(self.tr("— kies de indiener —"), None)
            for m in record.members:
                if detail.active(m):
                    self.submitter.addItem(f"{m.name} ({m.nis_code})", m.nis_code)
            if record.submitter_nis and self.submitter.findData(record.submitter_nis) < 0:
                self.submitter.addItem(
                    self.tr("{nis} (geen actief lid)").format(nis=record.submitter_nis),
                    record.submitter_nis,
                )
            select_data(self.submitter, record.submitter_nis)
            self.region.setText(detail.region_name or self.tr("— nog geen leden —"))
            select_data(self.formed_year, record.formed_year)
            if not self.kpi.hasFocus():
                self.kpi.setPlainText(record.kpi)
            select_data(self.status, record.status)
            if not self.notes.hasFocus():
                self.notes.setPlainText(record.notes)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: the fields can be read (and copied), not changed."""
        self.read_only = read_only
        for field in (self.name, self.kpi, self.notes):
            field.setReadOnly(read_only)
        for combo in (self.submitter, self.formed_year, self.status):
            combo.setEnabled(not read_only)

    def _save(self, **values: Any) -> None:
        if self._loading or self.detail is None or self.read_only:
            return
        record = self.detail.record
        changed = {k: v for k, v in values.items() if getattr(record, k) != v}
        if not changed:
            return
        service = self.context.portfolio
        result = self.context.execute(
            lambda: service.update_partnership(self.partnership_id, **changed), self
        )
        if result is None:  # refused: show the stored value again
            self.show_detail(self.detail)

    def focus_field(self, name: str) -> bool:
        widget = self.fields.get(name)
        if widget is None:
            return False
        widget.setFocus()
        return True
