"""The window in English: built with the English catalogue installed (as a start with
Beeld › Taal › English does), every page it builds shows its texts in English, and the choice
of language is stored and read back at the next start."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from igs_desktop.domain.language import Language
from igs_desktop.paths import AppPaths, resource
from igs_desktop.ui import app as app_module
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.i18n import chosen_language, current_language, install_language
from igs_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Answers, wait_for_counts

PAGES = ("portfolio", "notes", "sessions", "governments", "catalogue", "reports")


def catalogue_entries() -> list[tuple[str, str, str]]:
    """(context, Dutch source, English translation) of every text the window marks."""
    entries = []
    root = ET.parse(resource("translations", "igs_desktop_en.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            english = forms[-1] if forms else translation.text or ""
            entries.append(
                (context.findtext("name") or "", message.findtext("source") or "", english)
            )
    return entries


def plain(text: str) -> str:
    """A text as a reader sees it: without its mnemonic's ampersand or a shortcut after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def dutch_only() -> set[str]:
    """The Dutch sources whose English translation is another text ("Portefeuille", not
    "IGS" or "Database: {path}")."""
    return {
        plain(source)
        for _context, source, english in catalogue_entries()
        if plain(source) != plain(english) and plain(source)
    }


def texts_shown(root: QWidget) -> dict[str, str]:
    """Every text ``root`` shows or names, with where it is: labels, buttons, tabs, menus and
    their actions, table headers, fields' hints, combo box items, accessible names, tooltips."""
    found: dict[str, str] = {}

    def add(text: str, where: QWidget | object, what: str) -> None:
        text = plain(text or "")
        if text:
            found.setdefault(text, f"{what} of {type(where).__name__}")

    add(root.windowTitle(), root, "title")
    for widget in [root, *root.findChildren(QWidget)]:
        add(widget.accessibleName(), widget, "accessible name")
        add(widget.toolTip(), widget, "tooltip")
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text(), widget, "text")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget, "title")
        elif isinstance(widget, QLineEdit):
            add(widget.placeholderText(), widget, "placeholder")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), widget, "tab")
                add(widget.tabToolTip(i), widget, "tab tooltip")
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), widget, "item")
        elif isinstance(widget, QMenu):
            add(widget.title(), widget, "menu")
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        add(value, widget, "header")
        for action in widget.actions():
            add(action.text(), action, "action")
            add(action.toolTip(), action, "action tooltip")
    return found


@pytest.fixture
def demo(context: AppContext) -> AppContext:
    context.workbench.create_demo()
    return context


@pytest.fixture
def english() -> Iterator[None]:
    """English installed as a start does it (app's catalogue, Qt's, the locale); Dutch again
    afterwards, so no other test sees English."""
    app = QCoreApplication.instance()
    assert app is not None
    install_language(app, Language.EN)
    yield
    install_language(app, Language.NL)


def build(qtbot, context: AppContext, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    wait_for_counts(qtbot, window.portfolio)
    return window


def show_every_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Build every lazy page by showing its tab, and open one partnership."""
    for index, key in enumerate(PAGES):  # the fixed tabs, in this order
        window.tabs.setCurrentIndex(index)
        assert window.built(key)
    window.tabs.setCurrentIndex(0)
    first = window.portfolio.model.rows()[0]
    page = window.open_partnership(first.id)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()


def test_the_window_shows_portfolio_where_dutch_shows_portefeuille(
    qtbot,  # type: ignore[no-untyped-def]
    demo: AppContext,
    settings: QSettings,
    english: None,
) -> None:
    assert current_language() is Language.EN
    window = build(qtbot, demo, settings)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == [
        "Portfolio",
        "Notes",
        "Knowledge sharing",
        "Local governments",
        "Action catalogue",
        "Reports",
    ]
    menus = [plain(a.text()) for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    headers = window.portfolio.model
    assert [headers.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Applicant",
        "Type",
        "Reference region",
    ]
    assert window.portfolio.summary.text().startswith("6 applicants, project year 3: ")
    assert window.portfolio.deadlines.text().startswith("Project year 3: October 1, 2024 – ")
    # Qt's own buttons follow (qtbase_en), whatever the computer's language
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert plain(box.button(QDialogButtonBox.StandardButton.Cancel).text()) == "Cancel"


def test_the_dutch_window_shows_portefeuille(qtbot, demo: AppContext, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    assert current_language() is Language.NL
    window = build(qtbot, demo, settings)
    assert window.tabs.tabText(0) == "Portefeuille"
    assert [plain(a.text()) for a in window.menuBar().actions()] == [
        "Bestand",
        "Bewerken",
        "Beeld",
        "Help",
    ]
    assert window.portfolio.deadlines.text().startswith("Projectjaar 3: 1 oktober 2024 – ")


def test_no_page_of_the_english_window_shows_dutch(
    qtbot,  # type: ignore[no-untyped-def]
    demo: AppContext,
    settings: QSettings,
    english: None,
) -> None:
    window = build(qtbot, demo, settings)
    show_every_page(qtbot, window)
    shown = texts_shown(window)
    assert len(shown) > 300  # every page's texts, not only the portfolio's
    dutch = dutch_only()
    assert "Portefeuille" in dutch and "Bestand" in dutch
    left = {text: where for text, where in shown.items() if text in dutch}
    assert left == {}


def test_the_walk_finds_dutch_in_a_dutch_window(
    qtbot,  # type: ignore[no-untyped-def]
    demo: AppContext,
    settings: QSettings,
) -> None:
    """The walk above would see an untranslated page: in Dutch it finds the Dutch texts."""
    window = build(qtbot, demo, settings)
    show_every_page(qtbot, window)
    found = set(texts_shown(window)) & dutch_only()
    assert {"Portefeuille", "Bestand", "Aanvrager", "Lokale besturen", "Zoek lokaal bestuur"} <= (
        found
    )


# --- Beeld › Taal ---------------------------------------------------------------------------


def test_the_language_chosen_in_the_view_menu_is_stored_and_read_back(
    qtbot,  # type: ignore[no-untyped-def]
    context: AppContext,
    app_paths: AppPaths,
    answers: Answers,
) -> None:
    settings = app_module.settings_for(app_paths)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    actions = window.language_actions
    assert actions[Language.NL].isChecked() and not actions[Language.EN].isChecked()
    view = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Beeld")
    language_menu = next(a.menu() for a in view.actions() if plain(a.text()) == "Taal")
    assert [a.text() for a in language_menu.actions()] == ["Nederlands", "English"]
    assert language_menu.actions()[0].actionGroup().isExclusive()

    actions[Language.EN].trigger()
    assert actions[Language.EN].isChecked() and not actions[Language.NL].isChecked()
    assert answers.shown == [
        ("info", "Taal", "De taal wordt English bij de volgende start van IGS Desktop.")
    ]
    assert current_language() is Language.NL  # the window keeps its language until then

    # the next start reads it from the same settings file
    assert chosen_language(QSettings(settings.fileName(), QSettings.Format.IniFormat)) is (
        Language.EN
    )
    assert app_module.window_language(app_paths) is Language.EN
    again = MainWindow(context, app_module.settings_for(app_paths))
    qtbot.addWidget(again)
    assert again.language_actions[Language.EN].isChecked()

    actions[Language.NL].trigger()  # back before a restart: it stays Dutch, and says so
    assert answers.shown[-1] == ("info", "Taal", "De taal blijft Nederlands.")
    assert app_module.window_language(app_paths) is Language.NL


def test_an_environment_variable_overrides_the_stored_language(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app_module.LANGUAGE_VARIABLE, "en")
    assert app_module.window_language(app_paths) is Language.EN
    monkeypatch.setenv(app_module.LANGUAGE_VARIABLE, "klingon")  # ignored, with a warning
    assert app_module.window_language(app_paths) is Language.NL


def test_make_application_installs_the_language_and_dutch_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        app_module.make_application(language=Language.EN)
        assert current_language() is Language.EN
        assert QCoreApplication.translate("MainWindow", "Portefeuille") == "Portfolio"
    finally:
        app_module.make_application()
    assert current_language() is Language.NL
    assert QCoreApplication.translate("MainWindow", "Portefeuille") == "Portefeuille"


def test_the_english_catalogue_is_found_where_the_app_looks(tmp_path: Path) -> None:
    assert resource("translations", "igs_desktop_en.qm").is_file()
