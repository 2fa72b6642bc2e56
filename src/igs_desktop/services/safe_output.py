"""Where a report or an export may be written: never over the database, its journal files, a
backup or an attachment, never over a device or a folder, and over an existing file only when
the user said so (``--force``, or the save dialog's own question).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from .editing import ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


class UnsafeOutputError(ValidationError):
    """The output path would destroy something; the message (Dutch) says what and why."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "out")


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def checked_output(
    target: Path, database: Path, protected_dirs: Iterable[Path] = (), overwrite: bool = False
) -> Path:
    """``target`` resolved, or UnsafeOutputError. Nothing is written here."""
    path = target.expanduser()
    resolved = path.resolve()
    db = database.expanduser().resolve()
    if resolved in {db.with_name(db.name + suffix) for suffix in COMPANIONS}:
        raise UnsafeOutputError(
            f"{target} is de database van IGS Desktop (of hoort erbij); een rapport of export "
            "mag die nooit vervangen. Kies een andere bestandsnaam. Er is niets geschreven."
        )
    for folder in protected_dirs:
        if resolved.is_relative_to(folder.expanduser().resolve()):
            raise UnsafeOutputError(
                f"{target} ligt in {folder}, waar IGS Desktop zijn back-ups of bijlagen bewaart. "
                "Kies een andere map. Er is niets geschreven."
            )
    if path.exists() or path.is_symlink():
        if not resolved.is_file():
            raise UnsafeOutputError(
                f"{target} is geen gewoon bestand (een map of apparaat); kies een bestandsnaam. "
                "Er is niets geschreven."
            )
        if _is_sqlite(resolved):
            raise UnsafeOutputError(
                f"{target} is een database; een rapport of export vervangt nooit een database. "
                "Kies een andere bestandsnaam. Er is niets geschreven."
            )
        if not overwrite:
            raise UnsafeOutputError(
                f"{target} bestaat al. Kies een andere naam, of vervang het bestand met "
                "--force. Er is niets geschreven."
            )
    return resolved


def write_atomically(path: Path, content: bytes, error: Callable[[str], Exception]) -> None:
    """Write ``content`` beside ``path`` and rename it into place: a reader never sees half a
    file, and a failure leaves nothing behind. ``error`` makes the Dutch exception to raise.

    Not tempfile.mkstemp: its file is private (0600), and a report is meant to be shared.
    """
    folder = path.parent
    if not folder.is_dir():
        raise error(f"De map {folder} bestaat niet; {path.name} kan er niet in.")
    temporary = folder / f".{path.name}.{uuid.uuid4().hex}.tmp"
    try:
        with open(temporary, "xb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise error(
            f"{path} kan niet geschreven worden: {exc.strerror or exc}. Er is niets geschreven."
        ) from exc
