"""The portfolio at a glance: one row per applicant, in two steps.

First the rows themselves (the applicant, its active members, region and submitter), from one
summary read of the store that needs no SQLAlchemy: the window shows them at its first paint.
Then what grows with everything else in the database (the rule checks of every partnership and
the open work), ``completed`` on a worker thread by the window; until then those cells are
pending. ``services.overview.portfolio`` does both steps at once, for the command
line and the exports.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..domain.model import Government, Membership, Partnership, active_members
from ..domain.team import is_users
from ..store.portfolio_summary import (
    DueSummaryRecord,
    SummaryPartnershipRecord,
    read_due_work,
    read_partnerships,
    read_team_contact,
    summary_connection,
)

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = [
    "HeldPartnershipRecord",
    "PortfolioRecord",
    "PortfolioSnapshot",
    "complete",
    "completed",
    "read_first_snapshot",
    "read_rows",
    "read_snapshot",
    "region_name",
    "rows_in",
]


@dataclass(frozen=True)
class PortfolioRecord:
    """One applicant on the start page.

    While ``pending``, ``errors``, ``warnings``, ``overdue`` and the next deadline are not
    known yet (zero and empty): the rules and the open work have not been read.
    ``support_contact_name``: whose portfolio it is in ('' when nobody's); ``mine``: the
    user may change it (always, without a team: ``domain.team.is_users``)."""

    id: str
    name: str
    kind: str
    region_name: str
    member_count: int
    member_names: tuple[str, ...]
    submitter_name: str
    is_demo: bool
    errors: int = 0
    warnings: int = 0
    overdue: int = 0
    next_deadline: dt.date | None = None
    next_deadline_title: str = ""
    pending: bool = True
    support_contact_name: str = ""
    mine: bool = True


def _kind(member_count: int) -> str:
    return "IGS" if member_count > 1 else "Enkel bestuur"


def _regions(active: Iterable[Membership]) -> str:
    return " / ".join(sorted({m.government.region_label for m in active}))


def region_name(p: Partnership, year: int) -> str:
    """The reference regions of the members active in ``year``, by name."""
    return _regions(active_members(p, year))


def _partnership(record: SummaryPartnershipRecord) -> Partnership:
    """The domain's partnership with only what the portfolio reads of it: its memberships."""
    return Partnership(
        id=record.id,
        name=record.name,
        submitter=record.submitter_nis,
        memberships=tuple(
            Membership(
                Government(m.nis_code, m.name, m.region_code or "", None, m.region_name),
                m.joined_year,
                m.left_year,
            )
            for m in record.members
        ),
        formed_year=record.formed_year,
    )


@dataclass(frozen=True)
class HeldPartnershipRecord:
    """A partnership of the snapshot with what the portfolio shows beside it."""

    partnership: Partnership
    is_demo: bool
    support_contact_name: str
    mine: bool


@dataclass(frozen=True)
class PortfolioSnapshot:
    """The partnerships with their memberships as read at one moment, the same in every
    project year: the rows of a year are made from it (``rows_in``, kept once made), so
    changing the year reads nothing. ``complete`` is False when only the first rows by name
    were read (the window's first paint). ``team``: the laptop is in a team (its colleagues'
    partnerships are among them, read-only)."""

    partnerships: tuple[HeldPartnershipRecord, ...]
    complete: bool = True
    team: bool = False
    _rows: dict[int, tuple[PortfolioRecord, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )


def snapshot_of(
    records: Iterable[SummaryPartnershipRecord],
    complete: bool = True,
    team_contact_id: str | None = None,
) -> PortfolioSnapshot:
    """The snapshot of ``records``; ``team_contact_id``: the user's contact in the team (None:
    no team), which decides which rows are the user's."""
    return PortfolioSnapshot(
        tuple(
            HeldPartnershipRecord(
                _partnership(r),
                r.is_demo,
                r.support_contact_name,
                is_users(r.support_contact_id, team_contact_id),
            )
            for r in records
        ),
        complete,
        team=team_contact_id is not None,
    )


def rows_in(snapshot: PortfolioSnapshot, year: int) -> list[PortfolioRecord]:
    """The rows of the portfolio in ``year``, by name; counts and open work pending."""
    made = snapshot._rows.get(year)
    if made is None:
        made = snapshot._rows[year] = tuple(_row(held, year) for held in snapshot.partnerships)
    return list(made)


def _row(held: HeldPartnershipRecord, year: int) -> PortfolioRecord:
    p = held.partnership
    active = active_members(p, year)
    return PortfolioRecord(
        id=p.id,
        name=p.name,
        kind=_kind(len(active)),
        region_name=_regions(active),
        member_count=len(active),
        member_names=tuple(m.government.name for m in active),
        submitter_name=next((m.government.name for m in active if m.nis_code == p.submitter), ""),
        is_demo=held.is_demo,
        support_contact_name=held.support_contact_name,
        mine=held.mine,
    )


def read_snapshot(db: Database) -> PortfolioSnapshot:
    """Every partnership of an open database with its memberships."""
    with summary_connection(db) as connection:
        return snapshot_of(read_partnerships(connection), True, read_team_contact(connection))


def read_rows(db: Database, year: int) -> list[PortfolioRecord]:
    """The portfolio's rows in ``year`` from an open database (pending, see ``completed``)."""
    return rows_in(read_snapshot(db), year)


def complete(
    row: PortfolioRecord, counts: tuple[int, int], due: DueSummaryRecord | None
) -> PortfolioRecord:
    """``row`` with its errors and warnings and its open work filled in."""
    return replace(
        row,
        errors=counts[0],
        warnings=counts[1],
        overdue=due.overdue if due else 0,
        next_deadline=due.next_due if due else None,
        next_deadline_title=due.next_title if due else "",
        pending=False,
    )


def completed(
    db: Database,
    rows: Sequence[PortfolioRecord],
    year: int,
    today: dt.date,
    wanted: Callable[[], bool] = lambda: True,
) -> list[PortfolioRecord] | None:
    """``rows`` with the findings of every partnership in ``year`` counted and the open work
    of ``today`` read: slow for a big portfolio, so the window runs it on a worker thread.
    None as soon as ``wanted()`` says the result is no longer wanted (rows read since).

    A partnership that is not among the rules' (removed since ``rows`` were read) keeps its
    counts at zero; the window reads the rows again after every change anyway."""
    from .rules import check_all

    if not wanted():
        return None
    counts: Mapping[str, tuple[int, int]] = {
        c.partnership_id: (c.errors, c.warnings) for c in check_all(db, year)
    }
    if not wanted():
        return None
    due = due_work(db, today)
    return [complete(r, counts.get(r.id, (0, 0)), due.get(r.id)) for r in rows]


def due_work(db: Database, today: dt.date) -> dict[str, DueSummaryRecord]:
    """Per partnership: its overdue work on ``today`` and what is due next."""
    with summary_connection(db) as connection:
        return read_due_work(connection, today)


def read_first_snapshot(connection: sqlite3.Connection, first: int | None) -> PortfolioSnapshot:
    """The first ``first`` partnerships by name (None: all), through a plain ``sqlite3``
    connection: what the window's first paint shows."""
    records = read_partnerships(connection, first)
    return snapshot_of(
        records, first is None or len(records) < first, read_team_contact(connection)
    )
