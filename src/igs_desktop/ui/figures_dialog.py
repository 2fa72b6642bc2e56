"""A government's population figures per project year, with their source; add or correct one.

``FiguresDialog`` lists every year (the governments page); ``FigureEntryDialog`` asks for the
figure of one year in place (the partnership page, where FIGURE_MISSING says it is missing).
Both use ``FigureFields`` and ``save_figure``, so the number, its source and the rule that a
source is required live in one place.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services import reference
from ..services.overview import FigureRecord
from ..services.reference import GovernmentInfo
from ..services.rules import known_years
from . import messages
from .context import AppContext
from .i18n import QT_TRANSLATE_NOOP, translate
from .table_model import Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale, qt_locale, year_combo

# Not a rule, only the spin box's ceiling: more than Flanders has inhabitants.
FIGURE_MAXIMUM = 99_999_999
SOURCE_REQUIRED = str(
    QT_TRANSLATE_NOOP(
        "FiguresDialog",
        "Vermeld de bron van het cijfer, bijvoorbeeld de tabel van het agentschap en het jaar.",
    )
)


def figure_columns() -> list[Column[FigureRecord]]:
    locale = babel_locale()
    fictitious = translate("FiguresDialog", " (fictief)")
    local = translate("FiguresDialog", " (lokale correctie: niet van de coördinator)")
    return [
        Column(
            translate("FiguresDialog", "Projectjaar"),
            lambda f: str(f.year),
            sort_key=lambda f: f.year,
            export=lambda f: f.year,
        ),
        Column(
            translate("FiguresDialog", "Niet-EU14"),
            lambda f: formatting.number(f.non_eu14, locale=locale),
            sort_key=lambda f: f.non_eu14,
            export=lambda f: f.non_eu14,
            align_right=True,
        ),
        Column(
            translate("FiguresDialog", "Bron"),
            lambda f: (
                f.source
                + (fictitious if f.fictitious else "")
                + (local if f.local_correction else "")
            ),
        ),
    ]


class FigureFields:
    """The number and its source, as both figure dialogs ask for them."""

    def __init__(self) -> None:
        self.value = QSpinBox()
        self.value.setRange(0, FIGURE_MAXIMUM)
        self.value.setGroupSeparatorShown(True)
        # "12.610" ("12,610" in English), as the table shows it, whatever the system's locale
        self.value.setLocale(qt_locale())
        self.value.setAccessibleName(translate("FiguresDialog", "Inwoners van niet-EU14-herkomst"))
        self.source = QLineEdit()
        self.source.setAccessibleName(translate("FiguresDialog", "Bron van het cijfer"))
        self.source.setPlaceholderText(
            translate("FiguresDialog", "bv. Agentschap Integratie en Inburgering, tabel 2024")
        )

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(translate("FiguresDialog", "&Aantal:"), self.value)
        form.addRow(translate("FiguresDialog", "Br&on:"), self.source)

    def show_figure(self, figure: FigureRecord | None) -> None:
        """Pre-fill an existing figure, so the user corrects it rather than retypes it."""
        if figure is not None:
            self.value.setValue(figure.non_eu14)
            self.source.setText(figure.source)


def figure_of(context: AppContext, nis_code: str, year: int) -> FigureRecord | None:
    return next((f for f in reference.figures_of(context.db, nis_code) if f.year == year), None)


def save_figure(
    context: AppContext, nis_code: str, year: int, fields: FigureFields, parent: QWidget
) -> bool:
    """Store the figure as one undoable edit; say why not (and write nothing) on bad input."""
    value, source = fields.value.value(), fields.source.text().strip()
    if not source:
        messages.warn(
            parent,
            translate("FiguresDialog", "Niet bewaard"),
            translate("FiguresDialog", SOURCE_REQUIRED),
        )
        fields.source.setFocus()
        return False
    service = context.portfolio
    outcome = context.execute(
        lambda: service.set_population_figure(nis_code, year, value, source), parent
    )
    return outcome is not None


class FiguresDialog(QDialog):
    def __init__(
        self, context: AppContext, government: GovernmentInfo, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.government = government
        self.setWindowTitle(
            self.tr("Bevolkingscijfers van {government}").format(government=government.name)
        )
        self.resize(620, 460)
        intro = QLabel(
            f"<b>{government.name}</b> ({government.nis_code}), {government.region_name}. "
            + self.tr(
                "Inwoners van niet-EU14-herkomst (in projectjaar 1: niet-EU15), zoals het "
                "agentschap ze jaarlijks publiceert. Vermeld altijd de bron."
            )
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[FigureRecord] = RowTableModel(figure_columns(), self)
        self.table = RowTableView(self.tr("Cijfers per projectjaar"))
        self.table.export_title = self.tr("Bevolkingscijfers {government}").format(
            government=government.name
        )
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)

        self.year = year_combo(known_years(context.db), context.year)
        self.year.setAccessibleName(self.tr("Projectjaar"))
        self.fields = FigureFields()
        self.value, self.source = self.fields.value, self.fields.source
        self.save_button = QPushButton(self.tr("Cijfer &bewaren"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Projectjaar:"), self.year)
        self.fields.add_rows(form)
        form.addRow("", self.save_button)
        box = QGroupBox(self.tr("Cijfer toevoegen of verbeteren"))
        box.setLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.year.currentIndexChanged.connect(lambda _i: self._prefill())
        self.reload()

    def reload(self) -> None:
        self.figures = reference.figures_of(self.context.db, self.government.nis_code)
        self.model.set_rows(self.figures)
        self._prefill()

    def _prefill(self) -> None:
        year = self.year.currentData()
        self.fields.show_figure(next((f for f in self.figures if f.year == year), None))

    def save(self) -> None:
        year = int(self.year.currentData())
        if save_figure(self.context, self.government.nis_code, year, self.fields, self):
            self.reload()


class FigureEntryDialog(QDialog):
    """One government's figure for one project year, entered or corrected where it is missing.

    Enter saves (one undoable edit), Esc cancels; on bad input the dialog stays open.
    """

    def __init__(
        self,
        context: AppContext,
        nis_code: str,
        name: str,
        year: int,
        existing: FigureRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.nis_code = nis_code
        self.year = year
        self.setWindowTitle(
            self.tr("Bevolkingscijfer van {government}, projectjaar {year}").format(
                government=name, year=year
            )
        )
        if existing is None:
            status = self.tr(
                "Dit cijfer ontbreekt nog: neem het over uit de tabel van het agentschap en "
                "vermeld de bron."
            )
        else:
            figure = formatting.number(existing.non_eu14, locale=babel_locale())
            status = (
                self.tr(
                    "Er is al een cijfer bewaard ({figure}, fictief); verbeter het hier, met de "
                    "bron."
                )
                if existing.fictitious
                else self.tr(
                    "Er is al een cijfer bewaard ({figure}); verbeter het hier, met de bron."
                )
            ).format(figure=figure)
        what = (
            self.tr("Het aantal inwoners van niet-EU15-herkomst.")
            if year == 1
            else self.tr("Het aantal inwoners van niet-EU14-herkomst.")
        )
        self.intro = QLabel(
            f"<b>{name}</b> ({nis_code}), <b>"
            + self.tr("projectjaar&nbsp;{year}").format(year=year)
            + f"</b><br>{what} {status}"
        )
        self.intro.setWordWrap(True)
        self.fields = FigureFields()
        self.fields.show_figure(existing)
        form = QFormLayout()
        self.fields.add_rows(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Bewaren"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.fields.value.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fields.value.selectAll()  # typing replaces the pre-filled number

    def accept(self) -> None:
        if save_figure(self.context, self.nis_code, self.year, self.fields, self):
            super().accept()


def enter_figure(
    context: AppContext, nis_code: str, name: str, year: int, parent: QWidget | None = None
) -> bool:
    """Ask for a government's figure of ``year`` (pre-filled if there is one); True if saved."""
    existing = figure_of(context, nis_code, year)
    return bool(FigureEntryDialog(context, nis_code, name, year, existing, parent).exec())
