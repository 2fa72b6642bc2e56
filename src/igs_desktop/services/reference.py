"""Reference data as the screens need it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..paths import resource
from ..store.database import Database
from ..store.governments import GovernmentInfo, RegionInfo, list_governments, list_regions

if TYPE_CHECKING:
    from ..store.details import FigureRecord

__all__ = ["DataSource", "GovernmentInfo", "RegionInfo", "data_sources", "governments", "regions"]


def governments(db: Database, include_former: bool = False) -> list[GovernmentInfo]:
    return list_governments(db, include_former)


def regions(db: Database) -> list[RegionInfo]:
    return list_regions(db)


def partnerships_by_government(db: Database, year: int) -> dict[str, list[str]]:
    """For each government, the partnerships it is an active member of in ``year``."""
    from ..store.partnerships import load_partnerships

    result: dict[str, list[str]] = {}
    for p in load_partnerships(db):
        for m in p.members:
            if m.active_in(year):
                result.setdefault(m.nis_code, []).append(p.name)
    return result


def figures_of(db: Database, nis_code: str) -> list[FigureRecord]:
    """Every population figure of a government, by project year, with its source."""
    from ..store.details import figures_of as store_figures_of

    return store_figures_of(db, [nis_code])


@dataclass(frozen=True)
class DataSource:
    """Where a shipped reference file comes from, for the About dialog."""

    file: str
    what: str
    source: str
    as_of: str
    licence: str


def data_sources() -> tuple[str, list[DataSource]]:
    """The version of the shipped reference data and the source of each file."""
    manifest = json.loads(resource("data", "manifest.json").read_text(encoding="utf-8"))
    sources = [
        DataSource(name, f["what"], f["source"], f["as_of"], f["licence"])
        for name, f in manifest["files"].items()
    ]
    return manifest["reference_data_version"], sources
