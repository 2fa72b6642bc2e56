"""``igs-desktop report plan|advice|follow-up|portfolio``: the printable reports, headless.

The same services as the app's Reports page build the data, the PDF and the record of it.
Exit 0: written; 2: unknown partnership, bad date, period or language, unwritable output,
database problem (one Dutch line on stderr). ``--lang en`` writes the report in English.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..reports import KINDS
from .common import EXIT_OK, CliError, open_workbench, parse_date

if TYPE_CHECKING:
    from ..services.report_request import ReportRequest
    from .common import Subcommands


def _request(args: argparse.Namespace) -> ReportRequest:
    """The report asked for on the command line (dates and language checked before the
    database opens)."""
    from ..domain.language import Language
    from ..services.report_request import ReportRequest

    if args.kind != "portfolio" and not args.partnership:
        raise CliError("Geef het samenwerkingsverband op met --partnership ID_OF_NAAM.")
    try:
        language = Language.parse(args.lang)
    except ValueError as exc:
        raise CliError(f"--lang: {exc}") from exc
    return ReportRequest(
        kind=args.kind,
        partnership=args.partnership,
        year=args.year,
        date_from=parse_date(args.date_from, "--from"),
        date_to=parse_date(args.date_to, "--to"),
        question=args.question or "",
        leave=args.leave,
        join=args.join,
        advice=args.advice or "",
        language=language,
    )


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.report_data import ReportInputError
    from ..services.report_output import ReportOutputError

    request = _request(args)
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError(f"{out} is een map; geef een bestandsnaam op (bv. rapport.pdf).")
    with open_workbench(args) as workbench:
        try:
            produced = workbench.produce_report(request, path=out, overwrite=args.force)
        except (ReportInputError, ReportOutputError) as exc:
            raise CliError(str(exc)) from exc
    print(f"{request.title} geschreven naar {produced.path} ({produced.size // 1024} kB).")
    return EXIT_OK


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[common],
        help="een rapport als PDF opmaken (plan, advies, opvolging, portefeuille)",
        description="Maakt een rapport op als PDF en houdt bij dat het gemaakt is. "
        "Afsluitcode 0: geschreven; 2: onbekend samenwerkingsverband, foute datum of periode, "
        "bestand niet schrijfbaar, probleem met de database.",
    )
    report.add_argument("kind", choices=KINDS, help="plan | advice | follow-up | portfolio")
    report.add_argument(
        "--partnership", metavar="ID_OF_NAAM", help="de aanvrager (niet voor portfolio)"
    )
    report.add_argument(
        "--year", type=int, help="projectjaar (standaard: het lopende of laatst gestarte)"
    )
    report.add_argument(
        "--from",
        dest="date_from",
        metavar="DATUM",
        help="begin van de periode (follow-up)",
    )
    report.add_argument(
        "--to", dest="date_to", metavar="DATUM", help="einde van de periode (follow-up)"
    )
    report.add_argument("--question", metavar="TEKST", help="de vraag van het adviesrapport")
    what_if = report.add_mutually_exclusive_group()
    what_if.add_argument("--leave", metavar="NIS", help="simulatie: dit lid stapt uit (advice)")
    what_if.add_argument("--join", metavar="NIS", help="simulatie: dit bestuur treedt toe (advice)")
    report.add_argument("--advice", metavar="TEKST", help="het advies van de vaste ondersteuner")
    report.add_argument(
        "--lang",
        default="nl",
        metavar="nl|en",
        help="taal van het rapport: nl (Nederlands, standaard) of en (English)",
    )
    report.add_argument("--out", required=True, metavar="BESTAND.pdf", help="waar de PDF komt")
    report.add_argument(
        "--force",
        action="store_true",
        help="een bestaand bestand vervangen (nooit de database, een back-up of een map)",
    )
    report.set_defaults(handler=cmd_report)
