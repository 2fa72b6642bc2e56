"""``igs-desktop years list|add``: the programme's project years, headless.

Exit 0: listed or added; 2: bad input (overlap, gap, end before start, not the next number, a
date that does not parse) with one Dutch line on stderr and nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from .common import EXIT_OK, open_workbench, parse_date, parse_moment

if TYPE_CHECKING:
    from ..domain.calendar import ProjectYear
    from .common import Subcommands


def _json_year(year: ProjectYear, current: bool) -> dict[str, Any]:
    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "number": year.number,
        "start": day(year.start),
        "end": day(year.end),
        "current": current,
        "submission_opens": day(year.submission_opens),
        "submission_deadline": day(year.submission_deadline),
        "decision": day(year.decision),
        "interim_kpi_deadline": day(year.interim_kpi_deadline),
        "final_kpi_deadline": day(year.final_kpi_deadline),
    }


def cmd_list(args: argparse.Namespace) -> int:
    from .. import formatting
    from ..services.calendar import project_years, today

    with open_workbench(args) as workbench:
        years = project_years(workbench.db)
    day = today()
    if args.json:
        rows = [_json_year(y, y.holds(day)) for y in years]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    unknown = "nog niet bekend"
    for y in years:
        mark = "  (loopt nu)" if y.holds(day) else ""
        print(
            f"Projectjaar {y.number}: {formatting.date(y.start)} – {formatting.date(y.end)}{mark}"
        )
        print(f"  indienen tot:           {formatting.deadline(y.submission_deadline, unknown)}")
        print(f"  beslissing:             {formatting.date(y.decision, empty=unknown)}")
        interim = formatting.date(y.interim_kpi_deadline, empty=unknown)
        print(f"  tussentijdse KPI:       {interim}")
        print(f"  eindrapportering KPI:   {formatting.date(y.final_kpi_deadline, empty=unknown)}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    start = parse_date(args.date_from, "--from")
    end = parse_date(args.date_to, "--to")
    assert start is not None and end is not None  # required options
    deadlines = {
        "submission_opens": parse_date(args.submission_opens, "--submission-opens"),
        "submission_deadline": parse_moment(args.submission_deadline, "--submission-deadline"),
        "decision": parse_date(args.decision, "--decision"),
        "interim_kpi_deadline": parse_date(args.interim_kpi, "--interim-kpi"),
        "final_kpi_deadline": parse_date(args.final_kpi, "--final-kpi"),
    }
    with open_workbench(args) as workbench:
        outcome = workbench.calendar.add_year(args.number, start, end, **deadlines)
    print(outcome.description + ".")
    return EXIT_OK


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    years = sub.add_parser("years", help="de projectjaren tonen of er een toevoegen")
    what = years.add_subparsers(title="opdrachten", metavar="list|add", required=True)
    listing = what.add_parser(
        "list",
        parents=[common],
        help="alle projectjaren met hun periode en deadlines",
        description="Toont elk projectjaar met zijn periode en deadlines; 'loopt nu' staat bij "
        "het projectjaar waarin vandaag valt.",
    )
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=cmd_list)

    add = what.add_parser(
        "add",
        parents=[common],
        help="een nieuw projectjaar toevoegen (het volgende nummer)",
        description="Voegt projectjaar N toe. Het begint de dag na het einde van het vorige "
        "projectjaar; de deadlines mogen leeg blijven en later worden aangevuld. Datums als "
        "JJJJ-MM-DD of DD-MM-JJJJ.",
    )
    add.add_argument("number", metavar="N", type=int, help="het nummer van het nieuwe projectjaar")
    add.add_argument("--from", dest="date_from", required=True, metavar="DATUM", help="begin")
    add.add_argument("--to", dest="date_to", required=True, metavar="DATUM", help="einde")
    add.add_argument("--submission-opens", metavar="DATUM", help="indienen opent")
    add.add_argument(
        "--submission-deadline",
        metavar="DATUM[THH:MM]",
        help="uiterste datum (en uur, Brusselse tijd) om in te dienen",
    )
    add.add_argument("--decision", metavar="DATUM", help="beslissing over de toekenning")
    add.add_argument("--interim-kpi", metavar="DATUM", help="tussentijdse rapportering KPI")
    add.add_argument("--final-kpi", metavar="DATUM", help="eindrapportering KPI")
    add.set_defaults(handler=cmd_add)
