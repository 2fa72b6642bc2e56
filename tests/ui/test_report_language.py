"""The report form's "Taal van het rapport": Dutch by default, English on request."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from igs_desktop.domain.language import Language
from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.report_form import ReportForm


def test_the_language_field_has_a_label_buddy_and_defaults_to_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ReportForm([1, 2, 3], 3)
    qtbot.addWidget(form)
    label = form.form.labelForField(form.language)
    assert isinstance(label, QLabel)
    assert label.text() == "Taa&l van het rapport:" and label.buddy() is form.language
    assert form.language.accessibleName() == "Taal van het rapport"
    assert [form.language.itemText(i) for i in range(form.language.count())] == [
        "Nederlands",
        "English",
    ]
    form.kind.setCurrentIndex(form.kind.findData("portfolio"))
    assert form.request().language is Language.NL
    form.language.setCurrentIndex(form.language.findData(Language.EN))
    assert form.request().language is Language.EN


def test_an_english_support_plan_from_the_reports_page(qtbot, db, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folders = Folders(tmp_path / "bijlagen", tmp_path / "rapporten", tmp_path / "kopieën")
    workbench = Workbench(db, folders)
    workbench.save_profile("Test Ondersteuner", "")
    workbench.create_demo()
    window = MainWindow(AppContext(workbench, 3), settings)
    qtbot.addWidget(window)
    page = window.reports
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("plan"))
    form.partnership.setCurrentIndex(form.partnership.findText("IGS Kortrijk–Lendelede"))
    form.language.setCurrentIndex(form.language.findData(Language.EN))
    before = page.history.rowCount()
    form.make_button.click()
    qtbot.waitUntil(lambda: page.history.rowCount() == before + 1, timeout=20000)
    assert page.current is not None
    text = "".join(p.extract_text() for p in PdfReader(page.current).pages)
    assert "Support plan" in text and "Page 1 of" in text and "Ondersteuningsplan" not in text
