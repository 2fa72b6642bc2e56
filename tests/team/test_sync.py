"""Two laptops and a real PostgreSQL server: changes travel, conflicts are listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from .sync_tools import Laptop, second_device


@pytest.fixture
def laptops(team) -> list[Laptop]:
    return [team("An Peeters"), team("Bram Claes")]


def _names(laptop: Laptop) -> set[str]:
    return {r["name"] for r in laptop.rows("partnership")}


def test_two_laptops_editing_different_records_end_equal(laptops: list[Laptop]) -> None:
    an, bram = laptops
    an.portfolio.create_partnership("IGS Noord", 1, kpi="300 oefenkansen")
    bram.portfolio.create_partnership("IGS Zuid", 1)
    first = an.synchronise()
    assert first.sent >= 1 and first.open_conflicts == 0
    bram.synchronise()
    an.synchronise()
    assert _names(an) == _names(bram) == {"IGS Noord", "IGS Zuid"}


def _partnership(laptop: Laptop, name: str) -> dict:
    return next(r for r in laptop.rows("partnership") if r["name"] == name)


def _shared(an: Laptop, bram: Laptop) -> str:
    """A partnership of An that both laptops hold after synchronising."""
    an.portfolio.create_partnership("IGS Gedeeld", 1, kpi="begin")
    an.synchronise()
    bram.synchronise()
    return _partnership(bram, "IGS Gedeeld")["id"]


def test_different_fields_of_one_record_changed_on_two_devices_merge(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    an, bram = laptops
    pid = _shared(an, bram)
    # Only An may change her partnership, so the two sides are two devices of hers, offline.
    tablet = second_device(an, tmp_path)
    an.portfolio.update_partnership(pid, kpi="500 oefenkansen")
    tablet.portfolio.update_partnership(pid, notes="Overleg in maart")
    tablet.synchronise()
    summary = an.synchronise()
    assert summary.open_conflicts == 0
    tablet.synchronise()
    bram.synchronise()
    for laptop in (an, tablet, bram):
        row = _partnership(laptop, "IGS Gedeeld")
        assert (row["kpi"], row["notes"]) == ("500 oefenkansen", "Overleg in maart")
    tablet.db.close()


def test_unsent_local_change_meets_a_server_change_as_a_conflict_and_mine_propagates(
    laptops: list[Laptop], tmp_path: Path
) -> None:
    an, bram = laptops
    pid = _shared(an, bram)
    # A second device of An (a copy of her file) changes the KPI and synchronises first.
    tablet = second_device(an, tmp_path)
    tablet.portfolio.update_partnership(pid, kpi="van de tablet")
    tablet.synchronise()
    an.portfolio.update_partnership(pid, kpi="van de laptop")
    summary = an.synchronise()
    assert summary.new_conflicts == 1 and summary.open_conflicts == 1
    (item,) = an.sync.conflicts()
    assert (item.field, item.local_value, item.remote_value) == (
        "kpi",
        "van de laptop",
        "van de tablet",
    )
    # Both kept: mine in the table, theirs in the conflict; nothing was sent for the field.
    assert _partnership(an, "IGS Gedeeld")["kpi"] == "van de laptop"
    bram.synchronise()
    assert _partnership(bram, "IGS Gedeeld")["kpi"] == "van de tablet"
    an.sync.resolve(item.id, "mine")
    assert an.sync.conflicts() == []
    an.synchronise()
    bram.synchronise()
    tablet.synchronise()
    assert _partnership(bram, "IGS Gedeeld")["kpi"] == "van de laptop"
    assert _partnership(tablet, "IGS Gedeeld")["kpi"] == "van de laptop"
    tablet.db.close()


def test_taking_theirs_writes_the_server_value_here(laptops: list[Laptop], tmp_path: Path) -> None:
    an, bram = laptops
    pid = _shared(an, bram)
    tablet = second_device(an, tmp_path)
    tablet.portfolio.update_partnership(pid, kpi="van de tablet")
    tablet.synchronise()
    an.portfolio.update_partnership(pid, kpi="van de laptop")
    an.synchronise()
    (item,) = an.sync.conflicts()
    an.sync.resolve(item.id, "theirs")
    assert _partnership(an, "IGS Gedeeld")["kpi"] == "van de tablet"
    summary = an.synchronise()
    assert summary.open_conflicts == 0
    tablet.synchronise()
    assert _partnership(tablet, "IGS Gedeeld")["kpi"] == "van de tablet"
    tablet.db.close()


def test_a_second_synchronisation_without_changes_changes_nothing(laptops: list[Laptop]) -> None:
    an, bram = laptops
    _shared(an, bram)
    before = (an.rows("partnership"), bram.rows("partnership"))
    again = an.synchronise()
    assert (again.sent, again.received, again.open_conflicts) == (0, 0, 0)
    assert bram.synchronise().sent == 0
    assert (an.rows("partnership"), bram.rows("partnership")) == before


def test_a_wrong_password_changes_nothing_here(laptops: list[Laptop]) -> None:
    from igs_desktop.services.sync import SyncError

    an, _bram = laptops
    an.portfolio.create_partnership("IGS Noord", 1)
    an.db.engine.dispose()
    before = an.db.path.read_bytes()
    with pytest.raises(SyncError, match="wachtwoord"):
        an.sync.synchronise(an.url, "fout-wachtwoord")
    an.db.engine.dispose()
    assert an.db.path.read_bytes() == before


def test_an_unreachable_server_changes_nothing_here(laptops: list[Laptop]) -> None:
    from igs_desktop.services.sync import SyncError

    an, _bram = laptops
    an.portfolio.create_partnership("IGS Noord", 1)
    an.db.engine.dispose()
    before = an.db.path.read_bytes()
    with pytest.raises(SyncError, match="niet bereikbaar"):
        an.sync.synchronise("postgresql://an@127.0.0.1:1/igs", "x")
    an.db.engine.dispose()
    assert an.db.path.read_bytes() == before


def test_demo_data_and_private_notes_stay_on_the_laptop(laptops: list[Laptop]) -> None:
    import datetime as dt

    from igs_desktop.services.notes import NotesService

    an, bram = laptops
    an.portfolio.create_partnership("IGS Noord", 1)
    pid = _partnership(an, "IGS Noord")["id"]
    notes = NotesService(an.db, an.name)
    notes.create_note(
        "Gesprek met bewoner", dt.date(2026, 11, 2), body="naam, adres", personal_data=True
    )
    notes.create_note("Werkgroep", dt.date(2026, 11, 3), body="afspraken", partnership_id=pid)
    an.synchronise()
    an.portfolio.create_partnership("IGS Later", 1)
    notes.create_note(
        "Nog een gesprek", dt.date(2026, 11, 4), personal_data=True, partnership_id=pid
    )
    an.synchronise()
    bram.synchronise()
    titles = {r["title"] for r in bram.rows("note")}
    assert titles == {"Werkgroep"}
    assert {r["name"] for r in bram.rows("partnership")} == {"IGS Noord", "IGS Later"}


def test_sending_in_small_chunks_ends_the_same(laptops: list[Laptop], monkeypatch) -> None:
    from igs_desktop.services import sync

    monkeypatch.setattr(sync, "CHUNK", 2)
    an, bram = laptops
    for n in range(5):
        an.portfolio.create_partnership(f"IGS An {n}", 1)
    an.synchronise()  # first upload in chunks of 2
    for n in range(5):
        bram.portfolio.create_partnership(f"IGS Bram {n}", 1)
    bram.synchronise()
    bram.synchronise()  # then pushes in chunks of 2
    an.synchronise()
    assert _names(an) == _names(bram) and len(_names(an)) == 10


def test_changes_to_a_partnership_a_colleague_took_over_are_refused_listed_and_kept(
    laptops: list[Laptop],
) -> None:
    an, bram = laptops
    pid = _shared(an, bram)
    summary = bram.sync.take_over(bram.url, bram.password, pid)
    assert summary.open_conflicts == 0
    assert (
        _partnership(bram, "IGS Gedeeld")["support_contact_id"]
        != _partnership(an, "IGS Gedeeld")["support_contact_id"]
    )
    # An, offline, still thinks it is hers.
    an.portfolio.update_partnership(pid, notes="mijn aantekening")
    an.portfolio.add_member(pid, "34022", 1)
    result = an.synchronise()
    assert result.sent == 0
    assert "samenwerkingsverband 'IGS Gedeeld': niet aan u toegewezen" in result.refused
    assert "lidmaatschap '34022': niet aan u toegewezen" in result.refused
    assert _partnership(an, "IGS Gedeeld")["notes"] == "mijn aantekening"  # kept here
    bram.synchronise()
    assert _partnership(bram, "IGS Gedeeld")["notes"] == ""
    assert bram.rows("membership") == []
    # The takeover is in everyone's history, with the contacts by name.
    from igs_desktop.store.details import history_of

    for laptop in (an, bram):
        (takeover,) = [h for h in history_of(laptop.db, pid) if h.operation == "takeover"]
        assert (takeover.old_value, takeover.new_value) == ("An Peeters", "Bram Claes")


def _server_rows(admin_url: str, query: str) -> list[tuple]:
    import sqlalchemy as sa

    from igs_desktop.store.team_server.engine import make_server_engine

    engine = make_server_engine(admin_url, None)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(query))]
    finally:
        engine.dispose()


def test_a_private_note_is_not_on_the_server_and_an_erasure_reaches_it(
    team, team_database: str
) -> None:
    import datetime as dt

    from igs_desktop.services.notes import NotesService
    from igs_desktop.services.privacy import erase_personal_data

    an, bram = team("An Peeters"), team("Bram Claes")
    notes = NotesService(an.db, an.name)
    notes.create_note("Privé gesprek", dt.date(2026, 11, 2), body="adres", personal_data=True)
    shared = notes.create_note(
        "Gedeeld gesprek",
        dt.date(2026, 11, 3),
        body="naam en telefoon",
        tags="bewoner",
        personal_data=True,
    ).created_id
    assert shared
    notes.update_note(shared, shared_with_team=True)
    an.synchronise()
    on_server = _server_rows(team_database, "SELECT title, body FROM note ORDER BY title")
    assert on_server == [("Gedeeld gesprek", "naam en telefoon")]
    bram.synchronise()
    assert {r["title"] for r in bram.rows("note")} == {"Gedeeld gesprek"}

    erase_personal_data(an.db, an.db.path.parent / "bijlagen", an.name)
    assert not an.synchronise().refused
    assert _server_rows(team_database, "SELECT title, body FROM note") == [("[gewist]", "")]
    assert _server_rows(team_database, "SELECT tag FROM note_tag") == []
    kept = _server_rows(
        team_database,
        "SELECT coalesce(old_value, '') || coalesce(new_value, '') || entity_id FROM change_log"
        " WHERE entity LIKE 'note%'",
    )
    assert not any("telefoon" in text or "bewoner" in text for (text,) in kept)
    bram.synchronise()
    assert [(r["title"], r["body"]) for r in bram.rows("note")] == [("[gewist]", "")]
    assert bram.rows("note_tag") == []
    local_log = [
        (r["old_value"] or "") + (r["new_value"] or "") + r["entity_id"]
        for r in bram.rows("change_log")
        if r["entity"].startswith("note")
    ]
    assert not any("telefoon" in text or "bewoner" in text for text in local_log)


def test_a_colleague_cannot_erase_a_note_through_the_server_function(team) -> None:
    import datetime as dt

    import psycopg

    from igs_desktop.services.notes import NotesService

    an, bram = team("An Peeters"), team("Bram Claes")
    note = (
        NotesService(an.db, an.name)
        .create_note("Werkgroep", dt.date(2026, 11, 3), body="afspraken", tags="werkgroep")
        .created_id
    )
    an.synchronise()
    with (
        psycopg.connect(bram.url, password=bram.password) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT igs_erase_note(%s)", (note,))
    with psycopg.connect(an.url, password=an.password) as conn:
        assert conn.execute("SELECT count(*) FROM note_tag").fetchone() == (1,)


@pytest.mark.parametrize(
    ("revision", "words"),
    [("0099", "werk IGS Desktop bij"), ("0003", "laat de beheerder de teamdatabase bijwerken")],
)
def test_a_server_on_another_schema_is_refused_and_nothing_changes_here(
    team, team_database: str, revision: str, words: str
) -> None:
    import sqlalchemy as sa

    from igs_desktop.services.sync import SyncError
    from igs_desktop.store.team_server.engine import make_server_engine

    an = team("An Peeters")
    an.portfolio.create_partnership("IGS Noord", 1)
    engine = make_server_engine(team_database, None)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()
    an.db.engine.dispose()
    before = an.db.path.read_bytes()
    with pytest.raises(SyncError, match=words):
        an.synchronise()
    an.db.engine.dispose()
    assert an.db.path.read_bytes() == before


def test_deleting_a_colleagues_record_is_refused_not_lost(laptops: list[Laptop]) -> None:
    an, bram = laptops
    pid = _shared(an, bram)
    an.portfolio.add_member(pid, "34022", 1)
    an.synchronise()
    bram.synchronise()
    # Bram may not change An's partnership; the app stops him at the front door, so this is
    # what a bypassed front door would send (the server hides the row from his DELETE).
    from igs_desktop.store import editing

    with bram.db.engine.begin() as conn:
        editing.remove(conn, bram.name, "membership", {"id": bram.rows("membership")[0]["id"]})
    result = bram.synchronise()
    assert result.sent == 0
    assert "lidmaatschap '34022': niet aan u toegewezen" in result.refused
    an.synchronise()
    assert len(an.rows("membership")) == 1


def test_a_partnership_assigned_to_another_contact_here_is_not_uploaded_and_said(
    laptops: list[Laptop],
) -> None:
    an, bram = laptops
    with an.db.engine.begin() as conn:  # a colleague known only on this laptop (a package)
        conn.exec_driver_sql(
            "INSERT INTO support_contact (id, name, email, is_user, server_role, created_at)"
            " VALUES ('local-colleague', 'Lokale collega', '', 0, '', '2026-11-01 00:00:00')"
        )
    an.portfolio.create_partnership("IGS Van Een Ander", 1, support_contact_id="local-colleague")
    an.portfolio.create_partnership("IGS Van Mij", 1)
    summary = an.synchronise()
    assert summary.uploaded == 1 and summary.not_shared == ("IGS Van Een Ander",)
    assert any("IGS Van Een Ander" in line for line in summary.lines())
    bram.synchronise()
    assert _names(bram) == {"IGS Van Mij"}
