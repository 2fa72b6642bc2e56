"""Privacy by design: export what the app holds about a government or a term; erase what is
personal in notes marked as such, keeping that the notes existed.

Both answer with a summary in Dutch. The export is a JSON file written whole or not at all.
The erasure cannot be undone, on purpose; copies made earlier (backups, export packages) are
outside its reach, and its summary says so.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from .. import __version__
from ..store import attachments, details, lookups, notes, search
from ..store.database import Database
from ..store.notes import KnowledgeSessionRecord, NoteRecord
from .editing import ValidationError
from .safe_output import checked_output

EXPORT_FORMAT = "igs-desktop/privacy-export"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    subject: str
    counts: dict[str, int]

    def lines(self) -> list[str]:
        parts = ", ".join(f"{n} {label}" for label, n in self.counts.items())
        return [f"Alles over {self.subject} geëxporteerd naar {self.path}: {parts}."]


@dataclass(frozen=True)
class EraseSummary:
    notes: int
    attachments: int
    files_deleted: int
    files_left: tuple[str, ...] = ()  # attachment files that could not be removed, and why

    def lines(self) -> list[str]:
        if not self.notes:
            return ["Er zijn geen notities met persoonsgegevens (meer) te wissen."]
        return [
            f"Persoonsgegevens gewist in {self.notes} notitie(s): titel vervangen door "
            f"'{notes.ERASED_TITLE}', tekst, tags en {self.attachments} bijlage(n) verwijderd "
            f"({self.files_deleted} bestand(en) van de schijf). De notities zelf blijven bestaan.",
            "Eerdere kopieën van de database (map backups) en exportpakketten bevatten de "
            "gegevens nog; verwijder die apart indien nodig.",
            *(
                [
                    f"LET OP: {len(self.files_left)} bijlagebestand(en) konden niet van de "
                    "schijf verwijderd worden; verwijder ze met de hand:",
                    *(f"  {left}" for left in self.files_left),
                ]
                if self.files_left
                else []
            ),
        ]


def _mentions(term: str, *texts: str) -> bool:
    """Every word of ``term`` occurs in ``texts``, accents and case aside."""
    words = search.fold(term).split()
    haystack = search.fold(" ".join(texts))
    return bool(words) and all(word in haystack for word in words)


def _note_json(n: NoteRecord, reason: str) -> dict[str, Any]:
    return {
        "id": n.id,
        "reason": reason,
        "kind": n.kind,
        "noted_on": n.noted_on,
        "title": n.title,
        "body": n.body,
        "tags": list(n.tags),
        "partnership": {"id": n.partnership_id, "name": n.partnership_name}
        if n.partnership_id
        else None,
        "governments": [{"nis_code": g.nis_code, "name": g.name} for g in n.governments],
        "action": n.action_label or None,
        "knowledge_session_id": n.knowledge_session_id,
        "include_in_reports": n.include_in_reports,
        "personal_data": n.personal_data,
        "erased_at": n.erased_at,
        "attachments": [
            {"file_name": a.file_name, "size": a.size, "sha256": a.sha256, "added_at": a.added_at}
            for a in n.attachments
        ],
        "created_at": n.created_at,
        "updated_at": n.updated_at,
    }


def _session_json(k: KnowledgeSessionRecord) -> dict[str, Any]:
    return {
        "id": k.id,
        "held_on": k.held_on,
        "topic": k.topic,
        "partnership": k.partnership_name or None,
        "participants": [{"nis_code": g.nis_code, "name": g.name} for g in k.participants],
        "shared": k.shared,
        "agreements": k.agreements,
        "note_ids": list(k.note_ids),
    }


def _json_default(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"not serialisable: {type(value).__name__}")


def _write_atomically(path: Path, data: dict[str, Any]) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"De map {folder} bestaat niet.", "out")
    handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2, default=_json_default)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _about_government(db: Database, nis_code: str) -> tuple[str, dict[str, Any]]:
    with db.engine.connect() as conn:
        government = lookups.row(conn, "government", nis_code=nis_code)
    if government is None:
        raise ValidationError(f"Er is geen lokaal bestuur met NIS-code {nis_code}.", "government")
    name = government["name"]
    linked = notes.notes_of_government(db, nis_code)
    linked_ids = {n.id for n in linked}
    mentioned_ids = [
        h.note_id for h in search.search_notes(db, name, limit=None) if h.note_id not in linked_ids
    ]
    mentioned = notes.notes_by_id(db, mentioned_ids)
    data = {
        "government": {
            "nis_code": nis_code,
            "name": name,
            "province": government["province"],
            "region_code": government["region_code"],
        },
        "notes": [_note_json(n, "gekoppeld") for n in linked]
        + [_note_json(mentioned[i], "vermeld") for i in mentioned_ids if i in mentioned],
        "memberships": notes.memberships_of_government(db, nis_code),
        "figures": [
            {"project_year": f.year, "non_eu14": f.non_eu14, "source": f.source}
            for f in details.figures_of(db, [nis_code])
        ],
        "knowledge_sessions": [
            _session_json(k) for k in notes.knowledge_sessions(db, nis_code=nis_code)
        ],
        "follow_ups": [],
    }
    return f"{name} ({nis_code})", data


def _about_term(db: Database, term: str) -> tuple[str, dict[str, Any]]:
    if not term.strip():
        raise ValidationError("Geef een zoekterm.", "term")
    found = search.matching_note_ids(db, term)
    by_id = notes.notes_by_id(db, found)
    sessions = [
        k
        for k in notes.knowledge_sessions(db)
        if _mentions(term, k.topic, k.shared, k.agreements, *(g.name for g in k.participants))
    ]
    data = {
        "term": term,
        "notes": [_note_json(by_id[i], "gevonden") for i in found if i in by_id],
        "memberships": [],
        "figures": [],
        "knowledge_sessions": [_session_json(k) for k in sessions],
        "follow_ups": [
            {
                "id": f.id,
                "title": f.title,
                "due_date": f.due_date,
                "status": f.status,
                "partnership": f.partnership_name or None,
            }
            for f in notes.follow_ups(db)
            if _mentions(term, f.title)
        ],
    }
    return f"'{term}'", data


def export_subject(
    db: Database,
    out: Path,
    nis_code: str | None = None,
    term: str | None = None,
    *,
    overwrite: bool = False,
    protected_dirs: Iterable[Path] = (),
) -> ExportSummary:
    """Write everything the app holds about one government (``nis_code``) or a search term
    (``term``) to ``out`` as JSON: notes with their tags, links and attachment list,
    memberships, figures, knowledge sessions and follow-ups."""
    nis_code, term = (nis_code or "").strip() or None, term if term and term.strip() else None
    if (nis_code is None) == (term is None):
        raise ValidationError("Kies één lokaal bestuur of één zoekterm.")
    out = checked_output(out, db.path, protected_dirs, overwrite)
    subject, data = _about_government(db, nis_code) if nis_code else _about_term(db, str(term))
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": __version__,
        "exported_at": dt.datetime.now(dt.UTC),
        "subject": subject,
        **data,
    }
    _write_atomically(out, document)
    counts = {
        "notitie(s)": len(data["notes"]),
        "bijlage(n)": sum(len(n["attachments"]) for n in data["notes"]),
        "lidmaatschap(pen)": len(data["memberships"]),
        "cijfer(s)": len(data["figures"]),
        "kennisdeling(en)": len(data["knowledge_sessions"]),
        "opvolging(en)": len(data["follow_ups"]),
    }
    return ExportSummary(out, subject, counts)


def personal_note_count(db: Database) -> int:
    """How many notes hold personal data that was not erased yet."""
    return len(notes.personal_note_ids(db))


def erase_personal_data(
    db: Database, attachment_dir: Path, actor: str, nis_code: str | None = None
) -> EraseSummary:
    """Erase the personal content of every note marked ``personal_data`` (or those linked to
    one government): see ``store.notes.erase_notes``. Attachment files go from the disk when
    no other note uses them."""
    if nis_code:
        with db.engine.connect() as conn:
            if not lookups.exists(conn, "government", nis_code=nis_code):
                raise ValidationError(
                    f"Er is geen lokaal bestuur met NIS-code {nis_code}.", "government"
                )
    try:
        erased = notes.erase_notes(db, notes.personal_note_ids(db, nis_code), actor)
    except OperationalError as exc:
        raise ValidationError(
            f"De database is bezet door een ander programma ({exc.orig}); er is niets gewist. "
            "Probeer het zo meteen opnieuw."
        ) from exc
    cleanup = attachments.delete_unused(db, attachment_dir, erased.hashes)
    return EraseSummary(erased.notes, erased.attachments, len(cleanup.deleted), cleanup.skipped)
