"""Put partnerships straight into a test database (the services' own writes are tested apart)."""

from __future__ import annotations

from sqlmodel import select

from igs_desktop.store.database import Database
from igs_desktop.store.reference_ids import population_figure_id
from igs_desktop.store.tables import (
    CatalogueAction,
    MembershipRow,
    PartnershipAction,
    PartnershipRow,
    PopulationFigure,
    StimulusGrant,
    SupportTrack,
)


def add_figures(db: Database, year: int, figures: dict[str, int]) -> None:
    with db.session() as session:
        for nis, value in figures.items():
            session.add(
                PopulationFigure(
                    id=population_figure_id(nis, year),
                    nis_code=nis,
                    project_year=year,
                    non_eu14=value,
                    source="test",
                    fictitious=True,
                )
            )
        session.commit()


def action_id(db: Database, number: str) -> str:
    with db.session() as session:
        return session.exec(
            select(CatalogueAction.id).where(CatalogueAction.number == number)
        ).one()


def add_partnership(
    db: Database,
    name: str,
    members: dict[str, int],
    submitter: str | None,
    formed_year: int = 1,
    kpi: str = "Samen 300 oefenkansen",
    arrangements: bool = True,
    actions: tuple[str, ...] = (),
    tracks: tuple[str, ...] = (),
    stimulus_years: tuple[int, ...] = (),
) -> str:
    """``members`` maps NIS code to the project year it joined."""
    with db.session() as session:
        p = PartnershipRow(name=name, submitter_nis=submitter, formed_year=formed_year, kpi=kpi)
        session.add(p)
        session.flush()
        for nis, joined in members.items():
            session.add(
                MembershipRow(
                    partnership_id=p.id,
                    nis_code=nis,
                    joined_year=joined,
                    transfer_arrangement="volgens deelnemers" if arrangements else "",
                )
            )
        session.commit()
        pid = p.id
    with db.session() as session:
        for number in actions:
            session.add(PartnershipAction(partnership_id=pid, action_id=action_id(db, number)))
        for number in tracks:
            session.add(
                SupportTrack(partnership_id=pid, action_id=action_id(db, number), theme="taal")
            )
        for year in stimulus_years:
            session.add(StimulusGrant(partnership_id=pid, project_year=year))
        session.commit()
    return pid
