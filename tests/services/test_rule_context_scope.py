"""One partnership is checked on its neighbourhood, with the same findings as on everything.

A support plan, a page or a what-if reads only the partnership and those sharing a government
with it (or with a joiner): at a hundred times the agency that is a few rows instead of 6,000
partnerships. The findings must not change because of it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from igs_desktop.domain import check_partnership
from igs_desktop.services import rules
from igs_desktop.services.overview import partnership_choices
from igs_desktop.services.workbench import Workbench


@pytest.fixture
def demo(workbench: Workbench) -> Workbench:
    workbench.create_demo(today=dt.date(2025, 6, 1))
    return workbench


@pytest.mark.parametrize("year", [1, 2, 3])
def test_each_partnership_has_the_same_findings_on_its_neighbourhood(
    demo: Workbench, year: int
) -> None:
    everything = rules.rule_context(demo.db, year)
    assert len(everything.partnerships) >= 6
    for p in everything.partnerships:
        scoped = rules.rule_context_of(demo.db, p.id, year)
        assert len(scoped.partnerships) <= len(everything.partnerships)
        mine = scoped.partnership(p.id)
        assert check_partnership(mine, year, scoped.others(p.id), scoped.supported) == (
            check_partnership(p, year, everything.others(p.id), everything.supported)
        )


def test_the_neighbourhood_leaves_out_partnerships_without_a_shared_government(
    demo: Workbench,
) -> None:
    everything = rules.rule_context(demo.db, 3)
    p = everything.partnerships[0]
    scoped = rules.rule_context_of(demo.db, p.id, 3)
    mine = {m.nis_code for m in p.memberships}
    for q in scoped.partnerships:
        assert q.id == p.id or mine & {m.nis_code for m in q.memberships}
    strangers = [
        q for q in everything.partnerships if not mine & {m.nis_code for m in q.memberships}
    ]
    assert strangers and not {q.id for q in strangers} & {q.id for q in scoped.partnerships}


def test_a_join_sees_the_joiners_other_partnership(demo: Workbench) -> None:
    """The joiner's own partnership is outside the target's neighbourhood, yet the join must
    still be refused for a government active elsewhere."""
    everything = rules.rule_context(demo.db, 3)
    target = everything.partnerships[0]
    mine = {m.nis_code for m in target.memberships}
    other = next(
        q for q in everything.partnerships if not mine & {m.nis_code for m in q.memberships}
    )
    joiner = next(m for m in other.memberships if m.is_active(3))
    outcome = rules.join(demo.db, target.id, joiner.nis_code, 3)
    assert not outcome.joiner_new_to_programme
    assert other.name in " ".join(outcome.explanation)


def test_a_partnership_is_found_by_id_exact_name_or_a_unique_part_of_its_name(
    demo: Workbench,
) -> None:
    names = rules.rule_context(demo.db, 3).partnerships
    p = names[0]
    assert rules.resolve_partnership_id(demo.db, p.id) == p.id
    assert rules.resolve_partnership_id(demo.db, f"  {p.name.upper()} ") == p.id
    with pytest.raises(rules.NotFoundError, match="Geen samenwerkingsverband"):
        rules.resolve_partnership_id(demo.db, "bestaat-niet-xyz")


@pytest.mark.parametrize("year", [1, 2, 3])
def test_the_report_forms_members_are_those_active_in_the_year(demo: Workbench, year: int) -> None:
    """The reports page offers each partnership's active members without running the rules."""
    named = {c.id: c.named_members for c in partnership_choices(demo.db, year)}
    everything = rules.rule_context(demo.db, year)
    for p in everything.partnerships:
        expected = sorted(
            (m.nis_code, m.government.name) for m in p.memberships if m.is_active(year)
        )
        assert sorted(named.get(p.id, [])) == expected
    assert any(len(members) >= 2 for members in named.values())
