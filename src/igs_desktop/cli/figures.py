"""``igs-desktop figures import``: the agency's yearly table of population figures."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, CliError, open_workbench

if TYPE_CHECKING:
    from .common import Subcommands

SHOWN_PROBLEMS = 5


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.figure_import import ImportFileError, read_and_prepare

    path = Path(args.file)
    with open_workbench(args) as workbench:
        try:
            plan = read_and_prepare(workbench.db, path, args.year)
        except ImportFileError as exc:
            raise CliError(str(exc)) from exc
        if not plan.ok:
            shown = "; ".join(str(p) for p in plan.problems[:SHOWN_PROBLEMS])
            rest = plan.problem_count - SHOWN_PROBLEMS
            more = f" (en nog {rest})" if rest > 0 else ""
            raise CliError(f"{path.name}: niets geïmporteerd: {shown}{more}.")
        workbench.import_figures(plan.figures, args.year, args.source, path.name)
    print(
        f"{len(plan.matches)} cijfers voor projectjaar {args.year} geïmporteerd uit {path.name} "
        f"(kolommen {plan.table.columns}): {plan.counts}."
    )
    for match in plan.matches:
        if match.via:
            print(f"  rij {match.row}: {match.via}")
    return EXIT_OK


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    figures = sub.add_parser("figures", help="bevolkingscijfers importeren")
    what = figures.add_subparsers(title="opdrachten", metavar="import", required=True)
    imp = what.add_parser(
        "import",
        parents=[common],
        help="een tabel met inwoners van niet-EU14-herkomst per gemeente importeren",
        description="Importeert een CSV- (UTF-8 of Windows-1252, gescheiden door ; of ,) of "
        "XLSX-bestand met een kolom NIS-code of gemeente en een kolom met het aantal inwoners "
        "van niet-EU14-herkomst. Een gemeente die vóór het projectjaar fuseerde, krijgt haar "
        "cijfer bij de fusiegemeente. Alles of niets: bij één fout wordt niets bewaard. In het "
        "venster maakt Ongedaan maken de hele import in één stap ongedaan.",
    )
    imp.add_argument("file", metavar="BESTAND")
    imp.add_argument("--year", type=int, required=True, help="projectjaar van de cijfers")
    imp.add_argument("--source", required=True, help="de bron, bv. 'Agentschap, tabel 2024'")
    imp.set_defaults(handler=cmd_import)
