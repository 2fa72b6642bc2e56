"""Dutch word stems for the note search: "bibliotheken" and "bibliotheek" share one stem.

The stemmer is Snowball's Dutch algorithm in pure Python (``snowballstemmer``), taken by its
module rather than through ``snowballstemmer.stemmer()``: that one switches to PyStemmer when it
happens to be installed, and a stem made by another implementation (or version) at search time
than the one in the index would silently miss.

Words are folded first (no accents, one case, as FTS5's ``unicode61 remove_diacritics 2``
compares them), so "reünies" and "reunie" meet too. ``register_functions`` gives every SQLite
connection ``igs_stem(text)``, which the search index's triggers call (schema revision 0003):
the stems follow every write through the app's engine, undo included, as the words do.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import Any

SQL_FUNCTION = "igs_stem"  # igs_stem(text) -> the distinct stems of its words, space-separated

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """Imported when first needed: the package loads all its 36 stemmers (tens of ms), which
    a start-up that writes or searches no note does not need to pay."""
    from snowballstemmer.dutch_stemmer import DutchStemmer

    return DutchStemmer()


def fold(text: str) -> str:
    """What FTS5's unicode61 tokenizer compares: no accents, one case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one folded word (the stemmer is slow, about 0.1 ms a word: cached)."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=65536)
def word_stem(word: str) -> str:
    """The stem of one word as typed or written: folded, then stemmed (the index and the
    search both use this, so that they agree)."""
    folded = fold(word)
    # Codes and numbers ("nr0042", "2024") have no word forms: as they are, without the stemmer.
    return folded if any(ch.isdigit() for ch in folded) else stem(folded)


def stem_words(text: str | None) -> tuple[str, ...]:
    """The distinct stems of the words of ``text``, in the order they first occur.

    Words are cut from the composed text (as the search cuts a query) and folded one by one:
    a note repeats its words, so nearly every word is a cache hit.
    """
    if not text:
        return ()
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    return tuple(dict.fromkeys(word_stem(word) for word in words))


def stems_text(text: str | None) -> str:
    """``igs_stem``: the distinct stems of ``text``'s words, one space between them."""
    return " ".join(stem_words(text))


def register_functions(connection: sqlite3.Connection) -> None:
    """Give a SQLite connection the functions the schema's triggers call."""
    connection.create_function(SQL_FUNCTION, 1, stems_text, deterministic=True)
