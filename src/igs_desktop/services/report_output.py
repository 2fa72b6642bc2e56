"""Producing a report: data → PDF bytes → file on disk → a record of it.

The app's Reports page and ``igs-desktop report`` both call ``produce``, so they make the same
document and record it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..reports import build_pdf, kind_of
from ..reports.model import FollowUpData, ReportData
from ..store.database import Database
from .report_data import data_hash, record_report
from .safe_output import checked_output, write_atomically


class ReportOutputError(OSError):
    """The PDF could not be written; the message (Dutch) names the file."""


@dataclass(frozen=True)
class ProducedReport:
    kind: str
    path: Path
    size: int
    data_hash: str
    record_id: str


def write_pdf(path: Path, content: bytes) -> None:
    """Write ``content`` atomically: a reader never sees half a PDF."""
    write_atomically(path, content, ReportOutputError)


def produce(
    db: Database,
    data: ReportData,
    path: Path,
    actor: str = "",
    *,
    overwrite: bool = False,
    protected_dirs: Iterable[Path] = (),
) -> ProducedReport:
    """Build the PDF of ``data``, write it to ``path`` and record it in ``report_record``.

    ``path`` is checked first (``safe_output``): never the database, a backup or a device, and
    an existing file only with ``overwrite``; UnsafeOutputError otherwise, nothing written."""
    path = checked_output(path, db.path, protected_dirs, overwrite)
    kind = kind_of(data)
    content = build_pdf(data)
    write_pdf(path, content)
    digest = data_hash(data)
    year = getattr(data, "year", None)
    period = (data.period_from, data.period_to) if isinstance(data, FollowUpData) else (None, None)
    record_id = record_report(
        db, kind, data.meta.subject_id or None, year, period, str(path), digest, actor
    )
    return ProducedReport(kind, path, len(content), digest, record_id)
