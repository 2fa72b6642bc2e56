"""The programme's rules applied to what the store holds.

Converts stored partnerships into the domain's dataclasses (with the population figures of the
year in question) and runs the checks and simulations on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain import (
    ActionResult,
    Finding,
    Government,
    JoinOutcome,
    LeaveOutcome,
    Membership,
    Partnership,
    Severity,
    Subsidy,
    Transfer,
    check_partnership,
    simulate_join,
    simulate_leave,
)
from ..domain.partnership_index import OtherPartnerships
from ..store.database import Database
from ..store.partnerships import (
    PartnershipRecord,
    find_government,
    load_partnerships,
    partnership_names,
    population_figures,
    sharing_a_government,
    supported_action_numbers,
)
from .calendar import current_year, known_years
from .gc_pause import cycle_collection_paused


class NotFoundError(LookupError):
    """Something the user named does not exist (or is ambiguous); the message says which."""


def _euro(cents: int) -> Decimal:
    return Decimal(cents) / 100


def to_domain(record: PartnershipRecord, figures: dict[str, int | None], year: int) -> Partnership:
    """The domain's view of a stored partnership in one project year: the figures of that
    year, the actions rolled out with the members that joined in that year, and that year's
    subsidies, transfers and KPI results (the rules of a year read no other year's money)."""
    return Partnership(
        id=record.id,
        name=record.name,
        submitter=record.submitter_nis,
        memberships=tuple(
            Membership(
                government=Government(
                    nis_code=m.nis_code,
                    name=m.name,
                    region=m.region_code or "",
                    non_eu14=figures.get(m.nis_code),
                    region_name=m.region_name,
                ),
                joined_year=m.joined_year,
                left_year=m.left_year,
                transfer_arrangement=m.transfer_arrangement,
            )
            for m in record.members
        ),
        formed_year=record.formed_year,
        kpi=record.kpi,
        supported_actions=record.tracked_action_numbers,
        stimulus_years=record.stimulus_years,
        new_member_actions=tuple(
            sorted({number for y, number in record.new_member_actions if y == year})
        ),
        subsidies=tuple(
            Subsidy(s.year, _euro(s.cents)) for s in record.subsidies if s.year == year
        ),
        transfers=tuple(
            Transfer(t.to_nis or "", t.year, _euro(t.cents))
            for t in record.transfers
            if t.year == year
        ),
        action_results=tuple(
            ActionResult(
                action=k.action_number,
                year=k.year,
                target=None if k.target is None else Decimal(k.target),
                interim_actual=None if k.interim_actual is None else Decimal(k.interim_actual),
                final_actual=None if k.final_actual is None else Decimal(k.final_actual),
            )
            for k in record.kpis
            if k.year == year
        ),
    )


def default_year(db: Database, today: dt.date | None = None) -> int:
    """The number of the year the app works in today (``calendar.current_year``)."""
    return current_year(db, today).number


@dataclass(frozen=True)
class PartnershipCheck:
    partnership_id: str
    name: str
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


@dataclass(frozen=True)
class RuleContext:
    """Everything the rules need for one year: every partnership and the catalogue's support.

    The partnerships are indexed once (`OtherPartnerships`), so `others` costs nothing and a
    check of every partnership stays linear in the portfolio.
    """

    year: int
    partnerships: tuple[Partnership, ...]
    records: tuple[PartnershipRecord, ...]
    supported: frozenset[str]
    index: OtherPartnerships = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", OtherPartnerships(self.partnerships))

    def others(self, partnership_id: str) -> OtherPartnerships:
        return self.index.without(partnership_id)

    def partnership(self, partnership_id: str) -> Partnership:
        return next(p for p in self.partnerships if p.id == partnership_id)


def rule_context(db: Database, year: int) -> RuleContext:
    """Every partnership of the portfolio as the rules of ``year`` see it."""
    if year not in known_years(db):
        raise NotFoundError(f"Projectjaar {year} bestaat niet (gekend: {known_years(db)}).")
    with cycle_collection_paused():
        figures: dict[str, int | None] = dict(population_figures(db, year))
        records = tuple(load_partnerships(db))
        return RuleContext(
            year=year,
            partnerships=tuple(to_domain(r, figures, year) for r in records),
            records=records,
            supported=frozenset(supported_action_numbers(db)),
        )


def check_all(db: Database, year: int) -> list[PartnershipCheck]:
    """Every partnership's findings for ``year``, sorted by partnership name."""
    with cycle_collection_paused():
        context = rule_context(db, year)
        return [
            PartnershipCheck(
                p.id,
                p.name,
                tuple(check_partnership(p, year, context.others(p.id), context.supported)),
            )
            for p in context.partnerships
        ]


def _matching_id(candidates: Sequence[tuple[str, str]], id_or_name: str) -> str:
    """The id among (id, name) pairs with this id, or with this name (case and spaces
    ignored), or the one name containing it."""
    wanted = id_or_name.strip()
    if any(pid == wanted for pid, _ in candidates):
        return wanted
    folded = wanted.casefold()
    by_name = [(pid, name) for pid, name in candidates if name.casefold() == folded]
    if not by_name:
        by_name = [(pid, name) for pid, name in candidates if folded in name.casefold()]
    if len(by_name) == 1:
        return by_name[0][0]
    if not by_name:
        raise NotFoundError(f"Geen samenwerkingsverband gevonden met id of naam '{wanted}'.")
    names = ", ".join(name for _, name in by_name)
    raise NotFoundError(f"'{wanted}' past bij meer dan één samenwerkingsverband: {names}.")


def resolve_partnership(context: RuleContext, id_or_name: str) -> Partnership:
    """The partnership with this id, or with this name (case and spaces ignored)."""
    pairs = [(p.id, p.name) for p in context.partnerships]
    return context.partnership(_matching_id(pairs, id_or_name))


def resolve_partnership_id(db: Database, id_or_name: str) -> str:
    """As `resolve_partnership`, from the names alone (nothing else is read)."""
    return _matching_id(partnership_names(db), id_or_name)


def rule_context_of(
    db: Database, partnership_id: str, year: int, nis_codes: Collection[str] = ()
) -> RuleContext:
    """What the rules need to check one partnership in ``year``: it and the partnerships that
    share a government with it (or with ``nis_codes``, a joiner's), the only others a rule
    looks at, instead of the whole portfolio."""
    if year not in known_years(db):
        raise NotFoundError(f"Projectjaar {year} bestaat niet (gekend: {known_years(db)}).")
    records = tuple(load_partnerships(db, sharing_a_government(db, partnership_id, nis_codes)))
    if partnership_id not in {r.id for r in records}:
        raise NotFoundError("Dit samenwerkingsverband bestaat niet (meer).")
    governments = {m.nis_code for r in records for m in r.members} | set(nis_codes)
    figures: dict[str, int | None] = dict(population_figures(db, year, governments))
    return RuleContext(
        year=year,
        partnerships=tuple(to_domain(r, figures, year) for r in records),
        records=records,
        supported=frozenset(supported_action_numbers(db)),
    )


def resolve_government(
    db: Database, nis_or_name: str, figures: dict[str, int | None]
) -> Government:
    matches = find_government(db, nis_or_name.strip())
    if not matches:
        raise NotFoundError(f"Geen lokaal bestuur gevonden met NIS-code of naam '{nis_or_name}'.")
    g = matches[0]
    return Government(
        g.nis_code, g.name, g.region_code or "", figures.get(g.nis_code), g.region_name
    )


def leave(db: Database, id_or_name: str, nis_or_name: str, year: int) -> LeaveOutcome:
    """What happens if this member leaves the partnership in ``year``."""
    context = rule_context_of(db, resolve_partnership_id(db, id_or_name), year)
    partnership = resolve_partnership(context, id_or_name)
    figures: dict[str, int | None] = dict(population_figures(db, year))
    leaver = resolve_government(db, nis_or_name, figures)
    try:
        return simulate_leave(
            partnership,
            leaver.nis_code,
            year,
            context.others(partnership.id),
            supported=context.supported,
        )
    except ValueError as exc:
        raise NotFoundError(str(exc)) from exc


def join(db: Database, id_or_name: str, nis_or_name: str, year: int) -> JoinOutcome:
    """What happens if this government joins the partnership in ``year``."""
    pid = resolve_partnership_id(db, id_or_name)
    figures: dict[str, int | None] = dict(population_figures(db, year))
    joiner = resolve_government(db, nis_or_name, figures)
    context = rule_context_of(db, pid, year, [joiner.nis_code])
    partnership = context.partnership(pid)
    try:
        return simulate_join(
            partnership, joiner, year, context.others(partnership.id), supported=context.supported
        )
    except ValueError as exc:
        raise NotFoundError(str(exc)) from exc
