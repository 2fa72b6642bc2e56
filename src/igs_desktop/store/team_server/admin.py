"""The administrator's work on the team server: set it up (and again after an app update), add
a support contact with its own login.

Both run as the owner of the team database (a role with CREATEROLE, not a superuser). Each
step is one transaction: a refused step leaves nothing half-made.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from psycopg import sql
from sqlalchemy import Connection, Engine, text

from ..editing import row_text
from ..reference_data import load_reference_data_into
from .engine import server_revision, upgrade_server, where
from .errors import NOTHING_CHANGED, TeamServerError, translated
from .exchange import PUSH_LOCK
from .security import COORDINATOR_ROLE, TEAM_ROLE, apply_security

# A role name as PostgreSQL folds it: lower-case letters, digits and _; not reserved.
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
RESERVED_ROLES = frozenset({TEAM_ROLE, COORDINATOR_ROLE, "public", "postgres", "none"})


class MemberError(ValueError):
    """A new member the server cannot take as given; ``str()`` names the problem (Dutch)."""


@dataclass(frozen=True)
class SetupReportRecord:
    """What ``setup_server`` did."""

    revision_before: str | None
    revision_after: str | None
    reference_lines: tuple[str, ...]
    server: str

    def lines(self) -> list[str]:
        if self.revision_before == self.revision_after:
            schema = f"Schema van de teamdatabase: {self.revision_after} (al bijgewerkt)."
        elif self.revision_before is None:
            schema = f"Schema van de teamdatabase aangemaakt: {self.revision_after}."
        else:
            schema = (
                f"Schema van de teamdatabase bijgewerkt: {self.revision_before} → "
                f"{self.revision_after}."
            )
        return [
            f"Teamdatabase op {self.server}:",
            schema,
            *self.reference_lines,
            "Rollen igs_team en igs_coordinator, rechten en rijbeveiliging ingesteld.",
        ]


@dataclass(frozen=True)
class TeamMemberRecord:
    """A support contact added to the team: its row on the server and its login role."""

    contact_id: str
    role: str
    name: str
    email: str
    coordinator: bool


def setup_server(engine: Engine, data_dir: Path) -> SetupReportRecord:
    """Upgrade the schema, load the shipped reference data (``data_dir``) and apply the rights
    and row-level security. Safe to run again, and to be run again after every app update."""
    before = server_revision(engine)
    upgrade_server(engine)
    with translated(where(engine)):
        summary = load_reference_data_into(engine, data_dir)
        with engine.begin() as connection:
            apply_security(connection)
    return SetupReportRecord(
        revision_before=before,
        revision_after=server_revision(engine),
        reference_lines=tuple(summary.lines()),
        server=where(engine),
    )


def check_role_name(role: str) -> str:
    """The role name, or MemberError saying why it cannot be one."""
    if not ROLE_NAME.match(role):
        raise MemberError(
            f"'{role}' kan geen gebruikersnaam op de teamserver zijn: gebruik 1 tot 63 kleine "
            "letters, cijfers of _ en begin met een letter of _ (bv. an_peeters). "
            f"{NOTHING_CHANGED}"
        )
    if role.startswith("pg_") or role in RESERVED_ROLES:
        raise MemberError(
            f"'{role}' is een voorbehouden naam op de teamserver; kies een andere. "
            f"{NOTHING_CHANGED}"
        )
    return role


def add_member(
    engine: Engine,
    role: str,
    name: str,
    email: str,
    password: str,
    coordinator: bool = False,
    actor: str = "",
) -> TeamMemberRecord:
    """Create the LOGIN role ``role`` with ``password``, make it a member of igs_team (and
    igs_coordinator), and add its support contact with a change-log entry, so every laptop
    receives the new colleague at its next synchronisation. One transaction.

    The password goes to the server already hashed (SCRAM-SHA-256, as psql's \\password
    does), so it is in no statement the server or a log could show.
    """
    check_role_name(role)
    name = name.strip()
    email = email.strip()
    if not name:
        raise MemberError(f"Geef de naam van de ondersteuner (--name). {NOTHING_CHANGED}")
    if not password:
        raise MemberError(f"Het wachtwoord mag niet leeg zijn. {NOTHING_CHANGED}")
    with translated(where(engine), password), engine.begin() as connection:
        _refuse_unprepared(connection)
        _refuse_existing(connection, role)
        _create_role(connection, role, password, coordinator)
        contact_id = str(uuid.uuid4())
        admin = str(connection.execute(text("SELECT current_user")).scalar())
        row = {
            "id": contact_id,
            "name": name,
            "email": email,
            "is_user": False,
            "server_role": role,
            "created_at": dt.datetime.now(dt.UTC),
        }
        connection.execute(
            text(
                "INSERT INTO support_contact (id, name, email, is_user, server_role, created_at)"
                " VALUES (:id, :name, :email, :is_user, :server_role, :created_at)"
            ),
            row,
        )
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
        connection.execute(
            text(
                "INSERT INTO change_log (id, changed_at, changed_by, operation, entity,"
                " entity_id, field, old_value, new_value, partnership_id, summary, origin,"
                " record_version, sync_state)"
                " VALUES (:id, :at, :by, 'create', 'support_contact', :entity_id, '', NULL,"
                " :new, NULL, :summary, 'server', 1, 'sent')"
            ),
            {
                "id": str(uuid.uuid4()),
                "at": row["created_at"],
                "by": actor or f"teambeheer ({admin})",
                "entity_id": contact_id,
                "new": row_text(row),
                "summary": f"Ondersteuner {name} toegevoegd aan het team"
                + (" (coördinator)" if coordinator else ""),
            },
        )
    return TeamMemberRecord(contact_id, role, name, email, coordinator)


def _refuse_unprepared(connection: Connection) -> None:
    prepared = connection.execute(
        text(
            "SELECT to_regclass('support_contact') IS NOT NULL"
            " AND to_regrole(:team) IS NOT NULL AND to_regrole(:coordinator) IS NOT NULL"
        ),
        {"team": TEAM_ROLE, "coordinator": COORDINATOR_ROLE},
    ).scalar()
    if not prepared:
        raise TeamServerError(
            "De teamdatabase is nog niet ingericht: voer eerst 'igs-desktop team-server setup' "
            f"uit. {NOTHING_CHANGED}",
            "other",
        )


def _refuse_existing(connection: Connection, role: str) -> None:
    exists = connection.execute(
        text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :role"), {"role": role}
    ).first()
    if exists:
        raise MemberError(
            f"De gebruiker '{role}' bestaat al op de teamserver; kies een andere naam. "
            f"{NOTHING_CHANGED}"
        )
    holder = connection.execute(
        text("SELECT name FROM support_contact WHERE server_role = :role"), {"role": role}
    ).scalar()
    if holder is not None:
        raise MemberError(
            f"Ondersteuner {holder} heeft al de gebruiker '{role}' op de teamdatabase; kies een "
            f"andere naam. {NOTHING_CHANGED}"
        )


def _create_role(connection: Connection, role: str, password: str, coordinator: bool) -> None:
    """CREATE ROLE through the driver itself: identifiers and the (hashed) password quoted by
    psycopg, and no statement with the password through SQLAlchemy's logging."""
    raw = connection.connection.driver_connection
    assert raw is not None
    hashed = raw.pgconn.encrypt_password(
        password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256"
    )
    groups = [TEAM_ROLE, COORDINATOR_ROLE] if coordinator else [TEAM_ROLE]
    with raw.cursor() as cursor:
        cursor.execute(
            sql.SQL("CREATE ROLE {} LOGIN INHERIT PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(hashed.decode("ascii"))
            )
        )
        for group in groups:
            cursor.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role))
            )
