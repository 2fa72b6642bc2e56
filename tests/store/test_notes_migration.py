"""Schema revision 0002: the notes of an older database are indexed; drafts; clean downgrade."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from igs_desktop.store import migrate
from igs_desktop.store.database import open_database
from igs_desktop.store.drafts import drafts
from igs_desktop.store.search import index_problems, is_index_object, search_notes
from igs_desktop.store.tables import metadata

FIXTURES = Path(__file__).parent.parent / "fixtures"
PARTNERSHIP = "00000000-0000-4000-8000-000000000010"

# Notes as a 0001 database holds them, written with plain SQL at that revision.
OLD_NOTES = """
INSERT INTO note (id, kind, noted_on, title, body, partnership_id, include_in_reports,
                  personal_data, created_at, updated_at)
VALUES ('n-1', 'veldonderzoek', '2026-10-01', 'Reünie van de taalcafés', 'Veel volk.',
        '00000000-0000-4000-8000-000000000010', 0, 0, '2026-10-01 10:00:00', '2026-10-01 10:00:00'),
       ('n-2', 'overleg', '2026-10-02', 'Stuurgroep', 'Over de kinderopvang in Lendelede.',
        NULL, 0, 0, '2026-10-02 10:00:00', '2026-10-02 10:00:00');
INSERT INTO note_tag (note_id, tag) VALUES ('n-1', 'taal'), ('n-2', 'zorg');
INSERT INTO note_government (note_id, nis_code) VALUES ('n-2', '43005');
"""


def objects(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return set(connection.execute("SELECT type, name FROM sqlite_master"))


def test_upgrading_the_0001_fixture_indexes_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", path)
    with sqlite3.connect(path) as connection:
        connection.executescript(OLD_NOTES)
    connection.close()
    assert not any(name.startswith("note_search") for _type, name in objects(path))

    db, report = open_database(path, tmp_path / "backups")
    try:
        assert report.upgraded_from == "0001"
        assert [h.note_id for h in search_notes(db, "reunie")] == ["n-1"]
        assert [h.note_id for h in search_notes(db, "kinderopvang")] == ["n-2"]
        assert [h.note_id for h in search_notes(db, "zorg")] == ["n-2"]  # tag
        assert [h.note_id for h in search_notes(db, "eeklo")] == ["n-2"]  # linked government
        assert [h.note_id for h in search_notes(db, "kortrijk")] == ["n-1"]  # partnership name
        assert index_problems(db) == []
    finally:
        db.close()


def test_upgrading_an_empty_0001_fixture_gives_an_empty_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", path)
    db, _report = open_database(path, tmp_path / "backups")
    try:
        assert search_notes(db, "") == []
        assert index_problems(db) == []
    finally:
        db.close()


def test_the_0002_fixture_keeps_its_note_index_and_draft(tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copyfile(FIXTURES / "schema_0002.sqlite", path)
    db, _report = open_database(path, tmp_path / "backups")
    try:
        (hit,) = search_notes(db, "reunie kortrijk")
        assert hit.partnership_id == PARTNERSHIP
        assert hit.tags == ("reünie", "taal")
        assert [d.title for d in drafts(db)] == ["Nog niet bewaard"]
        assert index_problems(db) == []
    finally:
        db.close()


def test_every_table_outside_the_metadata_belongs_to_the_index(db_file: Path) -> None:
    """The tables the SQLModel metadata does not know are the search index's, all named
    note_search* (so one name filter keeps Alembic's autogenerate away from them)."""
    found = objects(db_file)
    unknown = {
        name
        for kind, name in found
        if kind == "table" and name not in metadata.tables and name != "alembic_version"
    }
    assert {"note_search", "note_search_key"} <= unknown
    assert all(is_index_object(name) for name in unknown), unknown
    assert ("view", "note_search_source") in found
    triggers = [name for kind, name in found if kind == "trigger" and is_index_object(name)]
    assert len(triggers) == 12


def test_downgrade_to_0001_removes_the_index_and_drafts(db_file: Path) -> None:
    db, _report = open_database(db_file)
    try:
        config = migrate.alembic_config(db.engine)
        with db.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
    finally:
        db.close()
    names = {name for _kind, name in objects(db_file)}
    assert not any(name.startswith("note_search") for name in names)
    assert "note_draft" not in names
    assert "note" in names
