"""Bestand › Back-ups…: the list, a backup now, a restore that reopens the window (issue 11)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from igs_desktop import formatting
from igs_desktop.paths import AppPaths
from igs_desktop.services import backups
from igs_desktop.ui import backups_dialog
from igs_desktop.ui.app import lock_database
from igs_desktop.ui.backups_dialog import BackupsDialog, DailyBackup
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow


def names(database: Path) -> set[str]:
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT name FROM partnership").fetchall()
    connection.close()
    return {row[0] for row in rows}


def cells(dialog: BackupsDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_menu_has_back_ups_under_bestand(window: MainWindow) -> None:
    bestand = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Bestand"
    )
    texts = [a.text().replace("&", "") for a in bestand.actions()]
    assert "Back-ups…" in texts
    assert window.findChild(DailyBackup) is not None


def test_the_dialog_lists_the_backups_and_makes_one_now(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()

    dialog.make_button.click()

    made = context.workbench.backups()
    assert len(made) == 1 and made[0].verified and made[0].reason == backups.MANUAL
    assert dialog.model.rowCount() == 1 and dialog.empty.isHidden()
    row = cells(dialog)[0]
    assert row[2] == "handmatig" and row[3] == "gecontroleerd"
    assert row[0].startswith(formatting.short_date(made[0].created.date()))
    assert "gecontroleerd" in dialog.status.text()
    assert dialog.restore_button.isEnabled()
    assert str(made[0].path.parent) in dialog.folder.text()

    context.workbench.backup(backups.BEFORE_IMPORT)
    dialog.refresh()
    assert [r[2] for r in cells(dialog)] == [
        "voor een import van bevolkingscijfers",
        "handmatig",
    ]


def test_restore_from_the_dialog_brings_the_data_back_and_reopens_the_window(
    window: MainWindow,
    context: AppContext,
    settings: QSettings,
    answers,
    qtbot,
    monkeypatch,
    request,
) -> None:  # type: ignore[no-untyped-def]
    workbench = context.workbench
    context.execute(lambda: context.portfolio.create_partnership("IGS Voor", 3))
    made = workbench.backup(backups.MANUAL)
    context.execute(lambda: context.portfolio.create_partnership("IGS Na", 3))
    assert context.undo_stack.count() == 2
    assert names(workbench.db.path) == {"IGS Voor", "IGS Na"}

    def exec_and_restore(dialog: BackupsDialog) -> int:
        dialog.select_path(made.path)
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", exec_and_restore)
    replacement = backups_dialog.show_backups(window, context, settings, MainWindow)

    kind, title, text = answers.shown[0]
    assert kind == "confirm" and title == "Back-up terugzetten"
    assert formatting.datetime(made.created) in text  # the confirmation names the date
    assert names(workbench.db.path) == {"IGS Voor"}
    before = [r for r in workbench.backups() if r.reason == backups.BEFORE_RESTORE]
    assert len(before) == 1 and names(before[0].path) == {"IGS Voor", "IGS Na"}

    assert isinstance(replacement, MainWindow) and replacement is not window
    qtbot.addWidget(replacement)
    # the old window is deleted once closed: pytest-qt must not close it again
    request.node.qt_widgets = [(w, f) for w, f in request.node.qt_widgets if w() is not window]
    assert replacement.isVisible() and not window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # closed and deleted
    assert replacement.context.undo_stack.count() == 0  # no undo into the other state
    assert replacement.context.db is workbench.db
    shown = {r.name for r in replacement.portfolio.model.rows()}
    assert shown == {"IGS Voor"}
    assert answers.shown[-1][1] == "Back-up teruggezet"
    assert formatting.datetime(made.created) in answers.shown[-1][2]
    # the new window works on the restored file
    replacement.context.execute(
        lambda: replacement.context.portfolio.create_partnership("IGS Daarna", 3)
    )
    assert names(workbench.db.path) == {"IGS Voor", "IGS Daarna"}


def test_a_damaged_backup_is_refused_in_the_dialog_and_nothing_changes(
    window: MainWindow, context: AppContext, answers, qtbot
) -> None:  # type: ignore[no-untyped-def]
    workbench = context.workbench
    made = workbench.backup(backups.MANUAL)
    context.execute(lambda: context.portfolio.create_partnership("IGS Blijft", 3))
    data = bytearray(made.path.read_bytes())
    data[3 * 4096 : 8 * 4096] = bytes(5 * 4096)
    made.path.write_bytes(bytes(data))
    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.select_path(made.path)
    dialog.restore_button.click()
    assert dialog.report is None and not dialog.failed
    kind, _title, text = answers.shown[-1]
    assert kind == "warn" and "beschadigd" in text and "niet gewijzigd" in text
    assert names(workbench.db.path) == {"IGS Blijft"}
    assert [r.reason for r in workbench.backups()] == [backups.MANUAL]
    assert window.isVisible()


def test_no_restore_without_confirmation(context: AppContext, answers, qtbot) -> None:  # type: ignore[no-untyped-def]
    made = context.workbench.backup(backups.MANUAL)
    context.execute(lambda: context.portfolio.create_partnership("IGS Blijft", 3))
    answers.confirm_answer = False
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.select_path(made.path)
    dialog.restore_button.click()
    assert dialog.report is None
    assert names(context.workbench.db.path) == {"IGS Blijft"}


def test_a_daily_backup_while_the_window_stays_open(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    workbench = context.workbench
    from igs_desktop.services.backups import make_backup

    yesterday = dt.datetime.now() - dt.timedelta(hours=25)
    old = make_backup(workbench.db.path, workbench.folders.backups)
    old.path.with_suffix(".json").unlink()  # the name then tells its moment
    dated = old.path.with_name(
        old.path.name.replace(
            old.created.strftime("%Y%m%d-%H%M%S-%f"), yesterday.strftime("%Y%m%d-%H%M%S-%f")
        )
    )
    old.path.rename(dated)
    daily = DailyBackup(workbench, context)
    daily.check()
    qtbot.waitUntil(lambda: not daily.busy, timeout=10_000)
    assert daily.last is not None and daily.last.reason == backups.DAILY and daily.last.verified
    daily.check()
    qtbot.waitUntil(lambda: not daily.busy, timeout=10_000)
    assert [r.reason for r in workbench.backups()].count(backups.DAILY) == 1


def test_the_window_lock_and_the_command_line_lock_exclude_each_other(
    db_file: Path, tmp_path: Path, qapp: QApplication
) -> None:
    paths = AppPaths(data_dir=tmp_path, database=db_file, log_dir=tmp_path / "logs")
    with backups.exclusive_use(db_file):
        assert lock_database(paths) is None  # a window started now refuses
    lock = lock_database(paths)
    assert lock is not None
    try:
        with pytest.raises(backups.DatabaseInUseError), backups.exclusive_use(db_file):
            pass
    finally:
        lock.unlock()
