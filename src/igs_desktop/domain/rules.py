"""The rules of Plan Samenleven, checked on one partnership in one project year.

Each rule is a small function that yields findings; `check_partnership` runs them all and sorts
the result, so findings never depend on the order memberships or partnerships were stored in.
"""

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import cached_property

from .findings import Finding, finding_sort_key, make_finding
from .model import (
    MAX_SUPPORTED_ACTIONS,
    NON_EU14_THRESHOLD,
    Government,
    Membership,
    Partnership,
    Population,
    active_members,
    population,
)
from .partnership_index import OtherPartnerships
from .text import format_amount, format_count, format_decimal, format_percent, join_nl

THRESHOLD_TEXT = format_count(NON_EU14_THRESHOLD)
ORIGIN = "inwoners van niet-EU14-herkomst"


# --- helpers shared with the simulations -------------------------------------------------


def other_partnerships(p: Partnership, others: Iterable[Partnership]) -> OtherPartnerships:
    """`others` without `p` itself (matched by id) and without duplicate ids, indexed by
    government (an index passed in is reused, so a whole portfolio is indexed only once)."""
    return OtherPartnerships.of(others, p.id)


def conflicting_partnerships(
    nis_code: str, joined_year: int, year: int, others: Iterable[Partnership]
) -> tuple[tuple[Partnership, Membership], ...]:
    """Other partnerships in which the government is also active in `year`.

    Memberships formed in project year 1 may all be kept: a pair conflicts unless both the
    government's own membership (`joined_year`) and the other one were formed in year 1.
    """
    index = others if isinstance(others, OtherPartnerships) else OtherPartnerships(others)
    found = []
    for q in index.partnerships_of(nis_code):
        for m in active_members(q, year):
            if m.nis_code == nis_code and not (joined_year == 1 and m.joined_year == 1):
                found.append((q, m))
    return tuple(sorted(found, key=lambda pair: (pair[0].label, pair[0].id)))


def earlier_participation(
    nis_code: str, year: int, p: Partnership, others: Iterable[Partnership]
) -> tuple[Partnership, ...]:
    """Partnerships (`p` included) the government took part in before `year`."""
    index = other_partnerships(p, others)
    candidates = (p, *index.partnerships_of(nis_code))
    return tuple(
        q
        for q in candidates
        if any(m.nis_code == nis_code and m.joined_year < year for m in q.memberships)
    )


@dataclass(frozen=True)
class Newcomers:
    """The members that joined in a project year, split by whether they took part before."""

    new_members: tuple[Membership, ...]
    returning: tuple[tuple[Membership, tuple[Partnership, ...]], ...]


def newcomers(p: Partnership, year: int, others: Iterable[Partnership]) -> Newcomers:
    """Members joining `p` in `year`: new to the programme, or returning (with where from).

    A government is new when it never took part before, in `p` or in any partnership of
    `others` (`earlier_participation`); only the joiners of `year` are looked up.
    """
    new_members: list[Membership] = []
    returning: list[tuple[Membership, tuple[Partnership, ...]]] = []
    for m in active_members(p, year):
        if m.joined_year != year:
            continue
        before = earlier_participation(m.nis_code, year, p, others)
        if before:
            returning.append((m, before))
        else:
            new_members.append(m)
    return Newcomers(tuple(new_members), tuple(returning))


@dataclass(frozen=True)
class StimulusCheck:
    """Who is new in a project year, and whether the partnership may take them in.

    `before` are the members active in the previous project year: two or more make an existing
    partnership (bestaande IGS). `takers` are the active members that take in at least one new
    government other than themselves; one of them counting more than 7,500 on its own is the
    other way to qualify, whether or not it took part before.
    """

    new_members: tuple[Membership, ...]
    returning: tuple[tuple[Membership, tuple[Partnership, ...]], ...]
    before: tuple[Membership, ...]
    takers: tuple[Government, ...]

    @property
    def existing(self) -> bool:
        return len(self.before) >= 2

    @property
    def above_threshold(self) -> tuple[Government, ...]:
        """The takers that count more than 7,500 on their own."""
        return tuple(
            g for g in self.takers if g.non_eu14 is not None and g.non_eu14 > NON_EU14_THRESHOLD
        )

    @property
    def base_met(self) -> bool | None:
        """An existing partnership, or a taker above 7,500; None when a missing figure decides."""
        if self.existing or self.above_threshold:
            return True
        return None if any(g.non_eu14 is None for g in self.takers) else False


def check_stimulus(
    p: Partnership, year: int, others: Iterable[Partnership], split: Newcomers | None = None
) -> StimulusCheck:
    """New governments joining in `year`, and whether the partnership may take them in.

    `split` is `newcomers(p, year, others)` when the caller already has it.
    """
    split = split if split is not None else newcomers(p, year, others)
    new_nis = {m.nis_code for m in split.new_members}
    takers = tuple(m.government for m in active_members(p, year) if new_nis - {m.nis_code})
    return StimulusCheck(split.new_members, split.returning, active_members(p, year - 1), takers)


def base_not_met_reasons(p: Partnership, year: int, check: StimulusCheck) -> tuple[str, ...]:
    """Why the partnership may not take in its new members: clauses without a full stop."""
    if len(check.before) == 1:
        existing = (
            f"{p.label} is geen bestaand samenwerkingsverband (in projectjaar {year - 1} was "
            f"alleen {check.before[0].government.name} actief lid)"
        )
    else:
        existing = (
            f"{p.label} is geen bestaand samenwerkingsverband (het had "
            f"{'vóór projectjaar 1' if year <= 1 else f'in projectjaar {year - 1}'} geen twee "
            "actieve leden)"
        )
    if check.takers:
        counts = [f"{g.name} {format_count(g.non_eu14 or 0)}" for g in check.takers]
        figures = (
            f"geen lid dat een ander nieuw lokaal bestuur opneemt, telt op zich meer dan "
            f"{THRESHOLD_TEXT} {ORIGIN} (cijfers: {join_nl(counts)})"
        )
    else:
        figures = "er is geen lid dat een ander nieuw lokaal bestuur opneemt"
    reasons = [existing, figures]
    taker_nis = {g.nis_code for g in check.takers}
    for m in check.new_members:
        n = m.government.non_eu14
        if m.nis_code not in taker_nis and n is not None and n > NON_EU14_THRESHOLD:
            reasons.append(
                f"{m.government.name} telt wel meer dan {THRESHOLD_TEXT}, maar is zelf het enige "
                "nieuwe lokaal bestuur en neemt dus geen ander nieuw lokaal bestuur op"
            )
    return tuple(reasons)


def as_sentence(clause: str) -> str:
    """A clause as a sentence: a capital first letter and a full stop."""
    return clause[:1].upper() + clause[1:] + "."


def figures_of(governments: Iterable[Government]) -> str:
    """ "Kortrijk (5.000) en Lendelede (onbekend)": each government with its figure."""
    return join_nl(
        [
            f"{g.name} ({'onbekend' if g.non_eu14 is None else format_count(g.non_eu14)})"
            for g in governments
        ]
    )


class StimulusKind(Enum):
    """What a (recorded or possible) cooperation stimulus in a project year is."""

    GRANT = "toekenning"
    EXTENSION = "verlenging"
    NOT_ELIGIBLE = "geen recht"
    UNKNOWN = "onbekend"


@dataclass(frozen=True)
class StimulusStatus:
    """The verdict on the cooperation stimulus in one project year, with a Dutch sentence."""

    kind: StimulusKind
    sentence: str


def extension_check(
    p: Partnership, year: int, members: Sequence[Membership], pop: Population
) -> tuple[bool | None, tuple[str, ...]]:
    """Whether a stimulus in `year` extends the one of `year - 1` (verlenging).

    The stimulus is extended while its conditions still hold: the previous project year was a
    stimulus year and the partnership still has two or more members, in one reference region,
    counting more than 7,500 together. Returns the verdict (None: a missing figure decides)
    and, when it is False, the clauses that say why.
    """
    if year - 1 not in p.stimulus_years:
        return False, ()
    why: list[str] = []
    if len(members) < 2:
        why.append(
            f"{p.label} heeft geen actieve leden meer"
            if not members
            else f"{p.label} heeft nog maar één actief lid en is geen samenwerkingsverband meer"
        )
    if len({m.government.region for m in members}) > 1:
        why.append("de leden liggen niet in één referentieregio")
    enough = pop.more_than(NON_EU14_THRESHOLD)
    if members and enough is False:
        why.append(
            f"de leden tellen samen {format_count(pop.known)} {ORIGIN}, niet meer dan "
            f"{THRESHOLD_TEXT}"
        )
    if why:
        return False, tuple(why)
    return (None if enough is None else True), ()


def extension_sentence(p: Partnership, year: int, pop: Population) -> str:
    """The sentence for a stimulus that is extended in `year` (the conditions are met)."""
    return (
        f"Stimulans 'samenwerking' in projectjaar {year}: verlenging van de stimulans van "
        f"projectjaar {year - 1}. De voorwaarden blijven vervuld: {p.label} ligt in één "
        f"referentieregio en telt samen {format_count(pop.known)} {ORIGIN}, meer dan "
        f"{THRESHOLD_TEXT}; de stimulans kan verlengd worden zolang het budget het toelaat."
    )


def _stimulus_status(
    p: Partnership,
    year: int,
    members: Sequence[Membership],
    pop: Population,
    check: StimulusCheck,
) -> StimulusStatus:
    if check.new_members and check.base_met:
        new_names = join_nl([m.government.name for m in check.new_members])
        if check.existing:
            sentence = (
                f"{p.label}, een bestaand samenwerkingsverband, neemt {new_names} op, nieuw in "
                "Plan Samenleven."
            )
        else:
            taker = check.above_threshold[0]
            taken = join_nl(
                [m.government.name for m in check.new_members if m.nis_code != taker.nis_code]
            )
            sentence = (
                f"{taker.name} telt op zich {format_count(taker.non_eu14 or 0)} {ORIGIN}, meer "
                f"dan {THRESHOLD_TEXT}, en neemt {taken} op, nieuw in Plan Samenleven."
            )
        return StimulusStatus(
            StimulusKind.GRANT,
            f"Stimulans 'samenwerking' in projectjaar {year}: toekenning. {sentence}",
        )
    extension, why_not = extension_check(p, year, members, pop)
    if extension:
        return StimulusStatus(StimulusKind.EXTENSION, extension_sentence(p, year, pop))
    if (check.new_members and check.base_met is None) or extension is None:
        return StimulusStatus(
            StimulusKind.UNKNOWN,
            f"Of de stimulans 'samenwerking' in projectjaar {year} kan, is niet na te gaan: "
            "een bevolkingscijfer ontbreekt.",
        )
    reasons = []
    if not check.new_members:
        reasons.append(f"In projectjaar {year} trad geen nieuw lokaal bestuur toe.")
        for m, before in check.returning:
            reasons.append(
                f"{m.government.name} nam eerder al deel aan Plan Samenleven "
                f"({join_nl([q.label for q in before])})."
            )
    else:
        reasons.extend(as_sentence(r) for r in base_not_met_reasons(p, year, check))
    if why_not:
        reasons.append(
            f"Een verlenging van de stimulans van projectjaar {year - 1} kan niet: "
            f"{join_nl(list(why_not))}."
        )
    return StimulusStatus(
        StimulusKind.NOT_ELIGIBLE,
        f"Geen recht op de stimulans 'samenwerking' in projectjaar {year}. " + " ".join(reasons),
    )


def stimulus_status(
    p: Partnership, year: int, others: Iterable[Partnership] = ()
) -> StimulusStatus:
    """Whether a cooperation stimulus in `year` (recorded or possible) is a grant, an extension
    (verlenging) or not eligible, with a Dutch sentence for the UI and the reports.

    A grant: a new government is taken in by an existing partnership or by a member counting
    more than 7,500 on its own. An extension: the previous project year was a stimulus year
    and the conditions still hold. UNKNOWN when a missing figure decides.
    """
    members = active_members(p, year)
    pop = population(m.government for m in members)
    check = check_stimulus(p, year, other_partnerships(p, others))
    return _stimulus_status(p, year, members, pop, check)


# --- the rules, in the order of the catalogue --------------------------------------------


@dataclass(frozen=True)
class _Context:
    p: Partnership
    year: int
    others: OtherPartnerships
    supported: Collection[str] | None

    @cached_property
    def submitter(self) -> str:
        return (self.p.submitter or "").strip()

    @cached_property
    def members(self) -> tuple[Membership, ...]:
        return active_members(self.p, self.year)

    @cached_property
    def population(self) -> Population:
        return population(m.government for m in self.members)

    @cached_property
    def newcomers(self) -> Newcomers:
        return newcomers(self.p, self.year, self.others)


def _region_mixed(c: _Context) -> Iterator[Finding]:
    if len({m.government.region for m in c.members}) > 1:
        ordered = sorted(c.members, key=lambda m: (m.government.region, m.government.name))
        labels = [f"{m.government.name} ({m.government.region_label})" for m in ordered]
        yield make_finding(
            "REGION_MIXED",
            f"{join_nl(labels)} liggen niet in dezelfde referentieregio.",
            [m.nis_code for m in c.members],
        )


def _multiple_partnerships(c: _Context) -> Iterator[Finding]:
    for m in c.members:
        conflicts = conflicting_partnerships(m.nis_code, m.joined_year, c.year, c.others)
        if not conflicts:
            continue
        elsewhere = join_nl(
            [f"{q.label} (lid sinds projectjaar {other.joined_year})" for q, other in conflicts]
        )
        yield make_finding(
            "MULTIPLE_PARTNERSHIPS",
            f"{m.government.name} is in projectjaar {c.year} actief lid van {c.p.label} "
            f"(lid sinds projectjaar {m.joined_year}) en ook van {elsewhere}. Een lokaal bestuur "
            "mag maar van één samenwerkingsverband actief lid zijn; alleen lidmaatschappen die "
            "allemaal in projectjaar 1 zijn gevormd, mogen blijven.",
            [m.nis_code],
        )


def _below_threshold(c: _Context) -> Iterator[Finding]:
    # Unknown figures: only the known sum can prove the threshold is met; FIGURE_MISSING says
    # why nothing more can be said.
    if c.population.more_than(NON_EU14_THRESHOLD) is not False:
        return
    total = format_count(c.population.known)
    if not c.members:
        message = (
            f"{c.p.label} heeft in projectjaar {c.year} geen actieve leden en telt dus geen "
            f"{ORIGIN}; een aanvrager heeft er meer dan {THRESHOLD_TEXT} nodig."
        )
    elif len(c.members) == 1:
        message = (
            f"{c.members[0].government.name} telt {total} {ORIGIN} (projectjaar {c.year}); "
            f"een alleenstaande aanvrager heeft er meer dan {THRESHOLD_TEXT} nodig."
        )
    else:
        message = (
            f"{figures_of(m.government for m in c.members)} tellen samen {total} {ORIGIN} "
            f"(projectjaar {c.year}); een samenwerkingsverband heeft er samen meer dan "
            f"{THRESHOLD_TEXT} nodig."
        )
    yield make_finding("BELOW_THRESHOLD", message, [m.nis_code for m in c.members])


def _figure_missing(c: _Context) -> Iterator[Finding]:
    known = format_count(c.population.known)
    if c.population.more_than(NON_EU14_THRESHOLD):
        consequence = f"De bekende cijfers halen samen al {known}, meer dan {THRESHOLD_TEXT}."
    else:
        consequence = (
            f"Zonder dat cijfer is niet na te gaan of de aanvrager meer dan {THRESHOLD_TEXT} "
            f"{ORIGIN} telt (bekend: {known})."
        )
    for g in c.population.missing:
        yield make_finding(
            "FIGURE_MISSING",
            f"Voor {g.name} ontbreekt het aantal {ORIGIN} in projectjaar {c.year}. " + consequence,
            [g.nis_code],
        )


def _submitter(c: _Context) -> Iterator[Finding]:
    nis = c.submitter
    if not nis:
        yield make_finding(
            "SUBMITTER_MISSING",
            f"{c.p.label} heeft geen indienend lokaal bestuur; duid precies één actief lid "
            "aan als indiener.",
        )
        return
    if any(m.nis_code == nis for m in c.members):
        return
    known = [m.government for m in c.p.memberships if m.nis_code == nis]
    if known:
        message = (
            f"{known[0].name} is aangeduid als indiener, maar is in projectjaar {c.year} geen "
            f"actief lid van {c.p.label}."
        )
    else:
        message = f"De indiener (NIS-code {nis}) is geen lid van {c.p.label}."
    yield make_finding("SUBMITTER_NOT_MEMBER", message, [nis])


def _kpi_missing(c: _Context) -> Iterator[Finding]:
    if not c.p.kpi.strip():
        yield make_finding(
            "KPI_MISSING",
            f"{c.p.label} vermeldt niet welke KPI de leden samen willen halen.",
        )


def _too_many_supported_actions(c: _Context) -> Iterator[Finding]:
    actions = set(c.p.supported_actions)
    if len(actions) > MAX_SUPPORTED_ACTIONS:
        yield make_finding(
            "TOO_MANY_SUPPORTED_ACTIONS",
            f"{c.p.label} vraagt thematische ondersteuning voor {format_count(len(actions))} "
            f"acties; dat kan voor hoogstens {format_count(MAX_SUPPORTED_ACTIONS)} acties per "
            "aanvrager.",
            actions,
        )


def _action_not_supported(c: _Context) -> Iterator[Finding]:
    if c.supported is None:
        return
    for action in set(c.p.supported_actions) - set(c.supported):
        yield make_finding(
            "ACTION_NOT_SUPPORTED",
            f"Actie {action} komt niet in aanmerking voor thematische ondersteuning: de "
            "catalogus markeert ze niet als ondersteunde actie.",
            [action],
        )


def _stimulus_twice(c: _Context) -> Iterator[Finding]:
    times = c.p.stimulus_years.count(c.year)
    if times > 1:
        yield make_finding(
            "STIMULUS_TWICE",
            f"De stimulans 'samenwerking' staat {format_count(times)} keer geregistreerd in "
            f"projectjaar {c.year}; ze wordt maar één keer per projectjaar toegekend, hoeveel "
            "nieuwe leden of acties er ook zijn.",
        )


def _stimulus_not_eligible(c: _Context) -> Iterator[Finding]:
    if c.year not in c.p.stimulus_years:
        return
    check = check_stimulus(c.p, c.year, c.others, c.newcomers)
    status = _stimulus_status(c.p, c.year, c.members, c.population, check)
    if status.kind is StimulusKind.NOT_ELIGIBLE:
        yield make_finding("STIMULUS_NOT_ELIGIBLE", status.sentence)


def _new_member_actions_unreported(c: _Context) -> Iterator[Finding]:
    # A government alone takes nobody in; returning governments are not new to the programme.
    if c.p.new_member_actions or len(c.members) < 2:
        return
    new = c.newcomers.new_members
    if new:
        names = join_nl([m.government.name for m in new])
        yield make_finding(
            "NEW_MEMBER_ACTIONS_UNREPORTED",
            f"{names}, nieuw in Plan Samenleven, {'trad' if len(new) == 1 else 'traden'} toe in "
            f"projectjaar {c.year}; noteer met welke acties {c.p.label} met de nieuwe leden van "
            "start gaat.",
            [m.nis_code for m in new],
        )


def _transfer_arrangement_missing(c: _Context) -> Iterator[Finding]:
    if len(c.members) < 2:
        return
    for m in c.members:
        if m.nis_code != c.submitter and not m.transfer_arrangement.strip():
            yield make_finding(
                "TRANSFER_ARRANGEMENT_MISSING",
                f"Voor {m.government.name} is niet vastgelegd hoe de indiener de subsidie "
                "doorstort.",
                [m.nis_code],
            )


def _transfers_exceed_subsidy(c: _Context) -> Iterator[Finding]:
    received = sum((s.amount for s in c.p.subsidies if s.year == c.year), Decimal(0))
    passed_on = sum((t.amount for t in c.p.transfers if t.year == c.year), Decimal(0))
    if passed_on > received:
        yield make_finding(
            "TRANSFERS_EXCEED_SUBSIDY",
            f"In projectjaar {c.year} wordt {format_amount(passed_on)} doorgestort aan partners, "
            f"meer dan de {format_amount(received)} subsidie die {c.p.label} ontving.",
        )


def _kpi_below_25_percent(c: _Context) -> Iterator[Finding]:
    for r in c.p.action_results:
        if r.year != c.year or r.target is None or r.target <= 0 or r.interim_actual is None:
            continue
        if r.interim_actual * 4 < r.target:  # below 25%, exact in Decimal
            yield make_finding(
                "KPI_BELOW_25_PERCENT",
                f"Actie {r.action} staat bij de tussentijdse rapportering van projectjaar "
                f"{c.year} op {format_decimal(r.interim_actual)} van de beoogde "
                f"{format_decimal(r.target)} ({format_percent(r.interim_actual, r.target)}); "
                "onder 25% komt de subsidie voor die actie in gevaar.",
                [r.action],
            )


_RULE_CHECKS: tuple[Callable[[_Context], Iterator[Finding]], ...] = (
    _region_mixed,
    _multiple_partnerships,
    _below_threshold,
    _figure_missing,
    _submitter,
    _kpi_missing,
    _too_many_supported_actions,
    _action_not_supported,
    _stimulus_twice,
    _stimulus_not_eligible,
    _new_member_actions_unreported,
    _transfer_arrangement_missing,
    _transfers_exceed_subsidy,
    _kpi_below_25_percent,
)


def check_partnership(
    p: Partnership,
    year: int,
    others: Iterable[Partnership] = (),
    supported: Collection[str] | None = None,
) -> list[Finding]:
    """Every rule of the programme on `p` in project year `year`, errors and warnings.

    `others` are the other partnerships the app knows (an entry with `p`'s id is ignored), best
    passed as one `OtherPartnerships` index shared by every check of the year;
    `supported` the action numbers the catalogue marks as supported, or None to skip that
    rule. The list is ordered by the catalogue's rule order, then by subjects. Before the
    year it was formed a partnership does not exist yet, so there is nothing to check.
    """
    if year < p.formed_year:
        return []
    context = _Context(p, year, other_partnerships(p, others), supported)
    findings = [finding for rule in _RULE_CHECKS for finding in rule(context)]
    return sorted(findings, key=finding_sort_key)
