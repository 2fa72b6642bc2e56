"""Who may write what on the team server: group roles, grants and row-level security.

Not a migration: the migrations create the same tables on every laptop and on the server,
while this SQL exists only on the server. It is idempotent and is run (``apply_security``) by
``igs-desktop team-server setup`` after every schema upgrade, in one transaction, so the
grants and policies always match the tables of the app's current revision.

The rules (docs/team-server.md tells them to the administrator):

- ``igs_team`` (every support contact) and ``igs_coordinator`` (a member of ``igs_team``) are
  NOLOGIN group roles; each contact logs in with its own role, member of one or both, and
  ``support_contact.server_role`` names that role.
- Every team role reads every shared table. Writes pass row-level security: a partnership and
  its parts only when the partnership is assigned to the writer (or by the coordinator); a note
  of such a partnership, or without partnership when the writer owns it, and a note with
  personal data only when shared with the team; a knowledge session of such a partnership or
  without one; reference data only by the coordinator; the contact list by the coordinator
  (a contact its own name and e-mail); the change log is only added to, never changed; the
  laptop's own tables (``app_meta``, ``report_record``, ``note_draft``, ``attachment``,
  ``sync_conflict``) are not granted at all.
- ``igs_take_over(partnership_id)`` assigns a colleague's partnership to the caller and
  records it in the change log, so every laptop receives the change.

The helper functions the policies call run with the caller's rights (``current_user`` must be
the caller); they cannot recurse into a policy because every read policy is ``USING (true)``.
Each has a fixed ``search_path`` ending in ``pg_temp``, so a temporary table cannot stand in
for a real one. Nothing here contains a ``%``: the statements go to the driver as they are.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from ..notes import ERASED_SUMMARY, ERASED_TITLE
from ..sync.scope import PORTFOLIO_TABLES, REFERENCE_TABLES, TEAM_TABLES
from .exchange import PUSH_LOCK  # igs_take_over takes it too, before adding to the log

TEAM_ROLE = "igs_team"
COORDINATOR_ROLE = "igs_coordinator"
SERVER_SEQUENCE = "change_log_server_seq"

# Tables with a partnership_id column whose rows belong to that partnership.
PARTNERSHIP_PARTS = (
    "membership",
    "partnership_action",
    "subsidy",
    "transfer",
    "stimulus_grant",
    "new_member_action",
    "support_track",
)
# PORTFOLIO_TABLES (the partnership, its parts and the work around it: team roles write them
# through policies) and REFERENCE_TABLES (only the coordinator writes them) come from
# store.sync.scope, the one list of what travels.
SHARED_TABLES = (*PORTFOLIO_TABLES, *REFERENCE_TABLES, *TEAM_TABLES, "change_log")
# The laptop's own tables: on the server they stay the administrator's.
PRIVATE_TABLES = ("app_meta", "report_record", "note_draft", "attachment", "sync_conflict")

# The change log's columns a team role may fill: not server_seq, which the sequence draws
# (a laptop choosing its own number could make the others skip changes).
CHANGE_LOG_INSERT_COLUMNS = (
    "id",
    "changed_at",
    "changed_by",
    "operation",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
    "partnership_id",
    "summary",
    "origin",
    "record_version",
    "sync_state",
    "base_seq",
)
# What a contact may change in its own support_contact row.
OWN_CONTACT_COLUMNS = ("name", "email")

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class SecuritySetupError(Exception):
    """The database cannot be secured (no schema yet); the message is Dutch."""


def _q(name: str) -> str:
    """A lower-case identifier as SQL; anything else is refused (never quoted blindly)."""
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


def _create_group_roles() -> list[str]:
    """The group roles, created when missing (another database on the same server may have
    made them already: role names are cluster-wide)."""
    blocks = []
    for role in (TEAM_ROLE, COORDINATOR_ROLE):
        blocks.append(
            f"""DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{role}') THEN
        BEGIN
            CREATE ROLE {role} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;  -- made by a setup running at the same moment
        END;
    END IF;
END
$$"""
        )
    blocks.append(f"GRANT {TEAM_ROLE} TO {COORDINATOR_ROLE}")
    return blocks


def _database_and_schema(schema: str) -> list[str]:
    return [
        # Only the team (and the owner) may connect; nobody else on the server.
        f"""DO $$
BEGIN
    EXECUTE 'REVOKE ALL ON DATABASE ' || quote_ident(current_database()) || ' FROM PUBLIC';
    EXECUTE 'GRANT CONNECT, TEMPORARY ON DATABASE ' || quote_ident(current_database())
        || ' TO {TEAM_ROLE}';
END
$$""",
        f"GRANT USAGE ON SCHEMA {schema} TO {TEAM_ROLE}",
        # Nobody but the owner creates objects in the schema (PostgreSQL 15's default; older
        # servers granted CREATE to everyone, and there only the schema's owner can revoke it).
        f"""DO $$
BEGIN
    IF pg_has_role(current_user,
                   (SELECT nspowner FROM pg_catalog.pg_namespace WHERE nspname = '{schema}'),
                   'MEMBER') THEN
        REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC;
    END IF;
END
$$""",
    ]


def _grants(schema: str) -> list[str]:
    everyone = f"PUBLIC, {TEAM_ROLE}, {COORDINATOR_ROLE}"

    def tables(names: tuple[str, ...]) -> str:
        return ",\n    ".join(f"{schema}.{_q(n)}" for n in names)

    return [
        # Start from nothing, so a right dropped from this file is dropped on the server too.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {everyone}",
        f"GRANT SELECT ON {tables(SHARED_TABLES)} TO {TEAM_ROLE}",
        f"GRANT SELECT ON {schema}.alembic_version TO {TEAM_ROLE}",
        f"GRANT INSERT, UPDATE, DELETE ON {tables(PORTFOLIO_TABLES)} TO {TEAM_ROLE}",
        f"GRANT INSERT, UPDATE, DELETE ON {tables(REFERENCE_TABLES)} TO {COORDINATOR_ROLE}",
        f"GRANT INSERT, UPDATE, DELETE ON {schema}.support_contact TO {COORDINATOR_ROLE}",
        f"GRANT UPDATE ({', '.join(OWN_CONTACT_COLUMNS)}) ON {schema}.support_contact "
        f"TO {TEAM_ROLE}",
        f"GRANT INSERT ({', '.join(CHANGE_LOG_INSERT_COLUMNS)}) ON {schema}.change_log "
        f"TO {TEAM_ROLE}",
        f"GRANT USAGE ON SEQUENCE {schema}.{SERVER_SEQUENCE} TO {TEAM_ROLE}",
    ]


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    may_write_partnership = f"{schema}.igs_may_write_partnership"
    functions = [
        # The support contact of the connected role (NULL for a role that is none).
        f"""CREATE OR REPLACE FUNCTION {schema}.igs_contact_id() RETURNS text
LANGUAGE sql STABLE {path} AS $$
    SELECT id FROM {schema}.support_contact
    WHERE server_role = current_user::text
    ORDER BY id LIMIT 1
$$""",
        f"""CREATE OR REPLACE FUNCTION {schema}.igs_is_coordinator() RETURNS boolean
LANGUAGE sql STABLE {path} AS $$
    SELECT pg_catalog.pg_has_role(current_user, '{COORDINATOR_ROLE}', 'MEMBER')
$$""",
        f"""CREATE OR REPLACE FUNCTION {schema}.igs_owns_partnership(partnership_id text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
    SELECT EXISTS (
        SELECT 1 FROM {schema}.partnership p
        WHERE p.id = $1 AND p.support_contact_id = {schema}.igs_contact_id()
    )
$$""",
        # Assigned to the caller, or the caller is the coordinator.
        f"""CREATE OR REPLACE FUNCTION {may_write_partnership}(partnership_id text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
    SELECT {schema}.igs_is_coordinator() OR {schema}.igs_owns_partnership($1)
$$""",
        # A note: of a partnership the caller may write, or without one and the caller's own.
        f"""CREATE OR REPLACE FUNCTION {schema}.igs_may_write_note(partnership_id text,
                                                     owner_contact_id text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
    SELECT CASE WHEN $1 IS NULL THEN coalesce($2 = {schema}.igs_contact_id(), false)
                ELSE {may_write_partnership}($1) END
$$""",
        f"""CREATE OR REPLACE FUNCTION {schema}.igs_may_write_note_part(note_id text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
    SELECT coalesce((SELECT {schema}.igs_may_write_note(n.partnership_id, n.owner_contact_id)
                     FROM {schema}.note n WHERE n.id = $1), false)
$$""",
        # A knowledge session: of a partnership the caller may write, or without one.
        f"""CREATE OR REPLACE FUNCTION {schema}.igs_may_write_session(session_id text)
RETURNS boolean LANGUAGE sql STABLE {path} AS $$
    SELECT coalesce((SELECT k.partnership_id IS NULL OR {may_write_partnership}(k.partnership_id)
                     FROM {schema}.knowledge_session k WHERE k.id = $1), false)
$$""",
        _take_over(schema),
        _erase_note(schema),
    ]
    signatures = (
        "igs_contact_id()",
        "igs_is_coordinator()",
        "igs_owns_partnership(text)",
        "igs_may_write_partnership(text)",
        "igs_may_write_note(text, text)",
        "igs_may_write_note_part(text)",
        "igs_may_write_session(text)",
        "igs_take_over(text)",
        "igs_erase_note(text)",
    )
    for signature in signatures:
        functions.append(f"REVOKE ALL ON FUNCTION {schema}.{signature} FROM PUBLIC")
        functions.append(f"GRANT EXECUTE ON FUNCTION {schema}.{signature} TO {TEAM_ROLE}")
    return functions


def _erase_note(schema: str) -> str:
    """``igs_erase_note(note_id)``: a laptop erased the personal content of a shared note
    (``store.notes.erase_notes``); the server forgets it too: the note's tags go, and the
    values its change log kept of the note, its tags and links are dropped (a tag's key holds
    the tag itself). Only for whoever may write the note; the note's row itself is written by
    the push before, under row-level security."""
    erased = f"'{ERASED_TITLE}'"
    return f"""CREATE OR REPLACE FUNCTION {schema}.igs_erase_note(note_id text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    caller_id text;
BEGIN
    -- SECURITY DEFINER: current_user is the owner here; the caller is session_user.
    SELECT c.id INTO caller_id FROM {schema}.support_contact c
    WHERE c.server_role = session_user::text ORDER BY c.id LIMIT 1;
    IF NOT (
        pg_catalog.pg_has_role(session_user, '{COORDINATOR_ROLE}', 'MEMBER')
        OR EXISTS (
            SELECT 1 FROM {schema}.note n
            LEFT JOIN {schema}.partnership p ON p.id = n.partnership_id
            WHERE n.id = igs_erase_note.note_id
              AND caller_id IS NOT NULL
              AND CASE WHEN n.partnership_id IS NULL THEN n.owner_contact_id = caller_id
                       ELSE p.support_contact_id = caller_id END)
    ) THEN
        RAISE EXCEPTION 'igs_erase_note: deze notitie is niet van u'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM {schema}.note_tag t WHERE t.note_id = igs_erase_note.note_id;
    UPDATE {schema}.change_log c
       SET old_value = NULL, new_value = NULL,
           summary = '{ERASED_SUMMARY}'
     WHERE (c.entity = 'note' AND c.entity_id = igs_erase_note.note_id)
        OR (c.entity IN ('note_tag', 'note_government')
            AND left(c.entity_id, length(igs_erase_note.note_id) + 1)
                = igs_erase_note.note_id || '/');
    UPDATE {schema}.change_log c
       SET entity_id = igs_erase_note.note_id || '/' || {erased}, field = ''
     WHERE c.entity = 'note_tag'
       AND left(c.entity_id, length(igs_erase_note.note_id) + 1) = igs_erase_note.note_id || '/';
END
$$"""


def _take_over(schema: str) -> str:
    """``igs_take_over(partnership_id)``: the partnership becomes the caller's (the role that
    logged in: ``session_user``), with a 'takeover' entry in the change log. Returns that
    entry's server_seq, or NULL when the partnership was the caller's already."""
    return f"""CREATE OR REPLACE FUNCTION {schema}.igs_take_over(partnership_id text)
RETURNS bigint LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
#variable_conflict use_column
DECLARE
    wanted constant text := igs_take_over.partnership_id;
    caller_id text;
    caller_name text;
    previous_id text;
    previous_name text;
    next_version integer;
    seq bigint;
BEGIN
    SELECT c.id, c.name INTO caller_id, caller_name
    FROM {schema}.support_contact c
    WHERE c.server_role = session_user::text
    ORDER BY c.id LIMIT 1;
    IF caller_id IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'insufficient_privilege',
            MESSAGE = 'Overnemen kan niet: de gebruiker ' || session_user
                || ' hoort bij geen ondersteuner van het team.';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock({PUSH_LOCK});
    SELECT p.support_contact_id INTO previous_id
    FROM {schema}.partnership p WHERE p.id = wanted FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            ERRCODE = 'no_data_found',
            MESSAGE = 'Overnemen kan niet: het partnerschap ' || coalesce(wanted, '(leeg)')
                || ' bestaat niet op de teamdatabase.';
    END IF;
    IF previous_id IS NOT DISTINCT FROM caller_id THEN
        RETURN NULL;
    END IF;
    SELECT c.name INTO previous_name FROM {schema}.support_contact c WHERE c.id = previous_id;
    UPDATE {schema}.partnership SET support_contact_id = caller_id, updated_at = now()
    WHERE id = wanted;
    SELECT coalesce(max(l.record_version), 0) + 1 INTO next_version
    FROM {schema}.change_log l
    WHERE l.entity = 'partnership' AND l.entity_id = wanted AND l.origin = 'server';
    INSERT INTO {schema}.change_log (
        id, changed_at, changed_by, operation, entity, entity_id, field,
        old_value, new_value, partnership_id, summary, origin, record_version, sync_state)
    VALUES (
        gen_random_uuid()::text, now(), caller_name, 'takeover', 'partnership', wanted,
        'support_contact_id', previous_id, caller_id, wanted,
        'Partnerschap overgenomen van ' || coalesce(previous_name, 'niemand')
            || ' door ' || caller_name,
        'server', next_version, 'sent')
    RETURNING server_seq INTO seq;
    RETURN seq;
END
$$"""


def _policies(schema: str) -> list[str]:
    # Drop our own policies first (named igs_...), so a rule taken out of this file is gone
    # from the server too; all in the one transaction, so there is no moment without them.
    out = [
        f"""DO $$
DECLARE
    found record;
BEGIN
    FOR found IN
        SELECT policyname, tablename FROM pg_catalog.pg_policies
        WHERE schemaname = '{schema}' AND left(policyname, 4) = 'igs_'
    LOOP
        EXECUTE 'DROP POLICY ' || quote_ident(found.policyname) || ' ON {schema}.'
            || quote_ident(found.tablename);
    END LOOP;
END
$$"""
    ]
    for name in (*SHARED_TABLES, *PRIVATE_TABLES):
        out.append(f"ALTER TABLE {schema}.{_q(name)} ENABLE ROW LEVEL SECURITY")
    for name in SHARED_TABLES:
        out.append(
            f"CREATE POLICY igs_read ON {schema}.{name} FOR SELECT TO {TEAM_ROLE} USING (true)"
        )

    def write(name: str, rule: str, check: str | None = None, role: str = TEAM_ROLE) -> str:
        return (
            f"CREATE POLICY igs_write ON {schema}.{name} FOR ALL TO {role}\n"
            f"    USING ({rule})\n    WITH CHECK ({check or rule})"
        )

    may = f"{schema}.igs_may_write_partnership"
    out.append(
        write(
            "partnership",
            f"{schema}.igs_is_coordinator() OR support_contact_id = {schema}.igs_contact_id()",
        )
    )
    for name in PARTNERSHIP_PARTS:
        out.append(write(name, f"{may}(partnership_id)"))
    out.append(
        write(
            "kpi_value",
            f"{may}((SELECT pa.partnership_id FROM {schema}.partnership_action pa"
            " WHERE pa.id = partnership_action_id))",
        )
    )
    # A follow-up belongs to its partnership, found directly or through its action or track;
    # one linked to no partnership at all is the team's.
    follow_up_partnership = (
        "coalesce(partnership_id,"
        f" (SELECT pa.partnership_id FROM {schema}.partnership_action pa"
        " WHERE pa.id = partnership_action_id),"
        f" (SELECT st.partnership_id FROM {schema}.support_track st"
        " WHERE st.id = support_track_id))"
    )
    out.append(
        write(
            "follow_up",
            f"{follow_up_partnership} IS NULL OR {may}({follow_up_partnership})",
        )
    )
    note_rule = f"{schema}.igs_may_write_note(partnership_id, owner_contact_id)"
    # A note holding personal data reaches the server only when shared with the team.
    out.append(write("note", note_rule, f"{note_rule} AND (NOT personal_data OR shared_with_team)"))
    for name in ("note_tag", "note_government"):
        out.append(write(name, f"{schema}.igs_may_write_note_part(note_id)"))
    out.append(write("knowledge_session", f"partnership_id IS NULL OR {may}(partnership_id)"))
    out.append(
        write("knowledge_session_participant", f"{schema}.igs_may_write_session(session_id)")
    )
    for name in REFERENCE_TABLES:
        out.append(write(name, "true", role=COORDINATOR_ROLE))
    out.append(write("support_contact", "true", role=COORDINATOR_ROLE))
    out.append(
        f"CREATE POLICY igs_own_row ON {schema}.support_contact FOR UPDATE TO {TEAM_ROLE}\n"
        f"    USING (id = {schema}.igs_contact_id())\n"
        "    WITH CHECK (server_role = current_user::text)"
    )
    # The change log is only added to: no policy (and no right) to update or delete it.
    out.append(
        f"CREATE POLICY igs_add ON {schema}.change_log FOR INSERT TO {TEAM_ROLE} WITH CHECK (true)"
    )
    return out


def security_statements(schema: str = "public") -> list[str]:
    """The statements, in order, that secure a migrated team database in ``schema``."""
    schema = _q(schema)
    return [
        *_create_group_roles(),
        *_database_and_schema(schema),
        *_grants(schema),
        *_functions(schema),
        *_policies(schema),
    ]


def security_sql(schema: str = "public") -> str:
    """The whole security SQL as one script (``igs-desktop team-server sql``), for the docs and
    for administrators who prefer to read or run it themselves (psql, as the database owner,
    after the schema upgrade)."""
    header = (
        "-- IGS Desktop team server: roles, rights and row-level security.\n"
        "-- Run as the owner of the team database (with CREATEROLE), after the schema\n"
        "-- upgrade; safe to run again. 'igs-desktop team-server setup' runs the same.\n"
        "BEGIN;\n\n"
    )
    return header + ";\n\n".join(security_statements(schema)) + ";\n\nCOMMIT;\n"


def schema_of_tables(connection: Connection) -> str | None:
    """The schema holding the app's tables (where the migrations put alembic_version)."""
    return connection.execute(
        text(
            "SELECT n.nspname FROM pg_catalog.pg_class c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.oid = to_regclass('alembic_version')"
        )
    ).scalar()


def apply_security(connection: Connection) -> None:
    """Run the security SQL on ``connection`` (the database owner's), in its transaction: the
    caller commits. Running it again changes nothing."""
    schema = schema_of_tables(connection)
    if schema is None:
        raise SecuritySetupError(
            "De teamdatabase heeft nog geen tabellen: voer eerst 'igs-desktop team-server "
            "setup' uit. Er is niets gewijzigd."
        )
    for statement in security_statements(schema):
        connection.exec_driver_sql(statement)
