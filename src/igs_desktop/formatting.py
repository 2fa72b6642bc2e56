"""nl-BE formatting of numbers, amounts and dates, one place for the UI and the reports.

Babel knows the Belgian Dutch conventions ("7.500", "€ 1.234,56", "1 oktober 2024"). It is
imported where it is used: its locale data is not needed at start-up.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

LOCALE = "nl_BE"


def number(value: int | float | Decimal | None, empty: str = "—") -> str:
    """A count or figure: ``7500`` → ``"7.500"``."""
    if value is None:
        return empty
    from babel.numbers import format_decimal

    return format_decimal(value, locale=LOCALE)


def count_noun(count: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: ``count_noun(1, "actief lid", "actieve
    leden")`` → ``"1 actief lid"``; ``2`` → ``"2 actieve leden"``; ``0`` → ``"0 actieve
    leden"``; ``1200`` → ``"1.200 actieve leden"``."""
    return f"{number(count)} {singular if count == 1 else plural}"


def amount(value: int | float | Decimal | None, empty: str = "—") -> str:
    """An amount in euro: ``1234.56`` → ``"€ 1.234,56"``."""
    if value is None:
        return empty
    from babel.numbers import format_currency

    text = format_currency(Decimal(str(value)), "EUR", locale=LOCALE)
    return text.replace("\xa0", " ")


def percent(value: float | Decimal | None, empty: str = "—") -> str:
    """A fraction as a whole percentage, rounded DOWN: ``0.25`` → ``"25%"``, ``0.249`` →
    ``"24%"`` (a KPI just under the 25% mark must not read as 25%)."""
    if value is None:
        return empty
    from babel.numbers import format_percent

    whole = Decimal(math.floor(Decimal(str(value)) * 100)) / 100
    return format_percent(whole, locale=LOCALE).replace("\xa0", " ")


def date(value: dt.date | None, empty: str = "—") -> str:
    """A date in words: ``date(2024, 10, 1)`` → ``"1 oktober 2024"``."""
    if value is None:
        return empty
    from babel.dates import format_date

    return format_date(value, format="long", locale=LOCALE)


def short_date(value: dt.date | None, empty: str = "—") -> str:
    """A compact date for tables: ``"01-10-2024"``."""
    if value is None:
        return empty
    return value.strftime("%d-%m-%Y")


def datetime(value: dt.datetime | None, empty: str = "—") -> str:
    """A moment: ``"1 oktober 2024 14:05"``."""
    if value is None:
        return empty
    return f"{date(value.date())} {value:%H:%M}"


def deadline(value: dt.datetime | None, empty: str = "—") -> str:
    """A deadline that may have an hour: ``"6 mei 2024 om 12:00 uur"``, or only the date when
    it is midnight (the whole day)."""
    if value is None:
        return empty
    if (value.hour, value.minute) == (0, 0):
        return date(value.date())
    return f"{date(value.date())} om {value:%H:%M} uur"
