"""Importing the yearly table of figures: CSV and XLSX, all or nothing, clear problems.

The hostile files (numbers beyond 64 bits, huge cells, broken or entity-expanding XLSX,
arbitrary bytes) must end in a row problem or one file message, never in a traceback, and
never write anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from igs_desktop.services import figure_table
from igs_desktop.services.calendar import ProjectYearService
from igs_desktop.services.editing import ValidationError
from igs_desktop.services.figure_import import (
    FigureImport,
    FigureValueError,
    ImportFileError,
    parse_number,
    prepare_import,
    read_figure_file,
)
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.database import Database
from igs_desktop.store.tables import ChangeLogEntry, PopulationFigure

SHEET = "xl/worksheets/sheet1.xml"
SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<dimension ref="A1:B3"/><sheetData>'
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def figures(parsed: FigureImport) -> list[tuple[str, int]]:
    return [(m.nis_code, m.non_eu14) for m in parsed.matches]


def problems(parsed: FigureImport) -> list[str]:
    return [str(p) for p in parsed.problems]


def read(db: Database, path: Path, year: int = 3) -> FigureImport:
    return prepare_import(db, read_figure_file(path), year)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_with_sheet(path: Path, sheet_xml: bytes) -> Path:
    """A real workbook whose first sheet's XML is replaced by ``sheet_xml``."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes([["NIS", "Aantal niet-EU14"], ["34022", 5]])))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = sheet_xml if info.filename == SHEET else source.read(info.filename)
            target.writestr(info.filename, data)
    return path


def add_year_4(db: Database) -> None:
    """A project year after the mergers of 1 January 2025."""
    ProjectYearService(db, "Tester").add_year(4, dt.date(2025, 10, 1), dt.date(2026, 9, 30))


def checksum(db: Database) -> str:
    """Every row of every table, hashed: equal before and after means nothing was written."""
    from igs_desktop.store.tables import metadata

    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(table.select().order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


# --- reading the file -------------------------------------------------------------------------
def test_semicolon_csv_with_dutch_thousands(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tabel.csv",
        "Tabel niet-EU14 2024\nNIS-code;Gemeente;Aantal niet-EU14\n34022;Kortrijk;12.610\n"
        "34025;Lendelede;455\n",
    )
    parsed = read(db, path)
    assert problems(parsed) == []
    assert figures(parsed) == [("34022", 12610), ("34025", 455)]
    assert parsed.table.nis_header == "NIS-code"
    assert parsed.table.name_header == "Gemeente"


def test_xlsx_with_numbers_as_floats(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "tabel.xlsx"
    path.write_bytes(
        xlsx_bytes(
            [
                ["gemeente", "nis", "inwoners niet-EU15"],
                ["Antwerpen", 11002, 210000.0],
                ["Boechout", "11004", 1500],
            ]
        )
    )
    assert figures(read(db, path)) == [("11002", 210000), ("11004", 1500)]


def test_xlsx_rows_are_numbered_as_excel_shows_them(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "tabel.xlsx"
    path.write_bytes(
        xlsx_bytes([["Tabel 2024"], [], ["NIS", "Aantal niet-EU14"], [34022, 5], [34025, "veel"]])
    )
    assert problems(read(db, path)) == ["rij 5 (34025): 'veel' is geen geheel aantal"]


def test_a_table_naming_no_government_is_a_problem(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "Gemeente;Aantal niet-EU14\nBron: het agentschap;\n")
    assert problems(read(db, path)) == ["geen enkele rij hoort bij een lokaal bestuur"]


def test_problems_are_named_by_row(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "fout.csv",
        "nis,aantal\n34022,veel\n99999,10\n34025,\n\n34025,5\n34025,6\n",
    )
    assert problems(read(db, path)) == [
        "rij 2 (34022): 'veel' is geen geheel aantal",
        "rij 3: onbekende NIS-code '99999'",
        "rij 4 (34025): het aantal ontbreekt",
        "rij 7 (34025): Lendelede staat al op rij 6; geef één cijfer per lokaal bestuur",
    ]


def test_a_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "ander.csv", "naam,adres\nAn,Kortrijk\n")
    with pytest.raises(ImportFileError, match=r"ander\.csv: geen kolom met de NIS-code"):
        read_figure_file(path)


def test_a_damaged_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 dit is geen echte werkmap")
    with pytest.raises(ImportFileError, match=r"kapot\.xlsx is geen leesbaar Excel-bestand"):
        read_figure_file(path)


@pytest.mark.parametrize(
    ("text", "value"),
    [("7.500", 7500), ("7 500", 7500), ("7\xa0500", 7500), ("7500", 7500), ("0", 0), ("", None)],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["7,5", "12,610", "abc", "1.2.3", "7.5", "1 23", "+5", "7.500 1"])
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(FigureValueError, match="geen geheel aantal"):
        parse_number(text)


# --- hostile files: a row message or one file message, never a traceback ----------------------
def test_a_number_beyond_64_bits_is_a_row_problem(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "groot.csv", "NIS;Aantal\n34022;99999999999999999999999\n34025;5\n")
    parsed = read(db, path)
    assert problems(parsed) == [
        "rij 2 (34022): 99999999999999999999999 is meer dan 1.000.000: geen enkele gemeente "
        "telt zoveel inwoners van niet-EU14-herkomst"
    ]
    assert not parsed.ok


def test_the_service_refuses_a_figure_beyond_64_bits(db: Database) -> None:
    before = checksum(db)
    with pytest.raises(ValidationError, match=r"meer dan 1\.000\.000"):
        PortfolioService(db, "Tester").import_figures({"34022": 2**70}, 3, "x")
    assert checksum(db) == before


def test_a_digit_string_longer_than_python_converts_is_a_row_problem(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "lang.csv", "NIS;Aantal\n34022;" + "9" * 5000 + "\n")
    [problem] = problems(read(db, path))
    assert problem.startswith("rij 2 (34022): 9999") and "meer dan 1.000.000" in problem


def test_a_cell_over_the_csv_field_limit_is_a_row_problem(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path, "cel.csv", "NIS;Aantal\n34022;12\n34025;" + "9" * 140_000 + "\n11002;7\n"
    )
    parsed = read(db, path)
    assert problems(parsed) == ["rij 3: een cel is langer dan 131.072 tekens"]
    assert figures(parsed) == [("34022", 12), ("11002", 7)]


def test_an_xlsx_with_broken_sheet_xml_is_one_file_message(tmp_path: Path) -> None:
    broken = SHEET_START + b'<row r="1"><c r="A1" t="inlineStr"><is><t>NIS</t></is></c></row><row'
    path = xlsx_with_sheet(tmp_path / "kapot.xlsx", broken)
    with pytest.raises(
        ImportFileError, match=r"^kapot\.xlsx: het werkblad kan niet gelezen worden"
    ):
        read_figure_file(path)


def _laughs(padding: int) -> bytes:
    entities = b'<!ENTITY l0 "lollollollollollollollollollol">' + b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    return (
        b'<?xml version="1.0"?><!--' + b" " * padding + b"-->"
        b"<!DOCTYPE worksheet ["
        + entities
        + b"]>"
        + SHEET_START[SHEET_START.index(b"<worksheet") :]
        + b'<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData>'
        b"</worksheet>"
    )


def test_an_xlsx_with_an_entity_expansion_dtd_is_refused(tmp_path: Path) -> None:
    path = xlsx_with_sheet(tmp_path / "lol.xlsx", _laughs(0))
    with pytest.raises(ImportFileError, match=r"^lol.xlsx bevat een DTD \(xl/worksheets"):
        read_figure_file(path)


def test_a_dtd_hidden_behind_a_long_comment_is_still_one_file_message(tmp_path: Path) -> None:
    path = xlsx_with_sheet(tmp_path / "lol.xlsx", _laughs(10_000))
    with pytest.raises(ImportFileError, match=r"^lol\.xlsx: het werkblad kan niet gelezen worden"):
        read_figure_file(path)


# --- nonsense values ----------------------------------------------------------------------------
@pytest.mark.parametrize("figure", ["١٢٣", "１２３", "12³"])
def test_non_ascii_digits_are_refused(db: Database, tmp_path: Path, figure: str) -> None:
    path = write(tmp_path, "cijfers.csv", f"NIS;Aantal\n34022;{figure}\n")
    assert problems(read(db, path)) == [
        f"rij 2 (34022): '{figure}' is geen geheel aantal (gebruik de cijfers 0 tot 9)"
    ]


@pytest.mark.parametrize("figure", ["-5", "−5", "- 1.200"])
def test_negative_figures_are_refused_as_negative(
    db: Database, tmp_path: Path, figure: str
) -> None:
    path = write(tmp_path, "cijfers.csv", f"NIS;Aantal\n34022;{figure}\n")
    assert problems(read(db, path)) == [
        f"rij 2 (34022): een aantal kan niet negatief zijn ('{figure}')"
    ]


def test_figures_above_a_million_are_refused_with_the_reason(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "cijfers.csv", "NIS;Aantal\n34022;1.000.000\n34025;1.000.001\n")
    parsed = read(db, path)
    assert figures(parsed) == [("34022", 1_000_000)]
    assert problems(parsed) == [
        "rij 3 (34025): 1.000.001 is meer dan 1.000.000: geen enkele gemeente telt zoveel "
        "inwoners van niet-EU14-herkomst"
    ]


def test_a_cell_is_quoted_short_and_on_one_line(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path, "cijfers.csv", 'NIS;Aantal\n34022;"veel\nte\x07veel ' + "x" * 500 + '"\n'
    )
    [problem] = problems(read(db, path))
    assert problem.startswith("rij 2 (34022): 'veel te veel xxx") and "\n" not in problem
    assert len(problem) < 120


# --- size: refused before reading, or streamed --------------------------------------------------
def test_a_file_above_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing to write

    def no_reading(_path: Path) -> None:
        raise AssertionError("read anyway")

    monkeypatch.setattr(figure_table, "_csv_records", no_reading)
    with pytest.raises(ImportFileError, match=r"^groot.csv is 50 MB groot; .* \(hoogstens 20 MB\)"):
        read_figure_file(path)


def test_a_file_with_too_many_rows_is_refused(tmp_path: Path) -> None:
    rows = "".join(f"{34022};{n}\n" for n in range(figure_table.MAX_ROWS + 1))
    path = write(tmp_path, "lang.csv", "NIS;Aantal\n" + rows)
    with pytest.raises(ImportFileError, match=r"^lang.csv telt meer dan 10\.000 rijen"):
        read_figure_file(path)


def test_a_large_csv_is_streamed_not_loaded(tmp_path: Path) -> None:
    """1.2 MB of bad rows: reading keeps less than 3 MB, not the file, every row and every
    problem with its whole cell (the old reader peaked at 8.8 MB here)."""
    path = write(tmp_path, "slecht.csv", "NIS;Aantal\n" + ("34022;" + "x" * 400 + "\n") * 3_000)
    tracemalloc.start()
    try:
        parsed = read_figure_file(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(parsed.problems) == figure_table.MAX_PROBLEMS
    assert parsed.more_problems == 3_000 - figure_table.MAX_PROBLEMS
    assert peak < 3 * 1024 * 1024


def test_an_xlsx_that_unpacks_to_something_absurd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<" + b" " * (60 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(
        ImportFileError, match=r"^bom.xlsx zou uitgepakt 60 MB groot zijn \(1 onderdeel\)"
    ):
        read_figure_file(path)


def test_an_xlsx_is_read_in_read_only_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    modes: list[bool] = []
    real = openpyxl.load_workbook

    def spy(*args: Any, **kwargs: Any) -> Any:
        modes.append(kwargs.get("read_only", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    path = tmp_path / "tabel.xlsx"
    path.write_bytes(xlsx_bytes([["NIS", "Aantal"], ["34022", 5]]))
    assert len(read_figure_file(path).lines) == 1
    assert modes == [True]


def test_a_stray_cell_far_down_an_xlsx_does_not_hang(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIS", "Aantal"])
    sheet.append(["34022", 5])
    sheet.cell(row=1_048_576, column=16_384, value="x")
    path = tmp_path / "ver.xlsx"
    book.save(path)
    with pytest.raises(ImportFileError, match=r"^ver.xlsx telt meer dan 100\.000 rijen"):
        read_figure_file(path)


# --- encodings, separators, names, mergers ----------------------------------------------------
def test_windows_1252_with_semicolons_and_names(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tabel.csv",
        "Bron: Agentschap – tabel 2024 (niet-EU14)\r\nGemeente;Aantal niet-EU14\r\n"
        "Sint-Niklaas;9.876\r\nSINT NIKLAAS;1\r\nKortrijk;12 610\r\n",
        encoding="cp1252",
    )
    parsed = read(db, path)
    assert figures(parsed) == [("46021", 9876), ("34022", 12610)]
    assert problems(parsed) == [
        "rij 4 (SINT NIKLAAS): Sint-Niklaas staat al op rij 3; geef één cijfer per lokaal bestuur"
    ]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_bom_and_a_comma(db: Database, tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "tabel.csv"
    path.write_bytes(bom + b"NIS,Gemeente,Aantal niet-EU14\n46021,Sint-Niklaas,9876\n")
    parsed = read(db, path)
    assert figures(parsed) == [("46021", 9876)]
    assert parsed.table.nis_header == "NIS"


def test_utf16_text_as_excel_saves_it(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "tabel.txt", "NIS\tAantal niet-EU14\r\n46021\t9876\r\n", "utf-16")
    assert figures(read(db, path)) == [("46021", 9876)]


def test_the_figure_column_is_the_non_eu14_one(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "NIS;Inwoners totaal;Aantal niet-EU14\n46021;80000;9876\n")
    assert figures(read(db, path)) == [("46021", 9876)]


def test_a_merged_municipality_lands_on_its_successor(db: Database, tmp_path: Path) -> None:
    add_year_4(db)
    path = write(
        tmp_path,
        "tabel.csv",
        "NIS;Gemeente;Aantal niet-EU14\n;Kruibeke;1.200\n44049;;300\n;Sint-Niklaas;9.876\n",
    )
    parsed = read(db, path, year=4)
    assert problems(parsed) == []
    assert [(m.row, m.nis_code, m.via) for m in parsed.matches] == [
        (2, "46030", "Kruibeke → Beveren-Kruibeke-Zwijndrecht"),
        (3, "44083", "Nevele → Deinze"),
        (4, "46021", ""),
    ]


def test_a_municipality_that_still_existed_keeps_its_own_figure(
    db: Database, tmp_path: Path
) -> None:
    """Kruibeke merged on 1 January 2025, after project year 3 began: its figure stays its own;
    Nevele merged in 2019, before any project year."""
    path = write(tmp_path, "t.csv", "Gemeente;Aantal\nKruibeke;1.200\nBeveren;5.000\nNevele;3\n")
    parsed = read(db, path, year=3)
    assert [(m.nis_code, m.via) for m in parsed.matches] == [
        ("46013", ""),
        ("46003", ""),
        ("44083", "Nevele → Deinze"),
    ]


def test_a_name_used_before_and_after_a_merger_finds_the_government_of_the_year(
    db: Database, tmp_path: Path
) -> None:
    add_year_4(db)
    path = write(tmp_path, "t.csv", "Gemeente;Aantal\nHasselt;4.000\n")
    assert figures(read(db, path, year=3)) == [("71022", 4000)]
    assert figures(read(db, path, year=4)) == [("71072", 4000)]


def test_two_rows_that_land_on_the_same_government_are_a_row_problem(
    db: Database, tmp_path: Path
) -> None:
    add_year_4(db)
    path = write(tmp_path, "t.csv", "NIS;Gemeente;Aantal\n46003;Beveren;5.000\n;Kruibeke;1.200\n")
    parsed = read(db, path, year=4)
    assert problems(parsed) == [
        "rij 3 (Kruibeke → Beveren-Kruibeke-Zwijndrecht): Beveren-Kruibeke-Zwijndrecht staat al "
        "op rij 2 (Beveren → Beveren-Kruibeke-Zwijndrecht); geef één cijfer per lokaal bestuur"
    ]
    assert not parsed.ok


def test_a_government_that_did_not_exist_in_the_year_is_a_row_problem(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "t.csv", "NIS;Aantal\n46030;5.000\n")
    assert problems(read(db, path, year=1)) == [
        "rij 2: Beveren-Kruibeke-Zwijndrecht (46030) bestaat pas sinds 1 januari 2025, buiten "
        "projectjaar 1"
    ]


def test_unknown_names_and_notes_without_a_figure(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "t.csv",
        "Gemeente;Aantal niet-EU14\nKortrijk;5\nGotham;7\nBron: het agentschap;\nLendelede;\n",
    )
    assert problems(read(db, path)) == [
        "rij 3: onbekende gemeente 'Gotham'",
        "rij 5 (Lendelede): het aantal ontbreekt",
    ]


def test_an_unknown_year_is_refused(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "t.csv", "NIS;Aantal\n34022;5\n")
    with pytest.raises(ValidationError, match="Projectjaar 9 bestaat niet"):
        read(db, path, year=9)


# --- storing: one transaction, one undo, a summary in the change log --------------------------
def test_import_writes_all_figures_with_source_and_undo_removes_them(db: Database) -> None:
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


def test_reverting_an_import_puts_back_the_figures_it_changed(db: Database) -> None:
    service = PortfolioService(db, "Tester")
    service.set_population_figure("34022", 3, 12000, "Eerdere tabel")
    outcome = service.import_figures({"34022": 12610, "34025": 455}, 3, "Tabel 2024")
    service.revert(outcome)
    with db.session() as session:
        rows = session.exec(select(PopulationFigure)).all()
    assert [(r.nis_code, r.non_eu14, r.source) for r in rows] == [("34022", 12000, "Eerdere tabel")]


def test_the_change_log_summarises_the_import(db: Database) -> None:
    service = PortfolioService(db, "Tester")
    service.set_population_figure("34022", 3, 12000, "Eerdere tabel")
    service.set_population_figure("11002", 3, 200000, "Eerdere tabel")
    outcome = service.import_figures(
        {"34022": 12610, "34025": 455, "11002": 200000}, 3, " Agentschap 2024 ", "tabel.csv"
    )
    assert outcome.description == "Cijfers projectjaar 3 geïmporteerd uit tabel.csv"
    summary = (
        "Cijfers projectjaar 3 geïmporteerd uit tabel.csv (bron: Agentschap 2024): 1 nieuw, "
        "1 gewijzigd, 1 ongewijzigd"
    )
    with db.session() as session:
        entries = session.exec(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "population_figure")
        ).all()
    logged = {e.summary for e in entries if e.summary.startswith("Cijfers")}
    assert logged == {summary}


def test_import_needs_a_source(db: Database) -> None:
    with pytest.raises(ValidationError, match="bron"):
        PortfolioService(db, "Tester").import_figures({"34022": 1}, 3, "")


@pytest.mark.parametrize("value", [-1, 1_000_001, True, 7.5])
def test_the_service_refuses_nonsense_figures(db: Database, value: Any) -> None:
    before = checksum(db)
    with pytest.raises(ValidationError):
        PortfolioService(db, "Tester").import_figures({"34022": value}, 3, "x")
    assert checksum(db) == before


# --- arbitrary bytes: never a crash, never a write ----------------------------------------------
FUZZ = settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEMPLATE = xlsx_bytes([["NIS", "Gemeente", "Aantal niet-EU14"], ["34022", "Kortrijk", 12610]])


def read_anything(db: Database, path: Path, data: bytes) -> None:
    """Read and match ``data`` as ``path``: a parsed result or one file message, and the
    database exactly as it was."""
    path.write_bytes(data)
    before = checksum(db)
    try:
        parsed = read(db, path)
    except ImportFileError as exc:
        assert str(exc).startswith((path.name, str(path)))
    else:
        # a row's problem names its row; row 0 is a problem of the whole table
        assert all(p.row == 0 or str(p).startswith("rij ") for p in parsed.problems)
        assert all(0 <= m.non_eu14 <= figure_table.MAX_FIGURE for m in parsed.matches)
    assert checksum(db) == before


@FUZZ
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes_as_a_csv(db: Database, tmp_path: Path, data: bytes) -> None:
    read_anything(db, tmp_path / "tabel.csv", data)


@FUZZ
@given(
    rows=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=2000),
    delimiter=st.sampled_from([";", ",", "\t"]),
)
def test_arbitrary_rows_under_a_good_header(
    db: Database, tmp_path: Path, rows: str, delimiter: str
) -> None:
    header = delimiter.join(["NIS", "Gemeente", "Aantal niet-EU14"])
    read_anything(db, tmp_path / "tabel.csv", f"{header}\n{rows}".encode())


@FUZZ
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes_as_an_xlsx(db: Database, tmp_path: Path, data: bytes) -> None:
    read_anything(db, tmp_path / "tabel.xlsx", data)


@FUZZ
@given(
    flips=st.lists(st.tuples(st.integers(0, len(TEMPLATE) - 1), st.integers(0, 255)), max_size=8)
)
def test_a_damaged_workbook(db: Database, tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(TEMPLATE)
    for index, value in flips:
        data[index] = value
    read_anything(db, tmp_path / "tabel.xlsx", bytes(data))


@FUZZ
@given(sheet=st.binary(max_size=2048) | st.text(max_size=2048).map(str.encode))
def test_arbitrary_sheet_xml_in_a_real_workbook(db: Database, tmp_path: Path, sheet: bytes) -> None:
    path = xlsx_with_sheet(tmp_path / "tabel.xlsx", SHEET_START + sheet)
    read_anything(db, path, path.read_bytes())
