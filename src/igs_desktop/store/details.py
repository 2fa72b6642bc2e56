"""Reading one partnership's pages, and what is due across the portfolio, as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from ..domain.work import FollowUpStatus, TrackStatus
from .database import Database
from .sync.local import locally_corrected
from .tables import (
    CatalogueAction,
    CatalogueKpi,
    ChangeLogEntry,
    FollowUp,
    GovernmentRow,
    KpiValue,
    NewMemberAction,
    Objective,
    PartnershipAction,
    PopulationFigure,
    StimulusGrant,
    SubsidyRow,
    SupportContact,
    SupportTrack,
    TransferRow,
)


@dataclass(frozen=True)
class FigureRecord:
    nis_code: str
    year: int
    non_eu14: int
    source: str
    fictitious: bool
    local_correction: bool = False  # corrected here, kept over the coordinator's (team sync)


@dataclass(frozen=True)
class CatalogueRecord:
    id: str
    number: str
    number_certain: bool
    title: str
    objective_number: int
    objective_name: str
    kpi_unit: str
    eur_per_unit_cents: int | None
    max_units: int | None
    supported: bool
    financing: str
    remarks: str
    local_correction: bool = False  # corrected here, kept over the coordinator's (team sync)


@dataclass(frozen=True)
class KpiValueRecord:
    id: str
    year: int
    target: int | None
    interim_actual: int | None
    final_actual: int | None


@dataclass(frozen=True)
class ActionRecord:
    id: str  # partnership_action id
    action: CatalogueRecord
    subsidy_cents: int | None
    notes: str
    kpis: tuple[KpiValueRecord, ...]

    def kpi(self, year: int) -> KpiValueRecord | None:
        return next((k for k in self.kpis if k.year == year), None)


@dataclass(frozen=True)
class TrackRecord:
    id: str
    action_id: str
    action_number: str
    action_title: str
    theme: str
    phase: str
    status: str
    next_step: str
    due_date: dt.date | None


@dataclass(frozen=True)
class MoneyRecord:
    id: str
    year: int
    cents: int
    description: str
    to_nis: str | None = None
    to_name: str = ""
    on: dt.date | None = None


@dataclass(frozen=True)
class NewMemberActionRecord:
    id: str
    year: int
    action_id: str
    action_number: str
    action_title: str


@dataclass(frozen=True)
class HistoryRecord:
    changed_at: dt.datetime
    changed_by: str
    operation: str
    entity: str
    field: str
    old_value: str | None
    new_value: str | None
    summary: str


@dataclass(frozen=True)
class DueItem:
    partnership_id: str
    due_date: dt.date
    title: str
    kind: str  # "traject" or "opvolging"


def catalogue(db: Database) -> list[CatalogueRecord]:
    """The action catalogue in the order of the objectives, with each action's first KPI."""
    with db.session() as session:
        kpis: dict[str, CatalogueKpi] = {}
        for k in session.exec(select(CatalogueKpi).order_by(col(CatalogueKpi.position))):
            kpis.setdefault(k.action_id, k)
        rows = session.exec(
            select(CatalogueAction, Objective.name)
            .join(Objective, col(Objective.number) == CatalogueAction.objective_number)
            .order_by(col(CatalogueAction.objective_number), col(CatalogueAction.position))
        ).all()
        corrected = locally_corrected(session.connection(), "catalogue_action")
        return [
            CatalogueRecord(
                id=a.id,
                number=a.number,
                number_certain=a.number_certain,
                title=a.title,
                objective_number=a.objective_number,
                objective_name=objective,
                kpi_unit=kpis[a.id].unit if a.id in kpis else "",
                eur_per_unit_cents=kpis[a.id].eur_per_unit_cents if a.id in kpis else None,
                max_units=kpis[a.id].max_units_per_applicant if a.id in kpis else None,
                supported=a.supported,
                financing=a.financing,
                remarks=a.remarks,
                local_correction=a.id in corrected,
            )
            for a, objective in rows
        ]


def figures_of(db: Database, nis_codes: list[str]) -> list[FigureRecord]:
    with db.session() as session:
        rows = session.exec(
            select(PopulationFigure)
            .where(col(PopulationFigure.nis_code).in_(nis_codes))
            .order_by(col(PopulationFigure.project_year))
        ).all()
        corrected = locally_corrected(session.connection(), "population_figure")
        return [
            FigureRecord(
                f.nis_code, f.project_year, f.non_eu14, f.source, f.fictitious, f.id in corrected
            )
            for f in rows
        ]


def actions_of(db: Database, partnership_id: str) -> list[ActionRecord]:
    by_id = {c.id: c for c in catalogue(db)}
    with db.session() as session:
        actions = session.exec(
            select(PartnershipAction).where(PartnershipAction.partnership_id == partnership_id)
        ).all()
        kpis: dict[str, list[KpiValueRecord]] = {}
        for k in session.exec(
            select(KpiValue)
            .join(PartnershipAction, col(PartnershipAction.id) == KpiValue.partnership_action_id)
            .where(PartnershipAction.partnership_id == partnership_id)
            .order_by(col(KpiValue.project_year))
        ):
            kpis.setdefault(k.partnership_action_id, []).append(
                KpiValueRecord(k.id, k.project_year, k.target, k.interim_actual, k.final_actual)
            )
    rows = [
        ActionRecord(a.id, by_id[a.action_id], a.subsidy_cents, a.notes, tuple(kpis.get(a.id, [])))
        for a in actions
    ]
    return sorted(rows, key=lambda r: (r.action.objective_number, int(r.action.number)))


def tracks_of(db: Database, partnership_id: str) -> list[TrackRecord]:
    with db.session() as session:
        rows = session.exec(
            select(SupportTrack, CatalogueAction)
            .join(CatalogueAction, col(CatalogueAction.id) == SupportTrack.action_id)
            .where(SupportTrack.partnership_id == partnership_id)
            .order_by(col(SupportTrack.created_at))
        ).all()
        return [
            TrackRecord(
                t.id,
                t.action_id,
                a.number,
                a.title,
                t.theme,
                t.phase,
                t.status,
                t.next_step,
                t.due_date,
            )
            for t, a in rows
        ]


def money_of(db: Database, partnership_id: str) -> dict[str, list[MoneyRecord]]:
    """Subsidies, transfers and stimulus grants of a partnership."""
    with db.session() as session:
        subsidies = [
            MoneyRecord(s.id, s.project_year, s.amount_cents, s.description, on=s.decided_on)
            for s in session.exec(
                select(SubsidyRow)
                .where(SubsidyRow.partnership_id == partnership_id)
                .order_by(col(SubsidyRow.project_year))
            )
        ]
        transfers = [
            MoneyRecord(
                t.id, t.project_year, t.amount_cents, t.description, t.to_nis, name, t.paid_on
            )
            for t, name in session.exec(
                select(TransferRow, GovernmentRow.name)
                .join(GovernmentRow, col(GovernmentRow.nis_code) == TransferRow.to_nis)
                .where(TransferRow.partnership_id == partnership_id)
                .order_by(col(TransferRow.project_year), col(GovernmentRow.name))
            )
        ]
        stimuli = [
            MoneyRecord(s.id, s.project_year, s.amount_cents, s.notes, on=s.granted_on)
            for s in session.exec(
                select(StimulusGrant)
                .where(StimulusGrant.partnership_id == partnership_id)
                .order_by(col(StimulusGrant.project_year))
            )
        ]
    return {"subsidies": subsidies, "transfers": transfers, "stimuli": stimuli}


def new_member_actions_of(db: Database, partnership_id: str) -> list[NewMemberActionRecord]:
    with db.session() as session:
        return [
            NewMemberActionRecord(n.id, n.project_year, a.id, a.number, a.title)
            for n, a in session.exec(
                select(NewMemberAction, CatalogueAction)
                .join(CatalogueAction, col(CatalogueAction.id) == NewMemberAction.action_id)
                .where(NewMemberAction.partnership_id == partnership_id)
                .order_by(col(NewMemberAction.project_year))
            )
        ]


def history_of(db: Database, partnership_id: str, limit: int = 500) -> list[HistoryRecord]:
    """The partnership's change log, newest first. A support contact (changed by a take-over
    or an edit) is named, not shown by its id."""
    with db.session() as session:
        entries = session.exec(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.partnership_id == partnership_id)
            .order_by(col(ChangeLogEntry.changed_at).desc())
            .limit(limit)
        ).all()
        contacts: dict[str | None, str] = {}
        if any(e.field == "support_contact_id" for e in entries):
            contacts = dict(session.exec(select(SupportContact.id, SupportContact.name)).all())

        def shown(e: ChangeLogEntry, value: str | None) -> str | None:
            if e.field != "support_contact_id" or value is None:
                return value
            return contacts.get(value, value)

        return [
            HistoryRecord(
                e.changed_at,
                e.changed_by,
                e.operation,
                e.entity,
                e.field,
                shown(e, e.old_value),
                shown(e, e.new_value),
                e.summary,
            )
            for e in entries
        ]


def open_due_items(db: Database, partnership_id: str | None = None) -> list[DueItem]:
    """Open support tracks and follow-ups that have a due date (of one partnership, or of
    all), soonest first."""
    track_query = select(SupportTrack).where(
        col(SupportTrack.due_date).is_not(None), SupportTrack.status != TrackStatus.DONE
    )
    follow_up_query = select(FollowUp).where(
        col(FollowUp.due_date).is_not(None),
        FollowUp.status == FollowUpStatus.OPEN,
        col(FollowUp.partnership_id).is_not(None),
    )
    if partnership_id is not None:
        track_query = track_query.where(SupportTrack.partnership_id == partnership_id)
        follow_up_query = follow_up_query.where(FollowUp.partnership_id == partnership_id)
    with db.session() as session:
        tracks = [
            DueItem(t.partnership_id, t.due_date, t.next_step or "ondersteuningstraject", "traject")
            for t in session.exec(track_query)
            if t.due_date is not None
        ]
        follow_ups = [
            DueItem(f.partnership_id, f.due_date, f.title, "opvolging")
            for f in session.exec(follow_up_query)
            if f.due_date is not None and f.partnership_id is not None
        ]
    return sorted(tracks + follow_ups, key=lambda d: d.due_date)
