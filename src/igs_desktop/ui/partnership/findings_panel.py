"""The findings of the rule checks, one line each, updated as the user edits.

Activating a finding asks the page to jump to the field or row concerned; where the page can
put it right in place (a missing figure), it asks for what is missing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain import RULES, Finding, Severity
from .. import colors
from ..i18n import QT_TRANSLATE_NOOP, current_language, translate

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10

# What a click on a finding does, where it does more than show the field concerned.
FINDING_HINTS: dict[str, str] = {
    "FIGURE_MISSING": str(
        QT_TRANSLATE_NOOP("FindingsPanel", "Klik om het ontbrekende cijfer in te voeren.")
    ),
}


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a narrow panel (or a large font) wraps, not widens
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bevindingen van de regelcontrole"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def show_findings(self, findings: tuple[Finding, ...], year: int) -> None:
        self.list.clear()
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        warnings = len(findings) - errors
        lang = current_language()
        self.heading.setText(
            self.tr("<b>Regelcontrole projectjaar {year}</b>: {errors}, {warnings}").format(
                year=year,
                errors=self.tr("%n fout", "", errors)
                if errors == 1
                else self.tr("%n fouten", "", errors),
                warnings=self.tr("%n waarschuwing", "", warnings)
                if warnings == 1
                else self.tr("%n waarschuwingen", "", warnings),
            )
        )
        for finding in findings:
            is_error = finding.severity is Severity.ERROR
            severity = finding.severity.label(lang).capitalize()
            item = QListWidgetItem(f"{severity} · {finding.code}\n{finding.text(lang)}")
            item.setForeground(colors.ERROR if is_error else colors.WARNING)
            rule = RULES.get(finding.code)
            tips = [f"{finding.code}: {rule.description(lang)}"] if rule is not None else []
            if finding.code in FINDING_HINTS:
                tips.append(translate("FindingsPanel", FINDING_HINTS[finding.code]))
            if tips:
                item.setToolTip("\n".join(tips))
            item.setData(FINDING_ROLE, finding)
            self.list.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("Geen bevindingen: dit verband volgt de regels."))
            item.setForeground(colors.OK)
            self.list.addItem(item)

    def help_topic(self) -> str | None:
        """F1 here shows the rule of the chosen finding (Help › Regels, at its code)."""
        item = self.list.currentItem()
        finding = item.data(FINDING_ROLE) if item is not None else None
        return finding.code if isinstance(finding, Finding) else None

    def _activate(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if finding is not None:
            self.finding_activated.emit(finding)
