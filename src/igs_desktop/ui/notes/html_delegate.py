"""Rich text in table cells: the search's highlighted words, drawn by a delegate.

The model gives plain text for ``DisplayRole`` (screen readers, copying, sorting) and the
HTML for ``HTML_ROLE``; the delegate draws the HTML in the palette's colours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..table_model import Column, RowTableModel

Row = TypeVar("Row")
HTML_ROLE = Qt.ItemDataRole.UserRole + 40
MARGIN = 2
_Index = QModelIndex | QPersistentModelIndex


class HtmlRowModel(RowTableModel[Row]):
    """A ``RowTableModel`` whose columns may also give HTML (``html[column]``)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        html: dict[int, Callable[[Row], str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._html = html

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == HTML_ROLE:
            if not index.isValid() or not (0 <= index.row() < self.rowCount()):
                return None
            make = self._html.get(index.column())
            return make(self.row_at(index.row())) if make else None
        return super().data(index, role)


class HtmlDelegate(QStyledItemDelegate):
    """Draws a cell's ``HTML_ROLE`` text; falls back to plain drawing without it."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(MARGIN)
        doc.setHtml(text)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = self._document(opt, text)
        doc.setTextWidth(area.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        line = QFontMetrics(opt.font).lineSpacing()
        whole_lines = MARGIN + max(1, (area.height() - MARGIN) // line) * line
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(0, 0, area.width(), min(area.height(), whole_lines))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        text = index.data(HTML_ROLE)
        if not text:
            return super().sizeHint(option, index)
        doc = self._document(option, text)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
