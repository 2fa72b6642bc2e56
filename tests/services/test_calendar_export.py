"""Calendar out: deadlines and open work as an .ics file, read back with icalendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from igs_desktop.services.calendar_export import export_calendar, open_work
from igs_desktop.services.editing import ValidationError
from igs_desktop.services.safe_output import UnsafeOutputError
from igs_desktop.services.workbench import Workbench

D = dt.date
TODAY = D(2026, 11, 1)
BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def demo(workbench: Workbench) -> Workbench:
    workbench.create_demo(today=TODAY)
    return workbench


def read_events(path: Path) -> dict[str, Event]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def export(workbench: Workbench, path: Path, year: int = 3, **kwargs: object) -> dict[str, Event]:
    export_calendar(workbench.db, path, year, **kwargs)  # type: ignore[arg-type]
    return read_events(path)


def test_deadlines_are_all_day_events_on_their_dates(demo: Workbench, tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    events = export(demo, path)
    start = events["projectjaar3-start@igs-desktop"]
    assert start.start == D(2024, 10, 1)
    assert not isinstance(start.start, dt.datetime)  # a day, not a moment
    assert start.end == D(2024, 10, 2)
    assert str(start["SUMMARY"]) == "Plan Samenleven projectjaar 3: start van het projectjaar"
    assert events["projectjaar3-final-kpi-deadline@igs-desktop"].start == D(2025, 10, 15)
    assert events["projectjaar3-decision@igs-desktop"].start == D(2024, 7, 5)
    raw = path.read_bytes()
    assert b"DTSTART;VALUE=DATE:20241001" in raw  # what Outlook reads as an all-day event
    assert b"CATEGORIES:Plan Samenleven,Deadline" in raw


def test_submission_deadline_at_noon_in_brussels_summer_time(
    demo: Workbench, tmp_path: Path
) -> None:
    path = tmp_path / "agenda.ics"
    events = export(demo, path)
    deadline = events["projectjaar3-submission-deadline@igs-desktop"].start
    assert isinstance(deadline, dt.datetime)
    assert deadline.replace(tzinfo=None) == dt.datetime(2024, 5, 6, 12, 0)
    # 6 May is in summer time: 12:00 in Brussels is 10:00 UTC
    assert deadline.astimezone(dt.UTC) == dt.datetime(2024, 5, 6, 10, 0, tzinfo=dt.UTC)
    raw = path.read_bytes()
    assert b"DTSTART;TZID=Europe/Brussels:20240506T120000" in raw
    timezones = Calendar.from_ical(raw).walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Brussels"]


def test_a_winter_deadline_is_one_hour_from_utc(demo: Workbench, tmp_path: Path) -> None:
    demo.calendar.add_year(
        4,
        D(2025, 10, 1),
        D(2026, 9, 30),
        submission_deadline=dt.datetime(2025, 1, 15, 12, 0),
    )
    events = export(demo, tmp_path / "agenda.ics", year=4)
    deadline = events["projectjaar4-submission-deadline@igs-desktop"].start
    assert deadline.astimezone(dt.UTC) == dt.datetime(2025, 1, 15, 11, 0, tzinfo=dt.UTC)


def test_a_deadline_not_known_yet_gives_no_event(demo: Workbench, tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    result = export_calendar(demo.db, path, 3)
    uids = set(read_events(path))
    # the demo's year 3 has no interim KPI date
    assert not any("interim" in uid for uid in uids)
    assert result.unknown == ("tussentijdse KPI",)
    assert result.deadlines == 6
    assert "Nog niet bekend en dus niet in de agenda: tussentijdse KPI." in result.lines()


def test_a_submission_deadline_at_midnight_is_a_day(demo: Workbench, tmp_path: Path) -> None:
    events = export(demo, tmp_path / "agenda.ics", year=1)
    deadline = events["projectjaar1-submission-deadline@igs-desktop"].start
    assert deadline == D(2022, 7, 1)
    assert not isinstance(deadline, dt.datetime)


def test_open_follow_ups_and_tracks_with_partnership_and_action(
    demo: Workbench, tmp_path: Path
) -> None:
    events = export(demo, tmp_path / "agenda.ics")
    work = open_work(demo.db)
    by_title = {w.title: w for w in work}
    # done work stays out: the demo's follow-up "klaar" and its track "afgerond"
    assert "Draaiboek taalvrijwilligers delen met de partners" not in by_title
    assert "Vraag naar oefenkansen in kaart gebracht" not in by_title
    # a track on hold is still open
    assert any(w.status == "on hold" for w in work)

    follow_up = by_title["Verslag van de rondgang bezorgen aan Lendelede"]
    event = events[f"opvolging-{follow_up.id}@igs-desktop"]
    assert str(event["SUMMARY"]) == (
        "IGS Kortrijk–Lendelede: opvolging 'Verslag van de rondgang bezorgen aan Lendelede'"
    )
    assert event.start == follow_up.due_date
    description = str(event["DESCRIPTION"])
    assert "Samenwerkingsverband: IGS Kortrijk–Lendelede" in description
    assert "Actie: 5 – Oefenkansen Nederlands organiseren" in description
    assert event.categories == ["Plan Samenleven", "Opvolging"]

    track = by_title["Tussentijdse KPI van actie 24 bespreken en het bereik bijsturen"]
    event = events[f"traject-{track.id}@igs-desktop"]
    assert str(event["SUMMARY"]).startswith("IGS Kortrijk–Lendelede: traject actie 24 '")
    assert "thema verbinding, fase opvolgen" in str(event["DESCRIPTION"])
    assert event.categories == ["Plan Samenleven", "Ondersteuningstraject"]
    assert len(events) == 6 + len(work)


def test_uids_stay_the_same_across_exports(demo: Workbench, tmp_path: Path) -> None:
    first = export(demo, tmp_path / "een.ics", now=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC))
    follow_up = next(w for w in open_work(demo.db) if w.kind == "opvolging")
    demo.notes.update_follow_up(follow_up.id, title="Verslag nasturen")
    second = export(demo, tmp_path / "twee.ics", now=dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC))
    assert set(first) == set(second)
    uid = f"opvolging-{follow_up.id}@igs-desktop"
    assert str(second[uid]["SUMMARY"]).endswith("opvolging 'Verslag nasturen'")
    assert first[uid].DTSTAMP != second[uid].DTSTAMP


def test_the_output_is_checked_before_anything_is_written(demo: Workbench, tmp_path: Path) -> None:
    with pytest.raises(UnsafeOutputError):
        export_calendar(demo.db, demo.db.path, 3)
    existing = tmp_path / "agenda.ics"
    existing.write_text("van iemand anders")
    with pytest.raises(UnsafeOutputError, match="bestaat al"):
        export_calendar(demo.db, existing, 3)
    assert existing.read_text() == "van iemand anders"
    export_calendar(demo.db, existing, 3, overwrite=True)
    assert existing.read_bytes().startswith(b"BEGIN:VCALENDAR")
    with pytest.raises(ValidationError, match="Projectjaar 9 bestaat niet"):
        export_calendar(demo.db, tmp_path / "nieuw.ics", 9)
    assert not (tmp_path / "nieuw.ics").exists()
