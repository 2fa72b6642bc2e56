"""Amounts in euro as the user types them: "1.234,56", "12500", "€ 2.500,-" in Dutch (nl-BE),
"1,234.56" in English.

The store keeps cents; the parser turns the text into cents and says what is wrong, in the
window's language and with its separators (English swaps the Flemish point and comma).
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from ... import formatting
from ...domain.language import Language
from ..i18n import QT_TRANSLATE_NOOP, current_language, translate
from ..widgets import babel_locale

MAX_CENTS = 100_000_000_000  # EUR 1 billion: anything above is a typing error

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 1.234 or 12.500.000
_PLAIN = re.compile(r"\d+")
_DOT_DECIMALS = re.compile(r"\d+\.\d{1,2}")  # 2.5 or 12.50: a decimal point, not a grouping
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_SWAP = str.maketrans(".,", ",.")  # English separators as the Flemish ones, and back
_EXAMPLE = str(
    QT_TRANSLATE_NOOP(
        "Amounts",
        "Schrijf een bedrag zoals 1.234,56 (punt voor duizendtallen, komma voor de cent).",
    )
)


class AmountError(ValueError):
    """Text that is not an amount; the message says why, in the window's language."""


def _example() -> str:
    return translate("Amounts", _EXAMPLE)


def _written(flemish: str, lang: Language) -> str:
    """A number written the Flemish way as ``lang`` writes it."""
    return flemish.translate(_SWAP) if lang is Language.EN else flemish


def parse_amount(text: str, lang: Language = Language.NL) -> int:
    """Typed text to cents: ``"1.234,56"`` → ``123456`` (``"1,234.56"`` in English); refuses
    negative or unclear input."""
    raw = text.strip()
    if not raw:
        raise AmountError(
            translate("Amounts", "Vul een bedrag in. {example}").format(example=_example())
        )
    cleaned = _SPACES.sub("", raw.replace("€", ""))
    if cleaned.casefold().startswith("eur"):
        cleaned = cleaned[3:]
    cleaned = _written(cleaned, lang)  # from here on written the Flemish way
    if cleaned.startswith(("-", "\u2212")):
        raise AmountError(
            translate("Amounts", "'{text}': een bedrag kan niet negatief zijn.").format(text=raw)
        )
    for dash in (",--", ",-"):
        if cleaned.endswith(dash):  # "2.500,-" means no cents
            cleaned = cleaned[: -len(dash)]
            break
    whole, comma, cents_text = cleaned.partition(",")
    if not (_GROUPED.fullmatch(whole) or _PLAIN.fullmatch(whole)):
        if not comma and _DOT_DECIMALS.fullmatch(whole):
            raise AmountError(
                translate(
                    "Amounts",
                    "'{text}': gebruik een komma voor de cent en een punt voor duizendtallen, "
                    "bv. {example}.",
                ).format(text=raw, example=_written(whole.replace(".", ","), lang))
            )
        raise AmountError(
            translate("Amounts", "'{text}' is geen bedrag. {example}").format(
                text=raw, example=_example()
            )
        )
    if comma and not re.fullmatch(r"\d{1,2}", cents_text):
        raise AmountError(
            translate(
                "Amounts", "'{text}': schrijf hoogstens twee cijfers na de komma. {example}"
            ).format(text=raw, example=_example())
        )
    cents = int(whole.replace(".", "")) * 100 + (int(cents_text.ljust(2, "0")) if comma else 0)
    if cents > MAX_CENTS:
        raise AmountError(
            translate("Amounts", "'{text}' is onwaarschijnlijk groot; kijk het bedrag na.").format(
                text=raw
            )
        )
    return cents


def euro(cents: int | None, empty: str = "—") -> str:
    """Cents as the UI shows an amount: ``123456`` → ``"€ 1.234,56"`` (``"€1,234.56"`` in
    English)."""
    if cents is None:
        return empty
    return formatting.amount(Decimal(cents) / 100, locale=babel_locale())


def editable(cents: int | None) -> str:
    """Cents as text to edit again: ``1250000`` → ``"12.500,00"`` (``"12,500.00"``)."""
    return "" if cents is None else euro(cents).replace("€", "").strip()


class AmountEdit(QLineEdit):
    """A line edit for an amount in euro; ``cents`` parses it (None when left empty)."""

    def __init__(self, name: str, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(editable(cents), parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(translate("Amounts", "bv. 12.500,00"))
        self.setToolTip(
            translate("Amounts", "Bedrag in euro: punt voor duizendtallen, komma voor de cent")
        )

    def cents(self) -> int | None:
        """The amount in cents, None when empty; raises ``AmountError`` on bad input."""
        return parse_amount(self.text(), current_language()) if self.text().strip() else None
