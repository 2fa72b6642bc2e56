"""English formatting through Babel's "en" locale, for reports asked for in English."""

import datetime as dt
from decimal import Decimal

from igs_desktop import formatting
from igs_desktop.domain.language import Language

EN = formatting.locale_of(Language.EN)


def test_every_language_has_a_babel_locale_and_dutch_stays_the_default() -> None:
    assert set(formatting.LOCALES) == set(Language)
    assert formatting.locale_of(Language.NL) == formatting.LOCALE == "nl_BE"
    assert formatting.number(7500) == "7.500"


def test_english_numbers_amounts_percentages_and_dates() -> None:
    assert formatting.number(7500, locale=EN) == "7,500"
    assert formatting.amount(Decimal("1234.56"), locale=EN) == "€1,234.56"
    assert formatting.percent(0.2499, locale=EN) == "24%"
    assert formatting.date(dt.date(2026, 11, 29), locale=EN) == "November 29, 2026"
    assert formatting.short_date(dt.date(2024, 10, 1), locale=EN) == "Oct 1, 2024"
    assert formatting.datetime(dt.datetime(2024, 10, 1, 14, 5), locale=EN) == (
        "October 1, 2024 14:05"
    )
    assert formatting.deadline(dt.datetime(2024, 5, 6, 12, 0), locale=EN) == "May 6, 2024 at 12:00"
    assert formatting.count_noun(1200, "error", "errors", locale=EN) == "1,200 errors"
