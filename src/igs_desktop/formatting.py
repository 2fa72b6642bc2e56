"""Numbers, amounts and dates for the UI and the reports, one place, through Babel.

Belgian Dutch (nl-BE) is the default everywhere: "7.500", "€ 1.234,56", "1 oktober 2024".
A report in English passes ``locale=locale_of(Language.EN)`` ("en"): "7,500", "€1,234.56",
"October 1, 2024". Babel is imported where it is used: its locale data is not needed at
start-up.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from .domain.language import Language

LOCALE = "nl_BE"
LOCALES = {Language.NL: LOCALE, Language.EN: "en"}
"""The Babel locale of each language of the app (the only two a bundle needs)."""


def locale_of(lang: Language) -> str:
    return LOCALES[lang]


def _english(locale: str) -> bool:
    return locale.split("_")[0] == "en"


def number(value: int | float | Decimal | None, empty: str = "—", locale: str = LOCALE) -> str:
    """A count or figure: ``7500`` → ``"7.500"`` (``"7,500"`` in English)."""
    if value is None:
        return empty
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)


def count_noun(count: int, singular: str, plural: str, locale: str = LOCALE) -> str:
    """A count with its noun in the right number: ``count_noun(1, "actief lid", "actieve
    leden")`` → ``"1 actief lid"``; ``2`` → ``"2 actieve leden"``; ``0`` → ``"0 actieve
    leden"``; ``1200`` → ``"1.200 actieve leden"``."""
    return f"{number(count, locale=locale)} {singular if count == 1 else plural}"


def amount(value: int | float | Decimal | None, empty: str = "—", locale: str = LOCALE) -> str:
    """An amount in euro: ``1234.56`` → ``"€ 1.234,56"`` (``"€1,234.56"`` in English)."""
    if value is None:
        return empty
    from babel.numbers import format_currency

    text = format_currency(Decimal(str(value)), "EUR", locale=locale)
    return text.replace("\xa0", " ")


def percent(value: float | Decimal | None, empty: str = "—", locale: str = LOCALE) -> str:
    """A fraction as a whole percentage, rounded DOWN: ``0.25`` → ``"25%"``, ``0.249`` →
    ``"24%"`` (a KPI just under the 25% mark must not read as 25%)."""
    if value is None:
        return empty
    from babel.numbers import format_percent

    whole = Decimal(math.floor(Decimal(str(value)) * 100)) / 100
    return format_percent(whole, locale=locale).replace("\xa0", " ")


def date(value: dt.date | None, empty: str = "—", locale: str = LOCALE) -> str:
    """A date in words: ``date(2024, 10, 1)`` → ``"1 oktober 2024"`` (``"October 1, 2024"``)."""
    if value is None:
        return empty
    from babel.dates import format_date

    return format_date(value, format="long", locale=locale)


def short_date(value: dt.date | None, empty: str = "—", locale: str = LOCALE) -> str:
    """A compact date for tables: ``"01-10-2024"``; in English Babel's medium date
    ``"Oct 1, 2024"`` (no day/month order to misread)."""
    if value is None:
        return empty
    if _english(locale):
        from babel.dates import format_date

        return format_date(value, format="medium", locale=locale)
    return value.strftime("%d-%m-%Y")


def datetime(value: dt.datetime | None, empty: str = "—", locale: str = LOCALE) -> str:
    """A moment: ``"1 oktober 2024 14:05"`` (``"October 1, 2024 14:05"``)."""
    if value is None:
        return empty
    return f"{date(value.date(), locale=locale)} {value:%H:%M}"


def deadline(value: dt.datetime | None, empty: str = "—", locale: str = LOCALE) -> str:
    """A deadline that may have an hour: ``"6 mei 2024 om 12:00 uur"`` (``"May 6, 2024 at
    12:00"``), or only the date when it is midnight (the whole day)."""
    if value is None:
        return empty
    day = date(value.date(), locale=locale)
    if (value.hour, value.minute) == (0, 0):
        return day
    return f"{day} at {value:%H:%M}" if _english(locale) else f"{day} om {value:%H:%M} uur"
