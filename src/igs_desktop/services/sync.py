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

The pieces: ``sync_scope`` (what travels, what the first upload sends), ``sync_writes``
(writing to the server record by record, refusals), ``sync_pull`` (writing what was pulled
here), ``sync_run`` (one run's state); the SQL of both ends is in ``store.sync`` and
``store.team_server``.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from ..store.editing import as_text, row_text, table
from ..store.sync import local
from ..store.sync.entries import (
    BEFORE,
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
    read_rows,
    row_from_text,
    update_fields,
    value_from_text,
)
from ..store.sync.scope import (
    RANK,
    SYNCED_TABLES,
)
from ..store.tables import new_id, utcnow
from .sync_pull import apply_pulled
from .sync_run import ERASE, FIRST_UPLOAD, Progress, SyncRun, report
from .sync_scope import classify, own_records, upload_entry
from .sync_writes import (
    PARENT_REFUSED,
    clashing_fields,
    delete_or_refuse,
    erase_on_server,
    is_gone,
    label,
    parent_of,
    refusal,
    update_or_insert,
    write,
    write_rank,
)
from .team_settings import schema_verdict

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from ..store.database import Database

log = logging.getLogger(__name__)
PULL_BATCH = 2000
CHUNK = 500  # rows or records per server transaction while sending


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

        report(progress, 0.0, "Verbinden met de teamdatabase…")
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
            run = SyncRun(local.laptop_id(conn), me["id"], coordinator, self.actor)
            classify(conn, run)
            first = local.get_setting(conn, local.FIRST_UPLOAD_DONE) != "ja"
        if first:
            report(progress, 0.05, "Eerste synchronisatie: uw portefeuille opladen…")
            self._first_upload(engine, run, progress)
        report(progress, 0.3, "Wijzigingen van het team ontvangen…")
        self._pull(engine, run, progress)
        report(progress, 0.7, "Uw wijzigingen verzenden…")
        self._push(engine, run, progress)
        self._catch_up(engine, run)
        with self._local() as conn:
            local.set_setting(conn, local.LAST_SYNC, utcnow().isoformat())
            open_count = len(local.open_conflicts(conn))
        report(progress, 1.0, "Klaar.")
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

    def _first_upload(self, engine: Engine, run: SyncRun, progress: Progress | None) -> None:
        """Upload the records of the user's portfolio the server does not have yet, in chunks
        of ``CHUNK`` rows per server transaction (a PostgreSQL transaction holds a lock per
        written savepoint). Repeatable: what an earlier, broken-off run uploaded is found on
        the server with equal values, and its entries have the same ids."""
        from ..store.team_server import exchange

        with self.db.engine.connect() as conn:
            records = own_records(conn, run.contact_id, run.not_shared)
        refused_parents: set[str] = set()
        total = sum(len(rows) for rows in records.values()) or 1
        done = 0
        for entity in sorted(records, key=RANK.__getitem__):
            rows = records[entity]
            keys = list(rows)
            for start in range(0, len(keys), CHUNK):
                chunk = {k: rows[k] for k in keys[start : start + CHUNK]}
                for key in [k for k, r in chunk.items() if parent_of(entity, r) in refused_parents]:
                    run.refused.append(label(entity, chunk.pop(key), PARENT_REFUSED))
                    refused_parents.add(key)
                with engine.connect() as server, server.begin():
                    exchange.lock_for_writing(server)
                    there = read_rows(server, entity, chunk)
                    new = {k: r for k, r in chunk.items() if k not in there}
                    # All at once; when the server refuses one, one by one to find which.
                    if write(server, partial(insert_new_rows, server, entity, list(new.values()))):
                        problems: dict[str, str] = {}
                    else:
                        problems = {
                            k: reason
                            for k, r in new.items()
                            if (reason := refusal(server, partial(insert_row, server, entity, r)))
                        }
                    for key, reason in problems.items():
                        run.refused.append(label(entity, new.pop(key), reason))
                        refused_parents.add(key)
                    entries = [upload_entry(run, entity, k, r) for k, r in new.items()]
                    exchange.add_entries(server, entries)
                run.uploaded += len(entries)
                run.sent += len(entries)
                done += len(chunk)
                report(
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
        self,
        conn: Connection,
        run: SyncRun,
        entity: str,
        key: str,
        name: str,
        mine: Any,
        theirs: Row,
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

    def _pull(self, engine: Engine, run: SyncRun, progress: Progress | None) -> None:
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
                apply_pulled(conn, run, by_record, server_rows)
                local.add_received(conn, entries)
                local.set_setting(conn, local.PULLED_UP_TO, str(entries[-1].server_seq))
            run.received += len(entries)
            report(
                progress,
                0.3 + 0.4 * min(1.0, run.received / max(total, 1)),
                f"Ontvangen: {run.received} van {max(total, run.received)} wijzigingen…",
            )

    # -- push ---------------------------------------------------------------------------

    def _push(self, engine: Engine, run: SyncRun, progress: Progress | None) -> None:
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
        order = sorted(groups, key=lambda r: (is_gone(here, r), write_rank(r, here)))
        for start in range(0, len(order), CHUNK):
            chunk = {record: groups[record] for record in order[start : start + CHUNK]}
            self._push_chunk(engine, run, chunk, here)
            done = min(start + CHUNK, len(order))
            report(
                progress,
                0.7 + 0.28 * done / len(order),
                f"Verzonden: {done} van {len(order)} gewijzigde records…",
            )

    def _push_chunk(
        self,
        engine: Engine,
        run: SyncRun,
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
                clash = clashing_fields(mine, theirs) if theirs else set()
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
                    work = partial(delete_or_refuse, server, entity, key, on_server)
                elif entity == "note" and any(e.operation == ERASE for e in mine):
                    work = partial(erase_on_server, server, key, row)
                elif any(e.is_whole_record for e in mine):
                    work = partial(insert_row, server, entity, row)
                else:
                    values = {e.field: row[e.field] for e in mine if e.field in row}
                    work = partial(update_or_insert, server, entity, key, values, row, on_server)
                reason = refusal(server, work)
                if reason:
                    refused.extend(mine)
                    shown = row or there[entity].get(key) or {"id": key}
                    run.refused.append(label(entity, shown, reason))
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

    def _catch_up(self, engine: Engine, run: SyncRun) -> None:
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
