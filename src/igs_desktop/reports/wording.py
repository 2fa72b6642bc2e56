"""The words of a report in the language it was asked in: Dutch (the default) or English.

The builders write their Dutch text through a `Wording` (``w.t("Leden")``,
``w.n(count, "{count} fout", "{count} fouten")``); for English, gettext looks each Dutch text
up in the catalogue
``resources/locale/en/LC_MESSAGES/reports.po`` (msgid: the Dutch text, msgstr: the English),
compiled to ``reports.mo`` beside it. Placeholders are ``{name}``s filled after translation.
Numbers, amounts and dates go through `igs_desktop.formatting` with the language's Babel
locale. Text the user typed (names, notes, the KPI) is printed as typed.

After changing a text of the reports, update the catalogue with Babel's tools (run in the
repository's root; tests/reports/test_catalogue.py fails until the catalogue is complete and
compiled):

    .venv/bin/pybabel extract -F resources/locale/babel.cfg -k t -k n:2,3 -k N_ \\
        --no-location --omit-header -o /tmp/reports.pot .
    .venv/bin/pybabel update -D reports -i /tmp/reports.pot -d resources/locale -l en \\
        --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date -w 100
    (write the English of each new entry in reports.po)
    .venv/bin/pybabel compile -D reports -d resources/locale -l en
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from .. import formatting
from ..domain.language import Language
from ..paths import resource

DOMAIN = "reports"


def N_(text: str) -> str:
    """Marks a Dutch text that a report translates when it prints it (a kind, a category)."""
    return text


def catalogue_dir() -> Path:
    """The folder of the compiled catalogues: ``<lang>/LC_MESSAGES/reports.mo``."""
    return resource("locale")


@cache
def _translations(lang: Language) -> gettext.NullTranslations:
    if lang is Language.NL:
        return gettext.NullTranslations()  # the builders' texts are the Dutch ones
    path = catalogue_dir() / lang.value / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError as exc:
        raise FileNotFoundError(
            f"De vertaling van de rapporten ({path}) ontbreekt; de installatie is onvolledig."
        ) from exc


@dataclass(frozen=True)
class Wording:
    """A report's words, numbers and dates in one language."""

    lang: Language = Language.NL

    @property
    def locale(self) -> str:
        return formatting.locale_of(self.lang)

    def t(self, text: str, **values: object) -> str:
        """The Dutch `text` in the report's language, its ``{placeholders}`` filled."""
        found = _translations(self.lang).gettext(text)
        return found.format(**values) if values else found

    def n(self, count: int, one: str, many: str, **values: object) -> str:
        """The right form for `count`: ``n(2, "{count} fout", "{count} fouten")`` → "2 fouten"
        ("2 errors"); ``{count}`` is the count as the language writes numbers."""
        found = _translations(self.lang).ngettext(one, many, count)
        return found.format(count=self.number(count), **values)

    def number(self, value: int | float | Decimal | None, empty: str = "—") -> str:
        return formatting.number(value, empty, self.locale)

    def amount(self, value: int | float | Decimal | None, empty: str = "—") -> str:
        return formatting.amount(value, empty, self.locale)

    def euro(self, cents: int | None, empty: str = "—") -> str:
        """An amount kept in cents, in euro."""
        return self.amount(None if cents is None else Decimal(cents) / 100, empty)

    def percent(self, value: float | Decimal | None, empty: str = "—") -> str:
        return formatting.percent(value, empty, self.locale)

    def date(self, value: dt.date | None, empty: str = "—") -> str:
        return formatting.date(value, empty, self.locale)

    def short_date(self, value: dt.date | None, empty: str = "—") -> str:
        return formatting.short_date(value, empty, self.locale)

    def datetime(self, value: dt.datetime | None, empty: str = "—") -> str:
        return formatting.datetime(value, empty, self.locale)


DUTCH = Wording(Language.NL)
