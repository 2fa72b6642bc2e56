"""One support track per action, theme and phase: a second one is refused in Dutch."""

from __future__ import annotations

import pytest
from sqlmodel import select

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.tables import SupportTrack
from tests.store_builders import action_id


@pytest.fixture
def service(db) -> PortfolioService:  # type: ignore[no-untyped-def]
    return PortfolioService(db, actor="An Peeters")


def tracks(db) -> list[SupportTrack]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return list(session.exec(select(SupportTrack)).all())


def test_the_same_action_theme_and_phase_twice_is_refused(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    pid = service.create_partnership("Verband", formed_year=1).created_id
    assert pid is not None
    five = action_id(db, "5")
    service.add_support_track(pid, five, "taal", phase="uitwerken")
    for _attempt in range(10):  # the issue: the same track added eleven times
        with pytest.raises(ValidationError) as refused:
            service.add_support_track(pid, five, "taal", phase="uitwerken", next_step="nog eens")
    assert str(refused.value) == (
        "Er is al een ondersteuningstraject voor actie 5 met thema taal in fase uitwerken "
        "(status: lopend). Werk dat traject bij, of kies een ander thema of een andere fase."
    )
    assert refused.value.field == "phase"
    assert len(tracks(db)) == 1
    # another phase, another theme, or the same in another partnership: all fine
    service.add_support_track(pid, five, "taal", phase="uitvoeren")
    service.add_support_track(pid, five, "verbinding", phase="uitwerken")
    other = service.create_partnership("Ander verband", formed_year=1).created_id
    assert other is not None
    service.add_support_track(other, five, "taal", phase="uitwerken")
    assert len(tracks(db)) == 4


def test_a_done_track_still_counts_as_the_same_track(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    pid = service.create_partnership("Verband", formed_year=1).created_id
    assert pid is not None
    service.add_support_track(pid, action_id(db, "5"), "taal", status="afgerond")
    with pytest.raises(ValidationError, match=r"\(status: afgerond\)"):
        service.add_support_track(pid, action_id(db, "5"), "taal")


def test_editing_a_track_into_a_duplicate_is_refused(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    pid = service.create_partnership("Verband", formed_year=1).created_id
    assert pid is not None
    five, twenty_four = action_id(db, "5"), action_id(db, "24")
    service.add_support_track(pid, five, "taal", phase="uitwerken")
    second = service.add_support_track(pid, five, "taal", phase="uitvoeren").created_id
    third = service.add_support_track(pid, twenty_four, "taal", phase="uitwerken").created_id
    assert second is not None and third is not None
    with pytest.raises(ValidationError, match="Er is al een ondersteuningstraject voor actie 5"):
        service.update_support_track(second, phase="uitwerken")
    with pytest.raises(ValidationError, match="Er is al een ondersteuningstraject voor actie 5"):
        service.update_support_track(third, action_id=five)
    # a change that keeps it unique, and a change of other fields, go through
    service.update_support_track(second, phase="opvolgen", next_step="evalueren")
    service.update_support_track(third, theme="verbinding")
    assert sorted((t.theme, t.phase) for t in tracks(db)) == [
        ("taal", "opvolgen"),
        ("taal", "uitwerken"),
        ("verbinding", "uitwerken"),
    ]


def test_duplicates_from_before_the_rule_can_still_be_edited(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    pid = service.create_partnership("Verband", formed_year=1).created_id
    assert pid is not None
    five = action_id(db, "5")
    with db.session() as session:  # as an older version let them in
        for _ in range(2):
            session.add(SupportTrack(partnership_id=pid, action_id=five, theme="taal"))
        session.commit()
    first, second = tracks(db)
    service.update_support_track(first.id, next_step="bijgewerkt", due_date=None)
    service.update_support_track(second.id, phase="opvolgen")  # and one can be moved away
    assert sorted(t.phase for t in tracks(db)) == ["opvolgen", "uitwerken"]
