"""The team database in the settings: its address, its password in the system keyring, and a
test of the connection. The front door for the window and the command line (Qt-free).

The address is stored in the laptop's database (app_meta ``sync.server_url``) WITHOUT a
password. The password lives in the system keyring (service "igs-desktop team", user name
``<user>@<host>:<port>/<database>``), or libpq finds it (``PGPASSWORD``, ``~/.pgpass``), or the
user types it each time. Without a keyring the password is simply asked each time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from ..store import settings
from ..store.schema import HEAD_REVISION, KNOWN_REVISIONS
from ..store.sync.local import SERVER_URL
from ..store.team_server.errors import TeamServerError
from . import sync_view

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from ..store.database import Database

__all__ = [
    "ConnectionReportRecord",
    "ServerAddressError",
    "ServerAddressRecord",
    "TeamServerError",
    "forget_password",
    "keyring_problem",
    "parse_server_url",
    "schema_verdict",
    "server_url_of",
    "set_server_url",
    "store_password",
    "stored_password",
    "test_connection",
]

log = logging.getLogger(__name__)

SERVER_URL_KEY = SERVER_URL  # store.sync.local: the one name of the setting
KEYRING_SERVICE = "igs-desktop team"
DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# libpq's options that may follow the ? of the address (TLS and server choice).
OPTIONS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "sslcrldir",
        "sslsni",
        "gssencmode",
        "target_session_attrs",
    }
)
EXAMPLE = "postgresql://gebruiker@server:5432/igs"
NO_KEYRING = (
    "Er is geen sleutelbos (wachtwoordkluis) van het systeem beschikbaar: het wachtwoord van "
    "de teamdatabase wordt niet bewaard en telkens gevraagd."
)


class ServerAddressError(ValueError):
    """The address of the team database is not usable; ``str()`` names the problem (Dutch)."""


@dataclass(frozen=True)
class ServerAddressRecord:
    """A team database's address. ``password`` is what the typed URL held: split off, it never
    appears in ``url`` or ``repr``, and is never stored with the address."""

    user: str
    host: str
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def url(self) -> str:
        """``postgresql://user@host:port/database?options``, without a password."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?{urlencode(self.options)}" if self.options else ""
        return (
            f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.database, safe='')}{query}"
        )

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def keyring_user(self) -> str:
        """The user name of the password in the keyring: ``user@host:port/database``."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def sslmode(self) -> str:
        return dict(self.options).get("sslmode", "prefer")


def parse_server_url(text: str) -> ServerAddressRecord:
    """Check the address the user typed; ServerAddressError names what is wrong with it.

    ``postgresql://``, ``postgres://`` and ``postgresql+psycopg://`` are accepted; the user,
    the server and the database are required, the port defaults to 5432. A password in the
    address (``user:password@`` or ``?password=``) is split off into ``password``.
    """
    text = (text or "").strip()
    if not text:
        raise ServerAddressError(f"Vul het adres van de teamdatabase in, bv. {EXAMPLE}.")
    scheme, sep, _rest = text.partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        shown = f"'{scheme}://'" if sep else f"'{text[:40]}'"
        raise ServerAddressError(
            f"Het adres van de teamdatabase moet met postgresql:// beginnen (niet {shown}), "
            f"bv. {EXAMPLE}."
        )
    if any(c.isspace() for c in text):
        raise ServerAddressError(
            f"Het adres van de teamdatabase mag geen spaties bevatten, bv. {EXAMPLE}."
        )
    parts = urlsplit(text)
    host = parts.hostname or ""
    if not host:
        raise ServerAddressError(
            f"Het adres mist de server (de naam of het IP-adres na de @), bv. {EXAMPLE}."
        )
    if "," in host or "/" in host:
        raise ServerAddressError(
            f"Het adres noemt meer dan één server ('{host}'); geef er één, bv. {EXAMPLE}."
        )
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port_text = parts.netloc.rpartition(":")[2]
        raise ServerAddressError(
            f"De poort '{port_text}' in het adres is geen getal van 1 tot 65535 "
            f"(meestal 5432), bv. {EXAMPLE}."
        ) from None
    if not 0 < port < 65536:
        raise ServerAddressError(
            f"De poort '{port}' in het adres is geen getal van 1 tot 65535 (meestal 5432)."
        )
    user = unquote(parts.username or "")
    if not user:
        raise ServerAddressError(
            f"Het adres mist de gebruiker (uw PostgreSQL-gebruiker, vóór de @), bv. {EXAMPLE}."
        )
    database = unquote(parts.path.removeprefix("/"))
    if not database:
        raise ServerAddressError(
            f"Het adres mist de naam van de database (na de / achter de server), bv. {EXAMPLE}."
        )
    if "/" in database:
        raise ServerAddressError(
            f"De naam van de database '{database}' mag geen / bevatten, bv. {EXAMPLE}."
        )
    password = unquote(parts.password) if parts.password is not None else None
    options: list[tuple[str, str]] = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name == "password":
            password = value
        elif name not in OPTIONS:
            raise ServerAddressError(
                f"De optie '{name}' in het adres kent IGS Desktop niet; mogelijk zijn: "
                f"{', '.join(sorted(OPTIONS))}."
            )
        elif name == "sslmode" and value not in SSL_MODES:
            raise ServerAddressError(
                f"sslmode '{value}' bestaat niet; kies {', '.join(SSL_MODES[:-1])} of "
                f"{SSL_MODES[-1]}."
            )
        else:
            options.append((name, value))
    return ServerAddressRecord(user, host, port, database, tuple(options), password or None)


def server_url_of(db: Database) -> str | None:
    """The team database's address set for this laptop (without password); None: none set."""
    return sync_view.server_url(db)  # one reading; that module does not load psycopg


def set_server_url(db: Database, url: str | None) -> ServerAddressRecord | None:
    """Check ``url`` and store it without its password (None or "" forgets the server).

    Returns the parsed address, whose ``password`` (if the URL held one) the caller may put in
    the keyring with ``store_password``. A refused address changes nothing.
    """
    if url is None or not url.strip():
        settings.set_setting(db, SERVER_URL_KEY, None)
        return None
    address = parse_server_url(url)
    settings.set_setting(db, SERVER_URL_KEY, address.url)
    return address


# The system keyring ----------------------------------------------------------------------


def _keyring() -> KeyringBackend | None:
    """The system keyring; None when there is none (keyring's fail or null backend)."""
    import keyring
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: as good as none
        log.warning("The system keyring could not be loaded", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


def keyring_problem() -> str | None:
    """None when a system keyring can keep the password; else why not (Dutch)."""
    return None if _keyring() is not None else NO_KEYRING


def stored_password(address: ServerAddressRecord) -> str | None:
    """The password kept in the keyring for ``address``; None when none is (or no keyring)."""
    from keyring.errors import KeyringError

    backend = _keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, address.keyring_user)
    except KeyringError as error:
        log.warning("The keyring could not give the team password: %s", type(error).__name__)
        return None


def store_password(address: ServerAddressRecord, password: str) -> str | None:
    """Keep ``password`` for ``address`` in the system keyring. None when kept; else why it was
    not (Dutch: no keyring, or the keyring refused) and the password will be asked each time."""
    from keyring.errors import KeyringError

    backend = _keyring()
    if backend is None:
        return NO_KEYRING
    try:
        backend.set_password(KEYRING_SERVICE, address.keyring_user, password)
    except (KeyringError, OSError) as error:  # locked, or the keyring service is not running
        log.warning("The keyring refused the team password: %s", type(error).__name__)
        return (
            f"De sleutelbos van het systeem bewaarde het wachtwoord niet "
            f"({type(error).__name__}): het wordt telkens gevraagd."
        )
    return None


def forget_password(address: ServerAddressRecord) -> str | None:
    """Remove the password of ``address`` from the keyring (nothing kept is fine). None when
    done; else why not (Dutch)."""
    from keyring.errors import KeyringError, PasswordDeleteError

    backend = _keyring()
    if backend is None:
        return NO_KEYRING
    try:
        backend.delete_password(KEYRING_SERVICE, address.keyring_user)
    except PasswordDeleteError:
        pass  # there was none
    except (KeyringError, OSError) as error:
        log.warning("The keyring did not remove the team password: %s", type(error).__name__)
        return (
            f"De sleutelbos van het systeem verwijderde het wachtwoord niet "
            f"({type(error).__name__})."
        )
    return None


# Testing the connection --------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionReportRecord:
    """What a connection test found: who, which server, TLS, and whether the schemas match."""

    url: str  # without password
    user: str
    database: str
    server_version: str
    tls: bool
    server_revision: str | None
    app_revision: str
    ready: bool  # the schemas match: synchronising can start
    verdict: str  # Dutch, one line

    @property
    def lines(self) -> list[str]:
        """The report for the user, in Dutch, one fact per line."""
        return [
            f"Aangemeld als {self.user} op database {self.database}.",
            f"PostgreSQL {self.server_version}.",
            "Versleutelde verbinding (TLS): ja."
            if self.tls
            else "Versleutelde verbinding (TLS): nee (sslmode=require of verify-full in het "
            "adres eist ze).",
            self.verdict,
        ]


def schema_verdict(server_revision: str | None) -> tuple[bool, str]:
    """Whether this app may synchronise with a server at ``server_revision``, and why (Dutch)."""
    if server_revision is None:
        return False, (
            "De teamdatabase is nog niet ingericht: laat de beheerder ze inrichten "
            "(igs-desktop team-server setup)."
        )
    if server_revision == HEAD_REVISION:
        return True, (
            f"Het schema van de teamdatabase ({server_revision}) past bij deze versie van "
            "IGS Desktop: synchroniseren kan."
        )
    if server_revision in KNOWN_REVISIONS:
        return False, (
            f"De teamdatabase heeft een ouder schema ({server_revision}; deze versie van "
            f"IGS Desktop gebruikt {HEAD_REVISION}): laat de beheerder de teamdatabase bijwerken."
        )
    return False, (
        f"De teamdatabase heeft een nieuwer schema ({server_revision}; deze versie van "
        f"IGS Desktop kent {HEAD_REVISION}): werk IGS Desktop bij."
    )


def test_connection(url: str, password: str | None) -> ConnectionReportRecord:
    """Connect to the team database at ``url`` and report on it; nothing is written anywhere.

    ``password``: the typed or kept one; None uses a password in ``url``, else libpq's own
    (``PGPASSWORD``, ``~/.pgpass``). ServerAddressError for a bad address, TeamServerError
    (Dutch, without the password) when the server cannot be reached or refuses the login.
    """
    from ..store.team_server.engine import connection_facts, make_server_engine, server_revision

    address = parse_server_url(url)
    engine = make_server_engine(address.url, password if password is not None else address.password)
    try:
        facts = connection_facts(engine)
        revision = server_revision(engine)
    finally:
        engine.dispose()
    ready, verdict = schema_verdict(revision)
    return ConnectionReportRecord(
        url=address.url,
        user=facts.user,
        database=facts.database,
        server_version=facts.server_version,
        tls=facts.tls,
        server_revision=revision,
        app_revision=HEAD_REVISION,
        ready=ready,
        verdict=verdict,
    )


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported
