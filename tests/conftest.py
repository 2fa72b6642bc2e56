"""Shared test set-up: Qt offscreen, an isolated data folder, one migrated database per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from igs_desktop.paths import AppPaths, resolve_paths
from igs_desktop.services.startup import start
from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.store.database import Database, open_database

FIXTURES = Path(__file__).parent / "fixtures"

# The same examples on every run (CI included), so a red build means a change, not luck;
# HYPOTHESIS_PROFILE=explore searches with fresh random examples.
settings.register_profile("reproducible", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "reproducible"))


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the real user's files."""
    home = tmp_path / "home"
    monkeypatch.setenv("IGS_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def app_paths(isolated_home: Path) -> AppPaths:
    return resolve_paths()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database at head with the reference data, built once and copied by each test."""
    folder = tmp_path_factory.mktemp("template")
    paths = AppPaths(data_dir=folder, database=folder / "template.sqlite", log_dir=folder / "logs")
    startup = start(paths)
    with startup.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    startup.db.close()
    return paths.database


@pytest.fixture
def db_file(migrated_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "igs.sqlite"
    shutil.copyfile(migrated_template, target)
    return target


@pytest.fixture
def db(db_file: Path) -> Iterator[Database]:
    database, _report = open_database(db_file)
    yield database
    database.close()


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    return Folders(tmp_path / "attachments", tmp_path / "reports", tmp_path / "backups")


@pytest.fixture
def workbench(db: Database, folders: Folders) -> Workbench:
    """The front door on the test database (no profile yet: the actor is "onbekend")."""
    return Workbench(db, folders)
