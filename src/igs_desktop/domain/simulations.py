"""What if a member leaves, or a government joins? Answers before a municipality decides.

Both simulations build the partnership as it would be, run every rule on it, and add the
consequences DESIGN.md lists, in Dutch sentences a support contact can read to an alderman.
"""

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from .findings import Finding
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
    THRESHOLD_TEXT,
    base_not_met_reasons,
    check_partnership,
    check_stimulus,
    conflicting_partnerships,
    earlier_participation,
    extension_check,
    extension_sentence,
    figures_of,
    other_partnerships,
)
from .text import format_count, join_nl


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


def _total_text(pop: Population) -> str:
    """ "12.000", or "minstens 3.000" when a figure is missing."""
    known = format_count(pop.known)
    return f"minstens {known}" if pop.missing else known


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

    if loses_year1:
        explanation = [
            f"{leaver.name} stapt vanaf projectjaar {year} uit {p.label} en verliest het recht "
            "op de subsidies van projectjaar 1."
        ]
    else:
        explanation = [
            f"{leaver.name} stapt vanaf projectjaar {year} uit {p.label}. Het was in projectjaar "
            f"1 geen actief lid van {p.label} en heeft dus geen subsidies van projectjaar 1 te "
            "verliezen."
        ]
    if not remaining:
        explanation.append(f"Er blijven geen leden over in {p.label}.")
    else:
        explanation.append(
            f"Zonder {leaver.name} tellen de overblijvende leden samen "
            f"{_total_text(remaining_pop)} {ORIGIN} (voordien {_total_text(before_pop)}): "
            f"{figures_of(m.government for m in remaining)}."
        )
        if remaining_pop.total == NON_EU14_THRESHOLD:
            # Keeping the year-1 subsidies needs at least 7,500, applying needs more: say both.
            explanation.append(
                f"De overblijvende leden tellen samen nog altijd {THRESHOLD_TEXT}: ze behouden "
                "het totaal van de subsidies van projectjaar 1, maar om (opnieuw) aan te vragen "
                f"is meer dan {THRESHOLD_TEXT} nodig."
            )
        elif keep is True:
            explanation.append(
                f"Dat is minstens {THRESHOLD_TEXT}: de overblijvende leden behouden het totaal van "
                "de subsidies van projectjaar 1."
            )
        elif keep is False:
            explanation.append(
                f"Dat is minder dan {THRESHOLD_TEXT}: de overblijvende leden verliezen de "
                "subsidies van projectjaar 1."
            )
        else:
            explanation.append(
                "Omdat een cijfer ontbreekt, is niet zeker of de overblijvende leden samen nog "
                f"minstens {THRESHOLD_TEXT} tellen en de subsidies van projectjaar 1 behouden."
            )
    if may_reapply is None:
        explanation.append(
            f"Van {leaver.name} ontbreekt het cijfer, dus is niet na te gaan of het alleen "
            f"opnieuw kan indienen (daarvoor zijn meer dan {THRESHOLD_TEXT} {ORIGIN} nodig)."
        )
    elif may_reapply:
        explanation.append(
            f"{leaver.name} telt zelf {format_count(leaver.non_eu14 or 0)}, meer dan "
            f"{THRESHOLD_TEXT}, en kan een nieuwe aanvraag indienen als nieuwe aanvrager: zonder "
            "automatisch recht op de middelen van projectjaar 1, maar met kans op middelen in "
            "de tweede verdelingsronde, die afhangt van het aantal aanvragers en van hoe zij "
            "acties prioriteerden."
        )
    else:
        explanation.append(
            f"{leaver.name} telt zelf {format_count(leaver.non_eu14 or 0)}, niet meer dan "
            f"{THRESHOLD_TEXT}, en kan dus niet alleen een nieuwe aanvraag indienen."
        )
    explanation.append(
        f"{leaver.name} kan wel aansluiten bij een ander bestaand samenwerkingsverband in "
        f"{leaver.region_label}, maar de acties en het subsidiedeel van {leaver.name} gaan "
        "niet mee."
    )
    if new_submitter_needed:
        explanation.append(
            f"{leaver.name} was de indiener: de overblijvende leden moeten een nieuwe indiener "
            "aanduiden."
        )
    if len(remaining) == 1:
        explanation.append(
            f"{remaining[0].government.name} blijft als enige over en wordt een alleenstaande "
            f"aanvrager: het moet zelf meer dan {THRESHOLD_TEXT} {ORIGIN} tellen."
        )

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
        explanation=tuple(explanation),
        leaver_loses_year1_subsidy=loses_year1,
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

    explanation: list[str] = []
    if already:
        explanation.append(f"{joiner.name} is in projectjaar {year} al actief lid van {p.label}.")
    else:
        explanation.append(
            f"{joiner.name} ({joiner.region_label}) sluit in projectjaar {year} aan bij {p.label}."
        )
    if elsewhere_region:
        others_text = join_nl([f"{g.name} ({g.region_label})" for g in elsewhere_region])
        explanation.append(
            f"Dat kan niet: {joiner.name} ligt in {joiner.region_label}, niet in dezelfde "
            f"referentieregio als {others_text}."
        )
    if conflicts:
        explanation.append(
            f"Dat kan niet: {joiner.name} is in projectjaar {year} al actief lid van "
            f"{join_nl([q.label for q, _ in conflicts])}; een lokaal bestuur mag maar van één "
            "samenwerkingsverband actief lid zijn."
        )
    if not already:
        explanation.append(
            f"Samen tellen de leden dan {_total_text(after_pop)} {ORIGIN} "
            f"(voordien {_total_text(before_pop)})."
        )

    if stimulus_eligible:
        explanation.append(
            f"De stimulans 'samenwerking' is mogelijk in projectjaar {year}: {joiner.name} "
            "neemt voor het eerst deel aan Plan Samenleven."
        )
    elif not already:
        reasons = []
        if not allowed:
            reasons.append("de aansluiting kan niet")
        if took_part:
            reasons.append(
                f"{joiner.name} nam eerder al deel aan Plan Samenleven "
                f"({join_nl([q.label for q in took_part])})"
            )
        if base_met is False and check.new_members:
            reasons.extend(base_not_met_reasons(p, year, check))
        elif base_met is None:
            reasons.append(
                "een cijfer ontbreekt, dus is niet na te gaan of een lid dat een ander nieuw "
                f"lokaal bestuur opneemt, op zich meer dan {THRESHOLD_TEXT} telt"
            )
        if already_received:
            reasons.append(
                f"{p.label} ontving de stimulans al in projectjaar {year}, en die wordt maar "
                "één keer per projectjaar toegekend"
            )
        if extension:
            explanation.append(
                f"Geen nieuwe toekenning van de stimulans 'samenwerking': {'; '.join(reasons)}."
            )
            explanation.append(extension_sentence(p, year, after_pop))
        else:
            explanation.append(f"Geen stimulans 'samenwerking': {'; '.join(reasons)}.")

    return JoinOutcome(
        partnership_after=after,
        joiner=joiner,
        allowed=allowed,
        before_non_eu14=before_pop.total,
        combined_non_eu14=after_pop.total,
        stimulus_eligible=stimulus_eligible,
        joiner_new_to_programme=not took_part,
        findings=tuple(check_partnership(after, year, others, supported)),
        explanation=tuple(explanation),
        stimulus_extension=extension,
    )
