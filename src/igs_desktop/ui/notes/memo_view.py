"""The memo view: every note under each of its tags, a tree across the whole record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ... import formatting
from ...services.notes import UNTAGGED, TagGroup
from ..governments_page import fold
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..widgets import babel_locale
from .common import REPORT_MARK, kind_label

NOTE_ROLE = Qt.ItemDataRole.UserRole + 50
NO_TAG = str(QT_TRANSLATE_NOOP("MemoTree", "(zonder tag)"))


class MemoTree(QTreeWidget):
    """Tags as branches (with their number of notes), notes as leaves, newest first.

    Enter or a double-click on a note opens it (``open_note``).
    """

    open_note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Memo per tag"))
        self.setHeaderLabels(
            [
                self.tr("Tag / notitie"),
                self.tr("Datum"),
                self.tr("Soort"),
                self.tr("Aanvrager"),
                self.tr("Rapport"),
            ]
        )
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)
        self.expanded_tags: set[str] = set()
        self.itemExpanded.connect(lambda item: self.expanded_tags.add(item.data(0, NOTE_ROLE)))
        self.itemCollapsed.connect(lambda item: self.expanded_tags.discard(item.data(0, NOTE_ROLE)))
        self._filled = False

    def show_groups(self, groups: list[TagGroup], text: str = "") -> None:
        """Fill the tree; ``text`` keeps the tags (and notes) whose words contain it."""
        wanted = fold(text.strip())
        no_tag = translate("MemoTree", NO_TAG)
        locale = babel_locale()
        self.clear()
        for group in groups:
            tag = group.tag if group.tag != UNTAGGED else no_tag
            notes = [
                n
                for n in group.notes
                if not wanted or wanted in fold(tag) or wanted in fold(n.title)
            ]
            if not notes:
                continue
            branch = QTreeWidgetItem([f"{tag} ({len(notes)})"])
            branch.setData(0, NOTE_ROLE, group.tag)
            font = branch.font(0)
            font.setBold(True)
            branch.setFont(0, font)
            self.addTopLevelItem(branch)
            for note in notes:
                leaf = QTreeWidgetItem(
                    [
                        note.title,
                        formatting.short_date(note.noted_on, locale=locale),
                        kind_label(note.kind),
                        note.partnership_name,
                        REPORT_MARK if note.include_in_reports else "",
                    ]
                )
                leaf.setData(0, NOTE_ROLE, note.id)
                leaf.setToolTip(0, ", ".join(note.tags) or no_tag)
                branch.addChild(leaf)
            branch.setExpanded(group.tag in self.expanded_tags or bool(wanted))
        if not self._filled and self.topLevelItemCount():
            self._filled = True
            for column, width in enumerate((440, 90, 130, 260)):
                self.setColumnWidth(column, width)

    def tags(self) -> list[str]:
        branches = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [b.data(0, NOTE_ROLE) for b in branches if b is not None]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.parent() is not None:
            self.open_note.emit(item.data(0, NOTE_ROLE))
        else:
            item.setExpanded(not item.isExpanded())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._activated(item, 0)
            return
        super().keyPressEvent(event)

    def selected_note(self) -> str | None:
        item = self.currentItem()
        return item.data(0, NOTE_ROLE) if item is not None and item.parent() else None
