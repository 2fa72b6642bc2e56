"""Money: subsidies, transfers to partners, cooperation stimulus, actions with new members.

Per project year the tab sums what was received and passed on, and what remains.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...services.overview import PartnershipDetail, catalogue
from ...services.rules import known_years
from .. import colors, messages
from ..context import AppContext
from ..i18n import current_language
from ..table_model import Column
from .amounts import euro
from .money_dialogs import (
    FormDialog,
    NewMemberActionDialog,
    StimulusDialog,
    SubsidyAddDialog,
    TransferDialog,
)
from .money_section import (
    MoneySection,
    YearTotal,
    amount_column,
    date_column,
    year_column,
    year_text,
    year_totals,
)
from .tab_tools import RowTable, heading


class MoneyTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self.read_only = False  # a colleague's partnership (set_read_only)

        def this_year(r: YearTotal) -> bool:
            return bool(self.detail and r.year == self.detail.year)

        overspent = self.tr("meer doorgestort dan ontvangen")

        self.totals = RowTable(
            self,
            [
                Column(
                    self.tr("Projectjaar"),
                    lambda r: year_text(r.year),
                    sort_key=lambda r: r.year,
                    bold=this_year,
                ),
                amount_column(self.tr("Subsidie ontvangen"), lambda r: r.subsidy_cents),
                amount_column(self.tr("Doorgestort aan partners"), lambda r: r.transferred_cents),
                Column(
                    self.tr("Resterend bij de indiener"),
                    lambda r: euro(r.remaining_cents),
                    sort_key=lambda r: r.remaining_cents,
                    align_right=True,
                    foreground=lambda r: colors.ERROR if r.remaining_cents < 0 else None,
                    row_tooltip=lambda r: overspent if r.remaining_cents < 0 else "",
                ),
            ],
            self.tr("Subsidie, doorstortingen en rest per projectjaar"),
        )
        amount, description = self.tr("Bedrag"), self.tr("Omschrijving")
        self.subsidies = MoneySection(
            self.tr("Subsidies"),
            [
                year_column(),
                amount_column(amount, lambda r: r.cents),
                date_column(self.tr("Beslist op")),
                Column(description, lambda r: r.description),
            ],
            self.tr("&Subsidie toevoegen…"),
            self.tr("Subsidie toevoegen"),
            self.tr("Subsidie verwijderen"),
            lambda r: self.context.portfolio.delete_subsidy(r.id),
        )
        self.subsidies.wire(self.add_subsidy, lambda: self._delete(self.subsidies))
        self.transfers = MoneySection(
            self.tr("Doorstortingen aan partners"),
            [
                year_column(),
                Column(self.tr("Partner"), lambda r: r.to_name),
                amount_column(amount, lambda r: r.cents),
                date_column(self.tr("Betaald op")),
                Column(description, lambda r: r.description),
            ],
            self.tr("D&oorstorting toevoegen…"),
            self.tr("Doorstorting toevoegen"),
            self.tr("Doorstorting verwijderen"),
            lambda r: self.context.portfolio.delete_transfer(r.id),
        )
        self.transfers.wire(self.add_transfer, lambda: self._delete(self.transfers))
        self.stimuli = MoneySection(
            self.tr("Stimulans 'samenwerking'"),
            [
                year_column(),
                amount_column(amount, lambda r: r.cents),
                date_column(self.tr("Toegekend op")),
                Column(self.tr("Notities"), lambda r: r.description),
            ],
            self.tr("Sti&mulans toevoegen…"),
            self.tr("Stimulans toevoegen"),
            self.tr("Stimulans verwijderen"),
            lambda r: self.context.portfolio.delete_stimulus(r.id),
        )
        self.stimuli.wire(self.add_stimulus, lambda: self._delete(self.stimuli))
        self.stimulus_verdict = QLabel()
        self.stimulus_verdict.setWordWrap(True)
        self.stimulus_verdict.setAccessibleName(
            self.tr("Beoordeling van de stimulans in dit projectjaar")
        )
        self.stimuli.add_below(self.stimulus_verdict)
        self.new_member_actions = MoneySection(
            self.tr("Acties met nieuwe leden"),
            [
                year_column(),
                Column(
                    self.tr("Actie"),
                    lambda r: f"{r.action_number} – {r.action_title}",
                    sort_key=lambda r: int(r.action_number) if r.action_number.isdigit() else 999,
                ),
            ],
            self.tr("Actie met &nieuwe leden…"),
            self.tr("Actie met nieuwe leden toevoegen"),
            self.tr("Actie met nieuwe leden verwijderen"),
            lambda r: self.context.portfolio.delete_new_member_action(r.id),
        )
        self.new_member_actions.wire(
            self.add_new_member_action, lambda: self._delete(self.new_member_actions)
        )
        self.sections: dict[str, MoneySection] = {
            "subsidies": self.subsidies,
            "transfers": self.transfers,
            "stimuli": self.stimuli,
            "new_member_actions": self.new_member_actions,
        }

        self.totals_label = heading()
        grid = QGridLayout()
        for i, section in enumerate(self.sections.values()):
            grid.addWidget(section, i // 2, i % 2)
        view = self.totals.view
        view.setMaximumHeight(  # room for four project years without scrolling
            view.horizontalHeader().sizeHint().height()
            + 4 * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + 2
        )
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.totals_label)
        inner.addWidget(view)
        inner.addLayout(grid, 1)
        # Scrolls rather than clips where the window is low (a large font, 200 % scaling)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.detail = detail
        totals = year_totals(detail)
        self.totals.set_rows(totals, key=lambda r: r.year)
        now = next(t for t in totals if t.year == detail.year)
        self.totals_label.setText(
            self.tr(
                "Projectjaar {year}: {subsidy} subsidie, {transferred} doorgestort, "
                "{remaining} resterend."
            ).format(
                year=detail.year,
                subsidy=euro(now.subsidy_cents),
                transferred=euro(now.transferred_cents),
                remaining=euro(now.remaining_cents),
            )
        )
        font = QFont(self.totals_label.font())
        font.setBold(now.remaining_cents < 0)
        self.totals_label.setFont(font)
        self.subsidies.set_rows(list(detail.subsidies))
        self.transfers.set_rows(list(detail.transfers))
        self.stimuli.set_rows(list(detail.stimuli))
        verdict = detail.stimulus.text(current_language()) if detail.stimulus else ""
        self.stimulus_verdict.setText(verdict)
        self.new_member_actions.set_rows(list(detail.new_member_actions))

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: no money row is added or removed here."""
        self.read_only = read_only
        for section in self.sections.values():
            section.set_read_only(read_only)

    # --- adding ---------------------------------------------------------------------
    def _accepted(self, dialog: FormDialog) -> bool:
        """The dialog was confirmed with usable input (else say what is wrong)."""
        if self.read_only or not dialog.exec():
            return False
        problem = dialog.problem()
        if problem:
            messages.warn(self, self.tr("Niet bewaard"), problem)
        return not problem

    def _years(self) -> tuple[list[int], int]:
        return known_years(self.context.db), self.context.year

    def add_subsidy(self) -> None:
        dialog = SubsidyAddDialog(*self._years(), parent=self)
        if not self._accepted(dialog):
            return
        year, cents = dialog.selected_year(), dialog.amount.cents() or 0
        text, service = dialog.description.text().strip(), self.context.portfolio
        self.context.execute(
            lambda: service.add_subsidy(self.partnership_id, year, cents, text), self
        )

    def add_transfer(self) -> None:
        if self.detail is None:
            return
        submitter = self.detail.record.submitter_nis
        seen: set[str] = set()
        partners = []
        for m in self.detail.members:
            if m.nis_code != submitter and m.nis_code not in seen:
                seen.add(m.nis_code)
                partners.append(m)
        dialog = TransferDialog(partners, *self._years(), parent=self)
        if not self._accepted(dialog):
            return
        year, cents = dialog.selected_year(), dialog.amount.cents() or 0
        to_nis = dialog.partner.currentData()
        text, service = dialog.description.text().strip(), self.context.portfolio
        self.context.execute(
            lambda: service.add_transfer(self.partnership_id, to_nis, year, cents, text), self
        )

    def add_stimulus(self) -> None:
        dialog = StimulusDialog(*self._years(), parent=self)
        if self.read_only or not dialog.exec():
            return
        year, on, service = (
            dialog.selected_year(),
            dialog.granted_on.value(),
            self.context.portfolio,
        )
        self.context.execute(lambda: service.add_stimulus(self.partnership_id, year, on), self)

    def add_new_member_action(self) -> None:
        dialog = NewMemberActionDialog(catalogue(self.context.db), *self._years(), parent=self)
        if not self._accepted(dialog):
            return
        year, action_id = dialog.selected_year(), dialog.action.currentData()
        service = self.context.portfolio
        self.context.execute(
            lambda: service.add_new_member_action(self.partnership_id, year, action_id), self
        )

    # --- deleting -------------------------------------------------------------------
    def _delete(self, section: MoneySection) -> None:
        row = section.table.selected()
        if row is None or self.read_only:
            return
        self.context.execute(lambda: section.remove_row(row), self)

    def focus_field(self, name: str) -> bool:
        """Put the focus on one of the tables ("subsidies", "transfers", ...)."""
        section = self.sections.get(name)
        if section is None:
            return False
        if section.table.selected() is None and section.table.proxy.rowCount():
            section.view.selectRow(0)
        section.view.setFocus()
        return True
