"""A check of every partnership costs in proportion to the portfolio, not to its square.

The cost is counted, not timed: every rule that looks at memberships asks
`Membership.is_active`, so the number of those calls is the work done. Ten times the
partnerships may cost about ten times the calls; the quadratic scan this replaced cost a
hundred times as many.
"""

from __future__ import annotations

import random

import pytest

from igs_desktop.domain import Government, Membership, Partnership, check_partnership
from igs_desktop.domain.partnership_index import OtherPartnerships
from igs_desktop.domain.rules import conflicting_partnerships, earlier_participation

YEAR = 3


def programme(size: int, seed: int = 7) -> list[Partnership]:
    """`size` partnerships of two or three members; about one in ten shares a government
    with another partnership, and members join and leave in years 1 to 3."""
    rng = random.Random(seed)
    governments = [
        Government(f"{90000 + i:05d}", f"Gemeente {i}", f"R{i % 13}", rng.randint(500, 9000))
        for i in range(size * 3)
    ]
    result = []
    for i in range(size):
        own = governments[i * 2 : i * 2 + 2]
        if rng.random() < 0.1:
            own.append(rng.choice(governments))
        memberships = tuple(
            Membership(g, joined_year=rng.choice((1, 1, 2, 3)), left_year=rng.choice((None, 3)))
            for g in own
        )
        result.append(
            Partnership(
                id=f"p{i}",
                name=f"Samenwerking {i}",
                submitter=own[0].nis_code,
                memberships=memberships,
                formed_year=1,
            )
        )
    return result


def count_membership_checks(monkeypatch: pytest.MonkeyPatch, size: int) -> int:
    partnerships = programme(size)
    index = OtherPartnerships(partnerships)
    calls = 0
    original = Membership.is_active

    def counting(self: Membership, year: int) -> bool:
        nonlocal calls
        calls += 1
        return original(self, year)

    with monkeypatch.context() as patch:
        patch.setattr(Membership, "is_active", counting)
        for p in partnerships:
            check_partnership(p, YEAR, index.without(p.id))
    return calls


def test_checking_ten_times_the_partnerships_costs_about_ten_times_the_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = count_membership_checks(monkeypatch, 100)
    large = count_membership_checks(monkeypatch, 1000)
    assert small > 0
    # Linear gives a ratio near 10; the old scan of every partnership per member gave ~100.
    assert large / small < 20


def naive_conflicts(
    nis_code: str, joined_year: int, year: int, others: list[Partnership]
) -> list[tuple[str, int]]:
    """The rule as the catalogue words it, by scanning everything (the reference)."""
    found = []
    for q in others:
        active = [m for m in q.memberships if m.nis_code == nis_code and m.is_active(year)]
        if active:
            m = min(active, key=lambda m: m.joined_year)
            if not (joined_year == 1 and m.joined_year == 1):
                found.append((q.id, m.joined_year))
    return sorted(found)


def test_the_index_finds_exactly_what_a_scan_of_every_partnership_finds() -> None:
    partnerships = programme(300, seed=11)
    index = OtherPartnerships(partnerships)
    compared = 0
    for p in partnerships:
        others = [q for q in partnerships if q.id != p.id]
        for m in p.memberships:
            for year in (1, 2, 3):
                got = conflicting_partnerships(m.nis_code, m.joined_year, year, index.without(p.id))
                assert sorted((q.id, o.joined_year) for q, o in got) == naive_conflicts(
                    m.nis_code, m.joined_year, year, others
                )
                before = earlier_participation(m.nis_code, year, p, index.without(p.id))
                expected = [
                    q.id
                    for q in (p, *others)
                    if any(o.nis_code == m.nis_code and o.joined_year < year for o in q.memberships)
                ]
                assert sorted(q.id for q in before) == sorted(expected)
                compared += 1
    assert compared > 600


def test_a_view_leaves_out_its_partnership_and_keeps_the_first_of_duplicate_ids() -> None:
    partnerships = programme(5)
    duplicate = Partnership("p1", "Dubbel", None, (), formed_year=1)
    index = OtherPartnerships([*partnerships, duplicate])
    assert [q.id for q in index] == ["p0", "p1", "p2", "p3", "p4"]
    view = index.without("p1").without("p3")
    assert [q.id for q in view] == ["p0", "p2", "p4"]
    assert len(view) == 3 and "p1" not in view and "p2" in view
    assert OtherPartnerships.of(view, "p0").without("p0") is not index
    assert [q.id for q in OtherPartnerships.of(partnerships, "p0")] == ["p1", "p2", "p3", "p4"]
    shared = partnerships[1].memberships[0].nis_code
    assert all(q.id != "p1" for q, _ in view.memberships_of(shared))
