"""What the pages show: the portfolio at a glance and one partnership in full."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import (
    Finding,
    Partnership,
    StimulusStatus,
    active_in,
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
from ..store.partnerships import (
    MemberRecord,
    PartnershipRecord,
    partnership_members,
)
from .portfolio_summary import PortfolioRecord, completed, read_rows, region_name
from .rules import NotFoundError, RuleContext, rule_context_of
from .team_portfolio import NO_TEAM, HolderRecord, owner_of

# What the pages show of a portfolio and a partnership (see services.workbench on names).
__all__ = [
    "ActionRecord",
    "CatalogueRecord",
    "FigureRecord",
    "HistoryRecord",
    "HolderRecord",
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
    member_names: tuple[str, ...] = ()  # the same governments' names, in the same order

    @property
    def named_members(self) -> list[tuple[str, str]]:
        """The active members as (NIS code, name)."""
        return list(zip(self.active_members, self.member_names, strict=True))


def partnership_choices(db: Database, year: int) -> list[PartnershipChoice]:
    """Every partnership by name, with its members active in ``year`` by name (no rules, no
    money: cheap at any size)."""
    choices = []
    for pid, name, members in partnership_members(db):
        active = [(nis, g) for nis, g, joined, left in members if active_in(joined, left, year)]
        choices.append(
            PartnershipChoice(
                pid, name, tuple(nis for nis, _ in active), tuple(g for _, g in active)
            )
        )
    return choices


def portfolio(db: Database, year: int, today: dt.date | None = None) -> list[PortfolioRecord]:
    """Every applicant of the portfolio in ``year`` with its counts and open work (the window
    shows the rows first and fills these in on a worker: ``services.portfolio_summary``)."""
    rows = completed(db, read_rows(db, year), year, today or dt.date.today())
    assert rows is not None  # always wanted here
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
    # whose portfolio it is in; a colleague's is read-only (services.team_portfolio)
    holder: HolderRecord = NO_TEAM

    @property
    def region_name(self) -> str:
        return region_name(self.partnership, self.year)

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
    """One partnership's page in ``year``; without a ``context`` only it and its neighbours
    (``rule_context_of``) are read."""
    today = today or dt.date.today()
    context = context or rule_context_of(db, partnership_id, year)
    index = next((i for i, r in enumerate(context.records) if r.id == partnership_id), None)
    if index is None:
        raise NotFoundError("Dit samenwerkingsverband bestaat niet (meer).")
    record = context.records[index]
    p = context.partnerships[index]
    money = details.money_of(db, partnership_id)
    due = details.open_due_items(db, partnership_id)
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
        holder=owner_of(db, partnership_id),
    )


def catalogue(db: Database) -> list[CatalogueRecord]:
    return details.catalogue(db)
