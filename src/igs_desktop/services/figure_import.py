"""Reading the agency's yearly table of population figures from a CSV or XLSX file.

The layout of the published table varies, so the columns are found by their headers: one
with the NIS code ("NIS", "nis_code", "NIS-code", ...) and one with the figure ("niet-EU14",
"niet-EU15", "aantal", "inwoners", ...). Every problem is collected with its row number;
nothing is written unless the whole file is right.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

NIS_HEADERS = ("nis",)
FIGURE_HEADERS = ("eu14", "eu15", "eu-14", "eu-15", "aantal", "inwoners", "figure", "non_eu")
_THOUSANDS = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")


class ImportFileError(ValueError):
    """The file cannot be used at all (unreadable, wrong kind, columns not found)."""


@dataclass(frozen=True)
class FigureLine:
    row: int
    nis_code: str
    non_eu14: int


@dataclass
class FigureFile:
    """What a file holds: good lines, and problems by row number (Dutch)."""

    path: Path
    nis_header: str
    figure_header: str
    lines: list[FigureLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _rows_from_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise ImportFileError(f"{path.name} is geen leesbaar tekstbestand.")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";" if text.count(";") > text.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def _rows_from_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a damaged file
        raise ImportFileError(f"{path.name} is geen leesbaar Excel-bestand ({exc}).") from exc
    try:
        sheet = workbook.worksheets[0]
        return [
            [
                "" if v is None else str(int(v) if isinstance(v, float) and v.is_integer() else v)
                for v in row
            ]
            for row in sheet.iter_rows(values_only=True)
            if any(v is not None and str(v).strip() for v in row)
        ]
    finally:
        workbook.close()


def _find_column(header: list[str], needles: tuple[str, ...]) -> int | None:
    for index, name in enumerate(header):
        lowered = name.strip().casefold()
        if any(n in lowered for n in needles):
            return index
    return None


def parse_number(text: str) -> int | None:
    """ "7.500", "7 500", "7500" → 7500; "" → None; anything else raises ValueError."""
    cleaned = text.strip().replace("\xa0", " ")
    if not cleaned:
        return None
    if _THOUSANDS.match(cleaned):
        cleaned = re.sub(r"[.,\s]", "", cleaned)
    if not cleaned.isdigit():
        raise ValueError(cleaned)
    return int(cleaned)


def read_figure_file(path: Path, known_nis: set[str]) -> FigureFile:
    """Read ``path`` (.csv or .xlsx) and check every line against the known NIS codes."""
    if not path.exists():
        raise ImportFileError(f"{path} bestaat niet.")
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        rows = _rows_from_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _rows_from_csv(path)
    else:
        raise ImportFileError(f"{path.name}: kies een CSV- of XLSX-bestand.")
    header_index = next(
        (
            i
            for i, row in enumerate(rows[:20])
            if _find_column(row, NIS_HEADERS) is not None
            and _find_column(row, FIGURE_HEADERS) is not None
        ),
        None,
    )
    if header_index is None:
        first = ", ".join(rows[0]) if rows else "(leeg bestand)"
        raise ImportFileError(
            f"{path.name}: geen kolom met de NIS-code en een kolom met het aantal inwoners "
            f"van niet-EU14-herkomst gevonden. Eerste rij: {first}"
        )
    header = rows[header_index]
    nis_col = _find_column(header, NIS_HEADERS)
    figure_col = _find_column(header, FIGURE_HEADERS)
    assert nis_col is not None and figure_col is not None
    result = FigureFile(path, header[nis_col].strip(), header[figure_col].strip())
    seen: dict[str, int] = {}
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        cells = row + [""] * (max(nis_col, figure_col) + 1 - len(row))
        nis = cells[nis_col].strip()
        if nis.isdigit() and len(nis) < 5:
            nis = nis.zfill(5)
        if not nis:
            continue
        if nis not in known_nis:
            result.problems.append(f"rij {offset}: onbekende NIS-code '{nis}'")
            continue
        try:
            value = parse_number(cells[figure_col])
        except ValueError:
            result.problems.append(
                f"rij {offset} ({nis}): '{cells[figure_col].strip()}' is geen geheel aantal"
            )
            continue
        if value is None:
            result.problems.append(f"rij {offset} ({nis}): het aantal ontbreekt")
            continue
        if nis in seen:
            result.problems.append(f"rij {offset}: NIS-code {nis} staat ook al op rij {seen[nis]}")
            continue
        seen[nis] = offset
        result.lines.append(FigureLine(offset, nis, value))
    if not result.lines and not result.problems:
        result.problems.append("het bestand bevat geen cijfers")
    return result
