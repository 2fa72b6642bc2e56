"""The demo portfolio: what it creates, the findings it shows, and that it is made only once."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlmodel import func, select

from igs_desktop.paths import resolve_paths
from igs_desktop.services.demo import ALREADY_CREATED, FIGURE_SOURCE, DemoSummary, create_demo
from igs_desktop.services.editing import ValidationError
from igs_desktop.services.notes import NotesService
from igs_desktop.services.rules import check_all
from igs_desktop.store import notes as note_store
from igs_desktop.store.database import Database
from igs_desktop.store.tables import (
    AppMeta,
    CatalogueAction,
    ChangeLogEntry,
    MembershipRow,
    NewMemberAction,
    PartnershipRow,
    PopulationFigure,
    StimulusGrant,
    SupportContact,
    SupportTrack,
)
from tests.store_builders import add_partnership

TODAY = dt.date(2025, 3, 1)

EXPECTED_MEMBERS = {
    "IGS Kortrijk–Lendelede": {"34022", "34025"},
    "IGS Tienen–Landen": {"24107", "24059"},
    "IGS Dendermonde–Lebbeke–Buggenhout–Hamme": {"42006", "42011", "42004", "42008"},
    "Genk": {"71016"},
    "IGS Roeselare–Menen": {"36015", "34027"},
    "IGS Eeklo–Zelzate": {"43005", "43018"},
}
DENDERMONDE = "IGS Dendermonde–Lebbeke–Buggenhout–Hamme"


@pytest.fixture
def demo(db: Database) -> DemoSummary:
    return create_demo(db, resolve_paths().attachment_dir, actor="Sara Demo", today=TODAY)


def partnerships(db: Database) -> dict[str, PartnershipRow]:
    with db.session() as session:
        return {p.name: p for p in session.exec(select(PartnershipRow)).all()}


def set_supported(db: Database, number: str, supported: bool) -> None:
    with db.session() as session:
        action = session.exec(select(CatalogueAction).where(CatalogueAction.number == number)).one()
        action.supported = supported
        session.add(action)
        session.commit()


def counts(db: Database) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (ChangeLogEntry, PartnershipRow, MembershipRow, PopulationFigure)
        )


def test_six_partnerships_with_their_members_all_marked_demo(
    db: Database, demo: DemoSummary
) -> None:
    found = partnerships(db)
    assert set(found) == set(EXPECTED_MEMBERS)
    with db.session() as session:
        for name, nis_codes in EXPECTED_MEMBERS.items():
            members = session.exec(
                select(MembershipRow.nis_code).where(MembershipRow.partnership_id == found[name].id)
            ).all()
            assert set(members) == nis_codes, name
        meta = session.get(AppMeta, "demo")
        contact = session.exec(select(SupportContact).where(SupportContact.is_user)).one()
    assert all(p.is_demo for p in found.values())
    assert meta is not None and meta.value == "1"
    assert (contact.name, contact.email) == ("Sara Demo", "demo@example.org")
    assert {p.support_contact_id for p in found.values()} == {contact.id}
    assert (demo.partnerships, demo.members) == (6, 13)


def test_every_figure_is_fictitious_for_years_1_to_3(db: Database, demo: DemoSummary) -> None:
    used = set().union(*EXPECTED_MEMBERS.values())
    with db.session() as session:
        figures = session.exec(select(PopulationFigure)).all()
    assert {(f.nis_code, f.project_year) for f in figures} == {
        (nis, year) for nis in used for year in (1, 2, 3)
    }
    assert all(f.fictitious and f.source == FIGURE_SOURCE for f in figures)
    by_key = {(f.nis_code, f.project_year): f.non_eu14 for f in figures}
    assert by_key[("34022", 3)] > 7500  # Kortrijk alone
    assert by_key[("24107", 1)] < 7500 and by_key[("24059", 1)] < 7500
    assert by_key[("24107", 1)] + by_key[("24059", 1)] > 7500  # Tienen–Landen only together
    assert by_key[("43005", 3)] + by_key[("43018", 3)] <= 7500
    assert len({by_key[("71016", y)] for y in (1, 2, 3)}) == 3  # the years vary


def test_year_3_shows_exactly_the_intended_findings(db: Database, demo: DemoSummary) -> None:
    codes = {c.name: {f.code for f in c.findings} for c in check_all(db, 3)}
    assert codes == {
        "IGS Kortrijk–Lendelede": {"KPI_BELOW_25_PERCENT"},
        "IGS Tienen–Landen": set(),
        DENDERMONDE: set(),
        "Genk": set(),
        "IGS Roeselare–Menen": {"REGION_MIXED"},
        "IGS Eeklo–Zelzate": {"BELOW_THRESHOLD"},
    }


def test_dendermonde_grows_in_year_2_with_an_eligible_stimulus(
    db: Database, demo: DemoSummary
) -> None:
    pid = partnerships(db)[DENDERMONDE].id
    with db.session() as session:
        joined = dict(
            session.exec(
                select(MembershipRow.nis_code, MembershipRow.joined_year).where(
                    MembershipRow.partnership_id == pid
                )
            ).all()
        )
        stimulus_years = session.exec(
            select(StimulusGrant.project_year).where(StimulusGrant.partnership_id == pid)
        ).all()
        new_member_years = session.exec(
            select(NewMemberAction.project_year).where(NewMemberAction.partnership_id == pid)
        ).all()
    assert joined == {"42006": 1, "42011": 1, "42004": 2, "42008": 2}
    assert stimulus_years == [2]
    assert sorted(new_member_years) == [1, 2, 2]  # the founders in year 1, the joiners in 2
    year_2 = {c.name: {f.code for f in c.findings} for c in check_all(db, 2)}
    assert year_2[DENDERMONDE] == set()  # no STIMULUS_*, no NEW_MEMBER_ACTIONS_UNREPORTED


def test_year_1_founders_have_their_new_member_actions(db: Database, demo: DemoSummary) -> None:
    """Every founding member is new in project year 1; the demo records what they start with."""
    year_1 = {c.name: {f.code for f in c.findings} for c in check_all(db, 1)}
    assert year_1 and not any("NEW_MEMBER_ACTIONS_UNREPORTED" in codes for codes in year_1.values())


def test_tracks_on_supported_actions_in_several_phases_some_overdue(
    db: Database, demo: DemoSummary
) -> None:
    with db.session() as session:
        tracks = session.exec(select(SupportTrack)).all()
        supported = set(
            session.exec(select(CatalogueAction.id).where(CatalogueAction.supported)).all()
        )
    assert tracks and {t.action_id for t in tracks} <= supported
    assert {t.phase for t in tracks} == {"uitwerken", "uitvoeren", "opvolgen"}
    assert {t.theme for t in tracks} == {"taal", "verbinding", "participatie"}
    assert all(t.next_step for t in tracks)
    overdue = [t for t in tracks if t.due_date and t.due_date < TODAY and t.status != "afgerond"]
    upcoming = [t for t in tracks if t.due_date and t.due_date >= TODAY]
    assert len(overdue) >= 2 and upcoming
    assert (demo.tracks, demo.overdue_tracks) == (len(tracks), len(overdue))


def test_fictitious_notes_sessions_and_follow_ups_some_overdue(
    db: Database, demo: DemoSummary
) -> None:
    notes = note_store.recent_notes(db)
    found = partnerships(db)
    assert len({n.kind for n in notes}) >= 4
    assert all("Fictieve demonotitie" in n.body and n.tags for n in notes)
    assert any(n.include_in_reports for n in notes) and any(n.personal_data for n in notes)
    assert all(n.partnership_id and n.governments for n in notes)
    assert any(n.action_id for n in notes) and any(n.knowledge_session_id for n in notes)
    # the report tests read Kortrijk–Lendelede's reports: none of its notes is for reports
    kl = found["IGS Kortrijk–Lendelede"].id
    assert not any(n.include_in_reports for n in notes if n.partnership_id == kl)
    [with_file] = [n for n in notes if n.attachments]
    service = NotesService(db, "Sara Demo", resolve_paths().attachment_dir)
    stored = service.attachment_file(with_file.attachments[0].id)
    assert stored.read_text(encoding="utf-8").startswith("maand;praatgroep")
    sessions = note_store.knowledge_sessions(db)
    assert len(sessions) == 2 and all(len(k.participants) >= 2 for k in sessions)
    assert {k.held_on < TODAY for k in sessions} == {True, False}  # one held, one planned
    follow_ups = note_store.follow_ups(db)
    overdue = [f for f in follow_ups if f.overdue(TODAY)]
    assert overdue and any(f.status == "klaar" for f in follow_ups)
    assert (demo.notes, demo.sessions, demo.follow_ups, demo.overdue_follow_ups) == (
        len(notes),
        len(sessions),
        len(follow_ups),
        len(overdue),
    )
    assert f"{demo.notes} fictieve notities" in "\n".join(demo.lines())


def test_the_demo_went_through_the_change_log(db: Database, demo: DemoSummary) -> None:
    found = partnerships(db)
    with db.session() as session:
        log = session.exec(select(ChangeLogEntry)).all()
    assert {e.changed_by for e in log} == {"Sara Demo"}
    entities = {e.entity for e in log}
    assert {"partnership", "membership", "population_figure", "support_track", "app_meta"} <= (
        entities
    )
    assert {e.partnership_id for e in log if e.partnership_id} == {p.id for p in found.values()}


def test_summary_lines_are_dutch_and_name_the_counts(demo: DemoSummary) -> None:
    text = "\n".join(demo.lines())
    assert "Demoportefeuille aangemaakt" in text
    assert "6 aanvragers" in text and "13 lidmaatschappen" in text
    assert f"{demo.overdue_tracks} over datum" in text
    assert "FICTIEF" in text


def test_a_second_demo_is_refused_and_changes_nothing(db: Database, demo: DemoSummary) -> None:
    before = counts(db)
    with pytest.raises(ValidationError, match=re.escape(ALREADY_CREATED)):
        create_demo(db, resolve_paths().attachment_dir, today=TODAY)
    assert counts(db) == before


def test_refused_on_a_real_portfolio(db: Database) -> None:
    add_partnership(db, "Echt verband", {"34022": 1}, "34022")
    before = counts(db)
    with pytest.raises(ValidationError, match="al 1 samenwerkingsverband"):
        create_demo(db, resolve_paths().attachment_dir, today=TODAY)
    assert counts(db) == before


def test_real_figures_are_never_overwritten(db: Database) -> None:
    with db.session() as session:
        session.add(
            PopulationFigure(nis_code="71016", project_year=3, non_eu14=1, source="Statbel")
        )
        session.commit()
    with pytest.raises(ValidationError, match="Genk"):
        create_demo(db, resolve_paths().attachment_dir, today=TODAY)
    assert counts(db)[0:3] == (0, 0, 0)


def test_an_existing_user_profile_is_reused(db: Database) -> None:
    with db.session() as session:
        session.add(SupportContact(name="An Peeters", is_user=True))
        session.commit()
    summary = create_demo(
        db, resolve_paths().attachment_dir, actor="Demo-ondersteuner", today=TODAY
    )
    assert summary.support_contact == "An Peeters"
    with db.session() as session:
        assert len(session.exec(select(SupportContact)).all()) == 1


def test_a_failure_halfway_leaves_no_demo_behind(db: Database) -> None:
    set_supported(db, "24", False)  # the tracks on action 24 are then refused
    with pytest.raises(ValidationError, match="Actie 24"):
        create_demo(db, resolve_paths().attachment_dir, today=TODAY)
    with db.session() as session:
        assert session.exec(select(PartnershipRow)).all() == []
        assert session.exec(select(PopulationFigure)).all() == []
        assert session.exec(select(SupportContact)).all() == []
        assert session.get(AppMeta, "demo") is None
    set_supported(db, "24", True)
    create_demo(
        db, resolve_paths().attachment_dir, today=TODAY, actor="Tweede poging"
    )  # and it can be tried again
    assert len(partnerships(db)) == 6
