"""Attachment files: copied into the data folder under their SHA-256, each content once.

A file lives at ``attachment_dir/<sha256[:2]>/<sha256>``. The database keeps only the hash
and the original file *name*; a path is always built from a checked hash, never from a name,
so no name (``../../etc/passwd``, ``C:\\Windows\\x``, an absolute path) can make anything be
read or written outside the attachment folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from .database import Database
from .tables import Attachment

HASH = re.compile(r"[0-9a-f]{64}")
CHUNK = 1 << 20
MAX_NAME = 180
FALLBACK_NAME = "bijlage"
_FORBIDDEN = set('<>:"|?*')  # not allowed in Windows file names
INCOMING = ".incoming-"


class AttachmentError(ValueError):
    """A hash or file that cannot be used as an attachment (Dutch message)."""


@dataclass(frozen=True)
class StoredFile:
    file_name: str
    size: int
    sha256: str


def safe_file_name(name: str) -> str:
    """The name to show and keep: its last part only, without folders, drive letters,
    control characters or characters Windows refuses; never empty, "." or ".."."""
    text = unicodedata.normalize("NFC", name).replace("\\", "/").split("/")[-1]
    text = "".join(
        "_" if ch in _FORBIDDEN else ch for ch in text if unicodedata.category(ch)[0] != "C"
    ).strip()
    if text.strip(".") == "":
        return FALLBACK_NAME
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        text = f"{stem[: MAX_NAME - len(ext) - 1]}.{ext}" if dot and len(ext) < 12 else text
        text = text[:MAX_NAME]
    return text


def _root(attachment_dir: Path) -> Path:
    return attachment_dir.expanduser().resolve()


def blob_path(attachment_dir: Path, sha256: str) -> Path:
    """Where the file with this hash lives; refuses anything that is not a SHA-256, and a
    path that a link would lead out of the attachment folder."""
    if not isinstance(sha256, str) or not HASH.fullmatch(sha256):
        raise AttachmentError(f"'{sha256}' is geen geldige SHA-256 van een bijlage.")
    root = _root(attachment_dir)
    path = (root / sha256[:2] / sha256).resolve()
    if not path.is_relative_to(root):
        raise AttachmentError("Een bijlage mag niet buiten de map met bijlagen staan.")
    return path


def store_file(attachment_dir: Path, source: Path, file_name: str | None = None) -> StoredFile:
    """Copy ``source`` into the attachment folder (once per content) and describe it.

    The copy is written to a temporary file beside its place, flushed to disk, then renamed,
    so a crash leaves either the whole file or none.
    """
    root = _root(attachment_dir)
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temp_name = tempfile.mkstemp(dir=root, prefix=INCOMING)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        target = blob_path(root, digest.hexdigest())
        if target.is_file() and target.stat().st_size == size:
            temp.unlink()
        else:
            target.parent.mkdir(exist_ok=True)
            os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return StoredFile(safe_file_name(file_name or source.name), size, digest.hexdigest())


def stored_path(attachment_dir: Path, sha256: str) -> Path:
    """The stored file, for reading; FileNotFoundError (Dutch) when it is missing."""
    path = blob_path(attachment_dir, sha256)
    if not path.is_file():
        raise FileNotFoundError(f"Het bestand van deze bijlage ontbreekt ({sha256[:12]}…).")
    return path


def viewer_copy(attachment_dir: Path, sha256: str, file_name: str, folder: Path) -> Path:
    """A copy under its own name in ``folder`` (the system's viewer picks an app by the
    extension); the name cannot lead the copy out of ``folder``."""
    source = stored_path(attachment_dir, sha256)
    base = folder.expanduser().resolve()
    target = (base / sha256[:16] / safe_file_name(file_name)).resolve()
    if not target.is_relative_to(base):
        raise AttachmentError("Een bijlage mag niet buiten de gekozen map geschreven worden.")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def delete_stored(attachment_dir: Path, sha256: str) -> bool:
    """Remove a stored file; True when there was one."""
    path = blob_path(attachment_dir, sha256)
    if not path.is_file():
        return False
    path.unlink()
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only when empty
    return True


def referenced(db: Database, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` an attachment row still uses."""
    wanted = sorted(set(hashes))
    found: set[str] = set()
    with db.session() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found.update(
                session.exec(
                    select(Attachment.sha256).where(col(Attachment.sha256).in_(chunk)).distinct()
                )
            )
    return found


def delete_unused(db: Database, attachment_dir: Path, hashes: Iterable[str]) -> list[str]:
    """Delete the files of ``hashes`` that no attachment row uses any more."""
    candidates = set(hashes)
    unused = sorted(candidates - referenced(db, candidates))
    return [h for h in unused if delete_stored(attachment_dir, h)]


def prune(db: Database, attachment_dir: Path) -> list[str]:
    """Delete stored files no attachment row uses, and leftovers of interrupted copies.

    Removing an attachment keeps its file so that undo can bring it back; run this when no
    undo history is open (at start-up).
    """
    root = _root(attachment_dir)
    if not root.is_dir():
        return []
    for leftover in root.glob(f"{INCOMING}*"):
        leftover.unlink(missing_ok=True)
    stored = [p.name for p in root.glob("??/*") if HASH.fullmatch(p.name)]
    return delete_unused(db, root, stored)
