"""Export of what the app holds about a government or a term; erasure of personal content."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlmodel import select

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.notes import NotesService
from igs_desktop.services.privacy import erase_personal_data, export_subject
from igs_desktop.store.database import Database
from igs_desktop.store.search import index_problems, search_notes
from igs_desktop.store.tables import (
    Attachment,
    ChangeLogEntry,
    Note,
    NoteGovernment,
    NoteTag,
    PopulationFigure,
)
from tests.store_builders import add_partnership

EEKLO, KORTRIJK, LENDELEDE = "43005", "34022", "34025"
SECRET = "Jan Janssens-Vercruysse"  # personal data that must leave no trace
DAY = dt.date(2024, 5, 3)


@pytest.fixture
def attachment_dir(tmp_path: Path) -> Path:
    return tmp_path / "attachments"


@pytest.fixture
def service(db: Database, attachment_dir: Path) -> NotesService:
    return NotesService(db, "An Peeters", attachment_dir)


def file_with(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_export_about_a_government(service: NotesService, db: Database, tmp_path: Path) -> None:
    pid = add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)
    with db.session() as session:
        session.add(PopulationFigure(nis_code=LENDELEDE, project_year=2, non_eu14=640, source="t"))
        session.commit()
    linked = service.create_note(
        "Overleg met de schepen",
        DAY,
        body="Over het onthaal.",
        tags=["onthaal"],
        nis_codes=[LENDELEDE],
        partnership_id=pid,
    ).created_id
    assert linked
    service.add_attachment(linked, file_with(tmp_path, "verslag.pdf", b"%PDF verslag"))
    mentioned = service.create_note("Taalcafé", DAY, body="Ook Lendelede doet mee.").created_id
    unrelated = service.create_note("Eeklo", DAY, nis_codes=[EEKLO]).created_id
    session_id = service.create_session(DAY, "Kennisdeling", nis_codes=[LENDELEDE]).created_id

    out = tmp_path / "export.json"
    summary = export_subject(db, out, nis_code=LENDELEDE)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "igs-desktop/privacy-export" and data["version"] == 1
    assert data["government"]["name"] == "Lendelede"
    reasons = {n["id"]: n["reason"] for n in data["notes"]}
    assert reasons == {linked: "gekoppeld", mentioned: "vermeld"}
    assert unrelated not in reasons
    (note,) = [n for n in data["notes"] if n["id"] == linked]
    assert note["tags"] == ["onthaal"] and note["body"] == "Over het onthaal."
    assert note["partnership"] == {"id": pid, "name": "IGS Kortrijk–Lendelede"}
    assert [a["file_name"] for a in note["attachments"]] == ["verslag.pdf"]
    assert [m["partnership_id"] for m in data["memberships"]] == [pid]
    assert data["figures"] == [{"project_year": 2, "non_eu14": 640, "source": "t"}]
    assert [k["id"] for k in data["knowledge_sessions"]] == [session_id]
    assert summary.counts["notitie(s)"] == 2 and summary.counts["bijlage(n)"] == 1
    assert "Lendelede (34025)" in summary.lines()[0]


def test_export_about_a_term(service: NotesService, db: Database, tmp_path: Path) -> None:
    pid = add_partnership(db, "IGS", {KORTRIJK: 1}, KORTRIJK)
    hit = service.create_note("Gesprek", DAY, body=f"Met {SECRET} over de reünie.").created_id
    service.create_note("Ander gesprek", DAY, body="Niets te zien.")
    service.create_session(DAY, "Kennisdeling", agreements=f"{SECRET} belt terug")
    service.create_follow_up(f"{SECRET} opbellen", DAY, pid)
    out = tmp_path / "term.json"
    export_subject(db, out, term="janssens vercruysse")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["term"] == "janssens vercruysse"
    assert [n["id"] for n in data["notes"]] == [hit]
    assert [k["agreements"] for k in data["knowledge_sessions"]] == [f"{SECRET} belt terug"]
    assert [f["title"] for f in data["follow_ups"]] == [f"{SECRET} opbellen"]


def test_export_needs_one_subject_and_an_existing_folder(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        export_subject(db, tmp_path / "x.json")
    with pytest.raises(ValidationError, match="NIS-code 99999"):
        export_subject(db, tmp_path / "x.json", nis_code="99999")
    with pytest.raises(ValidationError, match="bestaat niet"):
        export_subject(db, tmp_path / "geen" / "x.json", term="x")
    assert not list(tmp_path.glob("*.json*"))


def test_erase_removes_personal_content_and_keeps_that_the_note_existed(
    service: NotesService, db: Database, db_file: Path, tmp_path: Path, attachment_dir: Path
) -> None:
    personal = service.create_note(
        f"Gesprek met {SECRET}",
        DAY,
        body=f"{SECRET} vertelde over zijn gezin.",
        tags=[SECRET, "onthaal"],
        nis_codes=[EEKLO],
        personal_data=True,
        include_in_reports=True,
    ).created_id
    other = service.create_note(
        "Stuurgroep", DAY, body="Geen persoonsgegevens.", tags=["onthaal"]
    ).created_id
    assert personal and other
    own = file_with(tmp_path, f"{SECRET}.jpg", b"eigen foto")
    shared = file_with(tmp_path, "gedeeld.pdf", b"zelfde bestand")
    service.add_attachment(personal, own)
    service.add_attachment(personal, shared)
    service.add_attachment(other, shared)
    earlier = service.add_attachment(personal, file_with(tmp_path, "oud.txt", b"al weg"))
    service.remove_attachment(str(earlier.created_id))  # removed before: its file still waits
    service.update_note(personal, body=f"{SECRET} vertelde over zijn gezin en werk.")
    service.save_draft(f"{SECRET}", "concept", note_id=personal)

    summary = erase_personal_data(db, attachment_dir, "An Peeters")
    assert (summary.notes, summary.attachments, summary.files_deleted) == (1, 2, 2)

    with db.session() as session:
        note = session.get(Note, personal)
        untouched = session.get(Note, other)
        attachments = session.exec(select(Attachment)).all()
        tags = session.exec(select(NoteTag.note_id, NoteTag.tag)).all()
        links = session.exec(select(NoteGovernment.note_id)).all()
        erase_log = session.exec(
            select(ChangeLogEntry).where(ChangeLogEntry.operation == "erase")
        ).all()
    assert note is not None and note.erased_at is not None  # the note still exists...
    assert (note.title, note.body, note.include_in_reports) == ("[gewist]", "", False)
    assert (note.kind, note.noted_on) == ("veldonderzoek", DAY)  # ...with its plain facts
    assert links == [personal]
    assert untouched is not None and untouched.body == "Geen persoonsgegevens."
    assert tags == [(other, "onthaal")]
    assert [a.note_id for a in attachments] == [other]
    stored = {p.name for p in attachment_dir.rglob("*") if p.is_file()}
    assert stored == {attachments[0].sha256}  # the shared file stays, the others are gone
    assert [(e.entity_id, e.changed_by) for e in erase_log] == [(personal, "An Peeters")]
    assert service.drafts() == []

    assert search_notes(db, "janssens") == []
    assert search_notes(db, "gezin") == []
    assert index_problems(db) == []
    with db.session() as session:
        for entry in session.exec(select(ChangeLogEntry)):
            for value in (entry.old_value, entry.new_value, entry.summary, entry.entity_id):
                assert SECRET not in (value or ""), entry

    db.close()  # nothing of it left in the file either (secure delete, index merged, WAL emptied)
    for path in (db_file, db_file.with_name(db_file.name + "-wal")):
        if path.exists():
            assert SECRET.encode() not in path.read_bytes(), path


def test_erase_limited_to_one_government_and_idempotent(
    service: NotesService, db: Database, attachment_dir: Path
) -> None:
    eeklo = service.create_note("Over Eeklo", DAY, nis_codes=[EEKLO], personal_data=True)
    kortrijk = service.create_note("Over Kortrijk", DAY, nis_codes=[KORTRIJK], personal_data=True)
    summary = erase_personal_data(db, attachment_dir, "An", nis_code=EEKLO)
    assert summary.notes == 1
    with db.session() as session:
        assert session.get(Note, str(eeklo.created_id)).title == "[gewist]"  # type: ignore[union-attr]
        assert session.get(Note, str(kortrijk.created_id)).title == "Over Kortrijk"  # type: ignore[union-attr]
    again = erase_personal_data(db, attachment_dir, "An", nis_code=EEKLO)
    assert again.notes == 0 and "geen notities" in again.lines()[0]
    with pytest.raises(ValidationError, match="99999"):
        erase_personal_data(db, attachment_dir, "An", nis_code="99999")


def test_erase_waits_for_another_writer_instead_of_failing(
    service: NotesService, db: Database, db_file: Path
) -> None:
    """Another process holds the write lock for a moment: erase waits (busy timeout) and
    then erases, instead of 'database is locked' halfway (issue 11, finding 6)."""
    import sqlite3
    import threading
    import time

    personal = service.create_note(SECRET, DAY, body=SECRET, personal_data=True).created_id
    assert personal
    holding = threading.Event()

    def other_writer() -> None:
        connection = sqlite3.connect(db_file, isolation_level=None, timeout=10)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE app_meta SET value = value")
        holding.set()
        time.sleep(1.5)
        connection.execute("COMMIT")
        connection.close()

    thread = threading.Thread(target=other_writer)
    thread.start()
    assert holding.wait(5)
    summary = erase_personal_data(db, Path("/nonexistent-attachments"), "An Peeters")
    thread.join()
    assert summary.notes == 1
    with db.session() as session:
        assert session.get(Note, personal).body == ""  # type: ignore[union-attr]


def test_erase_goes_on_past_an_attachment_it_cannot_remove_and_says_so(
    service: NotesService, db: Database, tmp_path: Path, attachment_dir: Path
) -> None:
    personal = service.create_note(SECRET, DAY, body=SECRET, personal_data=True).created_id
    assert personal
    own = service.add_attachment(personal, file_with(tmp_path, "foto.jpg", b"persoonlijk"))
    with db.session() as session:  # a crafted row: a hash that is no hash
        session.add(Attachment(note_id=personal, file_name="x", size=1, sha256="../../etc/passwd"))
        session.commit()
    summary = erase_personal_data(db, attachment_dir, "An Peeters")
    assert summary.notes == 1
    assert summary.files_deleted == 1  # the real file went
    assert not list(attachment_dir.rglob("*.jpg")) and own.created_id
    assert len(summary.files_left) == 1 and "geen geldige SHA-256" in summary.files_left[0]
    assert any("konden niet van de schijf verwijderd" in line for line in summary.lines())
    with db.session() as session:
        assert session.get(Note, personal).body == ""  # type: ignore[union-attr]
