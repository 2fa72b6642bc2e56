"""The parts of the money tab: per-year totals and a section per kind of money row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...services.editing import Outcome
from ...services.overview import MoneyRecord, PartnershipDetail
from ..i18n import translate
from ..table_model import Column
from ..widgets import babel_locale
from .amounts import euro
from .tab_tools import RowTable


@dataclass(frozen=True)
class YearTotal:
    year: int
    subsidy_cents: int
    transferred_cents: int

    @property
    def remaining_cents(self) -> int:
        return self.subsidy_cents - self.transferred_cents


def year_totals(detail: PartnershipDetail) -> list[YearTotal]:
    """Subsidy received and passed on per project year (the page's year always included)."""
    years = {r.year for r in (*detail.subsidies, *detail.transfers)} | {detail.year}
    return [
        YearTotal(
            year,
            sum(s.cents for s in detail.subsidies if s.year == year),
            sum(t.cents for t in detail.transfers if t.year == year),
        )
        for year in sorted(years)
    ]


def year_text(year: int) -> str:
    """A project year in a table cell: "pj 3"."""
    return translate("MoneySection", "pj {year}").format(year=year)


def year_column(header: str = "") -> Column[Any]:
    """The project year of a money row (header "Projectjaar" unless given)."""
    return Column(
        header or translate("MoneySection", "Projectjaar"),
        lambda r: year_text(r.year),
        sort_key=lambda r: r.year,
    )


def amount_column(header: str, cents: Callable[[Any], int]) -> Column[Any]:
    return Column(header, lambda r: euro(cents(r)), sort_key=cents, align_right=True)


def date_column(header: str) -> Column[MoneyRecord]:
    locale = babel_locale()
    return Column(
        header,
        lambda r: formatting.short_date(r.on, empty="", locale=locale),
        sort_key=lambda r: (r.on or dt.date.min).toordinal(),
    )


class MoneySection(QGroupBox):
    """One kind of money row: a small table, an add button and a delete button (``add_name``
    and ``remove_name`` say what they add and delete to a screen reader)."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column[Any]],
        add_text: str,
        add_name: str,
        remove_name: str,
        remove_row: Callable[[Any], Outcome],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.remove_row = remove_row  # the service call that deletes one row (undoable)
        self.read_only = False  # a colleague's partnership (set_read_only)
        self.table = RowTable(self, columns, title)
        self.view = self.table.view
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_name)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setAccessibleName(remove_name)
        self.remove_button.setToolTip(
            self.tr("Verwijdert de gekozen regel (Delete; ongedaan met Ctrl+Z)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.view)
        self._layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())

    def wire(self, add: Callable[[], None], remove: Callable[[], None]) -> None:
        self.add_button.clicked.connect(add)
        self.remove_button.clicked.connect(remove)
        self.table.on_delete(remove)

    def add_below(self, widget: QWidget) -> None:
        """Show ``widget`` under the table and its buttons."""
        self._layout.addWidget(widget)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.table.set_rows(rows, key=lambda r: r.id)
        self._enable()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.table.selected() is not None and not self.read_only)
