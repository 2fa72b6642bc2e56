"""A table as a spreadsheet: XLSX (openpyxl) or CSV, one writer for the window and the command
line.

The caller hands over plain values, not text: numbers stay numbers and dates stay dates, so the
sheet can sum and sort them. The cells carry nl-BE friendly number formats ("#,##0" shows
1.234 in a Dutch Excel, amounts "€ #,##0.00", dates "dd-mm-jjjj"), the header row is bold and
frozen, and an autofilter sits on it. The CSV is what a Dutch Excel opens by double-click:
";" between the fields, decimal commas, UTF-8 with a byte order mark.

A file is written beside its place and renamed, so a reader never sees half a file; where it
may go at all is ``Workbench.checked_output``'s question (never over the database or a backup).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from .overview import PortfolioRecord
    from .workbench import Workbench

Cell: TypeAlias = str | int | float | Decimal | dt.date | dt.datetime | None

SUFFIXES = (".xlsx", ".csv")
MAX_WIDTH = 60  # characters; longer text is cut off in the view, not in the cell
SHEET_NAME_FORBIDDEN = "[]:*?/\\"


class Kind(StrEnum):
    """How a column's values are shown in the sheet (``AUTO``: from each value's type)."""

    AUTO = ""
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    AMOUNT = "amount"  # euro
    PERCENT = "percent"  # a fraction: 0.25 shows 25%
    DATE = "date"
    DATETIME = "datetime"


NUMBER_FORMATS = {
    Kind.INTEGER: "#,##0",
    Kind.NUMBER: "#,##0.00",
    Kind.AMOUNT: '"€" #,##0.00',
    Kind.PERCENT: "0%",
    Kind.DATE: "dd-mm-yyyy",
    Kind.DATETIME: "dd-mm-yyyy hh:mm",
}


class TableExportError(OSError):
    """The file could not be written; the message (Dutch) names it. Nothing was left behind."""


@dataclass(frozen=True)
class ExportColumn:
    header: str
    kind: Kind = Kind.AUTO


@dataclass(frozen=True)
class ExportTable:
    """What a table shows, as plain values: one tuple per row, one value per column."""

    title: str  # the sheet's name
    columns: tuple[ExportColumn, ...]
    rows: tuple[tuple[Cell, ...], ...]

    @classmethod
    def of(
        cls,
        title: str,
        columns: Sequence[ExportColumn | str],
        rows: Sequence[Sequence[Cell]],
    ) -> ExportTable:
        cols = tuple(c if isinstance(c, ExportColumn) else ExportColumn(c) for c in columns)
        body = tuple(tuple(row) for row in rows)
        for number, row in enumerate(body, start=1):
            if len(row) != len(cols):
                raise ValueError(f"row {number} has {len(row)} values for {len(cols)} columns")
        return cls(title, cols, body)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


def kind_of(value: Cell, declared: Kind = Kind.AUTO) -> Kind:
    """The kind a value is written as: the column's, else what the value is."""
    if value is None or isinstance(value, str):
        return Kind.TEXT
    if declared not in (Kind.AUTO, Kind.TEXT):
        return declared
    if isinstance(value, dt.datetime):
        return Kind.DATETIME
    if isinstance(value, dt.date):
        return Kind.DATE
    try:
        integral = isinstance(value, int) or value == int(value)
    except (ValueError, OverflowError):  # NaN, infinity
        integral = False
    return Kind.INTEGER if integral else Kind.NUMBER


def _decimal_text(value: int | float | Decimal, places: int | None = None) -> str:
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = format(number, "f")
    return text.replace(".", ",")


def csv_text(value: Cell, declared: Kind = Kind.AUTO) -> str:
    """A value as a Dutch Excel reads it back: "7500", "1234,56", "01-10-2024", "25%".

    Text that a spreadsheet would take for a formula gets a leading apostrophe."""
    kind = kind_of(value, declared)
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if kind == Kind.AMOUNT:
        return _decimal_text(value, 2)
    if kind == Kind.PERCENT:
        return _decimal_text((Decimal(str(value)) * 100).normalize()) + "%"
    if kind == Kind.INTEGER:
        return str(int(value))
    return _decimal_text(value)


def _display_width(value: Cell, kind: Kind) -> int:
    """Roughly how many characters the cell shows (for the column's width)."""
    if value is None:
        return 0
    if kind == Kind.AMOUNT and not isinstance(value, str):
        return len(csv_text(value, kind)) + 4  # "€ " and the thousands separators
    if kind in (Kind.INTEGER, Kind.NUMBER) and not isinstance(value, str):
        text = csv_text(value, kind)
        return len(text) + len(text) // 4
    return max((len(line) for line in csv_text(value, kind).splitlines()), default=0)


def sheet_title(title: str) -> str:
    """Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\\."""
    clean = "".join(" " if ch in SHEET_NAME_FORBIDDEN else ch for ch in title).strip(" '")
    return (clean or "Tabel")[:31]


def xlsx_bytes(table: ExportTable) -> bytes:
    """The table as an XLSX workbook of one sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(table.title)
    book.properties.creator = "IGS Desktop"
    book.properties.title = table.title
    bold = Font(bold=True)
    widths = [len(c.header) for c in table.columns]
    for column, spec in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=column, value=spec.header)
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    for row_number, row in enumerate(table.rows, start=2):
        for column, (spec, value) in enumerate(zip(table.columns, row, strict=True), start=1):
            kind = kind_of(value, spec.kind)
            if isinstance(value, str):
                value = value.replace("\r\n", "\n")
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
                if "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif value is not None:
                cell.number_format = NUMBER_FORMATS.get(kind, "General")
            widths[column - 1] = max(widths[column - 1], _display_width(value, kind))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 3, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(table.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def csv_bytes(table: ExportTable) -> bytes:
    """The table as CSV for a Dutch Excel: ";" between fields, UTF-8 with a BOM."""
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([csv_text(v, c.kind) for c, v in zip(table.columns, row, strict=True)])
    return stream.getvalue().encode("utf-8-sig")


def table_bytes(table: ExportTable, suffix: str) -> bytes:
    suffix = suffix.lower()
    if suffix == ".xlsx":
        return xlsx_bytes(table)
    if suffix == ".csv":
        return csv_bytes(table)
    raise ValueError(f"unknown table format {suffix!r}")


def check_suffix(path: Path) -> str:
    """``.xlsx`` or ``.csv``, or a TableExportError saying what is possible."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TableExportError(
            f"{path.name}: kies een bestandsnaam op .xlsx (Excel) of .csv. Er is niets geschreven."
        )
    return suffix


def write_bytes(path: Path, content: bytes) -> None:
    """Write ``content`` beside ``path`` and rename it into place."""
    from .safe_output import write_atomically  # not at import: the window's tables import this

    write_atomically(path, content, TableExportError)


def write_table(table: ExportTable, path: Path) -> Path:
    """Write ``table`` to ``path`` as XLSX or CSV (by its suffix). ``path`` must already be
    checked (``Workbench.checked_output``)."""
    suffix = check_suffix(path)
    write_bytes(path, table_bytes(table, suffix))
    return path


def export_table(
    workbench: Workbench, table: ExportTable, target: Path, overwrite: bool = False
) -> Path:
    """Check ``target`` (never the database, a backup, a folder; an existing file only with
    ``overwrite``) and write ``table`` to it. UnsafeOutputError or TableExportError otherwise,
    and nothing is written."""
    check_suffix(target)
    path = workbench.checked_output(target, overwrite=overwrite)
    return write_table(table, path)


# --- the portfolio, as the start page shows it ---------------------------------------------

PORTFOLIO_COLUMNS = (
    ExportColumn("Aanvrager"),
    ExportColumn("Soort"),
    ExportColumn("Referentieregio"),
    ExportColumn("Leden", Kind.INTEGER),
    ExportColumn("Indiener"),
    ExportColumn("Fouten", Kind.INTEGER),
    ExportColumn("Waarschuwingen", Kind.INTEGER),
    ExportColumn("Achterstallig", Kind.INTEGER),
    ExportColumn("Volgende deadline", Kind.DATE),
)


def portfolio_row(r: PortfolioRecord) -> tuple[Cell, ...]:
    return (
        r.name,
        r.kind,
        r.region_name,
        r.member_count,
        r.submitter_name or None,
        r.errors,
        r.warnings,
        r.overdue,
        r.next_deadline,
    )


def portfolio_table(records: Sequence[PortfolioRecord], year: int) -> ExportTable:
    """The applicants in the start page's columns, sorted by name as the page opens."""
    rows = sorted(records, key=lambda r: r.name.casefold())
    return ExportTable.of(
        f"Portefeuille pj {year}", PORTFOLIO_COLUMNS, [portfolio_row(r) for r in rows]
    )


def export_portfolio(
    workbench: Workbench, target: Path, year: int, overwrite: bool = False
) -> tuple[Path, int]:
    """Write the portfolio of ``year`` to ``target`` (.xlsx or .csv); the path and row count."""
    from .overview import portfolio

    check_suffix(target)
    path = workbench.checked_output(target, overwrite=overwrite)
    table = portfolio_table(portfolio(workbench.db, year), year)
    write_table(table, path)
    return path, len(table.rows)
