"""Actions: the catalogue actions the partnership works on, their KPI and subsidy."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...services.overview import ActionRecord, KpiValueRecord, PartnershipDetail, catalogue
from ...services.rules import known_years
from ...services.table_export import Kind
from .. import colors, messages
from ..context import AppContext
from ..i18n import translate
from ..table_menu import MenuItem
from ..table_model import KEY, MINOR, Column
from ..widgets import babel_locale
from .action_dialogs import (
    UNCERTAIN,
    AddActionDialog,
    KpiDialog,
    SubsidyDialog,
    action_number,
)
from .amounts import AmountError, euro
from .progress import BELOW_QUARTER_TIP, Progress, ProgressDelegate, kpi_progress
from .tab_tools import RowTable, heading

PROGRESS_COLUMN = 7


class ActionsTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self.read_only = False  # a colleague's partnership (set_read_only)

        self.year_label = heading()
        self.table = RowTable(self, self._columns(), self.tr("Acties van het samenwerkingsverband"))
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        self.view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.progress, self))
        widest_text = self.view.fontMetrics().horizontalAdvance(Progress(100, True).text)
        self.table.narrowest = {PROGRESS_COLUMN: widest_text + 24}
        self.view.row_activated.connect(lambda _r: self.edit_kpi())
        editable = self._editable
        self.view.menu_items = [
            MenuItem(self.tr("&KPI bewerken…"), self.edit_kpi, editable, default=True),
            MenuItem(self.tr("&Subsidie bewerken…"), self.edit_subsidy, editable),
        ]
        self.table.on_delete(self.remove_action)

        self.add_button = QPushButton(self.tr("Actie &toevoegen…"))
        self.add_button.clicked.connect(self.add_action)
        self.kpi_button = QPushButton(self.tr("&KPI bewerken…"))
        self.kpi_button.setToolTip(self.tr("KPI-doel en resultaten van de gekozen actie (Enter)"))
        self.kpi_button.clicked.connect(self.edit_kpi)
        self.subsidy_button = QPushButton(self.tr("&Subsidie bewerken…"))
        self.subsidy_button.clicked.connect(self.edit_subsidy)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.setToolTip(
            self.tr("Verwijdert de actie (Delete; ongedaan maken met Ctrl+Z)")
        )
        self.remove_button.clicked.connect(self.remove_action)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.add_action)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.kpi_button, self.subsidy_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.year_label)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self._enable()

    @property
    def year(self) -> int:
        return self.detail.year if self.detail else self.context.year

    def kpi(self, row: ActionRecord) -> KpiValueRecord | None:
        return row.kpi(self.year)

    def progress(self, row: ActionRecord) -> Progress | None:
        return kpi_progress(self.kpi(row))

    def _figure(self, row: ActionRecord, field: str) -> int | None:
        kpi = self.kpi(row)
        return getattr(kpi, field) if kpi else None

    def _columns(self) -> list[Column[ActionRecord]]:
        locale = babel_locale()

        def figure(header: str, field: str, tip: str) -> Column[ActionRecord]:
            return Column(
                header,
                lambda r: formatting.number(self._figure(r, field), locale=locale),
                sort_key=lambda r: v if (v := self._figure(r, field)) is not None else -1,
                export=lambda r: self._figure(r, field),
                align_right=True,
                tooltip=tip,
            )

        def progress_text(row: ActionRecord) -> str:
            progress = self.progress(row)
            return progress.text if progress else "—"

        def below(row: ActionRecord) -> bool:
            progress = self.progress(row)
            return bool(progress and progress.below_quarter)

        return [
            Column(
                self.tr("Nr."),
                lambda r: action_number(r.action),
                sort_key=lambda r: int(r.action.number) if r.action.number.isdigit() else 999,
                export=lambda r: int(n) if (n := action_number(r.action)).isdigit() else n,
                priority=KEY,
                align_right=True,
                foreground=lambda r: None if r.action.number_certain else colors.WARNING,
                row_tooltip=lambda r: (
                    "" if r.action.number_certain else translate("ActionDialogs", UNCERTAIN)
                ),
            ),
            # The action's title and its progress stay readable; objective and unit give way.
            Column(
                self.tr("Actie"),
                lambda r: r.action.title,
                row_tooltip=lambda r: r.action.title,
                priority=KEY,
                min_chars=20,
                max_chars=36,
            ),
            Column(
                self.tr("Doelstelling"),
                lambda r: f"{r.action.objective_number}. {r.action.objective_name}",
                sort_key=lambda r: r.action.objective_number,
                priority=MINOR,
                min_chars=6,
                max_chars=18,
            ),
            Column(
                self.tr("KPI-eenheid"),
                lambda r: r.action.kpi_unit,
                priority=MINOR,
                min_chars=6,
                max_chars=20,
            ),
            figure(
                self.tr("KPI-doel"),
                "target",
                self.tr("Het beoogde KPI-resultaat in het gekozen projectjaar"),
            ),
            figure(
                self.tr("Tussentijds"),
                "interim_actual",
                self.tr("Resultaat bij de tussentijdse rapportering"),
            ),
            figure(
                self.tr("Eindresultaat"),
                "final_actual",
                self.tr("Resultaat bij de eindrapportering"),
            ),
            Column(
                self.tr("Voortgang"),
                progress_text,
                sort_key=lambda r: p.percent if (p := self.progress(r)) else -1,
                export=lambda r: p.percent / 100 if (p := self.progress(r)) else None,
                export_kind=Kind.PERCENT,
                priority=KEY,
                foreground=lambda r: colors.WARNING if below(r) else None,
                bold=below,
                row_tooltip=lambda r: translate("Progress", BELOW_QUARTER_TIP) if below(r) else "",
                tooltip=self.tr(
                    "Best gekend resultaat (eind, anders tussentijds) tegenover het KPI-doel"
                ),
            ),
            Column(
                self.tr("Subsidie"),
                lambda r: euro(r.subsidy_cents),
                sort_key=lambda r: r.subsidy_cents if r.subsidy_cents is not None else -1,
                export=lambda r: (
                    None if r.subsidy_cents is None else Decimal(r.subsidy_cents) / 100
                ),
                export_kind=Kind.AMOUNT,
                align_right=True,
            ),
        ]

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.detail = detail
        self.year_label.setText(
            self.tr(
                "KPI-doel en resultaten voor projectjaar {year} "
                "(kies het projectjaar bovenaan het venster)."
            ).format(year=detail.year)
        )
        self.view.export_title = self.tr("Acties {name} pj {year}").format(
            name=detail.record.name, year=detail.year
        )
        self.table.set_rows(list(detail.actions), key=lambda r: r.id)
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: no action, KPI or subsidy is changed here."""
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self._enable()

    def _editable(self) -> bool:
        return self.selected() is not None and not self.read_only

    def _enable(self) -> None:
        chosen = self._editable()
        for button in (self.kpi_button, self.subsidy_button, self.remove_button):
            button.setEnabled(chosen)

    def selected(self) -> ActionRecord | None:
        return self.table.selected()

    def add_action(self) -> None:
        if self.detail is None or self.read_only:
            return
        taken = {r.action.id for r in self.detail.actions}
        dialog = AddActionDialog(catalogue(self.context.db), taken, self)
        if not dialog.exec() or (action := dialog.chosen()) is None:
            return
        try:
            cents = dialog.subsidy.cents()
        except AmountError as exc:
            messages.warn(self, self.tr("Niet bewaard"), str(exc))
            return
        service = self.context.portfolio
        outcome = self.context.execute(
            lambda: service.add_action(self.partnership_id, action.id, cents), self
        )
        if outcome is not None:
            self.table.select(lambda r: r.action.id == action.id)

    def edit_kpi(self) -> None:
        row = self.selected()
        if row is None or self.read_only:
            return
        dialog = KpiDialog(row, known_years(self.context.db), self.year, self)
        if dialog.exec():
            year, target, interim, final = dialog.values()
            service = self.context.portfolio
            self.context.execute(
                lambda: service.set_kpi(row.id, year, target, interim, final), self
            )

    def edit_subsidy(self) -> None:
        row = self.selected()
        if row is None or self.read_only:
            return
        dialog = SubsidyDialog(row, self)
        if not dialog.exec():
            return
        try:
            cents = dialog.amount.cents()
        except AmountError as exc:
            messages.warn(self, self.tr("Niet bewaard"), str(exc))
            return
        if cents != row.subsidy_cents:
            service = self.context.portfolio
            self.context.execute(lambda: service.update_action(row.id, subsidy_cents=cents), self)

    def remove_action(self) -> None:
        row = self.selected()
        if row is not None and not self.read_only:
            service = self.context.portfolio
            self.context.execute(lambda: service.remove_action(row.id), self)

    def focus_subject(self, subject: str) -> bool:
        """Select the action with this catalogue number (the subject of a finding)."""
        if self.table.select(lambda r: r.action.number == subject):
            self.view.setFocus()
            return True
        return False
