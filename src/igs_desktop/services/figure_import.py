"""Importing the agency's yearly table: which local government each row is about.

``figure_table`` reads the file; here each row is matched to a government of the reference
data, by its NIS code or else by its name (spelled as in the file: case, accents, hyphens and
spaces do not matter). A municipality that had merged before the project year began is matched
to the government it merged into, and the preview says so ("Kruibeke → Beveren-Kruibeke-
Zwijndrecht"); one that still existed at the start of the year keeps its own figure. Two rows
that land on the same government are a problem, never a silent overwrite. The result is
imported with ``PortfolioService.import_figures``: all or nothing, one step to undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import formatting
from ..domain.calendar import ProjectYear
from ..store.database import Database
from ..store.figure_lookup import GovernmentSpanRecord, figures_in_year, government_spans
from ..store.search import fold
from .calendar import project_years
from .editing import ValidationError
from .figure_table import (
    MAX_FIGURE,
    MAX_PROBLEMS,
    FigureFile,
    FigureLine,
    FigureValueError,
    ImportFileError,
    RowProblem,
    parse_number,
    read_figure_file,
    shown,
)

__all__ = [
    "MAX_FIGURE",
    "FigureFile",
    "FigureImport",
    "FigureLine",
    "FigureMatch",
    "FigureValueError",
    "GovernmentDirectory",
    "ImportFileError",
    "RowProblem",
    "match_figures",
    "parse_number",
    "prepare_import",
    "read_and_prepare",
    "read_figure_file",
]


@dataclass(frozen=True)
class FigureMatch:
    """A row of the file and the government its figure is stored for."""

    row: int
    in_file: str  # how the file names it (NIS code and/or name)
    nis_code: str
    name: str
    non_eu14: int
    merged: tuple[str, ...] = ()  # the names from the file's municipality to its successor
    current: int | None = None  # the figure stored now for the year

    @property
    def via(self) -> str:
        """ "Kruibeke → Beveren-Kruibeke-Zwijndrecht", or "" when no merger was followed."""
        return " → ".join(self.merged)

    @property
    def change(self) -> str:
        if self.current is None:
            return "nieuw"
        return "ongewijzigd" if self.current == self.non_eu14 else "gewijzigd"


@dataclass
class FigureImport:
    """A file matched to the governments for one project year: what would be imported."""

    table: FigureFile
    year: int
    matches: list[FigureMatch] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    more_problems: int = 0

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    @property
    def ok(self) -> bool:
        return not self.problem_count and bool(self.matches)

    @property
    def figures(self) -> dict[str, int]:
        return {m.nis_code: m.non_eu14 for m in self.matches}

    def count(self, change: str) -> int:
        return sum(1 for m in self.matches if m.change == change)

    @property
    def counts(self) -> str:
        """ "12 nieuw, 3 gewijzigd, 280 ongewijzigd" """
        return ", ".join(f"{self.count(c)} {c}" for c in ("nieuw", "gewijzigd", "ongewijzigd"))


def name_key(name: str) -> str:
    """A name as compared: no case, no accents, any run of other characters one space."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(name)).split())


def _exists_during(g: GovernmentSpanRecord, year: ProjectYear) -> bool:
    return (g.valid_from is None or g.valid_from <= year.end) and (
        g.valid_to is None or g.valid_to >= year.start
    )


def _exists_at_start(g: GovernmentSpanRecord, year: ProjectYear) -> bool:
    return (g.valid_from is None or g.valid_from <= year.start) and (
        g.valid_to is None or g.valid_to >= year.start
    )


class GovernmentDirectory:
    """Every government of the reference data, found by NIS code or name, with its mergers."""

    def __init__(self, governments: Iterable[GovernmentSpanRecord]) -> None:
        self.by_nis: dict[str, GovernmentSpanRecord] = {}
        self.by_name: dict[str, list[GovernmentSpanRecord]] = {}
        for g in governments:
            self.by_nis[g.nis_code] = g
            self.by_name.setdefault(name_key(g.name), []).append(g)

    def successors(
        self, government: GovernmentSpanRecord, year: ProjectYear
    ) -> tuple[GovernmentSpanRecord, ...]:
        """``government`` and, if it was merged away before ``year`` began, what it merged into
        (again, for a successor merged in its turn)."""
        chain = [government]
        while True:
            last = chain[-1]
            after = self.by_nis.get(last.merged_into or "")
            if last.valid_to is None or last.valid_to >= year.start or after is None:
                return tuple(chain)
            if after in chain:  # a loop in the data: stop where it was
                return tuple(chain)
            chain.append(after)

    def match(self, line: FigureLine, year: ProjectYear) -> tuple[GovernmentSpanRecord, ...] | str:
        """The merger chain to the government ``line`` is about, or a problem (Dutch, without
        the row), or "" for a row to skip (a name that is no government, without a figure)."""
        if line.nis_code:
            found = self.by_nis.get(line.nis_code)
            if found is None:
                return f"onbekende NIS-code '{shown(line.nis_code)}'"
            chains = [self.successors(found, year)]
        else:
            candidates = self.by_name.get(name_key(line.name), [])
            if not candidates:
                if line.non_eu14 is None:
                    return ""
                return f"onbekende gemeente '{shown(line.name)}'"
            chains = sorted({self.successors(g, year) for g in candidates}, key=len)
        living = [c for c in chains if _exists_during(c[-1], year)]
        if not living:
            return _not_in_year(chains[0][-1], year)
        at_start = [c for c in living if _exists_at_start(c[-1], year)] or living
        targets = {c[-1].nis_code: c[-1] for c in at_start}
        if len(targets) > 1:
            named = ", ".join(f"{g.name} ({g.nis_code})" for g in targets.values())
            return f"'{shown(line.name)}' kan {named} zijn; vermeld de NIS-code"
        return at_start[0]


def _not_in_year(g: GovernmentSpanRecord, year: ProjectYear) -> str:
    if g.valid_from is not None and g.valid_from > year.end:
        when = f"bestaat pas sinds {formatting.date(g.valid_from)}"
    else:
        when = f"bestaat niet meer sinds {formatting.date(g.valid_to)}"
    return f"{g.name} ({g.nis_code}) {when}, buiten projectjaar {year.number}"


def match_figures(
    table: FigureFile,
    directory: GovernmentDirectory,
    year: ProjectYear,
    current: dict[str, int] | None = None,
) -> FigureImport:
    """Match every line of ``table`` to a government for ``year``; ``current`` are the figures
    stored now (for the preview's "nieuw/gewijzigd")."""
    current = current or {}
    result = FigureImport(table, year.number)
    problems = list(table.problems)
    first_row: dict[str, FigureMatch] = {}
    for line in table.lines:
        found = directory.match(line, year)
        if isinstance(found, str):
            if found:
                problems.append(RowProblem(line.row, f"rij {line.row}: {found}"))
            continue
        target = found[-1]
        merged = tuple(g.name for g in found) if len(found) > 1 else ()
        where = f"rij {line.row} ({' → '.join(merged) or line.label})"
        if line.non_eu14 is None:
            problems.append(RowProblem(line.row, f"{where}: het aantal ontbreekt"))
            continue
        earlier = first_row.get(target.nis_code)
        if earlier is not None:
            problems.append(
                RowProblem(
                    line.row,
                    f"{where}: {target.name} staat al op rij {earlier.row}"
                    + (f" ({earlier.via})" if earlier.via else "")
                    + "; geef één cijfer per lokaal bestuur",
                )
            )
            continue
        match = FigureMatch(
            line.row,
            line.label,
            target.nis_code,
            target.name,
            line.non_eu14,
            merged,
            current.get(target.nis_code),
        )
        first_row[target.nis_code] = match
        result.matches.append(match)
    problems.sort(key=lambda p: p.row)
    result.problems = problems[:MAX_PROBLEMS]
    result.more_problems = table.more_problems + max(0, len(problems) - MAX_PROBLEMS)
    if not result.matches and not result.problem_count:
        result.problems.append(RowProblem(0, "geen enkele rij hoort bij een lokaal bestuur"))
    return result


def prepare_import(db: Database, table: FigureFile, year: int) -> FigureImport:
    """Match ``table`` to the governments of the reference data for project year ``year``."""
    period = next((y for y in project_years(db) if y.number == year), None)
    if period is None:
        raise ValidationError(f"Projectjaar {year} bestaat niet.", "project_year")
    directory = GovernmentDirectory(government_spans(db))
    return match_figures(table, directory, period, figures_in_year(db, year))


def read_and_prepare(db: Database, path: Path, year: int) -> FigureImport:
    """Read ``path`` and match it for ``year`` (raises ImportFileError, ValidationError)."""
    return prepare_import(db, read_figure_file(path), year)
