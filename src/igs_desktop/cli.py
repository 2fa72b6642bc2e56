"""The ``igs-desktop`` command: the window by default, subcommands for headless work.

Imports stay inside the functions so that ``--version`` and ``--help`` answer at once and the
window does not pay for what only the command line needs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence

from . import APP_NAME, __version__

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_FAILURE = 2


class CliError(Exception):
    """A failure to report on one line of stderr, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def parse_date(text: str | None, option: str) -> dt.date | None:
    """A date as 2024-10-01 or 01-10-2024; anything else is a one-line CliError."""
    if text is None:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise CliError(f"{option} '{text}' is geen geldige datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ).")


def parse_moment(text: str | None, option: str) -> dt.datetime | None:
    """A date with an optional time, "2026-05-06" or "2026-05-06T12:00" (Brussels time)."""
    if text is None:
        return None
    for pattern in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"):
        try:
            return dt.datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
    day = parse_date(text, option)
    assert day is not None
    return dt.datetime.combine(day, dt.time(0, 0))


def _paths(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .paths import resolve_paths

    return resolve_paths(args.db)


def open_for_command(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open the database for a headless command, turning every failure into a CliError."""
    from .services.startup import start
    from .store.database import DatabaseError

    paths = _paths(args)
    try:
        return start(paths)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{paths.database}: {exc.strerror or exc}") from exc


def cmd_init(args: argparse.Namespace) -> int:
    from .logging_setup import setup_logging

    setup_logging(_paths(args).log_dir)
    startup = open_for_command(args)
    try:
        for line in startup.lines():
            print(line)
    finally:
        startup.db.close()
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from .ui.app import run_app

    return run_app(_paths(args), exit_after_paint=args.exit_after_paint)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="igs-desktop",
        description=f"{APP_NAME}: werkbank voor de vaste ondersteuners van Plan Samenleven.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
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

    from .cli_demo import add_commands as add_demo_commands
    from .cli_figures import add_commands as add_figure_commands
    from .cli_notes import add_commands as add_note_commands
    from .cli_reports import add_commands as add_report_commands
    from .cli_rules import add_commands as add_rule_commands
    from .cli_years import add_commands as add_year_commands

    add_rule_commands(sub, common)
    add_demo_commands(sub, common)
    add_figure_commands(sub, common)
    add_report_commands(sub, common)
    add_note_commands(sub, common)
    add_year_commands(sub, common)
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
