"""nl-BE numbers and amounts as the messages print them."""

from decimal import Decimal

import pytest

from igs_desktop.domain.text import (
    format_amount,
    format_count,
    format_decimal,
    format_percent,
    join_nl,
)


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0"), (999, "999"), (7_500, "7.500"), (12_345, "12.345"), (1_234_567, "1.234.567")],
)
def test_format_count(n: int, text: str) -> None:
    assert format_count(n) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1234.56"), "€ 1.234,56"),
        (Decimal("0.5"), "€ 0,50"),
        (Decimal("10000"), "€ 10.000,00"),
        (Decimal("1234.565"), "€ 1.234,57"),
        (Decimal("-1234.5"), "€ -1.234,50"),
        (10_000, "€ 10.000,00"),
    ],
)
def test_format_amount(amount: Decimal | int, text: str) -> None:
    assert format_amount(amount) == text
    assert "\u00a0" not in format_amount(amount)  # a normal space after the euro sign


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("2500"), "2.500"), (Decimal("1234.50"), "1.234,5"), (Decimal("0.25"), "0,25")],
)
def test_format_decimal(value: Decimal, text: str) -> None:
    assert format_decimal(value) == text


def test_format_percent_rounds_down() -> None:
    assert format_percent(Decimal(2499), Decimal(10000)) == "24,99%"
    assert format_percent(Decimal(24999), Decimal(100000)) == "24,99%"
    assert format_percent(Decimal(1), Decimal(4)) == "25%"


def test_join_nl() -> None:
    assert join_nl([]) == ""
    assert join_nl(["Kortrijk"]) == "Kortrijk"
    assert join_nl(["Kortrijk", "Lendelede"]) == "Kortrijk en Lendelede"
    assert join_nl(["Kortrijk", "Kuurne", "Lendelede"]) == "Kortrijk, Kuurne en Lendelede"
