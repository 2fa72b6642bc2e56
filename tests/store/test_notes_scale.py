"""Search among 100,000 generated notes returns the right notes (speed: benchmarks/search.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from igs_desktop.services.notes import NotesService
from igs_desktop.store.database import open_database
from igs_desktop.store.search import matching_note_ids, search_notes

COUNT = 100_000
BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "search.py"


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_search", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def words(text: str) -> set[str]:
    return set(text.lower().split())


@pytest.mark.slow
def test_search_finds_the_right_notes_among_100000(db_file: Path) -> None:
    bench = load_benchmark()
    made = bench.generate_notes(db_file, COUNT)
    assert len(made.note_ids) == COUNT + len(bench.PLANTED)
    db, _report = open_database(db_file)
    try:
        # A word one note holds, typed in full or in part.
        for i in (0, 4_242, COUNT - 1):
            code = bench.serial(i)
            assert [h.note_id for h in search_notes(db, code)] == [made.serials[code]]
            typed = [h.note_id for h in search_notes(db, code[:-1])]  # as it is being typed
            assert made.serials[code] in typed and len(typed) == 10

        # Accents and case aside; the title match first, then the text match.
        planted = made.planted
        reunion = [h.note_id for h in search_notes(db, "REUNIE eeklo")]
        assert reunion == [
            planted["Reünie van de taalcafés in Eeklo"],
            planted["Gesprek met de schepen"],
        ]
        assert [h.note_id for h in search_notes(db, "zwaluwstaart")] == [planted["Zwaluwstaart"]]

        # Every note with both words, none without (checked against what was written).
        expected = {
            n
            for n in made.note_ids
            if {"kinderopvang", "discriminatie"} <= words(f"{made.titles[n]} {made.bodies[n]}")
        }
        found = matching_note_ids(db, "kinderopvang discriminatie")
        assert expected and set(found) == expected and len(found) == len(expected)

        # Ranked: the best 50 for a common word all have it in their title.
        top = search_notes(db, "kinderopvang")
        assert len(top) == 50
        assert all("kinderopvang" in words(made.titles[h.note_id]) for h in top)

        # Filters only (no words): exactly the notes the generator gave that kind, tag and date.
        start, end = dt.date(2023, 1, 1), dt.date(2023, 3, 31)
        wanted = {
            n
            for n in made.note_ids
            if made.kinds[n] == "overleg"
            and "jeugd" in made.tags[n]
            and start <= made.dates[n] <= end
        }
        filtered = search_notes(
            db, "", kind="overleg", tag="jeugd", date_from=start, date_to=end, limit=None
        )
        assert wanted and {h.note_id for h in filtered} == wanted
        with_word = matching_note_ids(db, "wijk", kind="overleg", tag="jeugd", date_from=start)
        assert set(with_word) == {
            n
            for n in made.note_ids
            if made.kinds[n] == "overleg"
            and "jeugd" in made.tags[n]
            and made.dates[n] >= start
            and "wijk" in words(f"{made.titles[n]} {made.bodies[n]}")
        }

        # An edit, a delete and their undo reach the index at this size too.
        service = NotesService(db, "Test")
        target = made.serials[bench.serial(777)]
        edited = service.update_note(target, title="Ijsvogel")
        assert [h.note_id for h in search_notes(db, "ijsvogel")] == [target]
        assert search_notes(db, bench.serial(777)) == []
        service.revert(edited)
        assert [h.note_id for h in search_notes(db, bench.serial(777))] == [target]
        deleted = service.delete_note(target)
        assert search_notes(db, bench.serial(777)) == []
        service.revert(deleted)
        assert [h.note_id for h in search_notes(db, bench.serial(777))] == [target]
    finally:
        db.close()
