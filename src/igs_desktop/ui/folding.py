"""Text folded for searching: lower case without accents (one place for every filter box)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, so that "eeklo" finds "Eeklo" and "reunie" "reünie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
