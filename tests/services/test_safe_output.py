"""Where an output may go: the rules of services.safe_output, without a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from igs_desktop.services.safe_output import UnsafeOutputError, checked_output


def test_a_symlink_to_the_database_is_the_database(tmp_path: Path) -> None:
    db = tmp_path / "igs.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + bytes(100))
    link = tmp_path / "rapport.pdf"
    link.symlink_to(db)
    with pytest.raises(UnsafeOutputError, match="database van IGS Desktop"):
        checked_output(link, db, overwrite=True)


def test_a_new_file_beside_the_database_is_fine(tmp_path: Path) -> None:
    db = tmp_path / "igs.sqlite"
    assert checked_output(tmp_path / "plan.pdf", db) == (tmp_path / "plan.pdf").resolve()


def test_nothing_inside_a_protected_folder(tmp_path: Path) -> None:
    attachments = tmp_path / "attachments"
    with pytest.raises(UnsafeOutputError, match="back-ups of bijlagen"):
        checked_output(attachments / "ab" / "x.pdf", tmp_path / "igs.sqlite", [attachments])


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(UnsafeOutputError, match="geen gewoon bestand"):
        checked_output(tmp_path, tmp_path / "igs.sqlite", overwrite=True)
