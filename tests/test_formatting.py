import datetime as dt
from decimal import Decimal

from igs_desktop import formatting


def test_numbers_use_a_dot_for_thousands() -> None:
    assert formatting.number(7500) == "7.500"
    assert formatting.number(1234567) == "1.234.567"
    assert formatting.number(None) == "—"


def test_amounts_in_euro_as_in_belgium() -> None:
    assert formatting.amount(Decimal("1234.56")) == "€ 1.234,56"
    assert formatting.amount(10000) == "€ 10.000,00"


def test_dates_in_dutch_words() -> None:
    assert formatting.date(dt.date(2024, 10, 1)) == "1 oktober 2024"
    assert formatting.short_date(dt.date(2024, 10, 1)) == "01-10-2024"


def test_percentages_round_down_so_24_9_is_not_shown_as_25() -> None:
    assert formatting.percent(0.25) == "25%"
    assert formatting.percent(0.249) == "24%"
    assert formatting.percent(0.2499) == "24%"
    assert formatting.percent(1.0) == "100%"


def test_the_domains_dates_read_as_babels() -> None:

    from igs_desktop.domain.text import format_date

    for month in range(1, 13):
        day = dt.date(2025, month, 1 + month)
        assert format_date(day) == formatting.date(day)


def test_a_deadline_shows_its_hour_unless_midnight() -> None:

    assert formatting.deadline(dt.datetime(2024, 5, 6, 12, 0)) == "6 mei 2024 om 12:00 uur"
    assert formatting.deadline(dt.datetime(2024, 5, 6)) == "6 mei 2024"
    assert formatting.deadline(None, empty="nog niet bekend") == "nog niet bekend"


def test_a_count_takes_its_noun_in_the_right_number() -> None:
    assert formatting.count_noun(1, "actief lid", "actieve leden") == "1 actief lid"
    assert formatting.count_noun(2, "actief lid", "actieve leden") == "2 actieve leden"
    assert formatting.count_noun(0, "fout", "fouten") == "0 fouten"
    assert formatting.count_noun(1285, "lokaal bestuur", "lokale besturen") == (
        "1.285 lokale besturen"
    )
