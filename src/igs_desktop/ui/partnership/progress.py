"""KPI progress of an action: how far the best known result is, drawn as a progress bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from ...services.overview import KpiValueRecord
from .. import colors
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..table_model import ROW_ROLE

BELOW_QUARTER_TIP = str(
    QT_TRANSLATE_NOOP(
        "Progress",
        "Het tussentijdse resultaat haalt geen 25% van het KPI-doel: de subsidie voor deze actie "
        "komt in gevaar.",
    )
)
"""Translate where shown: ``translate("Progress", BELOW_QUARTER_TIP)``."""


@dataclass(frozen=True)
class Progress:
    percent: int  # best known result as a share of the target, rounded down
    below_quarter: bool  # the interim result is below 25% of the target

    @property
    def text(self) -> str:
        if self.below_quarter:
            return translate("Progress", "{percent}% (onder 25%)").format(percent=self.percent)
        return f"{self.percent}%"


def kpi_progress(kpi: KpiValueRecord | None) -> Progress | None:
    """None when there is no target or nothing reported yet; the final result counts first."""
    if kpi is None or not kpi.target:
        return None
    best = kpi.final_actual if kpi.final_actual is not None else kpi.interim_actual
    if best is None:
        return None
    below = kpi.interim_actual is not None and kpi.interim_actual * 4 < kpi.target
    return Progress(best * 100 // kpi.target, below)


class ProgressDelegate(QStyledItemDelegate):
    """Paints the cell as the application style's progress bar, with the cell's text on it."""

    def __init__(
        self, progress_of: Callable[[Any], Progress | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.progress_of = progress_of

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        progress = self.progress_of(row) if row is not None else None
        if progress is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        bar = QStyleOptionProgressBar()
        if widget is not None:
            bar.initFrom(widget)
        bar.rect = item.rect.adjusted(2, 2, -2, -2)
        bar.state = item.state | QStyle.StateFlag.State_Horizontal
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = max(0, min(progress.percent, 100))
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or progress.text)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        # the view's own colours: the cell's warning colour would not read on the bar
        palette = QPalette(widget.palette() if widget is not None else item.palette)
        if progress.below_quarter:
            palette.setColor(QPalette.ColorRole.Highlight, colors.WARNING)
        bar.palette = palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
