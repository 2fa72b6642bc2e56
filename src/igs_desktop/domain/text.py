"""Dutch (nl-BE) wording for the rules' messages, without third-party imports.

The app formats through Babel in `igs_desktop.formatting`; the domain stays pure, so it has
these few helpers that write the same output ("7.500", "€ 1.234,56").
"""

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

_CENT = Decimal("0.01")


def format_count(n: int) -> str:
    """A whole number with a dot for thousands: 12345 -> "12.345"."""
    return f"{n:,}".replace(",", ".")


def format_decimal(value: Decimal | int) -> str:
    """A number as written in Flanders, decimals only when it has them: "1.234,5"."""
    value = Decimal(value)
    sign = "-" if value < 0 else ""
    whole, _, fraction = format(abs(value).normalize(), "f").partition(".")
    text = sign + format_count(int(whole))
    return f"{text},{fraction}" if fraction else text


def format_amount(amount: Decimal | int) -> str:
    """An amount in euro, rounded to the cent: Decimal("1234.5") -> "€ 1.234,50"."""
    cents = Decimal(amount).quantize(_CENT, rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, fraction = format(abs(cents), "f").partition(".")
    return f"€ {sign}{format_count(int(whole))},{fraction}"


def format_percent(part: Decimal, whole: Decimal) -> str:
    """`part` as a percentage of `whole`, rounded DOWN to two decimals: "24,99%".

    Rounding down keeps 24.999% from being shown as a reassuring "25,00%".
    """
    share = (Decimal(part) * 100 / Decimal(whole)).quantize(_CENT, rounding=ROUND_FLOOR)
    return f"{format_decimal(share)}%"


def join_nl(items: Sequence[str]) -> str:
    """Join as a sentence would: "A", "A en B", "A, B en C"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} en {items[-1]}"


_MONTHS = (
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
)


def format_date(day: dt.date) -> str:
    """A date as written in Flanders: "30 september 2025" (as Babel's nl_BE long date)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
