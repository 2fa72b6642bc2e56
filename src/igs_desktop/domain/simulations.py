"""What if a member leaves, or a government joins? Answers before a municipality decides.

Both simulations build the partnership as it would be, run every rule on it, and add the
consequences DESIGN.md lists, in sentences a support contact can read to an alderman: Dutch in
`explanation`, the same in English in `explanation_en` (written side by side, from the same
values).
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from .findings import Finding
from .language import Language, Text
from .model import (
    NON_EU14_THRESHOLD,
    Government,
    Membership,
    Partnership,
    Population,
    active_members,
    population,
)
from .rules import (
    ORIGIN,
    THRESHOLD,
    base_not_met_reasons,
    check_partnership,
    check_stimulus,
    conflicting_partnerships,
    count_text,
    earlier_participation,
    extension_check,
    extension_sentence,
    figures_of,
    other_partnerships,
)
from .text import join

NL, EN = Language.NL, Language.EN


@dataclass(frozen=True)
class LeaveOutcome:
    """The consequences of one member leaving from a project year on."""

    partnership_after: Partnership
    leaver: Government
    before_non_eu14: int | None
    remaining_non_eu14: int | None
    remaining_keep_year1_subsidy: bool | None
    leaver_may_reapply: bool | None
    new_submitter_needed: bool
    single_applicant_left: bool
    findings: tuple[Finding, ...]
    explanation: tuple[str, ...]
    leaver_loses_year1_subsidy: bool = True
    explanation_en: tuple[str, ...] = ()

    def explanation_in(self, lang: Language) -> tuple[str, ...]:
        return self.explanation_en if lang is Language.EN else self.explanation


@dataclass(frozen=True)
class JoinOutcome:
    """The consequences of one government joining in a project year."""

    partnership_after: Partnership
    joiner: Government
    allowed: bool
    before_non_eu14: int | None
    combined_non_eu14: int | None
    stimulus_eligible: bool
    joiner_new_to_programme: bool
    findings: tuple[Finding, ...]
    explanation: tuple[str, ...]
    stimulus_extension: bool = False
    """No new grant, but the stimulus of the previous project year can be extended (verlenging)."""
    explanation_en: tuple[str, ...] = ()

    def explanation_in(self, lang: Language) -> tuple[str, ...]:
        return self.explanation_en if lang is Language.EN else self.explanation


def _total_text(pop: Population) -> Text:
    """ "12.000", or "minstens 3.000" when a figure is missing ("at least 3,000")."""
    known = count_text(pop.known)
    return Text(f"minstens {known.nl}", f"at least {known.en}") if pop.missing else known


def _split(lines: list[Text]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The Dutch and the English explanation."""
    return tuple(t.nl for t in lines), tuple(t.en for t in lines)


def simulate_leave(
    p: Partnership,
    nis_code: str,
    year: int,
    others: Iterable[Partnership] = (),
    *,
    supported: Collection[str] | None = None,
) -> LeaveOutcome:
    """`nis_code` leaves `p` from project year `year` on (it takes no part in `year`).

    Raises ValueError when that government is not an active member in `year`.
    """
    before = active_members(p, year)
    leaving = next((m for m in before if m.nis_code == nis_code), None)
    if leaving is None:
        known = [m.government.name for m in p.memberships if m.nis_code == nis_code]
        who = known[0] if known else f"Het lokaal bestuur met NIS-code {nis_code}"
        raise ValueError(f"{who} is in projectjaar {year} geen actief lid van {p.label}.")
    leaver = leaving.government
    name = leaver.name
    # Only a member of project year 1 has year-1 subsidies to lose.
    loses_year1 = any(m.nis_code == nis_code and m.is_active(1) for m in p.memberships)
    after = replace(
        p,
        memberships=tuple(
            replace(m, left_year=year) if m.nis_code == nis_code and m.is_active(year) else m
            for m in p.memberships
        ),
    )
    remaining = active_members(after, year)
    before_pop = population(m.government for m in before)
    remaining_pop = population(m.government for m in remaining)
    # Nobody remains, so nobody keeps the year-1 subsidies.
    keep = remaining_pop.at_least(NON_EU14_THRESHOLD) if remaining else False
    may_reapply = population([leaver]).more_than(NON_EU14_THRESHOLD)
    was_submitter = (p.submitter or "").strip() == nis_code
    new_submitter_needed = was_submitter and bool(remaining)
    limit = THRESHOLD

    if loses_year1:
        explanation = [
            Text(
                f"{name} stapt vanaf projectjaar {year} uit {p.label} en verliest het recht op "
                "de subsidies van projectjaar 1.",
                f"{name} leaves {p.label} from project year {year} on and loses the right to "
                "the subsidies of project year 1.",
            )
        ]
    else:
        explanation = [
            Text(
                f"{name} stapt vanaf projectjaar {year} uit {p.label}. Het was in projectjaar 1 "
                f"geen actief lid van {p.label} en heeft dus geen subsidies van projectjaar 1 "
                "te verliezen.",
                f"{name} leaves {p.label} from project year {year} on. It was not an active "
                f"member of {p.label} in project year 1, so it has no subsidies of project "
                "year 1 to lose.",
            )
        ]
    if not remaining:
        explanation.append(
            Text(f"Er blijven geen leden over in {p.label}.", f"No members remain in {p.label}.")
        )
    else:
        left, was = _total_text(remaining_pop), _total_text(before_pop)
        figures = figures_of(m.government for m in remaining)
        explanation.append(
            Text(
                f"Zonder {name} tellen de overblijvende leden samen {left.nl} {ORIGIN.nl} "
                f"(voordien {was.nl}): {figures.nl}.",
                f"Without {name} the remaining members count {left.en} {ORIGIN.en} together "
                f"(before: {was.en}): {figures.en}.",
            )
        )
        if remaining_pop.total == NON_EU14_THRESHOLD:
            # Keeping the year-1 subsidies needs at least 7,500, applying needs more: say both.
            explanation.append(
                Text(
                    f"De overblijvende leden tellen samen nog altijd {limit.nl}: ze behouden "
                    "het totaal van de subsidies van projectjaar 1, maar om (opnieuw) aan te "
                    f"vragen is meer dan {limit.nl} nodig.",
                    f"The remaining members still count {limit.en} together: they keep the "
                    "total of the subsidies of project year 1, but applying (again) needs more "
                    f"than {limit.en}.",
                )
            )
        elif keep is True:
            explanation.append(
                Text(
                    f"Dat is minstens {limit.nl}: de overblijvende leden behouden het totaal "
                    "van de subsidies van projectjaar 1.",
                    f"That is at least {limit.en}: the remaining members keep the total of the "
                    "subsidies of project year 1.",
                )
            )
        elif keep is False:
            explanation.append(
                Text(
                    f"Dat is minder dan {limit.nl}: de overblijvende leden verliezen de "
                    "subsidies van projectjaar 1.",
                    f"That is less than {limit.en}: the remaining members lose the subsidies of "
                    "project year 1.",
                )
            )
        else:
            explanation.append(
                Text(
                    "Omdat een cijfer ontbreekt, is niet zeker of de overblijvende leden samen "
                    f"nog minstens {limit.nl} tellen en de subsidies van projectjaar 1 behouden.",
                    "Because a figure is missing, it is not certain whether the remaining "
                    f"members still count at least {limit.en} together and keep the subsidies "
                    "of project year 1.",
                )
            )
    own = count_text(leaver.non_eu14 or 0)
    if may_reapply is None:
        explanation.append(
            Text(
                f"Van {name} ontbreekt het cijfer, dus is niet na te gaan of het alleen opnieuw "
                f"kan indienen (daarvoor zijn meer dan {limit.nl} {ORIGIN.nl} nodig).",
                f"The figure of {name} is missing, so it cannot be checked whether it can apply "
                f"again on its own (that needs more than {limit.en} {ORIGIN.en}).",
            )
        )
    elif may_reapply:
        explanation.append(
            Text(
                f"{name} telt zelf {own.nl}, meer dan {limit.nl}, en kan een nieuwe aanvraag "
                "indienen als nieuwe aanvrager: zonder automatisch recht op de middelen van "
                "projectjaar 1, maar met kans op middelen in de tweede verdelingsronde, die "
                "afhangt van het aantal aanvragers en van hoe zij acties prioriteerden.",
                f"{name} counts {own.en} on its own, more than {limit.en}, and can submit a new "
                "application as a new applicant: with no automatic right to the funds of "
                "project year 1, but with a chance of funds in the second distribution round, "
                "which depends on the number of applicants and on how they prioritised actions.",
            )
        )
    else:
        explanation.append(
            Text(
                f"{name} telt zelf {own.nl}, niet meer dan {limit.nl}, en kan dus niet alleen "
                "een nieuwe aanvraag indienen.",
                f"{name} counts {own.en} on its own, not more than {limit.en}, so it cannot "
                "submit a new application on its own.",
            )
        )
    region = leaver.region_label
    explanation.append(
        Text(
            f"{name} kan wel aansluiten bij een ander bestaand samenwerkingsverband in "
            f"{region}, maar de acties en het subsidiedeel van {name} gaan niet mee.",
            f"{name} can join another existing partnership in {region}, but the actions and "
            f"the subsidy share of {name} do not go along.",
        )
    )
    if new_submitter_needed:
        explanation.append(
            Text(
                f"{name} was de indiener: de overblijvende leden moeten een nieuwe indiener "
                "aanduiden.",
                f"{name} was the submitter: the remaining members must designate a new submitter.",
            )
        )
    if len(remaining) == 1:
        last = remaining[0].government.name
        explanation.append(
            Text(
                f"{last} blijft als enige over en wordt een alleenstaande aanvrager: het moet "
                f"zelf meer dan {limit.nl} {ORIGIN.nl} tellen.",
                f"{last} is the only one left and becomes a single applicant: it must count "
                f"more than {limit.en} {ORIGIN.en} on its own.",
            )
        )
    dutch, english = _split(explanation)

    return LeaveOutcome(
        partnership_after=after,
        leaver=leaver,
        before_non_eu14=before_pop.total,
        remaining_non_eu14=remaining_pop.total,
        remaining_keep_year1_subsidy=keep,
        leaver_may_reapply=may_reapply,
        new_submitter_needed=new_submitter_needed,
        single_applicant_left=len(remaining) == 1,
        findings=tuple(check_partnership(after, year, others, supported)),
        explanation=dutch,
        leaver_loses_year1_subsidy=loses_year1,
        explanation_en=english,
    )


def simulate_join(
    p: Partnership,
    joiner: Government,
    year: int,
    others: Iterable[Partnership] = (),
    *,
    supported: Collection[str] | None = None,
) -> JoinOutcome:
    """`joiner` becomes a member of `p` in project year `year`.

    The join is not allowed when the joiner is already an active member, lies in another
    region than a current member, or is active in another partnership (not grandfathered).
    """
    others = other_partnerships(p, others)
    before = active_members(p, year)
    already = any(m.nis_code == joiner.nis_code for m in before)
    after = p if already else replace(p, memberships=(*p.memberships, Membership(joiner, year)))
    elsewhere_region = [m.government for m in before if m.government.region != joiner.region]
    conflicts = () if already else conflicting_partnerships(joiner.nis_code, year, year, others)
    allowed = not already and not elsewhere_region and not conflicts

    before_pop = population(m.government for m in before)
    after_pop = population(m.government for m in active_members(after, year))
    took_part = earlier_participation(joiner.nis_code, year, p, others)
    check = check_stimulus(after, year, others)
    base_met = check.base_met
    already_received = year in p.stimulus_years
    stimulus_eligible = allowed and not took_part and base_met is True and not already_received
    extension = (
        allowed
        and not stimulus_eligible
        and not already_received
        and extension_check(after, year, active_members(after, year), after_pop)[0] is True
    )
    name, region = joiner.name, joiner.region_label

    explanation: list[Text] = []
    if already:
        explanation.append(
            Text(
                f"{name} is in projectjaar {year} al actief lid van {p.label}.",
                f"{name} is already an active member of {p.label} in project year {year}.",
            )
        )
    else:
        explanation.append(
            Text(
                f"{name} ({region}) sluit in projectjaar {year} aan bij {p.label}.",
                f"{name} ({region}) joins {p.label} in project year {year}.",
            )
        )
    if elsewhere_region:
        others_named = [f"{g.name} ({g.region_label})" for g in elsewhere_region]
        explanation.append(
            Text(
                f"Dat kan niet: {name} ligt in {region}, niet in dezelfde referentieregio als "
                f"{join(others_named, NL)}.",
                f"That is not possible: {name} lies in {region}, not in the same reference "
                f"region as {join(others_named, EN)}.",
            )
        )
    if conflicts:
        labels = [q.label for q, _ in conflicts]
        explanation.append(
            Text(
                f"Dat kan niet: {name} is in projectjaar {year} al actief lid van "
                f"{join(labels, NL)}; een lokaal bestuur mag maar van één samenwerkingsverband "
                "actief lid zijn.",
                f"That is not possible: {name} is already an active member of "
                f"{join(labels, EN)} in project year {year}; a local government may be an "
                "active member of only one partnership.",
            )
        )
    if not already:
        together, was = _total_text(after_pop), _total_text(before_pop)
        explanation.append(
            Text(
                f"Samen tellen de leden dan {together.nl} {ORIGIN.nl} (voordien {was.nl}).",
                f"Together the members then count {together.en} {ORIGIN.en} (before: {was.en}).",
            )
        )

    if stimulus_eligible:
        explanation.append(
            Text(
                f"De stimulans 'samenwerking' is mogelijk in projectjaar {year}: {name} neemt "
                "voor het eerst deel aan Plan Samenleven.",
                f"The cooperation stimulus is possible in project year {year}: {name} takes "
                "part in Plan Samenleven for the first time.",
            )
        )
    elif not already:
        reasons: list[Text] = []
        if not allowed:
            reasons.append(Text("de aansluiting kan niet", "the join is not possible"))
        if took_part:
            labels = [q.label for q in took_part]
            reasons.append(
                Text(
                    f"{name} nam eerder al deel aan Plan Samenleven ({join(labels, NL)})",
                    f"{name} already took part in Plan Samenleven before ({join(labels, EN)})",
                )
            )
        if base_met is False and check.new_members:
            reasons.extend(base_not_met_reasons(p, year, check))
        elif base_met is None:
            reasons.append(
                Text(
                    "een cijfer ontbreekt, dus is niet na te gaan of een lid dat een ander nieuw "
                    f"lokaal bestuur opneemt, op zich meer dan {THRESHOLD.nl} telt",
                    "a figure is missing, so it cannot be checked whether a member that takes "
                    f"in another new local government counts more than {THRESHOLD.en} on its "
                    "own",
                )
            )
        if already_received:
            reasons.append(
                Text(
                    f"{p.label} ontving de stimulans al in projectjaar {year}, en die wordt maar "
                    "één keer per projectjaar toegekend",
                    f"{p.label} already received the stimulus in project year {year}, and it is "
                    "granted only once per project year",
                )
            )
        why = Text("; ".join(r.nl for r in reasons), "; ".join(r.en for r in reasons))
        if extension:
            explanation.append(
                Text(
                    f"Geen nieuwe toekenning van de stimulans 'samenwerking': {why.nl}.",
                    f"No new grant of the cooperation stimulus: {why.en}.",
                )
            )
            explanation.append(extension_sentence(p, year, after_pop))
        else:
            explanation.append(
                Text(
                    f"Geen stimulans 'samenwerking': {why.nl}.",
                    f"No cooperation stimulus: {why.en}.",
                )
            )
    dutch, english = _split(explanation)

    return JoinOutcome(
        partnership_after=after,
        joiner=joiner,
        allowed=allowed,
        before_non_eu14=before_pop.total,
        combined_non_eu14=after_pop.total,
        stimulus_eligible=stimulus_eligible,
        joiner_new_to_programme=not took_part,
        findings=tuple(check_partnership(after, year, others, supported)),
        explanation=dutch,
        stimulus_extension=extension,
        explanation_en=english,
    )
