"""Properties that must hold for any partnership, checked with hypothesis."""

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from igs_desktop.domain import (
    Government,
    Membership,
    Partnership,
    active_members,
    check_partnership,
    simulate_join,
    simulate_leave,
)

REGIONS = [("REFREG08", "Zuid-West-Vlaanderen"), ("REFREG10", "Midwest"), ("REFREG13", "")]
YEARS = st.integers(min_value=1, max_value=3)
OUTSIDER = 36015  # the joiner and the member from another region; never drawn for a partnership
FIGURES = st.none() | st.integers(min_value=0, max_value=20_000)


@st.composite
def governments(draw: st.DrawFn, nis: str, region: tuple[str, str] | None = None) -> Government:
    code, name = region if region is not None else draw(st.sampled_from(REGIONS))
    return Government(nis, f"Gemeente {nis}", code, draw(FIGURES), region_name=name)


@st.composite
def memberships(draw: st.DrawFn, g: Government) -> Membership:
    joined = draw(YEARS)
    left = draw(st.none() | st.integers(min_value=joined + 1, max_value=4))
    return Membership(g, joined, left, draw(st.sampled_from(["", "50/50"])))


@st.composite
def partnerships(
    draw: st.DrawFn, region: tuple[str, str] | None = None, min_members: int = 0
) -> Partnership:
    """Up to six members with distinct NIS codes, optionally all in one region."""
    nis_codes = st.integers(10_000, 99_999).filter(lambda c: c != OUTSIDER)
    codes = draw(st.lists(nis_codes, min_size=min_members, max_size=6, unique=True))
    members = tuple(draw(memberships(draw(governments(str(c), region)))) for c in codes)
    submitter = draw(st.none() | st.sampled_from([m.nis_code for m in members] or ["00000"]))
    return Partnership(
        id="p",
        name="IGS Eigenschap",
        submitter=submitter,
        memberships=members,
        formed_year=draw(YEARS),
        kpi=draw(st.sampled_from(["", "KPI"])),
        stimulus_years=tuple(draw(st.lists(YEARS, max_size=3))),
        new_member_actions=tuple(draw(st.lists(st.sampled_from(["5", "24"]), max_size=2))),
    )


@given(partnerships(), YEARS, st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_member_order(p: Partnership, year: int, rnd) -> None:
    shuffled = list(p.memberships)
    rnd.shuffle(shuffled)
    q = dataclasses.replace(p, memberships=tuple(shuffled))
    assert check_partnership(q, year) == check_partnership(p, year)


@given(
    partnerships(region=REGIONS[0], min_members=1),
    governments(str(OUTSIDER), REGIONS[1]),
    YEARS,
)
def test_a_member_from_another_region_always_gives_region_mixed(
    p: Partnership, outsider: Government, year: int
) -> None:
    # Make sure somebody from the partnership's own region is active in `year`.
    anchor = dataclasses.replace(p.memberships[0], joined_year=year, left_year=None)
    p = dataclasses.replace(
        p,
        memberships=(anchor, *p.memberships[1:], Membership(outsider, year)),
        formed_year=min(p.formed_year, year),  # a partnership is only checked once it exists
    )
    mixed = [f for f in check_partnership(p, year) if f.code == "REGION_MIXED"]
    assert len(mixed) == 1
    assert str(OUTSIDER) in mixed[0].subjects and anchor.nis_code in mixed[0].subjects


@given(partnerships(), governments(str(OUTSIDER)), YEARS)
def test_adding_a_member_never_lowers_the_combined_population(
    p: Partnership, joiner: Government, year: int
) -> None:
    out = simulate_join(p, joiner, year)
    if out.before_non_eu14 is not None and out.combined_non_eu14 is not None:
        assert out.combined_non_eu14 >= out.before_non_eu14
    if joiner.non_eu14 is None:
        assert out.combined_non_eu14 is None
    elif out.before_non_eu14 is not None:
        assert out.combined_non_eu14 == out.before_non_eu14 + joiner.non_eu14


@given(partnerships(min_members=1), YEARS, st.data())
def test_leave_then_rejoin_gives_back_the_original_total(
    p: Partnership, year: int, data: st.DataObject
) -> None:
    active = active_members(p, year)
    if not active:
        p = dataclasses.replace(
            p, memberships=(dataclasses.replace(p.memberships[0], joined_year=1, left_year=None),)
        )
        active = active_members(p, year)
    leaver = data.draw(st.sampled_from(active)).government
    left = simulate_leave(p, leaver.nis_code, year)
    back = simulate_join(left.partnership_after, leaver, year)
    assert back.combined_non_eu14 == left.before_non_eu14
    assert {m.nis_code for m in active_members(back.partnership_after, year)} == {
        m.nis_code for m in active
    }
