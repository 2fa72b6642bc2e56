"""The Reports page makes a report in the background, previews it and records it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_window(qtbot, db, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    folders = Folders(tmp_path / "bijlagen", tmp_path / "rapporten", tmp_path / "kopieën")
    workbench = Workbench(db, folders)
    workbench.save_profile("Test Ondersteuner", "")
    workbench.create_demo()
    context = AppContext(workbench, 3)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    return window


def make(window: MainWindow, qtbot, kind: str, partnership: str | None = None) -> Path:  # type: ignore[no-untyped-def]
    page = window.reports
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData(kind))
    if partnership:
        form.partnership.setCurrentIndex(form.partnership.findText(partnership))
    before = page.history.rowCount()
    form.make_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == before + 1, timeout=20000)
    assert page.current is not None
    return page.current


def test_a_support_plan_is_made_previewed_and_recorded(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = make(demo_window, qtbot, "plan", "IGS Kortrijk–Lendelede")
    page = demo_window.reports
    assert path.exists() and path.parent.name == "rapporten"
    assert page.document.pageCount() >= 2
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Ondersteuningsplan" in text and "Lendelede" in text
    assert page.history.index(0, 1).data() == "Ondersteuningsplan"
    assert page.save_button.isEnabled() and page.form.make_button.isEnabled()


def test_an_advice_on_lendelede_leaving(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = demo_window.reports.form
    form.kind.setCurrentIndex(form.kind.findData("advice"))
    form.partnership.setCurrentIndex(form.partnership.findText("IGS Kortrijk–Lendelede"))
    index = next(
        i
        for i in range(form.simulation.count())
        if "Lendelede uitstapt" in form.simulation.itemText(i)
    )
    form.simulation.setCurrentIndex(index)
    form.advice.setPlainText("Blijf samenwerken.")
    path = make(demo_window, qtbot, "advice")
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Wat als Lendelede uitstapt?" in text and "Blijf samenwerken." in text
    assert "13.065" in text and "12.610" in text


def test_a_failure_is_explained_and_the_button_comes_back(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, qtbot, answers, tmp_path: Path
) -> None:
    blocker = tmp_path / "bezet"
    blocker.write_text("geen map", encoding="utf-8")
    workbench = demo_window.context.workbench
    workbench.folders = dataclasses.replace(workbench.folders, reports=blocker)  # a file there
    form = demo_window.reports.form
    form.kind.setCurrentIndex(form.kind.findData("portfolio"))
    form.make_button.click()
    qtbot.waitUntil(lambda: bool(answers.shown), timeout=20000)
    assert answers.shown[-1][1] == "Rapport niet gemaakt"
    assert form.make_button.isEnabled()
    assert demo_window.reports.history.rowCount() == 0


def test_only_the_fields_of_the_chosen_report_show(demo_window: MainWindow) -> None:
    form = demo_window.reports.form
    form.kind.setCurrentIndex(form.kind.findData("portfolio"))
    assert not form.form.isRowVisible(form.partnership)
    form.kind.setCurrentIndex(form.kind.findData("follow-up"))
    assert form.form.isRowVisible(form.date_from) and not form.form.isRowVisible(form.question)
