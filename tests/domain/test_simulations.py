"""What if a member leaves / a government joins (DESIGN.md), with fictitious figures."""

import dataclasses

import pytest

from igs_desktop.domain import (
    Government,
    JoinOutcome,
    LeaveOutcome,
    Partnership,
    simulate_join,
    simulate_leave,
)

from .builders import codes, gov, kortrijk, kuurne, lendelede, member, only, partnership, roeselare


def kortrijk_lendelede(k: int | None = 11_111, lend: int | None = 2_222) -> Partnership:
    return partnership(member(kortrijk(k)), member(lendelede(lend)))


# --- leave: the agency's own example ------------------------------------------------------


def test_kortrijk_and_lendelede_stop_cooperating() -> None:
    out = simulate_leave(kortrijk_lendelede(), "34022", 2)
    assert isinstance(out, LeaveOutcome)
    assert out.leaver.name == "Kortrijk"
    assert out.leaver_loses_year1_subsidy is True
    assert out.leaver_may_reapply is True  # 11.111 of its own, more than 7.500
    assert out.before_non_eu14 == 13_333
    assert out.remaining_non_eu14 == 2_222
    assert out.remaining_keep_year1_subsidy is False
    assert out.new_submitter_needed is True
    assert out.single_applicant_left is True
    # Lendelede alone must meet the threshold alone, and has no submitter any more.
    assert only(out.findings, "BELOW_THRESHOLD").subjects == ("34025",)
    assert "SUBMITTER_NOT_MEMBER" in codes(out.findings)
    text = " ".join(out.explanation)
    assert "nieuwe aanvrager" in text and "tweede verdelingsronde" in text
    assert "11.111, meer dan 7.500" in text
    assert "Lendelede blijft als enige over" in text


@pytest.mark.parametrize(("figure", "may_reapply"), [(7_500, False), (7_501, True)])
def test_leaver_may_reapply_only_above_threshold(figure: int, may_reapply: bool) -> None:
    out = simulate_leave(kortrijk_lendelede(k=figure), "34022", 2)
    assert out.leaver_may_reapply is may_reapply
    assert out.leaver_loses_year1_subsidy is True
    assert ("kan dus niet alleen een nieuwe aanvraag indienen" in " ".join(out.explanation)) is (
        not may_reapply
    )


def test_leaver_may_reapply_unknown_without_figure() -> None:
    assert simulate_leave(kortrijk_lendelede(k=None), "34022", 2).leaver_may_reapply is None


def test_leave_sets_left_year_and_keeps_the_rest() -> None:
    p = kortrijk_lendelede()
    after = simulate_leave(p, "34025", 3).partnership_after
    assert [(m.nis_code, m.left_year) for m in after.memberships] == [
        ("34022", None),
        ("34025", 3),
    ]
    assert dataclasses.replace(after, memberships=p.memberships) == p


# --- leave: what the remaining members keep -----------------------------------------------


@pytest.mark.parametrize(("second", "keep"), [(2_499, False), (2_500, True)])
def test_remaining_members_keep_year1_subsidy_with_at_least_7500(second: int, keep: bool) -> None:
    p = partnership(
        member(kortrijk(9_999)), member(lendelede(5_000)), member(kuurne(second)), submitter="34025"
    )
    out = simulate_leave(p, "34022", 2)
    assert out.remaining_non_eu14 == 5_000 + second
    assert out.remaining_keep_year1_subsidy is keep
    assert out.new_submitter_needed is False
    assert out.single_applicant_left is False
    word = "behouden" if keep else "verliezen"
    assert any(word in sentence for sentence in out.explanation)


def test_remaining_exactly_7500_keeps_year1_but_is_below_the_applicant_threshold() -> None:
    p = partnership(
        member(kortrijk(9_999)), member(lendelede(5_000)), member(kuurne(2_500)), submitter="34025"
    )
    out = simulate_leave(p, "34022", 2)
    assert out.remaining_keep_year1_subsidy is True
    assert "BELOW_THRESHOLD" in codes(out.findings)
    # Both verdicts in one sentence, so that they do not read as a contradiction.
    assert (
        "De overblijvende leden tellen samen nog altijd 7.500: ze behouden het totaal van de "
        "subsidies van projectjaar 1, maar om (opnieuw) aan te vragen is meer dan 7.500 nodig."
    ) in out.explanation
    assert not any(s.startswith("Dat is minstens") for s in out.explanation)


def test_remaining_7499_loses_year1() -> None:
    p = partnership(
        member(kortrijk(9_999)), member(lendelede(5_000)), member(kuurne(2_499)), submitter="34025"
    )
    out = simulate_leave(p, "34022", 2)
    assert out.remaining_keep_year1_subsidy is False
    assert "BELOW_THRESHOLD" in codes(out.findings)
    assert not any("nog altijd" in s for s in out.explanation)
    assert any("verliezen de subsidies van projectjaar 1" in s for s in out.explanation)


# --- leave: only a member of project year 1 loses year-1 subsidies (decision 5) -----------


def test_leaver_active_in_year_1_loses_its_year1_subsidy() -> None:
    out = simulate_leave(kortrijk_lendelede(), "34025", 3)
    assert out.leaver_loses_year1_subsidy is True
    assert out.explanation[0] == (
        "Lendelede stapt vanaf projectjaar 3 uit IGS Kortrijk-Lendelede en verliest het recht "
        "op de subsidies van projectjaar 1."
    )


def test_leaver_that_joined_in_year_2_has_no_year1_subsidy_to_lose() -> None:
    p = partnership(member(kortrijk()), member(lendelede(), joined=2))
    out = simulate_leave(p, "34025", 3)
    assert out.leaver_loses_year1_subsidy is False
    assert "verliest" not in out.explanation[0]
    assert "in projectjaar 1 geen actief lid van IGS Kortrijk-Lendelede" in out.explanation[0]
    assert "geen subsidies van projectjaar 1 te verliezen" in out.explanation[0]


def test_remaining_figure_unknown() -> None:
    p = partnership(member(kortrijk()), member(lendelede(None)), member(kuurne(1_000)))
    out = simulate_leave(p, "34022", 2)
    assert out.remaining_non_eu14 is None
    assert out.remaining_keep_year1_subsidy is None
    assert "minstens 1.000" in " ".join(out.explanation)
    # ... unless the known remaining figures already reach 7,500.
    p = partnership(member(kortrijk()), member(lendelede(None)), member(kuurne(7_500)))
    out = simulate_leave(p, "34022", 2)
    assert out.remaining_non_eu14 is None
    assert out.remaining_keep_year1_subsidy is True


def test_single_applicant_stops() -> None:
    out = simulate_leave(partnership(member(kortrijk()), name="Kortrijk"), "34022", 2)
    assert out.remaining_non_eu14 == 0
    assert out.remaining_keep_year1_subsidy is False
    assert out.new_submitter_needed is False
    assert out.single_applicant_left is False


@pytest.mark.parametrize(
    ("nis", "year"),
    [("99999", 2), ("34025", 2), ("34025", 0)],
)
def test_leave_of_a_non_member_is_refused_in_dutch(nis: str, year: int) -> None:
    p = partnership(member(kortrijk()), member(lendelede(), left=2))
    with pytest.raises(ValueError, match="geen actief lid van IGS Kortrijk-Lendelede"):
        simulate_leave(p, nis, year)


# --- join ------------------------------------------------------------------------------


def test_join_in_the_region() -> None:
    out = simulate_join(kortrijk_lendelede(), kuurne(1_234), 2)
    assert isinstance(out, JoinOutcome)
    assert out.allowed is True
    assert out.before_non_eu14 == 13_333
    assert out.combined_non_eu14 == 14_567
    assert out.stimulus_eligible is True
    assert out.joiner_new_to_programme is True
    assert [m.nis_code for m in out.partnership_after.memberships] == ["34022", "34025", "34023"]
    # What the support contact still has to record for the new member.
    assert codes(out.findings) == ["NEW_MEMBER_ACTIONS_UNREPORTED", "TRANSFER_ARRANGEMENT_MISSING"]
    assert "14.567" in " ".join(out.explanation)


def test_join_from_another_region_is_not_allowed() -> None:
    out = simulate_join(kortrijk_lendelede(), roeselare(), 2)
    assert out.allowed is False
    assert out.stimulus_eligible is False
    assert "REGION_MIXED" in codes(out.findings)
    assert "Midwest" in " ".join(out.explanation)


def test_join_of_an_active_member_elsewhere_is_not_allowed() -> None:
    leie = partnership(member(gov("34013", "Harelbeke", 9_000)), member(kuurne()), id="leie")
    out = simulate_join(kortrijk_lendelede(), kuurne(), 2, others=[leie])
    assert out.allowed is False
    assert "MULTIPLE_PARTNERSHIPS" in codes(out.findings)
    # In project year 1 both memberships are formed in year 1: they may be kept.
    assert simulate_join(kortrijk_lendelede(), kuurne(), 1, others=[leie]).allowed is True


def test_join_of_an_existing_member_is_not_allowed() -> None:
    p = kortrijk_lendelede()
    out = simulate_join(p, lendelede(), 2)
    assert out.allowed is False
    assert out.partnership_after == p
    assert out.combined_non_eu14 == out.before_non_eu14 == 13_333


def test_no_stimulus_for_a_joiner_that_took_part_before() -> None:
    earlier = partnership(member(kuurne(9_000), left=2), id="kuurne", name="Kuurne")
    out = simulate_join(kortrijk_lendelede(), kuurne(), 2, others=[earlier])
    assert out.allowed is True
    assert out.joiner_new_to_programme is False
    assert out.stimulus_eligible is False
    assert "nam eerder al deel" in out.explanation[-1]


def test_no_stimulus_twice_in_one_project_year() -> None:
    p = partnership(member(kortrijk()), member(lendelede(), joined=2), stimulus_years=(2,))
    out = simulate_join(p, kuurne(), 2)
    assert out.allowed is True
    assert out.stimulus_eligible is False
    assert "al in projectjaar 2" in out.explanation[-1]
    assert simulate_join(p, kuurne(), 3).stimulus_eligible is True


def kortrijk_starts_partnership(figure: int | None) -> tuple[Partnership, Partnership]:
    """Kortrijk applied alone in year 1 and starts a new partnership in year 2."""
    alone = partnership(member(kortrijk(figure), left=2), id="kortrijk", name="Kortrijk")
    new = partnership(member(kortrijk(figure), joined=2), formed_year=2, name="IGS Kortrijk")
    return new, alone


@pytest.mark.parametrize(("figure", "eligible"), [(7_500, False), (7_501, True)])
def test_stimulus_for_a_government_above_threshold_taking_in_a_new_one(
    figure: int, eligible: bool
) -> None:
    new, alone = kortrijk_starts_partnership(figure)
    out = simulate_join(new, kuurne(), 2, others=[alone])
    assert out.allowed is True
    assert out.stimulus_eligible is eligible


@pytest.mark.parametrize(("figure", "eligible"), [(7_500, False), (7_501, True)])
def test_stimulus_when_both_governments_are_new_and_one_is_above_threshold(
    figure: int, eligible: bool
) -> None:
    """Both new to the programme in year 2: Kortrijk above 7,500 takes Kuurne in (decision 1)."""
    first_time = partnership(member(kortrijk(figure), joined=2), formed_year=2)
    out = simulate_join(first_time, kuurne(), 2)
    assert out.stimulus_eligible is eligible
    if not eligible:
        assert "geen bestaand samenwerkingsverband" in out.explanation[-1]
        assert "Kortrijk 7.500" in out.explanation[-1]


def test_no_stimulus_when_the_joiner_above_threshold_is_the_only_new_one() -> None:
    """Kuurne took part before; Kortrijk (9.000, new) joins it: Kortrijk takes nobody in."""
    earlier = partnership(member(kuurne(), left=2), id="kuurne", name="Kuurne")
    again = partnership(member(kuurne(), joined=2), formed_year=2, id="k2", name="Kuurne")
    out = simulate_join(again, kortrijk(9_000), 2, others=[earlier])
    assert out.joiner_new_to_programme is True
    assert out.stimulus_eligible is False
    assert "enige nieuwe lokaal bestuur" in out.explanation[-1]


# --- join: an extension (verlenging) -------------------------------------------------------


def with_stimulus_in_year_2(k: int = 7_000) -> Partnership:
    """Kortrijk took in Lendelede (1.000) in year 2 with a stimulus."""
    return partnership(member(kortrijk(k)), member(lendelede(1_000), joined=2), stimulus_years=(2,))


def test_join_of_a_returning_government_mentions_the_extension() -> None:
    earlier = partnership(member(kuurne(), left=3), id="kuurne", name="Kuurne")
    out = simulate_join(with_stimulus_in_year_2(), kuurne(), 3, others=[earlier])
    assert out.stimulus_eligible is False
    assert out.stimulus_extension is True
    assert out.explanation[-2].startswith("Geen nieuwe toekenning van de stimulans")
    assert "verlenging van de stimulans van projectjaar 2" in out.explanation[-1]
    # Nearest case: together 7.000 + 1.000 + 1.234 is enough, 6.266 + 1.000 + 234 is not.
    low = simulate_join(with_stimulus_in_year_2(6_266), kuurne(234), 3, others=[earlier])
    assert low.stimulus_extension is False
    assert "verlenging" not in " ".join(low.explanation)


def test_a_new_joiner_after_a_stimulus_year_is_a_grant_not_an_extension() -> None:
    out = simulate_join(with_stimulus_in_year_2(), kuurne(), 3)
    assert out.stimulus_eligible is True
    assert out.stimulus_extension is False


def test_no_stimulus_when_the_figure_is_unknown() -> None:
    new, alone = kortrijk_starts_partnership(None)
    out = simulate_join(new, kuurne(), 2, others=[alone])
    assert out.stimulus_eligible is False
    assert out.combined_non_eu14 is None
    assert "een cijfer ontbreekt" in out.explanation[-1]


def test_join_of_unknown_figure_gives_unknown_total() -> None:
    joiner = Government("34023", "Kuurne", "REFREG08", None)
    out = simulate_join(kortrijk_lendelede(), joiner, 2)
    assert out.before_non_eu14 == 13_333
    assert out.combined_non_eu14 is None
    assert "minstens 13.333" in " ".join(out.explanation)
