"""``igs-desktop doctor``: check the database file thoroughly, without changing it.

Exit 0: in order; 1: problems found (listed); 2: the file is missing or no SQLite file at all.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import EXIT_FINDINGS, EXIT_OK, CliError, _paths

if TYPE_CHECKING:
    from .common import Subcommands


def cmd_doctor(args: argparse.Namespace) -> int:
    import sqlite3

    from ..services.doctor import diagnose

    path = _paths(args).database
    try:
        diagnosis = diagnose(path)
    except FileNotFoundError as exc:
        raise CliError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise CliError(f"{path} is geen leesbaar SQLite-bestand ({exc}).") from exc
    for line in diagnosis.lines():
        print(line)
    return EXIT_OK if diagnosis.healthy else EXIT_FINDINGS


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser(
        "doctor",
        parents=[common],
        help="de database grondig controleren (wijzigt niets)",
        description="Controleert de structuur van het databasebestand, de verwijzingen tussen "
        "tabellen en de zoekindex. Afsluitcode 0: in orde; 1: problemen gevonden; 2: het "
        "bestand ontbreekt of is geen SQLite-bestand.",
    )
    doctor.set_defaults(handler=cmd_doctor)
