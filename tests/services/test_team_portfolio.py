"""A colleague's portfolio is read-only at the front door; new work is the user's (issue 15)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from igs_desktop.services import team_portfolio
from igs_desktop.services.editing import EditSession, Outcome, ValidationError
from igs_desktop.services.notes import NotesService
from igs_desktop.services.portfolio import PortfolioService, save_profile
from igs_desktop.services.portfolio_summary import read_rows
from igs_desktop.store.database import Database
from igs_desktop.store.portfolio_summary import read_team_contact, reading
from igs_desktop.store.sync import local
from tests.team_views_tools import AN, BRAM, TeamLaptopRecord, join_team, team_laptop

KORTRIJK = "34022"
REFUSED = (
    "Dit samenwerkingsverband hoort bij de portefeuille van Bram Claes: alleen lezen. "
    "Neem het eerst over."
)


@pytest.fixture
def team(db: Database) -> TeamLaptopRecord:
    return team_laptop(db)


def portfolio(db: Database) -> PortfolioService:
    return PortfolioService(db, AN)


def notes(db: Database, tmp_path: Path) -> NotesService:
    return NotesService(db, AN, tmp_path / "attachments")


def state(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything an edit could have written: the rows of the portfolio and the change log."""
    with db.engine.connect() as conn:
        return {
            name: sorted(
                (tuple(str(v) for v in r) for r in conn.execute(sa.text(f"SELECT * FROM {name}"))),
            )
            for name in (
                "partnership",
                "membership",
                "subsidy",
                "note",
                "follow_up",
                "kpi_value",
                "change_log",
            )
        }


def row(db: Database, table: str, row_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        found = conn.execute(sa.text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id})
        return dict(found.mappings().one())


# --- the front door ----------------------------------------------------------------------------

EDITS_OF_HIS: dict[str, Callable[[Database, Path, str], Outcome]] = {
    "the partnership's own field": lambda db, _t, pid: portfolio(db).update_partnership(
        pid, kpi="300 oefenkansen"
    ),
    "a member": lambda db, _t, pid: portfolio(db).add_member(pid, KORTRIJK, 1),
    "money": lambda db, _t, pid: portfolio(db).add_subsidy(pid, 1, 100_000),
    "a note on it": lambda db, t, pid: notes(db, t).create_note(
        "Overleg", dt.date(2026, 3, 1), partnership_id=pid
    ),
    "a follow-up": lambda db, t, pid: notes(db, t).create_follow_up("Bellen", partnership_id=pid),
    "deleting it": lambda db, _t, pid: portfolio(db).delete_partnership(pid),
}


@pytest.mark.parametrize("edit", list(EDITS_OF_HIS), ids=list(EDITS_OF_HIS))
def test_an_edit_of_a_colleagues_partnership_is_refused_naming_him_and_nothing_is_written(
    db: Database, team: TeamLaptopRecord, tmp_path: Path, edit: str
) -> None:
    before = state(db)
    with pytest.raises(ValidationError) as refused:
        EDITS_OF_HIS[edit](db, tmp_path, team.his)
    assert str(refused.value) == REFUSED
    assert state(db) == before


@pytest.mark.parametrize("edit", list(EDITS_OF_HIS), ids=list(EDITS_OF_HIS))
def test_the_same_edits_of_the_users_own_partnership_are_kept(
    db: Database, team: TeamLaptopRecord, tmp_path: Path, edit: str
) -> None:
    before = state(db)
    outcome = EDITS_OF_HIS[edit](db, tmp_path, team.mine)
    assert outcome.edits and state(db) != before


@pytest.mark.parametrize("edit", list(EDITS_OF_HIS), ids=list(EDITS_OF_HIS))
def test_without_a_team_every_partnership_is_the_users(
    db: Database, tmp_path: Path, edit: str
) -> None:
    laptop = team_laptop(db, in_team=False)
    outcome = EDITS_OF_HIS[edit](db, tmp_path, laptop.his)
    assert outcome.edits


def test_a_kpi_of_a_colleagues_action_is_refused(db: Database, tmp_path: Path) -> None:
    """A KPI value names its partnership only through its action: refused all the same."""
    laptop = team_laptop(db, in_team=False)
    action = portfolio(db).add_action(laptop.his, _first_action(db)).created_id
    assert action
    join_team(db, laptop.an)
    before = state(db)
    with pytest.raises(ValidationError, match="Bram Claes"):
        portfolio(db).set_kpi(action, 1, target=10)
    assert state(db) == before


def _first_action(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(sa.text("SELECT id FROM catalogue_action LIMIT 1")).scalar())


def test_a_partnership_of_nobody_is_the_users_in_a_team(
    db: Database, team: TeamLaptopRecord
) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE partnership SET support_contact_id = NULL WHERE id = :id"),
            {"id": team.his},
        )
    portfolio(db).update_partnership(team.his, kpi="van niemand")
    assert row(db, "partnership", team.his)["kpi"] == "van niemand"


def test_a_new_partnership_for_a_colleague_is_refused_in_a_team(
    db: Database, team: TeamLaptopRecord
) -> None:
    with pytest.raises(ValidationError, match="Bram Claes"):
        portfolio(db).create_partnership("IGS West", 1, support_contact_id=team.bram)


def test_undo_of_an_edit_of_a_partnership_since_taken_over_by_a_colleague_is_refused(
    db: Database, team: TeamLaptopRecord
) -> None:
    service = portfolio(db)
    outcome = service.update_partnership(team.mine, kpi="mijn KPI")
    with db.engine.begin() as conn:  # what a synchronisation brings after Bram took it over
        conn.execute(
            sa.text("UPDATE partnership SET support_contact_id = :bram WHERE id = :id"),
            {"bram": team.bram, "id": team.mine},
        )
    with pytest.raises(ValidationError, match="Bram Claes"):
        service.revert(outcome)
    assert row(db, "partnership", team.mine)["kpi"] == "mijn KPI"


def test_a_colleague_not_on_this_laptop_is_named_a_colleague() -> None:
    assert team_portfolio.read_only_message("") == (
        "Dit samenwerkingsverband hoort bij de portefeuille van een collega: alleen lezen. "
        "Neem het eerst over."
    )


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)


def test_the_check_reads_once_per_action_not_per_field(
    db: Database, team: TeamLaptopRecord
) -> None:
    with statements(db) as seen:
        outcome = portfolio(db).update_partnership(
            team.mine, kpi="k", notes="n", status="stopgezet", name="IGS Noord-Oost"
        )
    assert len(outcome.edits[0].after or {}) == 4  # four fields changed, four log entries
    contact_reads = [s for s in seen if "app_meta" in s]
    holder_reads = [
        s for s in seen if s.startswith("SELECT partnership.id, partnership.support_contact_id")
    ]
    assert (len(contact_reads), len(holder_reads)) == (1, 1)


def test_an_action_touching_no_partnership_reads_nothing_for_the_check(
    db: Database, team: TeamLaptopRecord
) -> None:
    with statements(db) as seen:
        EditSession(db, AN).run(
            "Collega", lambda w: w.create("support_contact", {"name": "Cas", "email": ""})
        )
    assert not [s for s in seen if "app_meta" in s]


# --- who holds what ----------------------------------------------------------------------------


def test_owner_of_names_the_holder_and_whether_the_user_may_change_it(
    db: Database, team: TeamLaptopRecord
) -> None:
    his = team_portfolio.owner_of(db, team.his)
    mine = team_portfolio.owner_of(db, team.mine)
    assert (his.name, his.team, his.mine, his.read_only) == (BRAM, True, False, True)
    assert (mine.name, mine.mine, mine.contact_id) == (AN, True, team.an)
    assert team_portfolio.may_change(db, team.mine) and not team_portfolio.may_change(db, team.his)
    assert team_portfolio.in_team(db)


def test_without_a_team_the_owner_is_named_but_every_partnership_may_change(
    db: Database,
) -> None:
    laptop = team_laptop(db, in_team=False)
    his = team_portfolio.owner_of(db, laptop.his)
    assert (his.name, his.team, his.mine) == (BRAM, False, True)
    assert not team_portfolio.in_team(db)


# --- new work is the user's --------------------------------------------------------------------


def test_a_new_partnership_is_the_users_by_default(db: Database) -> None:
    an = save_profile(db, AN, "")
    pid = portfolio(db).create_partnership("IGS Noord", 1).created_id
    assert pid and row(db, "partnership", pid)["support_contact_id"] == an


def test_without_a_profile_a_new_partnership_is_nobodys(db: Database) -> None:
    pid = portfolio(db).create_partnership("IGS Noord", 1).created_id
    assert pid and row(db, "partnership", pid)["support_contact_id"] is None


def test_a_new_note_is_the_users(db: Database, tmp_path: Path) -> None:
    an = save_profile(db, AN, "")
    note = notes(db, tmp_path).create_note("Overleg", dt.date(2026, 3, 1)).created_id
    assert note and row(db, "note", note)["owner_contact_id"] == an


# --- sharing a note with personal data ---------------------------------------------------------


def test_sharing_a_personal_note_is_stored_and_logged_as_any_field(
    db: Database, tmp_path: Path
) -> None:
    service = notes(db, tmp_path)
    note = service.create_note(
        "Gesprek", dt.date(2026, 3, 1), personal_data=True, shared_with_team=True
    ).created_id
    assert note and row(db, "note", note)["shared_with_team"] == 1
    assert service.note(note).shared_with_team  # type: ignore[union-attr]
    service.update_note(note, shared_with_team=False)
    assert row(db, "note", note)["shared_with_team"] == 0
    with db.engine.connect() as conn:
        logged = conn.execute(
            sa.text(
                "SELECT old_value, new_value FROM change_log"
                " WHERE entity = 'note' AND field = 'shared_with_team'"
            )
        ).all()
    assert [tuple(r) for r in logged] == [("ja", "nee")]


def test_only_a_note_with_personal_data_is_shared(db: Database, tmp_path: Path) -> None:
    service = notes(db, tmp_path)
    plain = service.create_note("Overleg", dt.date(2026, 3, 1), shared_with_team=True).created_id
    assert plain and row(db, "note", plain)["shared_with_team"] == 0
    personal = service.create_note(
        "Gesprek", dt.date(2026, 3, 1), personal_data=True, shared_with_team=True
    ).created_id
    assert personal
    service.update_note(personal, personal_data=False)
    assert row(db, "note", personal)["shared_with_team"] == 0


# --- the portfolio's rows ----------------------------------------------------------------------


def test_portfolio_rows_name_the_support_contact_and_whose_they_are(
    db: Database, team: TeamLaptopRecord
) -> None:
    rows = {r.name: r for r in read_rows(db, 1)}
    assert (rows["IGS Noord"].support_contact_name, rows["IGS Noord"].mine) == (AN, True)
    assert (rows["IGS Zuid"].support_contact_name, rows["IGS Zuid"].mine) == (BRAM, False)


def test_without_a_team_every_portfolio_row_is_the_users(db: Database) -> None:
    team_laptop(db, in_team=False)
    rows = read_rows(db, 1)
    assert all(r.mine for r in rows) and {r.support_contact_name for r in rows} == {AN, BRAM}


def test_the_first_paint_reads_the_team_contact_where_the_synchronisation_keeps_it(
    db: Database, team: TeamLaptopRecord
) -> None:
    with db.engine.connect() as conn:
        assert local.get_setting(conn, local.CONTACT_ID) == team.an
    with reading(db.path) as connection:
        assert read_team_contact(connection) == team.an
