"""Loading the reference data shipped in ``resources/data`` into the database.

A release may correct reference data. Each reference row remembers the values that were
shipped last time (``shipped``); on load a field is updated only while the user has left it
as shipped, so a user's correction is never overwritten. A load with an unchanged data
version is skipped entirely, which keeps start-up fast.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, select

from .database import Database
from .reference_ids import merger_id, reference_id
from .tables import (
    AppMeta,
    CatalogueAction,
    CatalogueKpi,
    GovernmentRow,
    Merger,
    Objective,
    ProjectYearRow,
    Region,
    table_of,
)

VERSION_KEY = "reference_data_version"
BRUSSELS = ZoneInfo("Europe/Brussels")


class ReferenceDataError(Exception):
    """A shipped reference file is missing or malformed (a packaging fault)."""


@dataclass
class LoadSummary:
    """What a load did, per table: rows added, fields updated, user edits kept."""

    version: str
    skipped: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_user_edits: dict[str, int] = field(default_factory=dict)

    def count(self, bucket: dict[str, int], table: str, n: int = 1) -> None:
        bucket[table] = bucket.get(table, 0) + n

    def lines(self) -> list[str]:
        if self.skipped:
            return [f"Referentiegegevens {self.version}: al geladen, niets gewijzigd."]
        out = [f"Referentiegegevens {self.version} geladen:"]
        for table in sorted(set(self.added) | set(self.updated) | set(self.kept_user_edits)):
            out.append(
                f"  {table}: {self.added.get(table, 0)} toegevoegd, "
                f"{self.updated.get(table, 0)} bijgewerkt, "
                f"{self.kept_user_edits.get(table, 0)} eigen wijzigingen behouden"
            )
        return out


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a reference CSV; lines starting with ``#`` are comments (sources, caveats)."""
    if not path.exists():
        raise ReferenceDataError(f"Referentiebestand ontbreekt: {path.name}")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _moment(text: str) -> dt.datetime | None:
    if not text:
        return None
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=BRUSSELS)


def _cents(text: str) -> int | None:
    return int(Decimal(text) * 100) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _comparable(row: SQLModel, name: str) -> Any:
    return _jsonable(getattr(row, name))


# The reference tables: each row remembers what was shipped (``shipped``).
ShippedRow = TypeVar(
    "ShippedRow", Region, GovernmentRow, ProjectYearRow, Objective, CatalogueAction, CatalogueKpi
)


def merge_row(
    session: Session,
    model: type[ShippedRow],
    key: dict[str, Any],
    values: dict[str, Any],
    summary: LoadSummary,
) -> ShippedRow:
    """Insert ``values`` or update the fields the user has not changed since the last release.

    A row without ``shipped`` was made by the user; its filled-in fields are never replaced.
    """
    table = table_of(model).name
    row = session.exec(select(model).filter_by(**key)).first()
    shipped_now = {name: _jsonable(value) for name, value in values.items()}
    if row is None:
        # Catalogue actions and KPIs get the id of their key, the same in every database.
        fixed_id = reference_id(table, {**key, **values})
        extra: dict[str, Any] = {"id": fixed_id} if fixed_id else {}
        row = model(**extra, **key, **values, shipped=shipped_now)
        session.add(row)
        summary.count(summary.added, table)
        return row
    user_made = row.shipped is None
    shipped_before: dict[str, Any] = row.shipped or {}
    for name, value in values.items():
        current = _comparable(row, name)
        if current == shipped_now[name]:
            continue
        # A row the user made (a project year added before a release shipped it) is all the
        # user's: the release only fills what the user left empty.
        user_value = user_made and current not in (None, "")
        if user_value or (name in shipped_before and current != shipped_before[name]):
            summary.count(summary.kept_user_edits, table)  # the user corrected it: keep theirs
            continue
        setattr(row, name, value)
        summary.count(summary.updated, table)
    row.shipped = shipped_now
    session.add(row)
    return row


def _regions(rows: Iterable[dict[str, str]]) -> Iterator[tuple[dict, dict]]:
    for r in rows:
        yield {"code": r["code"]}, {"name": r["name"], "provinces": r["provinces"]}


def _governments(rows: Iterable[dict[str, str]]) -> Iterator[tuple[dict, dict]]:
    for r in rows:
        yield (
            {"nis_code": r["nis_code"]},
            {
                "name": r["name"],
                "province": r["province"],
                "region_code": r["reference_region_code"] or None,
                "valid_from": _date(r["valid_from"]),
                "valid_to": _date(r["valid_to"]),
                "merged_into": r["merged_into"] or None,
                "region_basis": r["region_basis"],
            },
        )


def _project_years(rows: Iterable[dict[str, str]]) -> Iterator[tuple[dict, dict]]:
    for r in rows:
        yield (
            {"number": int(r["project_year"])},
            {
                "period_start": _date(r["period_start"]),
                "period_end": _date(r["period_end"]),
                "submission_opens": _date(r["submission_opens"]),
                "submission_deadline": _moment(r["submission_deadline"]),
                "decision": _date(r["decision"]),
                "interim_kpi_deadline": _date(r["interim_kpi_deadline"]),
                "final_kpi_deadline": _date(r["final_kpi_deadline"]),
                "budget_granted_cents": _cents(r["budget_granted_eur"]),
                "population_criterion": r["population_criterion"],
            },
        )


_SUB_KPI = re.compile(r"\s*\[sub-KPI ([^\]]+)\]\s*$")
_WORDING = re.compile(r"\s*\(([^()]*wording:[^()]*)\)")
_HYPOTHESIS_START = re.compile(r"^(\d+)")


@dataclass
class CatalogueEntry:
    """One action of the shipped catalogue with its KPI rows, parsed from the CSV."""

    key: str
    objective: int
    objective_name: str
    form_heading: str
    position: int
    number: str
    number_certain: bool
    title: str
    remarks: str
    financing: str
    supported: bool
    sources: str
    kpis: list[dict[str, Any]] = field(default_factory=list)


def parse_catalogue(rows: list[dict[str, str]]) -> list[CatalogueEntry]:
    """Group the catalogue rows into actions.

    Rows whose action reads "idem [...]" are further KPIs (sub-KPIs) of the action above.
    Where the source gives no action number, the number is the position-based guess of the
    reference file (``action_no_hypothesis``), marked uncertain so the user can correct it.
    """
    entries: list[CatalogueEntry] = []
    guessed_in_range: dict[str, int] = {}
    for row in rows:
        text = row["action"].strip()
        sub = _SUB_KPI.search(text)
        label = sub.group(1).strip() if sub else ""
        kpi = {
            "label": label,
            "unit": row["kpi_unit"],
            "eur_per_unit_cents": _cents(row["eur_per_kpi_pj1_form"]),
            "max_units_per_applicant": _int(row["max_kpi_per_applicant_pj1_form"]),
        }
        if text.startswith("idem") and entries:
            entries[-1].kpis.append(kpi)
            continue
        objective_no, _, objective_name = row["objective"].partition(" ")
        objective = int(objective_no)
        if row["action_no"]:
            number, certain = row["action_no"], True
        else:
            hypothesis = row["action_no_hypothesis"]
            match = _HYPOTHESIS_START.match(hypothesis)
            if not match:
                raise ReferenceDataError(f"Actie zonder nummer of hypothese: {text}")
            offset = guessed_in_range.get(hypothesis, 0)
            guessed_in_range[hypothesis] = offset + 1
            number, certain = str(int(match.group(1)) + offset), False
        position = sum(1 for e in entries if e.objective == objective) + 1
        entries.append(
            CatalogueEntry(
                key=f"O{objective}-A{position}",
                objective=objective,
                objective_name=objective_name.strip(),
                form_heading=row["form_heading"],
                position=position,
                number=number,
                number_certain=certain,
                title=_WORDING.sub("", _SUB_KPI.sub("", text)).strip(),
                remarks="; ".join(_WORDING.findall(text)),
                financing=row["financing"],
                supported="thematic support confirmed" in row["financing"],
                sources=row["sources"],
                kpis=[kpi] if (kpi["unit"] or kpi["eur_per_unit_cents"]) else [],
            )
        )
    return entries


def _load_catalogue(session: Session, rows: list[dict[str, str]], summary: LoadSummary) -> None:
    entries = parse_catalogue(rows)
    objectives: dict[int, CatalogueEntry] = {}
    for entry in entries:
        objectives.setdefault(entry.objective, entry)
    for number, entry in sorted(objectives.items()):
        heading = next(
            (e.form_heading for e in entries if e.objective == number and e.form_heading), ""
        )
        merge_row(
            session,
            Objective,
            {"number": number},
            {"name": entry.objective_name, "form_heading": heading},
            summary,
        )
    session.flush()
    for entry in entries:
        action = merge_row(
            session,
            CatalogueAction,
            {"catalogue_key": entry.key},
            {
                "objective_number": entry.objective,
                "position": entry.position,
                "number": entry.number,
                "number_certain": entry.number_certain,
                "title": entry.title,
                "remarks": entry.remarks,
                "financing": entry.financing,
                "supported": entry.supported,
                "supported_source": entry.sources if entry.supported else "",
                "sources": entry.sources,
            },
            summary,
        )
        session.flush()
        for index, kpi in enumerate(entry.kpis, start=1):
            merge_row(
                session,
                CatalogueKpi,
                {"catalogue_key": f"{entry.key}-K{index}"},
                {"action_id": action.id, "position": index, **kpi},
                summary,
            )


def _load_mergers(session: Session, rows: list[dict[str, str]], summary: LoadSummary) -> None:
    known = {
        (m.old_nis_code, m.new_nis_code, m.effective_date) for m in session.exec(select(Merger))
    }
    for r in rows:
        effective = dt.date.fromisoformat(r["effective_date"])
        if (r["old_nis_code"], r["new_nis_code"], effective) in known:
            continue
        session.add(
            Merger(
                id=merger_id(r["old_nis_code"], r["new_nis_code"], effective),
                effective_date=effective,
                old_nis_code=r["old_nis_code"],
                old_name=r["old_name"],
                new_nis_code=r["new_nis_code"],
                new_name=r["new_name"],
                source=r["source"],
            )
        )
        summary.count(summary.added, "merger")


def shipped_version(data_dir: Path) -> str:
    manifest = json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))
    return str(manifest["reference_data_version"])


def load_reference_data(db: Database, data_dir: Path, force: bool = False) -> LoadSummary:
    """Load or update the reference data in one transaction; skipped when already current."""
    return load_reference_data_into(db.engine, data_dir, force)


def load_reference_data_into(engine: Engine, data_dir: Path, force: bool = False) -> LoadSummary:
    """``load_reference_data`` on any engine: the laptop's SQLite file or the team server's
    PostgreSQL database (``team-server setup``)."""
    version = shipped_version(data_dir)
    summary = LoadSummary(version=version)
    with Session(engine, expire_on_commit=False) as session:
        meta = session.get(AppMeta, VERSION_KEY)
        if meta is not None and meta.value == version and not force:
            summary.skipped = True
            return summary
        for key, values in _regions(read_csv(data_dir / "reference_regions.csv")):
            merge_row(session, Region, key, values, summary)
        session.flush()
        for key, values in _governments(read_csv(data_dir / "municipalities.csv")):
            merge_row(session, GovernmentRow, key, values, summary)
        for key, values in _project_years(read_csv(data_dir / "project_years.csv")):
            merge_row(session, ProjectYearRow, key, values, summary)
        session.flush()
        _load_mergers(session, read_csv(data_dir / "municipality_mergers.csv"), summary)
        _load_catalogue(session, read_csv(data_dir / "plan_samenleven_actions.csv"), summary)
        session.merge(AppMeta(key=VERSION_KEY, value=version))
        session.commit()
    return summary
