"""The left side of the Reports page: which report, on whom, for which year or period."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..domain.language import Language
from ..reports.wording import Wording
from ..services.overview import PartnershipChoice
from ..services.report_request import KINDS, TITLES, ReportRequest
from .i18n import current_language
from .widgets import CommitTextEdit, date_edit, to_date, year_combo, year_label


def report_title(kind: str) -> str:
    """A kind of report as the window names it, in its language (the reports' own words)."""
    title = TITLES.get(kind)
    return Wording(current_language()).t(title) if title else kind


class ReportForm(QWidget):
    requested = Signal(object)  # ReportRequest

    def __init__(self, years: list[int], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort rapport"))
        for key in KINDS:
            self.kind.addItem(report_title(key), key)
        self.partnership = QComboBox()
        self.partnership.setAccessibleName(self.tr("Aanvrager"))
        self.year = year_combo(years, year)
        self.year.setAccessibleName(self.tr("Projectjaar"))
        self.date_from = date_edit(self.tr("Begin van de periode"))
        self.date_to = date_edit(self.tr("Einde van de periode"))
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Vraag van het advies"))
        self.question.setPlaceholderText(self.tr("bv. Wat als Lendelede uitstapt?"))
        self.simulation = QComboBox()
        self.simulation.setAccessibleName(self.tr("Simulatie in het advies"))
        self.join_nis = QLineEdit()
        self.join_nis.setAccessibleName(self.tr("NIS-code van het toetredende bestuur"))
        self.join_nis.setPlaceholderText(self.tr("NIS-code, bv. 34023"))
        self.advice = CommitTextEdit()
        self.advice.setAccessibleName(self.tr("Uw advies"))
        self.advice.setTabChangesFocus(True)
        self.advice.setPlaceholderText(self.tr("Uw advies aan het bestuur…"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal van het rapport"))
        for lang in Language:
            self.language.addItem(lang.native_name, lang)
        self.make_button = QPushButton(self.tr("Rapport ma&ken"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(lambda: self.requested.emit(self.request()))

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Soort:"), self.kind)
        self.form.addRow(self.tr("&Aanvrager:"), self.partnership)
        self.form.addRow(self.tr("&Projectjaar:"), self.year)
        self.form.addRow(self.tr("&Van:"), self.date_from)
        self.form.addRow(self.tr("&Tot:"), self.date_to)
        self.form.addRow(self.tr("V&raag:"), self.question)
        self.form.addRow(self.tr("Si&mulatie:"), self.simulation)
        self.form.addRow(self.tr("Toetredend best&uur:"), self.join_nis)
        self.form.addRow(self.tr("Adv&ies:"), self.advice)
        self.form.addRow(self.tr("Taa&l van het rapport:"), self.language)
        self.form.addRow("", self.make_button)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.simulation.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.partnership.currentIndexChanged.connect(lambda _i: self._fill_simulations())
        self._members: dict[str, list[tuple[str, str]]] = {}
        self._show_fields()

    def set_partnerships(
        self, rows: Sequence[PartnershipChoice], members: dict[str, list[tuple[str, str]]]
    ) -> None:
        """``members``: per partnership id, its active members as (NIS code, name).

        Called on every refresh of the page: the choices made stay as they are (applicant,
        simulation), as long as they still exist."""
        self._members = members
        current = self.partnership.currentData()
        self.partnership.blockSignals(True)
        self.partnership.clear()
        for row in rows:
            self.partnership.addItem(row.name, row.id)
        self.partnership.setCurrentIndex(max(self.partnership.findData(current), 0))
        self.partnership.blockSignals(False)
        self._fill_simulations()

    def set_years(self, years: list[int]) -> None:
        """The known project years (one may have been added), keeping the chosen one."""
        if [self.year.itemData(i) for i in range(self.year.count())] == years:
            return
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(year_label(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def _fill_simulations(self) -> None:
        """The simulations for the chosen applicant; the chosen one stays chosen when it still
        applies (a leave of a member that is still a member, or a join)."""
        current = self.simulation.currentData()
        self.simulation.blockSignals(True)
        self.simulation.clear()
        self.simulation.addItem(self.tr("geen simulatie"), None)
        for nis, name in self._members.get(self.partnership.currentData(), []):
            self.simulation.addItem(
                self.tr("Wat als {name} uitstapt?").format(name=name), ("leave", nis)
            )
        self.simulation.addItem(self.tr("Wat als een bestuur toetreedt?"), ("join", ""))
        # by value: findData compares the (kind, NIS code) tuples by identity
        same = (i for i in range(self.simulation.count()) if self.simulation.itemData(i) == current)
        self.simulation.setCurrentIndex(next(same, 0))
        self.simulation.blockSignals(False)
        self._show_fields()

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        simulation = self.simulation.currentData()
        visible = {
            self.partnership: kind != "portfolio",
            self.date_from: kind == "follow-up",
            self.date_to: kind == "follow-up",
            self.question: kind == "advice",
            self.simulation: kind == "advice",
            self.join_nis: kind == "advice" and bool(simulation) and simulation[0] == "join",
            self.advice: kind == "advice",
        }
        for widget, show in visible.items():
            self.form.setRowVisible(widget, show)

    def request(self) -> ReportRequest:
        kind = self.kind.currentData()
        simulation = self.simulation.currentData() if kind == "advice" else None
        leave = simulation[1] if simulation and simulation[0] == "leave" else None
        join = self.join_nis.text().strip() if simulation and simulation[0] == "join" else None
        question = self.question.text().strip()
        # Without a question the report asks the simulation's ("Wat als … uitstapt?") itself,
        # in its own language.
        language = Language(self.language.currentData())  # Qt hands the value back as a str
        return ReportRequest(
            kind=kind,
            partnership=None if kind == "portfolio" else self.partnership.currentData(),
            year=int(self.year.currentData()),
            date_from=to_date(self.date_from.date()) if kind == "follow-up" else None,
            date_to=to_date(self.date_to.date()) if kind == "follow-up" else None,
            question=question,
            leave=leave,
            join=join or None,
            advice=self.advice.toPlainText().strip(),
            language=language,
        )
