"""Calendar out: a project year's deadlines and the open work as an iCalendar file (.ics).

Outlook, Google Calendar and Apple Calendar import it. Dates are all-day events; the
submission deadline, which the agency names at an hour in Brussels, is an event at that hour
in Europe/Brussels (the file carries its VTIMEZONE). Every event has a UID made from what it
is (the year and the deadline, the follow-up's or track's id), so importing a newer export
updates the events instead of adding them twice.

Which work is still open is decided by ``domain.work``; which deadlines a year has, and which
are not known yet, by ``domain.calendar``: a deadline without a date gives no event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from .. import APP_NAME
from ..domain.calendar import Deadline, ProjectYear, deadlines
from ..domain.text import format_date
from ..domain.work import FollowUpStatus, TrackStatus
from ..store import calendar as calendar_store
from ..store import due_work
from ..store.database import Database
from ..store.due_work import DueWorkRecord
from .editing import ValidationError
from .safe_output import checked_output, write_atomically

__all__ = ["CalendarExport", "DueWorkRecord", "build_calendar", "export_calendar", "open_work"]

BRUSSELS = ZoneInfo("Europe/Brussels")
PRODID = f"-//Agentschap Integratie en Inburgering//{APP_NAME}//NL"
UID_DOMAIN = "igs-desktop"
PROGRAMME = "Plan Samenleven"
KIND_CATEGORY = {
    "deadline": "Deadline",
    due_work.FOLLOW_UP: "Opvolging",
    due_work.TRACK: "Ondersteuningstraject",
}
SUFFIX = ".ics"


def _is_open(item: DueWorkRecord) -> bool:
    """Still to do, in the words of ``domain.work``: a track not afgerond, a follow-up not
    klaar (a track on hold is still open)."""
    done = TrackStatus.DONE if item.kind == due_work.TRACK else FollowUpStatus.DONE
    return item.status != done


def open_work(db: Database) -> list[DueWorkRecord]:
    """The open follow-ups and support tracks that have a due date, soonest first."""
    items = due_work.dated_follow_ups(db) + due_work.dated_tracks(db)
    return sorted((i for i in items if _is_open(i)), key=lambda i: (i.due_date, i.kind))


def _year(db: Database, number: int) -> ProjectYear:
    year = calendar_store.project_year(db, number)
    if year is None:
        known = [y.number for y in calendar_store.project_years(db)]
        names = ", ".join(str(n) for n in known) or "geen"
        raise ValidationError(
            f"Projectjaar {number} bestaat niet (gekende projectjaren: {names}).", "year"
        )
    return year


# --- the events ----------------------------------------------------------------------------


def _uid(*parts: object) -> str:
    return "-".join(str(p) for p in parts) + f"@{UID_DOMAIN}"


def _all_day(event: Event, day: dt.date) -> None:
    event.start = day
    event.end = day + dt.timedelta(days=1)


def _deadline_event(year: ProjectYear, deadline: Deadline, stamp: dt.datetime) -> Event | None:
    if deadline.on is None:
        return None
    label = deadline.label[0].lower() + deadline.label[1:]
    lines = [
        f"{PROGRAMME}, {year.label} ({format_date(year.start)} – {format_date(year.end)}).",
        f"{deadline.label} op {format_date(deadline.on)}"
        + (f" om {deadline.time:%H:%M} (Brusselse tijd)." if deadline.time else "."),
        f"Uit {APP_NAME}.",
    ]
    event = Event.new(
        uid=_uid(f"projectjaar{year.number}", deadline.key.replace("_", "-")),
        summary=f"{PROGRAMME} {year.label}: {label}",
        description="\n".join(lines),
        categories=[PROGRAMME, KIND_CATEGORY["deadline"]],
        stamp=stamp,
    )
    if deadline.time is not None:
        # A moment, not a day: at the agency's hour in Brussels (no DTEND: it ends as it starts).
        event.start = dt.datetime.combine(deadline.on, deadline.time, tzinfo=BRUSSELS)
    else:
        _all_day(event, deadline.on)
    event.add("transp", "TRANSPARENT")
    return event


def _work_summary(item: DueWorkRecord) -> str:
    if item.kind == due_work.FOLLOW_UP:
        what = f"opvolging '{item.title}'"
    elif item.title:
        what = f"traject actie {item.action_number} '{item.title}'"
    else:
        what = f"traject actie {item.action_number} ({item.theme}, {item.phase})"
    if item.partnership_name:
        return f"{item.partnership_name}: {what}"
    return what[0].upper() + what[1:]


def _work_description(item: DueWorkRecord) -> str:
    lines = [f"Samenwerkingsverband: {item.partnership_name or '(geen)'}"]
    if item.action_number:
        lines.append(f"Actie: {item.action_number} – {item.action_title}")
    if item.kind == due_work.TRACK:
        lines.append(f"Ondersteuningstraject: thema {item.theme}, fase {item.phase}")
        if item.title:
            lines.append(f"Volgende stap: {item.title}")
    else:
        lines.append(f"Opvolging: {item.title}")
    lines.append(f"Status: {item.status}, vervaldatum {format_date(item.due_date)}.")
    lines.append(f"Uit {APP_NAME}.")
    return "\n".join(lines)


def _work_event(item: DueWorkRecord, stamp: dt.datetime) -> Event:
    event = Event.new(
        uid=_uid(item.kind, item.id),
        summary=_work_summary(item),
        description=_work_description(item),
        categories=[PROGRAMME, KIND_CATEGORY[item.kind]],
        stamp=stamp,
    )
    _all_day(event, item.due_date)
    event.add("transp", "TRANSPARENT")
    return event


def build_calendar(
    year: ProjectYear, work: Iterable[DueWorkRecord], now: dt.datetime | None = None
) -> Calendar:
    """The calendar of ``year``'s known deadlines and of ``work`` (open, dated items)."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        name=f"{APP_NAME}: {PROGRAMME} {year.label}",
        uid=_uid("agenda", f"projectjaar{year.number}"),
    )
    moments = deadlines(year)
    for deadline in moments:
        event = _deadline_event(year, deadline, stamp)
        if event is not None:
            calendar.add_component(event)
    for item in work:
        calendar.add_component(_work_event(item, stamp))
    # The Brussels rules for the years around the timed deadlines only: a short VTIMEZONE.
    timed = [d.on for d in moments if d.on is not None and d.time is not None]
    if timed:
        calendar.add_missing_timezones(
            first_date=dt.date(min(timed).year - 1, 1, 1),
            last_date=dt.date(max(timed).year + 2, 1, 1),
        )
    return calendar


# --- the file ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarExport:
    """What was written: the file and how many events of each kind."""

    path: Path
    year: int
    deadlines: int
    follow_ups: int
    tracks: int
    unknown: tuple[str, ...]  # the year's deadlines without a date (no event)

    def lines(self) -> list[str]:
        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        lines = [
            f"Agenda geschreven naar {self.path}: "
            f"{count(self.deadlines, 'deadline', 'deadlines')} van projectjaar {self.year}, "
            f"{count(self.follow_ups, 'open opvolging', 'open opvolgingen')} en "
            f"{count(self.tracks, 'open ondersteuningstraject', 'open ondersteuningstrajecten')}"
            " met een vervaldatum."
        ]
        if self.unknown:
            lines.append(f"Nog niet bekend en dus niet in de agenda: {', '.join(self.unknown)}.")
        lines.append(
            "Importeer het bestand in uw agenda (Outlook: Bestand › Openen en exporteren › "
            "Importeren/exporteren). Een latere export werkt dezelfde afspraken bij in plaats "
            "van ze dubbel toe te voegen."
        )
        return lines


def default_file_name(year: int) -> str:
    return f"igs-agenda-projectjaar-{year}{SUFFIX}"


def export_calendar(
    db: Database,
    target: Path,
    year: int,
    *,
    overwrite: bool = False,
    protected_dirs: Iterable[Path] = (),
    now: dt.datetime | None = None,
) -> CalendarExport:
    """Write the calendar of project year ``year`` and the open work to ``target``.

    ``target`` is checked first (``safe_output``): never the database, a backup or a device,
    and an existing file only with ``overwrite``; nothing is written when it is refused. The
    file is written beside its place and renamed, so no reader sees half of it."""
    project_year = _year(db, year)
    path = checked_output(target, db.path, protected_dirs, overwrite)
    work = open_work(db)
    calendar = build_calendar(project_year, work, now)
    write_atomically(path, calendar.to_ical(), OSError)
    moments = deadlines(project_year)
    return CalendarExport(
        path=path,
        year=year,
        deadlines=sum(1 for d in moments if d.on is not None),
        follow_ups=sum(1 for i in work if i.kind == due_work.FOLLOW_UP),
        tracks=sum(1 for i in work if i.kind == due_work.TRACK),
        unknown=tuple(d.short for d in moments if d.on is None),
    )
