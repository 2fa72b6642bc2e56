"""History: who changed what in this partnership and when, newest first (read-only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import formatting
from ...services.field_labels import field_label
from ...services.overview import HistoryRecord, PartnershipDetail
from ..change_text import change_text, entity_text
from ..context import AppContext
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..notes.common import local_time
from ..table_model import Column
from ..widgets import babel_locale, search_field
from .tab_tools import RowTable

OPERATIONS = {
    "create": str(QT_TRANSLATE_NOOP("HistoryTab", "{entity} aangemaakt")),
    "update": str(QT_TRANSLATE_NOOP("HistoryTab", "{entity} gewijzigd")),
    "delete": str(QT_TRANSLATE_NOOP("HistoryTab", "{entity} verwijderd")),
    "restore": str(QT_TRANSLATE_NOOP("HistoryTab", "{entity} teruggezet")),
    "takeover": str(QT_TRANSLATE_NOOP("HistoryTab", "{entity} overgenomen")),
}
HISTORY_LIMIT = 500  # what store.details.history_of returns at most
SHOWN = 120  # characters of a value in the table; the tooltip has it all


def _short(value: str | None, name: str) -> str:
    text = change_text(value, name)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _field(row: HistoryRecord) -> str:
    if not row.field:
        return ""
    return field_label(row.field)


def _what(row: HistoryRecord) -> str:
    kind = entity_text(row.entity)
    operation = OPERATIONS.get(row.operation)
    if operation is None:
        return f"{kind} {row.operation}"
    return translate("HistoryTab", operation).format(entity=kind)


def history_columns() -> list[Column[HistoryRecord]]:
    """The history's columns, their headers and moments in the window's language."""
    locale = babel_locale()
    return [
        Column(
            translate("HistoryTab", "Wanneer"),
            lambda r: formatting.datetime(local_time(r.changed_at), locale=locale),
            sort_key=lambda r: local_time(r.changed_at).timestamp(),
        ),
        Column(translate("HistoryTab", "Wie"), lambda r: r.changed_by),
        Column(translate("HistoryTab", "Wat"), lambda r: r.summary or _what(r), row_tooltip=_what),
        Column(translate("HistoryTab", "Veld"), _field),
        Column(
            translate("HistoryTab", "Oude waarde"),
            lambda r: _short(r.old_value, r.field),
            row_tooltip=lambda r: r.old_value or "",
        ),
        Column(
            translate("HistoryTab", "Nieuwe waarde"),
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
            history_columns(),
            self.tr("Historiek van de wijzigingen"),
            sort_column=0,
            order=Qt.SortOrder.DescendingOrder,
        )
        self.view = self.table.view
        self.search = search_field(
            self.tr("Wie, wat, veld of waarde…"), self.tr("Zoek in de historiek")
        )
        self.search.textChanged.connect(self.table.proxy.set_text)
        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.search)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def set_read_only(self, read_only: bool) -> None:
        """The history is read-only anyway."""

    def show_detail(self, detail: PartnershipDetail) -> None:
        rows = list(detail.history)
        self.table.model.set_rows(rows)
        self.table.fit_columns()
        n = len(rows)
        if n >= HISTORY_LIMIT:
            self.count.setText(self.tr("de laatste {count} wijzigingen").format(count=n))
        elif n == 1:
            self.count.setText(self.tr("%n wijziging", "", n))
        else:
            self.count.setText(self.tr("%n wijzigingen", "", n))

    def rows_shown(self) -> list[HistoryRecord]:
        return self.table.rows_shown()
