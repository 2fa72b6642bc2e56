"""The record of produced reports and the hash of their data.

A report's ``data_hash`` is the SHA-256 of a canonical JSON of its data object, without the
production date and version, so a later report can tell whether anything changed since.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

from ..reports import TITLES
from ..store.database import Database
from ..store.profile import user_profile
from ..store.report_queries import ProducedReportRecord, reports
from .editing import EditSession, Writer

HASH_EXCLUDED = ("meta", "changes")
"""Left out of the hash: the production date and version, and the comparison with the
previous report (which itself depends on the hash)."""


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} kan niet in een rapporthash.")


def canonical_json(data: Any) -> str:
    """The report's data as canonical JSON (sorted keys, no production date)."""
    fields = {k: v for k, v in dataclasses.asdict(data).items() if k not in HASH_EXCLUDED}
    return json.dumps(
        fields, default=_plain, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def data_hash(data: Any) -> str:
    """SHA-256 of the canonical JSON: equal data gives an equal hash, on any day."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def record_report(
    db: Database,
    kind: str,
    subject_id: str | None,
    year: int | None,
    period: tuple[dt.date | None, dt.date | None],
    file: str,
    data_hash: str,
    actor: str = "",
) -> str:
    """Write a ``report_record`` row (through the change log); returns its id."""
    if not actor:
        profile = user_profile(db)
        actor = profile.name if profile else "IGS Desktop"

    def work(w: Writer) -> str:
        key = w.create(
            "report_record",
            {
                "kind": kind,
                "subject_id": subject_id or None,
                "project_year": year,
                "period_from": period[0],
                "period_to": period[1],
                "file_path": file,
                "data_hash": data_hash,
            },
        )
        return str(key["id"])

    record_id, _outcome = EditSession(db, actor).run(f"Rapport opgemaakt: {TITLES[kind]}", work)
    return record_id


def report_history(db: Database, subject_id: str | None = None) -> list[ProducedReportRecord]:
    """Produced reports, newest first: all of them, or those on one applicant (for the
    Reports page's list)."""
    return reports(db, subject_id)
