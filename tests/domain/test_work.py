"""When work is overdue, and the choices a track and a follow-up take: one rule for everyone."""

from __future__ import annotations

import datetime as dt

import pytest

from igs_desktop.domain.work import (
    FollowUpStatus,
    Theme,
    TrackStatus,
    follow_up_overdue,
    overdue,
    track_overdue,
)

TODAY = dt.date(2026, 11, 29)
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("due", "done", "expected"),
    [
        (YESTERDAY, False, True),
        (TODAY, False, False),
        (YESTERDAY, True, False),
        (None, False, False),
    ],
)
def test_overdue_is_undone_work_due_before_today(due, done, expected) -> None:  # type: ignore[no-untyped-def]
    assert overdue(due, done, TODAY) is expected


def test_a_finished_track_or_follow_up_is_never_overdue() -> None:
    assert track_overdue(YESTERDAY, TrackStatus.RUNNING, TODAY)
    assert track_overdue(YESTERDAY, "on hold", TODAY)  # paused work still has its date
    assert not track_overdue(YESTERDAY, "afgerond", TODAY)
    assert follow_up_overdue(YESTERDAY, FollowUpStatus.OPEN, TODAY)
    assert not follow_up_overdue(YESTERDAY, "klaar", TODAY)


def test_the_choices_are_the_dutch_words_the_database_keeps() -> None:
    assert [str(t) for t in Theme] == ["taal", "verbinding", "participatie"]
    assert TrackStatus.DONE == "afgerond" and FollowUpStatus.DONE == "klaar"
