"""``igs-desktop export …``: the portfolio's data written out for other programs.

``export calendar`` writes a project year's deadlines and the open follow-ups and support
tracks as an iCalendar file (``services.calendar_export``) that Outlook imports.

``export portfolio`` writes the start page's table as a spreadsheet (XLSX or CSV, by the
suffix of ``--out``) with the same writer as the window's "Exporteren naar Excel…"
(``services.table_export``): real numbers and dates, nl-BE formats, a frozen header with an
autofilter; CSV with ";" and a BOM.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, CliError, open_workbench

if TYPE_CHECKING:
    from .common import Subcommands


def cmd_calendar(args: argparse.Namespace) -> int:
    from ..services.calendar import current_year
    from ..services.calendar_export import export_calendar

    with open_workbench(args) as workbench:
        year = args.year if args.year is not None else current_year(workbench.db).number
        try:
            result = export_calendar(
                workbench.db,
                Path(args.out),
                year,
                overwrite=args.force,
                protected_dirs=workbench.folders.protected,
            )
        except OSError as exc:
            raise CliError(
                f"De agenda kon niet geschreven worden naar {args.out}: "
                f"{exc.strerror or exc}. Er is niets geschreven."
            ) from exc
    for line in result.lines():
        print(line)
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from ..services.calendar import current_year, known_years
    from ..services.table_export import SUFFIXES, TableExportError, export_portfolio

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in SUFFIXES:
        raise CliError(f"{args.out}: geef een bestandsnaam op .xlsx (Excel) of .csv.")
    with open_workbench(args) as workbench:
        years = known_years(workbench.db)
        if args.year is None:
            year = current_year(workbench.db).number
            print(
                f"igs-desktop: projectjaar {year} gebruikt (geef een ander met --year).",
                file=sys.stderr,
            )
        elif args.year in years:
            year = args.year
        else:
            known = ", ".join(str(y) for y in years) or "geen"
            raise CliError(
                f"Projectjaar {args.year} bestaat niet (gekende projectjaren: {known}). Er is "
                "niets geschreven."
            )
        try:
            path, count = export_portfolio(workbench, out, year, overwrite=args.force)
        except TableExportError as exc:
            raise CliError(str(exc)) from exc
    print(f"Portefeuille van projectjaar {year} ({count} aanvragers) geschreven naar {path}.")
    return EXIT_OK


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        help="gegevens exporteren voor andere programma's (portefeuille naar Excel, agenda)",
        description="Gegevens van de portefeuille exporteren voor andere programma's.",
    )
    export.set_defaults(handler=lambda _args: _help(export))
    commands = export.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help="deadlines, opvolgingen en trajecten als agendabestand (.ics) voor Outlook",
        description="Schrijft de deadlines van een projectjaar en de open opvolgingen en "
        "ondersteuningstrajecten met een vervaldatum naar een iCalendar-bestand (.ics) dat "
        "Outlook en andere agenda's importeren. Een latere export werkt dezelfde afspraken bij. "
        "Schrijft nooit over de database, een back-up of een bestaand bestand (dat laatste "
        "alleen met --force). Afsluitcode 0: geschreven; 2: geweigerd of mislukt, er is niets "
        "geschreven.",
    )
    calendar.add_argument("--out", metavar="FILE.ics", required=True, help="het agendabestand")
    calendar.add_argument(
        "--year",
        type=int,
        metavar="N",
        help="de deadlines van dit projectjaar (standaard het projectjaar van vandaag)",
    )
    calendar.add_argument(
        "--force", action="store_true", help="een bestaand bestand (geen database) vervangen"
    )
    calendar.set_defaults(handler=cmd_calendar)

    portfolio = commands.add_parser(
        "portfolio",
        parents=[common],
        help="de portefeuille als Excel-werkmap (.xlsx) of CSV-bestand",
        description="Schrijft de aanvragers van de portefeuille met soort, referentieregio, "
        "leden, indiener, fouten, waarschuwingen, achterstallige opvolging en volgende "
        "deadline naar een Excel-werkmap of CSV-bestand (volgens de extensie van --out), met "
        "echte getallen en datums. Schrijft nooit over de database, een back-up of een "
        "bestaand bestand (dat laatste alleen met --force). Afsluitcode 0: geschreven; 2: "
        "geweigerd of mislukt, er is niets geschreven.",
    )
    portfolio.add_argument(
        "--out", metavar="FILE.xlsx", required=True, help="het nieuwe bestand (.xlsx of .csv)"
    )
    portfolio.add_argument(
        "--year",
        type=int,
        metavar="N",
        help="projectjaar (standaard het projectjaar van vandaag)",
    )
    portfolio.add_argument(
        "--force", action="store_true", help="een bestaand bestand (geen database) vervangen"
    )
    portfolio.set_defaults(handler=cmd_portfolio)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK
