"""Accessibility of the dialogs, the catalogue and reports pages, the help window and the shared
widgets: every input has a label or an accessible name, Tab leaves every table and list, the
status colours keep their contrast on a light and a dark palette, and the texts that come from
the domain follow the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from igs_desktop.services import backups, reference
from igs_desktop.services.figure_import import read_figure_file
from igs_desktop.services.handover import export_package
from igs_desktop.ui import colors
from igs_desktop.ui.about import AboutDialog
from igs_desktop.ui.backups_dialog import BackupsDialog
from igs_desktop.ui.catalogue_page import ActionDialog, CataloguePage
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.figure_import_dialog import FigureImportDialog
from igs_desktop.ui.figures_dialog import FigureEntryDialog, FiguresDialog
from igs_desktop.ui.government_picker import GovernmentPicker
from igs_desktop.ui.help_window import HelpWindow, rules_html
from igs_desktop.ui.new_partnership_dialog import NewPartnershipDialog
from igs_desktop.ui.package_dialogs import PackageExportDialog, PackageImportDialog
from igs_desktop.ui.project_years_dialog import ProjectYearsDialog, YearFormDialog
from igs_desktop.ui.reports_page import ReportsPage
from igs_desktop.ui.table_model import ROW_ROLE
from igs_desktop.ui.welcome_dialog import WelcomeDialog
from igs_desktop.ui.whatif_dialog import WhatIfDialog
from tests.services.handover_tools import second_workbench
from tests.store_builders import add_figures, add_partnership
from tests.ui.accessibility_tools import non_literal_translations, unnamed_inputs
from tests.ui.test_package_dialogs import partnership_id

KORTRIJK, LENDELEDE, KUURNE = "34022", "34025", "34023"
UI = Path(__file__).parents[2] / "src" / "igs_desktop" / "ui"
AREA = [
    "about.py",
    "backups_dialog.py",
    "calendar_export_action.py",
    "catalogue_page.py",
    "colors.py",
    "doctor_action.py",
    "figure_import_dialog.py",
    "figures_dialog.py",
    "government_picker.py",
    "help_window.py",
    "messages.py",
    "new_partnership_dialog.py",
    "package_dialogs.py",
    "printing.py",
    "project_years_dialog.py",
    "report_form.py",
    "reports_page.py",
    "table_menu.py",
    "table_view.py",
    "welcome_dialog.py",
    "whatif_dialog.py",
    "widgets.py",
]

# Views Qt builds inside its own widgets (a combo box's list, a date edit's calendar) belong to
# the widget around them, which the keyboard leaves with Tab.
_QT_OWNED = (QComboBox, QAbstractSpinBox, QCalendarWidget)


def _own_views(root: QWidget) -> list[QAbstractItemView]:
    views = [root] if isinstance(root, QAbstractItemView) else []
    views += root.findChildren(QAbstractItemView)

    def qt_owned(view: QWidget) -> bool:
        parent = view.parentWidget()
        while parent is not None:
            if isinstance(parent, _QT_OWNED):
                return True
            parent = parent.parentWidget()
        return False

    return [v for v in views if not qt_owned(v)]


def assert_accessible(widget: QWidget) -> None:
    assert unnamed_inputs(widget) == []
    views = _own_views(widget)
    trapping = [f"{type(v).__name__} {v.accessibleName()!r}" for v in views if v.tabKeyNavigation()]
    assert trapping == []


@pytest.fixture
def kortrijk_lendelede(db) -> str:  # type: ignore[no-untyped-def]
    add_figures(db, 3, {KORTRIJK: 9000, LENDELEDE: 600, KUURNE: 1200})
    return add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)


@pytest.fixture
def english() -> Iterator[None]:
    """The window's language is English while the test runs (no catalogue is loaded: the texts
    of the domain follow the language by themselves)."""
    app = QCoreApplication.instance()
    assert app is not None
    app.setProperty("igs_language", "en")
    try:
        yield
    finally:
        app.setProperty("igs_language", "nl")


def test_the_small_dialogs(qtbot: QtBot, context: AppContext, db) -> None:  # type: ignore[no-untyped-def]
    kortrijk = next(g for g in reference.governments(db) if g.nis_code == KORTRIJK)
    dialogs: list[QWidget] = [
        AboutDialog(str(db.path)),
        NewPartnershipDialog([1, 2, 3], 3),
        WelcomeDialog(context.workbench),
        FiguresDialog(context, kortrijk),
        FigureEntryDialog(context, KORTRIJK, "Kortrijk", 3),
        YearFormDialog([]),
        HelpWindow(),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_accessible(dialog)


def test_the_catalogue_page_and_its_edit_dialog(qtbot: QtBot, context: AppContext) -> None:
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() > 0
    assert_accessible(page)
    dialog = ActionDialog(page.model.index(0, 0).data(ROW_ROLE))
    qtbot.addWidget(dialog)
    assert_accessible(dialog)


def test_the_reports_page_with_every_field_of_the_form(
    qtbot: QtBot, context: AppContext, kortrijk_lendelede: str
) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.form.partnership.count() > 0
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("advice"))
    form.simulation.setCurrentIndex(form.simulation.count() - 1)  # a joining government
    assert not form.join_nis.isHidden() and not form.advice.isHidden()
    assert_accessible(page)


def test_the_backups_and_project_years_dialogs(qtbot: QtBot, context: AppContext) -> None:
    context.workbench.backup(backups.MANUAL)
    for dialog in (BackupsDialog(context), ProjectYearsDialog(context)):
        qtbot.addWidget(dialog)
        assert dialog.findChildren(QAbstractItemView)
        assert_accessible(dialog)


def test_the_government_picker(qtbot: QtBot, db) -> None:  # type: ignore[no-untyped-def]
    governments = reference.governments(db)
    region = next(g.region_code for g in governments if g.nis_code == KORTRIJK)
    picker = GovernmentPicker(governments, region, {LENDELEDE: "IGS Kortrijk–Lendelede"})
    qtbot.addWidget(picker)
    assert_accessible(picker)
    picker.search.setText("gent")  # nothing in the region: the explanation and its button
    assert picker.stack.currentWidget() is picker.empty
    assert_accessible(picker)


def test_both_what_if_dialogs(qtbot: QtBot, context: AppContext, kortrijk_lendelede: str) -> None:
    for kind, nis in (("leave", LENDELEDE), ("join", KUURNE)):
        dialog = WhatIfDialog(context, kortrijk_lendelede, kind, nis)
        qtbot.addWidget(dialog)
        assert dialog.findings.count() > 0
        assert_accessible(dialog)


def test_the_figure_import_dialog(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "tabel.csv"
    path.write_text("NIS;Gemeente;Aantal niet-EU14\n34022;Kortrijk;12.610\n99999;X;1\n", "utf-8")
    dialog = FigureImportDialog(context, read_figure_file(path))
    qtbot.addWidget(dialog)
    assert not dialog.problems.isHidden()  # the unknown NIS code
    assert_accessible(dialog)


def test_the_package_dialogs_with_a_conflict(
    qtbot: QtBot, context: AppContext, migrated_template: Path, tmp_path: Path
) -> None:
    export = PackageExportDialog(context)
    qtbot.addWidget(export)
    assert_accessible(export)

    def wait(dialog: PackageImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.problem), timeout=20000)

    with second_workbench(migrated_template, tmp_path / "collega") as colleague:
        colleague.save_profile("Collega", "")
        colleague.create_demo()
        first = PackageImportDialog(context, export_package(colleague, tmp_path / "a.igs").path)
        qtbot.addWidget(first)
        wait(first)
        first.import_button.click()
        qtbot.waitUntil(lambda: first.import_result is not None, timeout=20000)
        genk = partnership_id(colleague, "Genk")
        colleague.portfolio.update_partnership(genk, name="Stad Genk")
        context.workbench.portfolio.update_partnership(genk, kpi="Mijn KPI")
        second = PackageImportDialog(context, export_package(colleague, tmp_path / "b.igs").path)
        qtbot.addWidget(second)
        wait(second)
    assert second.choices  # a choice per conflict, in the tree
    assert_accessible(second)


def test_status_colours_keep_their_contrast_on_light_and_dark_palettes() -> None:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def contrast(a: QColor, b: QColor) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    light, dark = QPalette(QColor("#efefef")), QPalette(QColor("#353535"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2a2a2a"))
    assert not colors.is_dark(light) and colors.is_dark(dark)
    for palette in (light, dark):
        for name in ("ERROR", "WARNING", "OK"):
            colour = colors.status(name, palette)
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                assert contrast(colour, palette.color(role)) >= 4.5, (name, palette.color(role))
    assert colors.status("ERROR", light) != colors.status("ERROR", dark)
    assert contrast(colors.DEMO_BANNER, QColor("white")) >= 4.5
    assert colors.status("ERROR") == colors.ERROR  # the application's own palette


def test_the_what_if_dialog_and_the_rules_speak_the_windows_language(
    qtbot: QtBot, context: AppContext, kortrijk_lendelede: str, english: None
) -> None:
    dialog = WhatIfDialog(context, kortrijk_lendelede, "leave", KORTRIJK)
    qtbot.addWidget(dialog)
    findings = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any(f.startswith("Error · BELOW_THRESHOLD: ") for f in findings), findings
    assert dialog.outcome is not None and dialog.outcome.explanation_en
    english_lines = "\n".join(f"• {line}" for line in dialog.outcome.explanation_en)
    assert dialog.explanation.text() == english_lines
    html = rules_html()
    assert "All active members lie in the same reference region." in html
    assert html.index("All active members") < html.index("Alle actieve leden")


def test_every_translated_text_is_a_literal_lupdate_can_find() -> None:
    """pyside6-lupdate reads the calls, not the running program: the context of ``translate``
    and every argument of ``tr`` and ``QT_TRANSLATE_NOOP`` must be written out."""
    assert non_literal_translations(UI / name for name in AREA) == []


def _tab_sequence(root: QWidget, among: list[QWidget]) -> list[QWidget]:
    """The order in which Tab reaches the widgets of ``among``."""
    seen: list[QWidget] = []
    current = root.nextInFocusChain()
    while current is not root and len(seen) < len(among):
        if current in among and current not in seen:
            seen.append(current)
        current = current.nextInFocusChain()
    return seen


def test_tab_follows_the_buttons_as_they_are_shown(
    qtbot: QtBot, context: AppContext, kortrijk_lendelede: str
) -> None:
    what_if = WhatIfDialog(context, kortrijk_lendelede, "leave", LENDELEDE)
    export = PackageExportDialog(context)
    for dialog, box in ((what_if, what_if.close_button.parentWidget()), (export, export.buttons)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        buttons = [b for b in box.findChildren(QPushButton) if b.isVisible()]
        assert len(buttons) == 2
        shown = sorted(buttons, key=lambda b: b.mapTo(dialog, QPoint(0, 0)).x())
        assert _tab_sequence(dialog, buttons) == shown
