"""`make bench`: every measurement of issue 13 at scales 1, 10 and 100, next to the floor.

    python benchmarks/run.py                                   # everything, as `make bench`
    python benchmarks/run.py --scales 1 10 --runs 3 --only startup,check   # a quick look

Per scale the database comes from ``benchmarks/generate.py`` (cached in benchmarks/.data, see
``datasets.py``; the pseudo-scale ``demo`` is the demo portfolio) and every measurement works
on one writable copy of it, opened once untimed first (``igs-desktop init``: the day's routine
backup). Measured, each several times:

- ``startup``: ``igs-desktop --db FILE --exit-after-paint`` in a fresh process: wall time
  until it says on stderr that the portfolio is painted (and until it exits), peak memory;
  each run right after a run of the floor (``floor.py``: a bare PySide6 program painting one
  1200x800 window, timed to its paint the same way) so both see the same machine; one
  unmeasured start first;
- ``check``: ``igs-desktop check --db FILE`` in a fresh process, and ``check_all`` in-process;
- ``open_page``, ``filter``, ``search``, ``year``: the window driven in-process
  (``interactions.py``);
- ``plan``, ``follow-up``: the reports through the Workbench (``workloads.py``).

The in-process groups run in their own child process, whose peak memory is reported. Writes
``benchmarks/results.json`` and the tables in ``docs/performance.md`` (between the markers)
when the whole set ran, or with ``--write``; prints the tables in any case. ``--only
edits,integrity`` runs the older detail benchmarks (``edits.py``, ``integrity.py``), printed
only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import datasets
import tables
from machine import load_average, machine
from measure import ChildRun, run_child, summary

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.json"
DOCS = ROOT / "docs" / "performance.md"
WORK = datasets.CACHE / "work"

SCALES = ("1", "10", "100")
INTERACTIONS = ("open_page", "filter", "search", "year")
GROUPS = ("startup", "check", *INTERACTIONS, "plan", "follow-up")
FLOOR_PAINTED = "first paint"
APP_PAINTED = ("portfolio painted after ", "first paint after ")  # the first one said wins
DETAIL_SCRIPTS = {"edits": ["edits.py"], "integrity": ["integrity.py"]}


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def commit() -> str | None:
    """The commit measured (with ``+`` when the work tree differs from it)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "src"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return None
    return f"{head}+" if head and dirty else head or None


def app_command() -> list[str]:
    script = Path(sys.executable).parent / "igs-desktop"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "igs_desktop"]


class Failed(Exception):
    """A measured program failed; the message has the end of its stderr."""


class Bench:
    def __init__(self, runs: int, reps: int, budget: float) -> None:
        self.runs = runs
        self.reps = reps
        self.budget = budget
        self.floor_walls: list[float] = []  # to the first paint
        self.floor_exits: list[float] = []
        self.floor_peaks: list[float] = []
        self.measurements: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def env(home: Path) -> dict[str, str]:
        return {**os.environ, "IGS_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}

    @staticmethod
    def checked(run: ChildRun, what: str, codes: tuple[int, ...] = (0,)) -> ChildRun:
        if run.returncode not in codes:
            raise Failed(f"{what} failed (exit {run.returncode}):\n{run.stderr[-3000:]}")
        return run

    def add(self, ident: str, scale: str, figures: dict[str, Any], **extra: Any) -> None:
        record = {"id": ident, "scale": datasets.scale_value(scale), **figures, **extra}
        self.measurements.append(record)
        spread = f"{figures['min']:.4g}–{figures['max']:.4g}"
        say(
            f"  {ident:<12} scale {datasets.scale_label(scale):>4}: median "
            f"{figures['median']:.4g} {figures['unit']} ({spread}, {figures['runs']} runs)"
            + (f", peak {extra['peak_rss_mib']:.0f} MiB" if extra.get("peak_rss_mib") else "")
        )

    def floor(self) -> ChildRun:
        run = self.checked(
            run_child(
                [sys.executable, str(HERE / "floor.py")],
                self.env(WORK / "floor"),
                marks=[FLOOR_PAINTED],
            ),
            "the floor",
        )
        self.floor_walls.append(run.marks.get(FLOOR_PAINTED, run.wall))
        self.floor_exits.append(run.wall)
        self.floor_peaks.append(run.peak_rss_mib)
        return run

    def child_json(self, script: str, args: list[str], home: Path, what: str) -> tuple[Any, float]:
        """Run ``script`` of this folder; its JSON answer and its peak memory."""
        argv = [sys.executable, str(HERE / script), *args]
        run = self.checked(run_child(argv, self.env(home), timeout=3600), what)
        return json.loads(run.stdout), run.peak_rss_mib

    # --- the groups -----------------------------------------------------------------------
    def startup(self, scale: str, database: Path, home: Path) -> None:
        """Wall time to the painted portfolio: until the app says so on stderr (it may go on
        before it exits: the damage check of a large file runs beside the first paint)."""
        command = [*app_command(), "--db", str(database), "--exit-after-paint"]
        self.checked(run_child(command, self.env(home)), "the first start (unmeasured)")
        walls, exits, peaks = [], [], []
        clocks: dict[str, list[float]] = {"first_paint_s": [], "portfolio_painted_s": []}
        for _ in range(self.runs):
            self.floor()
            run = self.checked(
                run_child(command, self.env(home), marks=APP_PAINTED), "the start-up"
            )
            painted = [run.marks[m] for m in APP_PAINTED if m in run.marks]
            walls.append(painted[0] if painted else run.wall)
            exits.append(run.wall)
            peaks.append(run.peak_rss_mib)
            for key, said in zip(clocks, reversed(APP_PAINTED), strict=True):
                if said in run.stderr:
                    clocks[key].append(float(run.stderr.split(said)[1].split(" s")[0]))
        self.add(
            "startup",
            scale,
            summary(walls, "s"),
            exit_median=statistics.median(exits),
            peak_rss_mib=statistics.median(peaks),
            peak_rss_mib_max=max(peaks),
            **{key: statistics.median(found) if found else None for key, found in clocks.items()},
        )

    def check(self, scale: str, database: Path, home: Path) -> None:
        command = [*app_command(), "check", "--db", str(database)]
        walls, peaks = [], []
        for _ in range(self.runs):
            run = self.checked(run_child(command, self.env(home)), "igs-desktop check", (0, 1))
            walls.append(run.wall)
            peaks.append(run.peak_rss_mib)
        self.add(
            "check.cli",
            scale,
            summary(walls, "s"),
            peak_rss_mib=statistics.median(peaks),
            peak_rss_mib_max=max(peaks),
        )
        found, peak = self.child_json(
            "workloads.py",
            ["check", "--db", str(database), "--runs", str(self.runs)],
            home,
            "check_all in-process",
        )
        samples = found.pop("samples_s")
        self.add("check.rules", scale, summary(samples, "s"), peak_rss_mib=peak, **found)

    def interactions(self, scale: str, database: Path, home: Path, only: list[str]) -> None:
        found, peak = self.child_json(
            "interactions.py",
            [
                *("--db", str(database), "--reps", str(self.reps)),
                *("--budget", str(self.budget), "--only", ",".join(only)),
            ],
            home,
            "the window's actions",
        )
        for name in only:
            result = found[name]
            if "skipped" in result:
                say(f"  {name}: skipped, {result['skipped']}")
                continue
            extra = {k: v for k, v in result.items() if k not in ("visible_ms", "settled_ms")}
            self.add(
                name,
                scale,
                summary(result["visible_ms"], "ms"),
                peak_rss_mib=peak,
                settled_median=statistics.median(result["settled_ms"]),
                settled_p95=summary(result["settled_ms"], "ms")["p95"],
                first=extra.pop("first_ms"),
                **extra,
            )

    def report(self, kind: str, scale: str, database: Path, home: Path) -> None:
        found, peak = self.child_json(
            "workloads.py",
            [kind, "--db", str(database), "--runs", str(self.runs)],
            home,
            f"the {kind} report",
        )
        samples = found.pop("samples_s")
        data = found.pop("data_s")
        self.add(
            kind.replace("-", "_"),
            scale,
            summary(samples, "s"),
            peak_rss_mib=peak,
            data_median=statistics.median(data) if data else None,
            **found,
        )

    def floor_summary(self) -> dict[str, Any]:
        if not self.floor_walls:
            return {}
        return {
            **summary(self.floor_walls, "s"),
            "exit_median": statistics.median(self.floor_exits),
            "peak_rss_mib": statistics.median(self.floor_peaks),
            "peak_rss_mib_max": max(self.floor_peaks),
        }


def run_scale(bench: Bench, scale: str, groups: list[str]) -> dict[str, Any]:
    data = datasets.dataset(scale, say)
    label = datasets.scale_label(scale)
    say(f"== scale {label}: {data.database}")
    work = WORK / f"scale-{label}"
    database = datasets.working_copy(data, work)
    home = work / "home"
    # Untimed: the first open of the copy makes the day's routine backup and checks the
    # reference data; every measurement after it meets the database as a later start does.
    bench.checked(
        run_child([*app_command(), "init", "--db", str(database)], bench.env(home), 3600),
        "igs-desktop init (unmeasured)",
    )
    window = [g for g in INTERACTIONS if g in groups]
    steps: list[tuple[str, Callable[[], None]]] = [
        ("startup", lambda: bench.startup(scale, database, home)),
        ("check", lambda: bench.check(scale, database, home)),
        (",".join(window), lambda: bench.interactions(scale, database, home, window)),
        ("plan", lambda: bench.report("plan", scale, database, home)),
        ("follow-up", lambda: bench.report("follow-up", scale, database, home)),
    ]
    for name, step in steps:
        if not name or not set(name.split(",")) & set(groups):
            continue
        try:
            step()
        except (Failed, RuntimeError, ValueError, KeyError) as exc:  # the others go on
            say(f"  {name} at scale {label} FAILED: {exc}")
            bench.errors.append(
                {"scale": datasets.scale_value(scale), "what": name, "error": str(exc)}
            )
    return data.describe()


def detail_scripts(names: list[str]) -> None:
    for name in names:
        script, *args = DETAIL_SCRIPTS[name]
        say(f"== {script} {' '.join(args)}")
        subprocess.run([sys.executable, str(HERE / script), *args], check=True)


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Issue 13's benchmarks; writes results.json and docs/performance.md."
    )
    parser.add_argument(
        "--scales", nargs="+", default=list(SCALES), help="1 10 100 (default), or 'demo'"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of each process (default 5)")
    parser.add_argument(
        "--reps", type=int, default=30, help="repetitions of each window action (default 30)"
    )
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds per window action at most"
    )
    parser.add_argument(
        "--only",
        default=",".join(GROUPS),
        help=f"comma-separated, of {', '.join([*GROUPS, *DETAIL_SCRIPTS])}",
    )
    written = parser.add_mutually_exclusive_group()
    written.add_argument("--write", action="store_true", help="write results and docs anyway")
    written.add_argument("--no-write", action="store_true", help="only print the tables")
    args = parser.parse_args(argv)
    args.only = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(args.only) - set(GROUPS) - set(DETAIL_SCRIPTS)
    if unknown:
        parser.error(f"unknown in --only: {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    groups = [g for g in GROUPS if g in args.only]
    full = groups == list(GROUPS) and list(args.scales) == list(SCALES)
    bench = Bench(args.runs, args.reps, args.budget)
    load_before = load_average()
    started = dt.datetime.now()
    described = []
    if groups:
        for scale in args.scales:
            described.append(run_scale(bench, scale, groups))
        if "startup" not in groups:  # the floor's memory is the yardstick of every row
            for _ in range(args.runs):
                bench.floor()
    results = {
        "date": started.strftime("%Y-%m-%d %H:%M"),
        "took_s": round((dt.datetime.now() - started).total_seconds()),
        "command": shlex.join(["python", "benchmarks/run.py", *(argv or sys.argv[1:])]),
        "commit": commit(),
        "machine": machine(),
        "load_average": {"before": load_before, "after": load_average()},
        "options": {"scales": args.scales, "runs": args.runs, "reps": args.reps},
        "datasets": described,
        "floor": bench.floor_summary(),
        "measurements": bench.measurements,
        "errors": bench.errors,
    }
    if groups:
        rendered = tables.render(results)
        print(rendered)
        if (full or args.write) and not args.no_write:
            RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
            DOCS.write_text(tables.replace_tables(DOCS.read_text(), rendered))
            say(f"written: {RESULTS.relative_to(ROOT)}, {DOCS.relative_to(ROOT)}")
    detail_scripts([name for name in args.only if name in DETAIL_SCRIPTS])
    return 0


if __name__ == "__main__":
    sys.exit(main())
