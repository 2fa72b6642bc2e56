"""What an import would do: the package checked against this database (the reference data it
names, the records it points at), and each record sorted as new, updated, in conflict,
unchanged or older than here.

A record is the unit of a decision: a partnership with its members, actions, KPI values,
money and tracks; a note with its tags, links and attachments; a knowledge session with its
participants; a follow-up; a population figure (keyed by NIS code and project year); a
support contact (only ever added). Its fingerprint is the SHA-256 of its content.

Both databases remember, per record, the fingerprint of the version a package brought them
last (their *base*); a package carries the exporter's base with each record. So:

- same content here and in the package: **unchanged**;
- the package's version is the one this database received last: here is **newer** (kept);
- this database still holds the version it received last, or the one the exporter received
  last, so only they changed it: **updated**;
- otherwise both changed it since they last had the same version: a **conflict**, which the
  user settles (keep mine, take theirs, keep both).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from pydantic import ValidationError as ShapeError
from sqlalchemy import Connection

from ... import formatting
from ...store import handover as rows
from ...store.handover import ReferenceCodesRecord
from ..editing import ValidationError
from . import collect
from .collect import PackageContent
from .format import (
    FIGURES_ENTRY,
    FOLLOW_UPS_ENTRY,
    NOTES_ENTRY,
    PARTNERSHIPS_ENTRY,
    SESSIONS_ENTRY,
    PackagedContact,
    PackagedFigure,
    PackagedFollowUp,
    PackagedNote,
    PackagedPartnership,
    PackagedSession,
    fingerprint,
    unfit_record,
)
from .reading import PackageFile, read_package, refused

if TYPE_CHECKING:
    from ..workbench import Workbench

BRUSSELS = ZoneInfo("Europe/Brussels")

KIND_LABELS = {
    "support_contact": ("vaste ondersteuner", "vaste ondersteuners"),
    "partnership": ("samenwerkingsverband", "samenwerkingsverbanden"),
    "knowledge_session": ("kennisdeling", "kennisdelingen"),
    "note": ("notitie", "notities"),
    "follow_up": ("opvolging", "opvolgingen"),
    "population_figure": ("bevolkingscijfer", "bevolkingscijfers"),
}


class ItemStatus(StrEnum):
    ADDED = "nieuw"
    UPDATED = "bijgewerkt"
    CONFLICT = "conflict"
    UNCHANGED = "ongewijzigd"
    OLDER = "hier nieuwer"


class ConflictChoice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


CHOICE_LABELS = {
    ConflictChoice.MINE: "Mijn versie houden",
    ConflictChoice.THEIRS: "Hun versie nemen",
    ConflictChoice.BOTH: "Allebei houden",
}


@dataclass(frozen=True)
class PackageItem:
    """One record of the package and what the import does with it."""

    key: str  # "<kind>:<id>", or "population_figure:<NIS>/<year>"
    kind: str
    label: str
    status: ItemStatus
    fingerprint: str
    local_fingerprint: str | None
    theirs_changed: dt.datetime | None = None
    mine_changed: dt.datetime | None = None
    local_label: str | None = None  # its name or title here, when it is here

    @property
    def shown_label(self) -> str:
        """The name or title, and what it is called here when that differs."""
        if self.local_label is None or self.local_label == self.label:
            return self.label
        return f"{self.local_label} (in het pakket: {self.label})"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind][0]

    @property
    def can_keep_both(self) -> bool:
        """A copy under a new id: not for a figure (one per government and year) nor a
        contact (never in conflict)."""
        return self.kind not in ("population_figure", "support_contact")

    def changes_line(self) -> str:
        return (
            f"hier gewijzigd {_moment(self.mine_changed)}, "
            f"in het pakket {_moment(self.theirs_changed)}"
        )


def _moment(value: dt.datetime | None) -> str:
    if value is None:
        return "(onbekend wanneer)"
    return "op " + formatting.datetime(value.astimezone(BRUSSELS))


@dataclass(frozen=True)
class PackagePreview:
    """The checked package and what importing it would do, record by record."""

    package: PackageFile
    items: tuple[PackageItem, ...]

    def having(self, status: ItemStatus) -> list[PackageItem]:
        return [i for i in self.items if i.status is status]

    @property
    def conflicts(self) -> list[PackageItem]:
        return self.having(ItemStatus.CONFLICT)

    @property
    def has_changes(self) -> bool:
        return any(
            i.status in (ItemStatus.ADDED, ItemStatus.UPDATED, ItemStatus.CONFLICT)
            for i in self.items
        )

    def source_line(self) -> str:
        m = self.package.manifest
        who = (
            f"{m.exported_by.name}" + (f" ({m.exported_by.email})" if m.exported_by.email else "")
            if m.exported_by
            else "een onbekende ondersteuner"
        )
        return (
            f"Overdrachtspakket {self.package.path.name} van {who}, gemaakt "
            f"{_moment(m.created_at)} met IGS Desktop {m.app_version}."
        )

    def lines(self) -> list[str]:
        out = [self.source_line()]
        for status, title in (
            (ItemStatus.ADDED, "Nieuw"),
            (ItemStatus.UPDATED, "Bijgewerkt"),
            (ItemStatus.UNCHANGED, "Ongewijzigd"),
            (ItemStatus.OLDER, "Hier nieuwer (blijft zoals hier)"),
        ):
            found = self.having(status)
            if found:
                out.append(f"{title}: {count_text(found)}.")
        conflicts = self.conflicts
        if conflicts:
            out.append(f"Conflicten ({len(conflicts)}): hier én in het pakket gewijzigd:")
            out.extend(f"  {i.kind_label} '{i.label}': {i.changes_line()}" for i in conflicts)
        if not self.has_changes:
            out.append("Er is niets te importeren: alles in het pakket staat hier al.")
        return out


def count_text(items: Iterable[PackageItem]) -> str:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return ", ".join(
        f"{counts[kind]} {KIND_LABELS[kind][0 if counts[kind] == 1 else 1]}"
        for kind in KIND_LABELS
        if kind in counts
    )


class _Problem(Exception):
    """Something in the package this database cannot take; ``plan_import`` names the file."""


# --- reference data and links ----------------------------------------------------------------
class _References:
    def __init__(self, refs: ReferenceCodesRecord) -> None:
        self.refs = refs

    def nis(self, code: str, where: str) -> None:
        if code not in self.refs.governments:
            raise _Problem(f"{where}: NIS-code {code} is in deze database niet bekend")

    def year(self, year: int | None, where: str) -> None:
        if year is not None and year not in self.refs.project_years:
            raise _Problem(
                f"{where}: projectjaar {year} bestaat in deze database niet (voeg het eerst "
                "toe via Projectjaren)"
            )

    def action(self, key: str | None, number: str | None, where: str) -> None:
        if key is not None and key not in self.refs.action_ids:
            raise _Problem(
                f"{where}: actie {number or '?'} ({key}) staat niet in de actiecatalogus van "
                "deze database"
            )

    def kpi(self, key: str | None, where: str) -> None:
        if key is not None and key not in self.refs.kpi_ids:
            raise _Problem(f"{where}: KPI {key} staat niet in de actiecatalogus van deze database")


def _check_reference_data(content: PackageContent, refs: ReferenceCodesRecord) -> None:
    check = _References(refs)
    for p in content.partnerships:
        where = f"{PARTNERSHIPS_ENTRY}, samenwerkingsverband '{p.name[:80]}'"
        if p.submitter_nis:
            check.nis(p.submitter_nis, where)
        check.year(p.formed_year, where)
        for m in p.memberships:
            check.nis(m.nis_code, where)
            check.year(m.joined_year, where)
            check.year(m.left_year, where)
        for a in p.actions:
            check.action(a.action_key, a.action_number, where)
            for k in a.kpi_values:
                check.kpi(k.kpi_key, where)
                check.year(k.project_year, where)
        for subsidy in p.subsidies:
            check.year(subsidy.project_year, where)
        for transfer in p.transfers:
            check.nis(transfer.to_nis, where)
            check.year(transfer.project_year, where)
        for grant in p.stimulus_grants:
            check.year(grant.project_year, where)
        for newcomers in p.new_member_actions:
            check.year(newcomers.project_year, where)
            check.action(newcomers.action_key, newcomers.action_number, where)
        for track in p.support_tracks:
            check.action(track.action_key, track.action_number, where)
    for session in content.sessions:
        for nis in session.participants:
            check.nis(nis, f"{SESSIONS_ENTRY}, kennisdeling '{session.topic[:80]}'")
    for note in content.notes:
        where = f"{NOTES_ENTRY}, notitie '{note.title[:80]}'"
        for nis in note.nis_codes:
            check.nis(nis, where)
        check.action(note.action_key, note.action_number, where)
    for f in content.figures:
        where = f"{FIGURES_ENTRY}, cijfer voor {f.nis_code}"
        check.nis(f.nis_code, where)
        check.year(f.project_year, where)


def _links(content: PackageContent) -> Iterator[tuple[str, str, str, str]]:
    """Every link between records: (table pointed at, id, where, what it is)."""
    for p in content.partnerships:
        where = f"{PARTNERSHIPS_ENTRY}, samenwerkingsverband '{p.name[:80]}'"
        if p.support_contact_id:
            yield "support_contact", p.support_contact_id, where, "vaste ondersteuner"
        for t in p.support_tracks:
            if t.support_contact_id:
                yield "support_contact", t.support_contact_id, where, "vaste ondersteuner"
    for s in content.sessions:
        if s.partnership_id:
            where = f"{SESSIONS_ENTRY}, kennisdeling '{s.topic[:80]}'"
            yield "partnership", s.partnership_id, where, "samenwerkingsverband"
    for n in content.notes:
        where = f"{NOTES_ENTRY}, notitie '{n.title[:80]}'"
        if n.partnership_id:
            yield "partnership", n.partnership_id, where, "samenwerkingsverband"
        if n.knowledge_session_id:
            yield "knowledge_session", n.knowledge_session_id, where, "kennisdeling"
    for f in content.follow_ups:
        where = f"{FOLLOW_UPS_ENTRY}, opvolging '{f.title[:80]}'"
        if f.partnership_id:
            yield "partnership", f.partnership_id, where, "samenwerkingsverband"
        if f.partnership_action_id:
            yield "partnership_action", f.partnership_action_id, where, "actie"
        if f.support_track_id:
            yield "support_track", f.support_track_id, where, "ondersteuningstraject"


def _in_package(content: PackageContent) -> dict[str, set[str]]:
    return {
        "support_contact": {c.id for c in content.contacts},
        "partnership": {p.id for p in content.partnerships},
        "knowledge_session": {s.id for s in content.sessions},
        "partnership_action": {a.id for p in content.partnerships for a in p.actions},
        "support_track": {t.id for p in content.partnerships for t in p.support_tracks},
    }


def _check_links(conn: Connection, content: PackageContent) -> None:
    """Every record a record points at is in the package or in this database."""
    inside = _in_package(content)
    links = list(_links(content))
    outside: dict[str, set[str]] = {}
    for table, target, _where, _what in links:
        if target not in inside[table]:
            outside.setdefault(table, set()).add(target)
    here = {
        table: {r["id"]: r for r in rows.rows_in(conn, table, "id", ids)}
        for table, ids in outside.items()
    }
    for table, target, where, what in links:
        if target not in inside[table] and target not in here.get(table, {}):
            raise _Problem(
                f"{where} verwijst naar {what} {target}, dat niet in het pakket en niet in deze "
                "database staat"
            )
    for f in content.follow_ups:
        for table, link in (
            ("partnership_action", f.partnership_action_id),
            ("support_track", f.support_track_id),
        ):
            found = here.get(table, {}).get(link or "")
            if found is not None and found["partnership_id"] != f.partnership_id:
                raise _Problem(
                    f"{FOLLOW_UPS_ENTRY}, opvolging '{f.title[:80]}' verwijst naar een actie of "
                    "traject van een ander samenwerkingsverband"
                )


def _check_child_ids(conn: Connection, content: PackageContent) -> None:
    """A part of a record (a membership, an attachment, ...) whose id this database already
    uses for a part of another record cannot be taken in."""
    parts: dict[str, tuple[str, dict[str, str]]] = {
        "membership": ("partnership_id", {}),
        "partnership_action": ("partnership_id", {}),
        "subsidy": ("partnership_id", {}),
        "transfer": ("partnership_id", {}),
        "stimulus_grant": ("partnership_id", {}),
        "new_member_action": ("partnership_id", {}),
        "support_track": ("partnership_id", {}),
        "kpi_value": ("partnership_action_id", {}),
        "attachment": ("note_id", {}),
    }
    for p in content.partnerships:
        for table, group in (
            ("membership", p.memberships),
            ("partnership_action", p.actions),
            ("subsidy", p.subsidies),
            ("transfer", p.transfers),
            ("stimulus_grant", p.stimulus_grants),
            ("new_member_action", p.new_member_actions),
            ("support_track", p.support_tracks),
        ):
            parts[table][1].update({child.id: p.id for child in group})
        for a in p.actions:
            parts["kpi_value"][1].update({k.id: a.id for k in a.kpi_values})
    for n in content.notes:
        parts["attachment"][1].update({a.id: n.id for a in n.attachments})
    for table, (column, owners) in parts.items():
        for found in rows.rows_in(conn, table, "id", owners):
            if found[column] != owners[found["id"]]:
                raise _Problem(
                    f"het id {found['id']} ({table}) hoort in deze database bij een ander "
                    "record dan in het pakket"
                )


# --- sorting the records ----------------------------------------------------------------------
def classify(
    theirs: str, their_base: str | None, mine: str | None, my_base: str | None
) -> ItemStatus:
    """Sort one record by its fingerprints here and in the package, and by what each side
    received last (see the module's description)."""
    if mine is None:
        return ItemStatus.ADDED
    if mine == theirs:
        return ItemStatus.UNCHANGED
    if theirs == my_base:  # they have what I received; only I changed it since
        return ItemStatus.OLDER
    if mine in (my_base, their_base):  # mine is what one of us received; only they changed it
        return ItemStatus.UPDATED
    return ItemStatus.CONFLICT


def _label(record: BaseModel | None) -> str | None:
    for field in ("name", "title", "topic"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            return value
    return None


def _item(
    key: str,
    kind: str,
    label: str,
    theirs: BaseModel,
    mine: BaseModel | None,
    bases: dict[str, str],
) -> PackageItem:
    their_fp = fingerprint(theirs)
    my_fp = fingerprint(mine) if mine is not None else None
    their_sync = getattr(theirs, "sync", None)
    my_sync = getattr(mine, "sync", None)
    return PackageItem(
        key=key,
        kind=kind,
        label=label,
        status=classify(their_fp, their_sync.base if their_sync else None, my_fp, bases.get(key)),
        fingerprint=their_fp,
        local_fingerprint=my_fp,
        theirs_changed=their_sync.changed_at if their_sync else None,
        mine_changed=my_sync.changed_at if my_sync else None,
        local_label=_label(mine),
    )


@dataclass(frozen=True)
class LocalVersions:
    """This database's versions of the package's records (absent ones left out)."""

    contacts: dict[str, PackagedContact]
    partnerships: dict[str, PackagedPartnership]
    sessions: dict[str, PackagedSession]
    notes: dict[str, PackagedNote]
    follow_ups: dict[str, PackagedFollowUp]
    figures: dict[tuple[str, int], tuple[str, PackagedFigure]]


def local_versions(
    conn: Connection, content: PackageContent, refs: ReferenceCodesRecord, bases: dict[str, str]
) -> LocalVersions:
    return LocalVersions(
        contacts=collect.contacts(conn, [c.id for c in content.contacts]),
        partnerships=collect.partnerships(conn, refs, [p.id for p in content.partnerships], bases),
        sessions=collect.sessions(
            conn,
            rows.rows_in(conn, "knowledge_session", "id", [s.id for s in content.sessions]),
            {},
            bases,
        ),
        notes=collect.notes(
            conn, refs, rows.rows_in(conn, "note", "id", [n.id for n in content.notes]), bases
        ),
        follow_ups=collect.follow_ups(
            conn, rows.rows_in(conn, "follow_up", "id", [f.id for f in content.follow_ups]), bases
        ),
        figures=collect.figures(conn, {f.nis_code for f in content.figures}, bases),
    )


def plan_import(conn: Connection, package: PackageFile) -> PackagePreview:
    """Check ``package`` against this database and sort its records (reads only)."""
    content = package.content
    refs = rows.reference_codes(conn)
    try:
        _check_reference_data(content, refs)
        _check_links(conn, content)
        _check_child_ids(conn, content)
    except _Problem as exc:
        raise refused(package.path.name, str(exc)) from None
    bases = rows.received_bases(conn)
    try:
        local = local_versions(conn, content, refs, bases)
    except ShapeError as exc:
        raise ValidationError(
            f"{unfit_record(exc)}; het pakket kan er niet mee vergeleken worden. Er is niets "
            "geïmporteerd.",
            "package",
        ) from exc
    items: list[PackageItem] = []
    for c in content.contacts:
        mine_contact = local.contacts.get(c.id)
        items.append(
            PackageItem(
                key=f"support_contact:{c.id}",
                kind="support_contact",
                label=c.name,
                status=ItemStatus.ADDED if mine_contact is None else ItemStatus.UNCHANGED,
                fingerprint=fingerprint(c),
                local_fingerprint=fingerprint(mine_contact) if mine_contact else None,
            )
        )
    for p in content.partnerships:
        items.append(
            _item(
                f"partnership:{p.id}", "partnership", p.name, p, local.partnerships.get(p.id), bases
            )
        )
    for s in content.sessions:
        label = s.topic
        mine_session = local.sessions.get(s.id)
        items.append(
            _item(f"knowledge_session:{s.id}", "knowledge_session", label, s, mine_session, bases)
        )
    for n in content.notes:
        items.append(_item(f"note:{n.id}", "note", n.title, n, local.notes.get(n.id), bases))
    for f in content.follow_ups:
        items.append(
            _item(f"follow_up:{f.id}", "follow_up", f.title, f, local.follow_ups.get(f.id), bases)
        )
    for g in content.figures:
        name = refs.governments.get(g.nis_code, g.nis_code)
        found = local.figures.get((g.nis_code, g.project_year))
        mine_figure = found[1] if found else None
        figure = formatting.number(g.non_eu14)
        if mine_figure is not None and mine_figure.non_eu14 != g.non_eu14:
            figure = f"{formatting.number(mine_figure.non_eu14)} hier, {figure} in het pakket"
        label = f"{name} ({g.nis_code}), projectjaar {g.project_year}: {figure}"
        items.append(
            _item(collect.figure_key(g), "population_figure", label, g, mine_figure, bases)
        )
    return PackagePreview(package, tuple(items))


def preview_package(workbench: Workbench, path: Path) -> PackagePreview:
    """Read and check the package at ``path`` and say what importing it would do; nothing is
    written. A PackageError (Dutch) when it is refused."""
    package = read_package(path)
    with workbench.db.engine.connect() as conn, conn.begin():
        return plan_import(conn, package)
