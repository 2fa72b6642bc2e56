"""The data of an advice report: a question, its context, the rules and a what-if."""

from __future__ import annotations

import datetime as dt

from ..domain import JoinOutcome, LeaveOutcome, active_members
from ..domain.language import Language
from ..reports.model import AdviceData, MoneyLine, NoteLine, WhatIf
from ..reports.wording import Wording
from ..store import report_queries as rq
from ..store.database import Database
from . import rules
from .overview import PartnershipDetail
from .report_data import (
    ReportInputError,
    contact_of,
    finding_lines,
    member_lines,
    meta,
    subject,
    submitter_name,
    year_subtitle,
)


def _yes_no(value: bool | None) -> str:
    return "onbekend (er ontbreekt een cijfer)" if value is None else ("ja" if value else "nee")


def _yes_no_en(value: bool | None) -> str:
    return "unknown (a figure is missing)" if value is None else ("yes" if value else "no")


def _year1_cents(detail: PartnershipDetail) -> int | None:
    amounts = [s.cents for s in detail.subsidies if s.year == 1]
    return sum(amounts) if amounts else None


def _members_before(detail: PartnershipDetail) -> tuple[str, ...]:
    return tuple(m.government.name for m in active_members(detail.partnership, detail.year))


def _leave(db: Database, detail: PartnershipDetail, who: str) -> WhatIf:
    o: LeaveOutcome = rules.leave(db, detail.record.id, who, detail.year)
    name = o.leaver.name
    return WhatIf(
        kind="leave",
        subject=name,
        members_before=_members_before(detail),
        members_after=tuple(
            m.government.name for m in active_members(o.partnership_after, detail.year)
        ),
        total_before=o.before_non_eu14,
        total_after=o.remaining_non_eu14,
        year1_subsidy_cents=_year1_cents(detail),
        keeps_year1_subsidy=o.remaining_keep_year1_subsidy,
        facts=(
            (
                f"Verliest {name} het recht op de subsidies van projectjaar 1?",
                _yes_no(o.leaver_loses_year1_subsidy),
            ),
            (
                "Behouden de overblijvende leden de subsidies van projectjaar 1?",
                _yes_no(o.remaining_keep_year1_subsidy),
            ),
            (f"Kan {name} zelf een nieuwe aanvraag indienen?", _yes_no(o.leaver_may_reapply)),
            (
                "Moeten de overblijvende leden een nieuwe indiener aanduiden?",
                _yes_no(o.new_submitter_needed),
            ),
            ("Blijft er één alleenstaande aanvrager over?", _yes_no(o.single_applicant_left)),
        ),
        facts_en=(
            (
                f"Does {name} lose the right to the subsidies of project year 1?",
                _yes_no_en(o.leaver_loses_year1_subsidy),
            ),
            (
                "Do the remaining members keep the subsidies of project year 1?",
                _yes_no_en(o.remaining_keep_year1_subsidy),
            ),
            (f"Can {name} submit a new application itself?", _yes_no_en(o.leaver_may_reapply)),
            (
                "Must the remaining members designate a new submitter?",
                _yes_no_en(o.new_submitter_needed),
            ),
            ("Is one single applicant left?", _yes_no_en(o.single_applicant_left)),
        ),
        explanation=o.explanation,
        explanation_en=o.explanation_en,
        findings_after=finding_lines(o.findings),
    )


def _join(db: Database, detail: PartnershipDetail, who: str) -> WhatIf:
    o: JoinOutcome = rules.join(db, detail.record.id, who, detail.year)
    name = o.joiner.name
    return WhatIf(
        kind="join",
        subject=name,
        members_before=_members_before(detail),
        members_after=tuple(
            m.government.name for m in active_members(o.partnership_after, detail.year)
        ),
        total_before=o.before_non_eu14,
        total_after=o.combined_non_eu14,
        year1_subsidy_cents=_year1_cents(detail),
        keeps_year1_subsidy=None,
        facts=(
            (f"Kan {name} toetreden volgens de regels?", _yes_no(o.allowed)),
            (f"Is {name} nieuw in Plan Samenleven?", _yes_no(o.joiner_new_to_programme)),
            ("Komt de stimulans 'samenwerking' in aanmerking?", _yes_no(o.stimulus_eligible)),
            *(
                [("Kan de stimulans van het vorige projectjaar verlengd worden?", "ja")]
                if o.stimulus_extension
                else []
            ),
        ),
        facts_en=(
            (f"Can {name} join according to the rules?", _yes_no_en(o.allowed)),
            (f"Is {name} new to Plan Samenleven?", _yes_no_en(o.joiner_new_to_programme)),
            ("Is the cooperation stimulus possible?", _yes_no_en(o.stimulus_eligible)),
            *(
                [("Can the stimulus of the previous project year be extended?", "yes")]
                if o.stimulus_extension
                else []
            ),
        ),
        explanation=o.explanation,
        explanation_en=o.explanation_en,
        findings_after=finding_lines(o.findings),
    )


def advice_data(
    db: Database,
    id_or_name: str,
    year: int | None = None,
    question: str = "",
    leave: str | None = None,
    join: str | None = None,
    advice: str = "",
    today: dt.date | None = None,
    lang: Language = Language.NL,
) -> AdviceData:
    """Adviesrapport; ``leave`` or ``join`` (a NIS code or name) adds a what-if simulation."""
    if leave and join:
        raise ReportInputError("Kies één simulatie: uitstappen of toetreden, niet allebei.")
    today = today or dt.date.today()
    _context, d = subject(db, id_or_name, year, today)
    what_if = None
    if leave:
        what_if = _leave(db, d, leave)
    elif join:
        what_if = _join(db, d, join)
    if not question.strip():
        w = Wording(lang)
        if what_if is None:
            question = w.t("Advies over {name}", name=d.record.name)
        elif what_if.kind == "leave":
            question = w.t("Wat als {name} uitstapt?", name=what_if.subject)
        else:
            question = w.t("Wat als {name} toetreedt?", name=what_if.subject)
    evidence = tuple(
        NoteLine(n.noted_on, n.title, n.kind, n.body)
        for n in rq.notes_of(db, d.record.id, for_reports_only=True)
    )
    return AdviceData(
        meta=meta(
            "advice",
            d.record.name,
            d.record.is_demo,
            today,
            year_subtitle(d.year, lang),
            d.record.id,
            lang,
        ),
        year=d.year,
        question=question.strip(),
        region=d.region_name,
        submitter=submitter_name(d),
        support_contact=contact_of(db, d),
        kpi=d.record.kpi,
        members=member_lines(d),
        subsidies=tuple(MoneyLine(s.year, s.cents, s.description) for s in d.subsidies),
        findings=finding_lines(d.findings),
        what_if=what_if,
        advice=advice.strip(),
        evidence=evidence,
    )
