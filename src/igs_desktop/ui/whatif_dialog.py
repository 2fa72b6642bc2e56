"""What if a member leaves, or a government joins? Before and after, side by side.

Nothing is written unless the user applies the outcome with a date; closing leaves no trace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..domain import (
    NON_EU14_THRESHOLD,
    JoinOutcome,
    LeaveOutcome,
    Partnership,
    Severity,
    active_members,
)
from ..domain.model import population
from ..services import rules
from ..services.rules import NotFoundError
from . import colors, messages
from .context import AppContext
from .i18n import current_language, translate
from .widgets import OptionalDateEdit, babel_locale, tab_in_visual_order, year_combo


def _yes_no(value: bool | None, yes: str = "", no: str = "") -> str:
    """ "ja"/"nee" (or the given words), or that the answer depends on a missing figure."""
    if value is None:
        return translate("WhatIfDialog", "onbekend (cijfer ontbreekt)")
    if value:
        return yes or translate("WhatIfDialog", "ja")
    return no or translate("WhatIfDialog", "nee")


def _keep_text(outcome: LeaveOutcome, limit: str) -> str:
    """Whether the remaining members keep the year-1 subsidies; at exactly 7,500 they keep them
    but cannot apply (that needs more than 7,500), said in one sentence so as not to read as a
    contradiction with the BELOW_THRESHOLD finding below."""
    if outcome.remaining_keep_year1_subsidy and outcome.remaining_non_eu14 == NON_EU14_THRESHOLD:
        return translate(
            "WhatIfDialog",
            "ja, nog altijd {limit}: de subsidies van projectjaar 1 blijven behouden, maar om "
            "(opnieuw) aan te vragen is meer dan {limit} nodig",
        ).format(limit=limit)
    return _yes_no(
        outcome.remaining_keep_year1_subsidy,
        translate("WhatIfDialog", "ja, behouden"),
        translate("WhatIfDialog", "nee, verloren"),
    )


def _stimulus_text(outcome: JoinOutcome) -> str:
    if outcome.stimulus_eligible:
        return translate("WhatIfDialog", "mogelijk")
    if outcome.stimulus_extension:
        return translate("WhatIfDialog", "verlenging mogelijk")
    return translate("WhatIfDialog", "niet mogelijk")


def _members(partnership: Partnership, year: int) -> str:
    names = (m.government.name for m in active_members(partnership, year))
    return ", ".join(names) or translate("WhatIfDialog", "geen")


def _at_least(partnership: Partnership, year: int) -> bool | None:
    """Whether the active members count at least 7,500, decided by the known figures where
    possible (the same reading as the "after" column)."""
    members = active_members(partnership, year)
    return population(m.government for m in members).at_least(NON_EU14_THRESHOLD)


class WhatIfDialog(QDialog):
    """``kind`` is "leave" (with ``nis_code`` of the member) or "join" (with ``joiner``)."""

    def __init__(
        self,
        context: AppContext,
        partnership_id: str,
        kind: str,
        nis_code: str,
        membership_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.kind = kind
        self.nis_code = nis_code
        self.membership_id = membership_id
        self.outcome: LeaveOutcome | JoinOutcome | None = None
        self.applied = False
        self._fitted = False
        self.resize(780, 680)

        years = rules.known_years(context.db)
        self.year = year_combo(years, context.year)
        self.year.setAccessibleName(self.tr("Projectjaar van de wijziging"))
        self.year.currentIndexChanged.connect(lambda _i: self.simulate())
        self.date = OptionalDateEdit(self.tr("datum van de wijziging"))

        form = QFormLayout()
        form.addRow(self.tr("&Vanaf:"), self.year)
        form.addRow(self.tr("&Datum (voor de historiek):"), self.date)

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self.grid = QGridLayout()
        for column in range(3):  # the labels get their share too, not only what they need
            self.grid.setColumnStretch(column, 1)
        box = QGroupBox(self.tr("Vooraf en nadien"))
        box.setLayout(self.grid)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Bevindingen nadien"))
        self.findings.setWordWrap(True)
        self.findings.setTabKeyNavigation(False)

        # Enter closes without saving: recording a leave or a join is an explicit click on a
        # button that says what it writes, or Ctrl+Enter. The apply button is never the
        # default (not even while it has the focus), and its role is not AcceptRole, which a
        # button box would make the default when the dialog is shown.
        buttons = QDialogButtonBox()
        self.apply_button = QPushButton()
        self.apply_button.setAutoDefault(False)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button = buttons.addButton(
            self.tr("&Sluiten zonder bewaren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._apply_by_key)

        # The wrapped rows and the explanation scroll rather than being cut off when the
        # window is too low for them (a layout gives a label less than its height-for-width).
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(box)
        content_layout.addWidget(self.explanation)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(scroll, 3)
        findings_label = QLabel(self.tr("Bevindingen na de &wijziging:"))
        findings_label.setBuddy(self.findings)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)
        tab_in_visual_order(buttons)
        self.close_button.setDefault(True)
        self.simulate()

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setDefault(True)  # after the button box has chosen its own
        if not self._fitted:  # a small screen (1280×800 at 125%): smaller; the grid scrolls
            self._fitted = True
            room = self.screen().availableGeometry()
            frame = self.frameGeometry().size() - self.size()
            width = min(self.width(), room.width() - frame.width())
            height = min(self.height(), room.height() - frame.height())
            if (width, height) != (self.width(), self.height()):
                self.resize(width, height)
                self.move(room.topLeft())

    def _apply_by_key(self) -> None:
        if self.apply_button.isEnabled():
            self.apply_button.click()

    def _apply_text(self, year: int) -> None:
        """The apply button says what it writes: whose leave or join, from which year."""
        outcome = self.outcome
        if isinstance(outcome, LeaveOutcome):
            text = self.tr("Uitstap van {name} vast&leggen vanaf projectjaar {year}").format(
                name=outcome.leaver.name, year=year
            )
        elif isinstance(outcome, JoinOutcome):
            text = self.tr("Toetreding van {name} vast&leggen vanaf projectjaar {year}").format(
                name=outcome.joiner.name, year=year
            )
        else:
            text = self.tr("Vast&leggen")
        self.apply_button.setText(text)
        self.apply_button.setToolTip(
            self.tr(
                "{action}, met de datum voor de historiek (Ctrl+Enter). Enter sluit zonder te "
                "bewaren."
            ).format(action=text.replace("&", ""))
        )

    def simulate(self) -> None:
        year = self.selected_year()
        try:
            if self.kind == "leave":
                self.outcome = rules.leave(
                    self.context.db, self.partnership_id, self.nis_code, year
                )
            else:
                self.outcome = rules.join(self.context.db, self.partnership_id, self.nis_code, year)
        except NotFoundError as exc:
            self.outcome = None
            self.title.setText(str(exc))
            self.apply_button.setEnabled(False)
            self._apply_text(year)
            return
        self._show(self.outcome, year)

    def _row(self, row: int, label: str, before: str, after: str, changed: bool = False) -> None:
        for column, text in enumerate((label, before, after)):
            item = self.grid.itemAtPosition(row, column)
            widget = item.widget() if item else None
            if not isinstance(widget, QLabel):
                widget = QLabel()
                widget.setWordWrap(True)
                # A row as high as its longest cell reads from the top, like a sentence.
                widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(widget, row, column)
            widget.setText(text)
            font = widget.font()
            font.setBold(column == 0 or (changed and column == 2))
            widget.setFont(font)

    def _show(self, outcome: LeaveOutcome | JoinOutcome, year: int) -> None:
        p_after = outcome.partnership_after
        context = rules.rule_context_of(self.context.db, self.partnership_id, year)
        before = context.partnership(self.partnership_id)
        lang, locale = current_language(), babel_locale()
        limit = formatting.number(NON_EU14_THRESHOLD, locale=locale)
        unknown = self.tr("onbekend")

        def count(value: int | None) -> str:
            return formatting.number(value, unknown, locale)

        members, residents = self.tr("Leden"), self.tr("Inwoners niet-EU14")
        self._row(0, "", self.tr("Vooraf"), self.tr("Nadien"))
        if isinstance(outcome, LeaveOutcome):
            name = outcome.leaver.name
            self.setWindowTitle(self.tr("Wat als {name} uitstapt?").format(name=name))
            self.title.setText(
                self.tr("Wat als {name} uitstapt uit {partnership}?").format(
                    name=name, partnership=p_after.name
                )
            )
            self._row(1, members, _members(before, year), _members(p_after, year), True)
            self._row(
                2,
                residents,
                count(outcome.before_non_eu14),
                count(outcome.remaining_non_eu14),
                True,
            )
            self._row(
                3,
                self.tr("Samen minstens {limit} (behoud subsidies projectjaar 1)").format(
                    limit=limit
                ),
                _yes_no(_at_least(before, year)),
                _keep_text(outcome, limit),
                True,
            )
            loses = outcome.leaver_loses_year1_subsidy
            self._row(
                4,
                self.tr("{name}: subsidies projectjaar 1").format(name=name),
                self.tr("ja") if loses else self.tr("nee, geen lid in projectjaar 1"),
                self.tr("verloren") if loses else self.tr("niets te verliezen"),
                loses,
            )
            self._row(
                5,
                self.tr("{name} mag opnieuw indienen (meer dan {limit} alleen)").format(
                    name=name, limit=limit
                ),
                "—",
                _yes_no(
                    outcome.leaver_may_reapply,
                    self.tr("ja, als nieuwe aanvrager"),
                    self.tr("nee"),
                ),
            )
            if outcome.new_submitter_needed:
                submitter = self.tr("nieuwe indiener nodig")
            elif outcome.single_applicant_left:
                submitter = self.tr("enkel bestuur blijft over")
            else:
                submitter = self.tr("ongewijzigd")
            self._row(6, self.tr("Indiener"), "", submitter)
        else:
            name = outcome.joiner.name
            self.setWindowTitle(self.tr("Wat als {name} toetreedt?").format(name=name))
            self.title.setText(
                self.tr("Wat als {name} toetreedt tot {partnership}?").format(
                    name=name, partnership=p_after.name
                )
            )
            self._row(1, members, _members(before, year), _members(p_after, year), True)
            self._row(
                2,
                residents,
                count(outcome.before_non_eu14),
                count(outcome.combined_non_eu14),
                True,
            )
            self._row(3, self.tr("Toetreden toegestaan"), "", _yes_no(outcome.allowed))
            self._row(
                4,
                self.tr("{name} nieuw in het programma").format(name=name),
                "",
                _yes_no(outcome.joiner_new_to_programme),
            )
            self._row(
                5,
                self.tr("Stimulans 'samenwerking' ({amount})").format(
                    amount=self.tr("€ {amount}")
                    .format(amount=formatting.number(10_000, locale=locale))
                    .replace(" ", "\u00a0")
                ),
                "",
                _stimulus_text(outcome),
            )
            self._row(6, "", "", "")
        self.explanation.setText("\n".join(f"• {line}" for line in outcome.explanation_in(lang)))
        self.findings.clear()
        for f in outcome.findings:
            label = f.severity.label(lang).capitalize()
            item = QListWidgetItem(f"{label} · {f.code}: {f.text(lang)}")
            item.setForeground(colors.ERROR if f.severity is Severity.ERROR else colors.WARNING)
            self.findings.addItem(item)
        if not outcome.findings:
            self.findings.addItem(self.tr("Geen bevindingen: het verband blijft in orde."))
        self.apply_button.setEnabled(isinstance(outcome, LeaveOutcome) or outcome.allowed)
        self._apply_text(year)

    def _active_membership(self, year: int) -> str | None:
        """The membership that is active in ``year``: the one the simulation is about, which
        need not be the row that was selected (a government may have left and rejoined)."""
        record = next(
            r
            for r in rules.rule_context_of(self.context.db, self.partnership_id, year).records
            if r.id == self.partnership_id
        )
        return next(
            (m.id for m in record.members if m.nis_code == self.nis_code and m.active_in(year)),
            None,
        )

    def apply(self) -> None:
        if self.outcome is None:
            return
        year, date = self.selected_year(), self.date.value()
        service = self.context.portfolio
        if self.kind == "leave":
            membership_id = self._active_membership(year)
            if membership_id is None:
                messages.warn(
                    self,
                    self.tr("Niet toegepast"),
                    self.tr("Dit bestuur is dat projectjaar geen lid."),
                )
                return
            result = self.context.execute(
                lambda: service.record_leave(membership_id, year, date), self
            )
        else:
            result = self.context.execute(
                lambda: service.add_member(self.partnership_id, self.nis_code, year, date), self
            )
        if result is not None:
            self.applied = True
            self.accept()
        else:
            messages.info(self, self.tr("Niet toegepast"), self.tr("Er is niets gewijzigd."))
