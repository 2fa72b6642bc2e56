"""Help: the user guide (Handleiding) and the rules with their sources (Regels), in one window.

The window is not modal: it stays open beside the main window while the user works. The guide
is HTML shipped in ``resources/help/`` (with its screenshots in ``img/``); the rules page is
made here from ``domain.findings.RULES`` and ``RULE_SOURCES``, so it cannot drift from the
checks. F1 shows the guide, or, when the focused widget offers a ``help_topic()`` (the findings
panel of a partnership: the code of the chosen finding), that rule.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from .. import APP_NAME
from ..domain.findings import RULE_SOURCES, RULES, Severity
from ..paths import resource
from . import colors
from .i18n import Language, current_language, translate
from .widgets import resize_within_screen

GUIDE = ("help", "handleiding.html")

_SEVERITY_COLOURS = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING"}
_CHOSEN_BACKGROUND = {False: "#fff3bf", True: "#4d3f00"}  # on the light, the dark palette
_REMARK = {False: "#555555", True: "#b0b0b0"}  # grey, with 7:1 contrast on either


def guide_path() -> QUrl:
    return QUrl.fromLocalFile(str(resource(*GUIDE)))


def rules_html(chosen: str | None = None) -> str:
    """Every rule: code, severity, its one-liner in the window's language and (in italics) in
    the other one, and the agency's sentence with its page; the ``chosen`` rule on a coloured
    background."""
    lang = current_language()
    other = Language.NL if lang is Language.EN else Language.EN
    dark = colors.is_dark()
    remark = _REMARK[dark]
    parts = [
        translate("HelpWindow", "<h1>Regels van Plan Samenleven</h1>"),
        translate(
            "HelpWindow",
            "<p>IGS Desktop controleert elke aanvrager per projectjaar op deze regels. Elke "
            "regel heeft een vaste code: de bevindingen, de tests en de rapporten gebruiken "
            "dezelfde code. Een <b>fout</b> blokkeert de aanvraag; een <b>waarschuwing</b> vraagt "
            "u om te kijken. Onder elke regel staat de zin van het agentschap waar ze vandaan "
            "komt.</p>",
        ),
    ]
    for code, rule in RULES.items():
        source = RULE_SOURCES.get(code)
        background = f' bgcolor="{_CHOSEN_BACKGROUND[dark]}"' if code == chosen else ""
        colour = colors.status(_SEVERITY_COLOURS[rule.severity]).name()
        rows = [
            f'<a name="{code}"></a><b><tt>{code}</tt></b> · '
            f'<span style="color:{colour}">{rule.severity.label(lang)}</span>',
            html.escape(rule.description(lang)),
            f'<i lang="{other.value}">{html.escape(rule.description(other))}</i>',
        ]
        if source is not None:
            rows.append(_source_html(source.quote, source.page, source.url, source.remark, remark))
        cells = "".join(f"<tr><td>{row}</td></tr>" for row in rows)
        parts.append(
            f'<table width="100%" cellpadding="4" cellspacing="0"{background}>{cells}</table><hr>'
        )
    return "\n".join(parts)


def _source_html(quote: str, page: str, url: str, remark: str, colour: str) -> str:
    where = (
        f'<a href="{html.escape(url, quote=True)}">{html.escape(page)}</a>'
        if url
        else html.escape(page)
    )
    lines = []
    lines.append(
        translate("HelpWindow", "Bron: “{quote}” ({page})").format(
            quote=html.escape(quote), page=where
        )
        if quote
        else translate("HelpWindow", "Bron: {page}").format(page=where)
    )
    if remark:
        lines.append(html.escape(remark))
    return f'<span style="color:{colour}">' + "<br>".join(lines) + "</span>"


class HelpWindow(QWidget):
    """``show_guide()`` and ``show_rule(code)``; one per main window (``help_window``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, not modal
        self.setWindowTitle(self.tr("Help — {app}").format(app=APP_NAME))
        self.guide = QTextBrowser()
        self.guide.setAccessibleName(self.tr("Handleiding"))
        self.guide.setOpenExternalLinks(True)
        self.guide.setSource(guide_path())
        self.rules = QTextBrowser()
        self.rules.setAccessibleName(self.tr("Regels"))
        self.rules.setOpenExternalLinks(True)
        self.chosen: str | None = None
        self.rules.setHtml(rules_html())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("&Handleiding"))
        self.tabs.addTab(self.rules, self.tr("&Regels"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self).activated.connect(self.close)
        QShortcut(QKeySequence("Escape"), self).activated.connect(self.close)
        resize_within_screen(self, 940, 760)

    def show_guide(self) -> None:
        self.tabs.setCurrentWidget(self.guide)
        self._bring_up()

    def show_rule(self, code: str | None = None) -> None:
        """The rules, scrolled to ``code`` and marked (all of them without a code)."""
        if code != self.chosen:
            self.chosen = code
            self.rules.setHtml(rules_html(code))
        self.tabs.setCurrentWidget(self.rules)
        self._bring_up()
        if code:
            self.rules.scrollToAnchor(code)
        else:
            self.rules.verticalScrollBar().setValue(0)

    def _bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()


def help_window(owner: QWidget) -> HelpWindow:
    """The help window of ``owner``'s window, made the first time it is asked for."""
    top = owner.window()
    found = top.findChild(HelpWindow)
    return found if found is not None else HelpWindow(top)


def focused_topic() -> str | None:
    """The rule code the focused widget or one around it offers through ``help_topic()``."""
    widget = QApplication.focusWidget()
    while widget is not None:
        offer = getattr(widget, "help_topic", None)
        if callable(offer):
            topic = offer()
            if isinstance(topic, str) and topic in RULES:
                return topic
        widget = widget.parentWidget()
    return None


def show_help(owner: QWidget) -> HelpWindow:
    """F1: the rule of what has the focus (a chosen finding), otherwise the guide."""
    window = help_window(owner)
    topic = focused_topic()
    if topic is not None:
        window.show_rule(topic)
    else:
        window.show_guide()
    return window


def show_guide(owner: QWidget) -> HelpWindow:
    """Help › Handleiding: the guide, whatever has the focus."""
    window = help_window(owner)
    window.show_guide()
    return window


def show_rules(owner: QWidget, code: str | None = None) -> HelpWindow:
    window = help_window(owner)
    window.show_rule(code)
    return window
