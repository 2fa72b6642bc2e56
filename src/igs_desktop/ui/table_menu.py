"""What a table's right-click menu does: copy the chosen rows, export the table to Excel or CSV.

``RowTableView`` builds the menu (``build_menu``); this module turns what the view shows into
text for the clipboard and into an ``ExportTable`` of plain values for
``services.table_export``, which writes the file. The rows are those shown (filtered, in the
order shown), the columns those shown, in the order shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

from ..services.table_export import Cell, ExportColumn, ExportTable
from . import messages
from .i18n import QT_TRANSLATE_NOOP, translate
from .table_model import RowTableModel

if TYPE_CHECKING:
    from .context import AppContext

# The menu's texts in Dutch; `text` gives them in the window's language.
COPY = str(QT_TRANSLATE_NOOP("TableMenu", "&Kopiëren"))
EXCEL = str(QT_TRANSLATE_NOOP("TableMenu", "Exporteren naar &Excel…"))
CSV = str(QT_TRANSLATE_NOOP("TableMenu", "Exporteren als &CSV…"))
FORMATS = {
    ".xlsx": (
        str(QT_TRANSLATE_NOOP("TableMenu", "Exporteren naar Excel")),
        str(QT_TRANSLATE_NOOP("TableMenu", "Excel-werkmap (*.xlsx)")),
    ),
    ".csv": (
        str(QT_TRANSLATE_NOOP("TableMenu", "Exporteren als CSV")),
        str(QT_TRANSLATE_NOOP("TableMenu", "CSV-bestand, gescheiden door puntkomma's (*.csv)")),
    ),
}
_last_folder: Path | None = None  # where the previous export went, this session


@dataclass(frozen=True)
class MenuItem:
    """A page's own entry in a table's menu (above Kopiëren and the exports)."""

    text: str
    slot: Callable[[], object]
    enabled: Callable[[], bool] | None = None
    default: bool = False  # shown in bold: what Enter or a double-click does


def text(dutch: str) -> str:
    """One of this module's texts (COPY, EXCEL, CSV, FORMATS) in the window's language."""
    return translate("TableMenu", dutch)


def visible_columns(view: QTableView) -> list[int]:
    """The logical columns the view shows, in the order it shows them."""
    header = view.horizontalHeader()
    logical = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in logical if not header.isSectionHidden(c)]


def chosen_rows(view: QTableView) -> list[int]:
    """The selected view rows, top to bottom; the current row when none is selected."""
    selection = view.selectionModel()
    rows = sorted({i.row() for i in selection.selectedRows()}) if selection is not None else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return rows


def _flat(text: object) -> str:
    return re.sub(r"[\t\r\n]+", " ", str(text or "")).strip()


def rows_as_text(view: QTableView, rows: list[int]) -> str:
    """Tab-separated, with the column headers on the first line: what Excel and an e-mail
    both paste as a table. The cells as shown (nl-BE numbers and dates)."""
    model = view.model()
    columns = visible_columns(view)
    lines = ["\t".join(_flat(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for row in rows:
        lines.append("\t".join(_flat(model.index(row, c).data()) for c in columns))
    return "\r\n".join(lines) + "\r\n"


def copy_rows(view: QTableView) -> int:
    """Put the chosen rows on the clipboard; how many."""
    rows = chosen_rows(view)
    if rows:
        QApplication.clipboard().setText(rows_as_text(view, rows))
    return len(rows)


def _source(
    model: QAbstractItemModel, index: QModelIndex
) -> tuple[QAbstractItemModel, QModelIndex]:
    """The model at the bottom of a chain of proxies, and the index in it."""
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model, index


def export_table(view: QTableView, title: str) -> ExportTable:
    """The table as shown, as plain values: numbers and dates where the column has them."""
    model = view.model()
    columns = visible_columns(view)
    specs: list[ExportColumn] = []
    for column in columns:
        source, index = _source(model, model.index(0, column)) if model.rowCount() else (None, None)
        if isinstance(source, RowTableModel) and index is not None:
            specs.append(source.export_column(index.column()))
        else:
            header = model.headerData(column, Qt.Orientation.Horizontal)
            specs.append(ExportColumn(str(header or "")))
    rows: list[list[Cell]] = []
    for row in range(model.rowCount()):
        values: list[Cell] = []
        for column in columns:
            source, index = _source(model, model.index(row, column))
            if isinstance(source, RowTableModel):
                values.append(source.export_value(index.row(), index.column()))
            else:
                values.append(str(index.data() or "") or None)
        rows.append(values)
    return ExportTable.of(title, specs, rows)


def find_context(widget: QWidget) -> AppContext | None:
    """The app context of the page a table sits on (the first parent that has one)."""
    from .context import AppContext

    current: QWidget | None = widget
    while current is not None:
        context = getattr(current, "context", None)
        if isinstance(context, AppContext):
            return context
        current = current.parentWidget()
    return None


def file_name(title: str, suffix: str) -> str:
    """A file name from the table's title: "Portefeuille projectjaar 3.xlsx"."""
    clean = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title)
    clean = re.sub(r"\s+", " ", clean).strip(" .") or translate("TableMenu", "tabel")
    return clean[:80] + suffix


def _target(view: QWidget, title: str, suffix: str) -> Path | None:
    """Ask where the file goes; None when the user cancels."""
    global _last_folder
    caption, filters = (text(part) for part in FORMATS[suffix])
    folder = _last_folder or Path.home()
    chosen = messages.save_file(view, caption, str(folder / file_name(title, suffix)), filters)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suffix:
        # The dialog did not ask about this name, so ask here before replacing a file.
        target = target.with_name(target.name + suffix)
        if target.exists() and not messages.confirm(
            view,
            caption,
            translate("TableMenu", "{file} bestaat al. Wilt u het vervangen?").format(file=target),
            translate("TableMenu", "Vervangen"),
            translate("TableMenu", "Annuleren"),
        ):
            return None
    _last_folder = target.parent
    return target


def export_view(view: QTableView, title: str, suffix: str) -> Path | None:
    """Ask for a file and write the table to it (XLSX or CSV); the path when written."""
    from ..services.table_export import export_table as write_export

    context = find_context(view)
    caption = text(FORMATS[suffix][0])
    if context is None:
        messages.warn(
            view, caption, translate("TableMenu", "Deze tabel kan hier niet geëxporteerd worden.")
        )
        return None
    target = _target(view, title, suffix)
    if target is None:
        return None
    table = export_table(view, title)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        # The save dialog (or the question above) asked before replacing a file.
        path = write_export(context.workbench, table, target, overwrite=True)
    except (ValueError, OSError) as exc:  # ValidationError is a ValueError
        QApplication.restoreOverrideCursor()
        messages.warn(view, translate("TableMenu", "Niet geëxporteerd"), str(exc))
        return None
    QApplication.restoreOverrideCursor()
    rows = len(table.rows)
    done = (
        translate("TableMenu", "{count} rij geëxporteerd naar {file}")
        if rows == 1
        else translate("TableMenu", "{count} rijen geëxporteerd naar {file}")
    ).format(count=rows, file=path)
    window = view.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(done, 10_000)
    else:
        messages.info(view, caption, done + ".")
    return path
