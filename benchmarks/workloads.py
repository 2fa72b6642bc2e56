"""Work without the window, timed in-process: `python benchmarks/workloads.py WHAT --db FILE`.

- ``check``: ``services.rules.check_all`` of every partnership in the year the app works in
  today (what ``igs-desktop check`` and the portfolio's counts run);
- ``plan``: a support plan of one partnership (the one with the most members) through
  ``Workbench.produce_report``, as the Reports page makes it: data, PDF, file, record;
- ``follow-up``: a follow-up report of about ``--pages`` pages (100): the partnership with the
  most notes meant for reports, over the whole period of those notes (explicit dates, so each
  run covers the same period). Generated data gives an applicant a handful of such notes, a
  report of two or three pages; so first, untimed, notes meant for reports of other
  partnerships in that period are moved to it (in the working copy, through SQL with the
  search index's triggers) until the report has about that many pages.

Each runs once untimed first (imports, fonts, caches), then ``--runs`` times. Prints one JSON
object: the samples in seconds and what was made (pages, bytes, the partnership).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_pages(content: bytes) -> int:
    """The number of pages of a PDF (its ``/Type /Page`` objects; ReportLab writes them
    uncompressed)."""
    return len(PAGE.findall(content))


def _read_only(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)


def largest_partnership(database: Path) -> tuple[str, str, int]:
    """(id, name, members) of the partnership with the most active or past members."""
    with _read_only(database) as conn:
        row = conn.execute(
            "SELECT p.id, p.name, COUNT(m.nis_code) AS members FROM partnership p "
            "JOIN membership m ON m.partnership_id = p.id "
            "GROUP BY p.id ORDER BY members DESC, p.name LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("no partnership with members in this database")
    return row[0], row[1], row[2]


def most_reported_notes(database: Path) -> tuple[str, str, int, dt.date, dt.date]:
    """(id, name, notes, first day, last day) of the partnership with the most notes meant for
    reports (not erased)."""
    with _read_only(database) as conn:
        row = conn.execute(
            "SELECT p.id, p.name, COUNT(*) AS notes, MIN(n.noted_on), MAX(n.noted_on) "
            "FROM note n JOIN partnership p ON p.id = n.partnership_id "
            "WHERE n.include_in_reports = 1 AND n.erased_at IS NULL "
            "GROUP BY p.id ORDER BY notes DESC, p.name LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("no notes meant for reports in this database")
    return row[0], row[1], row[2], dt.date.fromisoformat(row[3]), dt.date.fromisoformat(row[4])


def _timed(work: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    work()  # untimed: imports, fonts, caches
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        samples.append(time.perf_counter() - started)
    return samples, result


def check(database: Path, runs: int) -> dict[str, Any]:
    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.calendar import current_year
    from igs_desktop.services.rules import check_all
    from igs_desktop.services.workbench import Workbench

    workbench = Workbench.open(resolve_paths(database), create=False)
    try:
        year = current_year(workbench.db).number
        samples, checks = _timed(lambda: check_all(workbench.db, year), runs)
    finally:
        workbench.close()
    return {
        "samples_s": samples,
        "year": year,
        "partnerships": len(checks),
        "findings": sum(len(c.findings) for c in checks),
    }


def _report(database: Path, runs: int, request: Any, about: dict[str, Any]) -> dict[str, Any]:
    """Time ``Workbench.produce_report(request)`` into a temporary file; the split between
    gathering the data and the PDF comes from the report's own progress calls."""
    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.workbench import Workbench

    workbench = Workbench.open(resolve_paths(database), create=False)
    data_seconds: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "report.pdf"

            def one() -> bytes:
                started = time.perf_counter()

                def progress(fraction: float, _text: str) -> None:
                    if fraction == 0.5:  # "PDF opmaken…": the data is gathered
                        data_seconds.append(time.perf_counter() - started)

                workbench.produce_report(request, target, progress, overwrite=True)
                return target.read_bytes()

            samples, content = _timed(one, runs)
    finally:
        workbench.close()
    return {
        **about,
        "samples_s": samples,
        "data_s": data_seconds[1:],  # the untimed first run left out
        "pages": pdf_pages(content),
        "kib": len(content) // 1024,
    }


def plan(database: Path, runs: int) -> dict[str, Any]:
    from igs_desktop.reports import KIND_PLAN
    from igs_desktop.services.report_request import ReportRequest

    pid, name, members = largest_partnership(database)
    request = ReportRequest(KIND_PLAN, partnership=pid)
    return _report(database, runs, request, {"partnership": name, "members": members})


def move_notes(
    database: Path, partnership_id: str, period: tuple[dt.date, dt.date], count: int
) -> int:
    """Move ``count`` notes meant for reports within ``period`` from other partnerships to
    ``partnership_id``; how many there were to move."""
    from igs_desktop.store.stemming import register_functions

    conn = sqlite3.connect(database, isolation_level=None)
    register_functions(conn)  # the search index's triggers stem the words
    try:
        conn.execute("BEGIN IMMEDIATE")
        moved = conn.execute(
            "UPDATE note SET partnership_id = ? WHERE id IN (SELECT id FROM note "
            "WHERE include_in_reports = 1 AND erased_at IS NULL AND partnership_id != ? "
            "AND noted_on BETWEEN ? AND ? ORDER BY id LIMIT ?)",
            (partnership_id, partnership_id, str(period[0]), str(period[1]), count),
        ).rowcount
        conn.execute("COMMIT")
    finally:
        conn.close()
    return moved


def follow_up(database: Path, runs: int, pages: int = 100) -> dict[str, Any]:
    from igs_desktop.paths import resolve_paths
    from igs_desktop.reports import KIND_FOLLOW_UP, build_pdf
    from igs_desktop.services.report_request import ReportRequest, report_data
    from igs_desktop.services.workbench import Workbench

    pid, name, notes, first, last = most_reported_notes(database)
    with _read_only(database) as conn:  # the period: every note there is
        low, high = conn.execute("SELECT MIN(noted_on), MAX(noted_on) FROM note").fetchone()
    first, last = dt.date.fromisoformat(low), dt.date.fromisoformat(high)
    request = ReportRequest(KIND_FOLLOW_UP, partnership=pid, date_from=first, date_to=last)
    workbench = Workbench.open(resolve_paths(database), create=False)
    try:
        natural = got = 0
        for _attempt in range(5):  # untimed: bring the report to about ``pages`` pages
            data = report_data(workbench.db, request)
            got = pdf_pages(build_pdf(data))
            natural = natural or got
            if got >= pages * 0.95:
                break
            wanted = math.ceil(len(data.notes) * pages / got * 1.03) - len(data.notes)
            if not move_notes(database, pid, (first, last), max(wanted, 1)):
                break  # no more notes to move
        with _read_only(database) as conn:
            notes = conn.execute(
                "SELECT COUNT(*) FROM note WHERE partnership_id = ? AND include_in_reports = 1 "
                "AND erased_at IS NULL",
                (pid,),
            ).fetchone()[0]
    finally:
        workbench.close()
    about = {
        "partnership": name,
        "notes": notes,
        "period": [str(first), str(last)],
        "pages_as_generated": natural,
    }
    return _report(database, runs, request, about)


WORKLOADS: dict[str, Callable[[Path, int], dict[str, Any]]] = {
    "check": check,
    "plan": plan,
    "follow-up": follow_up,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=sorted(WORKLOADS))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    json.dump(WORKLOADS[args.what](args.db, args.runs), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
