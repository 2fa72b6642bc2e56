"""One line on a project year's deadlines, as the portfolio shows it above its table.

Kept apart from ``services.calendar`` (which reads and writes the years through the ORM) so the
window's first paint can write it from the years it read with ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt

from ..domain.calendar import ProjectYear, year_outlook
from ..domain.text import format_date


def period_text(year: ProjectYear) -> str:
    return f"{format_date(year.start)} – {format_date(year.end)}"


def deadline_line(year: ProjectYear, day: dt.date) -> str:
    """The year's period, its next deadline from ``day`` on, and those not known yet."""
    coming, unknown = year_outlook(year, day)
    parts = [f"Projectjaar {year.number}: {period_text(year)}"]
    if coming is not None and coming.on is not None:
        what = coming.label[0].lower() + coming.label[1:]
        parts.append(f"volgende deadline: {what} op {format_date(coming.on)}")
    else:
        parts.append("alle gekende deadlines zijn voorbij")
    if unknown:
        names = ", ".join(d.short for d in unknown)
        parts.append(f"nog niet bekend: {names}")
    return " · ".join(parts)
