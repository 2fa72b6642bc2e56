"""Records of this database in the package's shapes: what an export writes, and what an
import compares the incoming records with (the same shapes, so the same fingerprints)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from ...store import handover as rows
from ...store.handover import ReferenceCodesRecord
from .format import (
    PackagedAction,
    PackagedAttachment,
    PackagedContact,
    PackagedFigure,
    PackagedFollowUp,
    PackagedKpiValue,
    PackagedMembership,
    PackagedNewMemberAction,
    PackagedNote,
    PackagedPartnership,
    PackagedSession,
    PackagedStimulus,
    PackagedSubsidy,
    PackagedSync,
    PackagedTrack,
    PackagedTransfer,
)

FigureKey = tuple[str, int]  # NIS code, project year


@dataclass(frozen=True)
class PackageContent:
    """The records of one package (or of this database, to compare with)."""

    contacts: tuple[PackagedContact, ...] = ()
    partnerships: tuple[PackagedPartnership, ...] = ()
    sessions: tuple[PackagedSession, ...] = ()
    notes: tuple[PackagedNote, ...] = ()
    follow_ups: tuple[PackagedFollowUp, ...] = ()
    figures: tuple[PackagedFigure, ...] = ()
    omitted_links: int = 0  # links of notes to sessions outside the chosen partnerships

    @property
    def attachment_hashes(self) -> set[str]:
        return {a.sha256 for n in self.notes for a in n.attachments}

    def counts(self) -> dict[str, int]:
        return {
            "samenwerkingsverbanden": len(self.partnerships),
            "notities": len(self.notes),
            "kennisdelingen": len(self.sessions),
            "opvolgingen": len(self.follow_ups),
            "bevolkingscijfers": len(self.figures),
            "vaste ondersteuners": len(self.contacts),
            "bijlagen": len(self.attachment_hashes),
        }


@dataclass
class _Children:
    by_parent: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))

    def of(self, parent: str) -> list[dict]:
        return sorted(self.by_parent.get(parent, []), key=lambda r: str(r.get("id", r)))


def _group(found: Iterable[dict], column: str) -> _Children:
    children = _Children()
    for row in found:
        children.by_parent[row[column]].append(row)
    return children


def _latest(*moments: dt.datetime | None) -> dt.datetime | None:
    present = [m if m.tzinfo else m.replace(tzinfo=dt.UTC) for m in moments if m is not None]
    return max(present) if present else None


def _sync(key: str, bases: dict[str, str], *moments: dt.datetime | None) -> PackagedSync:
    return PackagedSync(changed_at=_latest(*moments), base=bases.get(key))


# --- partnerships -----------------------------------------------------------------------------
def partnerships(
    conn: Connection, refs: ReferenceCodesRecord, ids: Sequence[str], bases: dict[str, str]
) -> dict[str, PackagedPartnership]:
    found = rows.rows_in(conn, "partnership", "id", ids)
    pids = [r["id"] for r in found]
    members = _group(rows.rows_in(conn, "membership", "partnership_id", pids), "partnership_id")
    action_rows = rows.rows_in(conn, "partnership_action", "partnership_id", pids)
    actions = _group(action_rows, "partnership_id")
    kpis = _group(
        rows.rows_in(conn, "kpi_value", "partnership_action_id", [a["id"] for a in action_rows]),
        "partnership_action_id",
    )
    money = {
        name: _group(rows.rows_in(conn, name, "partnership_id", pids), "partnership_id")
        for name in ("subsidy", "transfer", "stimulus_grant", "new_member_action", "support_track")
    }
    changed = rows.last_partnership_changes(conn, pids)

    def action_of(action_id: str) -> tuple[str, str]:
        return refs.action_keys[action_id]

    out: dict[str, PackagedPartnership] = {}
    for p in found:
        pid = p["id"]
        out[pid] = PackagedPartnership(
            id=pid,
            name=p["name"],
            submitter_nis=p["submitter_nis"],
            formed_year=p["formed_year"],
            kpi=p["kpi"],
            status=p["status"],
            notes=p["notes"],
            support_contact_id=p["support_contact_id"],
            is_demo=bool(p["is_demo"]),
            created_at=p["created_at"],
            updated_at=p["updated_at"],
            memberships=[
                PackagedMembership(
                    id=m["id"],
                    nis_code=m["nis_code"],
                    joined_year=m["joined_year"],
                    joined_on=m["joined_on"],
                    left_year=m["left_year"],
                    left_on=m["left_on"],
                    transfer_arrangement=m["transfer_arrangement"],
                )
                for m in members.of(pid)
            ],
            actions=[
                PackagedAction(
                    id=a["id"],
                    action_key=action_of(a["action_id"])[0],
                    action_number=action_of(a["action_id"])[1],
                    subsidy_cents=a["subsidy_cents"],
                    notes=a["notes"],
                    kpi_values=[
                        PackagedKpiValue(
                            id=k["id"],
                            kpi_key=refs.kpi_keys.get(k["kpi_id"]) if k["kpi_id"] else None,
                            project_year=k["project_year"],
                            target=k["target"],
                            interim_actual=k["interim_actual"],
                            final_actual=k["final_actual"],
                        )
                        for k in kpis.of(a["id"])
                    ],
                )
                for a in actions.of(pid)
            ],
            subsidies=[
                PackagedSubsidy(
                    id=s["id"],
                    project_year=s["project_year"],
                    amount_cents=s["amount_cents"],
                    decided_on=s["decided_on"],
                    description=s["description"],
                )
                for s in money["subsidy"].of(pid)
            ],
            transfers=[
                PackagedTransfer(
                    id=t["id"],
                    to_nis=t["to_nis"],
                    project_year=t["project_year"],
                    amount_cents=t["amount_cents"],
                    paid_on=t["paid_on"],
                    description=t["description"],
                )
                for t in money["transfer"].of(pid)
            ],
            stimulus_grants=[
                PackagedStimulus(
                    id=g["id"],
                    project_year=g["project_year"],
                    amount_cents=g["amount_cents"],
                    granted_on=g["granted_on"],
                    notes=g["notes"],
                )
                for g in money["stimulus_grant"].of(pid)
            ],
            new_member_actions=[
                PackagedNewMemberAction(
                    id=n["id"],
                    project_year=n["project_year"],
                    action_key=action_of(n["action_id"])[0],
                    action_number=action_of(n["action_id"])[1],
                )
                for n in money["new_member_action"].of(pid)
            ],
            support_tracks=[
                PackagedTrack(
                    id=t["id"],
                    action_key=action_of(t["action_id"])[0],
                    action_number=action_of(t["action_id"])[1],
                    theme=t["theme"],
                    phase=t["phase"],
                    status=t["status"],
                    next_step=t["next_step"],
                    due_date=t["due_date"],
                    support_contact_id=t["support_contact_id"],
                    created_at=t["created_at"],
                )
                for t in money["support_track"].of(pid)
            ],
            sync=_sync(f"partnership:{pid}", bases, changed.get(pid), p["updated_at"]),
        )
    return out


# --- notes, sessions, follow-ups ----------------------------------------------------------------
def notes(
    conn: Connection,
    refs: ReferenceCodesRecord,
    found: Sequence[dict],
    bases: dict[str, str],
    sessions_kept: set[str] | None = None,
) -> dict[str, PackagedNote]:
    """``found`` are note rows; with ``sessions_kept``, a link to another session is left out."""
    ids = [n["id"] for n in found]
    tags = _group(rows.rows_in(conn, "note_tag", "note_id", ids), "note_id")
    governments = _group(rows.rows_in(conn, "note_government", "note_id", ids), "note_id")
    files = _group(rows.rows_in(conn, "attachment", "note_id", ids), "note_id")
    logged = [
        *ids,
        *(f"{t['note_id']}/{t['tag']}" for group in tags.by_parent.values() for t in group),
        *(
            f"{g['note_id']}/{g['nis_code']}"
            for group in governments.by_parent.values()
            for g in group
        ),
        *(a["id"] for group in files.by_parent.values() for a in group),
    ]
    changed = rows.last_changes(conn, logged)
    out: dict[str, PackagedNote] = {}
    for n in found:
        nid = n["id"]
        attachments = files.of(nid)
        note_tags = sorted(t["tag"] for t in tags.of(nid))
        nis_codes = sorted(g["nis_code"] for g in governments.of(nid))
        action = refs.action_keys.get(n["action_id"]) if n["action_id"] else None
        session = n["knowledge_session_id"]
        if sessions_kept is not None and session not in sessions_kept:
            session = None
        moments = [
            changed.get(nid),
            n["updated_at"],
            *(changed.get(f"{nid}/{t}") for t in note_tags),
            *(changed.get(f"{nid}/{g}") for g in nis_codes),
            *(changed.get(a["id"]) for a in attachments),
        ]
        out[nid] = PackagedNote(
            id=nid,
            kind=n["kind"],
            noted_on=n["noted_on"],
            title=n["title"],
            body=n["body"],
            partnership_id=n["partnership_id"],
            action_key=action[0] if action else None,
            action_number=action[1] if action else None,
            knowledge_session_id=session,
            include_in_reports=bool(n["include_in_reports"]),
            personal_data=bool(n["personal_data"]),
            erased_at=n["erased_at"],
            created_at=n["created_at"],
            updated_at=n["updated_at"],
            tags=note_tags,
            nis_codes=nis_codes,
            attachments=[
                PackagedAttachment(
                    id=a["id"],
                    file_name=a["file_name"],
                    sha256=a["sha256"],
                    size=a["size"],
                    added_at=a["added_at"],
                )
                for a in attachments
            ],
            sync=_sync(f"note:{nid}", bases, *moments),
        )
    return out


def sessions(
    conn: Connection, found: Sequence[dict], note_ids: dict[str, list[str]], bases: dict[str, str]
) -> dict[str, PackagedSession]:
    """``found`` are session rows; ``note_ids`` the notes that link to each."""
    ids = [s["id"] for s in found]
    people = _group(
        rows.rows_in(conn, "knowledge_session_participant", "session_id", ids), "session_id"
    )
    participants = {sid: sorted(p["nis_code"] for p in people.of(sid)) for sid in ids}
    logged = [*ids, *(f"{sid}/{nis}" for sid, codes in participants.items() for nis in codes)]
    changed = rows.last_changes(conn, logged)
    out: dict[str, PackagedSession] = {}
    for s in found:
        sid = s["id"]
        moments = [
            changed.get(sid),
            s["created_at"],
            *(changed.get(f"{sid}/{n}") for n in participants[sid]),
        ]
        out[sid] = PackagedSession(
            id=sid,
            partnership_id=s["partnership_id"],
            held_on=s["held_on"],
            topic=s["topic"],
            shared=s["shared"],
            agreements=s["agreements"],
            created_at=s["created_at"],
            participants=participants[sid],
            note_ids=sorted(note_ids.get(sid, [])),
            sync=_sync(f"knowledge_session:{sid}", bases, *moments),
        )
    return out


def follow_ups(
    conn: Connection, found: Sequence[dict], bases: dict[str, str]
) -> dict[str, PackagedFollowUp]:
    changed = rows.last_changes(conn, [f["id"] for f in found])
    return {
        f["id"]: PackagedFollowUp(
            id=f["id"],
            title=f["title"],
            due_date=f["due_date"],
            status=f["status"],
            partnership_id=f["partnership_id"],
            partnership_action_id=f["partnership_action_id"],
            support_track_id=f["support_track_id"],
            done_at=f["done_at"],
            created_at=f["created_at"],
            sync=_sync(
                f"follow_up:{f['id']}", bases, changed.get(f["id"]), f["created_at"], f["done_at"]
            ),
        )
        for f in found
    }


def figure_key(figure: PackagedFigure) -> str:
    return f"population_figure:{figure.nis_code}/{figure.project_year}"


def figures(
    conn: Connection, nis_codes: Iterable[str], bases: dict[str, str]
) -> dict[FigureKey, tuple[str, PackagedFigure]]:
    """Every figure of ``nis_codes``, by (NIS code, year): its local id and its shape."""
    found = rows.rows_in(conn, "population_figure", "nis_code", nis_codes)
    changed = rows.last_changes(conn, [f["id"] for f in found])
    out: dict[FigureKey, tuple[str, PackagedFigure]] = {}
    for f in found:
        key = f"population_figure:{f['nis_code']}/{f['project_year']}"
        out[(f["nis_code"], f["project_year"])] = (
            f["id"],
            PackagedFigure(
                nis_code=f["nis_code"],
                project_year=f["project_year"],
                non_eu14=f["non_eu14"],
                source=f["source"],
                fictitious=bool(f["fictitious"]),
                recorded_at=f["recorded_at"],
                sync=_sync(key, bases, changed.get(f["id"]), f["recorded_at"]),
            ),
        )
    return out


def contacts(conn: Connection, ids: Iterable[str]) -> dict[str, PackagedContact]:
    return {
        c["id"]: PackagedContact(id=c["id"], name=c["name"], email=c["email"])
        for c in rows.rows_in(conn, "support_contact", "id", ids)
    }


# --- a whole portfolio ------------------------------------------------------------------------
def portfolio(
    conn: Connection, partnership_ids: Sequence[str] | None, exporter_id: str | None
) -> PackageContent:
    """The records of the chosen partnerships (``None``: all of them, with every note,
    knowledge session and follow-up), with what they point at."""
    refs = rows.reference_codes(conn)
    bases = rows.received_bases(conn)
    if partnership_ids is None:
        pids = [r["id"] for r in rows.partnership_choices(conn)]
        note_rows = rows.all_rows(conn, "note")
        session_rows = rows.all_rows(conn, "knowledge_session")
        follow_up_rows = rows.all_rows(conn, "follow_up")
    else:
        pids = list(dict.fromkeys(partnership_ids))
        members = rows.rows_in(conn, "membership", "partnership_id", pids)
        by_id = {n["id"]: n for n in rows.rows_in(conn, "note", "partnership_id", pids)}
        for loose in rows.loose_notes_of(conn, {m["nis_code"] for m in members}):
            by_id.setdefault(loose["id"], loose)
        session_by_id = {
            s["id"]: s for s in rows.rows_in(conn, "knowledge_session", "partnership_id", pids)
        }
        linked = {n["knowledge_session_id"] for n in by_id.values()} - {None} - set(session_by_id)
        for s in rows.rows_in(conn, "knowledge_session", "id", linked):
            if s["partnership_id"] is None:
                session_by_id[s["id"]] = s
        note_rows = list(by_id.values())
        session_rows = list(session_by_id.values())
        follow_up_rows = rows.rows_in(conn, "follow_up", "partnership_id", pids)
    kept_sessions = {s["id"] for s in session_rows}
    packaged_partnerships = partnerships(conn, refs, pids, bases)
    packaged_notes = notes(conn, refs, note_rows, bases, kept_sessions)
    omitted = sum(
        1
        for n in note_rows
        if n["knowledge_session_id"] and n["knowledge_session_id"] not in kept_sessions
    )
    linked_notes: dict[str, list[str]] = defaultdict(list)
    for note in packaged_notes.values():
        if note.knowledge_session_id:
            linked_notes[note.knowledge_session_id].append(note.id)
    member_codes = {m.nis_code for p in packaged_partnerships.values() for m in p.memberships}
    contact_ids = {
        *(p.support_contact_id for p in packaged_partnerships.values()),
        *(t.support_contact_id for p in packaged_partnerships.values() for t in p.support_tracks),
        exporter_id,
    } - {None}
    return PackageContent(
        contacts=tuple(contacts(conn, [c for c in contact_ids if c]).values()),
        partnerships=tuple(sorted(packaged_partnerships.values(), key=lambda p: p.name)),
        sessions=tuple(sessions(conn, session_rows, linked_notes, bases).values()),
        notes=tuple(packaged_notes.values()),
        follow_ups=tuple(follow_ups(conn, follow_up_rows, bases).values()),
        figures=tuple(
            shape for _key, (_id, shape) in sorted(figures(conn, member_codes, bases).items())
        ),
        omitted_links=omitted,
    )
