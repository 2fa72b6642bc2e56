"""Schema life cycle: create, upgrade with a backup first, refuse what we must not touch."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.store import database as database_module
from igs_desktop.store import migrate
from igs_desktop.store.backup import backup_folder
from igs_desktop.store.database import (
    NewerDatabaseError,
    NotADatabaseError,
    inspect_file,
    open_database,
)
from igs_desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from igs_desktop.store.search import is_index_object
from igs_desktop.store.tables import metadata

FIXTURES = Path(__file__).parent.parent / "fixtures"


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(KNOWN_REVISIONS) == migrate.script_revisions()


def test_every_known_revision_has_a_fixture_database() -> None:
    for revision in KNOWN_REVISIONS:
        assert (FIXTURES / f"schema_{revision}.sqlite").exists(), revision


def test_empty_file_migrates_to_head_with_every_table(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db, report = open_database(path)
    db.close()
    assert report.created and report.backup is None
    assert revision_of(path) == HEAD_REVISION
    with sqlite3.connect(path) as connection:
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert set(metadata.tables) <= tables


def test_zero_byte_file_is_treated_as_new(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    db, report = open_database(path)
    db.close()
    assert report.created
    assert revision_of(path) == HEAD_REVISION


def test_migrated_schema_matches_the_tables(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: the scripts and the SQLModel tables agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db, _ = open_database(tmp_path / "cmp.sqlite")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, _parents: (
                    not (type_ == "table" and is_index_object(name))
                ),
            },
        )
        differences = compare_metadata(context, metadata)
    db.close()
    assert differences == []


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_fixture_database_of_each_revision_upgrades_and_keeps_its_data(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / f"old_{revision}.sqlite"
    shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite", path)
    db, report = open_database(path, tmp_path / "backups")
    db.close()
    assert revision_of(path) == HEAD_REVISION
    assert report.upgraded_from == (None if revision == HEAD_REVISION else revision)
    with sqlite3.connect(path) as connection:
        members = connection.execute("SELECT nis_code FROM membership ORDER BY nis_code").fetchall()
    assert members == [("34022",), ("34025",)]


NEXT_REVISION = '''
"""test revision"""
import sqlalchemy as sa
from alembic import op

revision = "{new}"
down_revision = "{old}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always" rebuilds the table, as batch mode does for most real changes.
    with op.batch_alter_table("partnership", recreate="always") as batch:
        batch.add_column(sa.Column("test_column", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("partnership") as batch:
        batch.drop_column("test_column")
'''


@pytest.fixture
def one_more_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend a newer release ships one more migration than the database has."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    new = "9001"
    (scripts / "versions" / f"{new}_test.py").write_text(
        NEXT_REVISION.format(new=new, old=HEAD_REVISION), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(database_module, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, new))
    monkeypatch.setattr(database_module, "HEAD_REVISION", new)
    return new


def test_upgrade_makes_a_backup_of_the_old_file_before_writing(
    db_file: Path, tmp_path: Path, one_more_revision: str
) -> None:
    backups = tmp_path / "backups"
    db, report = open_database(db_file, backups)
    db.close()
    assert revision_of(db_file) == one_more_revision
    assert report.upgraded_from == HEAD_REVISION
    assert report.backup is not None
    assert report.backup.parent == backup_folder(db_file, backups)  # this database's own
    assert revision_of(report.backup) == HEAD_REVISION  # the copy is the state before
    with sqlite3.connect(report.backup) as connection:
        columns = [r[1] for r in connection.execute("PRAGMA table_info(partnership)")]
    assert "test_column" not in columns


def test_database_from_a_newer_version_is_refused_untouched(db_file: Path) -> None:
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = db_file.read_bytes()
    siblings_before = sorted(p.name for p in db_file.parent.iterdir())
    with pytest.raises(NewerDatabaseError, match="nieuwere versie"):
        open_database(db_file)
    assert db_file.read_bytes() == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == siblings_before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Dit is een tekstbestand, geen database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="geen IGS Desktop-database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE stuff (x)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="geen IGS Desktop-database"):
        open_database(path)
    assert path.read_bytes() == before


def test_inspect_file_reads_the_revision_without_alembic(db_file: Path) -> None:
    state = inspect_file(db_file)
    assert state.exists and state.revision == HEAD_REVISION


def test_a_relative_path_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db, report = open_database(Path("relatief.sqlite"))
    db.close()
    assert report.created and (tmp_path / "relatief.sqlite").exists()


def test_rebuilding_a_referenced_table_keeps_the_rows_that_point_to_it(
    tmp_path: Path, one_more_revision: str
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", path)
    db, _report = open_database(path, tmp_path / "backups")
    db.close()
    assert revision_of(path) == one_more_revision
    with sqlite3.connect(path) as connection:
        members = connection.execute("SELECT count(*) FROM membership").fetchone()
        columns = [r[1] for r in connection.execute("PRAGMA table_info(partnership)")]
        foreign_keys = connection.execute("PRAGMA foreign_key_list(membership)").fetchall()
    assert members == (2,)  # not cascaded away when partnership was rebuilt
    assert "test_column" in columns
    assert any(fk[2] == "partnership" for fk in foreign_keys)


def schema_objects(path: Path, kind: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type=?", (kind,))
        }


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_upgraded_fixture_has_every_trigger_and_view_of_a_new_database(
    revision: str, tmp_path: Path
) -> None:
    """A revision that rebuilds a table drops its triggers; it must create them again."""
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh)[0].close()
    old = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite", old)
    open_database(old, tmp_path / "backups")[0].close()
    for kind in ("trigger", "view", "index"):
        assert schema_objects(old, kind) == schema_objects(fresh, kind), kind
