"""Reading the agency's yearly table of population figures from a CSV or XLSX file.

The file is checked before it is trusted (its size; for an XLSX the archive), then read row
by row, never whole. The layout of the published table varies, so the columns are found by
their headers: the NIS code ("NIS", "NIS-code", ...) and/or the name of the municipality
("Gemeente", "Naam", ...), and the figure ("niet-EU14", "niet-EU15", "aantal", ...). A cell that
is not a plain count becomes a problem with its row number. Which government a row is about
is decided by ``figure_import``, which knows the reference data and the project year.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from .. import formatting

MAX_FIGURE = 1_000_000  # no municipality has that many inhabitants of non-EU14 origin
MAX_FILE_BYTES = 20 * 1024 * 1024  # the real table has about 300 rows: a few dozen kB
MAX_ROWS = 10_000  # rows with something in them
MAX_LINES = 100_000  # rows of the file or sheet, empty ones included
MAX_PROBLEMS = 1_000  # kept with their text; more are only counted
HEADER_ROWS = 30  # the header is looked for in this many rows at the top
MAX_COLUMNS = 100  # of an XLSX sheet
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # an XLSX archive, uncompressed
MAX_ARCHIVE_MEMBERS = 1_000
SNIFF_CHARS = 64 * 1024

NIS_HEADERS = ("nis",)
NAME_HEADERS = ("gemeente", "naam", "bestuur", "stad", "municipality", "name")
FIGURE_HEADERS = ("eu14", "eu15", "eu-14", "eu-15", "eu 14", "eu 15", "non_eu", "non-eu")
GENERIC_FIGURE_HEADERS = ("aantal", "inwoners", "figure", "cijfer")

_PLAIN = re.compile(r"[0-9]+", re.ASCII)
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+", re.ASCII)
_SPACES = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " "})
_MINUS = ("-", "\u2212")


class ImportFileError(ValueError):
    """The file cannot be used at all: one Dutch message that names the file."""


class FigureValueError(ValueError):
    """A cell that is not a count of inhabitants (a Dutch message, without the row)."""


@dataclass(frozen=True)
class RowProblem:
    row: int
    text: str  # Dutch, starting with "rij N"; row 0: a problem of the whole table

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class FigureLine:
    """A row with a figure, as the file has it (``non_eu14`` is None: the cell is empty)."""

    row: int
    nis_code: str
    name: str
    non_eu14: int | None

    @property
    def label(self) -> str:
        """How the file names the government: NIS code and/or name."""
        return " ".join(part for part in (shown(self.nis_code), shown(self.name)) if part)


@dataclass
class FigureFile:
    """What a file holds: its rows with figures, and its problems by row number (Dutch)."""

    path: Path
    nis_header: str
    name_header: str
    figure_header: str
    lines: list[FigureLine] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    more_problems: int = 0  # problems beyond MAX_PROBLEMS, counted only

    @property
    def columns(self) -> str:
        """The columns used, for a summary: "'NIS' en 'Aantal'"."""
        names = [f"'{h}'" for h in (self.nis_header, self.name_header, self.figure_header) if h]
        return ", ".join(names[:-1]) + " en " + names[-1]

    def add_problem(self, row: int, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(RowProblem(row, text))
        else:
            self.more_problems += 1


def shown(text: str, limit: int = 40) -> str:
    """A cell as a message may quote it: one line, no control characters, not too long."""
    cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text[: limit * 4])
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def parse_number(text: str) -> int | None:
    """ "7.500", "7 500", "7500" → 7500; "" → None; anything else raises FigureValueError.

    Only the ASCII digits count, with '.' or a space between the thousands as Flemish tables
    write them; a negative number or one above MAX_FIGURE is refused with its reason.
    """
    cleaned = text.translate(_SPACES).strip()
    if not cleaned:
        return None
    negative = cleaned.startswith(_MINUS)
    digits = cleaned[1:].strip() if negative else cleaned
    if _PLAIN.fullmatch(digits) is None and _GROUPED.fullmatch(digits) is None:
        hint = ""
        if any(c.isdigit() and not c.isascii() for c in cleaned):
            hint = " (gebruik de cijfers 0 tot 9)"
        raise FigureValueError(f"'{shown(cleaned)}' is geen geheel aantal{hint}")
    if negative:
        raise FigureValueError(f"een aantal kan niet negatief zijn ('{shown(cleaned)}')")
    digits = digits.replace(".", "").replace(" ", "").lstrip("0") or "0"
    if len(digits) > len(str(MAX_FIGURE)) or int(digits) > MAX_FIGURE:
        raise FigureValueError(
            f"{shown(cleaned)} is meer dan {formatting.number(MAX_FIGURE)}: geen enkele gemeente "
            "telt zoveel inwoners van niet-EU14-herkomst"
        )
    return int(digits)


def read_figure_file(path: Path) -> FigureFile:
    """Read ``path`` (.csv, .txt or .xlsx); raises ImportFileError if it cannot be used.

    A file above MAX_FILE_BYTES is refused before anything of it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"{path.name} is {_megabytes(size)} groot; een tabel met cijfers per gemeente "
                f"is veel kleiner (hoogstens {_megabytes(MAX_FILE_BYTES)}). Het bestand is niet "
                "gelezen."
            )
        with path.open("rb") as handle:
            magic = handle.read(4)
    except FileNotFoundError:
        raise ImportFileError(f"{path} bestaat niet.") from None
    except OSError as exc:
        raise ImportFileError(f"{path.name} kan niet gelezen worden ({exc.strerror}).") from exc
    suffix = path.suffix.casefold()
    if magic == b"PK\x03\x04" or suffix in (".xlsx", ".xlsm"):
        records = _xlsx_records(path)
    elif suffix in (".csv", ".txt"):
        records = _csv_records(path)
    else:
        raise ImportFileError(f"{path.name}: kies een CSV- of XLSX-bestand.")
    with closing(records):
        return _read_records(path, records)


def _megabytes(size: int) -> str:
    return f"{formatting.number(round(size / (1024 * 1024), 1))} MB"


@dataclass(frozen=True)
class _Unreadable:
    """A row the CSV reader could not read, and why (Dutch)."""

    reason: str


_Record = list[str] | _Unreadable
_Records = Generator[_Record, None, None]


# --- finding the columns and reading the rows ---------------------------------------------
@dataclass(frozen=True)
class _Columns:
    nis: int | None
    name: int | None
    figure: int


def _find(header: list[str], needles: tuple[str, ...], taken: set[int]) -> int | None:
    for index, cell in enumerate(header):
        lowered = cell.strip().casefold()
        if index not in taken and any(n in lowered for n in needles):
            return index
    return None


def _header_columns(row: list[str]) -> _Columns | None:
    """The columns of a header row, or None if ``row`` is not the header."""
    nis = _find(row, NIS_HEADERS, set())
    taken = set() if nis is None else {nis}
    figure = _find(row, FIGURE_HEADERS, taken)
    if figure is None:
        figure = _find(row, GENERIC_FIGURE_HEADERS, taken)
    if figure is None:
        return None
    name = _find(row, NAME_HEADERS, taken | {figure})
    if nis is None and name is None:
        return None
    return _Columns(nis, name, figure)


def _read_records(path: Path, records: Iterator[_Record]) -> FigureFile:
    result: FigureFile | None = None
    columns: _Columns | None = None
    first_row = ""
    filled = 0
    for number, record in enumerate(records, start=1):
        if isinstance(record, list) and not any(c.strip() for c in record):
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise _too_many_rows(path, MAX_ROWS)
        if result is None or columns is None:
            if number > HEADER_ROWS:
                break
            if isinstance(record, _Unreadable):
                continue
            columns = _header_columns(record)
            if columns is None:
                first_row = first_row or ", ".join(c.strip() for c in record if c.strip())
                continue
            result = FigureFile(
                path,
                _header(record, columns.nis),
                _header(record, columns.name),
                _header(record, columns.figure),
            )
            continue
        if isinstance(record, _Unreadable):
            result.add_problem(number, f"rij {number}: {record.reason}")
        else:
            _read_row(result, columns, number, record)
    if result is None:
        raise ImportFileError(
            f"{path.name}: geen kolom met de NIS-code of de naam van de gemeente en een kolom met "
            f"het aantal inwoners van niet-EU14-herkomst gevonden in de eerste {HEADER_ROWS} "
            f"rijen. Eerste rij: {shown(first_row, 200) or '(leeg bestand)'}"
        )
    if not result.lines and not result.problems:
        raise ImportFileError(f"{path.name} bevat onder de kolomkoppen geen enkel cijfer.")
    return result


def _too_many_rows(path: Path, limit: int) -> ImportFileError:
    what = "rijen" if limit == MAX_ROWS else "rijen, lege meegeteld"
    return ImportFileError(
        f"{path.name} telt meer dan {formatting.number(limit)} {what}; de tabel met cijfers "
        "per gemeente telt er een paar honderd. Er is niets geïmporteerd."
    )


def _header(row: list[str], index: int | None) -> str:
    return "" if index is None else shown(row[index], 60)


def _read_row(result: FigureFile, columns: _Columns, number: int, row: list[str]) -> None:
    def cell(index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    nis, name = cell(columns.nis), cell(columns.name)
    if not nis and not name:  # a blank row, a note or a total without a code or name
        return
    if _PLAIN.fullmatch(nis) and len(nis) < 5:
        nis = nis.zfill(5)  # Excel drops leading zeros
    line = FigureLine(number, nis, name, None)
    try:
        value = parse_number(cell(columns.figure))
    except FigureValueError as exc:
        result.add_problem(number, f"rij {number} ({line.label}): {exc}")
        return
    if value is None and nis:
        result.add_problem(number, f"rij {number} ({line.label}): het aantal ontbreekt")
        return
    result.lines.append(FigureLine(number, nis, name, value))


# --- CSV ------------------------------------------------------------------------------------
def _csv_records(path: Path) -> _Records:
    encoding = _text_encoding(path)
    try:
        with path.open(encoding=encoding, newline="") as handle:
            delimiter = _delimiter(handle.read(SNIFF_CHARS))
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            for number in itertools.count(1):
                if number > MAX_LINES:
                    raise _too_many_rows(path, MAX_LINES)
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield _Unreadable(_csv_problem(exc))
                else:
                    yield row
    except (OSError, UnicodeError) as exc:
        raise ImportFileError(f"{path.name} kan niet gelezen worden ({exc}).") from exc


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return f"een cel is langer dan {formatting.number(csv.field_size_limit())} tekens"
    return "deze rij is geen geldige CSV"


def _text_encoding(path: Path) -> str:
    """UTF-16 with a byte order mark, else UTF-8 (with or without one), else Windows-1252."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_CHARS)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise ImportFileError(f"{path.name} is geen tekstbestand; kies een CSV- of XLSX-bestand.")
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1024 * 1024):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise ImportFileError(
        f"{path.name} is geen tekst in UTF-8 of Windows-1252; bewaar de tabel opnieuw als CSV "
        "(UTF-8) of als Excel-werkmap."
    )


def _delimiter(sample: str) -> str:
    """The separator under which a header row appears first; else the commonest of ; , tab."""
    lines = sample.splitlines()[:HEADER_ROWS]
    found: list[tuple[int, str]] = []
    for delimiter in (";", ",", "\t"):
        try:
            for index, row in enumerate(csv.reader(lines, delimiter=delimiter)):
                if _header_columns(row) is not None:
                    found.append((index, delimiter))
                    break
        except csv.Error:
            continue
    if found:
        return min(found, key=lambda f: f[0])[1]
    first = next((line for line in lines if line.strip()), "")
    return max((";", ",", "\t"), key=first.count) if first else ","


# --- XLSX -----------------------------------------------------------------------------------
def _xlsx_records(path: Path) -> _Records:
    """The first sheet's rows, read by openpyxl in read-only mode (streamed, not loaded)."""
    _check_archive(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or hostile file
        raise ImportFileError(
            f"{path.name} is geen leesbaar Excel-bestand ({shown(str(exc), 120)})."
        ) from exc
    try:
        try:
            sheet = workbook.worksheets[0]
            declared = sheet.max_row  # from the sheet's <dimension>, if it has one
            rows = iter(
                sheet.iter_rows(max_row=MAX_LINES + 1, max_col=MAX_COLUMNS, values_only=True)
            )
        except Exception as exc:  # no sheet, or a sheet that cannot be parsed
            raise _damaged(path, exc) from exc
        if declared is not None and declared > MAX_LINES:  # rows beyond would go unseen
            raise _too_many_rows(path, MAX_LINES)
        for number in range(1, MAX_LINES + 2):
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # e.g. ParseError in the sheet's XML, further down
                raise _damaged(path, exc) from exc
            if all(v is None for v in values):
                yield []
            elif number > MAX_LINES:
                raise _too_many_rows(path, MAX_LINES)
            else:
                yield [_cell_text(v) for v in values]
    finally:
        workbook.close()


def _damaged(path: Path, exc: Exception) -> ImportFileError:
    return ImportFileError(
        f"{path.name}: het werkblad kan niet gelezen worden ({shown(str(exc), 120)}). "
        "Er is niets geïmporteerd."
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_archive(path: Path) -> None:
    """Refuse an XLSX that would unpack to something absurd, or carries a DTD (XLSX never
    does; entity expansion is how a small file becomes a huge one)."""
    refusal = ""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            if len(members) > MAX_ARCHIVE_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
                parts = "1 onderdeel" if len(members) == 1 else f"{len(members)} onderdelen"
                refusal = (
                    f"{path.name} zou uitgepakt {_megabytes(unpacked)} groot zijn ({parts}); "
                    "dat is geen tabel met cijfers per gemeente. Het is niet geopend."
                )
            for member in members if not refusal else ():
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        head = part.read(4096).replace(b"\x00", b"")
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        refusal = (
                            f"{path.name} bevat een DTD ({shown(member.filename)}); Excel maakt "
                            "zulke bestanden niet. Het is niet geopend."
                        )
                        break
    except Exception as exc:  # zipfile raises many kinds for a damaged archive
        refusal = f"{path.name} is geen leesbaar Excel-bestand ({shown(str(exc), 120)})."
    if refusal:
        raise ImportFileError(refusal)
