"""The data of a follow-up report: KPI progress, what changed since the last one, the period's
notes and sessions, and what is open or overdue."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..domain.language import Language
from ..domain.work import overdue as is_overdue
from ..reports.model import ChangeLine, ChangesSince, DueLine, FollowUpData, NoteLine
from ..reports.wording import N_, Wording
from ..store import calendar as calendar_store
from ..store import details
from ..store import report_queries as rq
from ..store.database import Database
from .report_data import (
    ReportInputError,
    action_lines,
    data_hash,
    finding_lines,
    local_time,
    meta,
    session_lines,
    subject,
)
from .rules import default_year

KIND = "follow-up"

CATEGORIES = {
    "partnership": N_("Aanvrager"),
    "membership": N_("Leden"),
    "population_figure": N_("Cijfers"),
    "partnership_action": N_("Acties"),
    "kpi_value": N_("Acties"),
    "new_member_action": N_("Acties"),
    "subsidy": N_("Financiën"),
    "transfer": N_("Financiën"),
    "stimulus_grant": N_("Financiën"),
    "support_track": N_("Ondersteuning"),
    "note": N_("Notities"),
    "knowledge_session": N_("Kennisdeling"),
    "follow_up": N_("Opvolging"),
}
"""The Dutch category of a change (the report prints it in its language)."""
OTHER = N_("Overige")

FIELDS = {
    "name": "naam",
    "kpi": "KPI",
    "status": "status",
    "submitter_nis": "indiener (NIS)",
    "joined_year": "toegetreden in projectjaar",
    "left_year": "uitgestapt vanaf projectjaar",
    "transfer_arrangement": "afspraak doorstorting",
    "non_eu14": "inwoners niet-EU14",
    "source": "bron",
    "target": "KPI-doel",
    "interim_actual": "tussentijds bereikt",
    "final_actual": "bereikt op het einde van het jaar",
    "subsidy_cents": "subsidie (cent)",
    "phase": "fase",
    "next_step": "volgende stap",
    "due_date": "tegen",
}

GROUP_GAP = dt.timedelta(seconds=5)


def _detail(row: rq.ChangeRecord) -> str | None:
    if row.operation != "update" or row.field not in FIELDS:
        return None
    who = f"{row.government}: " if row.government else ""
    return f"{who}{FIELDS[row.field]}: {row.old_value or '—'} → {row.new_value or '—'}"


def change_lines(rows: list[rq.ChangeRecord]) -> tuple[ChangeLine, ...]:
    """One line per user action: consecutive entries with the same summary and author."""
    lines: list[ChangeLine] = []
    last: rq.ChangeRecord | None = None
    for row in rows:
        detail = _detail(row)
        same = (
            last is not None
            and lines
            and row.summary == last.summary
            and row.changed_by == last.changed_by
            and row.changed_at - last.changed_at <= GROUP_GAP
        )
        if same:
            current = lines[-1]
            if detail and detail not in current.details:
                lines[-1] = dataclasses.replace(current, details=(*current.details, detail))
        else:
            lines.append(
                ChangeLine(
                    local_time(row.changed_at),
                    row.changed_by,
                    CATEGORIES.get(row.entity, OTHER),
                    row.summary or f"{row.operation} {row.entity}",
                    (detail,) if detail else (),
                )
            )
        last = row
    return tuple(lines)


def follow_up_data(
    db: Database,
    id_or_name: str,
    year: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    today: dt.date | None = None,
    lang: Language = Language.NL,
) -> FollowUpData:
    """Opvolgingsrapport over [date_from, date_to]: by default from the day after the previous
    follow-up report's period (or the start of the project year) up to today."""
    today = today or dt.date.today()
    date_to = date_to or today
    year = default_year(db, date_to) if year is None else year
    _context, d = subject(db, id_or_name, year, today)
    previous = rq.last_report(db, KIND, d.record.id)
    if date_from is None:
        start = calendar_store.project_year(db, d.year)
        date_from = start.start if start else date_to
        if previous and previous.period_to and previous.period_to < date_to:
            date_from = previous.period_to + dt.timedelta(days=1)
    if date_from > date_to:
        raise ReportInputError(
            f"De periode klopt niet: {date_from:%d-%m-%Y} ligt na {date_to:%d-%m-%Y}."
        )
    pid = d.record.id
    due = [
        DueLine(i.title, i.kind, i.due_date, is_overdue(i.due_date, False, today))
        for i in details.open_due_items(db, pid)
    ]
    due += [
        DueLine(f.title, "opvolging", None, False)
        for f in rq.open_follow_ups(db, pid)
        if f.due_date is None
    ]
    changes = ChangesSince(None, None, None, None, ())
    if previous is not None:
        rows = rq.changes_since(db, pid, previous.produced_at, [m.nis_code for m in d.members])
        changes = ChangesSince(
            local_time(previous.produced_at),
            previous.period_from,
            previous.period_to,
            None,
            change_lines(rows),
        )
    data = FollowUpData(
        meta=meta(
            KIND,
            d.record.name,
            d.record.is_demo,
            today,
            f"{Wording(lang).short_date(date_from)} – {Wording(lang).short_date(date_to)}",
            pid,
            lang,
        ),
        year=d.year,
        period_from=date_from,
        period_to=date_to,
        members=tuple(m.name for m in d.members if d.active(m)),
        actions=action_lines(d),
        findings=finding_lines(d.findings),
        changes=changes,
        notes=tuple(
            NoteLine(n.noted_on, n.title, n.kind, n.body)
            for n in rq.notes_of(db, pid, date_from, date_to, for_reports_only=True)
        ),
        sessions=session_lines(rq.sessions_of(db, pid, date_from, date_to)),
        due=tuple(due),
    )
    if previous is not None:
        same = previous.data_hash == data_hash(data)
        data = dataclasses.replace(data, changes=dataclasses.replace(changes, same_data=same))
    return data
