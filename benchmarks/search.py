"""Full-text search over many notes: `python benchmarks/search.py [notes] [runs]`.

Generates notes (100,000 by default) in a fresh database, with tags, linked governments and
partnerships, through the real schema and its index triggers, then times typical searches:
a word, a prefix as typed, several words, a rare word, with filters, and the empty query.
`generate_notes` is reused by the test that checks search at this scale.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("veldonderzoek", "data-onderzoek", "overleg", "telefoongesprek", "kennisdeling", "andere")
WORDS = (
    "taal",
    "oefenkansen",
    "buddy",
    "nieuwkomers",
    "onthaal",
    "vrijwilligers",
    "school",
    "jeugd",
    "armoede",
    "wonen",
    "werk",
    "sport",
    "cultuur",
    "bibliotheek",
    "ouders",
    "kinderopvang",
    "gezondheid",
    "vereniging",
    "wijk",
    "buurt",
    "samenleven",
    "participatie",
    "verbinding",
    "discriminatie",
    "welzijn",
    "inburgering",
    "traject",
    "netwerk",
    "begeleiding",
    "bevraging",
    "cijfers",
    "analyse",
    "gesprek",
    "vergadering",
    "partners",
    "regio",
    "opvolging",
    "actieplan",
    "subsidie",
)
TAGS = ("taal", "verbinding", "participatie", "onderwijs", "wonen", "werk", "jeugd", "zorg")
FIRST_DAY = dt.date(2022, 10, 1)
DAYS = 3 * 365
STAMP = "2026-11-27 10:00:00.000000"

# Notes with words found nowhere else, for checks that must find exactly them.
PLANTED = (
    ("Reünie van de taalcafés in Eeklo", "Afspraken over het onthaal.", ("reünie",)),
    ("Gesprek met de schepen", "De reünie in Eeklo was een succes, zei men.", ()),
    ("Zwaluwstaart", "Een woord dat nergens anders voorkomt.", ("uniek",)),
)


@dataclass
class Generated:
    """What was written, so that a test can work out which notes a search must return."""

    note_ids: list[str] = field(default_factory=list)
    serials: dict[str, str] = field(default_factory=dict)  # serial word -> note id
    kinds: dict[str, str] = field(default_factory=dict)
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    dates: dict[str, dt.date] = field(default_factory=dict)
    planted: dict[str, str] = field(default_factory=dict)  # title -> note id
    titles: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)


def serial(i: int) -> str:
    """A word only note ``i`` holds (no other serial starts with it)."""
    return f"nr{i:07d}"


NOTE_COLUMNS = (
    "id",
    "kind",
    "noted_on",
    "title",
    "body",
    "partnership_id",
    "include_in_reports",
    "personal_data",
    "created_at",
    "updated_at",
)


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list) -> None:
    """``executemany`` into a temporary table, then one INSERT ... SELECT into ``table``.

    FTS5 writes its pending words to disk at every statement savepoint; row by row, that is
    one tiny index segment per note to merge later (five times slower). One statement for all
    rows still fires the index triggers for each row, exactly as single writes do.
    """
    names = ", ".join(columns)
    conn.execute(f"CREATE TEMP TABLE staged ({names})")
    conn.executemany(f"INSERT INTO staged VALUES ({', '.join('?' * len(columns))})", rows)
    conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM staged")
    conn.execute("DROP TABLE staged")


def generate_notes(database: Path, count: int = 100_000, seed: int = 5) -> Generated:
    """Write ``count`` notes (plus the PLANTED ones) into an IGS Desktop database at head.

    One transaction, ``executemany`` (see ``_insert``); tags and links go in before their notes
    with foreign keys deferred, so each note is indexed once, by its insert trigger.
    """
    from igs_desktop.store.stemming import register_functions

    rng = random.Random(seed)
    out = Generated()
    conn = sqlite3.connect(database, isolation_level=None)
    register_functions(conn)  # the index's triggers stem the words (schema revision 0003)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        nis = [r[0] for r in conn.execute("SELECT nis_code FROM government ORDER BY nis_code")]
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        partnerships = []
        for p in range(50):
            pid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            partnerships.append(pid)
            conn.execute(
                "INSERT INTO partnership (id, name, formed_year, kpi, status, notes, is_demo, "
                "created_at, updated_at) VALUES (?, ?, 1, '', 'actief', '', 0, ?, ?)",
                (pid, f"Samenwerking {p:02d}", STAMP, STAMP),
            )
        notes, tags, links = [], [], []
        for i in range(count + len(PLANTED)):
            note_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            noted_on = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
            kind = rng.choice(KINDS)
            if i < count:
                title = f"{' '.join(rng.choices(WORDS, k=3))} {serial(i)}".capitalize()
                body = " ".join(rng.choices(WORDS, k=rng.randint(15, 40)))
                note_tags = tuple(sorted(set(rng.choices(TAGS, k=rng.randint(0, 3)))))
                out.serials[serial(i)] = note_id
            else:
                title, body, note_tags = PLANTED[i - count]
                out.planted[title] = note_id
            partnership = rng.choice(partnerships)
            day = noted_on.isoformat()
            notes.append((note_id, kind, day, title, body, partnership, 0, 0, STAMP, STAMP))
            tags += [(note_id, t) for t in note_tags]
            links.append((note_id, rng.choice(nis)))
            out.note_ids.append(note_id)
            out.kinds[note_id], out.tags[note_id], out.dates[note_id] = kind, note_tags, noted_on
            out.titles[note_id], out.bodies[note_id] = title, body
        _insert(conn, "note_tag", ("note_id", "tag"), tags)
        _insert(conn, "note_government", ("note_id", "nis_code"), links)
        _insert(conn, "note", NOTE_COLUMNS, notes)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return out


QUERIES = (
    ("one word", "oefenkansen", {}),
    ("prefix as typed", "oef", {}),
    ("two letters", "oe", {}),
    ("three words", "taal onthaal buurt", {}),
    ("rare word", "zwaluwstaart", {}),
    ("accents", "reunie eeklo", {}),
    ("word form (stem)", "bibliotheken", {}),
    ("word + kind", "school", {"kind": "overleg"}),
    ("word + tag", "school", {"tag": "jeugd"}),
    ("word + dates", "wijk", {"date_from": dt.date(2023, 1, 1), "date_to": dt.date(2023, 3, 31)}),
    ("newest (empty query)", "", {}),
)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    from igs_desktop.paths import AppPaths
    from igs_desktop.services.startup import start
    from igs_desktop.store.search import search_notes

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        paths = AppPaths(home, home / "bench.sqlite", home / "logs")
        start(paths).db.close()
        started = time.perf_counter()
        generate_notes(paths.database, count)
        took = time.perf_counter() - started
        size = paths.database.stat().st_size / 1e6
        print(f"{count:,} notes written and indexed in {took:.1f} s; database {size:.0f} MB")
        db = start(paths).db
        try:
            print(f"{'search':<22} {'hits':>5} {'median ms':>10} {'max ms':>8}   ({runs} runs)")
            for label, query, filters in QUERIES:
                times = []
                for _ in range(runs):
                    t = time.perf_counter()
                    hits = search_notes(db, query, **filters)
                    times.append((time.perf_counter() - t) * 1000)
                print(
                    f"{label:<22} {len(hits):>5} {statistics.median(times):>10.1f} "
                    f"{max(times):>8.1f}"
                )
        finally:
            db.close()


if __name__ == "__main__":
    main()
