"""Full-text search over notes: SQLite FTS5, ranked, highlighted, safe for any typed input.

The index (``note_search``, keyed through ``note_search_key``, filled from the view
``note_search_source``) is created by schema revision 0002 and kept in step by SQLite
triggers on the notes, their tags and links, and the linked names: every writer keeps it
right, including undo and plain SQL. User input never reaches FTS5's query syntax: it is cut
into words, and each word is quoted and matched as a prefix ("eek" finds Eeklo as it is typed).
Accents and case do not matter (``unicode61 remove_diacritics 2``).
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

INDEX_PREFIX = "note_search"  # every object of the index: table, shadow tables, key, view

# bm25 weights of the columns title, body, tags, linked names: a title match ranks first.
WEIGHTS = (10.0, 1.0, 4.0, 2.0)
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
    """The FTS5 query for what the user typed: every word, quoted, as a prefix, all required.

    Quotes, ``-``, ``*``, ``:``, parentheses and words like AND/OR/NEAR lose their meaning, so
    no input can raise a syntax error. None when the input holds no word.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", query))[:MAX_WORDS]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


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

_NEWEST = f"""
SELECT {_COLUMNS}, n.body, 0.0 AS score
FROM note AS n
LEFT JOIN partnership AS p ON p.id = n.partnership_id
WHERE 1 = 1 {{filters}}
ORDER BY n.noted_on DESC, n.created_at DESC
LIMIT :limit
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
    prefixes = query_prefixes(query) if "match" in params else ()
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(sql), params).mappings().all()
        tags = _tags_of(conn, [r["id"] for r in rows])
    return [_hit(r, prefixes, tags.get(r["id"], ())) for r in rows]


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


def fold(text: str) -> str:
    """What FTS5's unicode61 tokenizer compares: no accents, one case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def query_prefixes(query: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD.findall(unicodedata.normalize("NFC", query))[:MAX_WORDS])


def mark(text: str, prefixes: tuple[str, ...]) -> str:
    """``text`` with every word that starts with one of ``prefixes`` between the markers."""
    if not prefixes:
        return text
    out, last = [], 0
    for word in _WORD.finditer(text):
        if fold(word.group()).startswith(prefixes):
            out += [text[last : word.start()], MARK_START, word.group(), MARK_END]
            last = word.end()
    return "".join([*out, text[last:]])


def snippet(body: str, prefixes: tuple[str, ...], size: int = SNIPPET_TOKENS) -> str:
    """About ``size`` words of ``body`` around its first match (or its start), marked."""
    words = list(_WORD.finditer(body))
    if not words:
        return " ".join(body.split())
    first = next(
        (i for i, w in enumerate(words) if prefixes and fold(w.group()).startswith(prefixes)), 0
    )
    start = max(0, min(first - size // 4, len(words) - size))
    end = min(len(words), start + size)
    lo = words[start].start() if start else 0
    hi = words[end - 1].end() if end < len(words) else len(body)
    text = " ".join(body[lo:hi].split())
    return ("… " if start else "") + mark(text, prefixes) + (" …" if end < len(words) else "")


def _hit(row: Any, prefixes: tuple[str, ...], tags: tuple[str, ...]) -> NoteHit:
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
        marked_title=mark(title, prefixes),
        snippet_marks=snippet(body, prefixes),
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

_FILL = """
INSERT INTO note_search_key (note_id) SELECT id FROM note ORDER BY created_at, id;
INSERT INTO note_search (rowid, title, body, tags, names)
    SELECT k.id, s.title, s.body, s.tags, s.names
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
               OR f.tags IS NOT s.tags OR f.names IS NOT s.names
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
