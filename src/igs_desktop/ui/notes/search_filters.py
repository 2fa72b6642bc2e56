"""The filters beside the search box: kind, tag, date range, partnership, government."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ...services import reference
from ..context import AppContext
from ..widgets import OptionalDateEdit, filter_combo, refill_combo, select_data
from .common import fill_partnerships, kind_combo, partnership_choices


class SearchFilters(QWidget):
    """``values()`` are the keyword arguments of ``NotesService.search``."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind_combo(self.tr("Filter op soort"), self.tr("Alle soorten"))
        self.tag = filter_combo(self.tr("Filter op tag"), self.tr("Alle tags"), 12)
        self.date_from = OptionalDateEdit(self.tr("vanaf datum"))
        self.date_to = OptionalDateEdit(self.tr("tot en met datum"))
        self.partnership = filter_combo(
            self.tr("Filter op samenwerkingsverband"), self.tr("Alle aanvragers"), 12
        )
        self.government = filter_combo(
            self.tr("Filter op lokaal bestuur"), self.tr("Alle besturen"), 12
        )
        self.clear_button = QPushButton(self.tr("Filters w&issen"))
        self.clear_button.clicked.connect(self.clear)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, (label, widget) in enumerate(
            (
                (self.tr("&Soort:"), self.kind),
                (self.tr("&Tag:"), self.tag),
                (self.tr("&Aanvrager:"), self.partnership),
                (self.tr("&Periode van:"), self.date_from),
                (self.tr("tot &en met:"), self.date_to),
                (self.tr("Bestu&ur:"), self.government),
            )
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            row, column = divmod(index, 3)
            layout.addWidget(text, row, column * 2)
            layout.addWidget(widget, row, column * 2 + 1)
            layout.setColumnStretch(column * 2 + 1, 1)
        layout.addWidget(self.clear_button, 1, 6)
        for combo in (self.kind, self.tag, self.partnership, self.government):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.date_from.changed.connect(self.changed)
        self.date_to.changed.connect(self.changed)

    def refresh(self) -> None:
        """New tags, partnerships and linked governments may have come."""
        refill_combo(
            self.tag, [(f"{tag} ({count})", tag) for tag, count in self.context.notes.all_tags()]
        )
        everyone = self.tr("Alle aanvragers")
        fill_partnerships(self.partnership, partnership_choices(self.context), everyone)
        self.partnership.setItemText(0, everyone)
        refill_combo(
            self.government,
            [(g.name, g.nis_code) for g in reference.governments(self.context.db)],
        )

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData() or None,
            "tag": self.tag.currentData() or None,
            "date_from": self.date_from.value(),
            "date_to": self.date_to.value(),
            "partnership_id": self.partnership.currentData() or None,
            "nis_code": self.government.currentData() or None,
        }

    def active(self) -> bool:
        return any(v is not None for v in self.values().values())

    def set_government(self, nis_code: str) -> None:
        select_data(self.government, nis_code)
        self.changed.emit()

    def set_partnership(self, partnership_id: str) -> None:
        select_data(self.partnership, partnership_id)
        self.changed.emit()

    def set_tag(self, tag: str) -> None:
        if self.tag.findData(tag) < 0:
            self.tag.addItem(tag, tag)
        select_data(self.tag, tag)
        self.changed.emit()

    def clear(self) -> None:
        for combo in (self.kind, self.tag, self.partnership, self.government):
            select_data(combo, "")
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.changed.emit()
