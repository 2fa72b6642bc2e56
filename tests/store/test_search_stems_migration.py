"""Schema revision 0003: the note index learns Dutch word stems, also for older databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from igs_desktop.store import migrate
from igs_desktop.store.database import open_database
from igs_desktop.store.search import index_problems, search_notes
from igs_desktop.store.stemming import register_functions

FIXTURES = Path(__file__).parent.parent / "fixtures"
FIXTURE_NOTE = "00000000-0000-4000-8000-000000000020"

# One more note in the 0002 database, written at that revision by its own triggers.
OLD_NOTE = """
INSERT INTO note (id, kind, noted_on, title, body, partnership_id, include_in_reports,
                  personal_data, created_at, updated_at)
VALUES ('n-3', 'overleg', '2026-11-21', 'Overleg met de bibliotheken',
        'Over de wijken van Lendelede.', NULL, 0, 0,
        '2026-11-21 10:00:00', '2026-11-21 10:00:00');
INSERT INTO note_tag (note_id, tag) VALUES ('n-3', 'scholen');
"""


def columns_of_index(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        names = [row[1] for row in connection.execute("PRAGMA table_info(note_search)")]
    connection.close()
    return names


def test_the_0002_fixture_upgrades_and_its_notes_are_found_by_a_stem(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0002.sqlite", path)
    with sqlite3.connect(path) as connection:
        connection.executescript(OLD_NOTE)
    connection.close()
    assert columns_of_index(path) == ["title", "body", "tags", "names"]

    db, report = open_database(path, tmp_path / "backups")
    try:
        assert report.upgraded_from == "0002"
        assert columns_of_index(path)[-1] == "stems"
        # Word forms the notes do not hold, not even as a prefix: found by their stems.
        assert [h.note_id for h in search_notes(db, "fictief")] == [FIXTURE_NOTE]  # fictieve
        assert [h.note_id for h in search_notes(db, "reünies")] == [FIXTURE_NOTE]  # reünie
        assert [h.note_id for h in search_notes(db, "bibliotheek")] == ["n-3"]  # bibliotheken
        assert [h.note_id for h in search_notes(db, "school")] == ["n-3"]  # the tag scholen
        assert [h.note_id for h in search_notes(db, "wijken lendelede")] == ["n-3"]
        # What worked before still does: prefixes, accents, linked names.
        assert [h.note_id for h in search_notes(db, "reunie kortrijk")] == [FIXTURE_NOTE]
        assert [h.note_id for h in search_notes(db, "biblio")] == ["n-3"]
        assert index_problems(db) == []
    finally:
        db.close()


def test_downgrade_to_0002_gives_back_the_index_without_stems(tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copyfile(FIXTURES / "schema_0003.sqlite", path)
    db, _report = open_database(path, tmp_path / "backups")
    try:
        config = migrate.alembic_config(db.engine)
        with db.engine.connect() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
    finally:
        db.close()
    assert columns_of_index(path) == ["title", "body", "tags", "names"]
    # At 0002 the triggers need no Python function: a plain connection writes notes again.
    with sqlite3.connect(path) as connection:
        connection.executescript(OLD_NOTE)
        hits = connection.execute(
            "SELECT count(*) FROM note_search WHERE note_search MATCH 'bibliotheken'"
        ).fetchone()
    connection.close()
    assert hits == (1,)


def test_the_0003_fixture_needs_the_stemmer_to_write_a_note(tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copyfile(FIXTURES / "schema_0003.sqlite", path)
    with sqlite3.connect(path) as connection:
        register_functions(connection)
        connection.executescript(OLD_NOTE)
        found = connection.execute(
            "SELECT rowid FROM note_search WHERE note_search MATCH 'stems : bibliotheek'"
        ).fetchall()
    connection.close()
    assert len(found) == 1
