"""The data a report prints: plain frozen dataclasses that a service fills from the database.

The builders in this package read only these objects, never the database, so the app, the
command line and the tests hand them the same thing. Amounts are in cents, figures are plain
integers, dates are dates: formatting happens while the PDF is built, in the report's language
(`ReportMeta.language`: nl-BE unless English was asked for).

Apart from `ReportMeta` (left out of the data hash), the data does not depend on the language:
a sentence the rules write is kept in both languages (`FindingLine.message_en`, ...), and the
fixed Dutch words (a kind, a state) are translated by the builders as they print them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.language import Language

KPI_WARNING_RATIO = 0.25
"""Below this share of its KPI target at the interim report an action risks its subsidy."""


@dataclass(frozen=True)
class ReportMeta:
    """What every page shows: the header (title, subject), the footer (date, version)."""

    title: str
    subject: str  # the applicant, or the support contact for the portfolio overview
    produced_on: dt.date
    version: str
    is_demo: bool
    subtitle: str = ""
    subject_id: str = ""  # the partnership's id; empty for the portfolio overview
    language: Language = Language.NL  # the language of the whole report


@dataclass(frozen=True)
class FindingLine:
    code: str
    severity: str  # "fout" | "waarschuwing"
    message: str
    message_en: str = ""

    def text(self, lang: Language) -> str:
        """The message in `lang` (the Dutch one when there is no English)."""
        return self.message_en if lang is Language.EN and self.message_en else self.message


@dataclass(frozen=True)
class MemberLine:
    name: str
    nis_code: str
    joined_year: int
    left_year: int | None
    active: bool
    submitter: bool
    non_eu14: int | None
    figure_year: int
    figure_source: str
    transfer_arrangement: str = ""
    transferred_cents: int | None = None  # passed on to this member in the report's year


@dataclass(frozen=True)
class ActionLine:
    number: str
    title: str
    objective: str
    kpi_unit: str
    target: int | None
    interim: int | None
    final: int | None
    subsidy_cents: int | None

    @property
    def actual(self) -> int | None:
        """What was reached: the year-end figure once it is there, else the interim one."""
        return self.final if self.final is not None else self.interim

    @property
    def ratio(self) -> float | None:
        if not self.target or self.actual is None:
            return None
        return self.actual / self.target

    @property
    def below_warning(self) -> bool:
        """The 25% rule, read on the interim figure as the programme does."""
        return bool(
            self.target
            and self.interim is not None
            and self.interim < KPI_WARNING_RATIO * self.target
        )


@dataclass(frozen=True)
class MoneyLine:
    year: int
    cents: int
    label: str


@dataclass(frozen=True)
class TrackLine:
    action_number: str
    action_title: str
    theme: str
    phase: str
    status: str
    next_step: str
    due_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class SessionLine:
    held_on: dt.date
    topic: str
    participants: tuple[str, ...] = ()
    shared: str = ""
    agreements: str = ""


@dataclass(frozen=True)
class NoteLine:
    noted_on: dt.date
    title: str
    kind: str
    body: str


@dataclass(frozen=True)
class DeadlineLine:
    """A moment of the project year; `on` is None while it is not announced."""

    label: str
    on: dt.date | None
    state: str  # "voorbij", "komt nog" or "nog niet bekend" (domain.calendar.DeadlineState)
    label_en: str = ""

    def label_in(self, lang: Language) -> str:
        return self.label_en if lang is Language.EN and self.label_en else self.label


@dataclass(frozen=True)
class DueLine:
    title: str
    kind: str  # "opvolging" | "traject"
    due_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class PlanData:
    """Ondersteuningsplan: one applicant in one project year."""

    meta: ReportMeta
    year: int
    period_start: dt.date
    period_end: dt.date
    kind: str
    region: str
    submitter: str
    support_contact: str
    kpi: str
    members: tuple[MemberLine, ...]
    findings: tuple[FindingLine, ...]
    actions: tuple[ActionLine, ...]
    subsidies: tuple[MoneyLine, ...]
    stimuli: tuple[MoneyLine, ...]
    tracks: tuple[TrackLine, ...]
    sessions: tuple[SessionLine, ...]
    deadlines: tuple[DeadlineLine, ...]


@dataclass(frozen=True)
class WhatIf:
    """A what-if simulation, before and after."""

    kind: str  # "leave" | "join"
    subject: str  # the government leaving or joining
    members_before: tuple[str, ...]
    members_after: tuple[str, ...]
    total_before: int | None
    total_after: int | None
    year1_subsidy_cents: int | None  # what the partnership received for project year 1
    keeps_year1_subsidy: bool | None  # leave: do the remaining members keep it?
    facts: tuple[tuple[str, str], ...]  # (question, answer) in Dutch
    explanation: tuple[str, ...]
    findings_after: tuple[FindingLine, ...]
    facts_en: tuple[tuple[str, str], ...] = ()  # the same in English
    explanation_en: tuple[str, ...] = ()

    def facts_in(self, lang: Language) -> tuple[tuple[str, str], ...]:
        return self.facts_en if lang is Language.EN and self.facts_en else self.facts

    def explanation_in(self, lang: Language) -> tuple[str, ...]:
        return (
            self.explanation_en if lang is Language.EN and self.explanation_en else self.explanation
        )


@dataclass(frozen=True)
class AdviceData:
    """Adviesrapport: a question, its context, the rules and a simulation, the advice."""

    meta: ReportMeta
    year: int
    question: str
    region: str
    submitter: str
    support_contact: str
    kpi: str
    members: tuple[MemberLine, ...]
    subsidies: tuple[MoneyLine, ...]
    findings: tuple[FindingLine, ...]
    what_if: WhatIf | None
    advice: str
    evidence: tuple[NoteLine, ...]


@dataclass(frozen=True)
class ChangeLine:
    changed_at: dt.datetime
    changed_by: str
    category: str
    summary: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChangesSince:
    """What changed since the previous report of the same kind on the same applicant."""

    previous_at: dt.datetime | None
    previous_from: dt.date | None
    previous_to: dt.date | None
    same_data: bool | None  # the previous report's data hash equals this one's
    lines: tuple[ChangeLine, ...]


@dataclass(frozen=True)
class FollowUpData:
    """Opvolgingsrapport: one applicant over a period."""

    meta: ReportMeta
    year: int
    period_from: dt.date
    period_to: dt.date
    members: tuple[str, ...]
    actions: tuple[ActionLine, ...]
    findings: tuple[FindingLine, ...]
    changes: ChangesSince
    notes: tuple[NoteLine, ...]
    sessions: tuple[SessionLine, ...]
    due: tuple[DueLine, ...]


@dataclass(frozen=True)
class PortfolioLine:
    name: str
    kind: str
    region: str
    members: tuple[str, ...]
    status: str
    errors: int
    warnings: int
    codes: tuple[str, ...]
    next_deadline: dt.date | None
    next_deadline_title: str
    overdue: int


@dataclass(frozen=True)
class PortfolioData:
    """Portefeuilleoverzicht: every applicant of the support contact on one line."""

    meta: ReportMeta
    year: int
    support_contact: str
    lines: tuple[PortfolioLine, ...]


ReportData = PlanData | AdviceData | FollowUpData | PortfolioData
