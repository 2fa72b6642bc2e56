"""One test per rule code: the smallest case that triggers it and the nearest that does not."""

import dataclasses
from decimal import Decimal

import pytest

from igs_desktop.domain import (
    MAX_SUPPORTED_ACTIONS,
    NON_EU14_THRESHOLD,
    RULES,
    ActionResult,
    Membership,
    Partnership,
    Severity,
    StimulusKind,
    Subsidy,
    Transfer,
    active_members,
    check_partnership,
    stimulus_status,
)

from .builders import (
    codes,
    gov,
    kortrijk,
    kuurne,
    lendelede,
    member,
    only,
    partnership,
    roeselare,
)


def clean_pair(**fields: object) -> Partnership:
    """Kortrijk (submitter) and Lendelede since year 1: no finding at all.

    Both are new to the programme in year 1, so the actions rolled out with them are recorded
    (NEW_MEMBER_ACTIONS_UNREPORTED applies in the year a partnership is formed too).
    """
    fields.setdefault("new_member_actions", ("5",))
    return partnership(member(kortrijk()), member(lendelede()), **fields)


def test_baseline_has_no_findings() -> None:
    assert check_partnership(clean_pair(), 1) == []
    assert check_partnership(clean_pair(), 2) == []


def test_single_action_and_no_other_problem_has_no_finding() -> None:
    p = clean_pair(supported_actions=("5",))
    assert check_partnership(p, 2, supported={"5", "24"}) == []
    single = partnership(member(kortrijk()), name="Kortrijk", supported_actions=("24",))
    assert check_partnership(single, 2, supported={"5", "24"}) == []


def test_severity_of_every_finding_comes_from_the_catalogue() -> None:
    p = partnership(
        member(lendelede(None), arrangement=""),
        member(roeselare(), joined=2, arrangement=""),
        submitter=None,
        kpi="",
        stimulus_years=(2, 2),
    )
    findings = check_partnership(p, 2)
    assert len(set(codes(findings))) >= 6
    for f in findings:
        assert f.severity is RULES[f.code].severity


def test_active_members_are_sorted_and_counted_once() -> None:
    p = partnership(
        member(lendelede(), joined=2),
        member(kuurne(), left=2),
        member(kortrijk(), joined=1),
        member(kortrijk(), joined=3),  # an overlapping duplicate: the earliest one counts
        member(roeselare(), joined=3),
    )
    assert [(m.nis_code, m.joined_year) for m in active_members(p, 1)] == [
        ("34022", 1),
        ("34023", 1),
    ]
    assert [(m.nis_code, m.joined_year) for m in active_members(p, 3)] == [
        ("34022", 1),
        ("34025", 2),
        ("36015", 3),
    ]
    twice = partnership(member(kortrijk(5_000)), member(kortrijk(5_000), joined=2))
    assert "5.000 inwoners" in only(check_partnership(twice, 2), "BELOW_THRESHOLD").message


# --- REGION_MIXED ------------------------------------------------------------------------


def test_region_mixed() -> None:
    mixed = partnership(member(lendelede()), member(roeselare(9_999)))
    f = only(check_partnership(mixed, 1), "REGION_MIXED")
    assert f.severity is Severity.ERROR
    assert f.subjects == ("34025", "36015")
    same = partnership(member(lendelede()), member(kortrijk()))
    assert "REGION_MIXED" not in codes(check_partnership(same, 1))


def test_region_mixed_counts_active_members_only() -> None:
    left_before = partnership(member(kortrijk()), member(roeselare(), left=2))
    assert "REGION_MIXED" in codes(check_partnership(left_before, 1))
    assert "REGION_MIXED" not in codes(check_partnership(left_before, 2))


def test_region_mixed_message_names_governments_and_regions() -> None:
    f = only(
        check_partnership(partnership(member(lendelede()), member(roeselare(9_999))), 1),
        "REGION_MIXED",
    )
    assert f.message == (
        "Lendelede (Zuid-West-Vlaanderen) en Roeselare (Midwest) liggen niet in dezelfde "
        "referentieregio."
    )


def test_region_name_falls_back_to_code() -> None:
    unnamed = gov("36015", "Roeselare", 9_999, ("REFREG10", ""))
    f = only(
        check_partnership(partnership(member(lendelede()), member(unnamed)), 1), "REGION_MIXED"
    )
    assert "Roeselare (REFREG10)" in f.message


# --- MULTIPLE_PARTNERSHIPS ----------------------------------------------------------------


def leie(lendelede_joined: int, left: int | None = None) -> Partnership:
    return partnership(
        member(kuurne(9_000)),
        member(lendelede(), joined=lendelede_joined, left=left),
        id="igs-leie",
        name="IGS Leie",
    )


def test_multiple_partnerships() -> None:
    p = clean_pair()
    f = only(check_partnership(p, 2, others=[leie(2)]), "MULTIPLE_PARTNERSHIPS")
    assert f.severity is Severity.ERROR
    assert f.subjects == ("34025",)
    assert "Lendelede" in f.message and "IGS Leie" in f.message
    # Nearest case: Lendelede left IGS Leie at the start of year 2.
    assert "MULTIPLE_PARTNERSHIPS" not in codes(check_partnership(p, 2, others=[leie(1, 2)]))


def test_grandfathering_memberships_formed_in_year_1_may_be_kept() -> None:
    p = clean_pair()
    assert "MULTIPLE_PARTNERSHIPS" not in codes(check_partnership(p, 1, others=[leie(1)]))
    assert "MULTIPLE_PARTNERSHIPS" not in codes(check_partnership(p, 2, others=[leie(1)]))


def test_grandfathering_does_not_cover_memberships_formed_in_year_2() -> None:
    both_year_2 = partnership(member(kortrijk()), member(lendelede(), joined=2), formed_year=2)
    findings = check_partnership(both_year_2, 2, others=[leie(2)])
    assert only(findings, "MULTIPLE_PARTNERSHIPS").subjects == ("34025",)
    # One formed in year 1, the other in year 2: not all formed in year 1 either.
    assert "MULTIPLE_PARTNERSHIPS" in codes(check_partnership(clean_pair(), 2, others=[leie(2)]))


def test_others_may_contain_the_partnership_itself() -> None:
    p = partnership(member(kortrijk()), member(lendelede(), joined=2), new_member_actions=("5",))
    stored = dataclasses.replace(p, kpi="an older copy of p, as the app stored it")
    assert check_partnership(p, 2, others=[stored, leie(1, 2)]) == []


# --- BELOW_THRESHOLD -----------------------------------------------------------------------


@pytest.mark.parametrize(("figure", "fails"), [(7_500, True), (7_501, False)])
def test_below_threshold_single_applicant(figure: int, fails: bool) -> None:
    single = partnership(member(kortrijk(figure)), name="Kortrijk")
    assert ("BELOW_THRESHOLD" in codes(check_partnership(single, 1))) is fails


@pytest.mark.parametrize(("second", "fails"), [(2_500, True), (2_501, False)])
def test_below_threshold_partnership_counts_the_sum(second: int, fails: bool) -> None:
    p = partnership(member(kortrijk(5_000)), member(lendelede(second)))
    assert ("BELOW_THRESHOLD" in codes(check_partnership(p, 1))) is fails


def test_below_threshold_message_uses_dutch_numbers() -> None:
    p = partnership(member(kortrijk(5_000)), member(lendelede(2_500)))
    f = only(check_partnership(p, 1), "BELOW_THRESHOLD")
    assert f.severity is Severity.ERROR
    assert f.subjects == ("34022", "34025")
    assert "Kortrijk (5.000) en Lendelede (2.500) tellen samen 7.500" in f.message
    assert "meer dan 7.500" in f.message
    assert NON_EU14_THRESHOLD == 7500


def test_below_threshold_ignores_members_that_left() -> None:
    p = partnership(member(kortrijk(7_000)), member(lendelede(1_000), left=2))
    assert "BELOW_THRESHOLD" not in codes(check_partnership(p, 1))
    assert "BELOW_THRESHOLD" in codes(check_partnership(p, 2))


# --- FIGURE_MISSING and unknown figures ---------------------------------------------------


def test_figure_missing_and_no_below_threshold_when_known_sum_is_not_enough() -> None:
    p = partnership(member(kortrijk(7_500)), member(lendelede(None)))
    findings = check_partnership(p, 2)
    f = only(findings, "FIGURE_MISSING")
    assert f.severity is Severity.WARNING
    assert f.subjects == ("34025",)
    assert "Lendelede" in f.message and "projectjaar 2" in f.message
    assert "BELOW_THRESHOLD" not in codes(findings)


def test_threshold_met_when_known_sum_exceeds_it_despite_missing_figure() -> None:
    p = partnership(member(kortrijk(7_501)), member(lendelede(None)))
    findings = check_partnership(p, 2)
    assert codes(findings) == ["FIGURE_MISSING"]
    assert "7.501" in findings[0].message


def test_no_figure_missing_when_all_figures_are_known() -> None:
    assert "FIGURE_MISSING" not in codes(check_partnership(clean_pair(), 2))
    # A member without a figure that is no longer active does not count either.
    p = partnership(member(kortrijk()), member(lendelede(None), left=2))
    assert "FIGURE_MISSING" not in codes(check_partnership(p, 2))


# --- SUBMITTER_MISSING / SUBMITTER_NOT_MEMBER ---------------------------------------------


@pytest.mark.parametrize("submitter", [None, "", "   "])
def test_submitter_missing(submitter: str | None) -> None:
    p = partnership(member(kortrijk()), member(lendelede()))
    p = dataclasses.replace(p, submitter=submitter)
    f = only(check_partnership(p, 1), "SUBMITTER_MISSING")
    assert f.severity is Severity.ERROR
    assert "SUBMITTER_MISSING" not in codes(check_partnership(clean_pair(), 1))


def test_submitter_not_member() -> None:
    p = partnership(member(kortrijk(), left=2), member(lendelede(9_000)), submitter="34022")
    assert "SUBMITTER_NOT_MEMBER" not in codes(check_partnership(p, 1))
    f = only(check_partnership(p, 2), "SUBMITTER_NOT_MEMBER")
    assert f.severity is Severity.ERROR
    assert f.subjects == ("34022",)
    assert "Kortrijk" in f.message and "projectjaar 2" in f.message


def test_submitter_unknown_nis_code() -> None:
    p = partnership(member(kortrijk()), member(lendelede()), submitter="99999")
    f = only(check_partnership(p, 1), "SUBMITTER_NOT_MEMBER")
    assert "99999" in f.message


# --- KPI_MISSING ---------------------------------------------------------------------------


@pytest.mark.parametrize("kpi", ["", "  \n"])
def test_kpi_missing(kpi: str) -> None:
    f = only(check_partnership(clean_pair(kpi=kpi), 1), "KPI_MISSING")
    assert f.severity is Severity.WARNING
    assert "KPI_MISSING" not in codes(check_partnership(clean_pair(kpi="1 actieplan"), 1))


# --- TOO_MANY_SUPPORTED_ACTIONS ------------------------------------------------------------


def test_too_many_supported_actions() -> None:
    eleven = tuple(str(n) for n in range(1, MAX_SUPPORTED_ACTIONS + 2))
    f = only(
        check_partnership(clean_pair(supported_actions=eleven), 1), "TOO_MANY_SUPPORTED_ACTIONS"
    )
    assert f.severity is Severity.ERROR
    assert "11 acties" in f.message and "hoogstens 10" in f.message
    ten = eleven[:MAX_SUPPORTED_ACTIONS]
    assert check_partnership(clean_pair(supported_actions=ten), 1) == []


def test_too_many_supported_actions_counts_distinct_actions() -> None:
    ten_with_repeat = (*[str(n) for n in range(1, 11)], "5")
    assert check_partnership(clean_pair(supported_actions=ten_with_repeat), 1) == []


# --- ACTION_NOT_SUPPORTED ------------------------------------------------------------------


def test_action_not_supported() -> None:
    p = clean_pair(supported_actions=("5", "7", "24"))
    f = only(check_partnership(p, 1, supported={"5", "24"}), "ACTION_NOT_SUPPORTED")
    assert f.severity is Severity.ERROR
    assert f.subjects == ("7",)
    assert "Actie 7" in f.message
    assert check_partnership(p, 1, supported={"5", "7", "24"}) == []


def test_action_not_supported_is_only_checked_with_a_catalogue() -> None:
    assert check_partnership(clean_pair(supported_actions=("7",)), 1, supported=None) == []
    assert "ACTION_NOT_SUPPORTED" in codes(
        check_partnership(clean_pair(supported_actions=("7",)), 1, supported=set())
    )


# --- STIMULUS_TWICE ------------------------------------------------------------------------


def with_new_member(stimulus_years: tuple[int, ...], *extra: Membership) -> Partnership:
    """Kortrijk and Lendelede since year 1 take in Kuurne (new to the programme) in year 2."""
    return partnership(
        member(kortrijk()),
        member(lendelede()),
        member(kuurne(), joined=2),
        *extra,
        stimulus_years=stimulus_years,
        new_member_actions=("5",),
    )


def test_stimulus_twice() -> None:
    f = only(check_partnership(with_new_member((2, 2)), 2), "STIMULUS_TWICE")
    assert f.severity is Severity.ERROR
    assert "2 keer" in f.message
    assert check_partnership(with_new_member((2,)), 2) == []


def test_stimulus_twice_checks_the_year_in_question() -> None:
    assert "STIMULUS_TWICE" not in codes(check_partnership(with_new_member((1, 1, 2)), 2))


def test_stimulus_only_once_however_many_new_members() -> None:
    two_new = with_new_member((2, 2), member(gov("34013", "Harelbeke", 1_000), joined=2))
    assert codes(check_partnership(two_new, 2)) == ["STIMULUS_TWICE"]
    once = with_new_member((2,), member(gov("34013", "Harelbeke", 1_000), joined=2))
    assert check_partnership(once, 2) == []


# --- STIMULUS_NOT_ELIGIBLE ----------------------------------------------------------------


def test_stimulus_not_eligible_without_new_member() -> None:
    p = clean_pair(stimulus_years=(2,))
    f = only(check_partnership(p, 2), "STIMULUS_NOT_ELIGIBLE")
    assert f.severity is Severity.ERROR
    assert "geen nieuw lokaal bestuur" in f.message
    assert "eerder al deel" not in f.message  # nobody joined, so nobody is named
    assert check_partnership(with_new_member((2,)), 2) == []


def test_stimulus_not_for_joiner_that_took_part_in_another_partnership() -> None:
    earlier = partnership(
        member(kuurne(), left=2), member(gov("34013", "Harelbeke", 9_000)), id="x", name="IGS X"
    )
    f = only(check_partnership(with_new_member((2,)), 2, others=[earlier]), "STIMULUS_NOT_ELIGIBLE")
    assert "Kuurne nam eerder al deel" in f.message and "IGS X" in f.message


def test_stimulus_not_for_joiner_that_took_part_earlier_in_the_same_partnership() -> None:
    p = with_new_member((2,), member(kuurne(), joined=1, left=2))
    assert "STIMULUS_NOT_ELIGIBLE" in codes(check_partnership(p, 2))


@pytest.mark.parametrize(("figure", "eligible"), [(7_500, False), (7_501, True)])
def test_stimulus_for_new_partnership_needs_a_member_above_threshold(
    figure: int, eligible: bool
) -> None:
    """Kortrijk applied alone in year 1; in year 2 it forms a new partnership with Kuurne.

    A returning government qualifies by its own figure: only above 7,500 (decision 1).
    """
    alone = partnership(member(kortrijk(figure), left=2), id="kortrijk", name="Kortrijk")
    p = partnership(
        member(kortrijk(figure), joined=2),
        member(kuurne(), joined=2),
        formed_year=2,
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    findings = check_partnership(p, 2, others=[alone])
    assert ("STIMULUS_NOT_ELIGIBLE" not in codes(findings)) is eligible
    if not eligible:
        message = only(findings, "STIMULUS_NOT_ELIGIBLE").message
        assert "geen bestaand samenwerkingsverband" in message
        assert "Kortrijk 7.500" in message


# --- decision 1: a member above 7,500, whether or not it took part before -----------------


def brand_new_pair(figure: int | None) -> Partnership:
    """Kortrijk and Kuurne, both new to the programme, form an IGS in year 2 with a stimulus."""
    return partnership(
        member(kortrijk(figure), joined=2),
        member(kuurne(), joined=2),
        formed_year=2,
        stimulus_years=(2,),
        new_member_actions=("5",),
    )


@pytest.mark.parametrize(("figure", "eligible"), [(7_500, False), (7_501, True)])
def test_stimulus_for_two_brand_new_governments_one_above_threshold(
    figure: int, eligible: bool
) -> None:
    findings = check_partnership(brand_new_pair(figure), 2)
    assert ("STIMULUS_NOT_ELIGIBLE" not in codes(findings)) is eligible
    status = stimulus_status(brand_new_pair(figure), 2)
    if eligible:
        assert status.kind is StimulusKind.GRANT
        assert "toekenning" in status.sentence
        assert (
            "Kortrijk telt op zich 7.501" in status.sentence
            and "neemt Kuurne op" in status.sentence
        )
    else:
        assert status.kind is StimulusKind.NOT_ELIGIBLE
        assert only(findings, "STIMULUS_NOT_ELIGIBLE").message == status.sentence


def test_stimulus_for_a_returning_government_above_threshold_taking_in_a_new_one() -> None:
    """Kortrijk took part in year 1 (alone) and takes in Kuurne, new, in year 2."""
    alone = partnership(member(kortrijk(9_000), left=2), id="kortrijk", name="Kortrijk")
    p = partnership(
        member(kortrijk(9_000), joined=2),
        member(kuurne(), joined=2),
        formed_year=2,
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    assert check_partnership(p, 2, others=[alone]) == []
    assert stimulus_status(p, 2, others=[alone]).kind is StimulusKind.GRANT


def test_stimulus_member_above_threshold_must_take_in_another_new_government() -> None:
    """Kortrijk (new, 9.000) joins Kuurne (returning, 1.234): nobody new is taken in by a
    member above 7,500, and Kuurne alone was no existing partnership."""
    earlier = partnership(member(kuurne(), left=2), id="kuurne", name="Kuurne")
    p = partnership(
        member(kuurne(), joined=2),
        member(kortrijk(9_000), joined=2),
        formed_year=2,
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    f = only(check_partnership(p, 2, others=[earlier]), "STIMULUS_NOT_ELIGIBLE")
    assert "Kuurne 1.234" in f.message
    assert "Kortrijk telt wel meer dan 7.500" in f.message and "enige nieuwe" in f.message


def test_stimulus_for_new_partnership_with_unknown_figure_is_left_to_figure_missing() -> None:
    alone = partnership(member(kortrijk(None), left=2), id="kortrijk", name="Kortrijk")
    p = partnership(
        member(kortrijk(None), joined=2),
        member(kuurne(1_000), joined=2),
        formed_year=2,
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    assert codes(check_partnership(p, 2, others=[alone])) == ["FIGURE_MISSING"]
    assert stimulus_status(p, 2, others=[alone]).kind is StimulusKind.UNKNOWN


# --- decision 2: an existing IGS has two members active before the year ------------------


def single_from_year_1(figure: int) -> Partnership:
    """Kortrijk applied alone from year 1 and takes in Kuurne, new, in year 2."""
    return partnership(
        member(kortrijk(figure)),
        member(kuurne(), joined=2),
        name="Kortrijk",
        stimulus_years=(2,),
        new_member_actions=("5",),
    )


def test_a_single_applicant_from_an_earlier_year_is_not_an_existing_igs() -> None:
    f = only(check_partnership(single_from_year_1(7_000), 2), "STIMULUS_NOT_ELIGIBLE")
    assert "Kortrijk is geen bestaand samenwerkingsverband" in f.message
    assert "(in projectjaar 1 was alleen Kortrijk actief lid)" in f.message
    assert "cijfers: Kortrijk 7.000)" in f.message


def test_a_single_applicant_from_an_earlier_year_qualifies_by_its_own_figure() -> None:
    assert check_partnership(single_from_year_1(7_501), 2) == []


def test_a_two_member_igs_of_year_1_taking_in_a_new_government_is_eligible() -> None:
    """Kortrijk and Lendelede (7.000 and 300: neither above 7,500) take in Kuurne in year 2."""
    p = partnership(
        member(kortrijk(7_000)),
        member(lendelede(300)),
        member(kuurne(), joined=2),
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    assert check_partnership(p, 2) == []
    status = stimulus_status(p, 2)
    assert (
        status.kind is StimulusKind.GRANT and "een bestaand samenwerkingsverband" in status.sentence
    )


def test_an_igs_with_only_one_member_active_before_is_not_existing() -> None:
    """Lendelede and Kuurne both join Kortrijk in year 2: only Kortrijk was active in year 1."""
    p = partnership(
        member(kortrijk(7_000)),
        member(lendelede(300), joined=2),
        member(kuurne(), joined=2),
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    f = only(check_partnership(p, 2), "STIMULUS_NOT_ELIGIBLE")
    assert "(in projectjaar 1 was alleen Kortrijk actief lid)" in f.message
    # A member that left in year 2 was still active in year 1: the IGS existed.
    existed = partnership(
        member(kortrijk(7_000)),
        member(lendelede(300), left=2),
        member(kuurne(), joined=2),
        stimulus_years=(2,),
        new_member_actions=("5",),
    )
    assert "STIMULUS_NOT_ELIGIBLE" not in codes(check_partnership(existed, 2))


def test_a_stimulus_in_year_1_needs_a_member_above_threshold() -> None:
    """In project year 1 no partnership existed before; everybody is new."""
    assert check_partnership(clean_pair(stimulus_years=(1,)), 1) == []  # Kortrijk 11.111
    low = partnership(
        member(kortrijk(7_000)),
        member(lendelede()),
        stimulus_years=(1,),
        new_member_actions=("5",),
    )
    f = only(check_partnership(low, 1), "STIMULUS_NOT_ELIGIBLE")
    assert "(het had vóór projectjaar 1 geen twee actieve leden)" in f.message


# --- decision 4: an extension (verlenging) while the conditions hold ----------------------


def extended(
    figure: int = 7_501,
    stimulus_years: tuple[int, ...] = (2, 3),
    second: Membership | None = None,
) -> Partnership:
    """Kortrijk took in Kuurne in year 2 with a stimulus; nobody new joins in year 3."""
    return partnership(
        member(kortrijk(figure - 1_000)),
        second or member(lendelede(1_000), joined=2),
        stimulus_years=stimulus_years,
        new_member_actions=("5",),
    )


def test_stimulus_extension_while_the_conditions_hold() -> None:
    p = extended()
    assert check_partnership(p, 3) == []
    status = stimulus_status(p, 3)
    assert status.kind is StimulusKind.EXTENSION
    assert status.sentence == (
        "Stimulans 'samenwerking' in projectjaar 3: verlenging van de stimulans van projectjaar "
        "2. De voorwaarden blijven vervuld: IGS Kortrijk-Lendelede ligt in één referentieregio "
        "en telt samen 7.501 inwoners van niet-EU14-herkomst, meer dan 7.500; de stimulans kan "
        "verlengd worden zolang het budget het toelaat."
    )


def test_no_extension_at_7500() -> None:
    p = extended(7_500)
    f = only(check_partnership(p, 3), "STIMULUS_NOT_ELIGIBLE")
    assert "Een verlenging van de stimulans van projectjaar 2 kan niet" in f.message
    assert "7.500 inwoners van niet-EU14-herkomst, niet meer dan 7.500" in f.message
    assert stimulus_status(p, 3).kind is StimulusKind.NOT_ELIGIBLE


def test_no_extension_after_a_gap() -> None:
    p = extended(stimulus_years=(1, 3))
    f = only(check_partnership(p, 3), "STIMULUS_NOT_ELIGIBLE")
    assert "geen nieuw lokaal bestuur" in f.message and "verlenging" not in f.message


def test_no_extension_with_mixed_regions() -> None:
    p = extended(second=member(roeselare(1_000), joined=2))
    findings = check_partnership(p, 3)
    assert "REGION_MIXED" in codes(findings)
    f = only(findings, "STIMULUS_NOT_ELIGIBLE")
    assert "niet in één referentieregio" in f.message


def test_no_extension_for_a_single_member_left() -> None:
    p = extended(second=member(lendelede(1_000), joined=2, left=3), figure=9_000)
    f = only(check_partnership(p, 3), "STIMULUS_NOT_ELIGIBLE")
    assert "nog maar één actief lid" in f.message


def test_extension_with_unknown_figure_is_left_to_figure_missing() -> None:
    p = extended(second=member(lendelede(None), joined=2))
    assert codes(check_partnership(p, 3)) == ["FIGURE_MISSING"]  # Kortrijk 6.501 + unknown
    assert stimulus_status(p, 3).kind is StimulusKind.UNKNOWN


# --- NEW_MEMBER_ACTIONS_UNREPORTED (decision 3) -------------------------------------------


def test_new_member_actions_unreported() -> None:
    p = partnership(member(kortrijk()), member(kuurne(), joined=2))
    f = only(check_partnership(p, 2), "NEW_MEMBER_ACTIONS_UNREPORTED")
    assert f.severity is Severity.WARNING
    assert f.subjects == ("34023",)
    assert "Kuurne, nieuw in Plan Samenleven, trad toe in projectjaar 2" in f.message
    reported = partnership(
        member(kortrijk()), member(kuurne(), joined=2), new_member_actions=("5",)
    )
    assert check_partnership(reported, 2) == []


def test_new_member_actions_asked_in_the_year_the_partnership_was_formed() -> None:
    p = partnership(member(kortrijk(), joined=2), member(kuurne(), joined=2), formed_year=2)
    f = only(check_partnership(p, 2), "NEW_MEMBER_ACTIONS_UNREPORTED")
    assert f.subjects == ("34022", "34023")
    assert "Kortrijk en Kuurne, nieuw in Plan Samenleven, traden toe" in f.message
    reported = dataclasses.replace(p, new_member_actions=("5",))
    assert check_partnership(reported, 2) == []


def test_new_member_actions_not_asked_for_a_returning_government() -> None:
    earlier = partnership(member(kuurne(9_000), left=2), id="kuurne", name="Kuurne")
    p = partnership(member(kortrijk()), member(kuurne(), joined=2))
    assert check_partnership(p, 2, others=[earlier]) == []
    # One new, one returning: only the new one is named.
    harelbeke = gov("34013", "Harelbeke", 1_000)
    both = partnership(member(kortrijk()), member(kuurne(), joined=2), member(harelbeke, joined=2))
    f = only(check_partnership(both, 2, others=[earlier]), "NEW_MEMBER_ACTIONS_UNREPORTED")
    assert f.subjects == ("34013",)


def test_new_member_actions_not_asked_of_a_government_alone() -> None:
    """A single applicant new to the programme takes nobody in."""
    single = partnership(member(kortrijk(), joined=2), formed_year=2, name="Kortrijk")
    assert check_partnership(single, 2) == []


# --- TRANSFER_ARRANGEMENT_MISSING ---------------------------------------------------------


def test_transfer_arrangement_missing() -> None:
    p = partnership(
        member(kortrijk(), arrangement=""),
        member(lendelede(), arrangement=" "),
        new_member_actions=("5",),
    )
    f = only(check_partnership(p, 1), "TRANSFER_ARRANGEMENT_MISSING")
    assert f.severity is Severity.WARNING
    assert f.subjects == ("34025",)  # the submitter Kortrijk needs none
    ok = partnership(
        member(kortrijk(), arrangement=""), member(lendelede()), new_member_actions=("5",)
    )
    assert check_partnership(ok, 1) == []


def test_no_transfer_arrangement_for_a_single_applicant() -> None:
    single = partnership(member(kortrijk(), arrangement=""), name="Kortrijk")
    assert check_partnership(single, 1) == []
    # Even without a submitter, a single applicant passes nothing on.
    no_submitter = partnership(member(kortrijk(), arrangement=""), submitter=None)
    assert codes(check_partnership(no_submitter, 1)) == ["SUBMITTER_MISSING"]


# --- TRANSFERS_EXCEED_SUBSIDY -------------------------------------------------------------


@pytest.mark.parametrize(("second", "exceeds"), [("4000.00", False), ("4000.01", True)])
def test_transfers_exceed_subsidy(second: str, exceeds: bool) -> None:
    p = clean_pair(
        subsidies=(
            Subsidy(2, Decimal("6000")),
            Subsidy(2, Decimal("4000")),
            Subsidy(1, Decimal(9)),
        ),
        transfers=(
            Transfer("34025", 2, Decimal("6000.00")),
            Transfer("34025", 2, Decimal(second)),
            Transfer("34025", 1, Decimal("9")),
        ),
    )
    findings = check_partnership(p, 2)
    assert ("TRANSFERS_EXCEED_SUBSIDY" in codes(findings)) is exceeds
    if exceeds:
        f = only(findings, "TRANSFERS_EXCEED_SUBSIDY")
        assert f.severity is Severity.ERROR
        assert "€ 10.000,01" in f.message and "€ 10.000,00" in f.message


def test_transfers_of_another_year_do_not_count() -> None:
    p = clean_pair(transfers=(Transfer("34025", 1, Decimal("1234.56")),))
    f = only(check_partnership(p, 1), "TRANSFERS_EXCEED_SUBSIDY")
    assert "€ 1.234,56" in f.message and "€ 0,00" in f.message
    assert check_partnership(p, 2) == []


# --- KPI_BELOW_25_PERCENT -----------------------------------------------------------------


@pytest.mark.parametrize(("interim", "warns"), [("2499", True), ("2500", False)])
def test_kpi_below_25_percent(interim: str, warns: bool) -> None:
    p = clean_pair(action_results=(ActionResult("5", 2, Decimal(10_000), Decimal(interim)),))
    findings = check_partnership(p, 2)
    assert ("KPI_BELOW_25_PERCENT" in codes(findings)) is warns
    if warns:
        f = only(findings, "KPI_BELOW_25_PERCENT")
        assert f.severity is Severity.WARNING
        assert f.subjects == ("5",)
        assert "24,99%" in f.message and "10.000" in f.message


@pytest.mark.parametrize(
    "result",
    [
        ActionResult("5", 1, Decimal(100), Decimal(1)),  # another year
        ActionResult("5", 2, Decimal(0), Decimal(0)),  # no target to fall short of
        ActionResult("5", 2, None, Decimal(0)),
        ActionResult("5", 2, Decimal(100), None),  # no interim report yet
        ActionResult("5", 2, Decimal(100), None, final_actual=Decimal(1)),
    ],
)
def test_kpi_below_25_percent_needs_a_target_and_an_interim_figure(result: ActionResult) -> None:
    assert check_partnership(clean_pair(action_results=(result,)), 2) == []


# --- order ---------------------------------------------------------------------------------


def test_findings_follow_the_catalogue_then_subjects() -> None:
    p = partnership(
        member(kortrijk(100)),
        member(roeselare(100), arrangement=""),
        member(lendelede(100), arrangement=""),
        kpi="",
        supported_actions=("24", "5", "7"),
    )
    findings = check_partnership(p, 1, supported=set())
    assert codes(findings) == [
        "REGION_MIXED",
        "BELOW_THRESHOLD",
        "KPI_MISSING",
        "ACTION_NOT_SUPPORTED",
        "ACTION_NOT_SUPPORTED",
        "ACTION_NOT_SUPPORTED",
        "NEW_MEMBER_ACTIONS_UNREPORTED",  # all three are new in year 1
        "TRANSFER_ARRANGEMENT_MISSING",
        "TRANSFER_ARRANGEMENT_MISSING",
    ]
    assert [f.subjects for f in findings if f.code == "ACTION_NOT_SUPPORTED"] == [
        ("5",),
        ("7",),
        ("24",),
    ]
    assert [f.subjects for f in findings if f.code == "TRANSFER_ARRANGEMENT_MISSING"] == [
        ("34025",),
        ("36015",),
    ]
    reversed_p = dataclasses.replace(p, memberships=p.memberships[::-1])
    assert check_partnership(reversed_p, 1, supported=set()) == findings


def test_nothing_is_checked_before_the_partnership_was_formed() -> None:
    later = partnership(
        member(kortrijk(), joined=3), member(lendelede(), joined=3), formed_year=3, kpi=""
    )
    assert check_partnership(later, 2) == []  # it does not exist yet in year 2
    # Formed in year 3 by two governments new to the programme: their actions are asked for.
    assert codes(check_partnership(later, 3)) == ["KPI_MISSING", "NEW_MEMBER_ACTIONS_UNREPORTED"]
