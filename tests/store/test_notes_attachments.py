"""Attachment files: stored under their hash, once per content, never outside their folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from igs_desktop.store.attachments import (
    AttachmentError,
    blob_path,
    delete_stored,
    prune,
    safe_file_name,
    store_file,
    stored_path,
    viewer_copy,
)
from igs_desktop.store.database import Database


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "flip-over.jpg"
    path.parent.mkdir()
    path.write_bytes(b"\xff\xd8 een foto van een flip-over " * 1000)
    return path


def test_a_file_is_stored_under_its_sha256(tmp_path: Path, source: Path) -> None:
    folder = tmp_path / "data" / "attachments"
    stored = store_file(folder, source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.sha256 == digest
    assert stored.size == source.stat().st_size
    assert stored.file_name == "flip-over.jpg"
    assert files_under(folder) == {folder / digest[:2] / digest}
    assert (folder / digest[:2] / digest).read_bytes() == source.read_bytes()
    assert stored_path(folder, digest) == (folder / digest[:2] / digest).resolve()


def test_two_identical_files_are_stored_once(tmp_path: Path, source: Path) -> None:
    folder = tmp_path / "attachments"
    copy = tmp_path / "in" / "kopie.jpg"
    copy.write_bytes(source.read_bytes())
    first = store_file(folder, source)
    second = store_file(folder, copy)
    assert first.sha256 == second.sha256
    assert (first.file_name, second.file_name) == ("flip-over.jpg", "kopie.jpg")
    assert len(files_under(folder)) == 1
    other = tmp_path / "in" / "ander.xlsx"
    other.write_bytes(b"iets anders")
    store_file(folder, other)
    assert len(files_under(folder)) == 2


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\Windows\\system.ini", "system.ini"),
        ("C:\\Users\\x\\cijfers.xlsx", "cijfers.xlsx"),
        ("C:cijfers.xlsx", "C_cijfers.xlsx"),
        ("..", "bijlage"),
        (".", "bijlage"),
        ("\n\t", "bijlage"),
        ("a/b/../../..", "bijlage"),
        ("nul\x00byte.txt", "nulbyte.txt"),
        ("verslag <def>?.docx", "verslag _def__.docx"),
        ("Reünie.pdf", "Reünie.pdf"),
    ],
)
def test_a_name_cannot_lead_outside_the_attachment_folder(
    tmp_path: Path, source: Path, name: str, kept: str
) -> None:
    folder = tmp_path / "data" / "attachments"
    before = files_under(tmp_path) - files_under(folder)
    stored = store_file(folder, source, name)
    assert stored.file_name == kept
    assert safe_file_name(name) == kept
    # Nothing was written anywhere but in the attachment folder, under the hash.
    assert files_under(tmp_path) - files_under(folder) == before
    assert {p.name for p in files_under(folder)} == {stored.sha256}
    assert not (tmp_path / "etc").exists()


@pytest.mark.parametrize(
    "bad_hash",
    ["../../etc/passwd", "/etc/passwd", "", "abc", "A" * 64, "g" * 64, "0" * 63 + "/", None],
)
def test_reading_refuses_anything_but_a_hash(tmp_path: Path, bad_hash: str) -> None:
    with pytest.raises(AttachmentError):
        blob_path(tmp_path / "attachments", bad_hash)
    with pytest.raises(AttachmentError):
        stored_path(tmp_path / "attachments", bad_hash)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need rights on Windows")
def test_a_link_cannot_lead_reading_outside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "attachments"
    folder.mkdir()
    outside = tmp_path / "geheim"
    outside.mkdir()
    sha = "ab" + "0" * 62
    (outside / sha).write_text("geheim")
    (folder / "ab").symlink_to(outside, target_is_directory=True)
    with pytest.raises(AttachmentError):
        stored_path(folder, sha)


def test_a_viewer_copy_stays_in_its_folder(tmp_path: Path, source: Path) -> None:
    folder = tmp_path / "attachments"
    stored = store_file(folder, source)
    viewer = tmp_path / "viewer"
    path = viewer_copy(folder, stored.sha256, "../../../etc/passwd", viewer)
    assert path.is_relative_to(viewer.resolve())
    assert path.name == "passwd"
    assert path.read_bytes() == source.read_bytes()
    assert not (tmp_path / "etc").exists()


def test_without_a_name_the_source_names_the_attachment(tmp_path: Path, source: Path) -> None:
    assert store_file(tmp_path / "attachments", source, "").file_name == "flip-over.jpg"
    assert safe_file_name("") == "bijlage"


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="ontbreekt"):
        stored_path(tmp_path, "ab" * 32)
    assert delete_stored(tmp_path, "ab" * 32) is False


def test_prune_deletes_only_files_no_attachment_uses(
    db: Database, tmp_path: Path, source: Path
) -> None:
    from tests.store.test_notes_search import add_note

    folder = tmp_path / "attachments"
    used = store_file(folder, source)
    other = tmp_path / "in" / "weg.txt"
    other.write_bytes(b"niet meer gebruikt")
    unused = store_file(folder, other)
    (folder / ".incoming-half").write_bytes(b"onderbroken kopie")
    note_id = add_note(db, "Met bijlage")
    with db.session() as session:
        from igs_desktop.store.tables import Attachment

        session.add(
            Attachment(note_id=note_id, file_name="f.jpg", sha256=used.sha256, size=used.size)
        )
        session.commit()
    assert prune(db, folder).deleted == (unused.sha256,)
    assert {p.name for p in files_under(folder)} == {used.sha256}


def test_prune_leaves_links_and_foreign_files_alone(db: Database, tmp_path: Path) -> None:
    """A symlink in the attachment folder crashed the start-up clean-up (issue 11, 7)."""
    folder = tmp_path / "attachments"
    outside = tmp_path / "elders" / "belangrijk.txt"
    outside.parent.mkdir()
    outside.write_bytes(b"niet van IGS Desktop")
    fake = "ab" + "0" * 62
    (folder / "ab").mkdir(parents=True)
    (folder / "ab" / fake).symlink_to(outside)
    (folder / "cd").symlink_to(outside.parent, target_is_directory=True)
    (folder / ".incoming-link").symlink_to(outside)
    cleanup = prune(db, folder)
    assert cleanup.deleted == ()
    assert len(cleanup.skipped) >= 2
    assert outside.read_bytes() == b"niet van IGS Desktop"
    assert (folder / "ab" / fake).is_symlink()
