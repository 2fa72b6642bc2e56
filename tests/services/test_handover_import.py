"""Hand-over package, import: checked whole before anything is written, then one undoable
write; the round trip brings everything over, a second import changes nothing, and a refused
package leaves the database, its change log and the attachment folder exactly as they were."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igs_desktop.services.editing import EditSession, ValidationError
from igs_desktop.services.handover import (
    ConflictChoice,
    ItemStatus,
    PackageError,
    collect,
    export_package,
    import_package,
    preview_package,
)
from igs_desktop.services.workbench import Workbench
from igs_desktop.store import attachments
from tests.services.handover_tools import edit_json, rewrite, second_workbench, snapshot


@pytest.fixture
def demo(workbench: Workbench) -> Workbench:
    workbench.save_profile("An Overdrager", "an@example.org")
    workbench.create_demo()
    return workbench


@pytest.fixture
def package(demo: Workbench, tmp_path: Path) -> Path:
    return export_package(demo, tmp_path / "overdracht.igs").path


@pytest.fixture
def receiver(migrated_template: Path, tmp_path: Path) -> Iterator[Workbench]:
    with second_workbench(migrated_template, tmp_path / "ontvanger") as workbench:
        yield workbench


def content_of(workbench: Workbench) -> dict[str, Any]:
    """Every record of the portfolio, as the package shapes them, without the sync data."""
    with workbench.db.engine.connect() as conn:
        content = collect.portfolio(conn, None, None)

    def plain(records: tuple[Any, ...]) -> list[dict[str, Any]]:
        dumped = [r.model_dump(mode="json", exclude={"sync"}) for r in records]
        return sorted(dumped, key=lambda r: json.dumps(r, sort_keys=True))

    return {
        "contacts": plain(content.contacts),
        "partnerships": plain(content.partnerships),
        "sessions": plain(content.sessions),
        "notes": plain(content.notes),
        "follow_ups": plain(content.follow_ups),
        "figures": plain(content.figures),
    }


def do_import(
    workbench: Workbench, path: Path, choice: ConflictChoice | None = ConflictChoice.THEIRS
) -> Any:
    return import_package(workbench, preview_package(workbench, path), choice)


# --- the round trip ---------------------------------------------------------------------------
def test_round_trip_brings_records_figures_and_files_over(
    demo: Workbench, package: Path, receiver: Workbench
) -> None:
    preview = preview_package(receiver, package)
    assert {i.status for i in preview.items} == {ItemStatus.ADDED}
    assert not preview.conflicts
    result = import_package(receiver, preview)
    assert result.outcome.edits
    assert result.backup is not None and result.backup.verified
    assert result.backup.reason == "voor-import-pakket"
    assert content_of(receiver) == content_of(demo)
    source_files = {p.name: p.read_bytes() for p in demo.folders.attachments.glob("??/*")}
    received = {p.name: p.read_bytes() for p in receiver.folders.attachments.glob("??/*")}
    assert received == source_files and received
    note_id = next(n["id"] for n in content_of(receiver)["notes"] if n["attachments"])
    note = receiver.notes.note(note_id)
    assert note is not None
    stored = receiver.notes.attachment_file(note.attachments[0].id)
    assert stored.read_bytes() in source_files.values()
    assert receiver.profile() is None  # the colleague arrives as a contact, not as the user
    assert "Overdrachtspakket 'overdracht.igs' geïmporteerd." in result.lines()


def test_the_import_is_one_step_to_undo_and_its_files_are_pruned_as_usual(
    package: Path, receiver: Workbench
) -> None:
    before = snapshot(receiver)
    result = do_import(receiver, package)
    EditSession(receiver.db, receiver.actor).revert(result.outcome)
    counts, _log, files = snapshot(receiver)
    assert {t: n for t, n in counts.items() if t != "change_log"} == {
        t: n for t, n in before[0].items() if t != "change_log"
    }
    assert files  # kept for redo until the next start
    cleanup = receiver.prune_attachments()
    assert cleanup.deleted
    assert snapshot(receiver)[2] == before[2] == []


def test_the_same_package_twice_changes_nothing_the_second_time(
    package: Path, receiver: Workbench
) -> None:
    do_import(receiver, package)
    after_first = snapshot(receiver)
    backups_before = receiver.backups()
    preview = preview_package(receiver, package)
    assert not preview.has_changes
    assert {i.status for i in preview.items} == {ItemStatus.UNCHANGED}
    result = import_package(receiver, preview)
    assert result.outcome.edits == ()
    assert result.backup is None
    assert snapshot(receiver) == after_first
    assert receiver.backups() == backups_before


def test_a_package_into_its_own_database_changes_nothing(demo: Workbench, package: Path) -> None:
    before = snapshot(demo)
    preview = preview_package(demo, package)
    assert not preview.has_changes
    import_package(demo, preview)
    assert snapshot(demo) == before


def test_chosen_partnerships_import_on_their_own(
    demo: Workbench, receiver: Workbench, tmp_path: Path
) -> None:
    path = export_package(demo, tmp_path / "kortrijk.igs", ["IGS Kortrijk–Lendelede"]).path
    do_import(receiver, path)
    names = [p["name"] for p in content_of(receiver)["partnerships"]]
    assert names == ["IGS Kortrijk–Lendelede"]


# --- refused: nothing written -----------------------------------------------------------------
def attachment_name(entries: dict[str, bytes]) -> str:
    return next(n for n in entries if n.startswith("attachments/"))


def add_entry(name: str, data: bytes = b"x") -> Callable[[dict[str, bytes]], None]:
    return lambda entries: entries.__setitem__(name, data)


def tamper(entries: dict[str, bytes]) -> None:
    entries["records/notes.json"] = entries["records/notes.json"].replace(b"Rondgang", b"Rondgong")


def newer_format(entries: dict[str, bytes]) -> None:
    edit_json(entries, "manifest.json", lambda m: m.__setitem__("format_version", 2))


def newer_schema(entries: dict[str, bytes]) -> None:
    edit_json(entries, "manifest.json", lambda m: m.__setitem__("schema_revision", "9999"))


def drop_attachment(entries: dict[str, bytes]) -> None:
    del entries[attachment_name(entries)]


def wrong_type(entries: dict[str, bytes]) -> None:
    edit_json(
        entries,
        "records/partnerships.json",
        lambda d: d["partnerships"][0]["subsidies"][0].__setitem__("amount_cents", "veel"),
    )


def missing_field(entries: dict[str, bytes]) -> None:
    edit_json(entries, "records/notes.json", lambda d: d["notes"][0].pop("title"))


def unknown_nis(entries: dict[str, bytes]) -> None:
    edit_json(
        entries,
        "records/partnerships.json",
        lambda d: d["partnerships"][0]["memberships"][0].__setitem__("nis_code", "99999"),
    )


def unknown_action(entries: dict[str, bytes]) -> None:
    edit_json(
        entries,
        "records/partnerships.json",
        lambda d: d["partnerships"][0]["actions"][0].__setitem__("action_key", "O9-A9"),
    )


def unknown_year(entries: dict[str, bytes]) -> None:
    edit_json(
        entries,
        "records/partnerships.json",
        lambda d: d["partnerships"][0]["subsidies"][0].__setitem__("project_year", 42),
    )


def dangling(entries: dict[str, bytes]) -> None:
    edit_json(
        entries,
        "records/follow_ups.json",
        lambda d: d["follow_ups"][0].update(
            partnership_id="00000000-0000-4000-8000-000000000000",
            partnership_action_id=None,
            support_track_id=None,
        ),
    )


def unexpected(entries: dict[str, bytes]) -> None:
    entries["records/extra.json"] = b"{}"


REFUSALS: dict[str, tuple[Callable[[dict[str, bytes]], None], bool, str]] = {
    # case: (change, fix the manifest's checksums, what the message says)
    "tampered entry": (tamper, False, "records/notes.json klopt niet met de controlesom"),
    "dot-dot path": (add_entry("../buiten.txt"), True, "pad met '..'"),
    "dot-dot inside": (add_entry("attachments/../../x"), True, "pad met '..'"),
    "absolute path": (add_entry("/etc/passwd"), True, "absoluut pad"),
    "drive letter": (add_entry("C:/Windows/win.ini"), True, "stationsletter"),
    "backslash": (add_entry("..\\buiten.txt"), True, "backslash"),
    "newer format version": (newer_format, True, "formaatversie 2, nieuwer"),
    "newer schema": (newer_schema, True, "nieuwere IGS Desktop (schema 9999)"),
    "missing attachment": (drop_attachment, True, "ontbreekt in het pakket"),
    "wrong type": (
        wrong_type,
        True,
        "records/partnerships.json, partnerships[1] ('Genk'): subsidies[1]",
    ),
    "missing field": (missing_field, True, "records/notes.json, notes[1]: title ontbreekt"),
    "unknown NIS code": (unknown_nis, True, "NIS-code 99999 is in deze database niet bekend"),
    "unknown action": (unknown_action, True, "staat niet in de actiecatalogus"),
    "unknown project year": (unknown_year, True, "projectjaar 42 bestaat in deze database niet"),
    "dangling reference": (dangling, True, "niet in het pakket en niet in deze database"),
    "unexpected entry": (unexpected, True, "records/extra.json, dat in dit formaat niet"),
    "unlisted entry": (add_entry("attachments/" + "0" * 64), False, "niet in het manifest"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_refused_with_nothing_written(
    package: Path, receiver: Workbench, tmp_path: Path, case: str
) -> None:
    change, fix, message = REFUSALS[case]
    bad = rewrite(package, tmp_path / "fout.igs", change, fix_manifest=fix)
    before = snapshot(receiver)
    with pytest.raises(PackageError) as refused:
        do_import(receiver, bad)
    text = str(refused.value)
    assert message in text
    assert text.startswith("Pakket fout.igs geweigerd: ") and text.endswith(
        "Er is niets geïmporteerd."
    )
    assert "\n" not in text
    assert snapshot(receiver) == before
    assert receiver.backups() == []


def test_a_wrong_type_names_the_entry_and_the_record(
    package: Path, receiver: Workbench, tmp_path: Path
) -> None:
    bad = rewrite(package, tmp_path / "fout.igs", wrong_type)
    with pytest.raises(PackageError, match=r"amount_cents moet een geheel getal zijn"):
        preview_package(receiver, bad)


def bomb(path: Path, size: int = 64 * 1024**2) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{}")
        with archive.open("records/notes.json", "w") as out:
            chunk = b"\0" * (1024**2)
            for _ in range(size // len(chunk)):
                out.write(chunk)
    return path


def test_a_zip_bomb_is_refused_before_it_is_unpacked(receiver: Workbench, tmp_path: Path) -> None:
    path = bomb(tmp_path / "bom.igs")
    assert path.stat().st_size < 1024**2
    before = snapshot(receiver)
    with pytest.raises(PackageError, match="zip-bom"):
        do_import(receiver, path)
    assert snapshot(receiver) == before


def test_too_many_entries_are_refused(receiver: Workbench, tmp_path: Path) -> None:
    from igs_desktop.services.handover.format import MAX_ENTRIES

    path = tmp_path / "veel.igs"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for index in range(MAX_ENTRIES + 1):
            archive.writestr(f"attachments/{index}", b"")
    with pytest.raises(PackageError, match="onderdelen"):
        preview_package(receiver, path)


def test_not_a_package(receiver: Workbench, tmp_path: Path) -> None:
    for name, data in (
        ("leeg.igs", b""),
        ("tekst.igs", b"Dit is geen ZIP."),
        ("db.igs", b"SQLite format 3\0"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(PackageError, match="geen overdrachtspakket"):
            preview_package(receiver, path)
    with pytest.raises(PackageError, match="bestaat niet"):
        preview_package(receiver, tmp_path / "nergens.igs")
    plain = tmp_path / "gewone.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("iets.txt", "hallo")
    with pytest.raises(PackageError, match=r"manifest\.json ontbreekt"):
        preview_package(receiver, plain)


def test_a_changed_database_between_preview_and_import_is_refused(
    package: Path, receiver: Workbench
) -> None:
    preview = preview_package(receiver, package)
    do_import(receiver, package)
    after = snapshot(receiver)
    with pytest.raises(ValidationError, match="gewijzigd sinds het voorbeeld"):
        import_package(receiver, preview)
    assert snapshot(receiver)[:2] == after[:2]


def test_an_attachment_changed_after_the_preview_stops_the_import(
    package: Path, receiver: Workbench, tmp_path: Path
) -> None:
    preview = preview_package(receiver, package)
    sha = next(iter(preview.package.content.attachment_hashes))
    swapped = rewrite(
        package,
        tmp_path / "tussendoor.igs",
        lambda e: e.__setitem__(f"attachments/{sha}", b"x" * len(e[f"attachments/{sha}"])),
        fix_manifest=False,
    )
    package.write_bytes(swapped.read_bytes())
    counts_before = snapshot(receiver)[:2]
    with pytest.raises(PackageError, match="gewijzigd sinds het pakket gecontroleerd"):
        import_package(receiver, preview)
    assert snapshot(receiver)[:2] == counts_before
    assert not attachments.blob_path(receiver.folders.attachments, sha).exists()


# --- hostile bytes ------------------------------------------------------------------------------
GOOD: dict[str, bytes] = {}


def mutated(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        out[position % len(out)] = value
    return bytes(out)


def zip_of(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data)
    return buffer.getvalue()


hostile = st.one_of(
    st.binary(max_size=4096),
    st.lists(
        st.tuples(
            st.sampled_from(
                ["manifest.json", "records/notes.json", "../x", "/abs", "C:/x", "attachments/a"]
            )
            | st.text(max_size=30),
            st.binary(max_size=300),
        ),
        max_size=6,
    ).map(zip_of),
    st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=8),
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=hostile)
def test_arbitrary_bytes_never_crash_the_importer_nor_change_the_database(
    package: Path, receiver: Workbench, tmp_path: Path, data: bytes | list[tuple[int, int]]
) -> None:
    if isinstance(data, list):  # edits of a good package: damage in all its places
        data = mutated(package.read_bytes(), data)
    path = tmp_path / "willekeurig.igs"
    path.write_bytes(data)
    before = snapshot(receiver)
    try:
        do_import(receiver, path)
    except PackageError as exc:
        assert str(exc).startswith("Pakket willekeurig.igs geweigerd: ")
        assert snapshot(receiver) == before
        return
    # Taken in: the damage hit a byte that does not matter (a time stamp in the ZIP), so
    # every check passed and this was still the good package.
    assert isinstance(data, bytes) and zipfile.is_zipfile(path)
