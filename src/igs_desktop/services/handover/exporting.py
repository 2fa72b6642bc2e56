"""Writing a hand-over package: the chosen partnerships (or all) with everything that goes
with them, to one ``.igs`` file, written beside its place and renamed when whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError as ShapeError

from ... import __version__
from ...store import attachments
from ...store import handover as rows
from ...store.schema import HEAD_REVISION
from ..editing import ValidationError
from . import collect
from .collect import PackageContent
from .format import (
    CONTACTS_ENTRY,
    FIGURES_ENTRY,
    FOLLOW_UPS_ENTRY,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_RATIO,
    NOTES_ENTRY,
    PARTNERSHIPS_ENTRY,
    SESSIONS_ENTRY,
    ContactsFile,
    FiguresFile,
    FollowUpsFile,
    NotesFile,
    PackagedContact,
    PackageEntry,
    PackageManifest,
    PackageScope,
    PartnershipsFile,
    SessionsFile,
    attachment_entry,
    to_json,
    unfit_record,
)

if TYPE_CHECKING:
    from ..workbench import Workbench

Progress = Callable[[float, str], None]
CHUNK = 1 << 20
ZIP64_FROM = 1 << 31


@dataclass(frozen=True)
class PackageExportSummary:
    path: Path
    size: int
    counts: dict[str, int]
    omitted_links: int = 0

    def lines(self) -> list[str]:
        parts = ", ".join(f"{n} {label}" for label, n in self.counts.items())
        out = [f"Overdrachtspakket geschreven: {self.path} ({_size(self.size)}).", f"  {parts}."]
        if self.omitted_links:
            out.append(
                f"  {self.omitted_links} koppeling(en) van een notitie aan een kennisdeling van "
                "een ander samenwerkingsverband zijn niet meegenomen."
            )
        return out


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size / 1024, 0.1):.1f} kB".replace(".", ",")
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def partnership_choices(workbench: Workbench) -> list[tuple[str, str]]:
    """Every partnership as (id, name), by name: what an export can be limited to."""
    with workbench.db.engine.connect() as conn:
        return [(r["id"], r["name"]) for r in rows.partnership_choices(conn)]


def resolve_partnerships(workbench: Workbench, wanted: Sequence[str]) -> list[str]:
    """The ids of the partnerships named by id or by name; a Dutch ValidationError for a name
    that matches none or several."""
    ids: list[str] = []
    with workbench.db.engine.connect() as conn:
        for text in wanted:
            found = rows.partnerships_named(conn, text)
            if not found:
                raise ValidationError(
                    f"Er is geen samenwerkingsverband met id of naam '{text}'. Er is niets "
                    "geschreven.",
                    "partnership",
                )
            if len(found) > 1:
                listed = "; ".join(f"{r['id']}" for r in found)
                raise ValidationError(
                    f"Meer dan één samenwerkingsverband heet '{text}'; geef het id ({listed}). "
                    "Er is niets geschreven.",
                    "partnership",
                )
            ids.append(found[0]["id"])
    return list(dict.fromkeys(ids))


def _info(name: str, moment: dt.datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def _compression(data: bytes) -> int:
    """Deflate, unless the entry would compress so well that an import takes it for a bomb."""
    if len(data) > 1024 and len(data) / max(len(zlib.compress(data, 1)), 1) > MAX_RATIO / 2:
        return zipfile.ZIP_STORED
    return zipfile.ZIP_DEFLATED


def _add_attachment(
    archive: zipfile.ZipFile, folder: Path, sha256: str, name: str, moment: dt.datetime
) -> int:
    try:
        source = attachments.stored_path(folder, sha256)
    except (FileNotFoundError, attachments.AttachmentError) as exc:
        raise ValidationError(
            f"Het bestand van bijlage '{name}' ontbreekt in de map met bijlagen "
            f"({sha256[:12]}…); het pakket is niet gemaakt.",
            "attachments",
        ) from exc
    digest = hashlib.sha256()
    size = 0
    large = source.stat().st_size >= ZIP64_FROM
    info = _info(attachment_entry(sha256), moment, zipfile.ZIP_STORED)
    with source.open("rb") as src, archive.open(info, "w", force_zip64=large) as out:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        raise ValidationError(
            f"Het bestand van bijlage '{name}' is beschadigd (de inhoud klopt niet met de "
            "controlesom); het pakket is niet gemaakt.",
            "attachments",
        )
    return size


def write_package(
    target: Path,
    content: PackageContent,
    exporter: PackagedContact | None,
    scope: PackageScope,
    attachment_dir: Path,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Write ``content`` to ``target`` (already checked): to a temporary file beside it,
    flushed to disk, then renamed. Returns the size of the package."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(f"De map {folder} bestaat niet. Er is niets geschreven.", "out")
    records = {
        CONTACTS_ENTRY: to_json(ContactsFile(support_contacts=list(content.contacts))),
        PARTNERSHIPS_ENTRY: to_json(PartnershipsFile(partnerships=list(content.partnerships))),
        SESSIONS_ENTRY: to_json(SessionsFile(knowledge_sessions=list(content.sessions))),
        NOTES_ENTRY: to_json(NotesFile(notes=list(content.notes))),
        FOLLOW_UPS_ENTRY: to_json(FollowUpsFile(follow_ups=list(content.follow_ups))),
        FIGURES_ENTRY: to_json(FiguresFile(population_figures=list(content.figures))),
    }
    names = {a.sha256: a.file_name for n in content.notes for a in n.attachments}
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as raw:
            with zipfile.ZipFile(raw, "w") as archive:
                entries: list[PackageEntry] = []
                for name, data in records.items():
                    archive.writestr(_info(name, moment, _compression(data)), data)
                    entries.append(
                        PackageEntry(
                            path=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
                        )
                    )
                for index, sha256 in enumerate(sorted(names), start=1):
                    if progress is not None:
                        progress(index / (len(names) + 1), f"Bijlage {index} van {len(names)}")
                    size = _add_attachment(archive, attachment_dir, sha256, names[sha256], moment)
                    entries.append(
                        PackageEntry(path=attachment_entry(sha256), sha256=sha256, size=size)
                    )
                manifest = PackageManifest(
                    format=FORMAT_NAME,
                    format_version=FORMAT_VERSION,
                    app_version=__version__,
                    schema_revision=HEAD_REVISION,
                    created_at=moment,
                    exported_by=exporter,
                    scope=scope,
                    entries=entries,
                )
                archive.writestr(_info(MANIFEST, moment, zipfile.ZIP_DEFLATED), to_json(manifest))
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target.stat().st_size


def export_package(
    workbench: Workbench,
    target: Path,
    partnerships: Sequence[str] | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> PackageExportSummary:
    """Export the portfolio (``partnerships``: ids or names; None for all) to ``target``:
    never over the database, a backup, an attachment, or an existing file without
    ``overwrite``. Nothing in the database changes."""
    path = workbench.checked_output(target, overwrite)
    chosen = None if partnerships is None else resolve_partnerships(workbench, partnerships)
    profile = workbench.profile()
    try:
        with workbench.db.engine.connect() as conn, conn.begin():
            content = collect.portfolio(conn, chosen, profile.id if profile else None)
    except ShapeError as exc:
        raise ValidationError(
            f"{unfit_record(exc)}. Verbeter het eerst; er is niets geschreven.", "package"
        ) from exc
    exporter = (
        PackagedContact(id=profile.id, name=profile.name, email=profile.email) if profile else None
    )
    scope = PackageScope(all_partnerships=chosen is None, partnership_ids=chosen or [])
    size = write_package(
        path, content, exporter, scope, workbench.folders.attachments, progress=progress
    )
    return PackageExportSummary(path, size, content.counts(), content.omitted_links)
