"""``igs-desktop backup``, ``backups`` and ``restore``: copies of the database and putting one
back.

They work on the database file without opening it through the Workbench: a database that no
longer opens (damaged, or from a newer version) can still be copied and restored, and none of
them creates or upgrades a database.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, CliError, _paths


def cmd_backup(args: argparse.Namespace) -> int:
    from ..services import backups
    from ..services.workbench import DatabaseError

    paths = _paths(args)
    try:
        if args.to:
            copy = backups.copy_to(paths.database, Path(args.to).expanduser())
            made, size, check = copy.path, copy.size, copy.check.problem
        else:
            record = backups.make_backup(paths.database, paths.backup_dir, backups.MANUAL)
            made, size, check = record.path, record.size, record.problem
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc
    if check:
        raise CliError(
            f"Kopie gemaakt in {made}, maar de controle vond een probleem: {check}. "
            "Bewaar ook een oudere back-up (igs-desktop backups)."
        )
    print(f"Back-up gemaakt en gecontroleerd: {made} ({backups.size_label(size)}).")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from ..services import backups

    paths = _paths(args)
    found = backups.list_backups(paths.database, paths.backup_dir)
    if not found:
        print(f"Er zijn nog geen back-ups van {paths.database} (in {paths.backup_dir}).")
        return EXIT_OK
    print(f"Back-ups van {paths.database}, nieuwste eerst:")
    for record in found:
        print(backups.describe(record))
    return EXIT_OK


def _backup_file(text: str, database: Path, backup_dir: Path) -> Path:
    """The file named, or the backup of that name in the list."""
    from ..services import backups

    given = Path(text).expanduser()
    if given.exists() or given.parent != Path("."):
        return given
    for record in backups.list_backups(database, backup_dir):
        if record.path.name == text:
            return record.path
    return given


def cmd_restore(args: argparse.Namespace) -> int:
    from ..services import backups
    from ..services.workbench import DatabaseError

    paths = _paths(args)
    backup = _backup_file(args.file, paths.database, paths.backup_dir)
    try:
        report = backups.restore_file(paths.database, paths.backup_dir, backup)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc
    print(f"Teruggezet: {report.database} bevat nu de back-up {report.restored_from}.")
    if report.before is not None:
        print(f"De toestand van voor het terugzetten staat in {report.before.path}.")
    elif report.raw_copy is not None:
        print(f"Het onleesbare bestand van ervoor is bewaard als {report.raw_copy}.")
    if report.revision != backups.HEAD_REVISION:
        print(
            f"De back-up heeft schema {report.revision}; IGS Desktop werkt de database bij "
            "wanneer ze de volgende keer geopend wordt (met eerst nog een back-up)."
        )
    return EXIT_OK


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="nu een gecontroleerde back-up van de database maken",
        description="Maakt een back-up van de database in haar eigen map met back-ups (of, met "
        "--to, een kopie in een nieuw bestand) en controleert ze. Schrijft nooit over de "
        "database, haar hulpbestanden of een bestaand bestand. Afsluitcode 0: gemaakt en "
        "gecontroleerd; 2: geweigerd, mislukt of de controle vond een probleem.",
    )
    backup.add_argument(
        "--to", metavar="FILE", help="de kopie in dit nieuwe bestand schrijven (bestaat nog niet)"
    )
    backup.set_defaults(handler=cmd_backup)

    listing = sub.add_parser(
        "backups",
        parents=[common],
        help="de back-ups van de database tonen",
        description="Toont de back-ups van de database, nieuwste eerst: datum, grootte, reden "
        "en of de back-up gecontroleerd is. Afsluitcode 0.",
    )
    listing.set_defaults(handler=cmd_backups)

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="een back-up terugzetten in plaats van de database",
        description="Zet een back-up terug in plaats van de database. De back-up wordt eerst "
        "gecontroleerd; van de huidige toestand wordt eerst een back-up gemaakt. Geweigerd "
        "zolang de database in een venster van IGS Desktop geopend is. Afsluitcode 0: "
        "teruggezet; 2: geweigerd (de database is dan niet gewijzigd) of mislukt.",
    )
    restore.add_argument(
        "file", metavar="FILE", help="de back-up (een pad, of een naam uit 'igs-desktop backups')"
    )
    restore.set_defaults(handler=cmd_restore)
