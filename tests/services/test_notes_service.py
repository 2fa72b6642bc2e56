"""Notes through the service: validated, in the change log, revertible, and searchable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import select

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.notes import FollowUpRecord, NotesService
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.store.database import Database
from igs_desktop.store.search import index_problems, search_notes
from igs_desktop.store.tables import (
    Attachment,
    CatalogueAction,
    ChangeLogEntry,
    Note,
    NoteGovernment,
    NoteTag,
)
from igs_desktop.store.tables.work import NoteDraft

EEKLO, KORTRIJK, LENDELEDE = "43005", "34022", "34025"
DAY = dt.date(2024, 5, 3)


@pytest.fixture
def service(db: Database, tmp_path: Path) -> NotesService:
    return NotesService(db, actor="An Peeters", attachment_dir=tmp_path / "attachments")


@pytest.fixture
def partnership(db: Database) -> str:
    pid = PortfolioService(db, "An Peeters").create_partnership("IGS Meetjesland", 1).created_id
    assert pid
    return pid


def tags_of(db: Database, note_id: str) -> list[str]:
    with db.session() as session:
        return sorted(session.exec(select(NoteTag.tag).where(NoteTag.note_id == note_id)))


def governments_of(db: Database, note_id: str) -> list[str]:
    with db.session() as session:
        return sorted(
            session.exec(select(NoteGovernment.nis_code).where(NoteGovernment.note_id == note_id))
        )


def found(db: Database, query: str) -> list[str]:
    return [h.note_id for h in search_notes(db, query)]


def create(service: NotesService, **values) -> str:  # type: ignore[no-untyped-def]
    values = {"title": "Reünie in Eeklo", "noted_on": DAY, **values}
    note_id = service.create_note(**values).created_id
    assert note_id
    return note_id


def test_create_a_note_with_tags_and_links(
    service: NotesService, db: Database, partnership: str
) -> None:
    with db.session() as session:
        action = session.exec(select(CatalogueAction)).first()
    assert action is not None
    outcome = service.create_note(
        "  Reünie   in Eeklo ",
        DAY,
        kind="overleg",
        body="Taalcafé besproken.",
        tags="Taal, #Onthaal;  lokale   REGIE, taal",
        partnership_id=partnership,
        nis_codes=[EEKLO, KORTRIJK, EEKLO],
        action_id=action.id,
        include_in_reports=True,
        personal_data=True,
    )
    note_id = outcome.created_id
    assert note_id and outcome.description == "Notitie toegevoegd"
    with db.session() as session:
        note = session.get(Note, note_id)
        log = session.exec(select(ChangeLogEntry).where(ChangeLogEntry.operation == "create")).all()
    assert note is not None
    assert (note.title, note.kind, note.noted_on, note.body) == (
        "Reünie in Eeklo",
        "overleg",
        DAY,
        "Taalcafé besproken.",
    )
    assert (note.partnership_id, note.action_id) == (partnership, action.id)
    assert note.include_in_reports and note.personal_data and note.erased_at is None
    assert tags_of(db, note_id) == ["lokale regie", "onthaal", "taal"]
    assert governments_of(db, note_id) == [KORTRIJK, EEKLO]
    assert {e.entity for e in log} >= {"note", "note_tag", "note_government"}
    assert {e.changed_by for e in log} == {"An Peeters"}
    record = service.note(note_id)
    assert record is not None
    assert record.partnership_name == "IGS Meetjesland"
    assert [g.name for g in record.governments] == ["Eeklo", "Kortrijk"]
    assert record.action_label.startswith(f"actie {action.number} ")


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": "   "}, "title"),
        ({"kind": "dagboek"}, "kind"),
        ({"noted_on": "2024-05-03"}, "noted_on"),
        ({"noted_on": dt.datetime(2024, 5, 3, 10, 0)}, "noted_on"),
        ({"nis_codes": ["99999"]}, "nis_codes"),
        ({"partnership_id": "bestaat-niet"}, "partnership_id"),
        ({"action_id": "bestaat-niet"}, "action_id"),
        ({"title": "x" * 301}, "title"),
    ],
)
def test_invalid_notes_are_refused_and_write_nothing(
    service: NotesService, db: Database, values: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create(service, **values)
    assert caught.value.field == field
    with db.session() as session:
        assert session.exec(select(Note)).all() == []
        assert session.exec(select(ChangeLogEntry)).all() == []


def test_edit_fields_tags_and_links_and_search_follows(
    service: NotesService, db: Database, partnership: str
) -> None:
    note_id = create(service, tags=["taal", "onthaal"], nis_codes=[EEKLO])
    outcome = service.update_note(
        note_id,
        title="Stuurgroep in Gent",
        body="Over kinderopvang.",
        tags=["onthaal", "zorg"],
        nis_codes=[LENDELEDE],
        partnership_id=partnership,
    )
    with db.session() as session:
        note = session.get(Note, note_id)
        changed = session.exec(
            select(ChangeLogEntry.field).where(
                ChangeLogEntry.operation == "update", ChangeLogEntry.entity == "note"
            )
        ).all()
    assert note is not None and note.title == "Stuurgroep in Gent"
    assert note.partnership_id == partnership
    assert tags_of(db, note_id) == ["onthaal", "zorg"]
    assert governments_of(db, note_id) == [LENDELEDE]
    assert set(changed) == {"title", "body", "partnership_id"}
    assert found(db, "reunie") == [] and found(db, "eeklo") == [] and found(db, "taal") == []
    for query in ("stuurgroep", "kinderopvang", "zorg", "lendelede", "meetjesland"):
        assert found(db, query) == [note_id], query

    service.revert(outcome)  # undo: everything as before, in the index too
    assert tags_of(db, note_id) == ["onthaal", "taal"]
    assert governments_of(db, note_id) == [EEKLO]
    assert found(db, "reunie eeklo taal") == [note_id]
    assert found(db, "stuurgroep") == [] and found(db, "zorg") == []
    assert index_problems(db) == []


def test_delete_and_undo_restore_tags_links_attachments_and_the_index(
    service: NotesService, db: Database, partnership: str, tmp_path: Path
) -> None:
    note_id = create(service, tags=["taal"], nis_codes=[EEKLO], partnership_id=partnership)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"flip-over")
    service.add_attachment(note_id, photo)
    draft_id = service.save_draft("Nog bezig", "tekst", note_id=note_id)
    session_id = service.create_session(DAY, "Kennisdeling taal", note_ids=[note_id]).created_id

    deleted = service.delete_note(note_id)
    with db.session() as session:
        assert session.get(Note, note_id) is None
        assert session.exec(select(NoteTag)).all() == []
        assert session.exec(select(NoteGovernment)).all() == []
        assert session.exec(select(Attachment)).all() == []
        assert session.exec(select(NoteDraft)).all() == []
    assert found(db, "eeklo") == [] and found(db, "taal") == []

    undone = service.revert(deleted)
    with db.session() as session:
        note = session.get(Note, note_id)
        (attachment,) = session.exec(select(Attachment)).all()
        draft = session.get(NoteDraft, draft_id)
    assert note is not None and note.knowledge_session_id == session_id
    assert note.partnership_id == partnership
    assert tags_of(db, note_id) == ["taal"]
    assert governments_of(db, note_id) == [EEKLO]
    assert attachment.note_id == note_id and attachment.file_name == "foto.jpg"
    assert draft is not None and draft.title == "Nog bezig"
    for query in ("reunie", "eeklo", "taal", "meetjesland"):
        assert found(db, query) == [note_id], query
    assert index_problems(db) == []

    redone = service.revert(undone)  # redo: deleted again
    assert found(db, "eeklo") == []
    service.revert(redone)
    assert found(db, "eeklo") == [note_id]
    assert index_problems(db) == []


def test_undo_of_a_create_removes_the_note_and_its_index_entry(
    service: NotesService, db: Database
) -> None:
    outcome = service.create_note("Reünie", DAY, tags=["taal"], nis_codes=[EEKLO])
    service.revert(outcome)
    with db.session() as session:
        assert session.exec(select(Note)).all() == []
        assert session.exec(select(NoteTag)).all() == []
    assert found(db, "reunie") == []
    assert index_problems(db) == []


def test_notes_of_a_partnership_and_a_government_newest_first(
    service: NotesService, partnership: str
) -> None:
    old = create(service, noted_on=dt.date(2023, 1, 1), partnership_id=partnership)
    new = create(service, noted_on=dt.date(2024, 1, 1), partnership_id=partnership)
    elsewhere = create(service, noted_on=dt.date(2024, 6, 1), nis_codes=[EEKLO])
    assert [n.id for n in service.notes_of_partnership(partnership)] == [new, old]
    assert [n.id for n in service.notes_of_government(EEKLO)] == [elsewhere]


def test_memo_view_groups_notes_by_tag(service: NotesService) -> None:
    a = create(service, tags=["taal", "zorg"], noted_on=dt.date(2024, 1, 1))
    b = create(service, tags=["taal"], noted_on=dt.date(2024, 2, 1))
    c = create(service)
    groups = {g.tag: [n.id for n in g.notes] for g in service.memo()}
    assert groups == {"taal": [b, a], "zorg": [a], "": [c]}
    assert [g.tag for g in service.memo()] == ["taal", "zorg", ""]


def test_attachments_are_stored_once_and_named_safely(
    service: NotesService, db: Database, tmp_path: Path
) -> None:
    note_id = create(service)
    source = tmp_path / "cijfers.xlsx"
    source.write_bytes(b"PK spreadsheet")
    first = service.add_attachment(note_id, source).created_id
    second = service.add_attachment(note_id, source, file_name="../../etc/passwd").created_id
    assert first and second
    with db.session() as session:
        rows = {a.id: a for a in session.exec(select(Attachment))}
    assert rows[first].sha256 == rows[second].sha256
    assert (rows[first].file_name, rows[second].file_name) == ("cijfers.xlsx", "passwd")
    folder = (tmp_path / "attachments").resolve()
    assert [p for p in folder.rglob("*") if p.is_file()] == [service.attachment_file(second)]
    assert service.attachment_file(second).is_relative_to(folder)
    assert not (tmp_path / "etc").exists()
    record = service.note(note_id)
    assert record is not None and [a.size for a in record.attachments] == [14, 14]

    removed = service.remove_attachment(first)
    assert service.attachment_file(second).exists()  # kept: undo may want it
    service.revert(removed)
    assert service.attachment_file(first).read_bytes() == b"PK spreadsheet"


def test_a_missing_source_file_is_refused(service: NotesService, tmp_path: Path) -> None:
    note_id = create(service)
    with pytest.raises(ValidationError, match="geen bestand"):
        service.add_attachment(note_id, tmp_path / "weg.pdf")


def test_knowledge_session_with_participants_and_notes(
    service: NotesService, db: Database, partnership: str
) -> None:
    note_id = create(service)
    session_id = service.create_session(
        DAY,
        "Bovenlokale kennisdeling taal",
        nis_codes=[KORTRIJK, LENDELEDE],
        shared="Ervaringen met taalcafés",
        agreements="Volgende keer in Lendelede",
        partnership_id=partnership,
        note_ids=[note_id],
    ).created_id
    assert session_id
    (record,) = service.knowledge_sessions()
    assert record.topic == "Bovenlokale kennisdeling taal"
    assert [g.name for g in record.participants] == ["Kortrijk", "Lendelede"]
    assert record.note_ids == (note_id,)
    assert [k.id for k in service.knowledge_sessions(nis_code=LENDELEDE)] == [session_id]
    assert service.knowledge_sessions(nis_code=EEKLO) == []

    service.update_session(session_id, nis_codes=[KORTRIJK], note_ids=[], topic="Taal")
    (record,) = service.knowledge_sessions()
    assert (record.topic, record.note_ids) == ("Taal", ())
    assert [g.nis_code for g in record.participants] == [KORTRIJK]

    deleted = service.delete_session(session_id)
    assert service.knowledge_sessions() == []
    service.revert(deleted)
    assert [k.id for k in service.knowledge_sessions()] == [session_id]


def test_deleting_a_session_keeps_its_notes_and_undo_links_them_again(
    service: NotesService, db: Database
) -> None:
    note_id = create(service)
    session_id = service.create_session(DAY, "Kennisdeling", note_ids=[note_id]).created_id
    deleted = service.delete_session(str(session_id))
    with db.session() as session:
        note = session.get(Note, note_id)
    assert note is not None and note.knowledge_session_id is None
    service.revert(deleted)
    with db.session() as session:
        note = session.get(Note, note_id)
    assert note is not None and note.knowledge_session_id == session_id


def test_follow_ups_open_overdue_and_done(
    service: NotesService, db: Database, partnership: str
) -> None:
    portfolio = PortfolioService(db, "An Peeters")
    with db.session() as session:
        action_id = session.exec(select(CatalogueAction.id)).first()
    assert action_id
    pa = portfolio.add_action(partnership, action_id).created_id
    late = service.create_follow_up(
        "Cijfers opvragen", dt.date(2024, 1, 10), partnership
    ).created_id
    on_action = service.create_follow_up(
        "KPI nakijken", dt.date(2024, 2, 1), partnership_action_id=pa
    ).created_id
    later = service.create_follow_up("Verslag", dt.date(2024, 12, 1), partnership).created_id
    undated = service.create_follow_up("Ooit", None, partnership).created_id
    today = dt.date(2024, 3, 1)
    assert [f.id for f in service.overdue_follow_ups(today)] == [late, on_action]
    records = {f.id: f for f in service.follow_ups(partnership_id=partnership)}
    assert records[on_action].partnership_id == partnership  # derived from the action
    assert [f.id for f in service.follow_ups(partnership_id=partnership)] == [
        late,
        on_action,
        later,
        undated,
    ]
    assert records[late].overdue(today) and not records[later].overdue(today)

    done = service.set_follow_up_status(str(late), "klaar")
    assert [f.id for f in service.overdue_follow_ups(today)] == [on_action]
    (record,) = [f for f in service.follow_ups(status="klaar")]
    assert record.id == late and record.done_at is not None
    service.revert(done)
    assert [f.id for f in service.overdue_follow_ups(today)] == [late, on_action]


def test_a_follow_up_needs_something_to_hang_on(service: NotesService, partnership: str) -> None:
    with pytest.raises(ValidationError, match="Koppel"):
        service.create_follow_up("Los", dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="titel"):
        service.create_follow_up("  ", dt.date(2024, 1, 1), partnership)
    with pytest.raises(ValidationError, match="open of klaar"):
        fid = service.create_follow_up("Taak", None, partnership).created_id
        service.set_follow_up_status(str(fid), "misschien")


def test_a_follow_up_stays_on_one_partnership(
    service: NotesService, db: Database, partnership: str
) -> None:
    other = PortfolioService(db, "An").create_partnership("Ander verband", 1).created_id
    with db.session() as session:
        action_id = session.exec(select(CatalogueAction.id)).first()
    assert other and action_id
    pa = PortfolioService(db, "An").add_action(partnership, action_id).created_id
    fid = str(service.create_follow_up("Taak", None, partnership_action_id=pa).created_id)
    with pytest.raises(ValidationError, match="ander samenwerkingsverband"):
        service.update_follow_up(fid, partnership_id=other)
    with pytest.raises(ValidationError, match="Koppel"):
        service.update_follow_up(fid, partnership_action_id="", partnership_id=None)
    service.update_follow_up(fid, title="Nieuwe titel", due_date=dt.date(2024, 1, 1))
    (record,) = service.follow_ups()
    assert (record.title, record.partnership_id, record.partnership_action_id) == (
        "Nieuwe titel",
        partnership,
        pa,
    )


def test_a_cleared_link_is_no_link(service: NotesService, db: Database, partnership: str) -> None:
    note_id = create(service, partnership_id=partnership)
    service.update_note(note_id, partnership_id="")
    with db.session() as session:
        note = session.get(Note, note_id)
    assert note is not None and note.partnership_id is None


def _follow_up(service: NotesService, follow_up_id: str) -> FollowUpRecord:
    (record,) = [f for f in service.follow_ups() if f.id == follow_up_id]
    return record


@pytest.fixture
def supported_action(service: NotesService, db: Database) -> str:
    """A catalogue action the agency supports, so a partnership can have a support track."""
    with db.session() as session:
        action = session.exec(select(CatalogueAction).order_by(CatalogueAction.number)).first()
    assert action is not None
    PortfolioService(db, "An").update_catalogue_action(action.id, supported=True)
    return action.id


def test_clearing_the_action_of_a_follow_up_keeps_its_partnership(
    service: NotesService, db: Database, partnership: str, supported_action: str
) -> None:
    pa = PortfolioService(db, "An").add_action(partnership, supported_action).created_id
    fid = str(
        service.create_follow_up("Taak", None, partnership, partnership_action_id=pa).created_id
    )
    assert _follow_up(service, fid).partnership_action_id == pa
    service.update_follow_up(fid, partnership_action_id="")
    record = _follow_up(service, fid)
    assert (record.partnership_action_id, record.partnership_id) == (None, partnership)


def test_clearing_the_support_track_of_a_follow_up_keeps_its_partnership(
    service: NotesService, db: Database, partnership: str, supported_action: str
) -> None:
    portfolio = PortfolioService(db, "An")
    track = portfolio.add_support_track(partnership, supported_action, "taal").created_id
    fid = str(service.create_follow_up("Taak", None, support_track_id=track).created_id)
    assert _follow_up(service, fid).support_track_id == track
    service.update_follow_up(fid, support_track_id="", partnership_id=partnership)
    record = _follow_up(service, fid)
    assert (record.support_track_id, record.partnership_id) == (None, partnership)


def test_clearing_the_partnership_of_a_follow_up_moves_it_with_its_track(
    service: NotesService, db: Database, partnership: str, supported_action: str
) -> None:
    portfolio = PortfolioService(db, "An")
    other = portfolio.create_partnership("Ander verband", 1).created_id
    assert other
    track = portfolio.add_support_track(other, supported_action, "taal").created_id
    fid = str(service.create_follow_up("Taak", None, partnership).created_id)
    with pytest.raises(ValidationError, match="Koppel"):
        service.update_follow_up(fid, partnership_id="")
    assert _follow_up(service, fid).partnership_id == partnership
    service.update_follow_up(fid, partnership_id="", support_track_id=track)
    record = _follow_up(service, fid)
    assert (record.partnership_id, record.support_track_id) == (other, track)
    assert [f.id for f in service.follow_ups(partnership_id=partnership)] == []


def test_drafts_are_kept_until_the_note_is_saved(service: NotesService, db: Database) -> None:
    draft_id = service.save_draft("Reün", "Eerste woorden")
    assert service.save_draft("Reünie", "Eerste woorden en meer", draft_id=draft_id) == draft_id
    (draft,) = service.drafts()
    assert (draft.title, draft.body, draft.note_id) == ("Reünie", "Eerste woorden en meer", None)

    note_id = create(service, body="Eerste woorden en meer", draft_id=draft_id)
    assert service.drafts() == []

    edit = service.save_draft(
        "Reünie (2)", "Meer", {"tags": ["taal"], "noted_on": DAY}, note_id=note_id
    )
    assert service.drafts(note_id)[0].details == {"tags": ["taal"], "noted_on": "2024-05-03"}
    assert [d.id for d in service.drafts(note_id)] == [edit]
    service.update_note(note_id, title="Reünie (2)", draft_id=edit)
    assert service.drafts() == []

    stray = service.save_draft("Weg", "")
    assert service.discard_draft(stray) is True
    assert service.discard_draft(stray) is False
    with db.session() as session:
        log = session.exec(select(ChangeLogEntry).where(ChangeLogEntry.entity == "note_draft"))
        assert log.all() == []  # autosave stays out of the change log


def test_a_copied_file_cannot_be_attached_to_a_note_deleted_meanwhile(
    service: NotesService, db: Database, tmp_path: Path
) -> None:
    from igs_desktop.store.tables import Attachment

    source = tmp_path / "flap.txt"
    source.write_text("flip-over", encoding="utf-8")
    note_id = create(service, title="Werksessie")
    stored = service.copy_attachment_file(source)  # what the worker thread does
    service.delete_note(note_id)  # e.g. the user pressed undo meanwhile
    with pytest.raises(ValidationError, match="bestaat niet"):
        service.attach_stored(note_id, stored)
    with db.session() as session:
        assert session.exec(select(Attachment)).all() == []
    with pytest.raises(ValidationError, match="geen bestand"):
        service.copy_attachment_file(tmp_path)
