"""Notes, attachments, knowledge sessions, follow-ups and drafts: the support contact's record.

Each write is one user action: validated, one transaction through the change log, returned as
an ``Outcome`` the UI can undo. The search index follows by itself (SQLite triggers), also on
undo. Drafts are the exception: autosave writes them outside the change log.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ..domain.work import FollowUpStatus
from ..store import attachments, lookups, notes, search
from ..store import drafts as draft_store
from ..store.attachments import AttachmentError, StoredFile
from ..store.database import Database
from ..store.drafts import DraftRecord
from ..store.notes import (
    UNTAGGED,
    AttachmentRecord,
    FollowUpRecord,
    KnowledgeSessionRecord,
    NoteRecord,
    TagGroup,
)
from ..store.search import MARK_END, MARK_START, NoteHit
from .editing import EditSession, Outcome, ValidationError, Writer
from .team_portfolio import default_contact_id

# The records the window and the command line show (see services.workbench on names).
__all__ = [
    "MARK_END",
    "MARK_START",
    "UNTAGGED",
    "AttachmentError",
    "AttachmentRecord",
    "DraftError",
    "DraftRecord",
    "FollowUpRecord",
    "KnowledgeSessionRecord",
    "NoteHit",
    "NoteRecord",
    "NotesService",
    "StoredFile",
    "TagGroup",
]

NOTE_KINDS = (
    "veldonderzoek",
    "data-onderzoek",
    "overleg",
    "telefoongesprek",
    "kennisdeling",
    "andere",
)
FOLLOW_UP_STATUSES = tuple(FollowUpStatus)
TITLE_LENGTH = 300

NOTE_FIELDS = {
    "kind",
    "noted_on",
    "title",
    "body",
    "partnership_id",
    "action_id",
    "knowledge_session_id",
    "include_in_reports",
    "personal_data",
    "shared_with_team",
}
SESSION_FIELDS = {"held_on", "topic", "shared", "agreements", "partnership_id"}
FOLLOW_UP_FIELDS = {
    "title",
    "due_date",
    "partnership_id",
    "partnership_action_id",
    "support_track_id",
}


def _text(value: str) -> str:
    """One Unicode form for everything typed (NFC), so search and comparisons agree."""
    return unicodedata.normalize("NFC", value or "")


def _title(value: str, what: str = "De notitie") -> str:
    title = " ".join(_text(value).split())
    if not title:
        raise ValidationError(f"{what} heeft een titel nodig.", "title")
    if len(title) > TITLE_LENGTH:
        raise ValidationError(f"Een titel telt hoogstens {TITLE_LENGTH} tekens.", "title")
    return title


def _date(value: object, field: str) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("Geef een geldige datum.", field)
    return value


def _only(values: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"Unknown fields: {sorted(unknown)}")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# Every field that points at another row (a foreign key): "" from a cleared picker is None.
LINK_FIELDS: frozenset[str] = frozenset(
    {
        "partnership_id",
        "action_id",
        "knowledge_session_id",
        "partnership_action_id",
        "support_track_id",
    }
)


def _links_or_none(values: dict[str, Any]) -> dict[str, Any]:
    """An empty link ("" from a cleared picker) is no link."""
    return {k: (v or None) if k in LINK_FIELDS else v for k, v in values.items()}


def _exists(w: Writer, table: str, message: str, field: str, **key: object) -> None:
    if not lookups.exists(w.conn, table, **key):
        raise ValidationError(message, field)


# A link checked by _check_links: the table it points to, and the message when the row is gone.
LINK_TARGETS: dict[str, tuple[str, str]] = {
    "partnership_id": ("partnership", "Dit samenwerkingsverband bestaat niet (meer)."),
    "action_id": ("catalogue_action", "Deze actie staat niet in de catalogus."),
    "knowledge_session_id": ("knowledge_session", "Deze kennisdeling bestaat niet (meer)."),
}


def _check_links(w: Writer, values: dict[str, Any], *fields: str) -> None:
    """Every given link that is set must point at an existing row."""
    for field in fields:
        if values.get(field):
            table, message = LINK_TARGETS[field]
            _exists(w, table, message, field, id=values[field])


def _check_governments(w: Writer, nis_codes: Iterable[str]) -> None:
    for nis in nis_codes:
        _exists(
            w,
            "government",
            f"Er is geen lokaal bestuur met NIS-code {nis}.",
            "nis_codes",
            nis_code=nis,
        )


class DraftError(Exception):
    """The database did not take a draft (busy, read-only); nothing the user typed is lost."""


class NotesService(EditSession):
    """Writes and reads of notes and what goes with them, on behalf of one user."""

    def __init__(self, db: Database, actor: str, attachment_dir: Path | None = None) -> None:
        super().__init__(db, actor)
        self.attachment_dir = attachment_dir

    # --- notes --------------------------------------------------------------------------
    def _note_values(self, w: Writer, values: dict[str, Any]) -> dict[str, Any]:
        """Checked and normalised values of a note's own fields."""
        out = _links_or_none(values)
        if "kind" in out and out["kind"] not in NOTE_KINDS:
            raise ValidationError(
                f"Onbekende soort notitie '{out['kind']}'; kies uit {', '.join(NOTE_KINDS)}.",
                "kind",
            )
        if "noted_on" in out:
            out["noted_on"] = _date(out["noted_on"], "noted_on")
        if "title" in out:
            out["title"] = _title(out["title"])
        if "body" in out:
            out["body"] = _text(out["body"])
        for flag in ("include_in_reports", "personal_data", "shared_with_team"):
            if flag in out:
                out[flag] = bool(out[flag])
        _check_links(w, out, "partnership_id", "action_id", "knowledge_session_id")
        return out

    def _set_tags(self, w: Writer, note_id: str, tags: Iterable[str] | str) -> None:
        wanted = notes.parse_tags(tags)
        current = {r["tag"] for r in lookups.rows(w.conn, "note_tag", note_id=note_id)}
        for tag in sorted(current - set(wanted)):
            w.delete("note_tag", {"note_id": note_id, "tag": tag})
        for tag in wanted:
            if tag not in current:
                w.create("note_tag", {"note_id": note_id, "tag": tag})

    def _set_governments(self, w: Writer, note_id: str, nis_codes: Iterable[str]) -> None:
        wanted = _unique(nis_codes)
        _check_governments(w, wanted)
        current = {r["nis_code"] for r in lookups.rows(w.conn, "note_government", note_id=note_id)}
        for nis in sorted(current - set(wanted)):
            w.delete("note_government", {"note_id": note_id, "nis_code": nis})
        for nis in wanted:
            if nis not in current:
                w.create("note_government", {"note_id": note_id, "nis_code": nis})

    def create_note(
        self,
        title: str,
        noted_on: dt.date,
        kind: str = "veldonderzoek",
        body: str = "",
        tags: Iterable[str] | str = (),
        partnership_id: str | None = None,
        nis_codes: Iterable[str] = (),
        action_id: str | None = None,
        knowledge_session_id: str | None = None,
        include_in_reports: bool = False,
        personal_data: bool = False,
        draft_id: str | None = None,
        shared_with_team: bool = False,
    ) -> Outcome:
        """A new note, the user's (``owner_contact_id``); the draft it was typed in
        (``draft_id``) goes in the same transaction. ``shared_with_team``: a note with personal
        data goes to the team database too (without personal data every note does)."""
        fields = {
            "title": title,
            "noted_on": noted_on,
            "kind": kind,
            "body": body,
            "partnership_id": partnership_id or None,
            "action_id": action_id or None,
            "knowledge_session_id": knowledge_session_id or None,
            "include_in_reports": include_in_reports,
            "personal_data": personal_data,
            "shared_with_team": shared_with_team and personal_data,
        }
        nis_list = list(nis_codes)

        def work(w: Writer) -> str:
            values = self._note_values(w, fields)
            values["owner_contact_id"] = default_contact_id(w.conn)
            note_id = w.create("note", values)["id"]
            self._set_tags(w, note_id, tags)
            self._set_governments(w, note_id, nis_list)
            draft_store.delete_drafts_in(w.conn, draft_id, None)
            return note_id

        return self.run("Notitie toegevoegd", work)[1]

    def update_note(
        self,
        note_id: str,
        *,
        tags: Iterable[str] | str | None = None,
        nis_codes: Iterable[str] | None = None,
        draft_id: str | None = None,
        **values: Any,
    ) -> Outcome:
        """Change fields, and replace the tags or linked governments when given."""
        _only(values, NOTE_FIELDS)
        nis_list = None if nis_codes is None else list(nis_codes)

        def work(w: Writer) -> None:
            current = lookups.row(w.conn, "note", id=note_id)
            if current is None:
                raise ValidationError("Deze notitie bestaat niet (meer).")
            if values:
                checked = self._note_values(w, values)
                if not checked.get("personal_data", current["personal_data"]):
                    checked["shared_with_team"] = False  # shared means: personal data shared
                w.update("note", {"id": note_id}, checked)
            if tags is not None:
                self._set_tags(w, note_id, tags)
            if nis_list is not None:
                self._set_governments(w, note_id, nis_list)
            draft_store.delete_drafts_in(w.conn, draft_id, note_id)

        return self.run("Notitie bewerkt", work)[1]

    def delete_note(self, note_id: str) -> Outcome:
        """Delete a note with its tags, links and attachment rows; undo brings all back
        (the files stay until ``attachments.prune`` at a later start)."""

        def work(w: Writer) -> None:
            _exists(w, "note", "Deze notitie bestaat niet (meer).", "", id=note_id)
            w.delete("note", {"id": note_id})

        return self.run("Notitie verwijderd", work)[1]

    # --- attachments --------------------------------------------------------------------
    def _attachment_dir(self) -> Path:
        if self.attachment_dir is None:
            raise ValueError("NotesService needs attachment_dir for attachments")
        return self.attachment_dir

    def add_attachment(self, note_id: str, source: Path, file_name: str | None = None) -> Outcome:
        """Copy a file into the data folder (once per content) and attach it to a note."""
        self._require_note(note_id)
        return self.attach_stored(note_id, self.copy_attachment_file(source, file_name))

    def copy_attachment_file(self, source: Path, file_name: str | None = None) -> StoredFile:
        """The slow half of attaching (hash, copy, flush to disk): no database, so the UI can
        run it in a worker thread."""
        if not source.is_file():
            raise ValidationError(f"{source.name or source} is geen bestand.", "file")
        return attachments.store_file(self._attachment_dir(), source, file_name)

    def attach_stored(self, note_id: str, stored: StoredFile) -> Outcome:
        """The quick half: record a copied file as an attachment of the note."""

        def work(w: Writer) -> str:
            if not lookups.exists(w.conn, "note", id=note_id):
                raise ValidationError("Deze notitie bestaat niet (meer).")
            return w.create(
                "attachment",
                {
                    "note_id": note_id,
                    "file_name": stored.file_name,
                    "sha256": stored.sha256,
                    "size": stored.size,
                },
            )["id"]

        return self.run(f"Bijlage '{stored.file_name}' toegevoegd", work)[1]

    def _require_note(self, note_id: str) -> None:
        with self.db.engine.connect() as conn:
            if not lookups.exists(conn, "note", id=note_id):
                raise ValidationError("Deze notitie bestaat niet (meer).")

    def remove_attachment(self, attachment_id: str) -> Outcome:
        """Detach a file; the stored file stays for undo until ``attachments.prune``."""

        def work(w: Writer) -> None:
            _exists(w, "attachment", "Deze bijlage bestaat niet (meer).", "", id=attachment_id)
            w.delete("attachment", {"id": attachment_id})

        return self.run("Bijlage verwijderd", work)[1]

    def attachment_file(self, attachment_id: str) -> Path:
        """The stored file of an attachment, resolved strictly inside the attachment folder."""
        with self.db.engine.connect() as conn:
            row = lookups.row(conn, "attachment", id=attachment_id)
        if row is None:
            raise ValidationError("Deze bijlage bestaat niet (meer).")
        return attachments.stored_path(self._attachment_dir(), row["sha256"])

    # --- knowledge sessions -------------------------------------------------------------
    def _session_values(self, w: Writer, values: dict[str, Any]) -> dict[str, Any]:
        out = _links_or_none(values)
        if "held_on" in out:
            out["held_on"] = _date(out["held_on"], "held_on")
        if "topic" in out:
            out["topic"] = _title(out["topic"], "Een kennisdeling")
        for field in ("shared", "agreements"):
            if field in out:
                out[field] = _text(out[field])
        _check_links(w, out, "partnership_id")
        return out

    def _set_participants(self, w: Writer, session_id: str, nis_codes: Iterable[str]) -> None:
        wanted = _unique(nis_codes)
        _check_governments(w, wanted)
        table = "knowledge_session_participant"
        current = {r["nis_code"] for r in lookups.rows(w.conn, table, session_id=session_id)}
        for nis in sorted(current - set(wanted)):
            w.delete(table, {"session_id": session_id, "nis_code": nis})
        for nis in wanted:
            if nis not in current:
                w.create(table, {"session_id": session_id, "nis_code": nis})

    def _link_notes(self, w: Writer, session_id: str, note_ids: Iterable[str]) -> None:
        wanted = set(_unique(note_ids))
        current = {r["id"] for r in lookups.rows(w.conn, "note", knowledge_session_id=session_id)}
        for note_id in sorted(current - wanted):
            w.update("note", {"id": note_id}, {"knowledge_session_id": None})
        for note_id in sorted(wanted - current):
            _exists(
                w, "note", "Een gekoppelde notitie bestaat niet (meer).", "note_ids", id=note_id
            )
            w.update("note", {"id": note_id}, {"knowledge_session_id": session_id})

    def create_session(
        self,
        held_on: dt.date,
        topic: str,
        nis_codes: Iterable[str] = (),
        shared: str = "",
        agreements: str = "",
        partnership_id: str | None = None,
        note_ids: Iterable[str] = (),
    ) -> Outcome:
        """A knowledge session (bovenlokale kennisdeling) with its participants and notes."""
        fields = {
            "held_on": held_on,
            "topic": topic,
            "shared": shared,
            "agreements": agreements,
            "partnership_id": partnership_id or None,
        }
        nis_list, linked = list(nis_codes), list(note_ids)

        def work(w: Writer) -> str:
            session_id = w.create("knowledge_session", self._session_values(w, fields))["id"]
            self._set_participants(w, session_id, nis_list)
            self._link_notes(w, session_id, linked)
            return session_id

        return self.run("Kennisdeling toegevoegd", work)[1]

    def update_session(
        self,
        session_id: str,
        *,
        nis_codes: Iterable[str] | None = None,
        note_ids: Iterable[str] | None = None,
        **values: Any,
    ) -> Outcome:
        _only(values, SESSION_FIELDS)
        nis_list = None if nis_codes is None else list(nis_codes)
        linked = None if note_ids is None else list(note_ids)

        def work(w: Writer) -> None:
            _exists(
                w, "knowledge_session", "Deze kennisdeling bestaat niet (meer).", "", id=session_id
            )
            if values:
                w.update("knowledge_session", {"id": session_id}, self._session_values(w, values))
            if nis_list is not None:
                self._set_participants(w, session_id, nis_list)
            if linked is not None:
                self._link_notes(w, session_id, linked)

        return self.run("Kennisdeling bewerkt", work)[1]

    def delete_session(self, session_id: str) -> Outcome:
        """Delete a session; its notes stay (unlinked), and undo links them again."""

        def work(w: Writer) -> None:
            _exists(
                w, "knowledge_session", "Deze kennisdeling bestaat niet (meer).", "", id=session_id
            )
            w.delete("knowledge_session", {"id": session_id})

        return self.run("Kennisdeling verwijderd", work)[1]

    # --- follow-ups ---------------------------------------------------------------------
    def _follow_up_values(self, w: Writer, values: dict[str, Any]) -> dict[str, Any]:
        """Checked values of a whole follow-up; the partnership follows from the action or
        track, and one of the three is needed."""
        out = _links_or_none(values)
        if "title" in out:
            out["title"] = _title(out["title"], "Een opvolging")
        if out.get("due_date") is not None:
            out["due_date"] = _date(out["due_date"], "due_date")
        owners = []
        for field, table in (
            ("partnership_action_id", "partnership_action"),
            ("support_track_id", "support_track"),
        ):
            if out.get(field):
                row = lookups.row(w.conn, table, id=out[field])
                if row is None:
                    raise ValidationError(
                        "Waarop deze opvolging slaat, bestaat niet (meer).", field
                    )
                owners.append(row["partnership_id"])
        if out.get("partnership_id"):
            _check_links(w, out, "partnership_id")
            owners.append(out["partnership_id"])
        if not owners:
            raise ValidationError(
                "Koppel de opvolging aan een samenwerkingsverband, actie of traject.",
                "partnership_id",
            )
        if len(set(owners)) > 1:
            raise ValidationError(
                "De actie of het traject hoort bij een ander samenwerkingsverband.",
                "partnership_id",
            )
        out["partnership_id"] = owners[0]
        return out

    def create_follow_up(
        self,
        title: str,
        due_date: dt.date | None = None,
        partnership_id: str | None = None,
        partnership_action_id: str | None = None,
        support_track_id: str | None = None,
    ) -> Outcome:
        """A task with a due date on a partnership, one of its actions or a support track."""
        fields = {
            "title": title,
            "due_date": due_date,
            "partnership_id": partnership_id or None,
            "partnership_action_id": partnership_action_id or None,
            "support_track_id": support_track_id or None,
            "status": FollowUpStatus.OPEN,
        }
        return self.run(
            "Opvolging toegevoegd",
            lambda w: w.create("follow_up", self._follow_up_values(w, fields))["id"],
        )[1]

    def update_follow_up(self, follow_up_id: str, **values: Any) -> Outcome:
        _only(values, FOLLOW_UP_FIELDS)

        def work(w: Writer) -> None:
            current = lookups.row(w.conn, "follow_up", id=follow_up_id)
            if current is None:
                raise ValidationError("Deze opvolging bestaat niet (meer).")
            whole = {**{k: current[k] for k in FOLLOW_UP_FIELDS}, **values}
            checked = self._follow_up_values(w, whole)
            changed = {k: checked[k] for k in (*values, "partnership_id")}
            w.update("follow_up", {"id": follow_up_id}, changed)

        return self.run("Opvolging bewerkt", work)[1]

    def set_follow_up_status(self, follow_up_id: str, status: str) -> Outcome:
        """Mark a follow-up done ("klaar", with the moment) or open again."""
        if status not in FOLLOW_UP_STATUSES:
            raise ValidationError(f"Een opvolging is open of klaar, niet '{status}'.", "status")
        done_at = dt.datetime.now(dt.UTC) if status == FollowUpStatus.DONE else None

        def work(w: Writer) -> None:
            _exists(w, "follow_up", "Deze opvolging bestaat niet (meer).", "", id=follow_up_id)
            w.update("follow_up", {"id": follow_up_id}, {"status": status, "done_at": done_at})

        label = "afgerond" if status == FollowUpStatus.DONE else "heropend"
        return self.run(f"Opvolging {label}", work)[1]

    def delete_follow_up(self, follow_up_id: str) -> Outcome:
        def work(w: Writer) -> None:
            _exists(w, "follow_up", "Deze opvolging bestaat niet (meer).", "", id=follow_up_id)
            w.delete("follow_up", {"id": follow_up_id})

        return self.run("Opvolging verwijderd", work)[1]

    # --- drafts (autosave, outside the change log) --------------------------------------
    def save_draft(
        self,
        title: str,
        body: str,
        details: dict[str, Any] | None = None,
        note_id: str | None = None,
        draft_id: str | None = None,
    ) -> str:
        """Keep what the editor holds; call it within a second of typing. Returns the id to
        pass on the next save and to ``create_note``/``update_note``. Raises DraftError when
        the database refuses (busy, read-only): the caller tries again at the next change."""
        try:
            return draft_store.save_draft(
                self.db, _text(title), _text(body), details, note_id=note_id, draft_id=draft_id
            )
        except SQLAlchemyError as exc:
            raise DraftError(f"Concept niet bewaard: {exc}") from exc

    def discard_draft(self, draft_id: str) -> bool:
        try:
            return draft_store.delete_draft(self.db, draft_id)
        except SQLAlchemyError as exc:
            raise DraftError(f"Concept niet verwijderd: {exc}") from exc

    def drafts(self, note_id: str | None = None) -> list[DraftRecord]:
        return draft_store.drafts(self.db, note_id)

    # --- reads --------------------------------------------------------------------------
    def search(self, query: str, **filters: Any) -> list[NoteHit]:
        return search.search_notes(self.db, query, **filters)

    def notes_by_id(self, note_ids: Iterable[str]) -> dict[str, NoteRecord]:
        return notes.notes_by_id(self.db, list(note_ids))

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of notes, most used first."""
        return notes.all_tags(self.db)

    def viewer_copy(self, attachment: AttachmentRecord, folder: Path) -> Path:
        """A copy of the attachment under its own name in ``folder``, for the system viewer."""
        return attachments.viewer_copy(
            self._attachment_dir(), attachment.sha256, attachment.file_name, folder
        )

    def note(self, note_id: str) -> NoteRecord | None:
        return notes.note(self.db, note_id)

    def notes_of_partnership(self, partnership_id: str) -> list[NoteRecord]:
        return notes.notes_of_partnership(self.db, partnership_id)

    def notes_of_government(self, nis_code: str) -> list[NoteRecord]:
        return notes.notes_of_government(self.db, nis_code)

    def memo(self, partnership_id: str | None = None) -> list[TagGroup]:
        return notes.memo_by_tag(self.db, partnership_id)

    def knowledge_sessions(self, **filters: Any) -> list[KnowledgeSessionRecord]:
        return notes.knowledge_sessions(self.db, **filters)

    def follow_ups(self, **filters: Any) -> list[FollowUpRecord]:
        return notes.follow_ups(self.db, **filters)

    def overdue_follow_ups(self, today: dt.date | None = None) -> list[FollowUpRecord]:
        return notes.overdue_follow_ups(self.db, today or dt.date.today())
