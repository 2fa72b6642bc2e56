"""``igs-desktop demo``: fill an empty database with the demo portfolio (fictitious figures)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .cli import EXIT_OK, CliError, open_for_command


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import create_demo
    from .services.editing import ValidationError

    startup = open_for_command(args)
    try:
        summary = create_demo(startup.db)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    finally:
        startup.db.close()
    for line in summary.lines():
        print(line)
    return EXIT_OK


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    demo = sub.add_parser(
        "demo",
        parents=[common],
        help="een lege database vullen met de demoportefeuille (fictieve cijfers)",
        description="Vult een lege portefeuille met zes voorbeeldaanvragers op echte gemeenten, "
        "met FICTIEVE bevolkingscijfers. Weigert als er al samenwerkingsverbanden zijn. "
        "Afsluitcode 0: aangemaakt; 2: geweigerd of probleem met de database.",
    )
    demo.set_defaults(handler=cmd_demo)


def build_parser() -> argparse.ArgumentParser:
    """A parser with only the ``demo`` subcommand, until ``cli.build_parser`` adds it."""
    parser = argparse.ArgumentParser(prog="igs-desktop")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="FILE",
        default=None,
        help="dit databasebestand gebruiken in plaats van het standaardbestand",
    )
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CliError as exc:
        print(f"igs-desktop: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
