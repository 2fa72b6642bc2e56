"""The team server enforces who writes where (issue 15): connected as one support contact,
plain SQL on a colleague's partnership, the catalogue or the change log is refused by the
server itself (grants and row-level security), whatever the app would do.

Contact A and contact B each have a partnership with its parts; C is the coordinator. Every
statement runs on its own connection as that role, in autocommit, as a laptop's would.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from psycopg import errors
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from igs_desktop.paths import resource_dir
from igs_desktop.store.tables import (
    CatalogueAction,
    FollowUp,
    GovernmentRow,
    KnowledgeSession,
    KnowledgeSessionParticipant,
    KpiValue,
    MembershipRow,
    Note,
    NoteTag,
    PartnershipAction,
    PartnershipRow,
    SubsidyRow,
    SupportContact,
    SupportTrack,
    metadata,
)
from igs_desktop.store.team_server import admin
from igs_desktop.store.team_server.engine import make_server_engine
from igs_desktop.store.team_server.security import (
    PRIVATE_TABLES,
    SHARED_TABLES,
    apply_security,
    security_sql,
)

from .conftest import TeamRoleRecord, libpq_url

DATA = resource_dir() / "data"
TODAY = dt.date(2026, 11, 29)


# --- without a server -------------------------------------------------------------------------


def test_every_table_is_either_shared_or_kept_from_the_team() -> None:
    """A table added by a later migration must be classified here, or the team gets no rights
    on it (and the synchronisation of it fails loudly rather than silently unprotected)."""
    assert set(SHARED_TABLES) | set(PRIVATE_TABLES) == set(metadata.tables)
    assert not set(SHARED_TABLES) & set(PRIVATE_TABLES)


def test_security_sql_is_one_script_without_percent_signs() -> None:
    """The statements go to the driver as they are (no placeholders): a % would be taken for
    one. The script is what docs/team-server.md shows."""
    text = security_sql()
    assert "%" not in text
    assert text.startswith("-- IGS Desktop team server")
    assert text.rstrip().endswith("COMMIT;")
    for needle in ("CREATE ROLE igs_team NOLOGIN", "ENABLE ROW LEVEL SECURITY", "igs_take_over"):
        assert needle in text


# --- a team on a real server ------------------------------------------------------------------


@dataclass
class Crew:
    """Contacts A and B and coordinator C on a freshly set-up team server."""

    engine: Engine  # the administrator's
    a: TeamRoleRecord
    b: TeamRoleRecord
    coordinator: TeamRoleRecord
    ids: dict[str, str]  # what the fixture made, by name


def _contact(session: Session, role: TeamRoleRecord, name: str) -> str:
    contact = SupportContact(name=name, email=f"{role.name}@example.be", server_role=role.name)
    session.add(contact)
    session.flush()
    return contact.id


def _portfolio(session: Session, prefix: str, contact_id: str, nis: str, action_id: str) -> dict:
    """A partnership of ``contact_id`` with a member, a subsidy, an action with a KPI value, a
    support track, a follow-up, a note with a tag and a knowledge session with a participant."""
    p = PartnershipRow(name=f"Partnerschap {prefix}", formed_year=1, support_contact_id=contact_id)
    session.add(p)
    session.flush()
    member = MembershipRow(partnership_id=p.id, nis_code=nis, joined_year=1)
    subsidy = SubsidyRow(partnership_id=p.id, project_year=1, amount_cents=100_000)
    action = PartnershipAction(partnership_id=p.id, action_id=action_id)
    track = SupportTrack(partnership_id=p.id, action_id=action_id, theme="taal")
    note = Note(noted_on=TODAY, title=f"Nota {prefix}", partnership_id=p.id)
    own_note = Note(noted_on=TODAY, title=f"Eigen nota {prefix}", owner_contact_id=contact_id)
    ks = KnowledgeSession(partnership_id=p.id, held_on=TODAY, topic="Taal")
    session.add_all([member, subsidy, action, track, note, own_note, ks])
    session.flush()
    kpi = KpiValue(partnership_action_id=action.id, project_year=1, target=5)
    # linked through its action only: it belongs to the partnership all the same
    follow_up = FollowUp(title="Bellen", partnership_action_id=action.id)
    session.add_all(
        [
            kpi,
            follow_up,
            NoteTag(note_id=note.id, tag="taal"),
            KnowledgeSessionParticipant(session_id=ks.id, nis_code=nis),
        ]
    )
    session.flush()
    return {
        f"{prefix}_partnership": p.id,
        f"{prefix}_membership": member.id,
        f"{prefix}_subsidy": subsidy.id,
        f"{prefix}_action": action.id,
        f"{prefix}_kpi": kpi.id,
        f"{prefix}_track": track.id,
        f"{prefix}_follow_up": follow_up.id,
        f"{prefix}_note": note.id,
        f"{prefix}_own_note": own_note.id,
        f"{prefix}_session": ks.id,
    }


@pytest.fixture
def crew(team_database: str, make_login_role: Callable[..., TeamRoleRecord]) -> Iterator[Crew]:
    engine = make_server_engine(team_database, None)
    try:
        admin.setup_server(engine, DATA)
        a = make_login_role("igs_team")
        b = make_login_role("igs_team")
        coordinator = make_login_role("igs_team", "igs_coordinator")
        with Session(engine) as session:
            nis, nis2 = session.exec(select(GovernmentRow.nis_code).limit(2)).all()
            action_id = session.exec(select(CatalogueAction.id).limit(1)).one()
            ids = {
                "a": _contact(session, a, "Anna Peeters"),
                "b": _contact(session, b, "Bert Claes"),
                "c": _contact(session, coordinator, "Chris Coördinator"),
                "nis": nis,
                "nis2": nis2,
                "action": action_id,
            }
            ids |= _portfolio(session, "A", ids["a"], nis, action_id)
            ids |= _portfolio(session, "B", ids["b"], nis, action_id)
            session.commit()
        yield Crew(engine, a, b, coordinator, ids)
    finally:
        engine.dispose()


def run(role: TeamRoleRecord, statement: str, params: Any = None) -> int:
    """Run one statement as ``role`` on a connection of its own; the rows it affected."""
    with psycopg.connect(role.url, autocommit=True) as conn:
        return conn.execute(statement, params).rowcount


def fetch(role: TeamRoleRecord, statement: str, params: Any = None) -> list[tuple]:
    with psycopg.connect(role.url, autocommit=True) as conn:
        return conn.execute(statement, params).fetchall()


def refused(role: TeamRoleRecord, statement: str, params: Any = None) -> str:
    """The server's refusal (insufficient_privilege: no right, or a row-level security
    policy) of ``statement`` as ``role``."""
    with pytest.raises(errors.InsufficientPrivilege) as info:
        run(role, statement, params)
    return str(info.value)


def admin_value(crew: Crew, statement: str, **params: Any) -> Any:
    with crew.engine.connect() as conn:
        return conn.execute(sa.text(statement), params).scalar()


def test_a_contact_cannot_change_a_colleagues_partnership_or_its_parts(crew: Crew) -> None:
    a, ids = crew.a, crew.ids
    pb = ids["B_partnership"]
    assert run(a, "UPDATE partnership SET name = 'Gekaapt' WHERE id = %s", [pb]) == 0
    assert (
        run(a, "UPDATE partnership SET support_contact_id = %s WHERE id = %s", [ids["a"], pb]) == 0
    )
    assert run(a, "DELETE FROM partnership WHERE id = %s", [pb]) == 0
    for table in ("membership", "subsidy", "partnership_action", "support_track"):
        assert run(a, f"UPDATE {table} SET id = id WHERE partnership_id = %s", [pb]) == 0, table
        assert run(a, f"DELETE FROM {table} WHERE partnership_id = %s", [pb]) == 0, table
    assert run(a, "UPDATE kpi_value SET target = 99 WHERE id = %s", [ids["B_kpi"]]) == 0
    assert run(a, "DELETE FROM kpi_value WHERE id = %s", [ids["B_kpi"]]) == 0
    assert run(a, "UPDATE follow_up SET title = 'x' WHERE id = %s", [ids["B_follow_up"]]) == 0
    assert run(a, "DELETE FROM knowledge_session WHERE id = %s", [ids["B_session"]]) == 0

    assert "row-level security" in refused(
        a,
        "INSERT INTO membership (id, partnership_id, nis_code, joined_year, transfer_arrangement)"
        " VALUES (%s, %s, %s, 1, '')",
        [str(uuid.uuid4()), pb, ids["nis"]],
    )
    refused(
        a,
        "INSERT INTO subsidy (id, partnership_id, project_year, amount_cents, description)"
        " VALUES (%s, %s, 1, 5, '')",
        [str(uuid.uuid4()), pb],
    )
    refused(
        a,
        "INSERT INTO kpi_value (id, partnership_action_id, project_year) VALUES (%s, %s, 1)",
        [str(uuid.uuid4()), ids["B_action"]],
    )
    # nor move its own rows into the colleague's partnership, nor give its partnership away
    refused(a, "UPDATE membership SET partnership_id = %s WHERE id = %s", [pb, ids["A_membership"]])
    refused(
        a,
        "UPDATE partnership SET support_contact_id = %s WHERE id = %s",
        [ids["b"], ids["A_partnership"]],
    )
    refused(
        a,
        "INSERT INTO partnership (id, name, formed_year, kpi, status, notes, support_contact_id,"
        " is_demo, created_at, updated_at) VALUES (%s, 'Voor B', 1, '', 'actief', '', %s, false,"
        " now(), now())",
        [str(uuid.uuid4()), ids["b"]],
    )

    assert admin_value(crew, "SELECT name FROM partnership WHERE id = :p", p=pb) == "Partnerschap B"
    assert admin_value(crew, "SELECT count(*) FROM membership WHERE partnership_id = :p", p=pb) == 1
    assert admin_value(crew, "SELECT target FROM kpi_value WHERE id = :k", k=ids["B_kpi"]) == 5


def test_a_contact_changes_its_own_partnership_and_its_parts(crew: Crew) -> None:
    a, ids = crew.a, crew.ids
    pa = ids["A_partnership"]
    assert run(a, "UPDATE partnership SET name = 'Nieuw' WHERE id = %s", [pa]) == 1
    assert run(a, "UPDATE subsidy SET amount_cents = 7 WHERE partnership_id = %s", [pa]) == 1
    assert run(a, "UPDATE kpi_value SET target = 8 WHERE id = %s", [ids["A_kpi"]]) == 1
    assert run(a, "UPDATE follow_up SET title = 'Mailen' WHERE id = %s", [ids["A_follow_up"]]) == 1
    run(
        a,
        "INSERT INTO membership (id, partnership_id, nis_code, joined_year, transfer_arrangement)"
        " VALUES (%s, %s, %s, 1, '')",
        [str(uuid.uuid4()), pa, ids["nis"]],
    )
    assert run(a, "DELETE FROM membership WHERE id = %s", [ids["A_membership"]]) == 1
    run(
        a,
        "INSERT INTO partnership (id, name, formed_year, kpi, status, notes, support_contact_id,"
        " is_demo, created_at, updated_at) VALUES (%s, 'Nog een', 1, '', 'actief', '', %s, false,"
        " now(), now())",
        [str(uuid.uuid4()), ids["a"]],
    )
    # a follow-up and a knowledge session tied to no partnership are the team's
    run(
        a,
        "INSERT INTO follow_up (id, title, status, created_at) VALUES (%s, 'Los', 'open', now())",
        [str(uuid.uuid4())],
    )
    assert admin_value(crew, "SELECT name FROM partnership WHERE id = :p", p=pa) == "Nieuw"
    assert (
        admin_value(
            crew, "SELECT count(*) FROM partnership WHERE support_contact_id = :a", a=ids["a"]
        )
        == 2
    )


def test_only_the_coordinator_writes_reference_data(crew: Crew) -> None:
    a, c, ids = crew.a, crew.coordinator, crew.ids
    refused(a, "UPDATE catalogue_action SET title = 'x' WHERE id = %s", [ids["action"]])
    refused(a, "DELETE FROM catalogue_kpi")
    refused(a, "UPDATE project_year SET budget_granted_cents = 1 WHERE number = 1")
    refused(a, "UPDATE government SET name = 'x' WHERE nis_code = %s", [ids["nis"]])
    figure = (
        "INSERT INTO population_figure (id, nis_code, project_year, non_eu14, source, fictitious)"
        " VALUES (%s, %s, 1, 1234, 'test', false)"
    )
    refused(a, figure, [str(uuid.uuid4()), ids["nis"]])
    assert run(a, "UPDATE support_contact SET name = 'x' WHERE id = %s", [ids["b"]]) == 0

    assert (
        run(c, "UPDATE catalogue_action SET title = 'Verbeterd' WHERE id = %s", [ids["action"]])
        == 1
    )
    assert run(c, "UPDATE project_year SET budget_granted_cents = 1 WHERE number = 1") == 1
    run(c, figure, [str(uuid.uuid4()), ids["nis"]])
    # the coordinator may also change any partnership and the contact list
    assert (
        run(c, "UPDATE partnership SET status = 'gestopt' WHERE id = %s", [ids["B_partnership"]])
        == 1
    )
    assert run(c, "UPDATE support_contact SET email = 'b@x.be' WHERE id = %s", [ids["b"]]) == 1
    assert (
        admin_value(crew, "SELECT title FROM catalogue_action WHERE id = :i", i=ids["action"])
        == "Verbeterd"
    )
    assert admin_value(crew, "SELECT count(*) FROM population_figure") == 1


def test_a_contact_reads_everything_shared_and_nothing_of_the_laptops_own(crew: Crew) -> None:
    a, ids = crew.a, crew.ids
    for table in SHARED_TABLES:
        fetch(a, f"SELECT * FROM {table} LIMIT 1")
    names = {row[0] for row in fetch(a, "SELECT name FROM partnership")}
    assert names == {"Partnerschap A", "Partnerschap B"}
    assert fetch(a, "SELECT count(*) FROM note")[0][0] == 4  # the colleague's notes too
    assert fetch(a, "SELECT version_num FROM alembic_version")
    for table in PRIVATE_TABLES:
        assert "permission denied" in refused(a, f"SELECT * FROM {table}"), table
    # a contact changes its own name, not its login role, and not a colleague's row
    assert run(a, "UPDATE support_contact SET name = 'Anna P.' WHERE id = %s", [ids["a"]]) == 1
    refused(a, "UPDATE support_contact SET server_role = 'x' WHERE id = %s", [ids["a"]])
    assert run(crew.b, "UPDATE support_contact SET name = 'x' WHERE id = %s", [ids["a"]]) == 0


NOTE = (
    "INSERT INTO note (id, kind, noted_on, title, body, partnership_id, include_in_reports,"
    " personal_data, shared_with_team, owner_contact_id, created_at, updated_at)"
    " VALUES (%s, 'veldonderzoek', '2026-11-29', 'T', '', %s, false, %s, %s, %s, now(), now())"
)


def test_a_note_with_personal_data_reaches_the_server_only_when_shared(crew: Crew) -> None:
    a, ids = crew.a, crew.ids
    pa = ids["A_partnership"]
    refused(a, NOTE, [str(uuid.uuid4()), pa, True, False, ids["a"]])
    refused(a, NOTE, [str(uuid.uuid4()), None, True, False, ids["a"]])
    shared = str(uuid.uuid4())
    run(a, NOTE, [shared, pa, True, True, ids["a"]])
    refused(a, "UPDATE note SET shared_with_team = false WHERE id = %s", [shared])
    refused(a, "UPDATE note SET personal_data = true WHERE id = %s", [ids["A_note"]])
    # erasing it (deleting it from the server) stays possible
    assert run(a, "DELETE FROM note WHERE id = %s", [shared]) == 1
    assert admin_value(crew, "SELECT count(*) FROM note WHERE personal_data") == 0


def test_a_contact_cannot_change_a_colleagues_notes(crew: Crew) -> None:
    a, ids = crew.a, crew.ids
    for note in (ids["B_own_note"], ids["B_note"]):  # without partnership, and on B's
        assert run(a, "UPDATE note SET title = 'x' WHERE id = %s", [note]) == 0
        assert run(a, "DELETE FROM note WHERE id = %s", [note]) == 0
    refused(a, NOTE, [str(uuid.uuid4()), None, False, False, ids["b"]])  # in B's name
    refused(a, NOTE, [str(uuid.uuid4()), None, False, False, None])  # in nobody's
    refused(a, "INSERT INTO note_tag (note_id, tag) VALUES (%s, 'x')", [ids["B_own_note"]])
    assert run(a, "DELETE FROM note_tag WHERE note_id = %s", [ids["B_note"]]) == 0
    refused(
        a,
        "INSERT INTO knowledge_session_participant (session_id, nis_code) VALUES (%s, %s)",
        [ids["B_session"], ids["nis2"]],
    )
    assert (
        run(
            a, "DELETE FROM knowledge_session_participant WHERE session_id = %s", [ids["B_session"]]
        )
        == 0
    )
    # its own: without partnership, and on its partnership
    assert run(a, "UPDATE note SET title = 'Eigen' WHERE id = %s", [ids["A_own_note"]]) == 1
    run(a, "INSERT INTO note_tag (note_id, tag) VALUES (%s, 'eigen')", [ids["A_own_note"]])
    assert run(a, "DELETE FROM note WHERE id = %s", [ids["A_note"]]) == 1
    assert (
        admin_value(crew, "SELECT title FROM note WHERE id = :n", n=ids["B_own_note"])
        == "Eigen nota B"
    )


def test_the_change_log_is_only_added_to(crew: Crew) -> None:
    a = crew.a
    entry = (
        "INSERT INTO change_log (id, changed_at, changed_by, operation, entity, entity_id, field,"
        " summary, origin, record_version, sync_state) VALUES (%s, now(), 'Anna', 'update',"
        " 'partnership', %s, 'name', '', 'laptop-a', 1, 'sent')"
    )
    made = str(uuid.uuid4())
    run(a, entry, [made, crew.ids["A_partnership"]])
    assert admin_value(crew, "SELECT server_seq FROM change_log WHERE id = :i", i=made) is not None
    refused(a, "UPDATE change_log SET summary = 'x'")
    refused(a, "DELETE FROM change_log")
    refused(a, "TRUNCATE change_log")
    # the order of arrival is the server's to give
    refused(
        a,
        "INSERT INTO change_log (id, changed_at, changed_by, operation, entity, entity_id, field,"
        " summary, server_seq) VALUES (%s, now(), 'A', 'update', 'x', 'y', '', '', 999999)",
        [str(uuid.uuid4())],
    )
    assert admin_value(crew, "SELECT count(*) FROM change_log") == 1


def test_taking_over_a_colleagues_partnership_is_done_and_recorded(
    crew: Crew, make_login_role: Callable[..., TeamRoleRecord]
) -> None:
    a, b, ids = crew.a, crew.b, crew.ids
    pb = ids["B_partnership"]
    [(seq,)] = fetch(a, "SELECT igs_take_over(%s)", [pb])
    assert seq is not None
    assert (
        admin_value(crew, "SELECT support_contact_id FROM partnership WHERE id = :p", p=pb)
        == ids["a"]
    )
    with crew.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT * FROM change_log")).mappings().all()
    assert len(rows) == 1
    entry = rows[0]
    assert (entry["operation"], entry["entity"], entry["entity_id"], entry["field"]) == (
        "takeover",
        "partnership",
        pb,
        "support_contact_id",
    )
    assert (entry["old_value"], entry["new_value"]) == (ids["b"], ids["a"])
    assert entry["changed_by"] == "Anna Peeters"
    assert entry["partnership_id"] == pb
    assert (entry["origin"], entry["sync_state"], entry["server_seq"]) == ("server", "sent", seq)
    assert "Bert Claes" in entry["summary"]
    # the rights follow the assignment
    assert run(a, "UPDATE subsidy SET amount_cents = 1 WHERE partnership_id = %s", [pb]) == 1
    assert run(b, "UPDATE subsidy SET amount_cents = 2 WHERE partnership_id = %s", [pb]) == 0
    # again: nothing to do, nothing recorded
    assert fetch(a, "SELECT igs_take_over(%s)", [pb]) == [(None,)]
    assert admin_value(crew, "SELECT count(*) FROM change_log") == 1

    with pytest.raises(errors.NoDataFound, match="bestaat niet op de teamdatabase"):
        fetch(b, "SELECT igs_take_over(%s)", ["geen-partnerschap"])
    stranger = make_login_role("igs_team")  # a login without a support contact
    with pytest.raises(errors.InsufficientPrivilege, match="hoort bij geen ondersteuner"):
        fetch(stranger, "SELECT igs_take_over(%s)", [pb])
    outsider = make_login_role()  # not in the team at all
    with pytest.raises(psycopg.OperationalError):  # may not even connect
        fetch(outsider, "SELECT igs_take_over(%s)", [pb])
    assert (
        admin_value(crew, "SELECT support_contact_id FROM partnership WHERE id = :p", p=pb)
        == ids["a"]
    )


def test_a_temporary_table_cannot_stand_in_for_a_real_one(crew: Crew) -> None:
    """The policies' functions read the real tables, whatever the caller's search_path: a
    temporary "partnership" claiming the colleague's partnership changes nothing."""
    pb = crew.ids["B_partnership"]
    with psycopg.connect(crew.a.url, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE partnership (id text, support_contact_id text)")
        conn.execute("CREATE TEMP TABLE support_contact (id text, server_role text)")
        conn.execute("INSERT INTO partnership VALUES (%s, 'me')", [pb])
        conn.execute("INSERT INTO support_contact VALUES ('me', current_user)")
        conn.execute("SET search_path = pg_temp, public")
        changed = conn.execute(
            "UPDATE public.membership SET transfer_arrangement = 'x' WHERE partnership_id = %s",
            [pb],
        ).rowcount
    assert changed == 0


def _security_state(crew: Crew) -> list[Any]:
    """Policies, rights on the database, tables, columns and functions, and the memberships of
    the group roles among this team's roles (roles are cluster-wide: other tests on the same
    server add their own at any moment)."""
    ours = ["igs_team", "igs_coordinator", crew.a.name, crew.b.name, crew.coordinator.name]
    queries = (
        "SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check"
        " FROM pg_policies WHERE schemaname = 'public' ORDER BY 1, 2",
        "SELECT relname, relacl::text, relrowsecurity FROM pg_class"
        " WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
        "SELECT attrelid::regclass::text, attname, attacl::text FROM pg_attribute"
        " WHERE attacl IS NOT NULL AND attrelid IN (SELECT oid FROM pg_class"
        " WHERE relnamespace = 'public'::regnamespace) ORDER BY 1, 2",
        "SELECT proname, prosrc, proacl::text, prosecdef, provolatile, proconfig::text"
        " FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1",
        "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
        "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'",
        "SELECT r.rolname, m.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid"
        " JOIN pg_roles m ON m.oid = am.member"
        " WHERE r.rolname = ANY(:ours) AND m.rolname = ANY(:ours) ORDER BY 1, 2",
    )
    with crew.engine.connect() as conn:
        return [conn.execute(sa.text(q), {"ours": ours}).all() for q in queries]


def test_applying_the_security_again_changes_nothing(crew: Crew) -> None:
    before = _security_state(crew)
    with crew.engine.begin() as conn:
        apply_security(conn)
    assert _security_state(crew) == before
    admin.setup_server(crew.engine, DATA)  # what an administrator runs after an app update
    assert _security_state(crew) == before
    assert (
        run(crew.a, "UPDATE partnership SET name = 'x' WHERE id = %s", [crew.ids["B_partnership"]])
        == 0
    )


def test_add_member_creates_the_login_and_the_contact_and_refuses_twice(
    crew: Crew, _throwaway_roles: list[str]
) -> None:
    role = f"igs_t_role_{uuid.uuid4().hex[:12]}"
    _throwaway_roles.append(role)  # dropped after the test's database
    member = admin.add_member(crew.engine, role, "  Dirk Maes ", "dirk@x.be", "geheim%'1", True)
    assert (member.role, member.name, member.coordinator) == (role, "Dirk Maes", True)
    password = "geheim%'1"
    login = TeamRoleRecord(
        role, password, libpq_url(make_url(crew.a.url).set(username=role, password=password))
    )
    assert fetch(login, "SELECT igs_contact_id(), igs_is_coordinator()") == [
        (member.contact_id, True)
    ]
    assert run(login, "UPDATE catalogue_action SET title = title") > 0  # coordinator rights
    with crew.engine.connect() as conn:
        entry = (
            conn.execute(sa.text("SELECT * FROM change_log WHERE entity = 'support_contact'"))
            .mappings()
            .one()
        )
    assert (entry["operation"], entry["entity_id"], entry["origin"], entry["sync_state"]) == (
        "create",
        member.contact_id,
        "server",
        "sent",
    )
    assert entry["server_seq"] is not None
    assert f'"server_role": "{role}"' in entry["new_value"]

    contacts = admin_value(crew, "SELECT count(*) FROM support_contact")
    with pytest.raises(admin.MemberError, match="bestaat al"):
        admin.add_member(crew.engine, role, "Ander", "", "x", False)
    with pytest.raises(admin.MemberError, match="bestaat al"):  # a role the team did not make
        admin.add_member(crew.engine, crew.a.name, "Ander", "", "x", False)
    for bad in ("Dirk", "dirk-maes", "1dirk", "", "dirk maes", "pg_dirk", "igs_team", "x" * 64):
        with pytest.raises(admin.MemberError):
            admin.add_member(crew.engine, bad, "Ander", "", "x", False)
    with pytest.raises(admin.MemberError, match="naam"):
        admin.add_member(crew.engine, "igs_t_nobody", "  ", "", "x", False)
    assert admin_value(crew, "SELECT count(*) FROM support_contact") == contacts
    assert admin_value(crew, "SELECT count(*) FROM pg_roles WHERE rolname = 'igs_t_nobody'") == 0
