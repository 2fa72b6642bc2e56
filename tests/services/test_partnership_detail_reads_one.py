"""Opening one partnership's page reads it and the partnerships that share a government with
it (the only others the rules look at), not the whole portfolio (issue 13)."""

from __future__ import annotations

from igs_desktop.services.overview import partnership_detail, rule_context_of
from igs_desktop.services.rules import rule_context
from igs_desktop.store.database import Database
from tests.store_builders import add_partnership

KORTRIJK, LENDELEDE, KUURNE, GENK = "34022", "34025", "34023", "71016"


def test_one_partnership_and_its_neighbours_are_read(db: Database) -> None:
    mine = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    # Lendelede in a second partnership too: a finding that needs the other partnership
    other = add_partnership(db, "IGS Lendelede–Kuurne", {LENDELEDE: 2, KUURNE: 2}, LENDELEDE)
    add_partnership(db, "Genk", {GENK: 1}, GENK)

    context = rule_context_of(db, mine, 3)
    assert {r.id for r in context.records} == {mine, other}

    page = partnership_detail(db, mine, 3)
    whole = partnership_detail(db, mine, 3, context=rule_context(db, 3))
    assert page.findings == whole.findings and page.stimulus == whole.stimulus
    assert "MULTIPLE_PARTNERSHIPS" in {f.code for f in page.findings}  # the neighbour counts
    assert page.record == whole.record and page.figures == whole.figures
