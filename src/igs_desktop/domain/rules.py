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
from .language import Language, Text
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
from .text import format_amount, format_count, format_decimal, format_percent, join, join_texts

NL, EN = Language.NL, Language.EN


def count_text(n: int) -> Text:
    """A whole number in each language: "7.500" / "7,500"."""
    return Text(format_count(n, NL), format_count(n, EN))


THRESHOLD = count_text(NON_EU14_THRESHOLD)
ORIGIN = Text("inwoners van niet-EU14-herkomst", "inhabitants of non-EU14 origin")


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


def _named(name: str, pattern: str, n: int) -> Text:
    """A name and a count by `pattern` ("{} ({})"), the count written in each language."""
    figure = count_text(n)
    return Text(pattern.format(name, figure.nl), pattern.format(name, figure.en))


def base_not_met_reasons(p: Partnership, year: int, check: StimulusCheck) -> tuple[Text, ...]:
    """Why the partnership may not take in its new members: clauses without a full stop."""
    if len(check.before) == 1:
        only = check.before[0].government.name
        existing = Text(
            f"{p.label} is geen bestaand samenwerkingsverband (in projectjaar {year - 1} was "
            f"alleen {only} actief lid)",
            f"{p.label} is not an existing partnership (in project year {year - 1} only {only} "
            "was an active member)",
        )
    else:
        existing = Text(
            f"{p.label} is geen bestaand samenwerkingsverband (het had "
            f"{'vóór projectjaar 1' if year <= 1 else f'in projectjaar {year - 1}'} geen twee "
            "actieve leden)",
            f"{p.label} is not an existing partnership (it did not have two active members "
            f"{'before project year 1' if year <= 1 else f'in project year {year - 1}'})",
        )
    if check.takers:
        counts = join_texts([_named(g.name, "{} {}", g.non_eu14 or 0) for g in check.takers])
        figures = Text(
            f"geen lid dat een ander nieuw lokaal bestuur opneemt, telt op zich meer dan "
            f"{THRESHOLD.nl} {ORIGIN.nl} (cijfers: {counts.nl})",
            f"no member that takes in another new local government counts more than "
            f"{THRESHOLD.en} {ORIGIN.en} on its own (figures: {counts.en})",
        )
    else:
        figures = Text(
            "er is geen lid dat een ander nieuw lokaal bestuur opneemt",
            "there is no member that takes in another new local government",
        )
    reasons = [existing, figures]
    taker_nis = {g.nis_code for g in check.takers}
    for m in check.new_members:
        n = m.government.non_eu14
        if m.nis_code not in taker_nis and n is not None and n > NON_EU14_THRESHOLD:
            name = m.government.name
            reasons.append(
                Text(
                    f"{name} telt wel meer dan {THRESHOLD.nl}, maar is zelf het enige nieuwe "
                    "lokaal bestuur en neemt dus geen ander nieuw lokaal bestuur op",
                    f"{name} does count more than {THRESHOLD.en}, but is itself the only new "
                    "local government and so takes in no other new local government",
                )
            )
    return tuple(reasons)


def _capitalised(clause: str) -> str:
    return clause[:1].upper() + clause[1:] + "."


def as_sentence(clause: Text) -> Text:
    """A clause as a sentence: a capital first letter and a full stop."""
    return clause.map(_capitalised)


def figures_of(governments: Iterable[Government]) -> Text:
    """ "Kortrijk (5.000) en Lendelede (onbekend)": each government with its figure."""
    return join_texts(
        [
            Text(f"{g.name} (onbekend)", f"{g.name} (unknown)")
            if g.non_eu14 is None
            else _named(g.name, "{} ({})", g.non_eu14)
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
    """The verdict on the cooperation stimulus in one project year, with a Dutch sentence
    (`sentence`) and the same in English (`sentence_en`)."""

    kind: StimulusKind
    sentence: str
    sentence_en: str = ""

    def text(self, lang: Language) -> str:
        return self.sentence_en if lang is Language.EN and self.sentence_en else self.sentence


def _status(kind: StimulusKind, sentence: Text) -> StimulusStatus:
    return StimulusStatus(kind, sentence.nl, sentence.en)


def extension_check(
    p: Partnership, year: int, members: Sequence[Membership], pop: Population
) -> tuple[bool | None, tuple[Text, ...]]:
    """Whether a stimulus in `year` extends the one of `year - 1` (verlenging).

    The stimulus is extended while its conditions still hold: the previous project year was a
    stimulus year and the partnership still has two or more members, in one reference region,
    counting more than 7,500 together. Returns the verdict (None: a missing figure decides)
    and, when it is False, the clauses that say why.
    """
    if year - 1 not in p.stimulus_years:
        return False, ()
    why: list[Text] = []
    if not members:
        why.append(
            Text(
                f"{p.label} heeft geen actieve leden meer", f"{p.label} has no active members left"
            )
        )
    elif len(members) < 2:
        why.append(
            Text(
                f"{p.label} heeft nog maar één actief lid en is geen samenwerkingsverband meer",
                f"{p.label} has only one active member left and is no longer a partnership",
            )
        )
    if len({m.government.region for m in members}) > 1:
        why.append(
            Text(
                "de leden liggen niet in één referentieregio",
                "the members do not lie in one reference region",
            )
        )
    enough = pop.more_than(NON_EU14_THRESHOLD)
    if members and enough is False:
        known = count_text(pop.known)
        why.append(
            Text(
                f"de leden tellen samen {known.nl} {ORIGIN.nl}, niet meer dan {THRESHOLD.nl}",
                f"the members count {known.en} {ORIGIN.en} together, not more than {THRESHOLD.en}",
            )
        )
    if why:
        return False, tuple(why)
    return (None if enough is None else True), ()


def extension_sentence(p: Partnership, year: int, pop: Population) -> Text:
    """The sentence for a stimulus that is extended in `year` (the conditions are met)."""
    known = count_text(pop.known)
    return Text(
        f"Stimulans 'samenwerking' in projectjaar {year}: verlenging van de stimulans van "
        f"projectjaar {year - 1}. De voorwaarden blijven vervuld: {p.label} ligt in één "
        f"referentieregio en telt samen {known.nl} {ORIGIN.nl}, meer dan "
        f"{THRESHOLD.nl}; de stimulans kan verlengd worden zolang het budget het toelaat.",
        f"Cooperation stimulus in project year {year}: extension of the stimulus of project "
        f"year {year - 1}. The conditions are still met: {p.label} lies in one reference region "
        f"and counts {known.en} {ORIGIN.en} together, more than {THRESHOLD.en}; the stimulus "
        "can be extended as long as the budget allows.",
    )


def _stimulus_status(
    p: Partnership,
    year: int,
    members: Sequence[Membership],
    pop: Population,
    check: StimulusCheck,
) -> StimulusStatus:
    if check.new_members and check.base_met:
        names = [m.government.name for m in check.new_members]
        if check.existing:
            sentence = Text(
                f"{p.label}, een bestaand samenwerkingsverband, neemt {join(names, NL)} op, "
                "nieuw in Plan Samenleven.",
                f"{p.label}, an existing partnership, takes in {join(names, EN)}, new to "
                "Plan Samenleven.",
            )
        else:
            taker = check.above_threshold[0]
            taken = [m.government.name for m in check.new_members if m.nis_code != taker.nis_code]
            own = count_text(taker.non_eu14 or 0)
            sentence = Text(
                f"{taker.name} telt op zich {own.nl} {ORIGIN.nl}, meer dan {THRESHOLD.nl}, en "
                f"neemt {join(taken, NL)} op, nieuw in Plan Samenleven.",
                f"{taker.name} counts {own.en} {ORIGIN.en} on its own, more than "
                f"{THRESHOLD.en}, and takes in {join(taken, EN)}, new to Plan Samenleven.",
            )
        return _status(
            StimulusKind.GRANT,
            Text(
                f"Stimulans 'samenwerking' in projectjaar {year}: toekenning. {sentence.nl}",
                f"Cooperation stimulus in project year {year}: grant. {sentence.en}",
            ),
        )
    extension, why_not = extension_check(p, year, members, pop)
    if extension:
        return _status(StimulusKind.EXTENSION, extension_sentence(p, year, pop))
    if (check.new_members and check.base_met is None) or extension is None:
        return _status(
            StimulusKind.UNKNOWN,
            Text(
                f"Of de stimulans 'samenwerking' in projectjaar {year} kan, is niet na te gaan: "
                "een bevolkingscijfer ontbreekt.",
                f"Whether the cooperation stimulus is possible in project year {year} cannot be "
                "checked: a population figure is missing.",
            ),
        )
    reasons: list[Text] = []
    if not check.new_members:
        reasons.append(
            Text(
                f"In projectjaar {year} trad geen nieuw lokaal bestuur toe.",
                f"No new local government joined in project year {year}.",
            )
        )
        for m, before in check.returning:
            labels = [q.label for q in before]
            name = m.government.name
            reasons.append(
                Text(
                    f"{name} nam eerder al deel aan Plan Samenleven ({join(labels, NL)}).",
                    f"{name} already took part in Plan Samenleven before ({join(labels, EN)}).",
                )
            )
    else:
        reasons.extend(as_sentence(r) for r in base_not_met_reasons(p, year, check))
    if why_not:
        why = join_texts(why_not)
        reasons.append(
            Text(
                f"Een verlenging van de stimulans van projectjaar {year - 1} kan niet: {why.nl}.",
                f"An extension of the stimulus of project year {year - 1} is not possible: "
                f"{why.en}.",
            )
        )
    return _status(
        StimulusKind.NOT_ELIGIBLE,
        Text(
            " ".join(
                [f"Geen recht op de stimulans 'samenwerking' in projectjaar {year}."]
                + [r.nl for r in reasons]
            ),
            " ".join(
                [f"No right to the cooperation stimulus in project year {year}."]
                + [r.en for r in reasons]
            ),
        ),
    )


def stimulus_status(
    p: Partnership, year: int, others: Iterable[Partnership] = ()
) -> StimulusStatus:
    """Whether a cooperation stimulus in `year` (recorded or possible) is a grant, an extension
    (verlenging) or not eligible, with a sentence in Dutch and English for the UI and reports.

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
            Text(
                f"{join(labels, NL)} liggen niet in dezelfde referentieregio.",
                f"{join(labels, EN)} do not lie in the same reference region.",
            ),
            [m.nis_code for m in c.members],
        )


def _multiple_partnerships(c: _Context) -> Iterator[Finding]:
    for m in c.members:
        conflicts = conflicting_partnerships(m.nis_code, m.joined_year, c.year, c.others)
        if not conflicts:
            continue
        elsewhere = join_texts(
            [
                Text(
                    f"{q.label} (lid sinds projectjaar {other.joined_year})",
                    f"{q.label} (member since project year {other.joined_year})",
                )
                for q, other in conflicts
            ]
        )
        name = m.government.name
        yield make_finding(
            "MULTIPLE_PARTNERSHIPS",
            Text(
                f"{name} is in projectjaar {c.year} actief lid van {c.p.label} (lid sinds "
                f"projectjaar {m.joined_year}) en ook van {elsewhere.nl}. Een lokaal bestuur "
                "mag maar van één samenwerkingsverband actief lid zijn; alleen lidmaatschappen "
                "die allemaal in projectjaar 1 zijn gevormd, mogen blijven.",
                f"In project year {c.year} {name} is an active member of {c.p.label} (member "
                f"since project year {m.joined_year}) and also of {elsewhere.en}. A local "
                "government may be an active member of only one partnership; only memberships "
                "that were all formed in project year 1 may be kept.",
            ),
            [m.nis_code],
        )


def _below_threshold(c: _Context) -> Iterator[Finding]:
    # Unknown figures: only the known sum can prove the threshold is met; FIGURE_MISSING says
    # why nothing more can be said.
    if c.population.more_than(NON_EU14_THRESHOLD) is not False:
        return
    total = count_text(c.population.known)
    if not c.members:
        message = Text(
            f"{c.p.label} heeft in projectjaar {c.year} geen actieve leden en telt dus geen "
            f"{ORIGIN.nl}; een aanvrager heeft er meer dan {THRESHOLD.nl} nodig.",
            f"{c.p.label} has no active members in project year {c.year} and so counts no "
            f"{ORIGIN.en}; an applicant needs more than {THRESHOLD.en}.",
        )
    elif len(c.members) == 1:
        name = c.members[0].government.name
        message = Text(
            f"{name} telt {total.nl} {ORIGIN.nl} (projectjaar {c.year}); een alleenstaande "
            f"aanvrager heeft er meer dan {THRESHOLD.nl} nodig.",
            f"{name} counts {total.en} {ORIGIN.en} (project year {c.year}); a single applicant "
            f"needs more than {THRESHOLD.en}.",
        )
    else:
        figures = figures_of(m.government for m in c.members)
        message = Text(
            f"{figures.nl} tellen samen {total.nl} {ORIGIN.nl} (projectjaar {c.year}); een "
            f"samenwerkingsverband heeft er samen meer dan {THRESHOLD.nl} nodig.",
            f"{figures.en} count {total.en} {ORIGIN.en} together (project year {c.year}); a "
            f"partnership needs more than {THRESHOLD.en} together.",
        )
    yield make_finding("BELOW_THRESHOLD", message, [m.nis_code for m in c.members])


def _figure_missing(c: _Context) -> Iterator[Finding]:
    known = count_text(c.population.known)
    if c.population.more_than(NON_EU14_THRESHOLD):
        consequence = Text(
            f"De bekende cijfers halen samen al {known.nl}, meer dan {THRESHOLD.nl}.",
            f"The known figures already reach {known.en} together, more than {THRESHOLD.en}.",
        )
    else:
        consequence = Text(
            f"Zonder dat cijfer is niet na te gaan of de aanvrager meer dan {THRESHOLD.nl} "
            f"{ORIGIN.nl} telt (bekend: {known.nl}).",
            f"Without that figure it cannot be checked whether the applicant counts more than "
            f"{THRESHOLD.en} {ORIGIN.en} (known: {known.en}).",
        )
    for g in c.population.missing:
        yield make_finding(
            "FIGURE_MISSING",
            Text(
                f"Voor {g.name} ontbreekt het aantal {ORIGIN.nl} in projectjaar {c.year}. "
                + consequence.nl,
                f"The number of {ORIGIN.en} of {g.name} in project year {c.year} is missing. "
                + consequence.en,
            ),
            [g.nis_code],
        )


def _submitter(c: _Context) -> Iterator[Finding]:
    nis = c.submitter
    if not nis:
        yield make_finding(
            "SUBMITTER_MISSING",
            Text(
                f"{c.p.label} heeft geen indienend lokaal bestuur; duid precies één actief lid "
                "aan als indiener.",
                f"{c.p.label} has no submitting local government; designate exactly one active "
                "member as the submitter.",
            ),
        )
        return
    if any(m.nis_code == nis for m in c.members):
        return
    known = [m.government for m in c.p.memberships if m.nis_code == nis]
    if known:
        name = known[0].name
        message = Text(
            f"{name} is aangeduid als indiener, maar is in projectjaar {c.year} geen actief lid "
            f"van {c.p.label}.",
            f"{name} is designated as the submitter, but is not an active member of {c.p.label} "
            f"in project year {c.year}.",
        )
    else:
        message = Text(
            f"De indiener (NIS-code {nis}) is geen lid van {c.p.label}.",
            f"The submitter (NIS code {nis}) is not a member of {c.p.label}.",
        )
    yield make_finding("SUBMITTER_NOT_MEMBER", message, [nis])


def _kpi_missing(c: _Context) -> Iterator[Finding]:
    if not c.p.kpi.strip():
        yield make_finding(
            "KPI_MISSING",
            Text(
                f"{c.p.label} vermeldt niet welke KPI de leden samen willen halen.",
                f"{c.p.label} does not state which KPI the members want to reach together.",
            ),
        )


def _too_many_supported_actions(c: _Context) -> Iterator[Finding]:
    actions = set(c.p.supported_actions)
    if len(actions) > MAX_SUPPORTED_ACTIONS:
        asked, most = count_text(len(actions)), count_text(MAX_SUPPORTED_ACTIONS)
        yield make_finding(
            "TOO_MANY_SUPPORTED_ACTIONS",
            Text(
                f"{c.p.label} vraagt thematische ondersteuning voor {asked.nl} acties; dat kan "
                f"voor hoogstens {most.nl} acties per aanvrager.",
                f"{c.p.label} asks for thematic support for {asked.en} actions; that is possible "
                f"for at most {most.en} actions per applicant.",
            ),
            actions,
        )


def _action_not_supported(c: _Context) -> Iterator[Finding]:
    if c.supported is None:
        return
    for action in set(c.p.supported_actions) - set(c.supported):
        yield make_finding(
            "ACTION_NOT_SUPPORTED",
            Text(
                f"Actie {action} komt niet in aanmerking voor thematische ondersteuning: de "
                "catalogus markeert ze niet als ondersteunde actie.",
                f"Action {action} is not eligible for thematic support: the catalogue does not "
                "mark it as a supported action.",
            ),
            [action],
        )


def _stimulus_twice(c: _Context) -> Iterator[Finding]:
    times = c.p.stimulus_years.count(c.year)
    if times > 1:
        n = count_text(times)
        yield make_finding(
            "STIMULUS_TWICE",
            Text(
                f"De stimulans 'samenwerking' staat {n.nl} keer geregistreerd in projectjaar "
                f"{c.year}; ze wordt maar één keer per projectjaar toegekend, hoeveel nieuwe "
                "leden of acties er ook zijn.",
                f"The cooperation stimulus is recorded {n.en} times in project year {c.year}; it "
                "is granted only once per project year, however many new members or actions "
                "there are.",
            ),
        )


def _stimulus_not_eligible(c: _Context) -> Iterator[Finding]:
    if c.year not in c.p.stimulus_years:
        return
    check = check_stimulus(c.p, c.year, c.others, c.newcomers)
    status = _stimulus_status(c.p, c.year, c.members, c.population, check)
    if status.kind is StimulusKind.NOT_ELIGIBLE:
        yield make_finding("STIMULUS_NOT_ELIGIBLE", Text(status.sentence, status.sentence_en))


def _new_member_actions_unreported(c: _Context) -> Iterator[Finding]:
    # A government alone takes nobody in; returning governments are not new to the programme.
    if c.p.new_member_actions or len(c.members) < 2:
        return
    new = c.newcomers.new_members
    if new:
        names = [m.government.name for m in new]
        yield make_finding(
            "NEW_MEMBER_ACTIONS_UNREPORTED",
            Text(
                f"{join(names, NL)}, nieuw in Plan Samenleven, "
                f"{'trad' if len(new) == 1 else 'traden'} toe in projectjaar {c.year}; noteer "
                f"met welke acties {c.p.label} met de nieuwe leden van start gaat.",
                f"{join(names, EN)}, new to Plan Samenleven, joined in project year {c.year}; "
                f"record the actions {c.p.label} starts with the new members.",
            ),
            [m.nis_code for m in new],
        )


def _transfer_arrangement_missing(c: _Context) -> Iterator[Finding]:
    if len(c.members) < 2:
        return
    for m in c.members:
        if m.nis_code != c.submitter and not m.transfer_arrangement.strip():
            name = m.government.name
            yield make_finding(
                "TRANSFER_ARRANGEMENT_MISSING",
                Text(
                    f"Voor {name} is niet vastgelegd hoe de indiener de subsidie doorstort.",
                    f"For {name} it is not recorded how the submitter passes on the subsidy.",
                ),
                [m.nis_code],
            )


def _transfers_exceed_subsidy(c: _Context) -> Iterator[Finding]:
    received = sum((s.amount for s in c.p.subsidies if s.year == c.year), Decimal(0))
    passed_on = sum((t.amount for t in c.p.transfers if t.year == c.year), Decimal(0))
    if passed_on > received:
        yield make_finding(
            "TRANSFERS_EXCEED_SUBSIDY",
            Text(
                f"In projectjaar {c.year} wordt {format_amount(passed_on, NL)} doorgestort aan "
                f"partners, meer dan de {format_amount(received, NL)} subsidie die {c.p.label} "
                "ontving.",
                f"In project year {c.year} {format_amount(passed_on, EN)} is passed on to "
                f"partners, more than the {format_amount(received, EN)} subsidy {c.p.label} "
                "received.",
            ),
        )


def _kpi_below_25_percent(c: _Context) -> Iterator[Finding]:
    for r in c.p.action_results:
        if r.year != c.year or r.target is None or r.target <= 0 or r.interim_actual is None:
            continue
        if r.interim_actual * 4 < r.target:  # below 25%, exact in Decimal
            reached, target = r.interim_actual, r.target

            yield make_finding(
                "KPI_BELOW_25_PERCENT",
                Text(
                    f"Actie {r.action} staat bij de tussentijdse rapportering van projectjaar "
                    f"{c.year} op {format_decimal(reached, NL)} van de beoogde "
                    f"{format_decimal(target, NL)} ({format_percent(reached, target, NL)}); "
                    "onder 25% komt de subsidie voor die actie in gevaar.",
                    f"At the interim report of project year {c.year}, action {r.action} stands "
                    f"at {format_decimal(reached, EN)} of the intended "
                    f"{format_decimal(target, EN)} ({format_percent(reached, target, EN)}); "
                    "below 25% the subsidy for that action is at risk.",
                ),
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
