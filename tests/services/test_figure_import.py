"""Importing the yearly table of figures: CSV and XLSX, all or nothing, clear problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.figure_import import ImportFileError, parse_number, read_figure_file
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.tables import PopulationFigure

KNOWN = {"34022", "34025", "11002", "11007"}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_semicolon_csv_with_dutch_thousands(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tabel.csv",
        "Tabel niet-EU14 2024\nNIS-code;Gemeente;Aantal niet-EU14\n34022;Kortrijk;12.610\n"
        "34025;Lendelede;455\n",
    )
    parsed = read_figure_file(path, KNOWN)
    assert parsed.problems == []
    assert [(line.nis_code, line.non_eu14) for line in parsed.lines] == [
        ("34022", 12610),
        ("34025", 455),
    ]
    assert parsed.nis_header == "NIS-code"


def test_xlsx_with_numbers_as_floats(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["gemeente", "nis", "inwoners niet-EU15"])
    sheet.append(["Antwerpen", 11002, 210000.0])
    sheet.append(["Borsbeek", "11007", 1500])
    path = tmp_path / "tabel.xlsx"
    book.save(path)
    parsed = read_figure_file(path, KNOWN)
    assert [(line.nis_code, line.non_eu14) for line in parsed.lines] == [
        ("11002", 210000),
        ("11007", 1500),
    ]


def test_problems_are_named_by_row(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "fout.csv",
        "nis,aantal\n34022,veel\n99999,10\n34025,\n34025,5\n34025,6\n",
    )
    parsed = read_figure_file(path, KNOWN)
    assert parsed.problems == [
        "rij 2 (34022): 'veel' is geen geheel aantal",
        "rij 3: onbekende NIS-code '99999'",
        "rij 4 (34025): het aantal ontbreekt",
        "rij 6: NIS-code 34025 staat ook al op rij 5",
    ]


def test_a_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "ander.csv", "naam,adres\nAn,Kortrijk\n")
    with pytest.raises(ImportFileError, match="geen kolom met de NIS-code"):
        read_figure_file(path, KNOWN)


def test_a_damaged_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 dit is geen echte werkmap")
    with pytest.raises(ImportFileError, match="geen leesbaar Excel-bestand"):
        read_figure_file(path, KNOWN)


@pytest.mark.parametrize(("text", "value"), [("7.500", 7500), ("7 500", 7500), ("7500", 7500)])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["-5", "7,5", "abc", "1.2.3"])
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_import_writes_all_figures_with_source_and_undo_removes_them(db) -> None:  # type: ignore[no-untyped-def]
    service = PortfolioService(db, "Tester")
    outcome = service.import_figures({"34022": 12610, "34025": 455}, 3, "Agentschap, tabel 2024")
    with db.session() as session:
        rows = session.exec(select(PopulationFigure).order_by(PopulationFigure.nis_code)).all()
    assert [(r.nis_code, r.non_eu14, r.source, r.fictitious) for r in rows] == [
        ("34022", 12610, "Agentschap, tabel 2024", False),
        ("34025", 455, "Agentschap, tabel 2024", False),
    ]
    service.revert(outcome)
    with db.session() as session:
        assert session.exec(select(PopulationFigure)).all() == []


def test_import_needs_a_source(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="bron"):
        PortfolioService(db, "Tester").import_figures({"34022": 1}, 3, "")
