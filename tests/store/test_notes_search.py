"""Full-text search over notes, and the triggers that keep its index in step with any write."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlmodel import select

from igs_desktop.store.database import Database
from igs_desktop.store.engine import make_engine
from igs_desktop.store.search import (
    MARK_END,
    MARK_START,
    index_problems,
    match_expression,
    rebuild_index,
    search_notes,
)
from igs_desktop.store.stemming import register_functions, stems_text
from igs_desktop.store.tables import (
    CatalogueAction,
    Note,
    NoteGovernment,
    NoteTag,
    PartnershipRow,
)

EEKLO, KORTRIJK, LENDELEDE = "43005", "34022", "34025"


def add_note(
    db: Database,
    title: str,
    body: str = "",
    tags: Iterable[str] = (),
    nis: Iterable[str] = (),
    partnership_id: str | None = None,
    action_id: str | None = None,
    kind: str = "veldonderzoek",
    noted_on: dt.date = dt.date(2024, 5, 1),
) -> str:
    """A note written straight through the ORM, as any writer could: the triggers index it."""
    with db.session() as session:
        note = Note(
            title=title,
            body=body,
            kind=kind,
            noted_on=noted_on,
            partnership_id=partnership_id,
            action_id=action_id,
        )
        session.add(note)
        session.flush()
        session.add_all([NoteTag(note_id=note.id, tag=t) for t in tags])
        session.add_all([NoteGovernment(note_id=note.id, nis_code=n) for n in nis])
        session.commit()
        return note.id


def add_partnership(db: Database, name: str) -> str:
    with db.session() as session:
        p = PartnershipRow(name=name, formed_year=1)
        session.add(p)
        session.commit()
        return p.id


def ids(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.note_id for h in hits]


def test_finds_by_title_text_tag_and_linked_names(db: Database) -> None:
    pid = add_partnership(db, "IGS Meetjesland")
    with db.session() as session:
        action = session.exec(select(CatalogueAction)).first()
    assert action is not None
    by_title = add_note(db, "Bezoek aan het OCMW")
    by_body = add_note(db, "Verslag", body="Gesprek over kinderopvang en jeugdwerk.")
    by_tag = add_note(db, "Losse notitie", tags=["woonbeleid"])
    by_government = add_note(db, "Overleg", nis=[EEKLO])
    by_partnership = add_note(db, "Stuurgroep", partnership_id=pid)
    by_action = add_note(db, "Actie opgevolgd", action_id=action.id)
    assert ids(search_notes(db, "ocmw")) == [by_title]
    assert ids(search_notes(db, "kinderopvang")) == [by_body]
    assert ids(search_notes(db, "woonbeleid")) == [by_tag]
    assert ids(search_notes(db, "eeklo")) == [by_government]
    assert ids(search_notes(db, "meetjesland")) == [by_partnership]
    first_word = action.title.split()[0]
    assert by_action in ids(search_notes(db, first_word))


@pytest.mark.parametrize("query", ["eeklo", "EEKLO", "Eeklo", "eek", "reunie", "REÜNIE", "reü"])
def test_accents_and_case_do_not_matter_and_prefixes_match(db: Database, query: str) -> None:
    note_id = add_note(db, "Reünie in Eeklo")
    assert ids(search_notes(db, query)) == [note_id]


def test_an_accent_typed_finds_the_word_written_without(db: Database) -> None:
    note_id = add_note(db, "Reunie zonder trema")
    assert ids(search_notes(db, "reünie")) == [note_id]


def test_decomposed_accents_in_the_query_still_match(db: Database) -> None:
    note_id = add_note(db, "Café in de wijk")
    assert ids(search_notes(db, "cafe\u0301")) == [note_id]  # e + combining acute accent


def test_title_matches_rank_above_body_matches(db: Database) -> None:
    in_body = add_note(
        db, "Verslag", body="subsidie subsidie subsidie: de subsidie voor het taalcafé"
    )
    in_title = add_note(db, "Subsidie voor het taalcafé", body="Zie bijlage.")
    in_tag = add_note(db, "Losse notitie", tags=["subsidie"])
    found = ids(search_notes(db, "subsidie"))
    assert found[0] == in_title
    assert set(found) == {in_body, in_title, in_tag}
    assert found.index(in_tag) < found.index(in_body)  # tags weigh more than text


def test_all_words_must_match(db: Database) -> None:
    both = add_note(db, "Taalcafé in Eeklo")
    add_note(db, "Taalcafé in Gent")
    assert ids(search_notes(db, "taalcafe eeklo")) == [both]


def test_matching_words_are_marked_in_title_and_snippet(db: Database) -> None:
    add_note(
        db,
        "Reünie in Eeklo",
        body="Lange inleiding " * 20
        + "en toen kwam de reünie met <b>vrijwilligers</b> ter sprake.",
    )
    (hit,) = search_notes(db, "reunie")
    assert hit.title_text() == "[Reünie] in Eeklo"
    assert "[reünie]" in hit.snippet_text()
    assert hit.snippet_text().startswith("… ")  # cut around the match, not the start
    assert hit.title_html() == "<b>Reünie</b> in Eeklo"
    assert "&lt;b&gt;vrijwilligers" in hit.snippet_html()  # the text itself is escaped
    assert f"{MARK_START}reünie{MARK_END}" in hit.snippet_marks


@pytest.mark.parametrize(
    ("query", "finds"),
    [
        ('"', True),  # no word at all: the newest notes, as for an empty query
        ('"eeklo', True),
        ("eeklo\"'", True),
        ("-eeklo", True),
        ("eeklo -gent", True),  # no NOT: both words must be there, and they are
        ("*", True),
        ("eek*", True),
        ("title:eeklo", False),  # "title" is a word to find, not a column
        ("{title body}: eeklo", False),
        ("(eeklo", True),
        ("eeklo)", True),
        ("NEAR(eeklo reunie)", False),
        ("AND", False),
        ("eeklo OR", False),
        ("NOT eeklo", False),
        ("^eeklo", True),
        ("eeklo + +", True),
        ("; DROP TABLE note; --", False),
        ("\\", True),
        ("\x00eeklo", True),
        ("' OR 1=1 --", False),
        ("eeklo_gent", True),
        ('reünie: (in) "Eeklo"*', True),
    ],
)
def test_fts_syntax_in_the_query_never_raises(db: Database, query: str, finds: bool) -> None:
    note_id = add_note(db, "Reünie in Eeklo", body="Gent en Eeklo.")
    assert ids(search_notes(db, query)) == ([note_id] if finds else [])
    with db.session() as session:
        assert session.exec(select(Note)).all()  # nothing was dropped


def test_match_expression_quotes_every_word_as_a_prefix_or_its_stem() -> None:
    words = "{title body tags names}"
    assert match_expression('title:"Eeklo" -(Bibliotheken)*') == (
        f'({words} : "title"* OR stems : "titl") AND ({words} : "Eeklo"* OR stems : "eeklo") '
        f'AND ({words} : "Bibliotheken"* OR stems : "bibliotheek")'
    )
    assert match_expression("  --  ") is None
    assert match_expression("") is None


def test_empty_query_gives_the_newest_notes_with_the_filters(db: Database) -> None:
    old = add_note(db, "Oud", noted_on=dt.date(2023, 1, 1), kind="overleg")
    new = add_note(db, "Nieuw", noted_on=dt.date(2024, 6, 1), kind="overleg")
    other = add_note(db, "Ander soort", noted_on=dt.date(2024, 7, 1), kind="telefoongesprek")
    assert ids(search_notes(db, "")) == [other, new, old]
    assert ids(search_notes(db, "  ", kind="overleg")) == [new, old]
    assert ids(search_notes(db, "--", limit=1)) == [other]


def test_filters_narrow_a_search(db: Database) -> None:
    pid = add_partnership(db, "IGS Leiestreek")
    a = add_note(
        db,
        "Taal a",
        kind="overleg",
        tags=["jeugd"],
        nis=[KORTRIJK],
        partnership_id=pid,
        noted_on=dt.date(2024, 3, 1),
    )
    b = add_note(
        db, "Taal b", kind="telefoongesprek", nis=[LENDELEDE], noted_on=dt.date(2024, 9, 1)
    )
    assert set(ids(search_notes(db, "taal"))) == {a, b}
    assert ids(search_notes(db, "taal", kind="overleg")) == [a]
    assert ids(search_notes(db, "taal", tag="#Jeugd ")) == [a]  # normalised like stored tags
    assert ids(search_notes(db, "taal", date_from=dt.date(2024, 6, 1))) == [b]
    assert ids(search_notes(db, "taal", date_to=dt.date(2024, 3, 1))) == [a]
    assert ids(search_notes(db, "taal", partnership_id=pid)) == [a]
    assert ids(search_notes(db, "taal", nis_code=LENDELEDE)) == [b]
    assert ids(search_notes(db, "", nis_code=KORTRIJK)) == [a]


def test_hits_carry_their_tags_and_partnership(db: Database) -> None:
    pid = add_partnership(db, "IGS Leiestreek")
    add_note(db, "Taal", tags=["zorg", "jeugd"], partnership_id=pid)
    (hit,) = search_notes(db, "taal")
    assert hit.tags == ("jeugd", "zorg")
    assert hit.partnership_name == "IGS Leiestreek"


def raw(db_file: Path) -> sqlite3.Connection:
    """A plain SQLite connection with the one function the index's triggers call."""
    connection = sqlite3.connect(db_file, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    register_functions(connection)
    return connection


def test_index_follows_plain_sql_edits_of_notes_tags_and_links(db: Database, db_file: Path) -> None:
    note_id = add_note(db, "Reünie in Eeklo", body="koffie", tags=["taal"], nis=[EEKLO])
    with raw(db_file) as sql:
        sql.execute("UPDATE note SET title = 'Bijeenkomst in Gent' WHERE id = ?", (note_id,))
        sql.execute("DELETE FROM note_tag WHERE note_id = ?", (note_id,))
        sql.execute("INSERT INTO note_tag VALUES (?, 'armoede')", (note_id,))
        sql.execute("DELETE FROM note_government WHERE note_id = ?", (note_id,))
        sql.execute("INSERT INTO note_government VALUES (?, ?)", (note_id, KORTRIJK))
    sql.close()
    assert search_notes(db, "reunie") == []
    assert search_notes(db, "eeklo") == []
    assert search_notes(db, "taal") == []
    assert ids(search_notes(db, "koffie")) == [note_id]
    assert ids(search_notes(db, "gent")) == [note_id]
    assert ids(search_notes(db, "armoede")) == [note_id]
    assert ids(search_notes(db, "kortrijk")) == [note_id]
    assert index_problems(db) == []


def test_index_follows_renamed_and_deleted_links(db: Database, db_file: Path) -> None:
    pid = add_partnership(db, "IGS Meetjesland")
    note_id = add_note(db, "Overleg", partnership_id=pid, nis=[EEKLO])
    with raw(db_file) as sql:
        sql.execute("UPDATE partnership SET name = 'IGS Houtland' WHERE id = ?", (pid,))
        sql.execute("UPDATE government SET name = 'Eeklo-Stad' WHERE nis_code = ?", (EEKLO,))
    assert search_notes(db, "meetjesland") == []
    assert ids(search_notes(db, "houtland")) == [note_id]
    assert ids(search_notes(db, "eeklo stad")) == [note_id]
    with raw(db_file) as sql:
        sql.execute("DELETE FROM partnership WHERE id = ?", (pid,))  # note: SET NULL
    assert search_notes(db, "houtland") == []
    assert index_problems(db) == []


def test_deleting_a_note_removes_it_from_the_index(db: Database, db_file: Path) -> None:
    note_id = add_note(db, "Reünie", tags=["taal"], nis=[EEKLO])
    with raw(db_file) as sql:
        sql.execute("DELETE FROM note WHERE id = ?", (note_id,))
        assert sql.execute("SELECT count(*) FROM note_search").fetchone() == (0,)
        assert sql.execute("SELECT count(*) FROM note_search_key").fetchone() == (0,)
    assert search_notes(db, "reunie") == []
    assert index_problems(db) == []


def test_index_problems_sees_a_broken_index_and_rebuild_repairs_it(
    db: Database, db_file: Path
) -> None:
    keep = add_note(db, "Reünie in Eeklo")
    with raw(db_file) as sql:
        sql.execute("DELETE FROM note_search")
    assert search_notes(db, "eeklo") == []
    assert index_problems(db) != []
    with db.engine.begin() as conn:
        assert rebuild_index(conn) == 1
    assert index_problems(db) == []
    assert ids(search_notes(db, "eeklo")) == [keep]


# --- word forms (schema revision 0003) --------------------------------------------------


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("bibliotheken", "De bibliotheek van Eeklo"),
        ("bibliotheek", "Twee bibliotheken in Eeklo"),
        ("talen", "Een taal leren in Eeklo"),
        ("wijken", "Een wijk in Eeklo"),
        ("reünies", "De reunie in Eeklo"),  # a stem, and the accent aside
        ("Vrijwilligers", "Een vrijwilliger in Eeklo"),
    ],
)
def test_another_form_of_a_word_finds_the_note(db: Database, query: str, written: str) -> None:
    note_id = add_note(db, "Verslag", body=written)
    add_note(db, "Iets anders", body="Niets over dat onderwerp.")
    assert ids(search_notes(db, query)) == [note_id]
    assert ids(search_notes(db, f"{query} eeklo")) == [note_id]


def test_word_forms_in_titles_and_tags_are_found_and_marked(db: Database) -> None:
    in_title = add_note(db, "Bezoek aan de bibliotheek", body="Met de schepen.")
    in_tag = add_note(db, "Losse notitie", tags=["bibliotheek"])
    found = {h.note_id: h for h in search_notes(db, "bibliotheken")}
    assert set(found) == {in_title, in_tag}
    assert found[in_title].title_text() == "Bezoek aan de [bibliotheek]"


@pytest.mark.parametrize("query", ["biblio", "bib", "BIBLIOTHEEK", "reunie", "reü", "REÜNIE"])
def test_prefixes_and_accents_still_work_beside_the_stems(db: Database, query: str) -> None:
    note_id = add_note(db, "Reünie in de bibliotheek")
    assert ids(search_notes(db, query)) == [note_id]


def test_a_word_matches_itself_before_another_form(db: Database) -> None:
    other_form = add_note(db, "Bibliotheek", body="De nieuwe bibliotheek.")
    same_word = add_note(db, "Verslag", body="Over de bibliotheken van de regio.")
    assert ids(search_notes(db, "bibliotheken")) == [same_word, other_form]


def test_stems_are_not_matched_as_prefixes(db: Database) -> None:
    """A word typed matches as a prefix; its stem matches whole stems only: "wijken" (stem
    "wijk") does not find "wijkwerking" (stem "wijkwerk")."""
    add_note(db, "Wijkwerking in Eeklo")
    assert search_notes(db, "wijken") == []


def test_stems_follow_every_edit_through_the_engine(db: Database, db_file: Path) -> None:
    note_id = add_note(db, "Overleg", body="Over de bibliotheek.", tags=["scholen"])
    assert ids(search_notes(db, "school")) == [note_id]
    with raw(db_file) as sql:
        sql.execute("UPDATE note SET body = 'Over de sporthallen.' WHERE id = ?", (note_id,))
    sql.close()
    assert search_notes(db, "bibliotheken") == []
    assert ids(search_notes(db, "sporthal")) == [note_id]
    assert index_problems(db) == []


def test_a_connection_without_the_stemmer_cannot_write_notes_behind_the_index(
    db: Database, db_file: Path
) -> None:
    """The sqlite3 shell (no igs_stem) may read, but a note write fails loudly instead of
    leaving the index stale; the app's engine has the function on every connection."""
    note_id = add_note(db, "Overleg", body="Over de bibliotheek.")
    plain = sqlite3.connect(db_file, isolation_level=None)
    try:
        assert plain.execute("SELECT title FROM note").fetchall() == [("Overleg",)]
        with pytest.raises(sqlite3.OperationalError, match="igs_stem"):
            plain.execute("UPDATE note SET title = 'Anders' WHERE id = ?", (note_id,))
    finally:
        plain.close()
    engine = make_engine(db_file)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT igs_stem('Bibliotheken')").scalar() == (
                "bibliotheek"
            )
    finally:
        engine.dispose()
    assert index_problems(db) == []


def test_stems_text_folds_accents_and_keeps_each_stem_once() -> None:
    assert stems_text("Reünies, reünie en REUNIES") == "reunie en"
    assert stems_text("") == ""
    assert stems_text(None) == ""
