"""The languages the app speaks, and a sentence in each of them.

This is the one place that names the supported languages: the rules' messages, the reports
and the command line's ``--lang`` all take a `Language`. Dutch (nl-BE) is the app's own
language and every default; English is there for colleagues who read no Dutch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Language(StrEnum):
    """A language of the app's texts; the value is its ISO 639-1 code."""

    NL = "nl"
    EN = "en"

    @property
    def native_name(self) -> str:
        """The language's name in that language, as a choice in a list shows it."""
        return _NATIVE_NAMES[self]

    @property
    def tag(self) -> str:
        """The BCP 47 tag a document declares (a PDF's ``lang``): "nl-BE", "en"."""
        return _TAGS[self]

    @classmethod
    def parse(cls, value: str) -> Language:
        """``"en"``, ``"EN"`` or ``" nl "`` as a Language; a Dutch ValueError otherwise."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            choices = " of ".join(f"'{language.value}'" for language in cls)
            raise ValueError(f"Onbekende taal '{value}': kies {choices}.") from None


_NATIVE_NAMES = {Language.NL: "Nederlands", Language.EN: "English"}
_TAGS = {Language.NL: "nl-BE", Language.EN: "en"}


@dataclass(frozen=True)
class Text:
    """One sentence (or phrase) in every language, written side by side from the same values."""

    nl: str
    en: str

    def in_(self, language: Language) -> str:
        return self.en if language is Language.EN else self.nl

    def map(self, change: Callable[[str], str]) -> Text:
        """The same change applied to every language's text (a capital, a full stop)."""
        return Text(change(self.nl), change(self.en))
