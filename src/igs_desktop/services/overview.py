"""What the pages show: the portfolio at a glance and one partnership in full."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import (
    Finding,
    Partnership,
    Severity,
    StimulusStatus,
    active_in,
    active_members,
    check_partnership,
    stimulus_status,
)
from ..domain.work import overdue as is_overdue
from ..store import details
from ..store.database import Database
from ..store.details import (
    ActionRecord,
    CatalogueRecord,
    FigureRecord,
    HistoryRecord,
    KpiValueRecord,
    MoneyRecord,
    NewMemberActionRecord,
    TrackRecord,
)
from ..store.partnerships import MemberRecord, PartnershipRecord, partnership_members
from .rules import NotFoundError, RuleContext, rule_context

# What the pages show of a portfolio and a partnership (see services.workbench on names).
__all__ = [
    "ActionRecord",
    "CatalogueRecord",
    "FigureRecord",
    "HistoryRecord",
    "KpiValueRecord",
    "MemberRecord",
    "MoneyRecord",
    "NewMemberActionRecord",
    "PartnershipChoice",
    "PartnershipDetail",
    "PartnershipRecord",
    "PortfolioRecord",
    "TrackRecord",
    "catalogue",
    "partnership_choices",
    "partnership_detail",
    "portfolio",
]


@dataclass(frozen=True)
class PartnershipChoice:
    """A partnership to choose in a form: its name and its active members in a year."""

    id: str
    name: str
    active_members: tuple[str, ...]  # NIS codes


def partnership_choices(db: Database, year: int) -> list[PartnershipChoice]:
    """Every partnership by name, with its members active in ``year`` (no rules, no money)."""
    return [
        PartnershipChoice(
            pid,
            name,
            tuple(nis for nis, joined, left in members if active_in(joined, left, year)),
        )
        for pid, name, members in partnership_members(db)
    ]


@dataclass(frozen=True)
class PortfolioRecord:
    """One applicant on the start page."""

    id: str
    name: str
    kind: str
    region_name: str
    member_count: int
    member_names: tuple[str, ...]
    submitter_name: str
    errors: int
    warnings: int
    next_deadline: dt.date | None
    next_deadline_title: str
    overdue: int
    is_demo: bool


def _kind(member_count: int) -> str:
    return "IGS" if member_count > 1 else "Enkel bestuur"


def _region(p: Partnership, year: int) -> str:
    names = sorted({m.government.region_label for m in active_members(p, year)})
    return " / ".join(names)


def portfolio(db: Database, year: int, today: dt.date | None = None) -> list[PortfolioRecord]:
    today = today or dt.date.today()
    context = rule_context(db, year)
    due = details.open_due_items(db)
    rows = []
    for record, p in zip(context.records, context.partnerships, strict=True):
        findings = check_partnership(p, year, context.others(p.id), context.supported)
        active = active_members(p, year)
        mine = [d for d in due if d.partnership_id == p.id]
        upcoming = [d for d in mine if d.due_date >= today]
        submitter = next((m.government.name for m in active if m.nis_code == p.submitter), "")
        rows.append(
            PortfolioRecord(
                id=p.id,
                name=p.name,
                kind=_kind(len(active)),
                region_name=_region(p, year),
                member_count=len(active),
                member_names=tuple(m.government.name for m in active),
                submitter_name=submitter,
                errors=sum(1 for f in findings if f.severity is Severity.ERROR),
                warnings=sum(1 for f in findings if f.severity is Severity.WARNING),
                next_deadline=upcoming[0].due_date if upcoming else None,
                next_deadline_title=upcoming[0].title if upcoming else "",
                overdue=sum(1 for d in mine if is_overdue(d.due_date, False, today)),
                is_demo=record.is_demo,
            )
        )
    return rows


@dataclass(frozen=True)
class PartnershipDetail:
    """Everything the partnership page shows, for one project year."""

    year: int
    record: PartnershipRecord
    partnership: Partnership
    findings: tuple[Finding, ...]
    figures: tuple[FigureRecord, ...]
    actions: tuple[ActionRecord, ...]
    tracks: tuple[TrackRecord, ...]
    subsidies: tuple[MoneyRecord, ...]
    transfers: tuple[MoneyRecord, ...]
    stimuli: tuple[MoneyRecord, ...]
    new_member_actions: tuple[NewMemberActionRecord, ...]
    history: tuple[HistoryRecord, ...]
    overdue: int
    stimulus: StimulusStatus | None = None  # the verdict on the stimulus in `year`

    @property
    def region_name(self) -> str:
        return _region(self.partnership, self.year)

    @property
    def members(self) -> tuple[MemberRecord, ...]:
        return self.record.members

    def active(self, member: MemberRecord) -> bool:
        return member.active_in(self.year)

    def figure(self, nis_code: str, year: int | None = None) -> FigureRecord | None:
        wanted = self.year if year is None else year
        return next((f for f in self.figures if f.nis_code == nis_code and f.year == wanted), None)


def partnership_detail(
    db: Database,
    partnership_id: str,
    year: int,
    context: RuleContext | None = None,
    today: dt.date | None = None,
) -> PartnershipDetail:
    today = today or dt.date.today()
    context = context or rule_context(db, year)
    index = next((i for i, r in enumerate(context.records) if r.id == partnership_id), None)
    if index is None:
        raise NotFoundError("Dit samenwerkingsverband bestaat niet (meer).")
    record = context.records[index]
    p = context.partnerships[index]
    money = details.money_of(db, partnership_id)
    due = [d for d in details.open_due_items(db) if d.partnership_id == partnership_id]
    return PartnershipDetail(
        year=year,
        record=record,
        partnership=p,
        findings=tuple(check_partnership(p, year, context.others(p.id), context.supported)),
        figures=tuple(details.figures_of(db, [m.nis_code for m in record.members])),
        actions=tuple(details.actions_of(db, partnership_id)),
        tracks=tuple(details.tracks_of(db, partnership_id)),
        subsidies=tuple(money["subsidies"]),
        transfers=tuple(money["transfers"]),
        stimuli=tuple(money["stimuli"]),
        new_member_actions=tuple(details.new_member_actions_of(db, partnership_id)),
        history=tuple(details.history_of(db, partnership_id)),
        overdue=sum(1 for d in due if is_overdue(d.due_date, False, today)),
        stimulus=stimulus_status(p, year, context.others(p.id)),
    )


def catalogue(db: Database) -> list[CatalogueRecord]:
    return details.catalogue(db)
