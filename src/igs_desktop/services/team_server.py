"""The administrator's front door to the team server (Qt-free): set it up, add a colleague,
and the security SQL to read or run by hand (``igs-desktop team-server``, docs/team-server.md).

Every failure reaches the caller as ``TeamServerError`` with a Dutch message that names the
problem and never holds a password; ``kind`` is ``input`` for what the caller gave (the
address, the role name), ``login`` when the server refused the administrator's login.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..store.team_server.errors import TeamServerError
from .team_settings import ServerAddressError, ServerAddressRecord, parse_server_url

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = [
    "MemberAddedRecord",
    "TeamServerError",
    "add_member",
    "check_login",
    "check_role",
    "parse_admin_url",
    "security_sql",
    "setup",
]


@dataclass(frozen=True)
class MemberAddedRecord:
    """A colleague added to the team, as the administrator is told."""

    contact_id: str
    role: str
    name: str
    coordinator: bool
    login_url: str  # the address the colleague enters in IGS Desktop (no password)

    def lines(self) -> list[str]:
        groups = "igs_team en igs_coordinator" if self.coordinator else "igs_team"
        return [
            f"Ondersteuner {self.name} toegevoegd: gebruiker {self.role} (lid van {groups}).",
            "De laptops krijgen deze collega bij hun volgende synchronisatie.",
            f"Adres voor {self.name} in IGS Desktop (Instellingen): {self.login_url}",
        ]


def parse_admin_url(url: str) -> ServerAddressRecord:
    """The administrator's address; a bad one is TeamServerError(kind "input")."""
    try:
        return parse_server_url(url)
    except ServerAddressError as exc:
        raise TeamServerError(str(exc), "input") from exc


def _engine(address: ServerAddressRecord, password: str | None) -> Engine:
    from ..store.team_server.engine import make_server_engine

    return make_server_engine(address.url, password if password else address.password)


def check_role(role: str) -> str:
    """The role name, or TeamServerError(kind "input") saying why it cannot be one."""
    from ..store.team_server import admin

    try:
        return admin.check_role_name(role)
    except admin.MemberError as exc:
        raise TeamServerError(str(exc), "input") from exc


def check_login(url: str, password: str | None) -> str:
    """Log in as the administrator once; returns the role the server says we are.
    TeamServerError(kind "login") when the password is wrong or missing."""
    from ..store.team_server.engine import connection_facts

    engine = _engine(parse_admin_url(url), password)
    try:
        return connection_facts(engine).user
    finally:
        engine.dispose()


def setup(url: str, password: str | None) -> list[str]:
    """Upgrade the team database's schema, load the shipped reference data and apply the
    roles, rights and row-level security; again after every app update. What it did, as
    lines for the administrator."""
    from ..paths import resource_dir
    from ..store.team_server.admin import setup_server
    from ..store.team_server.security import SecuritySetupError

    address = parse_admin_url(url)
    engine = _engine(address, password)
    try:
        return setup_server(engine, resource_dir() / "data").lines()
    except SecuritySetupError as exc:
        raise TeamServerError(str(exc), "other") from exc
    finally:
        engine.dispose()


def add_member(
    url: str,
    password: str | None,
    *,
    role: str,
    name: str,
    email: str,
    member_password: str,
    coordinator: bool,
) -> MemberAddedRecord:
    """Create the colleague's login role and support contact on the team server."""
    from ..store.team_server import admin

    address = parse_admin_url(url)
    check_role(role)
    engine = _engine(address, password)
    try:
        member = admin.add_member(engine, role, name, email, member_password, coordinator)
    except admin.MemberError as exc:
        raise TeamServerError(str(exc), "input") from exc
    finally:
        engine.dispose()
    login = ServerAddressRecord(role, address.host, address.port, address.database, address.options)
    return MemberAddedRecord(member.contact_id, member.role, member.name, coordinator, login.url)


def security_sql() -> str:
    """The roles, rights and row-level security as one SQL script (for the docs and DBAs)."""
    from ..store.team_server.security import security_sql as sql

    return sql()
