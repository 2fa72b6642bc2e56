"""The cost of checking the database for damage at open: `python benchmarks/integrity.py [notes]`.

Generates notes (200,000 by default: the note count of a hundred times the agency) in a fresh
database through the real schema (see benchmarks/search.py), then times what opening adds:
`PRAGMA quick_check` through `store.database.inspect_file`, and `integrity_check` as
`igs-desktop doctor` runs it. Median and spread of several runs, file size, machine.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import generate_notes

from igs_desktop.paths import AppPaths
from igs_desktop.services.startup import start
from igs_desktop.store.database import inspect_file


def timed(work, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        paths = AppPaths(home, home / "groot.sqlite", home / "logs")
        start(paths).db.close()  # a database at head with the reference data
        path = paths.database
        generate_notes(path, count)
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size / 2**20

        def integrity() -> None:
            with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

        quick = timed(lambda: inspect_file(path), runs)
        full = timed(integrity, runs)
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    print(f"{count} notes, {size:.0f} MiB")
    for name, times in (("open check (quick_check)", quick), ("doctor (integrity_check)", full)):
        print(
            f"{name}: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, max {max(times):.3f}, {runs} runs)"
        )


if __name__ == "__main__":
    main()
