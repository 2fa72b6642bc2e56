"""Undo texts (and the change log's summaries) name, in Dutch, only the fields that changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from igs_desktop.services import calendar, notes, portfolio
from igs_desktop.services.field_labels import FIELD_LABELS, describe_changes, field_label
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.tables import CatalogueAction, ChangeLogEntry, MembershipRow
from tests.store_builders import add_partnership

KORTRIJK, LENDELEDE = "34022", "34025"


@pytest.fixture
def service(db) -> PortfolioService:  # type: ignore[no-untyped-def]
    return PortfolioService(db, actor="An Peeters")


@pytest.mark.parametrize(
    "fields",
    [
        portfolio.PARTNERSHIP_FIELDS,
        portfolio.MEMBER_FIELDS,
        portfolio.TRACK_FIELDS,
        {"subsidy_cents", "number", "title", "supported", "number_certain", "remarks"},
        notes.NOTE_FIELDS,
        notes.SESSION_FIELDS,
        notes.FOLLOW_UP_FIELDS,
        set(calendar.DEADLINE_FIELDS),
    ],
)
def test_every_editable_field_has_a_dutch_label(fields: set[str]) -> None:
    assert sorted(fields - set(FIELD_LABELS)) == []
    for name in fields:
        assert "_" not in field_label(name), name


def test_describe_changes_leaves_out_what_stays_the_same() -> None:
    current = {"number": "7", "number_certain": False, "title": "Taal"}
    values = {"number": "7", "number_certain": True, "title": "Taal"}
    assert describe_changes("Actiecatalogus bewerkt", values, current) == (
        "Actiecatalogus bewerkt: nummer bevestigd"
    )
    assert describe_changes("Actiecatalogus bewerkt", current, current) == "Actiecatalogus bewerkt"


def test_a_catalogue_edit_names_only_the_changed_field(db, service: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        action = session.exec(select(CatalogueAction).order_by(CatalogueAction.position)).first()
        assert action is not None
        values = {
            "number": action.number,
            "number_certain": not action.number_certain,
            "title": action.title,
            "supported": action.supported,
        }
    outcome = service.update_catalogue_action(action.id, **values)
    assert outcome.description == "Actiecatalogus bewerkt: nummer bevestigd"


def test_a_partnership_edit_names_only_the_changed_fields(db, service: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    pid = add_partnership(db, "IGS Leie", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK, kpi="300 kansen")
    outcome = service.update_partnership(
        pid, name="IGS Leie", kpi="400 kansen", submitter_nis=KORTRIJK, formed_year=1
    )
    assert outcome.description == "Samenwerkingsverband bewerkt: KPI"
    with db.session() as session:
        summaries = set(
            session.exec(select(ChangeLogEntry.summary).where(ChangeLogEntry.operation == "update"))
        )
    assert summaries == {"Samenwerkingsverband bewerkt: KPI"}  # the history says the same


def test_a_member_edit_names_the_changed_date_in_dutch(db, service: PortfolioService) -> None:  # type: ignore[no-untyped-def]
    add_partnership(db, "IGS Leie", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    with db.session() as session:
        member = session.exec(
            select(MembershipRow).where(MembershipRow.nis_code == LENDELEDE)
        ).one()
    outcome = service.update_member(
        member.id,
        joined_year=1,
        joined_on=dt.date(2022, 10, 1),
        transfer_arrangement=member.transfer_arrangement,
    )
    assert outcome.description == "Lid bewerkt: datum toetreding"
