"""The programme's facts as frozen dataclasses: what the rules read, nothing they decide.

Every collection is a tuple so that a partnership can be hashed, compared and cached by the
layers above. Population figures are per project year: the caller hands in a `Government`
carrying the figure of the year it checks.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

NON_EU14_THRESHOLD = 7500
"""An applicant needs MORE than this many inhabitants of non-EU14 origin (7,500 fails)."""

MAX_SUPPORTED_ACTIONS = 10
"""Thematic support covers at most this many actions per applicant."""


@dataclass(frozen=True)
class Government:
    """A local government (municipality or city), identified by its NIS code.

    `non_eu14` is None when the figure is unknown: the rules never read that as zero.
    `region_name` is only for messages; the rules compare the `region` code.
    """

    nis_code: str
    name: str
    region: str
    non_eu14: int | None
    region_name: str = ""

    def __post_init__(self) -> None:
        # The threshold logic relies on unknown figures only ever adding inhabitants.
        if self.non_eu14 is not None and self.non_eu14 < 0:
            raise ValueError(
                f"Het aantal inwoners van niet-EU14-herkomst van {self.name} kan niet negatief "
                f"zijn ({self.non_eu14})."
            )

    @property
    def region_label(self) -> str:
        """The region as a support contact names it: its name, or the code when unnamed."""
        return self.region_name or self.region


def active_in(joined_year: int, left_year: int | None, year: int) -> bool:
    """Whether a membership counts in project ``year``; leaving in y means taking no part in y."""
    return joined_year <= year and (left_year is None or year < left_year)


@dataclass(frozen=True)
class Membership:
    """A government's membership of a partnership, in project years [joined_year, left_year)."""

    government: Government
    joined_year: int
    left_year: int | None = None
    transfer_arrangement: str = ""

    @property
    def nis_code(self) -> str:
        return self.government.nis_code

    def is_active(self, year: int) -> bool:
        return active_in(self.joined_year, self.left_year, year)


@dataclass(frozen=True)
class Subsidy:
    """Subsidy the submitter received for one project year."""

    year: int
    amount: Decimal


@dataclass(frozen=True)
class Transfer:
    """Money the submitter passed on to a partner (doorstorting) in one project year."""

    to_nis: str
    year: int
    amount: Decimal


@dataclass(frozen=True)
class ActionResult:
    """KPI target and what was reached for one action in one project year."""

    action: str
    year: int
    target: Decimal | None
    interim_actual: Decimal | None = None
    final_actual: Decimal | None = None


@dataclass(frozen=True)
class Partnership:
    """An applicant: a single government is a partnership of one.

    `submitter` is the NIS code of the submitting government. Actions are catalogue numbers
    as strings ("5", "24").
    """

    id: str
    name: str
    submitter: str | None
    memberships: tuple[Membership, ...]
    formed_year: int
    kpi: str = ""
    supported_actions: tuple[str, ...] = ()
    stimulus_years: tuple[int, ...] = ()
    new_member_actions: tuple[str, ...] = ()
    subsidies: tuple[Subsidy, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    action_results: tuple[ActionResult, ...] = ()

    @property
    def label(self) -> str:
        """The name for messages; the id when the partnership has no name yet."""
        return self.name or self.id


def active_members(p: Partnership, year: int) -> tuple[Membership, ...]:
    """The memberships active in `year`, one per government, sorted by NIS code.

    Sorting here makes every result independent of the order the memberships were stored in.
    Should a government have two overlapping active memberships, the earliest one counts, so
    its inhabitants are never counted twice.
    """
    chosen: dict[str, Membership] = {}
    for m in p.memberships:
        if not m.is_active(year):
            continue
        current = chosen.get(m.nis_code)
        if current is None or m.joined_year < current.joined_year:
            chosen[m.nis_code] = m
    return tuple(chosen[nis] for nis in sorted(chosen))


@dataclass(frozen=True)
class Population:
    """A sum of non-EU14 figures that knows which figures were missing.

    The comparisons answer True/False when the known figures already decide, and None when a
    missing figure could still change the answer.
    """

    known: int
    missing: tuple[Government, ...] = ()

    @property
    def total(self) -> int | None:
        return None if self.missing else self.known

    def more_than(self, limit: int) -> bool | None:
        if self.known > limit:
            return True
        return None if self.missing else False

    def at_least(self, limit: int) -> bool | None:
        if self.known >= limit:
            return True
        return None if self.missing else False


def population(governments: Iterable[Government]) -> Population:
    """Add up the figures of `governments`, keeping track of the unknown ones."""
    known = 0
    missing: list[Government] = []
    for g in governments:
        if g.non_eu14 is None:
            missing.append(g)
        else:
            known += g.non_eu14
    return Population(known, tuple(missing))
