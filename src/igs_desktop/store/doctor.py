"""A thorough look at the database file: SQLite's integrity check, the foreign keys, the search
index. Read-only but for the search index check, which SQLite runs as a statement that is
rolled back (it changes nothing).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .schema import KNOWN_REVISIONS
from .search import INDEX_PREFIX

LIMIT = 20  # problems reported per check; the first ones say enough


@dataclass(frozen=True)
class Check:
    """One check: its Dutch name, whether it passed, and what it found."""

    name: str
    ok: bool
    problems: tuple[str, ...] = ()


def _rows(connection: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return list(connection.execute(sql))


def run_checks(path: Path) -> list[Check]:
    """Every check on the database at ``path`` (which must exist)."""
    checks: list[Check] = []
    read_only = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            integrity = [str(r[0]) for r in _rows(read_only, f"PRAGMA integrity_check({LIMIT})")]
        except sqlite3.DatabaseError as exc:
            integrity = [str(exc)]
        sound = integrity == ["ok"]
        checks.append(
            Check(
                "Structuur van het bestand (integrity_check)",
                sound,
                () if sound else tuple(integrity),
            )
        )
        if not sound:
            return checks  # the other checks read the damaged pages again
        revision = _rows(read_only, "SELECT version_num FROM alembic_version")
        known = bool(revision) and revision[0][0] in KNOWN_REVISIONS
        checks.append(
            Check(
                "Schema van IGS Desktop",
                known,
                () if known else (f"onbekend schema {revision[0][0] if revision else '(geen)'}",),
            )
        )
        broken = _rows(read_only, "PRAGMA foreign_key_check")[:LIMIT]
        checks.append(
            Check(
                "Verwijzingen tussen tabellen (foreign_key_check)",
                not broken,
                tuple(
                    f"{table} rij {rowid} verwijst naar een ontbrekende {parent}"
                    for table, rowid, parent, _ in broken
                ),
            )
        )
    finally:
        read_only.close()
    checks.append(_search_index(path))
    return checks


def _search_index(path: Path) -> Check:
    name = "Zoekindex van de notities"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        try:
            connection.execute(
                f"INSERT INTO {INDEX_PREFIX}({INDEX_PREFIX}, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.DatabaseError as exc:
            return Check(name, False, (f"{exc}; de zoekindex kan opnieuw opgebouwd worden",))
        finally:
            connection.execute("ROLLBACK")
        return Check(name, True)
    finally:
        connection.close()
