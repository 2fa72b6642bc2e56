"""One line on a project year's deadlines, as the portfolio shows it above its table.

Kept apart from ``services.calendar`` (which reads and writes the years through the ORM) so the
window's first paint can write it from the years it read with ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt

from ..domain.calendar import ProjectYear, year_outlook
from ..domain.language import Language
from ..domain.text import format_date

NL = Language.NL

# The line's parts in each language: the year and its period, the next deadline, no deadline
# to come, the deadlines not announced yet.
_PARTS = {
    Language.NL: (
        "Projectjaar {number}: {period}",
        "volgende deadline: {what} op {date}",
        "alle gekende deadlines zijn voorbij",
        "nog niet bekend: {names}",
    ),
    Language.EN: (
        "Project year {number}: {period}",
        "next deadline: {what} on {date}",
        "all known deadlines have passed",
        "not known yet: {names}",
    ),
}


def period_text(year: ProjectYear, lang: Language = NL) -> str:
    return f"{format_date(year.start, lang)} – {format_date(year.end, lang)}"


def deadline_line(year: ProjectYear, day: dt.date, lang: Language = NL) -> str:
    """The year's period, its next deadline from ``day`` on, and those not known yet."""
    heading, next_one, none_left, not_known = _PARTS[lang]
    coming, unknown = year_outlook(year, day)
    parts = [heading.format(number=year.number, period=period_text(year, lang))]
    if coming is not None and coming.on is not None:
        label = coming.label_in(lang)
        what = label[0].lower() + label[1:]
        parts.append(next_one.format(what=what, date=format_date(coming.on, lang)))
    else:
        parts.append(none_left)
    if unknown:
        parts.append(not_known.format(names=", ".join(d.short_in(lang) for d in unknown)))
    return " · ".join(parts)
