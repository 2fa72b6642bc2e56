"""Reading partnerships with everything the rules need, as plain frozen records."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from ..domain import active_in
from .database import Database
from .tables import (
    CatalogueAction,
    GovernmentRow,
    KpiValue,
    MembershipRow,
    NewMemberAction,
    PartnershipAction,
    PartnershipRow,
    PopulationFigure,
    Region,
    StimulusGrant,
    SubsidyRow,
    SupportTrack,
    TransferRow,
)


@dataclass(frozen=True)
class MemberRecord:
    id: str
    nis_code: str
    name: str
    region_code: str | None
    region_name: str
    joined_year: int
    joined_on: dt.date | None
    left_year: int | None
    left_on: dt.date | None
    transfer_arrangement: str

    def active_in(self, year: int) -> bool:
        return active_in(self.joined_year, self.left_year, year)


@dataclass(frozen=True)
class KpiRecord:
    action_number: str
    year: int
    target: int | None
    interim_actual: int | None
    final_actual: int | None


@dataclass(frozen=True)
class AmountRecord:
    year: int
    cents: int
    to_nis: str | None = None


@dataclass(frozen=True)
class PartnershipRecord:
    """A partnership as stored, with its members and what the rules read of its actions."""

    id: str
    name: str
    submitter_nis: str | None
    formed_year: int
    kpi: str
    status: str
    notes: str
    is_demo: bool
    support_contact_id: str | None
    members: tuple[MemberRecord, ...]
    action_numbers: tuple[str, ...]
    tracked_action_numbers: tuple[str, ...]  # actions with thematic support tracks
    stimulus_years: tuple[int, ...]
    new_member_actions: tuple[tuple[int, str], ...]  # (project year, action number)
    subsidies: tuple[AmountRecord, ...]
    transfers: tuple[AmountRecord, ...]
    kpis: tuple[KpiRecord, ...]


def _grouped(
    session: Session, query: Select[*tuple[Any, ...]], key_index: int = 0
) -> dict[str, list[Any]]:
    """The rows of ``query`` by the id in column ``key_index``; each kind of row is unpacked
    by its own reader below."""
    groups: dict[str, list[Any]] = defaultdict(list)
    # Core execution: the ORM's row processing cost more than the query itself.
    for row in session.connection().execute(query).all():
        groups[row[key_index]].append(row)
    return groups


def _columns(*columns: Any) -> Select[*tuple[Any, ...]]:
    """A select of these columns, any number of them (sqlmodel's ``select`` types four)."""
    return cast("Select[*tuple[Any, ...]]", sa.select(*(col(c) for c in columns)))


def partnership_members(
    db: Database,
) -> list[tuple[str, str, tuple[tuple[str, str, int, int | None], ...]]]:
    """Every partnership (id, name) by name, with its memberships (NIS code, government name,
    joined, left year) by government name: what a form needs to offer partnerships and their
    members, without the rules or the money."""
    query = (
        _columns(
            MembershipRow.partnership_id,
            MembershipRow.nis_code,
            GovernmentRow.name,
            MembershipRow.joined_year,
            MembershipRow.left_year,
        )
        .join(GovernmentRow, col(GovernmentRow.nis_code) == MembershipRow.nis_code)
        .order_by(col(GovernmentRow.name))
    )
    members: dict[str, list[tuple[str, str, int, int | None]]] = defaultdict(list)
    with db.session() as session:
        for pid, nis, name, joined, left in session.connection().execute(query).all():
            members[pid].append((nis, name, joined, left))
    return [(pid, name, tuple(members.get(pid, ()))) for pid, name in partnership_names(db)]


def load_partnerships(db: Database, ids: Collection[str] | None = None) -> list[PartnershipRecord]:
    """All partnerships (or those with ``ids``), sorted by name, in a handful of queries that
    read only the rows of those partnerships."""
    wanted = None if ids is None else list(ids)

    def of_wanted(query: Select[*tuple[Any, ...]], column: Any) -> Select[*tuple[Any, ...]]:
        return query if wanted is None else query.where(col(column).in_(wanted))

    with db.session() as session:
        # Columns, not ORM objects: building an object per row costs more than the query.
        query = _columns(
            PartnershipRow.id,
            PartnershipRow.name,
            PartnershipRow.submitter_nis,
            PartnershipRow.formed_year,
            PartnershipRow.kpi,
            PartnershipRow.status,
            PartnershipRow.notes,
            PartnershipRow.is_demo,
            PartnershipRow.support_contact_id,
        ).order_by(PartnershipRow.name)
        if wanted is not None:
            query = query.where(col(PartnershipRow.id).in_(wanted))
        rows = session.connection().execute(query).all()
        members = _grouped(
            session,
            of_wanted(
                _columns(
                    MembershipRow.partnership_id,
                    MembershipRow.id,
                    MembershipRow.nis_code,
                    GovernmentRow.name,
                    GovernmentRow.region_code,
                    Region.name,
                    MembershipRow.joined_year,
                    MembershipRow.joined_on,
                    MembershipRow.left_year,
                    MembershipRow.left_on,
                    MembershipRow.transfer_arrangement,
                )
                .join(GovernmentRow, col(GovernmentRow.nis_code) == MembershipRow.nis_code)
                .join(Region, col(Region.code) == GovernmentRow.region_code, isouter=True)
                .order_by(col(MembershipRow.joined_year), col(GovernmentRow.name)),
                MembershipRow.partnership_id,
            ),
        )
        actions = _grouped(
            session,
            of_wanted(
                select(PartnershipAction.partnership_id, CatalogueAction.number)
                .join(CatalogueAction, col(CatalogueAction.id) == PartnershipAction.action_id)
                .order_by(col(CatalogueAction.objective_number), col(CatalogueAction.position)),
                PartnershipAction.partnership_id,
            ),
        )
        tracks = _grouped(
            session,
            of_wanted(
                select(SupportTrack.partnership_id, CatalogueAction.number).join(
                    CatalogueAction, col(CatalogueAction.id) == SupportTrack.action_id
                ),
                SupportTrack.partnership_id,
            ),
        )
        stimuli = _grouped(
            session,
            of_wanted(
                select(StimulusGrant.partnership_id, StimulusGrant.project_year),
                StimulusGrant.partnership_id,
            ),
        )
        new_actions = _grouped(
            session,
            of_wanted(
                select(
                    NewMemberAction.partnership_id,
                    NewMemberAction.project_year,
                    CatalogueAction.number,
                ).join(CatalogueAction, col(CatalogueAction.id) == NewMemberAction.action_id),
                NewMemberAction.partnership_id,
            ),
        )
        subsidies = _grouped(
            session,
            of_wanted(
                select(SubsidyRow.partnership_id, SubsidyRow.project_year, SubsidyRow.amount_cents),
                SubsidyRow.partnership_id,
            ),
        )
        transfers = _grouped(
            session,
            of_wanted(
                select(
                    TransferRow.partnership_id,
                    TransferRow.project_year,
                    TransferRow.amount_cents,
                    TransferRow.to_nis,
                ),
                TransferRow.partnership_id,
            ),
        )
        kpis = _grouped(
            session,
            of_wanted(
                _columns(
                    PartnershipAction.partnership_id,
                    CatalogueAction.number,
                    KpiValue.project_year,
                    KpiValue.target,
                    KpiValue.interim_actual,
                    KpiValue.final_actual,
                )
                .join(KpiValue, col(KpiValue.partnership_action_id) == PartnershipAction.id)
                .join(CatalogueAction, col(CatalogueAction.id) == PartnershipAction.action_id),
                PartnershipAction.partnership_id,
            ),
        )
        return [
            PartnershipRecord(
                id=pid,
                name=name,
                submitter_nis=submitter,
                formed_year=formed,
                kpi=kpi,
                status=status,
                notes=notes,
                is_demo=demo,
                support_contact_id=contact,
                members=tuple(
                    MemberRecord(
                        id=mid,
                        nis_code=nis,
                        name=member_name,
                        region_code=region_code,
                        region_name=region_name or "",
                        joined_year=joined,
                        joined_on=joined_on,
                        left_year=left,
                        left_on=left_on,
                        transfer_arrangement=arrangement,
                    )
                    for (
                        _pid,
                        mid,
                        nis,
                        member_name,
                        region_code,
                        region_name,
                        joined,
                        joined_on,
                        left,
                        left_on,
                        arrangement,
                    ) in members.get(pid, [])
                ),
                action_numbers=tuple(n for _pid, n in actions.get(pid, [])),
                tracked_action_numbers=tuple(sorted({n for _pid, n in tracks.get(pid, [])})),
                stimulus_years=tuple(sorted(y for _pid, y in stimuli.get(pid, []))),
                new_member_actions=tuple(
                    sorted({(y, n) for _pid, y, n in new_actions.get(pid, [])})
                ),
                subsidies=tuple(AmountRecord(y, c) for _pid, y, c in subsidies.get(pid, [])),
                transfers=tuple(
                    AmountRecord(y, c, nis) for _pid, y, c, nis in transfers.get(pid, [])
                ),
                kpis=tuple(KpiRecord(*values[1:]) for values in kpis.get(pid, [])),
            )
            for pid, name, submitter, formed, kpi, status, notes, demo, contact in rows
        ]


def population_figures(
    db: Database, year: int, nis_codes: Collection[str] | None = None
) -> dict[str, int]:
    """The non-EU14 figure of every government (or of those in ``nis_codes``) that has one
    for project ``year``."""
    query = select(PopulationFigure.nis_code, PopulationFigure.non_eu14).where(
        PopulationFigure.project_year == year
    )
    if nis_codes is not None:
        query = query.where(col(PopulationFigure.nis_code).in_(list(nis_codes)))
    with db.session() as session:
        return dict(session.exec(query).all())


def sharing_a_government(
    db: Database, partnership_id: str, nis_codes: Collection[str] = ()
) -> set[str]:
    """``partnership_id`` and every partnership that has (or had) a member government in
    common with it or among ``nis_codes``: the only other partnerships the rules look at."""
    mine = select(MembershipRow.nis_code).where(MembershipRow.partnership_id == partnership_id)
    shared: sa.ColumnElement[bool] = col(MembershipRow.nis_code).in_(mine.scalar_subquery())
    if nis_codes:
        shared = sa.or_(shared, col(MembershipRow.nis_code).in_(list(nis_codes)))
    with db.session() as session:
        ids = session.exec(select(MembershipRow.partnership_id).where(shared).distinct()).all()
    return {partnership_id, *ids}


def partnership_names(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every partnership, by name: enough to find one by its id or name."""
    query = select(PartnershipRow.id, PartnershipRow.name).order_by(PartnershipRow.name)
    with db.session() as session:
        return [(pid, name) for pid, name in session.exec(query).all()]


def supported_action_numbers(db: Database) -> set[str]:
    """The catalogue actions the agency supports thematically (as the user keeps them)."""
    with db.session() as session:
        return set(
            session.exec(
                select(CatalogueAction.number).where(CatalogueAction.supported == True)  # noqa: E712
            ).all()
        )


@dataclass(frozen=True)
class GovernmentRef:
    nis_code: str
    name: str
    region_code: str | None
    region_name: str


def find_government(db: Database, nis_or_name: str) -> list[GovernmentRef]:
    """Current governments whose NIS code is ``nis_or_name`` or whose name matches it."""
    with db.session() as session:
        query = (
            select(GovernmentRow, Region.name)
            .join(Region, col(Region.code) == GovernmentRow.region_code, isouter=True)
            .where(
                (GovernmentRow.nis_code == nis_or_name)
                | (GovernmentRow.name == nis_or_name)  # exact name first
            )
        )
        rows = session.exec(query).all()
        return [GovernmentRef(g.nis_code, g.name, g.region_code, rn or "") for g, rn in rows]
