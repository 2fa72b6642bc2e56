"""Synchronising a laptop with the team's PostgreSQL server (issue 15).

The laptop stays the place where the work is done; the server is where laptops meet. One
``synchronise`` call:

1. connects (the password is given, never stored here), checks that the server runs the app's
   schema revision and asks which support contact the login role is;
2. sorts the entries not sent yet: what never travels (demo data, notes with personal data
   that are not shared, a non-coordinator's corrections of reference data, settings) is marked
   local;
3. the first time, maps the laptop's user onto the server's contact and uploads the records the
   user holds (the history before that moment stays on the laptop);
4. pulls: the server's entries since the last pull name the records that changed elsewhere;
   their current server rows are written here, except a field changed here too (a conflict,
   both values kept) or a reference field the user corrected locally (kept);
5. pushes: each record changed here is written to the server as it is here now, with its
   entries, unless another laptop changed the same field since the last pull (a conflict);
   row-level security may refuse a record (listed, kept here).

Every step is repeatable: entries carry their ids, rows are written as whole values, and the
watermark moves in the same transaction as what was pulled, so a run broken off anywhere and
started again ends where an unbroken run ends (tests/team/test_sync_repeat.py).
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from ..store.editing import as_text, row_text, table
from ..store.notes import forget_content
from ..store.sync import local
from ..store.sync.entries import (
    BEFORE,
    LOCAL,
    REFUSED,
    SENT,
    SETTLED,
    SUPERSEDED,
    LogEntryRecord,
    RecordName,
    latest_versions,
)
from ..store.sync.rows import (
    Row,
    columns_of,
    delete_row,
    insert_new_rows,
    insert_row,
    read_all,
    read_rows,
    row_from_text,
    update_fields,
    value_from_text,
)
from ..store.sync.scope import (
    NOTE_PARTS,
    PORTFOLIO_TABLES,
    RANK,
    REFERENCE_TABLES,
    SYNCED_TABLES,
    TEAM_TABLES,
)
from ..store.tables import new_id, utcnow
from .team_settings import schema_verdict

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from ..store.database import Database

log = logging.getLogger(__name__)
Progress = Callable[[float, str], None]
PULL_BATCH = 2000
ERASE = "erase"  # store.notes.erase_notes: a note's personal content erased
CHUNK = 500  # rows or records per server transaction while sending
FIRST_UPLOAD = uuid.UUID("5b0e3c1e-7a51-4c1f-9d0a-2f4e6b8c9d10")  # ids of first-upload entries


class SyncError(Exception):
    """The synchronisation could not run; the message (Dutch) says why and what is unchanged."""


@dataclass(frozen=True)
class SyncSummaryRecord:
    sent: int = 0
    received: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    refused: tuple[str, ...] = ()
    not_shared: tuple[str, ...] = ()  # first upload: partnerships of another support contact
    kept_local: int = 0
    uploaded: int = 0
    contact_name: str = ""

    def lines(self) -> list[str]:
        out = [
            f"Verzonden: {self.sent} wijziging(en)"
            + (f", waarvan {self.uploaded} bij de eerste synchronisatie" if self.uploaded else "")
            + ".",
            f"Ontvangen: {self.received} wijziging(en).",
        ]
        if self.open_conflicts:
            out.append(
                f"Conflicten: {self.open_conflicts} open ({self.new_conflicts} nieuw). "
                "Kies per conflict welke waarde blijft; tot dan blijven beide bewaard."
            )
        else:
            out.append("Conflicten: geen.")
        if self.kept_local:
            out.append(
                f"{self.kept_local} eigen correctie(s) van referentiegegevens lokaal behouden."
            )
        if self.not_shared:
            out.append(
                f"{len(self.not_shared)} aanvrager(s) die hier aan een andere ondersteuner "
                "zijn toegewezen, blijven op deze laptop en gingen niet naar het team: "
                + "; ".join(self.not_shared[:5])
            )
        if self.refused:
            out.append(
                f"De teamdatabase weigerde {len(self.refused)} record(s); "
                "ze blijven op deze laptop: " + "; ".join(self.refused[:5])
            )
        return out


@dataclass
class _Run:
    """What one synchronisation counts as it goes."""

    origin: str
    contact_id: str
    coordinator: bool
    actor: str
    sent: int = 0
    received: int = 0
    new_conflicts: int = 0
    kept_local: int = 0
    uploaded: int = 0
    refused: list[str] = field(default_factory=list)
    not_shared: list[str] = field(default_factory=list)


def _report(progress: Progress | None, fraction: float, text: str) -> None:
    if progress is not None:
        progress(fraction, text)


class SyncService:
    """The laptop's synchronisation with the team server, and its conflicts."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    # -- settings ---------------------------------------------------------------------

    def laptop_id(self) -> str:
        with self._local() as conn:
            return local.laptop_id(conn)

    # -- the run ------------------------------------------------------------------------

    def synchronise(
        self, url: str, password: str | None, progress: Progress | None = None
    ) -> SyncSummaryRecord:
        """Send what changed here, receive what changed elsewhere; see the module's text."""
        from ..store.team_server.engine import make_server_engine, where
        from ..store.team_server.errors import TeamServerError, translated

        _report(progress, 0.0, "Verbinden met de teamdatabase…")
        engine = make_server_engine(url, password)
        try:
            with translated(where(engine)):
                return self._run(engine, progress)
        except TeamServerError as exc:
            raise SyncError(str(exc)) from exc
        finally:
            engine.dispose()

    def _run(self, engine: Engine, progress: Progress | None) -> SyncSummaryRecord:
        from ..store.team_server import exchange

        with engine.connect() as server:
            revision = _server_revision(server)
            usable, verdict = schema_verdict(revision)
            if not usable:
                raise SyncError(f"{verdict} Er is niets gewijzigd.")
            me, coordinator, role = exchange.whoami(server)
            server.rollback()
        if me is None:
            raise SyncError(
                f"De gebruiker '{role}' is nog geen lid van het team op deze server. Vraag de "
                "coördinator u toe te voegen (igs-desktop team-server add-member). Er is "
                "niets gewijzigd."
            )
        with self._local() as conn:
            known = local.get_setting(conn, local.CONTACT_ID)
            if known and known != me["id"]:
                raise SyncError(
                    "Deze database is al gesynchroniseerd als een andere ondersteuner dan "
                    f"'{me['name']}'. Meld u aan met dezelfde gebruiker, of gebruik een andere "
                    "database. Er is niets gewijzigd."
                )
            if not known:
                local.adopt_contact(conn, me)
            local.set_setting(conn, local.COORDINATOR, "ja" if coordinator else "nee")
            run = _Run(local.laptop_id(conn), me["id"], coordinator, self.actor)
            _classify(conn, run)
            first = local.get_setting(conn, local.FIRST_UPLOAD_DONE) != "ja"
        if first:
            _report(progress, 0.05, "Eerste synchronisatie: uw portefeuille opladen…")
            self._first_upload(engine, run, progress)
        _report(progress, 0.3, "Wijzigingen van het team ontvangen…")
        self._pull(engine, run, progress)
        _report(progress, 0.7, "Uw wijzigingen verzenden…")
        self._push(engine, run, progress)
        self._catch_up(engine, run)
        with self._local() as conn:
            local.set_setting(conn, local.LAST_SYNC, utcnow().isoformat())
            open_count = len(local.open_conflicts(conn))
        _report(progress, 1.0, "Klaar.")
        return SyncSummaryRecord(
            sent=run.sent,
            received=run.received,
            new_conflicts=run.new_conflicts,
            open_conflicts=open_count,
            refused=tuple(run.refused),
            not_shared=tuple(run.not_shared),
            kept_local=run.kept_local,
            uploaded=run.uploaded,
            contact_name=str(me["name"]),
        )

    @contextmanager
    def _local(self) -> Iterator[Connection]:
        """One write transaction on the laptop's file."""
        from ..store.engine import WRITE_OPTION

        with (
            self.db.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn,
            conn.begin(),
        ):
            yield conn

    # -- first upload -----------------------------------------------------------------

    def _first_upload(self, engine: Engine, run: _Run, progress: Progress | None) -> None:
        """Upload the records of the user's portfolio the server does not have yet, in chunks
        of ``CHUNK`` rows per server transaction (a PostgreSQL transaction holds a lock per
        written savepoint). Repeatable: what an earlier, broken-off run uploaded is found on
        the server with equal values, and its entries have the same ids."""
        from ..store.team_server import exchange

        with self.db.engine.connect() as conn:
            records = _own_records(conn, run.contact_id, run.not_shared)
        refused_parents: set[str] = set()
        total = sum(len(rows) for rows in records.values()) or 1
        done = 0
        for entity in sorted(records, key=RANK.__getitem__):
            rows = records[entity]
            keys = list(rows)
            for start in range(0, len(keys), CHUNK):
                chunk = {k: rows[k] for k in keys[start : start + CHUNK]}
                for key in [k for k, r in chunk.items() if _parent(entity, r) in refused_parents]:
                    run.refused.append(_label(entity, chunk.pop(key), _PARENT_REFUSED))
                    refused_parents.add(key)
                with engine.connect() as server, server.begin():
                    exchange.lock_for_writing(server)
                    there = read_rows(server, entity, chunk)
                    new = {k: r for k, r in chunk.items() if k not in there}
                    # All at once; when the server refuses one, one by one to find which.
                    if _write(server, partial(insert_new_rows, server, entity, list(new.values()))):
                        problems: dict[str, str] = {}
                    else:
                        problems = {
                            k: reason
                            for k, r in new.items()
                            if (reason := _refusal(server, partial(insert_row, server, entity, r)))
                        }
                    for key, reason in problems.items():
                        run.refused.append(_label(entity, new.pop(key), reason))
                        refused_parents.add(key)
                    entries = [_upload_entry(run, entity, k, r) for k, r in new.items()]
                    exchange.add_entries(server, entries)
                run.uploaded += len(entries)
                run.sent += len(entries)
                done += len(chunk)
                _report(
                    progress,
                    0.05 + 0.25 * done / total,
                    f"Eerste synchronisatie: {done} van {total} records opgeladen…",
                )
                differing = [
                    (key, name, chunk[key].get(name), theirs)
                    for key, theirs in there.items()
                    for name in columns_of(entity)
                    if as_text(theirs.get(name)) != as_text(chunk[key].get(name))
                ]
                if differing:
                    with self._local() as conn:
                        for key, name, mine, theirs in differing:
                            self._first_conflict(conn, run, entity, key, name, mine, theirs)
        with self._local() as conn:
            # What was not sent yet is in the records uploaded above; older history stays here.
            local.mark(conn, (e.id for e in local.unsent(conn)), BEFORE)
            local.set_setting(conn, local.FIRST_UPLOAD_DONE, "ja")

    def _first_conflict(
        self, conn: Connection, run: _Run, entity: str, key: str, name: str, mine: Any, theirs: Row
    ) -> None:
        """A record the server already had holds another value: a conflict, as if the value
        here were a change not sent yet."""
        held = LogEntryRecord(
            id=str(uuid.uuid5(FIRST_UPLOAD, f"held:{run.origin}:{entity}:{key}:{name}")),
            changed_at=utcnow(),
            changed_by=run.actor,
            operation="update",
            entity=entity,
            entity_id=key,
            field=name,
            new_value=as_text(mine),
            partnership_id=theirs.get("partnership_id"),
            summary="Eerste synchronisatie: verschilt van de teamdatabase",
        )
        local.add_entry(conn, held)
        remote = LogEntryRecord(
            id="",
            changed_at=utcnow(),
            changed_by="teamdatabase",
            operation="update",
            entity=entity,
            entity_id=key,
            field=name,
            origin="server",
        )
        if local.record_conflict(
            conn, (entity, key), name, [held], mine, remote, as_text(theirs[name]), False
        ):
            run.new_conflicts += 1

    # -- pull ---------------------------------------------------------------------------

    def _pull(self, engine: Engine, run: _Run, progress: Progress | None) -> None:
        from ..store.team_server import exchange

        total = 0
        while True:
            with self.db.engine.connect() as conn:
                after = local.pulled_up_to(conn)
            with engine.connect() as server, server.begin():
                if not total:
                    total = exchange.count_after(server, after, run.origin)
                entries = exchange.entries_after(server, after, run.origin, PULL_BATCH)
                by_record: dict[RecordName, list[LogEntryRecord]] = defaultdict(list)
                for e in entries:
                    if e.entity in SYNCED_TABLES:
                        by_record[e.record].append(e)
                keys: dict[str, list[str]] = defaultdict(list)
                for entity, key in by_record:
                    keys[entity].append(key)
                server_rows = {e: read_rows(server, e, k) for e, k in keys.items()}
            if not entries:
                return
            with self._local() as conn:
                _apply_pulled(conn, run, by_record, server_rows)
                local.add_received(conn, entries)
                local.set_setting(conn, local.PULLED_UP_TO, str(entries[-1].server_seq))
            run.received += len(entries)
            _report(
                progress,
                0.3 + 0.4 * min(1.0, run.received / max(total, 1)),
                f"Ontvangen: {run.received} van {max(total, run.received)} wijzigingen…",
            )

    # -- push ---------------------------------------------------------------------------

    def _push(self, engine: Engine, run: _Run, progress: Progress | None) -> None:
        """Send the records changed here, ``CHUNK`` records per server transaction, each
        followed by marking its entries sent here (so a break between the two repeats only
        writes the server already has)."""
        with self.db.engine.connect() as conn:
            pending = local.unsent(conn)
        if not pending:
            return
        groups: dict[RecordName, list[LogEntryRecord]] = defaultdict(list)
        for e in pending:
            groups[e.record].append(e)
        with self.db.engine.connect() as conn:
            keys: dict[str, list[str]] = defaultdict(list)
            for entity, key in groups:
                keys[entity].append(key)
            here = {e: read_rows(conn, e, k) for e, k in keys.items()}
        order = sorted(groups, key=lambda r: (_is_gone(here, r), _rank(r, here)))
        for start in range(0, len(order), CHUNK):
            chunk = {record: groups[record] for record in order[start : start + CHUNK]}
            self._push_chunk(engine, run, chunk, here)
            done = min(start + CHUNK, len(order))
            _report(
                progress,
                0.7 + 0.28 * done / len(order),
                f"Verzonden: {done} van {len(order)} gewijzigde records…",
            )

    def _push_chunk(
        self,
        engine: Engine,
        run: _Run,
        groups: dict[RecordName, list[LogEntryRecord]],
        here: dict[str, dict[str, Row]],
    ) -> None:
        from ..store.team_server import exchange

        with self.db.engine.connect() as conn:
            after = local.pulled_up_to(conn)
            private = local.private_notes(conn)
            versions = latest_versions(conn, groups)
        keys: dict[str, list[str]] = defaultdict(list)
        for entity, key in groups:
            keys[entity].append(key)
        accepted: list[LogEntryRecord] = []
        refused: list[LogEntryRecord] = []
        conflicts: list[
            tuple[RecordName, str, list[LogEntryRecord], Any, LogEntryRecord, Row | None]
        ] = []
        with engine.connect() as server, server.begin():
            exchange.lock_for_writing(server)
            theirs_all = exchange.changes_on(server, groups, after, run.origin)
            there = {e: read_rows(server, e, k) for e, k in keys.items()}
            for record, mine in groups.items():
                entity, key = record
                row = here[entity].get(key)
                base = max([after, *(e.base_seq or 0 for e in mine)])
                theirs = [t for t in theirs_all.get(record, []) if (t.server_seq or 0) > base]
                clash = _clashing_fields(mine, theirs) if theirs else set()
                if clash:
                    server_row = there[entity].get(key)
                    for name in clash:
                        held = [e for e in mine if name == "" or e.field in (name, "")]
                        value = None if row is None else (row if name == "" else row.get(name))
                        conflicts.append((record, name, held, value, theirs[-1], server_row))
                    mine = [e for e in mine if e.field not in clash and "" not in clash]
                    if not mine:
                        continue
                work: Callable[[], object]
                on_server = key in there[entity]
                if row is None or (entity == "note" and key in private):
                    work = partial(_delete_or_refuse, server, entity, key, on_server)
                elif entity == "note" and any(e.operation == ERASE for e in mine):
                    work = partial(_erase_on_server, server, key, row)
                elif any(e.is_whole_record for e in mine):
                    work = partial(insert_row, server, entity, row)
                else:
                    values = {e.field: row[e.field] for e in mine if e.field in row}
                    work = partial(_update_or_insert, server, entity, key, values, row, on_server)
                reason = _refusal(server, work)
                if reason:
                    refused.extend(mine)
                    shown = row or there[entity].get(key) or {"id": key}
                    run.refused.append(_label(entity, shown, reason))
                    continue
                version = versions.get(record, 0)
                for e in mine:
                    version += 1
                    accepted.append(e.but(origin=run.origin, record_version=version))
            seqs = exchange.add_entries(server, accepted)
        with self._local() as conn:
            local.mark_sent(
                conn, (e.but(server_seq=seqs.get(e.id), sync_state=SENT) for e in accepted)
            )
            local.mark(conn, (e.id for e in refused), REFUSED)
            for record, name, held, value, remote, server_row in conflicts:
                remote_value = None
                if server_row is not None:
                    remote_value = (
                        row_text(server_row) if name == "" else as_text(server_row.get(name))
                    )
                local_value = value if name else (row_text(value) if value else None)
                if local.record_conflict(
                    conn, record, name, held, local_value, remote, remote_value, server_row is None
                ):
                    run.new_conflicts += 1
        run.sent += len(accepted)

    def _catch_up(self, engine: Engine, run: _Run) -> None:
        """Move the watermark past this laptop's own entries when nobody else wrote after it
        pulled (under the server's write lock, so nothing can slip in between): a copy of this
        file made now (a backup, a second device) then starts from what it holds."""
        from ..store.team_server import exchange

        with self.db.engine.connect() as conn:
            after = local.pulled_up_to(conn)
        with engine.connect() as server, server.begin():
            exchange.lock_for_writing(server)
            if exchange.entries_after(server, after, run.origin, limit=1):
                return
            newest = exchange.last_seq(server)
        if newest > after:
            with self._local() as conn:
                local.set_setting(conn, local.PULLED_UP_TO, str(newest))

    # -- conflicts ----------------------------------------------------------------------

    def conflicts(self) -> list[local.ConflictRecord]:
        with self.db.engine.connect() as conn:
            return local.open_conflicts(conn)

    def resolve(self, conflict_id: str, choice: str) -> None:
        """Keep ``mine`` (sent at the next synchronisation, over the server's value) or take
        ``theirs`` (written here now; the server has it already)."""
        if choice not in ("mine", "theirs"):
            raise ValueError(f"onbekende keuze {choice!r}")
        with self._local() as conn:
            item = local.conflict(conn, conflict_id)
            if item is None or item.resolved_at is not None:
                raise SyncError("Dit conflict is al opgelost of bestaat niet meer.")
            held = local.held_entries(conn, item)
            local.mark(conn, (e.id for e in held), SUPERSEDED)
            tbl = table(item.entity)
            here = read_rows(conn, item.entity, [item.entity_id]).get(item.entity_id)
            base = LogEntryRecord(
                id=new_id(),
                changed_at=utcnow(),
                changed_by=self.actor,
                operation="update",
                entity=item.entity,
                entity_id=item.entity_id,
                field=item.field,
                partnership_id=item.partnership_id,
                base_seq=item.remote_seq,
            )
            if choice == "mine":
                if item.field:
                    value = as_text(here.get(item.field)) if here else None
                    local.add_entry(
                        conn, base.but(new_value=value, summary="Conflict: mijn waarde gehouden")
                    )
                elif here is None:
                    local.add_entry(
                        conn,
                        base.but(
                            operation="delete", summary="Conflict: mijn verwijdering gehouden"
                        ),
                    )
                else:
                    local.add_entry(
                        conn,
                        base.but(
                            operation="create",
                            new_value=row_text(here),
                            summary="Conflict: mijn versie gehouden",
                        ),
                    )
            else:
                if item.field and here is not None:
                    value = value_from_text(tbl.c[item.field], item.remote_value)
                    update_fields(conn, item.entity, item.entity_id, {item.field: value})
                elif item.remote_deleted:
                    delete_row(conn, item.entity, item.entity_id)
                elif item.remote_value is not None:
                    insert_row(conn, item.entity, row_from_text(tbl, item.remote_value))
                local.add_entry(
                    conn,
                    base.but(
                        new_value=item.remote_value,
                        sync_state=SETTLED,
                        summary="Conflict: waarde van de teamdatabase genomen",
                    ),
                )
            local.settle(conn, conflict_id, choice)

    def take_over(self, url: str, password: str | None, partnership_id: str) -> SyncSummaryRecord:
        """Ask the server to assign a colleague's partnership to the user (recorded there),
        then synchronise so it arrives here as the user's."""
        from ..store.team_server import exchange
        from ..store.team_server.engine import make_server_engine, where
        from ..store.team_server.errors import TeamServerError, translated

        engine = make_server_engine(url, password)
        try:
            with translated(where(engine)), engine.connect() as server, server.begin():
                exchange.take_over(server, partnership_id)
        except TeamServerError as exc:
            raise SyncError(str(exc)) from exc
        finally:
            engine.dispose()
        return self.synchronise(url, password)


# -- the steps' pieces ------------------------------------------------------------------------


def _server_revision(server: Connection) -> str | None:
    from sqlalchemy import text

    if server.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return server.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _note_of(entry: LogEntryRecord) -> str:
    return entry.entity_id.split("/", 1)[0]


def _travels(entry: LogEntryRecord, run: _Run, demo: set[str], private: set[str]) -> bool:
    if entry.entity not in SYNCED_TABLES or entry.entity in TEAM_TABLES:
        return False
    if entry.entity in REFERENCE_TABLES:
        return run.coordinator
    if entry.partnership_id and entry.partnership_id in demo:
        return False
    if entry.entity in NOTE_PARTS:
        note = _note_of(entry)
        if entry.entity == "note" and entry.field in ("personal_data", "shared_with_team"):
            return True  # sent as the note's removal from the server when it became private
        if note in private:
            return False
        if entry.entity == "note" and entry.is_delete and entry.old_value:
            old = entry.old_value
            return not ('"personal_data": "ja"' in old and '"shared_with_team": "nee"' in old)
    return True


def _classify(conn: Connection, run: _Run) -> None:
    demo = local.demo_partnerships(conn)
    private = local.private_notes(conn)
    stay = [e.id for e in local.unsent(conn) if not _travels(e, run, demo, private)]
    local.mark(conn, stay, LOCAL)


def _own_records(conn: Connection, contact_id: str, others: list[str]) -> dict[str, dict[str, Row]]:
    """Every record of the user's portfolio and work that travels, per table and key; the
    names of partnerships assigned to another support contact go to ``others``."""
    from ..store.sync.rows import key_text

    partnerships = [r for r in read_all(conn, "partnership") if not r["is_demo"]]
    mine_p = {r["id"] for r in partnerships if r["support_contact_id"] == contact_id}
    others.extend(sorted(r["name"] for r in partnerships if r["id"] not in mine_p))
    private = local.private_notes(conn)
    kept: dict[str, dict[str, Row]] = {}
    parent_ok: dict[str, set[str]] = {}
    for entity in PORTFOLIO_TABLES:
        tbl = table(entity)
        rows: dict[str, Row] = {}
        for row in read_all(conn, entity):
            if _owned(entity, row, contact_id, mine_p, private, parent_ok):
                rows[key_text(tbl, row)] = row
        kept[entity] = rows
        parent_ok[entity] = {r["id"] for r in rows.values() if "id" in r}
    return kept


def _owned(
    entity: str,
    row: Row,
    contact_id: str,
    mine: set[str],
    private: set[str],
    parents: dict[str, set[str]],
) -> bool:
    if entity == "partnership":
        return row["id"] in mine
    if entity == "kpi_value":
        return row["partnership_action_id"] in parents["partnership_action"]
    if entity in ("note_tag", "note_government"):
        return row["note_id"] in parents["note"]
    if entity == "knowledge_session_participant":
        return row["session_id"] in parents["knowledge_session"]
    pid = row.get("partnership_id")
    if pid is not None:
        return pid in mine and not (entity == "note" and row["id"] in private)
    if entity == "note":
        return row["id"] not in private and row.get("owner_contact_id") in (None, contact_id)
    return entity in ("knowledge_session", "follow_up")


def _upload_entry(run: _Run, entity: str, key: str, row: Row) -> LogEntryRecord:
    return LogEntryRecord(
        id=str(uuid.uuid5(FIRST_UPLOAD, f"{run.origin}:{entity}:{key}")),
        changed_at=utcnow(),
        changed_by=run.actor,
        operation="create",
        entity=entity,
        entity_id=key,
        new_value=row_text(row),
        partnership_id=row.get("partnership_id")
        or (row["id"] if entity == "partnership" else None),
        summary="Eerste synchronisatie",
        origin=run.origin,
        record_version=1,
    )


_NOT_YOURS = "niet aan u toegewezen"
_UNKNOWN_REFERENCE = "verwijst naar iets wat de teamdatabase niet kent"
_PARENT_REFUSED = "hoort bij een geweigerd record"


def _refusal(server: Connection, work: Callable[[], Any]) -> str:
    """Run ``work`` in a savepoint: "" when the server took it, else why it refused (row-level
    security, or a reference the server lacks); the rest of the run goes on."""
    from sqlalchemy.exc import DBAPIError

    try:
        with server.begin_nested():
            work()
    except _HiddenByRowSecurity:
        log.info("The team server's row-level security left a row unchanged")
        return _NOT_YOURS
    except DBAPIError as exc:
        first = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        log.info("The team server refused a write: %s", first)
        return _UNKNOWN_REFERENCE if "foreign key" in first else _NOT_YOURS
    return ""


def _write(server: Connection, work: Callable[[], Any]) -> bool:
    return not _refusal(server, work)


def _parent(entity: str, row: Row) -> str | None:
    """The record a row belongs to, for skipping the parts of a refused record."""
    for column in ("partnership_id", "partnership_action_id", "note_id", "session_id"):
        if row.get(column):
            return str(row[column])
    return None


def _erase_on_server(server: Connection, key: str, row: Row) -> None:
    from ..store.team_server import exchange

    insert_row(server, "note", row)
    exchange.erase_note(server, key)


class _HiddenByRowSecurity(Exception):
    """Row-level security hid the row from a change: it changed nothing instead of failing."""


def _update_or_insert(
    server: Connection, entity: str, key: str, values: Row, row: Row, on_server: bool
) -> None:
    if update_fields(server, entity, key, values) == 0:
        if on_server and values:
            raise _HiddenByRowSecurity
        insert_row(server, entity, row)  # not on the server yet (made before the first upload)


def _delete_or_refuse(server: Connection, entity: str, key: str, on_server: bool) -> None:
    if delete_row(server, entity, key) == 0 and on_server:
        raise _HiddenByRowSecurity


def _clashing_fields(mine: list[LogEntryRecord], theirs: list[LogEntryRecord]) -> set[str]:
    """The fields both sides changed; "" stands for the whole record (a delete on one side)."""
    if any(e.is_delete for e in mine) or any(t.is_delete for t in theirs):
        return {""}
    mine_fields = {e.field for e in mine if not e.is_whole_record}
    their_fields = {t.field for t in theirs if not t.is_whole_record}
    return mine_fields & their_fields


def _is_gone(here: dict[str, dict[str, Row]], record: RecordName) -> bool:
    return here[record[0]].get(record[1]) is None


def _rank(record: RecordName, here: dict[str, dict[str, Row]]) -> int:
    """Parents first when writing, children first when deleting."""
    rank = RANK.get(record[0], 0)
    return -rank if _is_gone(here, record) else rank


RECORD_NAMES: dict[str, str] = {
    "partnership": "samenwerkingsverband",
    "membership": "lidmaatschap",
    "partnership_action": "actie",
    "kpi_value": "KPI-waarde",
    "subsidy": "subsidie",
    "transfer": "doorstorting",
    "stimulus_grant": "stimulus",
    "new_member_action": "actie voor nieuwe leden",
    "support_track": "ondersteuningstraject",
    "knowledge_session": "kennisdeling",
    "knowledge_session_participant": "deelnemer aan een kennisdeling",
    "note": "notitie",
    "note_tag": "tag",
    "note_government": "bestuur bij een notitie",
    "follow_up": "opvolging",
    "population_figure": "bevolkingscijfer",
}


def _label(entity: str, row: Row, reason: str = _NOT_YOURS) -> str:
    """``samenwerkingsverband 'IGS Noord': niet aan u toegewezen``."""
    name = next(
        (str(row[c]) for c in ("name", "title", "topic", "tag", "nis_code") if row.get(c)),
        "",
    )
    what = RECORD_NAMES.get(entity, entity)
    return f"{what} '{name}': {reason}" if name else f"{what}: {reason}"


def _apply_pulled(
    conn: Connection,
    run: _Run,
    by_record: dict[RecordName, list[LogEntryRecord]],
    server_rows: dict[str, dict[str, Row]],
) -> None:
    """Write the server's rows of the changed records here, keeping local changes that clash
    as conflicts and local corrections of reference data."""
    pending = local.pending_on(conn, by_record)
    corrections = local.local_corrections_on(
        conn, [r for r in by_record if r[0] in REFERENCE_TABLES]
    )
    keys: dict[str, list[str]] = defaultdict(list)
    for entity, key in by_record:
        keys[entity].append(key)
    here = {e: read_rows(conn, e, k) for e, k in keys.items()}

    def gone(record: RecordName) -> bool:
        return server_rows[record[0]].get(record[1]) is None

    order = sorted(
        by_record, key=lambda r: (gone(r), -RANK.get(r[0], 0) if gone(r) else RANK.get(r[0], 0))
    )
    for record in order:
        entity, key = record
        remote = by_record[record]
        theirs = server_rows[entity].get(key)
        mine = here[entity].get(key)
        waiting = pending.get(record, [])
        delivered = {e.id for e in remote} & {e.id for e in waiting}
        if delivered:  # sent before this file was put back from a backup: not a conflict
            seqs = {e.id: e.server_seq for e in remote}
            local.mark_sent(
                conn,
                (
                    e.but(server_seq=seqs[e.id], sync_state=SENT)
                    for e in waiting
                    if e.id in delivered
                ),
            )
            waiting = [e for e in waiting if e.id not in delivered]
        last = remote[-1]
        if theirs is None:
            if waiting and mine is not None:
                _conflict(conn, run, record, "", waiting, row_text(mine), last, None, True)
            elif waiting:
                local.mark(conn, (e.id for e in waiting), SUPERSEDED)  # both deleted it
            elif mine is not None:
                delete_row(conn, entity, key)
            continue
        if mine is None:
            if any(e.is_delete for e in waiting):
                _conflict(conn, run, record, "", waiting, None, last, row_text(theirs), False)
            else:
                insert_row(
                    conn,
                    entity,
                    {**theirs, **({"is_user": False} if entity == "support_contact" else {})},
                )
            continue
        if entity == "note" and any(e.operation == ERASE for e in remote):
            forget_content(conn, key)  # erased on a colleague's laptop: the tags go too
        if any(e.is_whole_record or e.operation == ERASE for e in remote):
            names = set(columns_of(entity))
        else:
            names = {e.field for e in remote if e.field}
        if entity == "support_contact":
            names.discard("is_user")
        changed_here = {e.field for e in waiting}
        corrected = corrections.get(record, [])
        kept = (
            set(columns_of(entity))
            if any(e.is_whole_record for e in corrected)
            else {e.field for e in corrected}
        )
        values: Row = {}
        kept_here = False
        for name in sorted(names):
            if name not in theirs:
                continue
            if name in changed_here or "" in changed_here:
                if as_text(theirs[name]) != as_text(mine.get(name)):
                    held = [e for e in waiting if e.field in (name, "")]
                    _conflict(
                        conn,
                        run,
                        record,
                        name,
                        held,
                        mine.get(name),
                        last,
                        as_text(theirs[name]),
                        False,
                    )
                continue
            if name in kept:
                kept_here = kept_here or as_text(theirs[name]) != as_text(mine.get(name))
                continue
            values[name] = theirs[name]
        run.kept_local += kept_here  # records, not fields
        update_fields(conn, entity, key, values)


def _conflict(
    conn: Connection,
    run: _Run,
    record: RecordName,
    name: str,
    held: list[LogEntryRecord],
    local_value: Any,
    remote: LogEntryRecord,
    remote_value: str | None,
    remote_deleted: bool,
) -> None:
    if local.record_conflict(
        conn, record, name, held, local_value, remote, remote_value, remote_deleted
    ):
        run.new_conflicts += 1
