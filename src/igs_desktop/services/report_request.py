"""What a user asks for when they ask for a report, and the one place that turns it into data.

The Reports page and ``igs-desktop report`` both build a ``ReportRequest`` and call
``produce_report``; which data a report kind needs is decided here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.language import Language
from ..reports import KIND_ADVICE, KIND_PLAN, KIND_PORTFOLIO, KINDS, TITLES
from ..reports.model import ReportData
from ..store.database import Database
from .report_advice import advice_data
from .report_data import ReportInputError, plan_data, portfolio_data
from .report_follow_up import follow_up_data
from .report_output import ProducedReport, produce

__all__ = ["KINDS", "TITLES", "ProducedReport", "ReportRequest", "produce_report", "report_data"]

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ReportRequest:
    """One report as asked for. ``partnership`` is an id or a name (not for the portfolio);
    ``language`` the language of the whole report (Dutch unless English is asked for)."""

    kind: str
    partnership: str | None = None
    year: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    question: str = ""
    leave: str | None = None
    join: str | None = None
    advice: str = ""
    language: Language = Language.NL

    def __post_init__(self) -> None:
        # "en" from a settings file or a Qt item's data is the Language it names
        object.__setattr__(self, "language", Language(self.language))

    @property
    def title(self) -> str:
        """The report's Dutch title (the file name and the change log use it)."""
        return TITLES[self.kind]


def report_data(db: Database, request: ReportRequest) -> ReportData:
    """The data of the report asked for; ReportInputError or NotFoundError on bad input."""
    if request.kind not in TITLES:
        raise ReportInputError(f"Onbekend soort rapport: {request.kind}.")
    lang = request.language
    if request.kind == KIND_PORTFOLIO:
        return portfolio_data(db, request.year, lang=lang)
    if not request.partnership:
        raise ReportInputError(f"Kies de aanvrager van het {TITLES[request.kind].lower()}.")
    if request.kind == KIND_PLAN:
        return plan_data(db, request.partnership, request.year, lang=lang)
    if request.kind == KIND_ADVICE:
        return advice_data(
            db,
            request.partnership,
            request.year,
            request.question,
            request.leave,
            request.join,
            request.advice,
            lang=lang,
        )
    return follow_up_data(
        db, request.partnership, request.year, request.date_from, request.date_to, lang=lang
    )


def file_name(request: ReportRequest, data: ReportData, now: dt.datetime) -> str:
    """A name for the report in the reports folder: kind, subject and moment."""
    subject = re.sub(r"[^\w-]+", "-", data.meta.subject or "portefeuille").strip("-")
    return f"{request.title.lower()}-{subject}-{now:%Y%m%d-%H%M%S}.pdf"


def produce_report(
    db: Database,
    request: ReportRequest,
    actor: str,
    *,
    path: Path | None = None,
    folder: Path | None = None,
    progress: Progress | None = None,
    overwrite: bool = False,
    protected_dirs: tuple[Path, ...] = (),
) -> ProducedReport:
    """Gather the data, build the PDF, write it to ``path`` (or a new file in ``folder``) and
    record it. Runs in a worker thread for the window; ``progress`` says how far it is."""
    say = progress or (lambda _fraction, _text: None)
    say(0.1, "Gegevens verzamelen…")
    data = report_data(db, request)
    say(0.5, "PDF opmaken…")
    if path is None:
        if folder is None:
            raise ValueError("produce_report needs a path or a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(
                f"De map {folder} kan niet gemaakt worden: {exc.strerror or exc}"
            ) from exc
        path = folder / file_name(request, data, dt.datetime.now())
    produced = produce(db, data, path, actor, overwrite=overwrite, protected_dirs=protected_dirs)
    say(1.0, "Klaar")
    return produced
