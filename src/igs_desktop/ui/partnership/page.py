"""One partnership: its facts in tabs, the findings of the rules beside them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...domain import Finding
from ...services.overview import PartnershipDetail, partnership_detail
from ...services.rules import NotFoundError
from ..context import AppContext
from ..lazy_refresh import RefreshWhenVisible
from ..notes.follow_ups_tab import FollowUpsTab
from ..notes.partnership_notes_tab import PartnershipNotesTab
from ..notes.presets import NotePreset
from .actions_tab import ActionsTab
from .details_tab import DetailsTab
from .findings_panel import FindingsPanel
from .history_tab import HistoryTab
from .holder_banner import HolderBanner
from .members_tab import MembersTab
from .money_tab import MoneyTab
from .tracks_tab import TracksTab

# The page's tabs; each shows the partnership's detail (``show_detail``) when it is refreshed.
Section: TypeAlias = (
    DetailsTab
    | MembersTab
    | ActionsTab
    | TracksTab
    | MoneyTab
    | PartnershipNotesTab
    | FollowUpsTab
    | HistoryTab
)


class Sections(dict[str, Section]):
    """The page's tabs by key. A tab is first filled with the detail when it is shown or
    asked for here (``sections["members"]``): opening a page fills only the tab in view.
    From then on every refresh fills it (``show``). Every tab is made read-only at once
    (``set_read_only``) when the partnership is a colleague's."""

    def __init__(self) -> None:
        super().__init__()
        self.stale: set[str] = set()
        self.live: set[str] = set()  # filled once, so filled at every refresh
        self.detail: PartnershipDetail | None = None

    def show(self, detail: PartnershipDetail) -> None:
        """``detail`` in the tabs shown before; the others wait until they are."""
        self.detail = detail
        self.stale = set(self) - self.live
        for key in self.live:
            dict.__getitem__(self, key).show_detail(detail)

    def set_read_only(self, read_only: bool) -> None:
        for section in self.values():
            section.set_read_only(read_only)

    def fill(self, key: str) -> None:
        if key in self.stale and self.detail is not None:
            self.stale.discard(key)
            self.live.add(key)
            dict.__getitem__(self, key).show_detail(self.detail)

    def __getitem__(self, key: str) -> Section:
        self.fill(key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Section | None = None) -> Section | None:  # type: ignore[override]
        if key in self:
            return self[key]
        return default


# Which tab (and field) a finding's rule points at.
FINDING_TARGETS: dict[str, tuple[str, str]] = {
    "REGION_MIXED": ("members", ""),
    "MULTIPLE_PARTNERSHIPS": ("members", ""),
    "BELOW_THRESHOLD": ("members", ""),
    "FIGURE_MISSING": ("members", ""),
    "TRANSFER_ARRANGEMENT_MISSING": ("members", ""),
    "SUBMITTER_MISSING": ("details", "submitter_nis"),
    "SUBMITTER_NOT_MEMBER": ("details", "submitter_nis"),
    "KPI_MISSING": ("details", "kpi"),
    "KPI_BELOW_25_PERCENT": ("actions", ""),
    "TOO_MANY_SUPPORTED_ACTIONS": ("tracks", ""),
    "ACTION_NOT_SUPPORTED": ("tracks", ""),
    "STIMULUS_TWICE": ("money", "stimuli"),
    "STIMULUS_NOT_ELIGIBLE": ("money", "stimuli"),
    "NEW_MEMBER_ACTIONS_UNREPORTED": ("money", "new_member_actions"),
    "TRANSFERS_EXCEED_SUBSIDY": ("money", "transfers"),
}

# Findings the user can put right in place: the section's method that asks for the missing
# fact, called with the finding's subject (FIGURE_MISSING: the government's NIS code).
FINDING_FIXES: dict[str, str] = {
    "FIGURE_MISSING": "enter_figure",
}


class PartnershipPage(QWidget):
    title_changed = Signal(str)

    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self._fix_pending = False

        self.header = QLabel()
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.subheader = QLabel()
        # A colleague's partnership: whose it is, read-only, and "Overnemen…".
        self.banner = HolderBanner(context, partnership_id, self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections = Sections()
        self._add_section(
            "details", self.tr("&Gegevens"), DetailsTab(context, partnership_id, self)
        )
        self._add_section("members", self.tr("&Leden"), MembersTab(context, partnership_id, self))
        self._add_section("actions", self.tr("&Acties"), ActionsTab(context, partnership_id, self))
        self._add_section(
            "tracks", self.tr("Ond&ersteuning"), TracksTab(context, partnership_id, self)
        )
        self._add_section("money", self.tr("&Financiën"), MoneyTab(context, partnership_id, self))
        self.notes_tab = PartnershipNotesTab(context, partnership_id, self)
        self._add_section("notes", self.tr("&Notities"), self.notes_tab)
        self._add_section(
            "follow_ups", self.tr("O&pvolging"), FollowUpsTab(context, partnership_id, self)
        )
        self._add_section(
            "history", self.tr("Histo&riek"), HistoryTab(context, partnership_id, self)
        )

        self.findings = FindingsPanel(self)
        self.findings.finding_activated.connect(self.jump_to)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.findings)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.tabs.currentChanged.connect(self._section_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.subheader)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        # bound slots, not lambdas: Qt drops them when a closed tab's page is deleted
        self.refresher = RefreshWhenVisible(self, self.refresh)
        context.changed.connect(self.refresher.request)
        context.year_changed.connect(self.refresher.request)

    def _add_section(self, key: str, label: str, widget: Section) -> None:
        self.sections[key] = widget
        self.tabs.addTab(widget, label)

    def refresh(self) -> None:
        try:
            detail = partnership_detail(self.context.db, self.partnership_id, self.context.year)
        except NotFoundError:  # deleted (an undo may bring it back)
            self.header.setText(self.tr("Dit samenwerkingsverband bestaat niet meer."))
            self.setEnabled(False)
            self.title_changed.emit(self.tr("(verwijderd)"))
            return
        self.setEnabled(True)
        self.detail = detail
        record = detail.record
        self.header.setText(record.name + ("  — DEMO" if record.is_demo else ""))
        active = sum(1 for m in record.members if detail.active(m))
        parts = [
            detail.region_name or self.tr("geen regio"),
            self.tr("%n actief lid", "", active)
            if active == 1
            else self.tr("%n actieve leden", "", active),
            self.tr("gevormd in projectjaar {year}").format(year=record.formed_year),
            self.tr("bekeken voor projectjaar {year}").format(year=detail.year),
        ]
        if detail.overdue:
            parts.append(self.overdue_text(detail.overdue))
        holder = detail.holder
        if holder.team:
            parts.append(
                self.tr("ondersteuner: {name}").format(name=holder.name or self.tr("niemand"))
            )
        self.subheader.setText(" · ".join(parts))
        self.banner.show_holder(holder, record.name)
        self.sections.set_read_only(holder.read_only)
        self.sections.show(detail)
        self._section_shown(self.tabs.currentIndex())
        self.findings.show_findings(detail.findings, detail.year)
        self.title_changed.emit(self.tab_title())

    def _section_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        for key in list(self.sections.stale):
            if dict.__getitem__(self.sections, key) is shown:
                self.sections.fill(key)

    def tab_title(self) -> str:
        if self.detail is None:
            return "…"
        overdue = self.detail.overdue
        return self.detail.record.name + (f" ({self.overdue_text(overdue)})" if overdue else "")

    def overdue_text(self, count: int) -> str:
        """How many follow-ups of this partnership are overdue, as the header says it."""
        return self.tr("{count} achterstallig").format(count=count)

    def note_preset(self) -> NotePreset:
        """A new note (Ctrl+Shift+N) is about this partnership and its active members."""
        self.sections.fill("notes")
        return self.notes_tab.note_preset()

    def jump_to(self, finding: Finding) -> None:
        section, field = FINDING_TARGETS.get(finding.code, ("", ""))
        if not section:
            section = getattr(self, "extra_targets", {}).get(finding.code, "")
        widget = self.sections.get(section)
        if widget is None:
            return
        self.tabs.setCurrentWidget(widget)
        if field and hasattr(widget, "focus_field"):
            widget.focus_field(field)
        elif hasattr(widget, "focus_subject"):
            for subject in finding.subjects:
                if widget.focus_subject(subject):
                    break
        fix_name = FINDING_FIXES.get(finding.code)
        fix = getattr(widget, fix_name, None) if fix_name else None
        if fix is not None and finding.subjects and not self._fix_pending:
            # Once the click is handled: a click may also count as an activation, one dialog
            self._fix_pending = True
            subject = finding.subjects[0]
            QTimer.singleShot(0, self, lambda: self._fix(fix, subject))

    def _fix(self, fix: Callable[[str], object], subject: str) -> None:
        self._fix_pending = False
        fix(subject)

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("partnership/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("partnership/splitter", self.splitter.saveState())
