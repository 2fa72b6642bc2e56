"""The data of the printed reports, built from the database for the Qt-free builders.

Each ``*_data`` function reads through the store and the rule services and returns one of the
frozen objects of ``reports.model``; ``report_output.produce`` turns it into a recorded PDF.
"""

from __future__ import annotations

import datetime as dt

from .. import __version__
from ..domain import Finding, calendar, check_partnership
from ..domain.language import Language
from ..domain.work import track_overdue
from ..reports import TITLES
from ..reports.model import (
    ActionLine,
    DeadlineLine,
    FindingLine,
    MemberLine,
    MoneyLine,
    PlanData,
    PortfolioData,
    PortfolioLine,
    ReportMeta,
    SessionLine,
    TrackLine,
)
from ..reports.wording import N_, Wording
from ..store import calendar as calendar_store
from ..store import report_queries as rq
from ..store.database import Database
from ..store.profile import user_profile
from .overview import PartnershipDetail, partnership_detail, portfolio
from .report_records import canonical_json, data_hash, record_report
from .rules import (
    NotFoundError,
    RuleContext,
    default_year,
    resolve_partnership_id,
    rule_context,
    rule_context_of,
)

__all__ = [
    "NotFoundError",
    "ReportInputError",
    "canonical_json",
    "data_hash",
    "plan_data",
    "portfolio_data",
    "record_report",
]


class ReportInputError(ValueError):
    """A report asked for something that cannot be (a period ending before it starts, ...)."""


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored moment (UTC, aware or naive) as the clock in Brussels showed it, naive."""
    return calendar_store.brussels_wall_time(moment)


def meta(
    kind: str,
    subject: str,
    is_demo: bool,
    today: dt.date,
    subtitle: str = "",
    subject_id: str = "",
    lang: Language = Language.NL,
) -> ReportMeta:
    """What every page shows, in the report's language (the title translated)."""
    title = Wording(lang).t(TITLES[kind])
    return ReportMeta(title, subject, today, __version__, is_demo, subtitle, subject_id, lang)


def finding_lines(findings: tuple[Finding, ...] | list[Finding]) -> tuple[FindingLine, ...]:
    """The findings for a report, each message in Dutch and in English."""
    return tuple(
        FindingLine(f.code, f.severity.label_nl, f.message, f.message_en) for f in findings
    )


def kind_label(active_count: int) -> str:
    """The kind of applicant, in Dutch (the report prints it in its language)."""
    return (
        N_("Intergemeentelijke samenwerking (IGS)")
        if active_count > 1
        else N_("Alleenstaand lokaal bestuur")
    )


def subject(
    db: Database, id_or_name: str, year: int | None, today: dt.date
) -> tuple[RuleContext, PartnershipDetail]:
    """The partnership a report is about, with the rules' context of the year."""
    year = default_year(db, today) if year is None else year
    pid = resolve_partnership_id(db, id_or_name)
    context = rule_context_of(db, pid, year)
    return context, partnership_detail(db, pid, year, context, today)


def member_lines(detail: PartnershipDetail) -> tuple[MemberLine, ...]:
    """Members that took part up to the report's year (later joiners are left out)."""
    transferred: dict[str, int] = {}
    for t in detail.transfers:
        if t.year == detail.year and t.to_nis:
            transferred[t.to_nis] = transferred.get(t.to_nis, 0) + t.cents
    lines = []
    for m in detail.members:
        if m.joined_year > detail.year:
            continue
        figure = detail.figure(m.nis_code)
        lines.append(
            MemberLine(
                name=m.name,
                nis_code=m.nis_code,
                joined_year=m.joined_year,
                left_year=m.left_year,
                active=detail.active(m),
                submitter=m.nis_code == detail.record.submitter_nis,
                non_eu14=figure.non_eu14 if figure else None,
                figure_year=detail.year,
                figure_source=figure.source if figure else "",
                transfer_arrangement=m.transfer_arrangement,
                transferred_cents=transferred.get(m.nis_code),
            )
        )
    return tuple(sorted(lines, key=lambda m: (not m.active, not m.submitter, m.name)))


def action_lines(detail: PartnershipDetail) -> tuple[ActionLine, ...]:
    lines = []
    for a in detail.actions:
        kpi = a.kpi(detail.year)
        lines.append(
            ActionLine(
                number=a.action.number,
                title=a.action.title,
                objective=a.action.objective_name,
                kpi_unit=a.action.kpi_unit,
                target=kpi.target if kpi else None,
                interim=kpi.interim_actual if kpi else None,
                final=kpi.final_actual if kpi else None,
                subsidy_cents=a.subsidy_cents,
            )
        )
    return tuple(lines)


def submitter_name(detail: PartnershipDetail) -> str:
    return next((m.name for m in detail.members if m.nis_code == detail.record.submitter_nis), "")


def contact_of(db: Database, detail: PartnershipDetail) -> str:
    name = rq.contact_name(db, detail.record.support_contact_id)
    if name:
        return name
    profile = user_profile(db)
    return profile.name if profile else ""


def session_lines(records: list[rq.SessionRecord]) -> tuple[SessionLine, ...]:
    return tuple(
        SessionLine(s.held_on, s.topic, s.participants, s.shared, s.agreements) for s in records
    )


def deadline_lines(db: Database, year: int, today: dt.date) -> tuple[DeadlineLine, ...]:
    """Every moment of the year in the programme's order; one not announced yet says so."""
    found = calendar_store.project_year(db, year)
    if found is None:
        return ()
    lines = []
    for d in calendar.deadlines(found):
        dutch = f" (om {d.time:%H:%M} uur)" if d.time else ""
        english = f" (at {d.time:%H:%M})" if d.time else ""
        lines.append(
            DeadlineLine(
                d.label + dutch,
                d.on,
                d.state(today).value,
                d.label_in(Language.EN) + english,
            )
        )
    return tuple(lines)


def year_subtitle(year: int, lang: Language = Language.NL) -> str:
    return Wording(lang).t("Projectjaar {year}", year=year)


def plan_data(
    db: Database,
    id_or_name: str,
    year: int | None = None,
    today: dt.date | None = None,
    lang: Language = Language.NL,
) -> PlanData:
    """Ondersteuningsplan of one applicant for one project year."""
    today = today or dt.date.today()
    _context, d = subject(db, id_or_name, year, today)
    members = member_lines(d)
    tracks = tuple(
        TrackLine(
            t.action_number,
            t.action_title,
            t.theme,
            t.phase,
            t.status,
            t.next_step,
            t.due_date,
            track_overdue(t.due_date, t.status, today),
        )
        for t in d.tracks
    )
    period = calendar_store.project_year(db, d.year)
    assert period is not None  # rule_context refused an unknown year already
    return PlanData(
        meta=meta(
            "plan",
            d.record.name,
            d.record.is_demo,
            today,
            year_subtitle(d.year, lang),
            d.record.id,
            lang,
        ),
        year=d.year,
        period_start=period.start,
        period_end=period.end,
        kind=kind_label(sum(1 for m in members if m.active)),
        region=d.region_name,
        submitter=submitter_name(d),
        support_contact=contact_of(db, d),
        kpi=d.record.kpi,
        members=members,
        findings=finding_lines(d.findings),
        actions=action_lines(d),
        subsidies=tuple(
            MoneyLine(s.year, s.cents, s.description) for s in d.subsidies if s.year == d.year
        ),
        stimuli=tuple(
            MoneyLine(s.year, s.cents, s.description) for s in d.stimuli if s.year == d.year
        ),
        tracks=tracks,
        sessions=session_lines(rq.sessions_of(db, d.record.id, date_from=today)),
        deadlines=deadline_lines(db, d.year, today),
    )


def portfolio_data(
    db: Database,
    year: int | None = None,
    today: dt.date | None = None,
    lang: Language = Language.NL,
) -> PortfolioData:
    """Every applicant of the portfolio on one line."""
    today = today or dt.date.today()
    year = default_year(db, today) if year is None else year
    context = rule_context(db, year)
    status = {r.id: r.status for r in context.records}
    codes = {
        p.id: tuple(
            dict.fromkeys(
                f.code for f in check_partnership(p, year, context.others(p.id), context.supported)
            )
        )
        for p in context.partnerships
    }
    rows = portfolio(db, year, today)
    profile = user_profile(db)
    contact = profile.name if profile else ""
    lines = tuple(
        PortfolioLine(
            name=r.name,
            kind=r.kind,
            region=r.region_name,
            members=r.member_names,
            status=status.get(r.id, ""),
            errors=r.errors,
            warnings=r.warnings,
            codes=codes.get(r.id, ()),
            next_deadline=r.next_deadline,
            next_deadline_title=r.next_deadline_title,
            overdue=r.overdue,
        )
        for r in rows
    )
    w = Wording(lang)
    return PortfolioData(
        meta=meta(
            "portfolio",
            w.t("Portefeuille van {name}", name=contact) if contact else w.t("Portefeuille"),
            any(r.is_demo for r in rows),
            today,
            year_subtitle(year, lang),
            lang=lang,
        ),
        year=year,
        support_contact=contact,
        lines=lines,
    )
