"""The portfolio at a glance, read with the standard library's ``sqlite3`` alone.

The window's first paint reads here, before SQLAlchemy is imported (it costs more than the
window itself): every partnership with its members, the open work per partnership, the project
years and the database's flags. The same queries serve the window later through the pool's
own connection (``summary_connection``), so the portfolio has one reading, not two.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.calendar import ProjectYear
from ..domain.work import FollowUpStatus, TrackStatus
from .year_values import project_year_of

if TYPE_CHECKING:
    from .database import Database


@dataclass(frozen=True)
class SummaryMemberRecord:
    """A membership as the portfolio lists it: the government and its years."""

    nis_code: str
    name: str
    region_code: str | None
    region_name: str
    joined_year: int
    left_year: int | None


@dataclass(frozen=True)
class SummaryPartnershipRecord:
    """A partnership with its memberships (current and past) and its support contact (id
    and name; '' when nobody or a contact not on this laptop), no money, no actions."""

    id: str
    name: str
    submitter_nis: str | None
    formed_year: int
    is_demo: bool
    members: tuple[SummaryMemberRecord, ...]
    support_contact_id: str | None = None
    support_contact_name: str = ""


@dataclass(frozen=True)
class DueSummaryRecord:
    """A partnership's open work with a due date: how much is overdue, and what comes next."""

    overdue: int
    next_due: dt.date | None
    next_title: str


@dataclass(frozen=True)
class StartFlagsRecord:
    """What the window needs to know of the database before it is drawn."""

    is_demo: bool
    has_profile: bool


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection on the database file that only reads, in one transaction (a consistent
    picture), closed afterwards. The caller has checked the file (``check_openable``)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            connection.execute("ROLLBACK")


@contextmanager
def summary_connection(db: Database) -> Iterator[sqlite3.Connection]:
    """The pool's own ``sqlite3`` connection of an open database, in one read transaction."""
    pooled = db.engine.raw_connection()
    try:
        connection = pooled.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            connection.execute("ROLLBACK")
    finally:
        pooled.close()


def read_partnerships(
    connection: sqlite3.Connection, first: int | None = None
) -> list[SummaryPartnershipRecord]:
    """Every partnership by name (or the ``first`` so many), with its memberships (by joined
    year, then name) and its support contact (one join, not a query per row)."""
    chosen = "SELECT id FROM partnership ORDER BY name COLLATE NOCASE LIMIT :first"
    members: dict[str, list[SummaryMemberRecord]] = {}
    for pid, nis, name, region_code, region_name, joined, left in connection.execute(
        "SELECT m.partnership_id, m.nis_code, g.name, g.region_code, r.name, m.joined_year,"
        " m.left_year FROM membership AS m"
        " JOIN government AS g ON g.nis_code = m.nis_code"
        " LEFT JOIN region AS r ON r.code = g.region_code"
        + ("" if first is None else f" WHERE m.partnership_id IN ({chosen})")
        + " ORDER BY m.joined_year, g.name",
        {"first": first},
    ):
        members.setdefault(pid, []).append(
            SummaryMemberRecord(nis, name, region_code, region_name or "", joined, left)
        )
    return [
        SummaryPartnershipRecord(
            pid,
            name,
            submitter,
            formed,
            bool(demo),
            tuple(members.get(pid, ())),
            contact_id,
            contact_name or "",
        )
        for pid, name, submitter, formed, demo, contact_id, contact_name in connection.execute(
            "SELECT p.id, p.name, p.submitter_nis, p.formed_year, p.is_demo,"
            " p.support_contact_id, c.name FROM partnership AS p"
            " LEFT JOIN support_contact AS c ON c.id = p.support_contact_id"
            " ORDER BY p.name COLLATE NOCASE" + ("" if first is None else " LIMIT :first"),
            {"first": first},
        )
    ]


def read_team_contact(connection: sqlite3.Connection) -> str | None:
    """The user's support contact in the team (app_meta ``sync.contact_id``, as
    ``store.team_portfolio.team_contact_id`` reads it); None: the laptop is in no team."""
    found = connection.execute(
        "SELECT value FROM app_meta WHERE key = 'sync.contact_id'"
    ).fetchone()
    return (found[0] or None) if found else None


# Open work with a due date: support tracks not done and open follow-ups of a partnership
# (what ``details.open_due_items`` lists one by one), with the order of the next one.
_OPEN_DUE = """
    SELECT partnership_id, due_date, COALESCE(NULLIF(next_step, ''), 'ondersteuningstraject')
        AS title, 0 AS kind
    FROM support_track WHERE due_date IS NOT NULL AND status != :track_done
    UNION ALL
    SELECT partnership_id, due_date, title, 1 AS kind
    FROM follow_up
    WHERE due_date IS NOT NULL AND status = :follow_up_open AND partnership_id IS NOT NULL
"""


def read_due_work(connection: sqlite3.Connection, today: dt.date) -> dict[str, DueSummaryRecord]:
    """Per partnership with open work: how many items are overdue on ``today`` and the first
    one due from ``today`` on. Partnerships without open work are left out."""
    parameters = {
        "track_done": TrackStatus.DONE.value,
        "follow_up_open": FollowUpStatus.OPEN.value,
        "today": today.isoformat(),
    }
    # the SQL form of domain.work.overdue: open (above) and due before today
    overdue = dict(
        connection.execute(
            f"SELECT partnership_id, COUNT(*) FROM ({_OPEN_DUE}) WHERE due_date < :today"
            " GROUP BY partnership_id",
            parameters,
        ).fetchall()
    )
    upcoming = {
        pid: (dt.date.fromisoformat(due), title)
        for pid, due, title in connection.execute(
            "SELECT partnership_id, due_date, title FROM ("
            " SELECT partnership_id, due_date, title, ROW_NUMBER() OVER ("
            "  PARTITION BY partnership_id ORDER BY due_date, kind) AS position"
            f" FROM ({_OPEN_DUE}) WHERE due_date >= :today"
            ") WHERE position = 1",
            parameters,
        )
    }
    return {
        pid: DueSummaryRecord(
            overdue.get(pid, 0),
            upcoming[pid][0] if pid in upcoming else None,
            upcoming[pid][1] if pid in upcoming else "",
        )
        for pid in overdue.keys() | upcoming.keys()
    }


_YEAR_COLUMNS = (
    "number",
    "period_start",
    "period_end",
    "submission_opens",
    "submission_deadline",
    "decision",
    "interim_kpi_deadline",
    "final_kpi_deadline",
)


def _value(column: str, text: object) -> object:
    if not isinstance(text, str):
        return text
    if column == "submission_deadline":
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)


def read_project_years(connection: sqlite3.Connection) -> list[ProjectYear]:
    """Every project year, in order (as ``store.calendar.project_years``)."""
    rows = connection.execute(
        f"SELECT {', '.join(_YEAR_COLUMNS)} FROM project_year ORDER BY number"
    )
    return [
        project_year_of({c: _value(c, v) for c, v in zip(_YEAR_COLUMNS, row, strict=True)})
        for row in rows
    ]


def read_flags(connection: sqlite3.Connection) -> StartFlagsRecord:
    demo = connection.execute("SELECT value FROM app_meta WHERE key = 'demo'").fetchone()
    user = connection.execute("SELECT 1 FROM support_contact WHERE is_user LIMIT 1").fetchone()
    return StartFlagsRecord(is_demo=demo is not None and demo[0] == "1", has_profile=bool(user))
