"""Bulk writes (generated data) store and log exactly what single writes store and log."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Connection

from igs_desktop.store import bulk, editing
from igs_desktop.store.database import Database
from igs_desktop.store.engine import WRITE_OPTION
from igs_desktop.store.search import index_problems, search_notes

STAMP = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def write(db: Database, work: Any) -> Any:
    with db.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        return work(conn)


def logged(conn: Connection, entity_id: str) -> list[tuple[Any, ...]]:
    """The change-log entries of a row, without their own id and time."""
    return [
        tuple(r)
        for r in conn.exec_driver_sql(
            "SELECT changed_by, operation, entity, field, old_value, new_value, partnership_id, "
            "summary FROM change_log WHERE entity_id = ? ORDER BY changed_at",
            (entity_id,),
        )
    ]


def note(note_id: str, partnership_id: str, title: str) -> dict[str, Any]:
    return {
        "id": note_id,
        "title": title,
        "body": "Gesprek over de oefenkansen in de bibliotheken.",
        "kind": "overleg",
        "noted_on": dt.date(2024, 5, 1),
        "partnership_id": partnership_id,
        "include_in_reports": True,
        "created_at": STAMP,
        "updated_at": STAMP,
    }


def test_create_many_stores_and_logs_what_create_does(db: Database) -> None:
    def work(conn: Connection) -> tuple[list, list, list, list]:
        pid = editing.create(conn, "Ann", "partnership", {"name": "IGS A", "formed_year": 1})
        single = editing.create(conn, "Ann", "note", note("n-1", pid.key["id"], "Eén"))
        (many,) = bulk.create_many(
            conn, "Ann", "note", [note("n-2", pid.key["id"], "Eén")], "Notitie toegevoegd"
        )
        rows = [
            dict(r) for r in conn.exec_driver_sql("SELECT * FROM note ORDER BY id").mappings().all()
        ]
        assert single.after is not None
        assert {**single.after, "id": "n-2"} == many
        return rows, logged(conn, "n-1"), logged(conn, "n-2"), [pid.key["id"]]

    rows, log_single, log_many, (pid,) = write(db, work)
    assert {**rows[0], "id": "n-2"} == rows[1]
    assert len(log_single) == len(log_many) == 1
    single_entry, many_entry = log_single[0], log_many[0]
    assert single_entry[:4] == many_entry[:4] == ("Ann", "create", "note", "")
    assert single_entry[5].replace("n-1", "n-2") == many_entry[5]
    assert many_entry[6] == pid  # the partnership's History tab shows it
    assert many_entry[7] == "Notitie toegevoegd"


def test_children_first_index_each_note_with_its_tags(db: Database) -> None:
    def work(conn: Connection) -> None:
        pid = editing.create(conn, "Ann", "partnership", {"name": "IGS B", "formed_year": 1})
        bulk.defer_foreign_keys(conn)
        tags = [{"note_id": f"n-{i}", "tag": "zwaluwstaart"} for i in range(3)]
        links = [{"note_id": "n-0", "nis_code": "43005"}]
        bulk.create_many(conn, "Ann", "note_tag", tags, "Notitie toegevoegd")
        bulk.create_many(conn, "Ann", "note_government", links, "Notitie toegevoegd")
        notes = [note(f"n-{i}", pid.key["id"], f"Notitie {i}") for i in range(3)]
        bulk.create_many(conn, "Ann", "note", notes, "Notitie toegevoegd")

    write(db, work)
    assert {h.note_id for h in search_notes(db, "zwaluwstaart")} == {"n-0", "n-1", "n-2"}
    assert [h.note_id for h in search_notes(db, "eeklo")] == ["n-0"]  # the linked name
    assert [h.note_id for h in search_notes(db, "bibliotheek")] != []  # by its stem
    assert index_problems(db) == []
    with db.engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    assert count == 1 + 3 + 1 + 3


def test_a_missing_parent_still_fails_at_commit(db: Database) -> None:
    def work(conn: Connection) -> None:
        bulk.defer_foreign_keys(conn)
        bulk.create_many(conn, "Ann", "note_tag", [{"note_id": "nowhere", "tag": "x"}], "")

    with pytest.raises(Exception, match="FOREIGN KEY"):
        write(db, work)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM note_tag").scalar() == 0


def test_unknown_columns_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="colour"):
        write(db, lambda conn: bulk.insert_rows(conn, "note_tag", [{"note_id": "n", "colour": 1}]))
