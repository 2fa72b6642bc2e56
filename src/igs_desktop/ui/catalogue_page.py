"""The action catalogue: objectives, actions, KPI units and amounts, thematic support.

The published catalogue is incomplete (numbers of most actions, which actions the agency
supports), so the user can correct it; a new release never overwrites those corrections.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services.overview import CatalogueRecord, catalogue
from . import colors
from .context import AppContext
from .i18n import translate
from .lazy_refresh import RefreshWhenVisible
from .table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale, search_field


def catalogue_columns() -> list[Column[CatalogueRecord]]:
    """The catalogue's columns, their headers in the window's language."""
    uncertain = translate(
        "CataloguePage", "nummer onzeker: door geen bron bevestigd, afgeleid uit de volgorde"
    )
    yes, no = translate("CataloguePage", "ja"), translate("CataloguePage", "nee")
    local = translate("CataloguePage", " (lokale correctie)")
    local_tip = translate(
        "CataloguePage",
        "Hier gecorrigeerd: blijft zo op deze laptop, ook als de coördinator iets anders "
        "publiceert.",
    )
    locale = babel_locale()
    return [
        Column(
            translate("CataloguePage", "Nr."),
            lambda a: a.number + ("" if a.number_certain else " ?"),
            sort_key=lambda a: int(a.number) if a.number.isdigit() else 999,
            align_right=True,
            foreground=lambda a: None if a.number_certain else colors.WARNING,
            row_tooltip=lambda a: "" if a.number_certain else uncertain,
        ),
        Column(
            translate("CataloguePage", "Actie"),
            lambda a: a.title + (local if a.local_correction else ""),
            row_tooltip=lambda a: local_tip if a.local_correction else a.remarks,
        ),
        Column(
            translate("CataloguePage", "Thematische ondersteuning"),
            lambda a: yes if a.supported else no,
            foreground=lambda a: colors.OK if a.supported else None,
        ),
        Column(translate("CataloguePage", "KPI-eenheid"), lambda a: a.kpi_unit),
        Column(
            translate("CataloguePage", "Bijdrage per eenheid (pj 1)"),
            lambda a: (
                formatting.amount(a.eur_per_unit_cents / 100, empty="", locale=locale)
                if a.eur_per_unit_cents is not None
                else ""
            ),
            sort_key=lambda a: a.eur_per_unit_cents or 0,
            align_right=True,
        ),
        Column(
            translate("CataloguePage", "Max. per aanvrager (pj 1)"),
            lambda a: formatting.number(a.max_units, empty="", locale=locale),
            sort_key=lambda a: a.max_units or 0,
            align_right=True,
        ),
        Column(
            translate("CataloguePage", "Doelstelling"),
            lambda a: f"{a.objective_number}. {a.objective_name}",
            sort_key=lambda a: a.objective_number,
        ),
        Column(translate("CataloguePage", "Financiering"), lambda a: a.financing),
    ]


class ActionDialog(QDialog):
    def __init__(self, action: CatalogueRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actie {number} bewerken").format(number=action.number))
        self.number = QLineEdit(action.number)
        self.number.setAccessibleName(self.tr("Actienummer"))
        self.certain = QCheckBox(self.tr("Nummer bevestigd door een bron"))
        self.certain.setChecked(action.number_certain)
        self.title = QLineEdit(action.title)
        self.title.setAccessibleName(self.tr("Titel van de actie"))
        self.supported = QCheckBox(
            self.tr("Het agentschap biedt thematische ondersteuning voor deze actie")
        )
        self.supported.setChecked(action.supported)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Nummer:"), self.number)
        form.addRow("", self.certain)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow("", self.supported)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        return {
            "number": self.number.text().strip(),
            "number_certain": self.certain.isChecked(),
            "title": self.title.text().strip(),
            "supported": self.supported.isChecked(),
        }


class CataloguePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: RowTableModel[CatalogueRecord] = RowTableModel(catalogue_columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = search_field(self.tr("Zoek in de catalogus…"), self.tr("Zoek actie"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.search)
        edit = QPushButton(self.tr("&Bewerken…"))
        edit.clicked.connect(self.edit_action)
        self.table = RowTableView(self.tr("Actiecatalogus"), "catalogue")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.row_activated.connect(lambda _r: self.edit_action())
        note = QLabel(
            self.tr(
                "Bron: vlaanderen.be/plan-samenleven en het aanvraagformulier van projectjaar 1. "
                "Enkel de nummers van acties 1, 2, 3, 4, 5, 12, 23 en 24 zijn door een bron "
                "bevestigd (de andere zijn gemarkeerd met ?). Welke acties thematische "
                "ondersteuning krijgen, is niet gepubliceerd; 5 en 24 zijn bevestigd. Verbeter "
                "gerust: een nieuwe versie van IGS Desktop overschrijft uw correcties niet."
            )
        )
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(note)
        self.refresher = RefreshWhenVisible(self, self.refresh)
        context.changed.connect(self.refresher.request)

    def refresh(self) -> None:
        self.model.set_rows(catalogue(self.context.db))
        self.table.fit_columns_once()

    def edit_action(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        action: CatalogueRecord = index.data(ROW_ROLE)
        dialog = ActionDialog(action, self)
        if dialog.exec():
            service = self.context.portfolio
            values = dialog.values()
            self.context.execute(lambda: service.update_catalogue_action(action.id, **values), self)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
