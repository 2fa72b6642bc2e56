"""Excel out: one writer for every table, XLSX with real numbers and dates, CSV for a Dutch
Excel (issue 12)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.overview import portfolio
from igs_desktop.services.table_export import (
    ExportColumn,
    ExportTable,
    Kind,
    TableExportError,
    csv_bytes,
    export_portfolio,
    export_table,
    portfolio_table,
    sheet_title,
    write_table,
)
from igs_desktop.services.workbench import Workbench

TABLE = ExportTable.of(
    "Acties: IGS Kortrijk/Lendelede",
    [
        "Actie",
        ExportColumn("KPI-doel", Kind.INTEGER),
        ExportColumn("Subsidie", Kind.AMOUNT),
        ExportColumn("Voortgang", Kind.PERCENT),
        "Vervaldatum",
        "Aandeel",
    ],
    [
        [
            "Oefenkansen Nederlands organiseren",
            7500,
            Decimal("27000.5"),
            0.46,
            dt.date(2026, 9, 30),
            2.5,
        ],
        ["=SOM(A1:A9)", None, None, None, None, None],
        ["Zoë's\nnotitie", 1234567, Decimal("1234.56"), 0.2, dt.date(2024, 10, 1), 0.125],
    ],
)


def test_xlsx_has_real_numbers_and_dates_in_nl_be_formats(tmp_path: Path) -> None:
    path = write_table(TABLE, tmp_path / "acties.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "Acties  IGS Kortrijk Lendelede"  # Excel forbids ':' and '/'
    assert [c.value for c in sheet[1]] == TABLE.headers
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"
    first = sheet[2]
    assert first[1].value == 7500 and first[1].data_type == "n"
    assert first[1].number_format == "#,##0"  # shows 7.500 in a Dutch Excel
    assert first[2].value == pytest.approx(27000.5) and first[2].number_format == '"€" #,##0.00'
    assert first[3].value == pytest.approx(0.46) and first[3].number_format == "0%"
    assert first[4].is_date and first[4].value == dt.datetime(2026, 9, 30)
    assert first[4].number_format == "dd-mm-yyyy"
    assert first[5].value == 2.5 and first[5].number_format == "#,##0.00"
    # text that looks like a formula stays text; empty cells stay empty
    formula = sheet[3]
    assert formula[0].value == "=SOM(A1:A9)" and formula[0].data_type == "s"
    assert [c.value for c in formula[1:]] == [None] * 5
    assert sheet["A4"].value == "Zoë's\nnotitie"
    # the columns are wide enough for their content, not endless
    assert 30 < sheet.column_dimensions["A"].width <= 60
    assert sheet.column_dimensions["B"].width >= len("KPI-doel")


def test_csv_is_what_a_dutch_excel_opens(tmp_path: Path) -> None:
    path = write_table(TABLE, tmp_path / "acties.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Actie;KPI-doel;Subsidie;Voortgang;Vervaldatum;Aandeel"
    assert lines[1] == "Oefenkansen Nederlands organiseren;7500;27000,50;46%;30-09-2026;2,5"
    assert lines[2] == "'=SOM(A1:A9);;;;;"  # never a formula
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[3] == ["Zoë's\nnotitie", "1234567", "1234,56", "20%", "01-10-2024", "0,125"]


def test_csv_of_an_empty_table_still_has_its_header() -> None:
    table = ExportTable.of("Leeg", ["Naam", "Aantal"], [])
    assert csv_bytes(table) == "\ufeffNaam;Aantal\r\n".encode()


def test_a_row_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        ExportTable.of("Fout", ["A", "B"], [["een"]])


def test_sheet_titles_follow_excels_rules() -> None:
    assert sheet_title("x" * 40) == "x" * 31
    assert sheet_title("[]:*?/\\") == "Tabel"


def test_only_xlsx_or_csv(tmp_path: Path) -> None:
    with pytest.raises(TableExportError, match=r"\.xlsx"):
        write_table(TABLE, tmp_path / "acties.pdf")
    assert not list(tmp_path.iterdir())


def test_never_over_the_database_and_not_over_a_file_unasked(
    workbench: Workbench, tmp_path: Path
) -> None:
    database = workbench.db.path
    before = database.read_bytes()[:100]
    with pytest.raises((ValidationError, TableExportError)):
        export_table(workbench, TABLE, database, overwrite=True)
    assert database.read_bytes()[:100] == before
    disguised = tmp_path / "kopie.xlsx"  # a database by another name
    shutil.copyfile(database, disguised)
    with pytest.raises(ValidationError, match="database"):
        export_table(workbench, TABLE, disguised, overwrite=True)
    assert disguised.read_bytes()[:100] == before
    target = tmp_path / "bestaand.csv"
    target.write_text("van de gebruiker")
    with pytest.raises(ValidationError, match="bestaat al"):
        export_table(workbench, TABLE, target)
    assert target.read_text() == "van de gebruiker"
    export_table(workbench, TABLE, target, overwrite=True)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfActie;")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_portfolio_table_has_the_start_pages_columns_and_real_values(
    workbench: Workbench, tmp_path: Path
) -> None:
    workbench.create_demo()
    records = portfolio(workbench.db, 3)
    table = portfolio_table(records, 3)
    assert table.headers == [
        "Aanvrager",
        "Soort",
        "Referentieregio",
        "Leden",
        "Indiener",
        "Fouten",
        "Waarschuwingen",
        "Achterstallig",
        "Volgende deadline",
    ]
    names = [row[0] for row in table.rows]
    assert names == sorted(names, key=str.casefold) and len(names) == len(records)
    dendermonde = next(r for r in table.rows if r[0] == "IGS Dendermonde–Lebbeke–Buggenhout–Hamme")
    assert dendermonde[3] == 4 and isinstance(dendermonde[8], dt.date)
    path, count = export_portfolio(workbench, tmp_path / "portefeuille.xlsx", 3)
    assert count == len(records)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.max_row == len(records) + 1
