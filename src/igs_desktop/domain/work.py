"""The support contact's own work: the choices a support track and a follow-up take, and when
one is overdue. One rule, one place: the pages, the reports, the demo and the queries ask here.

The values are the Dutch words the database keeps and the user reads; `label` gives them in
another language.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from .language import Language


class Theme(StrEnum):
    """Thematic support (thematische ondersteuning)."""

    LANGUAGE = "taal"
    CONNECTION = "verbinding"
    PARTICIPATION = "participatie"


class Phase(StrEnum):
    ELABORATE = "uitwerken"
    RUN = "uitvoeren"
    FOLLOW_UP = "opvolgen"


class TrackStatus(StrEnum):
    RUNNING = "lopend"
    ON_HOLD = "on hold"
    DONE = "afgerond"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "klaar"


class PartnershipStatus(StrEnum):
    ACTIVE = "actief"
    PREPARING = "in voorbereiding"
    STOPPED = "gestopt"


OVERDUE_TEXT = "over datum"

_ENGLISH = {
    Theme.LANGUAGE: "language",
    Theme.CONNECTION: "connection",
    Theme.PARTICIPATION: "participation",
    Phase.ELABORATE: "elaborate",
    Phase.RUN: "run",
    Phase.FOLLOW_UP: "follow up",
    TrackStatus.RUNNING: "running",
    TrackStatus.ON_HOLD: "on hold",
    TrackStatus.DONE: "done",
    FollowUpStatus.OPEN: "open",
    FollowUpStatus.DONE: "done",
    PartnershipStatus.ACTIVE: "active",
    PartnershipStatus.PREPARING: "in preparation",
    PartnershipStatus.STOPPED: "stopped",
    OVERDUE_TEXT: "overdue",
}


def label(value: str, lang: Language) -> str:
    """A stored choice (theme, phase, status) or "over datum" as `lang` words it: "lopend" ->
    "running" in English. A value that is none of the choices is shown as it is."""
    return _ENGLISH.get(value, value) if lang is Language.EN else value


def overdue(due: dt.date | None, done: bool, today: dt.date) -> bool:
    """Work not done whose due date lies before today (due today is not overdue yet)."""
    return not done and due is not None and due < today


def track_overdue(due: dt.date | None, status: str, today: dt.date) -> bool:
    return overdue(due, status == TrackStatus.DONE, today)


def follow_up_overdue(due: dt.date | None, status: str, today: dt.date) -> bool:
    return overdue(due, status == FollowUpStatus.DONE, today)
