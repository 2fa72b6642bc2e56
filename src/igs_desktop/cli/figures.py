"""``igs-desktop figures import``: the agency's yearly table of population figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, CliError, open_workbench


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.figure_import import ImportFileError, read_figure_file
    from ..services.reference import governments

    with open_workbench(args) as workbench:
        known = {g.nis_code for g in governments(workbench.db, include_former=True)}
        try:
            parsed = read_figure_file(Path(args.file), known)
        except ImportFileError as exc:
            raise CliError(str(exc)) from exc
        if parsed.problems:
            shown = "; ".join(parsed.problems[:5])
            more = f" (en nog {len(parsed.problems) - 5})" if len(parsed.problems) > 5 else ""
            raise CliError(f"{Path(args.file).name}: niets geïmporteerd: {shown}{more}.")
        workbench.portfolio.import_figures(
            {line.nis_code: line.non_eu14 for line in parsed.lines}, args.year, args.source
        )
    print(
        f"{len(parsed.lines)} cijfers voor projectjaar {args.year} geïmporteerd uit "
        f"{Path(args.file).name} (kolommen '{parsed.nis_header}' en '{parsed.figure_header}')."
    )
    return EXIT_OK


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    figures = sub.add_parser("figures", help="bevolkingscijfers importeren")
    what = figures.add_subparsers(title="opdrachten", metavar="import", required=True)
    imp = what.add_parser(
        "import",
        parents=[common],
        help="een tabel met inwoners van niet-EU14-herkomst per gemeente importeren",
        description="Importeert een CSV- of XLSX-bestand met een kolom NIS-code en een kolom "
        "met het aantal inwoners van niet-EU14-herkomst. Alles of niets: bij één fout wordt "
        "niets bewaard.",
    )
    imp.add_argument("file", metavar="BESTAND")
    imp.add_argument("--year", type=int, required=True, help="projectjaar van de cijfers")
    imp.add_argument("--source", required=True, help="de bron, bv. 'Agentschap, tabel 2024'")
    imp.set_defaults(handler=cmd_import)
