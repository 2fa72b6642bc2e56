"""The support contact's own work: the choices a support track and a follow-up take, and when
one is overdue. One rule, one place: the pages, the reports, the demo and the queries ask here.

The values are the Dutch words the database keeps and the user reads.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


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


def overdue(due: dt.date | None, done: bool, today: dt.date) -> bool:
    """Work not done whose due date lies before today (due today is not overdue yet)."""
    return not done and due is not None and due < today


def track_overdue(due: dt.date | None, status: str, today: dt.date) -> bool:
    return overdue(due, status == TrackStatus.DONE, today)


def follow_up_overdue(due: dt.date | None, status: str, today: dt.date) -> bool:
    return overdue(due, status == FollowUpStatus.DONE, today)
