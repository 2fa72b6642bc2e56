"""Time to build each report: `python benchmarks/reports.py [runs]`.

On the demo portfolio: the service's data (database → data object) and the PDF (data object →
bytes) of each of the four reports, median of several runs. Then the large follow-up report:
60 actions and 300 notes, built from a data object made here.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from igs_desktop.paths import AppPaths
from igs_desktop.reports import build_pdf
from igs_desktop.reports.model import (
    ActionLine,
    ChangesSince,
    FollowUpData,
    NoteLine,
    ReportMeta,
)
from igs_desktop.services.demo import create_demo
from igs_desktop.services.report_advice import advice_data
from igs_desktop.services.report_data import plan_data, portfolio_data
from igs_desktop.services.report_follow_up import follow_up_data
from igs_desktop.services.startup import start


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median seconds over ``runs`` and the last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def large_follow_up() -> FollowUpData:
    day = dt.date(2025, 3, 14)
    return FollowUpData(
        meta=ReportMeta("Opvolgingsrapport", "IGS Benchmark", day, "bench", True),
        year=3,
        period_from=dt.date(2024, 10, 1),
        period_to=day,
        members=("Kortrijk", "Lendelede"),
        actions=tuple(
            ActionLine(
                str(i),
                f"Actie {i} met een lange titel uit de catalogus",
                "Nederlands",
                "deelnemers",
                100,
                (i * 7) % 130,
                None,
                1_000_000,
            )
            for i in range(1, 61)
        ),
        findings=(),
        changes=ChangesSince(None, None, None, None, ()),
        notes=tuple(
            NoteLine(
                dt.date(2024, 10, 1) + dt.timedelta(days=i % 160),
                f"Notitie {i}",
                "veldonderzoek",
                "Verslag van een gesprek met de partners. " * (1 + i % 4),
            )
            for i in range(300)
        ),
        sessions=(),
        due=(),
    )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    build_pdf(large_follow_up())  # registers the fonts once, as the app does on first use
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder), Path(folder) / "demo.sqlite", Path(folder) / "logs")
        db = start(paths).db
        try:
            create_demo(db, db.path.parent / "attachments")
            subject = "IGS Kortrijk–Lendelede"
            reports: dict[str, Callable[[], Any]] = {
                "ondersteuningsplan": lambda: plan_data(db, subject),
                "adviesrapport (Lendelede stapt uit)": lambda: advice_data(
                    db, subject, leave="34025"
                ),
                "opvolgingsrapport": lambda: follow_up_data(db, subject),
                "portefeuilleoverzicht": lambda: portfolio_data(db),
            }
            print(f"Demoportefeuille, mediaan van {runs} keer:")
            for name, make in reports.items():
                data_s, data = timed(make, runs)
                pdf_s, pdf = timed(lambda d=data: build_pdf(d), runs)
                print(
                    f"  {name:<38} gegevens {data_s * 1000:6.0f} ms   PDF {pdf_s * 1000:6.0f} ms"
                    f"   ({len(pdf) // 1024} kB)"
                )
        finally:
            db.close()
    pdf_s, pdf = timed(lambda: build_pdf(large_follow_up()), max(1, runs // 2))
    size = len(pdf) // 1024
    print(f"Opvolgingsrapport met 60 acties en 300 notities: PDF {pdf_s:.2f} s ({size} kB)")


if __name__ == "__main__":
    main()
