"""Choosing several local governments: a filter box over a list with check boxes.

The chosen ones stay at the top, so what a note is linked to is always in view; Space toggles
the current one, as in every check list.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.reference import GovernmentInfo
from ..governments_page import fold

NIS_ROLE = Qt.ItemDataRole.UserRole + 30


class GovernmentChecklist(QWidget):
    """``nis_codes()`` are the checked governments; ``changed`` when that set changes."""

    changed = Signal()

    def __init__(
        self, governments: list[GovernmentInfo], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek een bestuur op naam of NIS-code…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Zoek in {list}").format(list=name))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setUniformItemSizes(True)
        for g in sorted(governments, key=lambda g: fold(g.name)):
            item = QListWidgetItem(f"{g.name} ({g.nis_code})")
            item.setData(NIS_ROLE, g.nis_code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._on_change())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.filter)
        self.filter.returnPressed.connect(self._toggle_first)
        self._update_summary()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def nis_codes(self) -> list[str]:
        return [
            item.data(NIS_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def names(self) -> list[str]:
        return [
            item.text().rsplit(" (", 1)[0]
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_nis_codes(self, nis_codes: Iterable[str]) -> None:
        wanted = set(nis_codes)
        self.list.blockSignals(True)
        for item in self._items():
            checked = item.data(NIS_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._chosen_first()
        self._update_summary()

    def _on_change(self) -> None:
        self._update_summary()
        self.changed.emit()

    def _chosen_first(self) -> None:
        """Checked items on top, each group alphabetical."""
        self.list.blockSignals(True)
        items = [self.list.takeItem(0) for _ in range(self.list.count())]
        items.sort(key=lambda i: (i.checkState() != Qt.CheckState.Checked, fold(i.text())))
        for item in items:
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for item in self._items():
            match = not wanted or wanted in fold(item.text())
            item.setHidden(not match and item.checkState() != Qt.CheckState.Checked)

    def _toggle_first(self) -> None:
        """Enter in the filter box checks the first unchecked match."""
        for item in self._items():
            if not item.isHidden() and item.checkState() != Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Checked)
                self.filter.clear()
                self._chosen_first()
                return

    def _update_summary(self) -> None:
        names = self.names()
        self.summary.setText(
            self.tr("Gekoppeld: {names}").format(names=", ".join(names))
            if names
            else self.tr("Nog geen lokaal bestuur gekoppeld.")
        )
