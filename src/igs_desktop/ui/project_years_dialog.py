"""Projectjaren: every project year with its period and deadlines; add the next one, correct one.

Whether a year fits (the next number, no overlap, no gap) is checked as the user types, by the
same ``domain.calendar`` function the service applies before it writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..domain.calendar import (
    DeadlineState,
    ProjectYear,
    calendar_problems,
    next_number,
    suggested_period,
)
from ..services import calendar as calendar_service
from ..services.calendar import project_years
from . import colors
from .context import AppContext
from .i18n import current_language, translate
from .table_model import Column, RowTableModel
from .table_view import RowTableView
from .widgets import OptionalDateEdit, babel_locale, date_edit, to_date


def year_columns(today: dt.date) -> list[Column[ProjectYear]]:
    """The years' columns, in the window's language ("nog niet bekend": no date yet)."""
    locale = babel_locale()
    unknown = DeadlineState.UNKNOWN.label(current_language())
    running = translate("ProjectYearsDialog", "(loopt nu)")

    def date(value: dt.date | None) -> str:
        return formatting.date(value, empty=unknown, locale=locale)

    def period(y: ProjectYear) -> str:
        now = f"  {running}" if y.holds(today) else ""
        return f"{date(y.start)} – {date(y.end)}{now}"

    return [
        Column(
            translate("ProjectYearsDialog", "Projectjaar"),
            lambda y: str(y.number),
            sort_key=lambda y: y.number,
        ),
        Column(
            translate("ProjectYearsDialog", "Periode"),
            period,
            sort_key=lambda y: y.start,
            bold=lambda y: y.holds(today),
        ),
        Column(
            translate("ProjectYearsDialog", "Indienen tot"),
            lambda y: formatting.deadline(y.submission_deadline, unknown, locale),
            sort_key=lambda y: y.submission_deadline,
        ),
        Column(
            translate("ProjectYearsDialog", "Beslissing"),
            lambda y: date(y.decision),
            sort_key=lambda y: y.decision,
        ),
        Column(
            translate("ProjectYearsDialog", "Tussentijdse KPI"),
            lambda y: date(y.interim_kpi_deadline),
            sort_key=lambda y: y.interim_kpi_deadline,
        ),
        Column(
            translate("ProjectYearsDialog", "Eindrapportering KPI"),
            lambda y: date(y.final_kpi_deadline),
            sort_key=lambda y: y.final_kpi_deadline,
        ),
    ]


class YearFormDialog(QDialog):
    """A new project year (``existing`` None) or the correction of one; OK only when it fits."""

    def __init__(
        self,
        years: list[ProjectYear],
        existing: ProjectYear | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.years = years
        self.existing = existing
        if existing is None:
            self.number = next_number(years)
            start, end = suggested_period(years)
            self.setWindowTitle(
                self.tr("Projectjaar {number} toevoegen").format(number=self.number)
            )
            intro = (
                self.tr(
                    "Projectjaar {number} begint de dag na het einde van projectjaar "
                    "{previous}. Alleen de periode is nodig; de deadlines vult u aan zodra "
                    "het agentschap ze bekendmaakt."
                ).format(number=self.number, previous=self.number - 1)
                if years
                else self.tr("Het eerste projectjaar.")
            )
        else:
            self.number = existing.number
            start, end = existing.start, existing.end
            self.setWindowTitle(self.tr("Projectjaar {number} wijzigen").format(number=self.number))
            intro = self.tr(
                "Vul de deadlines aan of verbeter ze; een lege datum is nog niet bekend."
            )
        self.start = date_edit(self.tr("Begin van het projectjaar"), start)
        self.end = date_edit(self.tr("Einde van het projectjaar"), end)
        self.submission_opens = OptionalDateEdit(self.tr("Indienen opent"))
        self.submission_deadline = OptionalDateEdit(self.tr("Uiterste datum om in te dienen"))
        self.submission_time = QTimeEdit(QTime(0, 0))
        self.submission_time.setDisplayFormat("HH:mm")
        self.submission_time.setAccessibleName(
            self.tr("Uur van de uiterste indiening (00:00: geen uur)")
        )
        self.submission_time.setToolTip(self.tr("Brusselse tijd; 00:00 betekent: de hele dag"))
        self.decision = OptionalDateEdit(self.tr("Beslissing over de toekenning"))
        self.interim_kpi = OptionalDateEdit(self.tr("Tussentijdse rapportering van de KPI's"))
        self.final_kpi = OptionalDateEdit(self.tr("Eindrapportering van de KPI's"))
        if existing is not None:
            self.submission_opens.set_value(existing.submission_opens)
            moment = existing.submission_deadline
            self.submission_deadline.set_value(moment.date() if moment else None)
            if moment is not None:
                self.submission_time.setTime(QTime(moment.hour, moment.minute))
            self.decision.set_value(existing.decision)
            self.interim_kpi.set_value(existing.interim_kpi_deadline)
            self.final_kpi.set_value(existing.final_kpi_deadline)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Waarom dit projectjaar niet past"))
        self.problems.setStyleSheet(f"color: {colors.ERROR.name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Projectjaar {number} toevoegen").format(number=self.number)
            if existing is None
            else self.tr("Bewaren")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        submission = QWidget()
        row = QHBoxLayout(submission)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.submission_deadline, 1)
        at = QLabel(self.tr("om"))
        at.setBuddy(self.submission_time)
        row.addWidget(at)
        row.addWidget(self.submission_time)
        text = QLabel(intro)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Begin:"), self.start)
        form.addRow(self.tr("&Einde:"), self.end)
        form.addRow(self.tr("Indienen &opent:"), self.submission_opens)
        form.addRow(self.tr("&Indienen tot:"), submission)
        submission.setFocusProxy(self.submission_deadline)
        form.addRow(self.tr("Be&slissing:"), self.decision)
        form.addRow(self.tr("&Tussentijdse KPI:"), self.interim_kpi)
        form.addRow(self.tr("Ein&drapportering KPI:"), self.final_kpi)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(520)

    def year(self) -> ProjectYear:
        """The year as the form now describes it."""
        day = self.submission_deadline.value()
        t = self.submission_time.time()
        return ProjectYear(
            number=self.number,
            start=to_date(self.start.date()),
            end=to_date(self.end.date()),
            submission_opens=self.submission_opens.value(),
            submission_deadline=(
                dt.datetime.combine(day, dt.time(t.hour(), t.minute())) if day else None
            ),
            decision=self.decision.value(),
            interim_kpi_deadline=self.interim_kpi.value(),
            final_kpi_deadline=self.final_kpi.value(),
        )

    def _check(self) -> None:
        problems = calendar_problems(self.years, self.year(), current_language())
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def values(self) -> dict[str, object]:
        """The fields the service takes: the period and every deadline."""
        year = self.year()
        values = dataclasses.asdict(year)
        values.pop("number")
        return values


class ProjectYearsDialog(QDialog):
    """Every project year; add the next one or correct the chosen one (undoable)."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or calendar_service.today()
        self.setWindowTitle(self.tr("Projectjaren"))
        self.model: RowTableModel[ProjectYear] = RowTableModel(year_columns(self.today), self)
        self.table = RowTableView(self.tr("Projectjaren"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.row_activated.connect(lambda _row: self.edit_year())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_year)
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.edit_button.setToolTip(
            self.tr("De periode of de deadlines van het gekozen projectjaar")
        )
        self.edit_button.clicked.connect(self.edit_year)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        note = QLabel(
            self.tr(
                "Het programma loopt verder dan de projectjaren die IGS Desktop meebrengt: voeg "
                "een nieuw projectjaar toe zodra het begint. Een deadline zonder datum is nog niet "
                "bekend. Ongedaan maken kan met Ctrl+Z in het hoofdvenster."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.changed.connect(self.refresh)
        self.refresh()
        self.resize(1120, 380)

    def refresh(self, _changes: object = None) -> None:
        self.years = project_years(self.context.db)
        self.model.set_rows(self.years)
        self.table.fit_columns_once()
        n = next_number(self.years)
        self.add_button.setText(self.tr("Projectjaar {number} &toevoegen…").format(number=n))
        self.add_button.setAccessibleName(
            self.tr("Projectjaar {number} toevoegen").format(number=n)
        )

    def add_year(self) -> bool:
        return add_next_year(self.context, self)

    def edit_year(self) -> None:
        row = self.table.current_view_row()
        if row < 0:
            return
        existing = self.model.row_at(row)
        form = YearFormDialog(self.years, existing, self)
        if not form.exec():
            return
        service = self.context.calendar
        values = form.values()
        self.context.execute(lambda: service.update_year(existing.number, **values), self)


def add_next_year(context: AppContext, parent: QWidget | None = None) -> bool:
    """Ask for the next project year and add it; True when it was added."""
    form = YearFormDialog(project_years(context.db), None, parent)
    if not form.exec():
        return False
    year = form.year()
    deadlines = {k: v for k, v in form.values().items() if k not in ("start", "end")}
    service = context.calendar
    outcome = context.execute(
        lambda: service.add_year(year.number, year.start, year.end, **deadlines), parent
    )
    return outcome is not None
