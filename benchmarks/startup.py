"""Start-up time of the window: `python benchmarks/startup.py [runs]`.

Runs `igs-desktop --exit-after-paint` in a fresh process several times, on a database that
is already at the current schema (the usual case), and prints the wall-clock time from
process start to exit and the time to first paint the app reports itself.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(home: str) -> tuple[float, float]:
    env = {**os.environ, "IGS_DESKTOP_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "igs_desktop", "--exit-after-paint"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    wall = time.perf_counter() - started
    paint = float(result.stderr.split("first paint after ")[1].split(" s")[0])
    return wall, paint


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as home:
        first_wall, first_paint = run_once(home)  # creates the database: the first start ever
        walls, paints = zip(*(run_once(home) for _ in range(runs)), strict=True)
    print(f"first start (creates database): wall {first_wall:.2f} s, paint {first_paint:.2f} s")
    print(
        f"later starts, median of {runs}: wall {statistics.median(walls):.2f} s "
        f"(min {min(walls):.2f}), first paint {statistics.median(paints):.2f} s "
        f"after the app's own clock started"
    )


if __name__ == "__main__":
    main()
