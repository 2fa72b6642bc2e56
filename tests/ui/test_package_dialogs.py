"""Bestand › Overdrachtspakket exporteren… and importeren…: the preview dialog lists what is
new, updated and in conflict, imports with the choices made, and the window can undo it."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from igs_desktop.services.handover import ConflictChoice, export_package
from igs_desktop.services.workbench import Workbench
from igs_desktop.store.tables import metadata
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.package_dialogs import PackageExportDialog, PackageImportDialog
from tests.services.handover_tools import second_workbench
from tests.ui.conftest import Answers


def names(workbench: Workbench) -> list[str]:
    table = metadata.tables["partnership"]
    with workbench.db.engine.connect() as conn:
        return sorted(conn.execute(sa.select(table.c.name)).scalars())


def partnership_id(workbench: Workbench, name: str) -> str:
    table = metadata.tables["partnership"]
    with workbench.db.engine.connect() as conn:
        return str(conn.execute(sa.select(table.c.id).where(table.c.name == name)).scalar_one())


@pytest.fixture
def colleague(migrated_template: Path, tmp_path: Path) -> Iterator[Workbench]:
    """The colleague's database with the demo portfolio."""
    with second_workbench(migrated_template, tmp_path / "collega") as workbench:
        workbench.save_profile("Collega", "collega@example.org")
        workbench.create_demo()
        yield workbench


def wait_checked(qtbot: QtBot, dialog: PackageImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.problem), timeout=20000)


def test_the_menu_has_both_actions(window: MainWindow) -> None:
    bestand = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Bestand"
    )
    texts = [a.text().replace("&", "") for a in bestand.actions()]
    assert "Overdrachtspakket exporteren…" in texts
    assert "Overdrachtspakket importeren…" in texts


def test_import_with_a_conflict_choice(
    qtbot: QtBot,
    context: AppContext,
    colleague: Workbench,
    tmp_path: Path,
    answers: Answers,
) -> None:
    first = export_package(colleague, tmp_path / "eerste.igs").path
    dialog = PackageImportDialog(context, first)
    qtbot.addWidget(dialog)
    wait_checked(qtbot, dialog)
    assert dialog.preview is not None and dialog.import_button.isEnabled()
    assert not dialog.choices and dialog.all_choice.isHidden()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=20000)
    assert len(names(context.workbench)) == 6
    assert context.undo_stack.count() == 1
    assert answers.shown[-1][1] == "Overdrachtspakket geïmporteerd"

    # Both sides change Genk and Eeklo–Zelzate; the colleague's package comes again.
    mine = context.workbench
    genk, eeklo = partnership_id(mine, "Genk"), partnership_id(mine, "IGS Eeklo–Zelzate")
    colleague.portfolio.update_partnership(genk, name="Stad Genk")
    colleague.portfolio.update_partnership(eeklo, name="IGS Meetjesland")
    mine.portfolio.update_partnership(genk, kpi="Mijn KPI voor Genk")
    mine.portfolio.update_partnership(eeklo, kpi="Mijn KPI voor Eeklo")
    second = export_package(colleague, tmp_path / "tweede.igs").path
    dialog = PackageImportDialog(context, second)
    qtbot.addWidget(dialog)
    wait_checked(qtbot, dialog)
    assert set(dialog.choices) == {f"partnership:{genk}", f"partnership:{eeklo}"}
    assert not dialog.all_choice.isHidden()
    conflicts = dialog.tree.topLevelItem(0)
    assert conflicts.text(0).startswith("Conflicten") and conflicts.childCount() == 2
    assert conflicts.isExpanded()
    dialog.all_choice.setCurrentIndex(dialog.all_choice.findData(ConflictChoice.BOTH))
    assert set(dialog.chosen().values()) == {ConflictChoice.BOTH}
    dialog.set_choice(f"partnership:{genk}", ConflictChoice.THEIRS)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=20000)
    assert "Stad Genk" in names(mine) and "Genk" not in names(mine)  # theirs taken
    assert "IGS Eeklo–Zelzate" in names(mine) and "IGS Meetjesland" in names(mine)  # both
    assert context.undo_stack.count() == 2
    context.undo_stack.undo()
    assert "Genk" in names(mine) and "IGS Meetjesland" not in names(mine)
    assert len(names(mine)) == 6


def test_a_refused_package_says_why_and_cannot_be_imported(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "kapot.igs"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../buiten.txt", "x")
    dialog = PackageImportDialog(context, bad)
    qtbot.addWidget(dialog)
    wait_checked(qtbot, dialog)
    assert "pad met '..'" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert names(context.workbench) == []


def test_export_of_chosen_partnerships(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    answers: Answers,
) -> None:
    context.workbench.create_demo()
    dialog = PackageExportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None and not dialog.list.isEnabled()
    dialog.some_button.setChecked(True)
    assert dialog.list.isEnabled() and not dialog.export_button.isEnabled()
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.export_button.isEnabled() and len(dialog.chosen() or []) == 1
    target = tmp_path / "een.igs"
    dialog.start(target)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    assert dialog.summary is not None and dialog.summary.counts["samenwerkingsverbanden"] == 1
    assert zipfile.is_zipfile(target)
    assert answers.shown[-1][1] == "Overdrachtspakket geschreven"
