"""History: who changed what in this partnership and when, newest first (read-only)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import formatting
from ...formatting import count_noun
from ...services.field_labels import field_label
from ...services.overview import HistoryRecord, PartnershipDetail
from ..context import AppContext
from ..table_model import Column
from ..widgets import search_field
from .amounts import euro
from .tab_tools import RowTable

ENTITIES = {
    "partnership": "samenwerkingsverband",
    "membership": "lidmaatschap",
    "partnership_action": "actie",
    "kpi_value": "KPI",
    "subsidy": "subsidie",
    "transfer": "doorstorting",
    "stimulus_grant": "stimulus 'samenwerking'",
    "new_member_action": "actie met nieuwe leden",
    "support_track": "ondersteuningstraject",
}
OPERATIONS = {
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "restore": "teruggezet",
}
HISTORY_LIMIT = 500  # what store.details.history_of returns at most
SHOWN = 120  # characters of a value in the table; the tooltip has it all
HIDDEN = {"id", "created_at", "updated_at", "is_demo"}  # record fields not worth showing


def local_time(moment: dt.datetime) -> dt.datetime:
    """The stored UTC moment in the computer's time zone (naive values are UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone()


def _value(name: str, value: object) -> str:
    """Amounts in cents as euro; everything else as stored."""
    text = str(value)
    return euro(int(text)) if name.endswith("_cents") and text.isdigit() else text


def _readable(value: str | None, name: str = "") -> str:
    """A whole record (created or deleted) as "field: value" pairs, without ids and stamps."""
    if not value or not value.startswith("{"):
        return _value(name, value) if value else ""
    try:
        record = json.loads(value)
    except ValueError:
        return value
    if not isinstance(record, dict):
        return value
    return "; ".join(
        f"{field_label(k)}: {_value(k, v)}"
        for k, v in sorted(record.items())
        if v not in (None, "") and k not in HIDDEN and not k.endswith("_id")
    )


def _short(value: str | None, name: str) -> str:
    text = _readable(value, name)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _field(row: HistoryRecord) -> str:
    if not row.field:
        return ""
    return field_label(row.field)


def _what(row: HistoryRecord) -> str:
    entity = ENTITIES.get(row.entity, row.entity)
    return f"{entity} {OPERATIONS.get(row.operation, row.operation)}"


COLUMNS: list[Column[HistoryRecord]] = [
    Column(
        "Wanneer",
        lambda r: formatting.datetime(local_time(r.changed_at)),
        sort_key=lambda r: local_time(r.changed_at).timestamp(),
    ),
    Column("Wie", lambda r: r.changed_by),
    Column("Wat", lambda r: r.summary or _what(r), row_tooltip=_what),
    Column("Veld", _field),
    Column(
        "Oude waarde",
        lambda r: _short(r.old_value, r.field),
        row_tooltip=lambda r: r.old_value or "",
    ),
    Column(
        "Nieuwe waarde",
        lambda r: _short(r.new_value, r.field),
        row_tooltip=lambda r: r.new_value or "",
    ),
]


class HistoryTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.table = RowTable(
            self,
            COLUMNS,
            "Historiek van de wijzigingen",
            sort_column=0,
            order=Qt.SortOrder.DescendingOrder,
        )
        self.view = self.table.view
        self.search = search_field("Wie, wat, veld of waarde…", "Zoek in de historiek")
        self.search.textChanged.connect(self.table.proxy.set_text)
        label = QLabel("&Zoeken:")
        label.setBuddy(self.search)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def show_detail(self, detail: PartnershipDetail) -> None:
        rows = list(detail.history)
        self.table.model.set_rows(rows)
        self.table.fit_columns()
        if len(rows) >= HISTORY_LIMIT:
            self.count.setText(f"de laatste {len(rows)} wijzigingen")
        else:
            self.count.setText(count_noun(len(rows), "wijziging", "wijzigingen"))

    def rows_shown(self) -> list[HistoryRecord]:
        return self.table.rows_shown()
