"""Run every benchmark in turn (`make bench`); the figures go into docs/performance.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHMARKS = (
    ["startup.py", "5"],
    ["reports.py"],
    ["search.py"],
    ["edits.py"],
    ["integrity.py"],
)


def main() -> int:
    failed = 0
    for script, *args in BENCHMARKS:
        print(f"== {script} {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *args]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
