"""What every command module shares: the error to report, exit codes, dates, opening the database.

The command modules import this module, never the package ``__init__`` that imports them.
Heavy imports (SQLAlchemy, Qt, ReportLab) stay inside the functions.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ..paths import AppPaths
    from ..services.workbench import Workbench

    # What ``add_subparsers`` returns; each command module adds its commands to it.
    Subcommands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_FAILURE = 2

COMMAND_LINE_ACTOR = "igs-desktop (opdrachtregel)"  # in the change log while no profile exists


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


def _paths(args: argparse.Namespace) -> AppPaths:
    from ..paths import resolve_paths

    return resolve_paths(args.db)


@contextmanager
def open_workbench(args: argparse.Namespace, create: bool = False) -> Iterator[Workbench]:
    """The front door for one command, closed afterwards. A database that cannot be opened,
    and bad input the services refuse (ValidationError, NotFoundError), become a CliError.

    Only ``create`` (``init``, ``demo``) makes a new database; an empty file never becomes one
    on the command line."""
    from ..services.editing import ValidationError
    from ..services.rules import NotFoundError
    from ..services.workbench import DatabaseError, Workbench

    paths = _paths(args)
    if paths.database.is_file() and paths.database.stat().st_size == 0:
        raise CliError(
            f"{paths.database} is leeg (0 bytes) en dus geen database. Kies een ander bestand, "
            "of verwijder het lege bestand eerst. Er is niets gewijzigd."
        )
    try:
        workbench = Workbench.open(paths, fallback_actor=COMMAND_LINE_ACTOR, create=create)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{paths.database}: {exc.strerror or exc}") from exc
    try:
        yield workbench
    except (ValidationError, NotFoundError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        workbench.close()
