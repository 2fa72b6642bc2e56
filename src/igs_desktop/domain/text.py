"""Numbers, amounts, dates and lists as the rules' messages write them, without third-party
imports.

The app formats through Babel in `igs_desktop.formatting`; the domain stays pure, so it has
these few helpers that write the same output as Babel does: Dutch (nl-BE, the default) "7.500",
"€ 1.234,56", "30 september 2025", "A, B en C"; English (Babel's "en") "7,500", "€1,234.56",
"September 30, 2025", "A, B and C".
"""

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from .language import Language, Text

_CENT = Decimal("0.01")
NL = Language.NL

# (thousands separator, decimal separator) per language
_SEPARATORS = {Language.NL: (".", ","), Language.EN: (",", ".")}


def format_count(n: int, lang: Language = NL) -> str:
    """A whole number with a separator for thousands: 12345 -> "12.345" ("12,345" in English)."""
    return f"{n:,}".replace(",", _SEPARATORS[lang][0])


def format_decimal(value: Decimal | int, lang: Language = NL) -> str:
    """A number with decimals only when it has them: "1.234,5" ("1,234.5" in English)."""
    value = Decimal(value)
    sign = "-" if value < 0 else ""
    whole, _, fraction = format(abs(value).normalize(), "f").partition(".")
    text = sign + format_count(int(whole), lang)
    return f"{text}{_SEPARATORS[lang][1]}{fraction}" if fraction else text


def format_amount(amount: Decimal | int, lang: Language = NL) -> str:
    """An amount in euro, rounded to the cent: Decimal("1234.5") -> "€ 1.234,50" (Dutch),
    "€1,234.50" (English)."""
    cents = Decimal(amount).quantize(_CENT, rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, fraction = format(abs(cents), "f").partition(".")
    digits = f"{format_count(int(whole), lang)}{_SEPARATORS[lang][1]}{fraction}"
    return f"{sign}€{digits}" if lang is Language.EN else f"€ {sign}{digits}"


def format_percent(part: Decimal, whole: Decimal, lang: Language = NL) -> str:
    """`part` as a percentage of `whole`, rounded DOWN to two decimals: "24,99%" ("24.99%").

    Rounding down keeps 24.999% from being shown as a reassuring "25,00%".
    """
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(_CENT, rounding=ROUND_FLOOR)
    return f"{format_decimal(share, lang)}%"


def join(items: Sequence[str], lang: Language = NL) -> str:
    """Join as a sentence would: "A", "A en B", "A, B en C" ("A and B", "A, B and C")."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    word = "and" if lang is Language.EN else "en"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def join_nl(items: Sequence[str]) -> str:
    """Join in Dutch: "A, B en C"."""
    return join(items, Language.NL)


def join_texts(items: Sequence[Text]) -> Text:
    """Join sentences' parts in every language: "A en B" / "A and B"."""
    return Text(join([t.nl for t in items], Language.NL), join([t.en for t in items], Language.EN))


_MONTHS = {
    Language.NL: (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    Language.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(day: dt.date, lang: Language = NL) -> str:
    """A date in words, as Babel's long date: "30 september 2025" (nl-BE), "September 30,
    2025" (en)."""
    month = _MONTHS[lang][day.month - 1]
    if lang is Language.EN:
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"
