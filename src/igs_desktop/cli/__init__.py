"""The ``igs-desktop`` command: the window by default, subcommands for headless work.

One module per command group (``rules``, ``years``, ``reports``, ``notes``, ``figures``,
``demo``); what they share is in ``common``, which they import instead of this package.
Heavy imports stay inside the functions so that ``--version`` and ``--help`` answer at once and
the window does not pay for what only the command line needs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .. import APP_NAME
from . import (
    backups,
    demo,
    doctor,
    export,
    figures,
    notes,
    package,
    reports,
    rules,
    sync,
    team_server,
    years,
)
from .common import EXIT_FAILURE, EXIT_OK, CliError, _paths, open_workbench


def cmd_init(args: argparse.Namespace) -> int:
    from ..logging_setup import setup_logging

    setup_logging(_paths(args).log_dir)
    with open_workbench(args, create=True) as workbench:
        assert workbench.startup is not None  # opened from the paths
        for line in workbench.startup.lines():
            print(line)
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from ..platform_check import xcb_problem

    problem = xcb_problem()  # before Qt, which would abort without naming the missing library
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_FAILURE
    from ..ui.app import run_app

    return run_app(_paths(args), exit_after_paint=args.exit_after_paint)


class _ShowVersion(argparse.Action):
    """``--version``: the version is looked up only when asked for (it costs every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from .. import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="igs-desktop",
        description=f"{APP_NAME}: werkbank voor de vaste ondersteuners van Plan Samenleven.",
    )
    parser.add_argument(
        "--version", action=_ShowVersion, nargs=0, help="het versienummer tonen en stoppen"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="FILE",
        default=argparse.SUPPRESS,  # keep a --db given before the subcommand
        help="dit databasebestand gebruiken in plaats van het standaardbestand",
    )
    parser.add_argument("--db", metavar="FILE", help="dit databasebestand gebruiken")
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="het venster sluiten zodra het getekend is (rooktest, meting van de opstarttijd)",
    )
    parser.set_defaults(handler=cmd_window)
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    init = sub.add_parser(
        "init",
        parents=[common],
        help="database aanmaken of bijwerken en referentiegegevens laden",
        description="Maakt de database aan of werkt ze bij en laadt de referentiegegevens.",
    )
    init.set_defaults(handler=cmd_init)

    for group in (rules, demo, figures, reports, notes, years, doctor, backups, package, export):
        group.add_commands(sub, common)
    team_server.add_commands(sub, common)
    sync.add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"igs-desktop: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Damage deeper than the check at open can see, or another program holding the file:
        # one Dutch line and exit 2, never a traceback (and never exit 1, which means findings).
        from ..services.startup import database_failure

        text = database_failure(exc)
        if text is None:
            raise
        print(f"igs-desktop: {text}", file=sys.stderr)
        return EXIT_FAILURE
