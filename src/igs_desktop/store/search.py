"""Full-text search over notes: SQLite FTS5, ranked, highlighted, safe for any typed input.

The index (``note_search``, keyed through ``note_search_key``, filled from the view
``note_search_source``) is created by schema revision 0002 and kept in step by SQLite
triggers on the notes, their tags and links, and the linked names: every writer keeps it
right, including undo and plain SQL. User input never reaches FTS5's query syntax: it is cut
into words, and each word is quoted and matched as a prefix ("eek" finds Eeklo as it is typed).
Accents and case do not matter (``unicode61 remove_diacritics 2``).

Word forms (revision 0003): the index's ``stems`` column holds the Dutch stems of a note's
title, text and tags (``store.stemming``, through ``igs_stem`` in the view), and a query word
also matches by its stem there: "bibliotheken" finds "bibliotheek". A stem match weighs less
than the word itself.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from .database import Database
from .notes import normalise_tag
from .stemming import fold, word_stem  # fold: also the figures import's and hand-over's

INDEX_PREFIX = "note_search"  # every object of the index: table, shadow tables, key, view

# bm25 weights of the columns title, body, tags, linked names, stems: a title match ranks
# first. A stem matches also where the word itself does; at a twentieth of the text's weight,
# a match by word form only comes after the words themselves and hardly moves their order.
WORD_COLUMNS = ("title", "body", "tags", "names")
COLUMNS = (*WORD_COLUMNS, "stems")
WEIGHTS = (10.0, 1.0, 4.0, 2.0, 0.05)
MARK_START, MARK_END = "\x02", "\x03"  # around matched words; see NoteHit
SNIPPET_TOKENS = 24  # words in a snippet
MAX_WORDS = 16
_WORD = re.compile(r"[^\W_]+")


def is_index_object(name: str | None) -> bool:
    """True for the tables, view and triggers of the search index (not in the SQLModel metadata).

    Fit for Alembic's ``include_name`` hook, so that autogenerate leaves them alone::

        include_name=lambda name, type_, parents: not is_index_object(name)
    """
    return bool(name) and str(name).startswith(INDEX_PREFIX)


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed: every word required, each matching as a prefix
    of a word in the text, tags or names, or by its Dutch stem in the stems column.

    Every word is quoted: quotes, ``-``, ``*``, ``:``, parentheses and words like AND/OR/NEAR
    lose their meaning, so no input can raise a syntax error. None when the input holds no word.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", query))[:MAX_WORDS]
    if not words:
        return None
    columns = " ".join(WORD_COLUMNS)
    return " AND ".join(
        f'({{{columns}}} : "{word}"* OR stems : "{word_stem(word)}")' for word in words
    )


@dataclass(frozen=True)
class NoteHit:
    """A note found by a search, with the matched words marked in its title and snippet.

    ``marked_title`` and ``snippet_marks`` hold the words between MARK_START and MARK_END;
    ``title_text``/``snippet_text`` show them between brackets, ``*_html`` in bold.
    """

    note_id: str
    kind: str
    noted_on: dt.date
    title: str
    tags: tuple[str, ...]
    partnership_id: str | None
    partnership_name: str
    include_in_reports: bool
    personal_data: bool
    erased: bool
    rank: float  # bm25: lower is better; 0.0 without a query
    marked_title: str
    snippet_marks: str

    def title_text(self, start: str = "[", end: str = "]") -> str:
        return self.marked_title.replace(MARK_START, start).replace(MARK_END, end)

    def snippet_text(self, start: str = "[", end: str = "]") -> str:
        return self.snippet_marks.replace(MARK_START, start).replace(MARK_END, end)

    def title_html(self) -> str:
        return _html(self.marked_title)

    def snippet_html(self) -> str:
        return _html(self.snippet_marks)


def _html(marked: str) -> str:
    return html.escape(marked).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def _plain(text: str) -> str:
    """Stored text with any stray marker characters taken out."""
    return text.replace(MARK_START, "").replace(MARK_END, "")


def _filters(
    kind: str | None,
    tag: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    partnership_id: str | None,
    nis_code: str | None,
) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if kind:
        clauses.append("n.kind = :kind")
        params["kind"] = kind
    if tag and normalise_tag(tag):
        clauses.append(
            "EXISTS (SELECT 1 FROM note_tag AS t WHERE t.note_id = n.id AND t.tag = :tag)"
        )
        params["tag"] = normalise_tag(tag)
    if date_from:
        clauses.append("n.noted_on >= :date_from")
        params["date_from"] = date_from.isoformat()
    if date_to:
        clauses.append("n.noted_on <= :date_to")
        params["date_to"] = date_to.isoformat()
    if partnership_id:
        clauses.append("n.partnership_id = :partnership_id")
        params["partnership_id"] = partnership_id
    if nis_code:
        clauses.append(
            "EXISTS (SELECT 1 FROM note_government AS g "
            "WHERE g.note_id = n.id AND g.nis_code = :nis_code)"
        )
        params["nis_code"] = nis_code
    return "".join(f" AND {c}" for c in clauses), params


_COLUMNS = """
    n.id, n.kind, n.noted_on, n.title, n.partnership_id, p.name AS partnership_name,
    n.include_in_reports, n.personal_data, n.erased_at IS NOT NULL AS erased
"""

_WEIGHTS = ", ".join(str(w) for w in WEIGHTS)
_BEST = f"""
WITH best AS (
    SELECT note_search.rowid AS rid, bm25(note_search, {_WEIGHTS}) AS score
    FROM note_search {{join}}
    WHERE note_search MATCH :match {{filters}}
    ORDER BY score, note_search.rowid DESC
    LIMIT :limit
)
SELECT {_COLUMNS}, n.body, best.score
FROM best
JOIN note_search_key AS k ON k.id = best.rid
JOIN note AS n ON n.id = k.note_id
LEFT JOIN partnership AS p ON p.id = n.partnership_id
ORDER BY best.score, n.noted_on DESC, n.created_at DESC
"""
_FILTER_JOIN = """
    JOIN note_search_key AS k ON k.id = note_search.rowid JOIN note AS n ON n.id = k.note_id
"""

# The newest are chosen on their dates alone, then read whole: sorting every note with its
# body (no index on the dates) took three times as long at 200,000 notes.
_NEWEST = f"""
SELECT {_COLUMNS}, n.body, 0.0 AS score
FROM note AS n
LEFT JOIN partnership AS p ON p.id = n.partnership_id
WHERE n.rowid IN (
    SELECT n.rowid FROM note AS n
    WHERE 1 = 1 {{filters}}
    ORDER BY n.noted_on DESC, n.created_at DESC
    LIMIT :limit
)
ORDER BY n.noted_on DESC, n.created_at DESC
"""


def search_notes(
    db: Database,
    query: str,
    kind: str | None = None,
    tag: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    partnership_id: str | None = None,
    nis_code: str | None = None,
    limit: int | None = 50,
) -> list[NoteHit]:
    """Notes matching ``query`` (best first), or without a query the newest notes; both with
    the filters applied; ``limit=None`` returns every match.

    FTS5 ranks; the marks are set here, on the few notes returned, by the same rule (a word
    that starts with a query word, accents and case aside): FTS5's own highlight() would run
    the whole query again for every note.
    """
    sql, params = _statement(query, limit, kind, tag, date_from, date_to, partnership_id, nis_code)
    words = QueryWords.of(query) if "match" in params else QueryWords()
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(sql), params).mappings().all()
        tags = _tags_of(conn, [r["id"] for r in rows])
    return [_hit(r, words, tags.get(r["id"], ())) for r in rows]


def matching_note_ids(
    db: Database,
    query: str,
    kind: str | None = None,
    tag: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    partnership_id: str | None = None,
    nis_code: str | None = None,
) -> list[str]:
    """The ids of every note ``search_notes`` would find, best first, without marking them
    (quick also for thousands: the privacy export)."""
    sql, params = _statement(query, None, kind, tag, date_from, date_to, partnership_id, nis_code)
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(f"SELECT id FROM ({sql})"), params).scalars())


def _statement(
    query: str,
    limit: int | None,
    kind: str | None,
    tag: str | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    partnership_id: str | None,
    nis_code: str | None,
) -> tuple[str, dict[str, Any]]:
    filters, params = _filters(kind, tag, date_from, date_to, partnership_id, nis_code)
    params["limit"] = -1 if limit is None else limit
    match = match_expression(query)
    if match is None:
        return _NEWEST.format(filters=filters), params
    params["match"] = match
    return _BEST.format(filters=filters, join=_FILTER_JOIN if filters else ""), params


def query_prefixes(query: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD.findall(unicodedata.normalize("NFC", query))[:MAX_WORDS])


@dataclass(frozen=True)
class QueryWords:
    """The words of a query, folded, and their stems: what a word in a hit is marked for."""

    prefixes: tuple[str, ...] = ()
    stems: frozenset[str] = frozenset()

    @classmethod
    def of(cls, query: str) -> QueryWords:
        prefixes = query_prefixes(query)
        return cls(prefixes, frozenset(word_stem(p) for p in prefixes))

    def __bool__(self) -> bool:
        return bool(self.prefixes)

    def matches(self, word: str) -> bool:
        """``word`` starts with a query word, or has the stem of one (as the search matched)."""
        folded = fold(word)
        if folded.startswith(self.prefixes):
            return True
        # Stemming is slow: only words that begin like a query word or its stem are stemmed.
        heads = {w[:3] for w in (*self.prefixes, *self.stems)}
        return folded[:3] in heads and word_stem(folded) in self.stems


def _query_words(words: QueryWords | tuple[str, ...]) -> QueryWords:
    return words if isinstance(words, QueryWords) else QueryWords(words)


def mark(text: str, words: QueryWords | tuple[str, ...]) -> str:
    """``text`` with every word that matches one of the query's ``words`` between the markers
    (a tuple of folded prefixes marks by prefix only)."""
    query = _query_words(words)
    if not query:
        return text
    out, last = [], 0
    for word in _WORD.finditer(text):
        if query.matches(word.group()):
            out += [text[last : word.start()], MARK_START, word.group(), MARK_END]
            last = word.end()
    return "".join([*out, text[last:]])


def snippet(body: str, words: QueryWords | tuple[str, ...], size: int = SNIPPET_TOKENS) -> str:
    """About ``size`` words of ``body`` around its first match (or its start), marked."""
    query = _query_words(words)
    found = list(_WORD.finditer(body))
    if not found:
        return " ".join(body.split())
    first = next((i for i, w in enumerate(found) if query and query.matches(w.group())), 0)
    start = max(0, min(first - size // 4, len(found) - size))
    end = min(len(found), start + size)
    lo = found[start].start() if start else 0
    hi = found[end - 1].end() if end < len(found) else len(body)
    text = " ".join(body[lo:hi].split())
    return ("… " if start else "") + mark(text, query) + (" …" if end < len(found) else "")


def _hit(row: Any, words: QueryWords, tags: tuple[str, ...]) -> NoteHit:
    title, body = _plain(row["title"]), _plain(row["body"] or "")
    return NoteHit(
        note_id=row["id"],
        kind=row["kind"],
        noted_on=dt.date.fromisoformat(row["noted_on"]),
        title=title,
        tags=tags,
        partnership_id=row["partnership_id"],
        partnership_name=row["partnership_name"] or "",
        include_in_reports=bool(row["include_in_reports"]),
        personal_data=bool(row["personal_data"]),
        erased=bool(row["erased"]),
        rank=float(row["score"]),
        marked_title=mark(title, words),
        snippet_marks=snippet(body, words),
    )


def _tags_of(conn: Connection, note_ids: list[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(note_ids), 500):
        chunk = note_ids[start : start + 500]
        rows = conn.execute(
            sa.text(
                "SELECT note_id, tag FROM note_tag WHERE note_id IN :ids ORDER BY tag"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": chunk},
        )
        for note_id, tag in rows:
            found[note_id].append(tag)
    return {k: tuple(v) for k, v in found.items()}


# --- upkeep -----------------------------------------------------------------------------

_FILL = f"""
INSERT INTO note_search_key (note_id) SELECT id FROM note ORDER BY created_at, id;
INSERT INTO note_search (rowid, {", ".join(COLUMNS)})
    SELECT k.id, {", ".join(f"s.{c}" for c in COLUMNS)}
    FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id;
"""


def rebuild_index(conn: Connection) -> int:
    """Fill the index again from the notes (repair; the triggers keep it right otherwise).
    Returns the number of notes indexed."""
    conn.exec_driver_sql("DELETE FROM note_search")
    conn.exec_driver_sql("DELETE FROM note_search_key")
    for statement in _FILL.split(";\n"):
        if statement.strip():
            conn.exec_driver_sql(statement)
    return int(conn.exec_driver_sql("SELECT count(*) FROM note_search_key").scalar() or 0)


def index_problems(db: Database) -> list[str]:
    """What is wrong with the index, in Dutch; empty when every note is indexed exactly once
    with its current text. FTS5's own integrity check runs too."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO note_search (note_search) VALUES ('integrity-check')")
        stale = conn.exec_driver_sql(
            """
            SELECT count(*) FROM note_search_source AS s
            LEFT JOIN note_search_key AS k ON k.note_id = s.note_id
            LEFT JOIN note_search AS f ON f.rowid = k.id
            WHERE f.rowid IS NULL OR f.title IS NOT s.title OR f.body IS NOT s.body
               OR f.tags IS NOT s.tags OR f.names IS NOT s.names OR f.stems IS NOT s.stems
            """
        ).scalar()
        extra = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM note_search) - (SELECT count(*) FROM note)"
        ).scalar()
        conn.rollback()
    if stale:
        problems.append(f"{stale} notitie(s) ontbreken in de zoekindex of staan er verouderd in.")
    if extra:
        problems.append(f"De zoekindex telt {extra} rij(en) meer dan er notities zijn.")
    return problems
