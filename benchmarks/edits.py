"""Cost of one edit at each `synchronous` level: `python benchmarks/edits.py [edits] [folder]`.

Per level (NORMAL, FULL) a fresh database (schema at head, reference data, one partnership)
in ``folder`` (default: a temporary folder), then ``edits`` single-field edits through
``PortfolioService.update_partnership`` (one transaction and a change-log row each, as a user's
edit in the window), each timed on its own. Prints median, 90th percentile and max per level.
The levels alternate in rounds so that the disk's mood affects both alike.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from igs_desktop.paths import AppPaths
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.services.startup import start
from igs_desktop.store import engine

LEVELS = ("NORMAL", "FULL")
ROUNDS = 3


def measure(level: str, folder: Path, edits: int) -> list[float]:
    """Milliseconds per edit at ``level``, on a new database in ``folder``."""
    pragmas = tuple(p for p in engine.PRAGMAS if "synchronous" not in p)
    engine.PRAGMAS = (*pragmas, f"PRAGMA synchronous={level}")
    database = folder / f"edits-{level.lower()}-{time.monotonic_ns()}.sqlite"
    paths = AppPaths(data_dir=folder, database=database, log_dir=folder / "logs")
    startup = start(paths)
    try:
        with startup.db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == (
                2 if level == "FULL" else 1
            )
        service = PortfolioService(startup.db, "benchmark")
        outcome = service.create_partnership("IGS Meting", 3)
        assert outcome.created_id
        times = []
        for i in range(edits):
            started = time.perf_counter()
            service.update_partnership(outcome.created_id, kpi=f"doel {i}")
            times.append((time.perf_counter() - started) * 1000)
        return times
    finally:
        startup.db.close()


def main() -> int:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory(dir=sys.argv[2] if len(sys.argv) > 2 else None) as tmp:
        folder = Path(tmp)
        results: dict[str, list[float]] = {level: [] for level in LEVELS}
        for _ in range(ROUNDS):
            for level in LEVELS:
                results[level].extend(measure(level, folder, edits))
        print(f"{edits} edits x {ROUNDS} rounds in {folder}")
        for level, times in results.items():
            times.sort()
            p90 = times[int(len(times) * 0.9)]
            print(
                f"synchronous={level:6} median {statistics.median(times):6.2f} ms"
                f"  p90 {p90:6.2f} ms  max {times[-1]:6.2f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
