"""Writes through the services: validated, one transaction, in the change log, revertible."""

from __future__ import annotations

import pytest
from sqlmodel import select

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.tables import (
    CatalogueAction,
    ChangeLogEntry,
    MembershipRow,
    PartnershipRow,
    SupportTrack,
)

KORTRIJK, LENDELEDE = "34022", "34025"


@pytest.fixture
def service(db) -> PortfolioService:  # type: ignore[no-untyped-def]
    return PortfolioService(db, actor="An Peeters")


def supported_action_ids(db, n: int | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        ids = list(session.exec(select(CatalogueAction.id).order_by(CatalogueAction.position)))
    return ids[:n] if n else ids


def make_supported(db, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        actions = session.exec(select(CatalogueAction).order_by(CatalogueAction.number)).all()[
            :count
        ]
        for a in actions:
            a.supported = True
            session.add(a)
        session.commit()
        return [a.id for a in actions]


def test_create_partnership_with_members_and_submitter(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    pid = service.create_partnership("IGS Kortrijk–Lendelede", formed_year=1).created_id
    assert pid
    service.add_member(pid, KORTRIJK, 1)
    service.add_member(pid, LENDELEDE, 1, transfer_arrangement="per deelnemer")
    service.update_partnership(pid, submitter_nis=KORTRIJK, kpi="300 oefenkansen")
    with db.session() as session:
        p = session.get(PartnershipRow, pid)
        members = session.exec(
            select(MembershipRow.nis_code).where(MembershipRow.partnership_id == pid)
        ).all()
        log = session.exec(select(ChangeLogEntry).where(ChangeLogEntry.partnership_id == pid)).all()
    assert p is not None and p.submitter_nis == KORTRIJK and p.kpi == "300 oefenkansen"
    assert sorted(members) == [KORTRIJK, LENDELEDE]
    assert {e.changed_by for e in log} == {"An Peeters"}
    submitter_change = [e for e in log if e.field == "submitter_nis"]
    assert [(e.old_value, e.new_value) for e in submitter_change] == [(None, KORTRIJK)]
    assert sum(1 for e in log if e.entity == "membership" and e.operation == "create") == 2


def test_submitter_must_be_a_member(service: PortfolioService) -> None:
    pid = service.create_partnership("Verband", formed_year=2).created_id
    with pytest.raises(ValidationError, match="geen lid") as caught:
        service.update_partnership(pid, submitter_nis=KORTRIJK)  # type: ignore[arg-type]
    assert caught.value.field == "submitter_nis"


def test_empty_name_is_refused(service: PortfolioService) -> None:
    with pytest.raises(ValidationError, match="naam"):
        service.create_partnership("   ", formed_year=1)


def test_unknown_project_year_writes_nothing(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="Projectjaar 7"):
        service.create_partnership("Verband", formed_year=7)
    with db.session() as session:
        assert session.exec(select(PartnershipRow)).all() == []
        assert session.exec(select(ChangeLogEntry)).all() == []


def test_revert_undoes_an_update_and_reverting_again_redoes_it(
    service: PortfolioService, db
) -> None:  # type: ignore[no-untyped-def]
    pid = service.create_partnership("Verband", formed_year=1).created_id
    edit = service.update_partnership(pid, kpi="nieuw doel")  # type: ignore[arg-type]
    undone = service.revert(edit)
    with db.session() as session:
        assert session.get(PartnershipRow, pid).kpi == ""  # type: ignore[union-attr]
    service.revert(undone)
    with db.session() as session:
        assert session.get(PartnershipRow, pid).kpi == "nieuw doel"  # type: ignore[union-attr]


def test_deleting_a_partnership_and_undo_restores_members_and_tracks(
    service: PortfolioService, db
) -> None:  # type: ignore[no-untyped-def]
    (action,) = make_supported(db, 1)
    pid = service.create_partnership("Verband", formed_year=1).created_id
    assert pid
    member_id = service.add_member(pid, KORTRIJK, 1).created_id
    service.update_partnership(pid, submitter_nis=KORTRIJK)
    track_id = service.add_support_track(pid, action, "taal").created_id
    deletion = service.delete_partnership(pid)
    with db.session() as session:
        assert session.get(PartnershipRow, pid) is None
        assert session.get(MembershipRow, member_id) is None  # cascaded
    service.revert(deletion)
    with db.session() as session:
        p = session.get(PartnershipRow, pid)
        assert p is not None and p.submitter_nis == KORTRIJK
        assert session.get(MembershipRow, member_id) is not None
        assert session.get(SupportTrack, track_id) is not None


def test_delete_support_track_and_undo(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    (action,) = make_supported(db, 1)
    pid = service.create_partnership("Verband", formed_year=1).created_id
    track = service.add_support_track(pid, action, "verbinding", next_step="intake").created_id  # type: ignore[arg-type]
    deletion = service.delete_support_track(track)  # type: ignore[arg-type]
    with db.session() as session:
        assert session.get(SupportTrack, track) is None
    service.revert(deletion)
    with db.session() as session:
        restored = session.get(SupportTrack, track)
    assert (
        restored is not None and restored.next_step == "intake" and restored.theme == "verbinding"
    )


def test_eleventh_supported_action_is_refused(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    actions = make_supported(db, 11)
    pid = service.create_partnership("Verband", formed_year=1).created_id
    for action in actions[:10]:
        service.add_support_track(pid, action, "taal")  # type: ignore[arg-type]
    service.add_support_track(pid, actions[0], "participatie")  # type: ignore[arg-type]  # same action again
    with pytest.raises(ValidationError, match="hoogstens 10 acties"):
        service.add_support_track(pid, actions[10], "taal")  # type: ignore[arg-type]
    with db.session() as session:
        assert len(session.exec(select(SupportTrack)).all()) == 11


def test_support_only_for_supported_actions(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        unsupported = session.exec(
            select(CatalogueAction.id).where(CatalogueAction.number == "1")
        ).one()
    pid = service.create_partnership("Verband", formed_year=1).created_id
    with pytest.raises(ValidationError, match="geen thematische ondersteuning"):
        service.add_support_track(pid, unsupported, "taal")  # type: ignore[arg-type]


def test_record_leave_of_the_submitter_keeps_earlier_years_right(
    service: PortfolioService, db
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from igs_desktop.services.rules import check_all
    from tests.store_builders import add_figures

    add_figures(db, 1, {KORTRIJK: 9000, LENDELEDE: 600})
    add_figures(db, 2, {KORTRIJK: 9000, LENDELEDE: 600})

    pid = service.create_partnership("Verband", formed_year=1).created_id
    member = service.add_member(pid, KORTRIJK, 1).created_id  # type: ignore[arg-type]
    service.add_member(pid, LENDELEDE, 1)  # type: ignore[arg-type]
    service.update_partnership(pid, submitter_nis=KORTRIJK)  # type: ignore[arg-type]
    leave = service.record_leave(member, 2, dt.date(2023, 10, 1))  # type: ignore[arg-type]
    with db.session() as session:
        m = session.get(MembershipRow, member)
        assert m is not None and m.left_year == 2 and m.left_on == dt.date(2023, 10, 1)
        assert session.get(PartnershipRow, pid).submitter_nis == KORTRIJK  # type: ignore[union-attr]
        log = session.exec(select(ChangeLogEntry).where(ChangeLogEntry.field == "left_year")).all()
    assert [(e.old_value, e.new_value) for e in log] == [(None, "2")]
    year1 = {f.code for c in check_all(db, 1) for f in c.findings}
    year2 = {f.code for c in check_all(db, 2) for f in c.findings}
    assert "SUBMITTER_NOT_MEMBER" not in year1 and "SUBMITTER_MISSING" not in year1
    assert "SUBMITTER_NOT_MEMBER" in year2  # from the leave on, a new submitter is needed
    service.revert(leave)
    with db.session() as session:
        assert session.get(MembershipRow, member).left_year is None  # type: ignore[union-attr]
        assert session.get(PartnershipRow, pid).submitter_nis == KORTRIJK  # type: ignore[union-attr]


def test_leaving_before_joining_is_refused(service: PortfolioService) -> None:
    pid = service.create_partnership("Verband", formed_year=2).created_id
    member = service.add_member(pid, KORTRIJK, 2).created_id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="pas na het jaar van toetreden"):
        service.record_leave(member, 2)  # type: ignore[arg-type]


def test_same_government_twice_is_refused(service: PortfolioService) -> None:
    pid = service.create_partnership("Verband", formed_year=1).created_id
    service.add_member(pid, KORTRIJK, 1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="al lid"):
        service.add_member(pid, KORTRIJK, 2)  # type: ignore[arg-type]


def test_population_figure_needs_a_source(service: PortfolioService) -> None:
    with pytest.raises(ValidationError, match="bron"):
        service.set_population_figure(KORTRIJK, 2, 9000, " ")


def test_a_figure_entered_by_the_user_is_not_fictitious(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    from igs_desktop.store.tables import PopulationFigure
    from tests.store_builders import add_figures

    add_figures(db, 2, {KORTRIJK: 100})  # the builder marks figures fictitious
    service.set_population_figure(KORTRIJK, 2, 9000, "Agentschap, tabel 2023")
    with db.session() as session:
        figure = session.exec(select(PopulationFigure)).one()
    assert (figure.non_eu14, figure.fictitious, figure.source) == (
        9000,
        False,
        "Agentschap, tabel 2023",
    )


def test_moving_a_track_to_an_eleventh_action_is_refused(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    actions = make_supported(db, 11)
    pid = service.create_partnership("Verband", formed_year=1).created_id
    tracks = [service.add_support_track(pid, a, "taal").created_id for a in actions[:10]]  # type: ignore[arg-type]
    extra = service.add_support_track(pid, actions[0], "verbinding").created_id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="hoogstens 10 acties"):
        service.update_support_track(extra, action_id=actions[10])  # type: ignore[arg-type]
    service.update_support_track(tracks[1], action_id=actions[10])  # type: ignore[arg-type]  # a swap stays at 10


def test_moving_a_track_to_an_unsupported_action_is_refused(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    (supported,) = make_supported(db, 1)
    with db.session() as session:
        other = session.exec(
            select(CatalogueAction.id).where(CatalogueAction.supported == False)  # noqa: E712
        ).first()
    pid = service.create_partnership("Verband", formed_year=1).created_id
    track = service.add_support_track(pid, supported, "taal").created_id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="geen thematische ondersteuning"):
        service.update_support_track(track, action_id=other)  # type: ignore[arg-type]


def test_the_same_new_member_action_twice_gets_a_dutch_message(
    service: PortfolioService, db
) -> None:  # type: ignore[no-untyped-def]
    (action,) = make_supported(db, 1)
    pid = service.create_partnership("Verband", formed_year=1).created_id
    service.add_new_member_action(pid, 2, action)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="staat al bij de acties met nieuwe leden"):
        service.add_new_member_action(pid, 2, action)  # type: ignore[arg-type]


def test_new_member_actions_count_only_for_their_year(service: PortfolioService, db) -> None:  # type: ignore[no-untyped-def]
    from igs_desktop.services.rules import check_all

    (action,) = make_supported(db, 1)
    pid = service.create_partnership("Verband", formed_year=1).created_id
    service.add_member(pid, KORTRIJK, 1)  # type: ignore[arg-type]
    service.add_member(pid, LENDELEDE, 2)  # type: ignore[arg-type]
    service.add_member(pid, "34023", 3)  # type: ignore[arg-type]  # Kuurne joins in year 3
    service.add_new_member_action(pid, 2, action)  # type: ignore[arg-type]

    def codes(year: int) -> set[str]:
        return {f.code for c in check_all(db, year) for f in c.findings}

    assert "NEW_MEMBER_ACTIONS_UNREPORTED" not in codes(2)
    assert "NEW_MEMBER_ACTIONS_UNREPORTED" in codes(3)  # year 2's record does not cover year 3


def test_a_busy_database_gets_a_dutch_message_and_nothing_is_written(db) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    blocker = sqlite3.connect(db.path, timeout=0.05)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        service = PortfolioService(db, "Tester")
        db.engine.dispose()
        with db.engine.connect() as conn:  # the pool hands this connection out again
            conn.exec_driver_sql("PRAGMA busy_timeout=50")
        with pytest.raises(ValidationError, match="bezet"):
            service.create_partnership("Verband", formed_year=1)
    finally:
        blocker.rollback()
        blocker.close()
    with db.session() as session:
        assert session.exec(select(PartnershipRow)).all() == []


def test_money_rows_are_deleted_by_kind_with_a_dutch_undo_text(  # type: ignore[no-untyped-def]
    service: PortfolioService, db
) -> None:
    pid = service.create_partnership("IGS Kortrijk–Lendelede", formed_year=1).created_id
    assert pid
    service.add_member(pid, KORTRIJK, 1)
    service.add_member(pid, LENDELEDE, 1)
    subsidy = service.add_subsidy(pid, 2, 1_000_000).created_id
    transfer = service.add_transfer(pid, LENDELEDE, 2, 250_050).created_id
    stimulus = service.add_stimulus(pid, 2).created_id
    assert subsidy and transfer and stimulus
    assert service.delete_transfer(transfer).description == (
        "Doorstorting van € 2.500,50 aan Lendelede verwijderd"
    )
    assert service.delete_subsidy(subsidy).description == (
        "Subsidie projectjaar 2 (€ 10.000,00) verwijderd"
    )
    undo = service.delete_stimulus(stimulus)
    assert undo.description == "Stimulans 'samenwerking' projectjaar 2 verwijderd"
    with pytest.raises(ValidationError, match="bestaat niet meer"):
        service.delete_stimulus(stimulus)  # a second time: gone
    service.revert(undo)
    with pytest.raises(ValidationError, match="bestaat niet meer"):
        service.delete_subsidy(stimulus)  # the id of another kind of row is not a subsidy


def test_a_deleted_partnership_is_not_found_with_a_dutch_message(
    service: PortfolioService, db
) -> None:  # type: ignore[no-untyped-def]
    from igs_desktop.services.overview import partnership_detail
    from igs_desktop.services.rules import NotFoundError

    pid = service.create_partnership("Kortrijk", formed_year=1).created_id
    assert pid and partnership_detail(db, pid, 1).record.name == "Kortrijk"
    service.delete_partnership(pid)
    with pytest.raises(NotFoundError, match="bestaat niet"):
        partnership_detail(db, pid, 1)
