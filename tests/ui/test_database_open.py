"""The window makes a database only after asking, and offers a way out of a damaged one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from igs_desktop.paths import AppPaths
from igs_desktop.services import backups
from igs_desktop.services.workbench import Workbench
from igs_desktop.ui import app as app_module
from igs_desktop.ui import messages
from tests.store_builders import add_partnership


def paths_for(db: Path) -> AppPaths:
    return AppPaths(data_dir=db.parent, database=db, log_dir=db.parent / "logs")


def answer(monkeypatch: pytest.MonkeyPatch, *choices: str) -> list[str]:
    """Answer the questions in turn; returns the texts asked."""
    asked: list[str] = []
    queue = list(choices)

    def choose(_parent, _title, text, options, *args) -> str:  # type: ignore[no-untyped-def]
        asked.append(text)
        assert queue[0] in [key for key, _label in options], options
        return queue.pop(0)

    monkeypatch.setattr(messages, "choose", choose)
    return asked


def test_no_database_is_made_without_asking(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nieuw" / "igs.sqlite"
    asked = answer(monkeypatch, "quit")
    assert app_module._ask_for_database(paths_for(missing)) is None
    assert "Er is nog geen database" in asked[0]
    assert not missing.parent.exists()
    answer(monkeypatch, "create")
    assert app_module._ask_for_database(paths_for(missing)) == paths_for(missing)


def test_an_empty_file_is_named_and_another_file_may_be_chosen(  # type: ignore[no-untyped-def]
    tmp_path: Path, db_file: Path, monkeypatch
) -> None:
    empty = tmp_path / "leeg.sqlite"
    empty.touch()
    asked = answer(monkeypatch, "other")
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(db_file))
    chosen = app_module._ask_for_database(paths_for(empty))
    assert "leeg (0 bytes)" in asked[0]
    assert chosen is not None and chosen.database == db_file
    assert empty.stat().st_size == 0


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    size = path.stat().st_size
    with open(path, "r+b") as stream:
        stream.seek((size // 4096 // 2) * 4096)
        stream.write(bytes(4096))


def test_a_damaged_database_can_be_restored_from_its_last_good_backup(  # type: ignore[no-untyped-def]
    db, db_file: Path, monkeypatch, qtbot
) -> None:
    add_partnership(db, "Van voor de back-up", {"34022": 1}, "34022")
    paths = paths_for(db_file)
    made = backups.make_backup(db_file, paths.backup_dir)
    assert made.verified
    add_partnership(db, "Van na de back-up", {"71016": 1}, "71016")
    db.close()
    _damage(db_file)
    asked = answer(monkeypatch, "restore")
    opened, _paths = app_module._open_workbench(paths, interactive=True)
    assert isinstance(opened, Workbench)
    try:
        with sqlite3.connect(db_file) as connection:
            names = {r[0] for r in connection.execute("SELECT name FROM partnership")}
        assert names == {"Van voor de back-up"}
    finally:
        opened.close()
    assert "beschadigd" in asked[0] and "nieuwste goede back-up" in asked[0]


def test_leaving_a_damaged_database_changes_nothing(db, db_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db.close()
    _damage(db_file)
    before = hashlib.sha256(db_file.read_bytes()).hexdigest()
    asked = answer(monkeypatch, "quit")
    code, _paths = app_module._open_workbench(paths_for(db_file), interactive=True)
    assert code == 2
    assert "geen goede back-up" in asked[0]
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == before
