"""``igs-desktop package export`` and ``package import``: a portfolio handed over to a colleague
as one ``.igs`` file (``services.handover``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, CliError, open_workbench

if TYPE_CHECKING:
    from .common import Subcommands


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.handover import export_package

    with open_workbench(args) as workbench:
        try:
            summary = export_package(
                workbench, Path(args.out), args.partnership or None, overwrite=args.force
            )
        except OSError as exc:
            raise CliError(
                f"Het pakket kon niet geschreven worden naar {args.out}: "
                f"{exc.strerror or exc}. Er is niets geschreven."
            ) from exc
    for line in summary.lines():
        print(line)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.handover import ConflictChoice, import_package, preview_package

    with open_workbench(args) as workbench:
        try:
            preview = preview_package(workbench, Path(args.file))
            for line in preview.lines():
                print(line)
            if args.dry_run:
                print("Proefdraai (--dry-run): er is niets geschreven.")
                return EXIT_OK
            if preview.conflicts and args.on_conflict is None:
                raise CliError(
                    f"Het pakket heeft {len(preview.conflicts)} conflict(en); kies "
                    "--on-conflict mine (mijn versie houden), theirs (hun versie nemen) of both "
                    "(allebei houden). Er is niets geïmporteerd."
                )
            choice = ConflictChoice(args.on_conflict) if args.on_conflict else None
            result = import_package(workbench, preview, choice)
        except OSError as exc:
            raise CliError(
                f"{args.file}: {exc.strerror or exc}. Er is niets geïmporteerd."
            ) from exc
    for line in result.lines():
        print(line)
    return EXIT_OK


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    package = sub.add_parser(
        "package",
        help="een portefeuille overdragen: overdrachtspakket (.igs) exporteren of importeren",
        description="Een portefeuille overdragen aan een collega als één bestand (.igs): "
        "samenwerkingsverbanden met alles wat erbij hoort, notities, kennisdelingen, "
        "opvolgingen, bevolkingscijfers en bijlagen.",
    )
    package.set_defaults(handler=lambda _args: _help(package))
    commands = package.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    export = commands.add_parser(
        "export",
        parents=[common],
        help="de portefeuille (of gekozen samenwerkingsverbanden) naar een pakket schrijven",
        description="Schrijft alle samenwerkingsverbanden (of de gekozen) met alles wat erbij "
        "hoort naar één overdrachtspakket. Schrijft nooit over de database, een back-up of een "
        "bestaand bestand (dat laatste alleen met --force). Afsluitcode 0: geschreven; 2: "
        "geweigerd of mislukt, er is niets geschreven.",
    )
    export.add_argument(
        "--partnership",
        metavar="ID_OF_NAAM",
        action="append",
        help="alleen dit samenwerkingsverband (id of naam); mag herhaald worden",
    )
    export.add_argument("--out", metavar="FILE.igs", required=True, help="het nieuwe pakket")
    export.add_argument(
        "--force", action="store_true", help="een bestaand bestand (geen database) vervangen"
    )
    export.set_defaults(handler=cmd_export)

    take_in = commands.add_parser(
        "import",
        parents=[common],
        help="een overdrachtspakket nakijken en in de database opnemen",
        description="Controleert het pakket volledig (formaat, controlesommen, paden, grootte, "
        "inhoud, verwijzingen) en toont wat er nieuw, bijgewerkt en in conflict is. Daarna, na "
        "een back-up, alles in één stap (ongedaan te maken in het venster). Afsluitcode 0: "
        "geïmporteerd (of --dry-run); 2: geweigerd, met één regel uitleg en niets geschreven.",
    )
    take_in.add_argument("file", metavar="FILE.igs", help="het overdrachtspakket")
    take_in.add_argument("--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren")
    take_in.add_argument(
        "--on-conflict",
        choices=("mine", "theirs", "both"),
        help="bij een conflict: mijn versie houden (mine), hun versie nemen (theirs) of "
        "allebei houden (both, hun versie als kopie)",
    )
    take_in.set_defaults(handler=cmd_import)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK
