"""The team server's failures as one exception with a message fit for the user (Dutch).

libpq reports a failed connection without an SQLSTATE, so the connection failures are told
apart by libpq's (English) message; errors after connecting by their SQLSTATE. A message
never holds the password: it is cut out of anything passed on, should a driver ever echo it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import exc as sa_exc

NOTHING_CHANGED = "Er is niets gewijzigd."


class TeamServerError(Exception):
    """A problem with the team server; ``str()`` is the Dutch message for the user.

    ``kind``: ``login`` (user or password wrong), ``unreachable``, ``no-database``, ``tls``,
    ``certificate``, ``refused`` (the server's rights or row-level security), ``lost``
    (the connection broke off), ``other``.
    """

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


def _reason(text: str) -> str:
    """The server's own words: the last line libpq reports, without its prefixes."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    first = lines[0] if lines else text.strip()
    first = re.sub(r"^connection failed: ", "", first)
    first = re.sub(r"^connection to server at [^:]*(?:, port \d+)? failed: ", "", first)
    return re.sub(r"^(FATAL|ERROR):\s+", "", first).strip()


def explain(error: BaseException, where: str, password: str | None = None) -> TeamServerError:
    """The TeamServerError for a psycopg or SQLAlchemy error on the server at ``where``
    (``host:port``)."""
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    raw = str(original)
    if password:
        raw = raw.replace(password, "***")
    low = raw.lower()
    sqlstate = getattr(original, "sqlstate", None)
    reason = _reason(raw)

    if (
        "password authentication failed" in low
        or "no password supplied" in low
        or "fe_sendauth" in low
        or sqlstate == "28P01"
    ):
        return TeamServerError(
            "Aanmelden bij de teamdatabase mislukt: gebruiker of wachtwoord klopt niet.", "login"
        )
    role = re.search(r'role "([^"]*)" does not exist', raw)
    if role and sqlstate in (None, "28000"):
        return TeamServerError(
            f"Aanmelden bij de teamdatabase mislukt: de gebruiker '{role.group(1)}' bestaat "
            "niet op de server.",
            "login",
        )
    database = re.search(r'database "([^"]*)" does not exist', raw)
    if database or sqlstate == "3D000":
        name = database.group(1) if database else ""
        return TeamServerError(
            f"De database '{name}' bestaat niet op de teamserver {where}. Controleer de naam "
            f"achter de laatste / in het adres. {NOTHING_CHANGED}",
            "no-database",
        )
    if "does not support ssl" in low or "ssl was required" in low:
        return TeamServerError(
            f"De teamserver {where} biedt geen versleutelde verbinding (TLS) aan, maar het "
            f"adres vraagt er een (sslmode). Vraag de beheerder TLS aan te zetten. "
            f"{NOTHING_CHANGED}",
            "tls",
        )
    if "no pg_hba.conf entry" in low:
        unencrypted = "no encryption" in low
        return TeamServerError(
            f"De teamserver {where} laat deze aanmelding niet toe"
            + (" zonder versleuteling (zet sslmode=require in het adres)" if unencrypted else "")
            + f": {reason}. {NOTHING_CHANGED}",
            "tls" if unencrypted else "login",
        )
    if (
        "certificate" in low
        or "root.crt" in low
        or "does not match host name" in low
        or "ssl error" in low
    ):
        return TeamServerError(
            f"Het certificaat van de teamserver {where} kon niet gecontroleerd worden: "
            f"{reason}. {NOTHING_CHANGED}",
            "certificate",
        )
    unreachable = _unreachable_reason(low)
    if unreachable:
        return TeamServerError(
            f"De teamdatabase op {where} is niet bereikbaar: {unreachable}. {NOTHING_CHANGED}",
            "unreachable",
        )
    if sqlstate == "42501" or "row-level security" in low or "permission denied" in low:
        return TeamServerError(
            f"De teamdatabase weigert dit: uw gebruiker mag dat niet ({reason}).", "refused"
        )
    if (
        "server closed the connection" in low
        or "terminating connection" in low
        or "consuming input failed" in low
        or "ssl syscall error" in low
        or "the connection is closed" in low
        or (sqlstate or "").startswith("08")
    ):
        return TeamServerError(
            f"De verbinding met de teamdatabase op {where} viel weg: {reason}.", "lost"
        )
    return TeamServerError(f"De teamdatabase op {where} gaf een fout: {reason}.", "other")


def _unreachable_reason(low: str) -> str | None:
    """Why no connection came about, in Dutch; None when it was something else."""
    if "connection refused" in low:
        return "de server weigert de verbinding (draait PostgreSQL daar, op die poort?)"
    if "timeout expired" in low or "timed out" in low:
        return "de server antwoordt niet op tijd (netwerk, firewall of VPN?)"
    if (
        "failed to resolve host" in low
        or "could not translate host name" in low
        or "name or service not known" in low
        or "temporary failure in name resolution" in low
        or "nodename nor servname" in low
    ):
        return "de servernaam is onbekend (typfout, of geen netwerk?)"
    if "network is unreachable" in low or "no route to host" in low:
        return "er is geen netwerk naar de server"
    if "received invalid response to ssl negotiation" in low:
        return "op die poort antwoordt geen PostgreSQL-server"
    if "could not connect" in low or "connection to server" in low:
        return "er kwam geen verbinding tot stand"
    return None


@contextmanager
def translated(where: str, password: str | None = None) -> Iterator[None]:
    """Turn the driver's and SQLAlchemy's database errors inside into TeamServerError."""
    try:
        yield
    except TeamServerError:
        raise
    except (psycopg.Error, sa_exc.DBAPIError) as error:
        raise explain(error, where, password) from error
