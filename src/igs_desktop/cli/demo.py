"""``igs-desktop demo``: fill an empty database with the demo portfolio (fictitious figures)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import EXIT_OK, open_workbench

if TYPE_CHECKING:
    from .common import Subcommands


def cmd_demo(args: argparse.Namespace) -> int:
    with open_workbench(args, create=True) as workbench:
        summary = workbench.create_demo()
    for line in summary.lines():
        print(line)
    return EXIT_OK


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser(
        "demo",
        parents=[common],
        help="een lege database vullen met de demoportefeuille (fictieve cijfers)",
        description="Vult een lege portefeuille met zes voorbeeldaanvragers op echte gemeenten, "
        "met FICTIEVE bevolkingscijfers. Weigert als er al samenwerkingsverbanden zijn. "
        "Afsluitcode 0: aangemaakt; 2: geweigerd of probleem met de database.",
    )
    demo.set_defaults(handler=cmd_demo)
