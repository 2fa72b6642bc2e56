"""Importing a checked package: a backup first, the attachment files into the attachment store,
then one write transaction through the change log, undoable as one ``Outcome``.

New records are added with their ids; an updated record (or a conflict settled with "take
theirs") is made equal to the package's version part by part (parts it no longer has are
removed, with a snapshot for undo); "keep mine" leaves the record alone; "keep both" adds the
package's version under new ids, with its parts, and the package's other records that point
at it follow the copy. Each record written or settled remembers the fingerprint it received
(app_meta ``pakket-basis:<key>``), so the same package a second time changes nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...store import attachments, lookups
from ...store.database import DatabaseError
from ...store.editing import key_of, table
from ...store.handover import (
    BASE_PREFIX,
    PORTFOLIO_TABLES,
    ReferenceCodesRecord,
    received_bases,
)
from ...store.handover import reference_codes as read_reference_codes
from ...store.reference_ids import population_figure_id
from ...store.tables import new_id
from ..editing import EditSession, Outcome, ValidationError, Writer
from .format import (
    PackagedContact,
    PackagedFigure,
    PackagedFollowUp,
    PackagedNote,
    PackagedPartnership,
    PackagedSession,
)
from .planning import (
    ConflictChoice,
    ItemStatus,
    PackageItem,
    PackagePreview,
    count_text,
    local_versions,
    plan_import,
)
from .reading import extract_attachment, refused

if TYPE_CHECKING:
    from ..backups import BackupRecord
    from ..workbench import Workbench

Progress = Callable[[float, str], None]
TableRow = tuple[str, dict[str, Any]]
ORDER = {name: index for index, name in enumerate(PORTFOLIO_TABLES)}


@dataclass(frozen=True)
class PackageImportResult:
    """What an import did: the undoable outcome, the backup made first, what it counted."""

    outcome: Outcome
    backup: BackupRecord | None
    written: dict[str, list[PackageItem]] = field(default_factory=dict)
    unlinked: int = 0

    def lines(self) -> list[str]:
        if not self.outcome.edits:
            return ["Er is niets geïmporteerd: alles in het pakket stond hier al."]
        out = [f"{self.outcome.description}."]
        for label, name in (
            ("Toegevoegd", "added"),
            ("Bijgewerkt", "updated"),
            ("Conflict, hun versie genomen", "theirs"),
            ("Conflict, mijn versie gehouden", "mine"),
            ("Conflict, allebei gehouden", "both"),
        ):
            if self.written.get(name):
                out.append(f"  {label}: {count_text(self.written[name])}.")
        if self.unlinked:
            out.append(
                f"  {self.unlinked} koppeling(en) van een opvolging naar een actie of traject "
                "dat hier niet bestaat, zijn leeg gelaten."
            )
        if self.backup is not None:
            out.append(f"Back-up van ervoor: {self.backup.path}")
        return out


def choices_for(
    preview: PackagePreview, choice: ConflictChoice | Mapping[str, ConflictChoice] | None
) -> dict[str, ConflictChoice]:
    """One choice per conflict (a single choice applies to all); a ValidationError when a
    conflict has none."""
    chosen: dict[str, ConflictChoice] = {}
    for item in preview.conflicts:
        pick = choice if isinstance(choice, ConflictChoice) else (choice or {}).get(item.key)
        if pick is None:
            raise ValidationError(
                f"Kies voor elk conflict wat er moet gebeuren ({len(preview.conflicts)} "
                "conflict(en)): mijn versie houden, hun versie nemen of allebei houden. Er is "
                "niets geïmporteerd.",
                "conflicts",
            )
        if pick is ConflictChoice.BOTH and not item.can_keep_both:
            pick = ConflictChoice.MINE  # one figure per government and year
        chosen[item.key] = pick
    return chosen


# --- records as table rows -------------------------------------------------------------------
class _Rows:
    """Package records as rows of this database's tables; ``ids`` renames ids (keep both)."""

    def __init__(self, refs: ReferenceCodesRecord, ids: Mapping[str, str]) -> None:
        self.refs = refs
        self.ids = ids

    def id(self, value: str | None) -> str | None:
        return self.ids.get(value, value) if value else value

    def new(self, value: str) -> str:
        return self.ids.get(value, value)

    def action(self, key: str) -> str:
        return self.refs.action_ids[key]

    def partnership(self, p: PackagedPartnership) -> list[TableRow]:
        pid = self.new(p.id)
        out: list[TableRow] = [
            (
                "partnership",
                {
                    "id": pid,
                    "name": p.name,
                    "submitter_nis": p.submitter_nis,
                    "formed_year": p.formed_year,
                    "kpi": p.kpi,
                    "status": p.status,
                    "notes": p.notes,
                    "support_contact_id": p.support_contact_id,
                    "is_demo": p.is_demo,
                    "created_at": p.created_at,
                    "updated_at": p.updated_at,
                },
            )
        ]
        out += [
            ("membership", {**m.model_dump(), "id": self.new(m.id), "partnership_id": pid})
            for m in p.memberships
        ]
        for a in p.actions:
            aid = self.new(a.id)
            out.append(
                (
                    "partnership_action",
                    {
                        "id": aid,
                        "partnership_id": pid,
                        "action_id": self.action(a.action_key),
                        "subsidy_cents": a.subsidy_cents,
                        "notes": a.notes,
                    },
                )
            )
            out += [
                (
                    "kpi_value",
                    {
                        "id": self.new(k.id),
                        "partnership_action_id": aid,
                        "kpi_id": self.refs.kpi_ids[k.kpi_key] if k.kpi_key else None,
                        "project_year": k.project_year,
                        "target": k.target,
                        "interim_actual": k.interim_actual,
                        "final_actual": k.final_actual,
                    },
                )
                for k in a.kpi_values
            ]
        for name, group in (
            ("subsidy", p.subsidies),
            ("transfer", p.transfers),
            ("stimulus_grant", p.stimulus_grants),
        ):
            out += [
                (name, {**g.model_dump(), "id": self.new(g.id), "partnership_id": pid})
                for g in group
            ]
        out += [
            (
                "new_member_action",
                {
                    "id": self.new(n.id),
                    "partnership_id": pid,
                    "project_year": n.project_year,
                    "action_id": self.action(n.action_key),
                },
            )
            for n in p.new_member_actions
        ]
        out += [
            (
                "support_track",
                {
                    **t.model_dump(exclude={"action_key", "action_number"}),
                    "id": self.new(t.id),
                    "partnership_id": pid,
                    "action_id": self.action(t.action_key),
                },
            )
            for t in p.support_tracks
        ]
        return out

    def session(self, s: PackagedSession) -> list[TableRow]:
        sid = self.new(s.id)
        values = s.model_dump(exclude={"participants", "note_ids", "sync"})
        out: list[TableRow] = [
            (
                "knowledge_session",
                {**values, "id": sid, "partnership_id": self.id(s.partnership_id)},
            )
        ]
        out += [
            ("knowledge_session_participant", {"session_id": sid, "nis_code": nis})
            for nis in s.participants
        ]
        return out

    def note(self, n: PackagedNote) -> list[TableRow]:
        nid = self.new(n.id)
        values = n.model_dump(
            exclude={"tags", "nis_codes", "attachments", "sync", "action_key", "action_number"}
        )
        out: list[TableRow] = [
            (
                "note",
                {
                    **values,
                    "id": nid,
                    "partnership_id": self.id(n.partnership_id),
                    "knowledge_session_id": self.id(n.knowledge_session_id),
                    "action_id": self.action(n.action_key) if n.action_key else None,
                },
            )
        ]
        out += [("note_tag", {"note_id": nid, "tag": tag}) for tag in n.tags]
        out += [("note_government", {"note_id": nid, "nis_code": nis}) for nis in n.nis_codes]
        out += [
            ("attachment", {**a.model_dump(), "id": self.new(a.id), "note_id": nid})
            for a in n.attachments
        ]
        return out

    def follow_up(self, f: PackagedFollowUp) -> list[TableRow]:
        values = f.model_dump(exclude={"sync"})
        return [
            (
                "follow_up",
                {
                    **values,
                    "id": self.new(f.id),
                    "partnership_id": self.id(f.partnership_id),
                    "partnership_action_id": self.id(f.partnership_action_id),
                    "support_track_id": self.id(f.support_track_id),
                },
            )
        ]

    @staticmethod
    def figure(g: PackagedFigure, local_id: str | None) -> list[TableRow]:
        values = g.model_dump(exclude={"sync"})
        fixed = population_figure_id(g.nis_code, g.project_year)
        return [("population_figure", {**values, "id": local_id or fixed})]

    @staticmethod
    def contact(c: PackagedContact) -> list[TableRow]:
        return [("support_contact", {**c.model_dump(), "is_user": False})]


Record = PackagedPartnership | PackagedSession | PackagedNote | PackagedFollowUp


def _all_ids(record: Record) -> list[str]:
    """The record's id and the ids of its parts: what "keep both" gives new ids."""
    ids = [record.id]
    if isinstance(record, PackagedPartnership):
        for group in (
            record.memberships,
            record.actions,
            record.subsidies,
            record.transfers,
            record.stimulus_grants,
            record.new_member_actions,
            record.support_tracks,
        ):
            ids += [child.id for child in group]
        ids += [k.id for a in record.actions for k in a.kpi_values]
    elif isinstance(record, PackagedNote):
        ids += [a.id for a in record.attachments]
    return ids


# --- writing ----------------------------------------------------------------------------------
# Links that may be left empty when what they point at is not here (it stayed out by a choice).
OPTIONAL_LINKS = {
    "follow_up": {
        "partnership_action_id": "partnership_action",
        "support_track_id": "support_track",
    },
}


class _Write:
    def __init__(self, w: Writer) -> None:
        self.w = w
        self.unlinked = 0

    def _key(self, name: str, row: dict[str, Any]) -> dict[str, Any]:
        return key_of(table(name), row)

    def _exists(self, name: str, key: dict[str, Any]) -> bool:
        return lookups.exists(self.w.conn, name, **key)

    def _linked(self, name: str, row: dict[str, Any]) -> dict[str, Any]:
        for column, target in OPTIONAL_LINKS.get(name, {}).items():
            if row.get(column) and not lookups.exists(self.w.conn, target, id=row[column]):
                row = {**row, column: None}
                self.unlinked += 1
        return row

    def replace(self, mine: list[TableRow], theirs: list[TableRow]) -> None:
        """Make the rows ``mine`` into the rows ``theirs`` (parts removed children first,
        written parents first)."""

        def keyed(found: list[TableRow]) -> dict[tuple[str, tuple], dict[str, Any]]:
            return {(name, tuple(sorted(self._key(name, row).items()))): row for name, row in found}

        old, new = keyed(mine), keyed(theirs)
        for name, key in sorted(set(old) - set(new), key=lambda k: -ORDER[k[0]]):
            where = dict(key)
            if self._exists(name, where):
                self.w.delete(name, where)
        for (name, key), row in sorted(new.items(), key=lambda item: ORDER[item[0][0]]):
            where = dict(key)
            row = self._linked(name, row)
            if self._exists(name, where):
                values = {c: v for c, v in row.items() if c not in where and c != "updated_at"}
                self.w.update(name, where, values)
            else:
                self.w.create(name, row)

    def remember(self, item: PackageItem) -> None:
        meta_key = f"{BASE_PREFIX}{item.key}"
        current = lookups.row(self.w.conn, "app_meta", key=meta_key)
        if current is None:
            self.w.create("app_meta", {"key": meta_key, "value": item.fingerprint})
        elif current["value"] != item.fingerprint:
            self.w.update("app_meta", {"key": meta_key}, {"value": item.fingerprint})


def _decisions(preview: PackagePreview, chosen: Mapping[str, ConflictChoice]) -> dict[str, str]:
    """Per record key what happens: added, updated, theirs, mine, both (or nothing)."""
    out: dict[str, str] = {}
    for item in preview.items:
        if item.status is ItemStatus.ADDED:
            out[item.key] = "added"
        elif item.status is ItemStatus.UPDATED:
            out[item.key] = "updated"
        elif item.status is ItemStatus.CONFLICT:
            out[item.key] = str(chosen[item.key])
    return out


def _write(
    w: Writer,
    preview: PackagePreview,
    decisions: Mapping[str, str],
) -> int:
    """Write the decided records in this transaction; returns the links left empty."""
    fresh = plan_import(w.conn, preview.package)
    if {i.key: (i.status, i.local_fingerprint) for i in fresh.items} != {
        i.key: (i.status, i.local_fingerprint) for i in preview.items
    }:
        raise ValidationError(
            "De database is gewijzigd sinds het voorbeeld van dit pakket; open het pakket "
            "opnieuw. Er is niets geïmporteerd.",
            "package",
        )
    content = preview.package.content
    refs = read_reference_codes(w.conn)
    local = local_versions(w.conn, content, refs, received_bases(w.conn))
    copies: dict[str, str] = {}
    records: list[Record] = [
        *content.partnerships,
        *content.sessions,
        *content.notes,
        *content.follow_ups,
    ]
    for record in records:
        kind = _kind(record)
        if decisions.get(f"{kind}:{record.id}") == "both":
            copies.update({old: new_id() for old in _all_ids(record)})
    as_rows = _Rows(refs, copies)
    mine_rows = _Rows(refs, {})
    write = _Write(w)
    items = {i.key: i for i in preview.items}

    def settle(key: str, theirs: list[TableRow], mine: list[TableRow]) -> None:
        decision = decisions.get(key)
        if decision is None:
            return
        if decision in ("added", "updated", "theirs"):
            write.replace(mine, theirs)
        elif decision == "both":
            write.replace([], theirs)
        write.remember(items[key])

    for c in content.contacts:
        settle(f"support_contact:{c.id}", _Rows.contact(c), [])
    for p in content.partnerships:
        key = f"partnership:{p.id}"
        here = local.partnerships.get(p.id)
        settle(key, as_rows.partnership(p), mine_rows.partnership(here) if here else [])
    for s in content.sessions:
        key = f"knowledge_session:{s.id}"
        here_session = local.sessions.get(s.id)
        settle(key, as_rows.session(s), mine_rows.session(here_session) if here_session else [])
    for n in content.notes:
        here_note = local.notes.get(n.id)
        settle(f"note:{n.id}", as_rows.note(n), mine_rows.note(here_note) if here_note else [])
    for f in content.follow_ups:
        here_f = local.follow_ups.get(f.id)
        settle(
            f"follow_up:{f.id}", as_rows.follow_up(f), mine_rows.follow_up(here_f) if here_f else []
        )
    for g in content.figures:
        found = local.figures.get((g.nis_code, g.project_year))
        local_id = found[0] if found else None
        mine_figure = _Rows.figure(found[1], local_id) if found else []
        settle(
            f"population_figure:{g.nis_code}/{g.project_year}",
            _Rows.figure(g, local_id),
            mine_figure,
        )
    return write.unlinked


def _kind(record: Record) -> str:
    if isinstance(record, PackagedPartnership):
        return "partnership"
    if isinstance(record, PackagedSession):
        return "knowledge_session"
    if isinstance(record, PackagedNote):
        return "note"
    return "follow_up"


def _store_attachments(
    workbench: Workbench,
    preview: PackagePreview,
    decisions: Mapping[str, str],
    progress: Progress | None,
) -> list[str]:
    """Copy the attachment files the written notes need into the attachment store; returns
    the hashes that were not stored before (to remove again if the import fails)."""
    folder = workbench.folders.attachments
    wanted = sorted(
        {
            a.sha256
            for n in preview.package.content.notes
            if decisions.get(f"note:{n.id}") in ("added", "updated", "theirs", "both")
            for a in n.attachments
        }
    )
    added: list[str] = []
    with tempfile.TemporaryDirectory(prefix="igs-pakket-") as temp:
        for index, sha256 in enumerate(wanted, start=1):
            if progress is not None:
                progress(index / (len(wanted) + 1), f"Bijlage {index} van {len(wanted)}")
            size = preview.package.attachment_size(sha256)
            present = attachments.blob_path(folder, sha256)
            if present.is_file() and present.stat().st_size == size:
                continue
            source = extract_attachment(preview.package, sha256, Path(temp))
            stored = attachments.store_file(folder, source)
            source.unlink(missing_ok=True)
            if stored.sha256 != sha256:  # cannot happen: extract_attachment checked it
                raise refused(preview.package.path.name, "een bijlage veranderde onderweg")
            added.append(sha256)
    return added


def import_package(
    workbench: Workbench,
    preview: PackagePreview,
    choice: ConflictChoice | Mapping[str, ConflictChoice] | None = None,
    progress: Progress | None = None,
) -> PackageImportResult:
    """Import a previewed package: conflicts settled by ``choice`` (one for all, or one per
    record key). A backup is made first; the attachment files go into the attachment store;
    then one transaction writes everything, undoable as one ``Outcome``. Nothing is written
    when there is nothing to import."""
    from .. import backups

    chosen = choices_for(preview, choice)
    decisions = _decisions(preview, chosen)
    description = f"Overdrachtspakket '{preview.package.path.name}' geïmporteerd"
    if not decisions:
        return PackageImportResult(Outcome(description, ()), None)
    try:
        backup = workbench.backup(backups.BEFORE_PACKAGE_IMPORT)
    except DatabaseError as exc:
        raise ValidationError(
            f"Er kon vooraf geen back-up gemaakt worden ({exc}); er is niets geïmporteerd.",
            "package",
        ) from exc
    if backup.verified is False:
        raise ValidationError(
            f"De back-up van vooraf is niet in orde ({backup.problem}); er is niets geïmporteerd.",
            "package",
        )
    new_files = _store_attachments(workbench, preview, decisions, progress)
    session = EditSession(workbench.db, workbench.actor)
    try:
        unlinked, outcome = session.run(description, lambda w: _write(w, preview, decisions))
    except BaseException:
        attachments.delete_unused(workbench.db, workbench.folders.attachments, new_files)
        raise
    written: dict[str, list[PackageItem]] = {}
    for item in preview.items:
        if item.key in decisions:
            written.setdefault(decisions[item.key], []).append(item)
    return PackageImportResult(outcome, backup, written, unlinked)
