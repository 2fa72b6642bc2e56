"""``igs-desktop team-server``: the administrator sets up the team's PostgreSQL database, adds
colleagues, and prints the security SQL (docs/team-server.md).

The administrator's password comes from the address (``postgresql://admin:pw@…``), from
libpq (``PGPASSWORD``, ``~/.pgpass``) or is asked; a colleague's password is asked twice or
read from standard input (``--password-stdin``). No password is printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .common import EXIT_OK, CliError


def _admin_password(url: str) -> str | None:
    """The administrator's password to use, after logging in with it once: None when the
    address holds one, PGPASSWORD is set or libpq finds one itself (~/.pgpass); otherwise
    asked once on the terminal. A failed login is told before anything else is asked."""
    from ..services import team_server

    address = team_server.parse_admin_url(url)
    try:
        team_server.check_login(url, None)
        return None
    except team_server.TeamServerError as exc:
        given = address.password or os.environ.get("PGPASSWORD")
        if exc.kind != "login" or given or not _terminal():
            raise
    password = getpass.getpass(
        f"Wachtwoord van beheerder {address.user} op {address.where}/{address.database}: "
    )
    team_server.check_login(url, password)
    return password


def _terminal() -> bool:
    """Whether a password can be asked: getpass reads the terminal, not standard input."""
    if os.name != "posix":
        return sys.stdin.isatty()
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return False


def cmd_setup(args: argparse.Namespace) -> int:
    from ..services import team_server

    try:
        lines = team_server.setup(args.server, _admin_password(args.server))
    except team_server.TeamServerError as exc:
        raise CliError(str(exc)) from exc
    for line in lines:
        print(line)
    return EXIT_OK


def _member_password(from_stdin: bool, role: str) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Nieuw wachtwoord voor {role}: ")
        again = getpass.getpass(f"Nog eens het wachtwoord voor {role}: ")
        if password != again:
            raise CliError("De twee wachtwoorden verschillen. Er is niets gewijzigd.")
    if not password:
        raise CliError(f"Het wachtwoord voor {role} is leeg. Er is niets gewijzigd.")
    return password


def cmd_add_member(args: argparse.Namespace) -> int:
    from ..services import team_server

    try:
        # a bad address or role name, or the administrator's failed login, is told before
        # the new colleague's password is asked
        team_server.check_role(args.role)
        password = _admin_password(args.server)
        member_password = _member_password(args.password_stdin, args.role)
        added = team_server.add_member(
            args.server,
            password,
            role=args.role,
            name=args.name,
            email=args.email,
            member_password=member_password,
            coordinator=args.coordinator,
        )
    except team_server.TeamServerError as exc:
        raise CliError(str(exc)) from exc
    for line in added.lines():
        print(line)
    return EXIT_OK


def cmd_sql(_args: argparse.Namespace) -> int:
    from ..services import team_server

    print(team_server.security_sql(), end="")
    return EXIT_OK


def add_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    del common  # these commands work on the team server, not on a database file
    group = sub.add_parser(
        "team-server",
        help="de teamdatabase (PostgreSQL) inrichten en collega's toevoegen (beheerder)",
        description="Voor de beheerder van de teamdatabase: inrichten en bijwerken, "
        "ondersteuners toevoegen, de beveiligings-SQL tonen (docs/team-server.md). Het "
        "wachtwoord van de beheerder komt uit het adres, uit PGPASSWORD of ~/.pgpass, of "
        "wordt gevraagd. Afsluitcode 0: gelukt; 2: geweigerd of mislukt (er is dan niets "
        "gewijzigd).",
    )
    group.set_defaults(handler=lambda _args: _usage(group))
    commands = group.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    setup = commands.add_parser(
        "setup",
        help="de teamdatabase inrichten of bijwerken (opnieuw na elke update van de app)",
        description="Werkt het schema van de teamdatabase bij, laadt de meegeleverde "
        "referentiegegevens en stelt de rollen igs_team en igs_coordinator, de rechten en de "
        "rijbeveiliging in. Veilig om te herhalen; doe het na elke update van IGS Desktop.",
    )
    setup.add_argument("--server", required=True, metavar="URL", help=_SERVER_HELP)
    setup.set_defaults(handler=cmd_setup)

    add = commands.add_parser(
        "add-member",
        help="een ondersteuner toevoegen met een eigen aanmelding",
        description="Maakt een PostgreSQL-gebruiker (LOGIN) voor een ondersteuner, lid van "
        "igs_team (en igs_coordinator met --coordinator), en voegt de ondersteuner toe aan de "
        "teamdatabase; de laptops krijgen de collega bij hun volgende synchronisatie. Het "
        "wachtwoord wordt twee keer gevraagd, of met --password-stdin van de standaardinvoer "
        "gelezen.",
    )
    add.add_argument("--server", required=True, metavar="URL", help=_SERVER_HELP)
    add.add_argument(
        "--role",
        required=True,
        metavar="ROL",
        help="de gebruikersnaam op de server (kleine letters, cijfers, _), bv. an_peeters",
    )
    add.add_argument("--name", required=True, metavar="NAAM", help="de naam van de ondersteuner")
    add.add_argument("--email", default="", metavar="E-MAIL", help="het e-mailadres")
    add.add_argument(
        "--coordinator",
        action="store_true",
        help="coördinator: mag ook referentiegegevens, catalogus, projectjaren en cijfers wijzigen",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="het wachtwoord van de nieuwe gebruiker van de standaardinvoer lezen (één regel)",
    )
    add.set_defaults(handler=cmd_add_member)

    sql = commands.add_parser(
        "sql",
        help="de SQL van rollen, rechten en rijbeveiliging tonen",
        description="Toont de SQL die 'team-server setup' na de schema-update uitvoert: rollen, "
        "rechten, functies en rijbeveiliging. Uit te voeren met psql als eigenaar van de "
        "teamdatabase.",
    )
    sql.set_defaults(handler=cmd_sql)


_SERVER_HELP = (
    "het adres van de teamdatabase als beheerder, bv. postgresql://igs_beheer@server:5432/igs"
    "?sslmode=verify-full"
)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    raise CliError("Kies een opdracht: setup, add-member of sql.")
