"""Reference rows with a UUID key get the same id on every laptop (issue 15, team sync).

Catalogue actions, catalogue KPIs, population figures and mergers take the id of their natural
key (``store.reference_ids``); revision 0005 gives the rows of an older database those ids and
keeps every link to them, on SQLite and on the team server's PostgreSQL.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import Connection, Engine

from igs_desktop.paths import AppPaths
from igs_desktop.services.startup import start
from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.store import migrate
from igs_desktop.store.database import open_database
from igs_desktop.store.engine import make_engine
from igs_desktop.store.reference_ids import (
    NAMESPACE,
    NATURAL_KEYS,
    catalogue_action_id,
    catalogue_kpi_id,
    merger_id,
    population_figure_id,
    reference_id,
)
from igs_desktop.store.search import index_problems, search_notes
from igs_desktop.store.stemming import register_functions
from igs_desktop.store.tables import metadata

FIXTURES = Path(__file__).parent.parent / "fixtures"
MIGRATION = migrate.MIGRATIONS_DIR / "versions" / "0005_reference_ids.py"

# --- the ids themselves ----------------------------------------------------------------------


def test_the_ids_are_fixed_for_ever() -> None:
    """Every laptop and the team server derive these exact texts; a change of the namespace or
    of the hashed text would split the team's reference rows in two."""
    assert catalogue_action_id("O1-A1") == "ced6e716-7e60-5300-aba7-bc5ae6c6e535"
    assert catalogue_action_id("O1-A1") == str(uuid.uuid5(NAMESPACE, "catalogue_action:O1-A1"))
    assert catalogue_kpi_id("O1-A1-K1") == str(uuid.uuid5(NAMESPACE, "catalogue_kpi:O1-A1-K1"))
    assert population_figure_id("34022", 3) == str(
        uuid.uuid5(NAMESPACE, "population_figure:34022/3")
    )
    assert merger_id("34022", "34042", "2025-01-01") == str(
        uuid.uuid5(NAMESPACE, "merger:34022/34042/2025-01-01")
    )


def test_a_natural_key_gives_one_id_and_different_keys_different_ids() -> None:
    import datetime as dt

    assert population_figure_id("34022", 3) == population_figure_id("34022", "3")  # type: ignore[arg-type]
    assert merger_id("1", "2", dt.date(2025, 1, 1)) == merger_id("1", "2", "2025-01-01")
    assert len({population_figure_id("34022", y) for y in (1, 2, 3)}) == 3
    # The table is part of the key: a KPI and an action with the same key differ.
    assert catalogue_kpi_id("O1-A1") != catalogue_action_id("O1-A1")
    assert reference_id("population_figure", {"nis_code": "34022", "project_year": 3}) == (
        population_figure_id("34022", 3)
    )
    assert reference_id("partnership", {"id": "x"}) is None
    assert reference_id("catalogue_action", {"catalogue_key": ""}) is None


def test_the_migration_knows_every_column_that_points_at_these_tables() -> None:
    """A column added later that points at one of the four tables must be remapped too."""
    namespace: dict[str, object] = {}
    exec(compile(MIGRATION.read_text(encoding="utf-8"), str(MIGRATION), "exec"), namespace)
    pointing = {
        (fk.parent.table.name, fk.parent.name, fk.column.table.name)
        for table in metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name in NATURAL_KEYS
    }
    assert set(namespace["LINKS"]) == pointing  # type: ignore[arg-type]


# --- new databases ---------------------------------------------------------------------------


def _keys_and_ids(conn: Connection) -> dict[str, set[tuple]]:
    found: dict[str, set[tuple]] = {}
    for name, columns in NATURAL_KEYS.items():
        tbl = metadata.tables[name]
        query = sa.select(tbl.c.id, *(tbl.c[c] for c in columns))
        found[name] = {tuple(row) for row in conn.execute(query)}
    return found


def _new_laptop(folder: Path) -> Workbench:
    paths = AppPaths(data_dir=folder, database=folder / "igs.sqlite", log_dir=folder / "logs")
    startup = start(paths)
    return Workbench(
        startup.db, Folders(folder / "attachments", folder / "reports", folder / "backups")
    )


def test_two_new_databases_give_the_shipped_data_and_a_figure_the_same_ids(
    tmp_path: Path,
) -> None:
    laptops = [_new_laptop(tmp_path / "an"), _new_laptop(tmp_path / "bart")]
    try:
        for laptop in laptops:
            laptop.portfolio.set_population_figure("34022", 3, 12_000, "Statbel")
            laptop.portfolio.import_figures({"34025": 900, "11002": 40_000}, 2, "Statbel")
        first, second = (laptop.db.engine.connect() for laptop in laptops)
        with first, second:
            ids = _keys_and_ids(first)
            assert ids == _keys_and_ids(second)
    finally:
        for laptop in laptops:
            laptop.db.close()
    assert len(ids["catalogue_action"]) > 20 and len(ids["catalogue_kpi"]) > 20
    assert len(ids["merger"]) > 10
    for name, rows in ids.items():
        for row in rows:
            key = dict(zip(NATURAL_KEYS[name], row[1:], strict=True))
            assert row[0] == reference_id(name, key), (name, row)
    assert (population_figure_id("34022", 3), "34022", 3) in ids["population_figure"]
    assert (population_figure_id("11002", 2), "11002", 2) in ids["population_figure"]


def test_a_figure_set_through_the_service_gets_the_id_of_its_key(workbench: Workbench) -> None:
    workbench.portfolio.set_population_figure("34022", 3, 12_000, "Statbel")
    workbench.portfolio.set_population_figure("34022", 3, 12_500, "Statbel, herzien")  # update
    with workbench.db.engine.connect() as conn:
        figure = metadata.tables["population_figure"]
        rows = conn.execute(sa.select(figure.c.id, figure.c.non_eu14)).all()
        log = metadata.tables["change_log"]
        logged = set(
            conn.execute(
                sa.select(log.c.entity_id).where(log.c.entity == "population_figure")
            ).scalars()
        )
    assert rows == [(population_figure_id("34022", 3), 12_500)]
    assert logged == {population_figure_id("34022", 3)}


# --- revision 0005 on an older database --------------------------------------------------------

# Ids an older release gave at random.
OLD_ACTION = "5f0c5b9e-0d57-4d4b-9a53-7b0e6f8a0001"
OLD_OTHER_ACTION = "5f0c5b9e-0d57-4d4b-9a53-7b0e6f8a0002"
OLD_KPI = "5f0c5b9e-0d57-4d4b-9a53-7b0e6f8a0003"
OLD_FIGURE = "5f0c5b9e-0d57-4d4b-9a53-7b0e6f8a0004"
OLD_MERGER = "5f0c5b9e-0d57-4d4b-9a53-7b0e6f8a0005"
OLD_MERGER_COPY = "5f0c5b9e-0d57-4d4b-9a53-7b0e6f8a0006"
OLD_IDS = (OLD_ACTION, OLD_OTHER_ACTION, OLD_KPI, OLD_FIGURE, OLD_MERGER, OLD_MERGER_COPY)
PARTNERSHIP = "00000000-0000-4000-8000-0000000000a0"
PA = "00000000-0000-4000-8000-0000000000a1"
NOTE = "00000000-0000-4000-8000-0000000000a2"
ACTION_TITLE = "Taalwandelingen met buurtbewoners"


def pa_row(action: str) -> str:
    """The partnership action as the change log keeps it when it is created (JSON)."""
    row = {"action_id": action, "id": PA, "notes": "", "partnership_id": PARTNERSHIP}
    return json.dumps({**row, "subsidy_cents": None}, ensure_ascii=False, sort_keys=True)


# Rows as revision 0004 holds them, in plain SQL that SQLite and PostgreSQL both take (so the
# sample keeps working when later revisions change the tables).
SAMPLE_0004 = f"""
INSERT INTO government (nis_code, name, province, region_basis)
VALUES ('34022', 'Kortrijk', 'West-Vlaanderen', ''), ('34025', 'Lendelede', 'West-Vlaanderen', '');
INSERT INTO project_year (number, period_start, period_end, population_criterion)
VALUES (1, '2024-01-01', '2024-12-31', ''), (3, '2026-01-01', '2026-12-31', '');
INSERT INTO objective (number, name, form_heading) VALUES (1, 'Taal', '');
INSERT INTO catalogue_action (id, catalogue_key, objective_number, position, number,
    number_certain, title, remarks, financing, supported, supported_source, sources)
VALUES ('{OLD_ACTION}', 'O1-A1', 1, 1, '1.1', TRUE, '{ACTION_TITLE}', '', '', TRUE, '', ''),
       ('{OLD_OTHER_ACTION}', 'O1-A2', 1, 2, '1.2', TRUE, 'Leesclubs', '', '', FALSE, '', '');
INSERT INTO catalogue_kpi (id, catalogue_key, action_id, position, label, unit)
VALUES ('{OLD_KPI}', 'O1-A1-K1', '{OLD_ACTION}', 1, '', 'wandelingen');
INSERT INTO population_figure (id, nis_code, project_year, non_eu14, source, fictitious)
VALUES ('{OLD_FIGURE}', '34022', 3, 12000, 'Statbel', FALSE);
INSERT INTO merger (id, effective_date, old_nis_code, old_name, new_nis_code, new_name, source)
VALUES ('{OLD_MERGER}', '2025-01-01', '44084', 'Nevele', '44086', 'Deinze', 'BS'),
       ('{OLD_MERGER_COPY}', '2025-01-01', '44084', 'Nevele', '44086', 'Deinze', 'BS');
INSERT INTO support_contact (id, name, email, is_user, created_at)
VALUES ('00000000-0000-4000-8000-000000000001', 'An Peeters', 'an@example.org', TRUE,
        '2026-11-27 10:00:00');
INSERT INTO partnership (id, name, submitter_nis, formed_year, kpi, status, notes,
    support_contact_id, is_demo, created_at, updated_at)
VALUES ('{PARTNERSHIP}', 'IGS Kortrijk–Lendelede', '34022', 1, '', 'actief', '',
        '00000000-0000-4000-8000-000000000001', FALSE, '2026-11-27 10:00:00',
        '2026-11-27 10:00:00');
INSERT INTO partnership_action (id, partnership_id, action_id, notes)
VALUES ('{PA}', '{PARTNERSHIP}', '{OLD_ACTION}', '');
INSERT INTO kpi_value (id, partnership_action_id, kpi_id, project_year, target)
VALUES ('00000000-0000-4000-8000-0000000000a3', '{PA}', '{OLD_KPI}', 3, 40);
INSERT INTO support_track (id, partnership_id, action_id, theme, phase, status, next_step,
    created_at)
VALUES ('00000000-0000-4000-8000-0000000000a4', '{PARTNERSHIP}', '{OLD_ACTION}', 'taal',
        'uitwerken', 'lopend', '', '2026-11-27 10:00:00');
INSERT INTO new_member_action (id, partnership_id, project_year, action_id)
VALUES ('00000000-0000-4000-8000-0000000000a5', '{PARTNERSHIP}', 3, '{OLD_ACTION}');
INSERT INTO note (id, kind, noted_on, title, body, partnership_id, action_id,
    include_in_reports, personal_data, created_at, updated_at)
VALUES ('{NOTE}', 'overleg', '2026-11-20', 'Overleg', 'Over de wandelingen.', '{PARTNERSHIP}',
        '{OLD_ACTION}', FALSE, FALSE, '2026-11-27 10:00:00', '2026-11-27 10:00:00');
INSERT INTO note_draft (id, note_id, title, body, details, saved_at)
VALUES ('00000000-0000-4000-8000-0000000000a6', NULL, 'Concept', '',
        '{{"action_id": "{OLD_ACTION}", "kind": "overleg"}}', '2026-11-27 10:05:00');
INSERT INTO change_log (id, changed_at, changed_by, operation, entity, entity_id, field,
    old_value, new_value, partnership_id, summary)
VALUES
 ('log-action-title', '2026-11-27 10:00:00', 'An', 'update', 'catalogue_action', '{OLD_ACTION}',
  'title', 'Wandelingen', '{ACTION_TITLE}', NULL, ''),
 ('log-pa-action', '2026-11-27 10:00:01', 'An', 'update', 'partnership_action', '{PA}',
  'action_id', '{OLD_OTHER_ACTION}', '{OLD_ACTION}', '{PARTNERSHIP}', ''),
 ('log-pa-create', '2026-11-27 10:00:02', 'An', 'create', 'partnership_action', '{PA}', '',
  NULL, '{pa_row(OLD_ACTION)}',
  '{PARTNERSHIP}', ''),
 ('log-figure-create', '2026-11-27 10:00:03', 'An', 'create', 'population_figure',
  '{OLD_FIGURE}', '', NULL, '{{"id": "{OLD_FIGURE}", "nis_code": "34022", "non_eu14": "12000"}}',
  NULL, ''),
 ('log-kpi-value', '2026-11-27 10:00:04', 'An', 'update', 'kpi_value',
  '00000000-0000-4000-8000-0000000000a3', 'kpi_id', NULL, '{OLD_KPI}', '{PARTNERSHIP}', ''),
 ('log-note-title', '2026-11-27 10:00:05', 'An', 'update', 'note', '{NOTE}', 'title',
  'Over', 'Overleg', '{PARTNERSHIP}', ''),
 ('log-note-create', '2026-11-27 10:00:06', 'An', 'create', 'note', '{NOTE}', '', NULL,
  '{{"action_id": null, "id": "{NOTE}", "title": "Over"}}', '{PARTNERSHIP}', '');
"""


def _sample_statements() -> list[str]:
    return [s.strip() for s in SAMPLE_0004.split(";\n") if s.strip()]


def _value(conn: Connection, table: str, column: str, **where: object) -> object:
    tbl = metadata.tables[table]
    query = sa.select(tbl.c[column]).where(*(tbl.c[k] == v for k, v in where.items()))
    return conn.execute(query).scalar_one()


def _old_ids_left(conn: Connection) -> list[tuple[str, str]]:
    """Every text column of every table that still holds one of the old ids."""
    left = []
    for tbl in metadata.sorted_tables:
        for column in tbl.columns:
            if not isinstance(column.type, sa.String | sa.JSON):
                continue
            text = sa.cast(column, sa.Text) if isinstance(column.type, sa.JSON) else column
            for old in OLD_IDS:
                query = sa.select(sa.func.count()).select_from(tbl).where(text.like(f"%{old}%"))
                if conn.execute(query).scalar():
                    left.append((f"{tbl.name}.{column.name}", old))
    return left


def check_remapped(conn: Connection) -> None:
    """What revision 0005 must leave of SAMPLE_0004, on either database."""
    action, other = catalogue_action_id("O1-A1"), catalogue_action_id("O1-A2")
    kpi, figure = catalogue_kpi_id("O1-A1-K1"), population_figure_id("34022", 3)
    assert _value(conn, "catalogue_action", "id", catalogue_key="O1-A1") == action
    assert _value(conn, "catalogue_action", "id", catalogue_key="O1-A2") == other
    assert _value(conn, "catalogue_kpi", "id", catalogue_key="O1-A1-K1") == kpi
    assert _value(conn, "catalogue_kpi", "action_id", id=kpi) == action
    assert _value(conn, "population_figure", "id", nis_code="34022") == figure
    mergers = metadata.tables["merger"]
    assert conn.execute(sa.select(mergers.c.id)).scalars().all() == [  # the copy is gone
        merger_id("44084", "44086", "2025-01-01")
    ]
    # Every link follows its action and KPI.
    assert _value(conn, "partnership_action", "action_id", id=PA) == action
    assert _value(conn, "kpi_value", "kpi_id", partnership_action_id=PA) == kpi
    assert _value(conn, "support_track", "action_id", partnership_id=PARTNERSHIP) == action
    assert _value(conn, "new_member_action", "action_id", partnership_id=PARTNERSHIP) == action
    assert _value(conn, "note", "action_id", id=NOTE) == action
    assert _value(conn, "note_draft", "details", title="Concept") == {
        "action_id": action,
        "kind": "overleg",
    }
    # The change log names the new ids: the entry's record, a link's old and new value, and
    # the row written as JSON by a create.
    log = metadata.tables["change_log"]
    entries = {
        row.id: row
        for row in conn.execute(
            sa.select(log.c.id, log.c.entity_id, log.c.old_value, log.c.new_value)
        )
    }
    assert entries["log-action-title"].entity_id == action
    assert (entries["log-pa-action"].old_value, entries["log-pa-action"].new_value) == (
        other,
        action,
    )
    assert entries["log-pa-create"].new_value == pa_row(action)
    assert entries["log-figure-create"].entity_id == figure
    assert entries["log-figure-create"].new_value == (
        f'{{"id": "{figure}", "nis_code": "34022", "non_eu14": "12000"}}'
    )
    assert entries["log-kpi-value"].new_value == kpi
    # What names no reference row is left as it was.
    assert (entries["log-note-title"].old_value, entries["log-note-title"].new_value) == (
        "Over",
        "Overleg",
    )
    assert entries["log-note-create"].new_value == (
        f'{{"action_id": null, "id": "{NOTE}", "title": "Over"}}'
    )
    assert _old_ids_left(conn) == []


def _revision(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())


def test_revision_0005_gives_an_older_database_the_ids_and_keeps_every_link(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade_to_head(engine, "0004")
    with engine.begin() as conn:
        for statement in _sample_statements():
            conn.exec_driver_sql(statement)
    engine.dispose()

    db, report = open_database(path, tmp_path / "backups")  # upgrades, checks foreign keys
    try:
        assert report.upgraded_from == "0004"
        with db.engine.connect() as conn:
            assert _revision(conn) == "0005"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            check_remapped(conn)
        # The note index still names the note's action, and is whole.
        assert [hit.note_id for hit in search_notes(db, "taalwandelingen")] == [NOTE]
        assert index_problems(db) == []
    finally:
        db.close()


def test_the_0004_fixture_upgrades_with_every_catalogue_row_on_its_key(tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    shutil.copyfile(FIXTURES / "schema_0004.sqlite", path)
    with sqlite3.connect(path) as connection:
        register_functions(connection)
        before = dict(connection.execute("SELECT catalogue_key, id FROM catalogue_action"))
        kpis_before = connection.execute(
            "SELECT k.catalogue_key, a.catalogue_key FROM catalogue_kpi AS k "
            "JOIN catalogue_action AS a ON a.id = k.action_id ORDER BY k.catalogue_key"
        ).fetchall()
        # A link to an action, made at 0004, besides what the fixture has.
        connection.execute(
            "INSERT INTO partnership_action (id, partnership_id, action_id, notes) "
            "VALUES ('pa-fixture', '00000000-0000-4000-8000-000000000010', ?, '')",
            (before["O2-A1"],),
        )
    connection.close()
    assert all(before[key] != catalogue_action_id(key) for key in before)  # random ids then

    db, _report = open_database(path, tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            ids = _keys_and_ids(conn)
            kpis_after = conn.exec_driver_sql(
                "SELECT k.catalogue_key, a.catalogue_key FROM catalogue_kpi AS k "
                "JOIN catalogue_action AS a ON a.id = k.action_id ORDER BY k.catalogue_key"
            ).fetchall()
            linked = _value(conn, "partnership_action", "action_id", id="pa-fixture")
    finally:
        db.close()
    assert {key: id_ for id_, key in ids["catalogue_action"]} == {
        key: catalogue_action_id(key) for key in before
    }
    assert kpis_after == kpis_before
    assert linked == catalogue_action_id("O2-A1")
    for name, rows in ids.items():
        for row in rows:
            key = dict(zip(NATURAL_KEYS[name], row[1:], strict=True))
            assert row[0] == reference_id(name, key), (name, row)


# --- the same on the team server (PostgreSQL) --------------------------------------------------

PG_SKIP = "Geen PostgreSQL-server: zet IGS_TEST_PG_URL=postgresql://… (README, Teamgebruik)"


@pytest.fixture
def server_engine() -> Iterator[Engine]:
    """An engine on a throw-away PostgreSQL database, dropped afterwards (IGS_TEST_PG_URL names
    a role that may create databases; skipped without it, except where the PostgreSQL tests
    are required: CI or IGS_TEST_PG_REQUIRED)."""
    url = os.environ.get("IGS_TEST_PG_URL", "").strip()
    if not url:
        if os.environ.get("IGS_TEST_PG_REQUIRED") or os.environ.get("CI"):
            pytest.fail("IGS_TEST_PG_URL is not set, but the PostgreSQL tests are required")
        pytest.skip(PG_SKIP)
    admin_url = sa.make_url("postgresql+psycopg://" + url.partition("://")[2])
    name = f"igs_t_refids_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine = sa.create_engine(admin_url.set(database=name))
        try:
            yield engine
        finally:
            engine.dispose()
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def _upgrade_server(engine: Engine, target: str) -> None:
    config = migrate.alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()


def _foreign_keys_to(conn: Connection, table: str) -> set[tuple[str, bool]]:
    query = sa.text(
        "SELECT conname, convalidated FROM pg_constraint "
        "WHERE contype = 'f' AND confrelid = CAST(:table AS regclass)"
    )
    return {(str(name), bool(valid)) for name, valid in conn.execute(query, {"table": table})}


def test_revision_0005_on_the_team_server(server_engine: Engine) -> None:
    _upgrade_server(server_engine, "0004")
    with server_engine.connect() as conn:
        keys_before = {
            name: _foreign_keys_to(conn, name) for name in ("catalogue_action", "catalogue_kpi")
        }
    with server_engine.begin() as conn:
        for statement in _sample_statements():
            conn.exec_driver_sql(statement)

    _upgrade_server(server_engine, "0005")

    with server_engine.connect() as conn:
        assert _revision(conn) == "0005"
        check_remapped(conn)
        # The foreign keys are back, checked, with their names.
        for name, keys in keys_before.items():
            assert _foreign_keys_to(conn, name) == keys
        assert len(keys_before["catalogue_action"]) == 5
        assert len(keys_before["catalogue_kpi"]) == 1
    with pytest.raises(sa.exc.IntegrityError), server_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO partnership_action (id, partnership_id, action_id, notes) "
            f"VALUES ('pa-2', '{PARTNERSHIP}', '{OLD_ACTION}', '')"
        )
