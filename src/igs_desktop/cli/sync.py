"""``igs-desktop sync`` and ``conflicts``: synchronise this laptop with the team database, and
settle the conflicts a synchronisation listed.

The address comes from ``--server`` (then remembered for this database, without its password)
or from what was set before (the window's Teamdatabase dialog). The password: in the address
for this run only, ``--password-stdin``, the system keyring, libpq's own (``PGPASSWORD``,
``~/.pgpass``), or asked on the terminal. No password is printed, logged or stored here.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .common import EXIT_OK, CliError, open_workbench
from .team_server import _terminal

if TYPE_CHECKING:
    from ..services.sync_view import ConflictViewRecord

EXIT_CONFLICTS = 1  # synchronised, but conflicts wait for a choice


def _password(args: argparse.Namespace, address: object) -> str | None:
    from ..services import team_settings

    assert isinstance(address, team_settings.ServerAddressRecord)
    if address.password:
        return address.password
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    stored = team_settings.stored_password(address)
    if stored is not None:
        return stored
    return None


def cmd_sync(args: argparse.Namespace) -> int:
    import getpass
    import os

    from ..services import team_settings
    from ..services.sync import SyncError

    with open_workbench(args) as workbench:
        try:
            if args.server:
                address = team_settings.set_server_url(workbench.db, args.server)
            else:
                url = team_settings.server_url_of(workbench.db)
                if url is None:
                    raise CliError(
                        "Er is geen teamdatabase ingesteld voor deze database. Geef ze met "
                        f"--server {team_settings.EXAMPLE} (of in het venster: Teamdatabase…). "
                        "Er is niets gewijzigd."
                    )
                address = team_settings.parse_server_url(url)
        except team_settings.ServerAddressError as exc:
            raise CliError(f"{exc} Er is niets gewijzigd.") from exc
        assert address is not None
        password = _password(args, address)
        if password is None and not os.environ.get("PGPASSWORD") and _terminal():
            password = getpass.getpass(
                f"Wachtwoord van {address.user} op {address.where}/{address.database}: "
            )

        def progress(_fraction: float, text: str) -> None:
            print(text, file=sys.stderr)

        try:
            summary = workbench.sync.synchronise(address.url, password, progress)
        except SyncError as exc:
            raise CliError(str(exc)) from exc
        for line in summary.lines():
            print(line)
        if summary.open_conflicts:
            print("Toon ze met: igs-desktop conflicts")
            return EXIT_CONFLICTS
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ..services.sync import SyncError
    from ..services.sync_view import conflict_views

    with open_workbench(args) as workbench:
        try:
            if args.keep_mine:
                workbench.sync.resolve(args.keep_mine, "mine")
                print("Uw waarde blijft; ze gaat mee bij de volgende synchronisatie.")
            elif args.take_theirs:
                workbench.sync.resolve(args.take_theirs, "theirs")
                print("De waarde van de teamdatabase staat nu ook hier.")
        except SyncError as exc:
            raise CliError(str(exc)) from exc
        items = conflict_views(workbench.db)
        if not items:
            print("Er zijn geen open conflicten.")
            return EXIT_OK
        print(f"{len(items)} open conflict(en):")
        for item in items:
            for line in _lines(item):
                print(line)
    return EXIT_CONFLICTS


def _lines(item: ConflictViewRecord) -> list[str]:
    from .. import formatting

    what = f"'{item.record}'" if item.record else item.entity
    where = (
        f" van '{item.partnership}'" if item.partnership and item.entity != "partnership" else ""
    )

    def value(text: str | None, deleted: bool) -> str:
        if deleted:
            return "(verwijderd)"
        if not item.field:
            return "(gewijzigd)"
        return "(leeg)" if text in (None, "") else str(text)

    return [
        f"[{item.id}] {what}{where}, {item.field_label or 'het hele record'}:",
        f"  hier: {value(item.local_value, item.local_deleted)} ({item.local_by}, "
        f"{formatting.datetime(item.local_at)})",
        f"  team: {value(item.remote_value, item.remote_deleted)} ({item.remote_by}, "
        f"{formatting.datetime(item.remote_at)})",
    ]


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    sync = sub.add_parser(
        "sync",
        parents=[common],
        help="met de teamdatabase synchroniseren (verzenden en ontvangen)",
        description="Verzendt de wijzigingen van deze laptop sinds de vorige synchronisatie "
        "naar de teamdatabase (PostgreSQL) en ontvangt die van de collega's. Een conflict "
        "(hetzelfde veld aan beide kanten gewijzigd) wordt nooit stil opgelost: het staat in "
        "'igs-desktop conflicts'. Afsluitcode 0: gesynchroniseerd; 1: gesynchroniseerd, met "
        "open conflicten; 2: niet gesynchroniseerd (er is niets gewijzigd).",
    )
    sync.add_argument(
        "--server",
        metavar="URL",
        help="adres van de teamdatabase, bv. postgresql://gebruiker@server:5432/igs"
        "?sslmode=verify-full (wordt onthouden, zonder wachtwoord)",
    )
    sync.add_argument(
        "--password-stdin",
        action="store_true",
        help="het wachtwoord van de eerste regel van de standaardinvoer lezen",
    )
    sync.set_defaults(handler=cmd_sync)

    conflicts = sub.add_parser(
        "conflicts",
        parents=[common],
        help="de open conflicten van de synchronisatie tonen en beslechten",
        description="Toont de open conflicten met beide waarden, wie ze wijzigde en wanneer. "
        "Met --keep-mine of --take-theirs kiest u per conflict. Afsluitcode 0: geen open "
        "conflicten; 1: er zijn er nog.",
    )
    choice = conflicts.add_mutually_exclusive_group()
    choice.add_argument("--keep-mine", metavar="ID", help="mijn waarde houden (gaat mee)")
    choice.add_argument("--take-theirs", metavar="ID", help="de waarde van de teamdatabase nemen")
    conflicts.set_defaults(handler=cmd_conflicts)
