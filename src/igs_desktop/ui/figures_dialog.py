"""A government's population figures per project year, with their source; add or correct one."""

from __future__ import annotations

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
from ..services.reference import GovernmentInfo
from ..services.rules import known_years
from ..store.details import FigureRow
from .context import AppContext
from .table_model import Column, RowTableModel
from .table_view import RowTableView
from .widgets import year_combo

FIGURE_COLUMNS: list[Column[FigureRow]] = [
    Column("Projectjaar", lambda f: str(f.year), sort_key=lambda f: f.year),
    Column(
        "Niet-EU14",
        lambda f: formatting.number(f.non_eu14),
        sort_key=lambda f: f.non_eu14,
        align_right=True,
    ),
    Column("Bron", lambda f: f.source + (" (fictief)" if f.fictitious else "")),
]


class FiguresDialog(QDialog):
    def __init__(
        self, context: AppContext, government: GovernmentInfo, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        self.government = government
        self.setWindowTitle(f"Bevolkingscijfers van {government.name}")
        self.resize(620, 460)
        intro = QLabel(
            f"<b>{government.name}</b> ({government.nis_code}), {government.region_name}. "
            "Inwoners van niet-EU14-herkomst (in projectjaar 1: niet-EU15), zoals het agentschap "
            "ze jaarlijks publiceert. Vermeld altijd de bron."
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[FigureRow] = RowTableModel(FIGURE_COLUMNS, self)
        self.table = RowTableView("Cijfers per projectjaar")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)

        self.year = year_combo(known_years(context.db), context.year)
        self.year.setAccessibleName("Projectjaar")
        self.value = QSpinBox()
        self.value.setRange(0, 2_000_000)
        self.value.setGroupSeparatorShown(True)
        self.value.setAccessibleName("Inwoners van niet-EU14-herkomst")
        self.source = QLineEdit()
        self.source.setAccessibleName("Bron van het cijfer")
        self.source.setPlaceholderText("bv. Agentschap Integratie en Inburgering, tabel 2024")
        self.save_button = QPushButton("Cijfer &bewaren")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow("&Projectjaar:", self.year)
        form.addRow("&Aantal:", self.value)
        form.addRow("Br&on:", self.source)
        form.addRow("", self.save_button)
        box = QGroupBox("Cijfer toevoegen of verbeteren")
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
        existing = next((f for f in self.figures if f.year == year), None)
        if existing:
            self.value.setValue(existing.non_eu14)
            self.source.setText(existing.source)

    def save(self) -> None:
        service = self.context.portfolio
        nis, year = self.government.nis_code, int(self.year.currentData())
        value, source = self.value.value(), self.source.text()
        if self.context.execute(
            lambda: service.set_population_figure(nis, year, value, source), self
        ):
            self.reload()
