"""Measuring tools shared by the benchmarks: a child process's wall time and peak memory, and
the summary of a list of samples (median and spread).

A child is waited for with ``os.wait4``, which returns the resource usage of that one process:
its ``ru_maxrss`` is the peak resident memory of the child alone (``RUSAGE_CHILDREN`` would
give the largest of all children so far).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MIB = 1024 * 1024


@dataclass(frozen=True)
class ChildRun:
    """One finished child process."""

    wall: float  # seconds from start to exit, as seen by the parent
    peak_rss_mib: float
    returncode: int
    stdout: str
    stderr: str
    marks: dict[str, float]  # seconds from start until a line with this text was on stderr


def _max_rss_mib(ru_maxrss: int) -> float:
    """``ru_maxrss`` is in KiB on Linux and in bytes on macOS."""
    return ru_maxrss / MIB if sys.platform == "darwin" else ru_maxrss / 1024


def run_child(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    timeout: float = 900.0,
    marks: Sequence[str] = (),
) -> ChildRun:
    """Run ``argv`` to its end and measure it; raises RuntimeError when it takes over
    ``timeout`` seconds (it is killed then). ``marks``: texts to time on stderr (the moment
    their line was read, so a child that says "painted" is timed to then)."""
    lines: list[str] = []
    seen: dict[str, float] = {}
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(argv), stdout=out, stderr=subprocess.PIPE, env=dict(env or os.environ)
        )
        assert process.stderr is not None

        def read_stderr() -> None:
            assert process.stderr is not None
            for raw in process.stderr:
                now = time.perf_counter() - started
                line = raw.decode("utf-8", "replace")
                lines.append(line)
                for mark in marks:
                    if mark not in seen and mark in line:
                        seen[mark] = now

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        reader.join()
        process.stderr.close()
        out.seek(0)
        run = ChildRun(
            wall,
            _max_rss_mib(usage.ru_maxrss),
            process.returncode,
            out.read().decode("utf-8", "replace"),
            "".join(lines),
            seen,
        )
    if run.returncode < 0 and wall >= timeout:
        raise RuntimeError(f"{' '.join(argv)} took over {timeout:.0f} s and was stopped")
    return run


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (0.95 for p95), interpolated between the nearest samples."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(samples: Sequence[float], unit: str) -> dict[str, Any]:
    """Median and spread of ``samples`` (in ``unit``), as stored in results.json."""
    return {
        "unit": unit,
        "runs": len(samples),
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "p95": percentile(samples, 0.95),
        "samples": list(samples),
    }
