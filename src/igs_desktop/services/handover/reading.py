"""Reading a hand-over package as a hostile file: everything is checked before anything is
written, and a problem is one Dutch sentence (``PackageError``).

The order: the ZIP's own directory (entry count, names, sizes, compression ratio, encryption,
methods) before a byte is decompressed; then the manifest (format name and version, schema
revision, the entry list); then every entry is read with a size cap and checked against the
manifest's SHA-256 and size; then the JSON shapes; then the records against each other.
What the records point at in this database is checked by ``planning``. Nothing is extracted
to disk by name: the attachment files are only hashed here, and copied later by their hash.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError as ShapeError

from ...store.schema import KNOWN_REVISIONS
from .collect import PackageContent
from .format import (
    ATTACHMENT_FOLDER,
    CONTACTS_ENTRY,
    FIGURES_ENTRY,
    FOLLOW_UPS_ENTRY,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_ENTRIES,
    MAX_MANIFEST_SIZE,
    MAX_RATIO,
    MAX_RECORDS_SIZE,
    MAX_TOTAL_SIZE,
    NOTES_ENTRY,
    PARTNERSHIPS_ENTRY,
    RATIO_FLOOR,
    RECORD_ENTRIES,
    SESSIONS_ENTRY,
    ContactsFile,
    FiguresFile,
    FollowUpsFile,
    NotesFile,
    PackageEntry,
    PackageError,
    PackageManifest,
    PartnershipsFile,
    SessionsFile,
    _Shape,
    attachment_entry,
    shape_problem,
)

CHUNK = 1 << 20
DRIVE = re.compile(r"^[A-Za-z]:")
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
Shape = TypeVar("Shape", bound=_Shape)


class _Refused(Exception):
    """A reason to refuse the package; ``read_package`` makes it a PackageError."""


@dataclass(frozen=True)
class PackageFile:
    """A package that passed every check that needs no database."""

    path: Path
    manifest: PackageManifest
    content: PackageContent
    entries: dict[str, PackageEntry]

    def attachment_size(self, sha256: str) -> int:
        return self.entries[attachment_entry(sha256)].size


def refused(file_name: str, problem: str) -> PackageError:
    return PackageError(
        f"Pakket {file_name} geweigerd: {problem.rstrip('.')}. Er is niets geïmporteerd."
    )


def read_package(path: Path) -> PackageFile:
    """The package at ``path``, checked; a PackageError (Dutch, one sentence) when it is not
    a package this version can take in whole."""
    try:
        return _read(path)
    except _Refused as exc:
        raise refused(path.name, str(exc)) from None


# --- the ZIP's directory --------------------------------------------------------------------
def path_problem(name: str) -> str | None:
    """Why an entry name is unacceptable, or None."""
    shown = name if len(name) <= 80 else name[:77] + "…"
    if not name:
        return "het pakket bevat een naamloos onderdeel"
    if name.startswith(("/", "\\")):
        return f"het pakket bevat een absoluut pad ({shown})"
    if DRIVE.match(name):
        return f"het pakket bevat een pad met een stationsletter ({shown})"
    if "\\" in name:
        return f"het pakket bevat een pad met een backslash ({shown})"
    if any(unicodedata.category(ch)[0] == "C" for ch in name):
        return "het pakket bevat een pad met stuurtekens"
    parts = name.split("/")
    if ".." in parts:
        return f"het pakket bevat een pad met '..' dat buiten het pakket wijst ({shown})"
    if any(part in ("", ".") for part in parts):
        return f"het pakket bevat een ongeldig pad ({shown})"
    return None


def _directory(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _Refused(
            f"het pakket telt {len(infos)} onderdelen; meer dan {MAX_ENTRIES} wordt niet gelezen"
        )
    found: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        problem = path_problem(info.filename)
        if problem:
            raise _Refused(problem)
        if info.filename in found:
            raise _Refused(f"{info.filename} staat twee keer in het pakket")
        if info.flag_bits & 0x1:
            raise _Refused(f"{info.filename} is versleuteld; dat kent dit formaat niet")
        if info.compress_type not in ALLOWED_METHODS:
            raise _Refused(
                f"{info.filename} is gecomprimeerd op een manier die dit formaat niet kent"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _Refused(
                f"{info.filename} pakt uit tot meer dan {MAX_RATIO} keer zijn grootte in het "
                "pakket (een zogenaamde zip-bom)"
            )
        total += info.file_size
        if total > MAX_TOTAL_SIZE:
            raise _Refused(
                f"uitgepakt zou het pakket meer dan {MAX_TOTAL_SIZE // 1024**3} GB innemen"
            )
        found[info.filename] = info
    return found


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """The whole entry, never more than ``cap`` bytes nor more than it declares."""
    if info.file_size > cap:
        raise _Refused(f"{info.filename} is groter dan {cap // 1024**2} MB")
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except Exception as exc:  # (whatever zipfile or zlib raise on damage)
        raise _Refused(f"{info.filename} is beschadigd en kan niet gelezen worden") from exc
    if len(data) != info.file_size:
        raise _Refused(f"{info.filename} is beschadigd (de grootte klopt niet)")
    return data


def _hash_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> str:
    """The SHA-256 of an entry read in chunks, refusing anything beyond ``size`` bytes."""
    digest = hashlib.sha256()
    count = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                count += len(chunk)
                if count > size:
                    break
                digest.update(chunk)
    except Exception as exc:  # (whatever zipfile or zlib raise on damage)
        raise _Refused(f"{info.filename} is beschadigd en kan niet gelezen worden") from exc
    if count != size:
        raise _Refused(f"{info.filename} heeft niet de grootte die het manifest vermeldt")
    return digest.hexdigest()


# --- the manifest ---------------------------------------------------------------------------
def _manifest(data: bytes) -> PackageManifest:
    try:
        raw: Any = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise _Refused(f"{MANIFEST} is geen geldige JSON") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _Refused("dit is geen overdrachtspakket van IGS Desktop (onbekend formaat)")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Refused(f"{MANIFEST} vermeldt geen geldige formaatversie")
    if version > FORMAT_VERSION:
        raise _Refused(
            f"het pakket heeft formaatversie {version}, nieuwer dan deze IGS Desktop kent "
            f"({FORMAT_VERSION}); werk IGS Desktop bij om het te openen"
        )
    revision = raw.get("schema_revision")
    if isinstance(revision, str) and revision not in KNOWN_REVISIONS:
        raise _Refused(
            f"het pakket is gemaakt met een nieuwere IGS Desktop (schema {revision[:40]}); "
            "werk IGS Desktop bij om het te openen"
        )
    try:
        return PackageManifest.model_validate_json(data, strict=True)
    except ShapeError as exc:
        raise _Refused(shape_problem(MANIFEST, data, exc)) from None


def _check_listing(manifest: PackageManifest, infos: dict[str, zipfile.ZipInfo]) -> None:
    listed: dict[str, PackageEntry] = {}
    for entry in manifest.entries:
        problem = path_problem(entry.path)
        if problem:
            raise _Refused(f"{MANIFEST}: {problem}")
        if entry.path in listed or entry.path == MANIFEST:
            raise _Refused(f"{MANIFEST} noemt {entry.path} meer dan eens")
        listed[entry.path] = entry
        if not (entry.path in RECORD_ENTRIES or _is_attachment_entry(entry.path)):
            raise _Refused(f"{MANIFEST} noemt {entry.path}, dat in dit formaat niet thuishoort")
        if entry.path not in infos:
            raise _Refused(f"{MANIFEST} noemt {entry.path}, maar dat zit niet in het pakket")
        if infos[entry.path].file_size != entry.size:
            raise _Refused(f"{entry.path} heeft niet de grootte die het manifest vermeldt")
    for name in infos:
        if name != MANIFEST and name not in listed:
            raise _Refused(f"het pakket bevat {name}, dat niet in het manifest staat")
    for name in RECORD_ENTRIES:
        if name not in listed:
            raise _Refused(f"{name} ontbreekt in het pakket")


def _is_attachment_entry(path: str) -> bool:
    name = path.removeprefix(ATTACHMENT_FOLDER)
    return path.startswith(ATTACHMENT_FOLDER) and re.fullmatch(r"[0-9a-f]{64}", name) is not None


def _records(name: str, data: bytes, shape: type[Shape]) -> Shape:
    try:
        return shape.model_validate_json(data, strict=True)
    except ShapeError as exc:
        raise _Refused(shape_problem(name, data, exc)) from None


# --- the records against each other ---------------------------------------------------------
def _unique(what: str, entry: str, ids: Iterable[str]) -> None:
    doubles = [value for value, n in Counter(ids).items() if n > 1]
    if doubles:
        where = f"{entry}: " if entry else ""
        raise _Refused(f"{where}{what} {doubles[0]} komt meer dan eens voor")


def _check_records(content: PackageContent, entries: dict[str, PackageEntry]) -> None:
    _unique("vaste ondersteuner", CONTACTS_ENTRY, (c.id for c in content.contacts))
    _unique("samenwerkingsverband", PARTNERSHIPS_ENTRY, (p.id for p in content.partnerships))
    children = [
        child.id
        for p in content.partnerships
        for group in (
            p.memberships,
            p.actions,
            p.subsidies,
            p.transfers,
            p.stimulus_grants,
            p.new_member_actions,
            p.support_tracks,
        )
        for child in group
    ]
    children += [k.id for p in content.partnerships for a in p.actions for k in a.kpi_values]
    _unique("het id", PARTNERSHIPS_ENTRY, children)
    _unique("kennisdeling", SESSIONS_ENTRY, (s.id for s in content.sessions))
    _unique("notitie", NOTES_ENTRY, (n.id for n in content.notes))
    _unique("bijlage", NOTES_ENTRY, (a.id for n in content.notes for a in n.attachments))
    _unique("opvolging", FOLLOW_UPS_ENTRY, (f.id for f in content.follow_ups))
    _unique(
        "het cijfer voor",
        FIGURES_ENTRY,
        (f"{f.nis_code} in projectjaar {f.project_year}" for f in content.figures),
    )
    for p in content.partnerships:
        where = f"{PARTNERSHIPS_ENTRY}: in '{p.name[:80]}'"
        _unique(f"{where} de actie", "", (f"{a.action_key} ({a.action_number})" for a in p.actions))
        _unique(
            f"{where} de actie voor nieuwe leden",
            "",
            (f"{n.action_key} in projectjaar {n.project_year}" for n in p.new_member_actions),
        )
        for a in p.actions:
            _unique(
                f"{where} bij actie {a.action_number} de KPI-waarde",
                "",
                (f"{k.kpi_key or 'KPI'} in projectjaar {k.project_year}" for k in a.kpi_values),
            )
    note_sessions = {n.id: n.knowledge_session_id for n in content.notes}
    for s in content.sessions:
        for note_id in s.note_ids:
            if note_sessions.get(note_id, "") != s.id:
                raise _Refused(
                    f"{SESSIONS_ENTRY}: kennisdeling '{s.topic[:80]}' noemt notitie {note_id}, "
                    "maar die notitie staat niet in het pakket of hoort niet bij deze kennisdeling"
                )
    owners = {a.id: p.id for p in content.partnerships for a in p.actions}
    owners.update({t.id: p.id for p in content.partnerships for t in p.support_tracks})
    for f in content.follow_ups:
        for link in (f.partnership_action_id, f.support_track_id):
            if link in owners and owners[link] != f.partnership_id:
                raise _Refused(
                    f"{FOLLOW_UPS_ENTRY}: opvolging '{f.title[:80]}' verwijst naar een actie of "
                    "traject van een ander samenwerkingsverband"
                )
    needed: dict[str, str] = {}
    for n in content.notes:
        for file in n.attachments:
            entry = entries.get(attachment_entry(file.sha256))
            if entry is None:
                raise _Refused(
                    f"bijlage '{file.file_name[:80]}' van notitie '{n.title[:80]}' ontbreekt in "
                    "het pakket"
                )
            if entry.size != file.size:
                raise _Refused(
                    f"bijlage '{file.file_name[:80]}' heeft in {NOTES_ENTRY} een andere grootte "
                    "dan het bestand in het pakket"
                )
            needed[attachment_entry(file.sha256)] = file.file_name
    for path in entries:
        if _is_attachment_entry(path) and path not in needed:
            raise _Refused(f"het pakket bevat {path}, maar geen notitie gebruikt dat bestand")


# --- the whole --------------------------------------------------------------------------------
def _open(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise _Refused("het bestand bestaat niet of is geen gewoon bestand")
    try:
        return zipfile.ZipFile(path)
    except OSError as exc:
        raise _Refused(f"het bestand kan niet gelezen worden ({exc.strerror or exc})") from exc
    except Exception as exc:  # (zipfile raises many kinds on a damaged file)
        raise _Refused(
            "dit is geen overdrachtspakket (geen of een beschadigd ZIP-bestand)"
        ) from exc


def _read(path: Path) -> PackageFile:
    with _open(path) as archive:
        try:
            infos = _directory(archive)
        except _Refused:
            raise
        except Exception as exc:  # (a damaged directory)
            raise _Refused("de inhoudstafel van het pakket is beschadigd") from exc
        if MANIFEST not in infos:
            raise _Refused(f"{MANIFEST} ontbreekt; dit is geen overdrachtspakket van IGS Desktop")
        manifest = _manifest(_read_entry(archive, infos[MANIFEST], MAX_MANIFEST_SIZE))
        _check_listing(manifest, infos)
        entries = {e.path: e for e in manifest.entries}
        raw: dict[str, bytes] = {}
        for name in RECORD_ENTRIES:
            data = _read_entry(archive, infos[name], MAX_RECORDS_SIZE)
            if hashlib.sha256(data).hexdigest() != entries[name].sha256:
                raise _Refused(
                    f"{name} klopt niet met de controlesom in het manifest (gewijzigd of "
                    "beschadigd)"
                )
            raw[name] = data
        content = PackageContent(
            contacts=tuple(
                _records(CONTACTS_ENTRY, raw[CONTACTS_ENTRY], ContactsFile).support_contacts
            ),
            partnerships=tuple(
                _records(PARTNERSHIPS_ENTRY, raw[PARTNERSHIPS_ENTRY], PartnershipsFile).partnerships
            ),
            sessions=tuple(
                _records(SESSIONS_ENTRY, raw[SESSIONS_ENTRY], SessionsFile).knowledge_sessions
            ),
            notes=tuple(_records(NOTES_ENTRY, raw[NOTES_ENTRY], NotesFile).notes),
            follow_ups=tuple(
                _records(FOLLOW_UPS_ENTRY, raw[FOLLOW_UPS_ENTRY], FollowUpsFile).follow_ups
            ),
            figures=tuple(
                _records(FIGURES_ENTRY, raw[FIGURES_ENTRY], FiguresFile).population_figures
            ),
        )
        _check_records(content, entries)
        for name, entry in entries.items():
            if name in RECORD_ENTRIES:
                continue
            if _hash_entry(archive, infos[name], entry.size) != entry.sha256:
                raise _Refused(
                    f"{name} klopt niet met de controlesom in het manifest (gewijzigd of "
                    "beschadigd)"
                )
        return PackageFile(path, manifest, content, entries)


def extract_attachment(package: PackageFile, sha256: str, folder: Path) -> Path:
    """The attachment file with this hash, copied out of the package into ``folder`` under its
    hash (never under a name from the package) and checked again on the way."""
    entry = package.entries[attachment_entry(sha256)]
    target = folder / sha256
    digest = hashlib.sha256()
    count = 0
    try:
        with (
            zipfile.ZipFile(package.path) as archive,
            archive.open(entry.path) as stream,
            target.open("wb") as out,
        ):
            while chunk := stream.read(CHUNK):
                count += len(chunk)
                if count > entry.size:
                    break
                digest.update(chunk)
                out.write(chunk)
    except OSError as exc:
        raise refused(package.path.name, f"{entry.path} kan niet gelezen worden ({exc})") from exc
    except Exception as exc:  # (the file changed since it was checked)
        raise refused(package.path.name, f"{entry.path} is beschadigd") from exc
    if count != entry.size or digest.hexdigest() != sha256:
        raise refused(
            package.path.name, f"{entry.path} is gewijzigd sinds het pakket gecontroleerd werd"
        )
    return target
