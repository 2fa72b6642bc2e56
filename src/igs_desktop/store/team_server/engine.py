"""The engine on the team server (PostgreSQL through psycopg 3) and what it tells about itself.

The password is never part of a stored URL: it is given by the caller (typed, or read from the
system keyring), or libpq finds it itself (``PGPASSWORD``, ``~/.pgpass``). The ``sslmode`` of
the URL is passed on untouched (libpq's default ``prefer``: TLS when the server offers it).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from .errors import translated

DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql", "postgres", DRIVER)
APPLICATION_NAME = "igs-desktop"
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ConnectionFactsRecord:
    """Who the server says we are, what it runs, and whether the connection is encrypted."""

    user: str
    database: str
    server_version: str  # e.g. "15.18"
    tls: bool


def server_url(url: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL (``postgresql+psycopg://``) of a URL the user typed.

    ``postgresql://``, ``postgres://`` and ``postgresql+psycopg://`` are accepted; any other
    scheme is refused. ``password`` (when given) replaces one in the URL.
    """
    scheme, sep, rest = url.strip().partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        raise ValueError(
            f"Het adres van de teamdatabase moet met postgresql:// beginnen, niet met "
            f"'{scheme}{sep}'."
        )
    parsed = make_url(f"{DRIVER}://{rest}")
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed


def make_server_engine(
    url: str, password: str | None, connect_timeout: int = CONNECT_TIMEOUT_S
) -> Engine:
    """An engine on the team database at ``url``; no connection is made yet.

    Statement parameters are left out of error messages and logs (``hide_parameters``): they
    may hold a note's text.
    """
    return create_engine(
        server_url(url, password),
        pool_pre_ping=True,
        hide_parameters=True,
        connect_args={"connect_timeout": connect_timeout, "application_name": APPLICATION_NAME},
    )


def where(engine: Engine) -> str:
    """``host:port`` of the server, for messages."""
    return f"{engine.url.host or 'localhost'}:{engine.url.port or 5432}"


def guarded(engine: Engine) -> AbstractContextManager[None]:
    """Database errors on ``engine`` become TeamServerError (its password cut out)."""
    return translated(where(engine), engine.url.password)


def server_revision(engine: Engine) -> str | None:
    """The Alembic revision of the team database; None when it has no schema yet."""
    with guarded(engine), engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


# Two administrators upgrading the same team database at once: the second waits for the
# first, then finds nothing left to do.
UPGRADE_LOCK_KEY = 0x1657_0001


def upgrade_server(engine: Engine, target: str = "head") -> None:
    """Bring the team database's schema to ``target`` with the app's own Alembic migrations
    (one transaction per revision: a failed revision leaves the one before it whole)."""
    from ..migrate import upgrade_to_head

    with guarded(engine), engine.connect() as lock:
        # A session-level advisory lock, held on its own connection while the revisions run
        # on another; released at the end, or by the server when the connection drops.
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
        lock.commit()
        try:
            upgrade_to_head(engine, target)
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_LOCK_KEY})
            lock.commit()


def connection_facts(engine: Engine) -> ConnectionFactsRecord:
    """Connect and ask the server who we are, its version and whether TLS is in use."""
    with guarded(engine), engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT current_user, current_database(), current_setting('server_version'),"
                " coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"
            )
        ).one()
    version = str(row[2]).split(" ")[0]  # "15.18 (Debian 15.18-0+deb12u1)"
    return ConnectionFactsRecord(
        user=str(row[0]), database=str(row[1]), server_version=version, tls=bool(row[3])
    )
