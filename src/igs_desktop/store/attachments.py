"""Attachment files: copied into the data folder under their SHA-256, each content once.

A file lives at ``attachment_dir/<sha256[:2]>/<sha256>``. The database keeps only the hash
and the original file *name*; a path is always built from a checked hash, never from a name,
so no name (``../../etc/passwd``, ``C:\\Windows\\x``, an absolute path) can make anything be
read or written outside the attachment folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
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
log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class Cleanup:
    """What a clean-up removed (hashes), and what it left and why (Dutch, one per file)."""

    deleted: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


def delete_unused(db: Database, attachment_dir: Path, hashes: Iterable[str]) -> Cleanup:
    """Delete the files of ``hashes`` that no attachment row uses any more.

    One file that cannot go (a bad hash in a row, a link out of the folder, a permission)
    does not stop the others: it is reported in ``skipped``."""
    candidates = set(hashes)
    unused = sorted(candidates - referenced(db, candidates))
    deleted: list[str] = []
    skipped: list[str] = []
    for sha256 in unused:
        try:
            if delete_stored(attachment_dir, sha256):
                deleted.append(sha256)
        except (AttachmentError, OSError) as exc:
            log.warning("Attachment file %r not deleted: %s", sha256, exc)
            skipped.append(f"{sha256[:16]}: {exc}")
    return Cleanup(tuple(deleted), tuple(skipped))


def prune(db: Database, attachment_dir: Path) -> Cleanup:
    """Delete stored files no attachment row uses, and leftovers of interrupted copies.

    Removing an attachment keeps its file so that undo can bring it back; run this when no
    undo history is open (at start-up). Only what the app itself stored is touched: a link,
    a folder or a foreign file in the folder is left alone and reported in ``skipped``.
    """
    root = _root(attachment_dir)
    if not root.is_dir():
        return Cleanup()
    skipped: list[str] = []
    for leftover in root.glob(f"{INCOMING}*"):
        if leftover.is_symlink() or not leftover.is_file():
            skipped.append(f"{leftover.name}: geen bestand van IGS Desktop")
            continue
        leftover.unlink(missing_ok=True)
    stored = []
    for path in root.glob("??/*"):
        if path.is_symlink() or path.parent.is_symlink() or not path.is_file():
            skipped.append(f"{path.relative_to(root)}: een koppeling of map, niet aangeraakt")
        elif HASH.fullmatch(path.name):
            stored.append(path.name)
    done = delete_unused(db, root, stored)
    for note in skipped:
        log.warning("Attachment folder: %s", note)
    return Cleanup(done.deleted, (*skipped, *done.skipped))
