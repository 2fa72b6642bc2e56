"""Help: F1 and Help › Handleiding open the guide, Help › Regels lists every rule with its
source, and F1 on a chosen finding shows that finding's rule."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from igs_desktop.domain import RULES
from igs_desktop.paths import resource
from igs_desktop.ui.help_window import HelpWindow
from igs_desktop.ui.main_window import MainWindow
from tests.store_builders import add_partnership

KORTRIJK, LENDELEDE = "34022", "34025"


def the_help(window: MainWindow) -> HelpWindow:
    [found] = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    return found


def test_the_guide_and_its_pictures_are_found_in_the_checkout() -> None:
    guide = resource("help", "handleiding.html")
    text = guide.read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', text)
    assert len(pictures) >= 7
    for picture in pictures:
        assert (guide.parent / picture).is_file(), picture


def test_f1_opens_the_guide(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.portfolio.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = the_help(window)
    assert not shown.isModal()
    assert shown.tabs.currentWidget() is shown.guide
    text = shown.guide.toPlainText()
    assert "Handleiding IGS Desktop" in text
    for task in (
        "nieuw samenwerkingsverband",
        "ontbrekend cijfer",
        "Wat als",
        "ondersteuningsplan",
        "veldnotitie",
        "opvolgingsrapport",
        "Back-ups en terugzetten",
    ):
        assert task in text, task
    # The pictures load (an image that is not found shows as an empty box).
    document = shown.guide.document()
    for name in re.findall(r'src="([^"]+)"', document.toHtml()):
        image = document.resource(
            document.ResourceType.ImageResource.value, shown.guide.source().resolved(name)
        )
        assert image is not None and not image.isNull(), name
    # Again: the same window, not a second one.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(window.findChildren(HelpWindow)) == 1


def test_help_menu_has_the_guide_and_the_rules(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()]
    help_menu = window.menuBar().actions()[texts.index("&Help")].menu()
    labels = [a.text().split("\t")[0] for a in help_menu.actions() if not a.isSeparator()]
    assert labels[:2] == ["&Handleiding", "&Regels"]
    window.guide_action.trigger()
    assert the_help(window).tabs.currentWidget() is the_help(window).guide


def test_help_regels_lists_every_rule_with_its_source(window: MainWindow) -> None:
    window.rules_action.trigger()
    shown = the_help(window)
    assert shown.tabs.currentWidget() is shown.rules
    text = shown.rules.toPlainText()
    assert len(RULES) == 15
    for code, rule in RULES.items():
        assert code in text
        assert " ".join(rule.description_nl.split()) in " ".join(text.split())
        assert " ".join(rule.description_en.split()) in " ".join(text.split())
    assert text.count("Bron") == 15
    assert "mogen maar toetreden tot 1 samenwerkingsverband" in text  # the agency's words


def test_f1_on_a_chosen_finding_shows_its_rule(window: MainWindow, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    pid = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, None, kpi="")
    page = window.open_partnership(pid)
    findings = page.findings.list
    codes = [findings.item(i).text().split("· ")[1].split("\n")[0] for i in range(findings.count())]
    assert "SUBMITTER_MISSING" in codes and "KPI_MISSING" in codes
    findings.setFocus()
    findings.setCurrentRow(codes.index("KPI_MISSING"))  # chosen with the keyboard: no jump
    assert QApplication.focusWidget() is findings
    qtbot.keyClick(findings, Qt.Key.Key_F1)
    shown = the_help(window)
    assert shown.tabs.currentWidget() is shown.rules
    assert shown.chosen == "KPI_MISSING"
    assert shown.rules.verticalScrollBar().value() > 0  # scrolled to the rule
    # The menu's Handleiding is the guide, whatever has the focus.
    findings.setFocus()
    window.guide_action.trigger()
    assert shown.tabs.currentWidget() is shown.guide
    # F1 where no finding is chosen: the guide.
    window.portfolio.setFocus()
    window.tabs.setCurrentWidget(window.portfolio)
    window.context_help_action.trigger()
    assert shown.tabs.currentWidget() is shown.guide
