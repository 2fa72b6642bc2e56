"""The hand-over package format (``.igs``): its entries, its JSON shapes, its limits.

A package is a ZIP file with

- ``manifest.json``: format name and version, the app version and schema revision that made
  it, when (UTC), who (the exporting support contact), which partnerships, and the SHA-256
  and size of every other entry;
- ``records/*.json``: the records, one entry per kind (see ``RECORD_ENTRIES``);
- ``attachments/<sha256>``: the files attached to the notes, named by their content hash.

Records are keyed by their UUID; reference data by official codes (NIS code, project-year
number, the catalogue's stable key ``O<objective>-A<position>`` with the action number beside
it for people). Every shape below is strict: no field missing, no field unknown, no type
coerced; a problem is reported in Dutch with the entry and the place in it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as ShapeError

from ...domain.work import FollowUpStatus, PartnershipStatus, Phase, Theme, TrackStatus
from ..editing import ValidationError
from ..notes import NOTE_KINDS

FORMAT_NAME = "igs-desktop-package"
FORMAT_VERSION = 1
SUFFIX = ".igs"

MANIFEST = "manifest.json"
CONTACTS_ENTRY = "records/support_contacts.json"
PARTNERSHIPS_ENTRY = "records/partnerships.json"
SESSIONS_ENTRY = "records/knowledge_sessions.json"
NOTES_ENTRY = "records/notes.json"
FOLLOW_UPS_ENTRY = "records/follow_ups.json"
FIGURES_ENTRY = "records/population_figures.json"
ATTACHMENT_FOLDER = "attachments/"

# Limits against damaged and hostile files (zip bombs): checked on the ZIP's own directory
# before anything is read, and again while reading (never more than the declared size).
MAX_ENTRIES = 20_000
MAX_TOTAL_SIZE = 4 * 1024**3  # all entries together, uncompressed
MAX_MANIFEST_SIZE = 16 * 1024**2
MAX_RECORDS_SIZE = 256 * 1024**2  # one records entry, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for an entry of more than RATIO_FLOOR bytes
RATIO_FLOOR = 1024**2
MAX_TEXT = 1_000_000  # characters in one text field


class PackageError(ValidationError):
    """A package that is refused, with nothing written: one Dutch sentence saying why."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "package")


# --- field types --------------------------------------------------------------------------
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
Uuid = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Nis = Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")]
Year = Annotated[int, Field(ge=1, le=999)]
Count = Annotated[int, Field(ge=0, le=2**53)]
Cents = Annotated[int, Field(ge=0, le=10**13)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Line = Annotated[str, StringConstraints(max_length=1000)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
CatalogueKey = Annotated[str, StringConstraints(min_length=1, max_length=40)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=80)]


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


Moment = Annotated[AwareDatetime, AfterValidator(_utc)]


def _one_of(choices: Iterable[str]) -> Callable[[str], str]:
    allowed = tuple(str(c) for c in choices)

    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"'{value}' is geen van {', '.join(allowed)}")
        return value

    return check


TrackTheme = Annotated[str, AfterValidator(_one_of(Theme))]
TrackPhase = Annotated[str, AfterValidator(_one_of(Phase))]
TrackState = Annotated[str, AfterValidator(_one_of(TrackStatus))]
FollowUpState = Annotated[str, AfterValidator(_one_of(FollowUpStatus))]
PartnershipState = Annotated[str, AfterValidator(_one_of(PartnershipStatus))]
NoteKind = Annotated[str, AfterValidator(_one_of(NOTE_KINDS))]


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- the manifest ---------------------------------------------------------------------------
class PackageEntry(_Shape):
    path: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    sha256: Sha256
    size: Count


class PackagedContact(_Shape):
    """A support contact: the exporter, or one a record names."""

    id: Uuid
    name: Name
    email: Line


class PackageScope(_Shape):
    all_partnerships: bool
    partnership_ids: list[Uuid]


class PackageManifest(_Shape):
    format: str
    format_version: int
    app_version: Line
    schema_revision: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    created_at: Moment
    exported_by: PackagedContact | None
    scope: PackageScope
    entries: list[PackageEntry]


# --- the records ----------------------------------------------------------------------------
class PackagedSync(_Shape):
    """Not content: when the record last changed where it was exported, and the fingerprint
    of the version that database last received in a package (None if it never did)."""

    changed_at: Moment | None
    base: Sha256 | None


class PackagedMembership(_Shape):
    id: Uuid
    nis_code: Nis
    joined_year: Year
    joined_on: dt.date | None
    left_year: Year | None
    left_on: dt.date | None
    transfer_arrangement: Text


class PackagedKpiValue(_Shape):
    id: Uuid
    kpi_key: CatalogueKey | None
    project_year: Year
    target: Count | None
    interim_actual: Count | None
    final_actual: Count | None


class PackagedAction(_Shape):
    id: Uuid
    action_key: CatalogueKey
    action_number: Line
    subsidy_cents: Cents | None
    notes: Text
    kpi_values: list[PackagedKpiValue]


class PackagedSubsidy(_Shape):
    id: Uuid
    project_year: Year
    amount_cents: Cents
    decided_on: dt.date | None
    description: Text


class PackagedTransfer(_Shape):
    id: Uuid
    to_nis: Nis
    project_year: Year
    amount_cents: Cents
    paid_on: dt.date | None
    description: Text


class PackagedStimulus(_Shape):
    id: Uuid
    project_year: Year
    amount_cents: Cents
    granted_on: dt.date | None
    notes: Text


class PackagedNewMemberAction(_Shape):
    id: Uuid
    project_year: Year
    action_key: CatalogueKey
    action_number: Line


class PackagedTrack(_Shape):
    id: Uuid
    action_key: CatalogueKey
    action_number: Line
    theme: TrackTheme
    phase: TrackPhase
    status: TrackState
    next_step: Text
    due_date: dt.date | None
    support_contact_id: Uuid | None
    created_at: Moment


class PackagedPartnership(_Shape):
    id: Uuid
    name: Name
    submitter_nis: Nis | None
    formed_year: Year
    kpi: Text
    status: PartnershipState
    notes: Text
    support_contact_id: Uuid | None
    is_demo: bool
    created_at: Moment
    updated_at: Moment
    memberships: list[PackagedMembership]
    actions: list[PackagedAction]
    subsidies: list[PackagedSubsidy]
    transfers: list[PackagedTransfer]
    stimulus_grants: list[PackagedStimulus]
    new_member_actions: list[PackagedNewMemberAction]
    support_tracks: list[PackagedTrack]
    sync: PackagedSync


class PackagedAttachment(_Shape):
    id: Uuid
    file_name: Name
    sha256: Sha256
    size: Count
    added_at: Moment


class PackagedNote(_Shape):
    id: Uuid
    kind: NoteKind
    noted_on: dt.date
    title: Name
    body: Text
    partnership_id: Uuid | None
    action_key: CatalogueKey | None
    action_number: Line | None
    knowledge_session_id: Uuid | None
    include_in_reports: bool
    personal_data: bool
    erased_at: Moment | None
    created_at: Moment
    updated_at: Moment
    tags: list[Tag]
    nis_codes: list[Nis]
    attachments: list[PackagedAttachment]
    sync: PackagedSync


class PackagedSession(_Shape):
    id: Uuid
    partnership_id: Uuid | None
    held_on: dt.date
    topic: Name
    shared: Text
    agreements: Text
    created_at: Moment
    participants: list[Nis]
    note_ids: list[Uuid]  # the notes linked to it (each note names the session too)
    sync: PackagedSync


class PackagedFollowUp(_Shape):
    id: Uuid
    title: Name
    due_date: dt.date | None
    status: FollowUpState
    partnership_id: Uuid | None
    partnership_action_id: Uuid | None
    support_track_id: Uuid | None
    done_at: Moment | None
    created_at: Moment
    sync: PackagedSync


class PackagedFigure(_Shape):
    """A population figure; keyed by NIS code and project year (its id is local)."""

    nis_code: Nis
    project_year: Year
    non_eu14: Count
    source: Text
    fictitious: bool
    recorded_at: Moment | None
    sync: PackagedSync


class ContactsFile(_Shape):
    support_contacts: list[PackagedContact]


class PartnershipsFile(_Shape):
    partnerships: list[PackagedPartnership]


class SessionsFile(_Shape):
    knowledge_sessions: list[PackagedSession]


class NotesFile(_Shape):
    notes: list[PackagedNote]


class FollowUpsFile(_Shape):
    follow_ups: list[PackagedFollowUp]


class FiguresFile(_Shape):
    population_figures: list[PackagedFigure]


RECORD_ENTRIES: dict[str, type[_Shape]] = {
    CONTACTS_ENTRY: ContactsFile,
    PARTNERSHIPS_ENTRY: PartnershipsFile,
    SESSIONS_ENTRY: SessionsFile,
    NOTES_ENTRY: NotesFile,
    FOLLOW_UPS_ENTRY: FollowUpsFile,
    FIGURES_ENTRY: FiguresFile,
}


def attachment_entry(sha256: str) -> str:
    return f"{ATTACHMENT_FOLDER}{sha256}"


# --- fingerprints ---------------------------------------------------------------------------
# Left out of a fingerprint: what is no content (sync), what every write stamps anew
# (updated_at), and what another record holds (a session's notes name it themselves).
NOT_CONTENT = frozenset({"sync", "updated_at", "note_ids"})


def _canonical(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def fingerprint(record: BaseModel) -> str:
    """The SHA-256 of a record's content, the same in every database (children in any order)."""
    data = record.model_dump(mode="json", exclude=set(NOT_CONTENT))
    text = json.dumps(_canonical(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_json(record: BaseModel) -> bytes:
    return record.model_dump_json(indent=1).encode("utf-8")


# --- shape problems in Dutch ----------------------------------------------------------------
_PROBLEMS = {
    "missing": "ontbreekt",
    "extra_forbidden": "is een veld dat dit formaat niet kent",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "string_type": "moet tekst zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "moet een datum zijn (JJJJ-MM-DD)",
    "datetime_type": "moet een tijdstip zijn (ISO 8601, met tijdzone)",
    "datetime_parsing": "moet een tijdstip zijn (ISO 8601, met tijdzone)",
    "datetime_from_date_parsing": "moet een tijdstip zijn (ISO 8601, met tijdzone)",
    "timezone_aware": "moet een tijdstip met tijdzone zijn",
    "list_type": "moet een lijst zijn",
    "model_type": "moet een object zijn",
    "model_attributes_type": "moet een object zijn",
    "dict_type": "moet een object zijn",
    "json_invalid": "is geen geldige JSON",
    "json_type": "is geen geldige JSON",
    "string_pattern_mismatch": "heeft niet de vorm die het formaat vraagt",
    "string_too_long": "is te lang",
    "string_too_short": "mag niet leeg zijn",
    "too_long": "heeft te veel elementen",
    "greater_than_equal": "is te klein",
    "less_than_equal": "is te groot",
    "none_required": "moet leeg (null) zijn",
}


def _place(loc: Iterable[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _who(raw: bytes, loc: tuple[int | str, ...]) -> str:
    """The name or title of the record the problem is in, when the JSON can still be read."""
    try:
        value: Any = json.loads(raw)
        for part in loc:
            value = value[part]
        if isinstance(value, dict):
            for field in ("name", "title", "topic", "nis_code"):
                if isinstance(value.get(field), str):
                    return f" ('{value[field][:80]}')"
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):
        pass
    return ""


def shape_problem(entry: str, raw: bytes, error: ShapeError) -> str:
    """The first problem pydantic found, in Dutch: the entry, the record, the field, what is
    wrong ("records/notes.json, notes[3] ('Rondgang'): title ontbreekt")."""
    first = error.errors(include_url=False)[0]
    kind = first.get("type", "")
    loc = tuple(first.get("loc", ()))
    if kind == "value_error":
        context = first.get("ctx") or {}
        problem = str(context.get("error", first.get("msg", "heeft een ongeldige waarde")))
    else:
        problem = _PROBLEMS.get(kind, f"heeft een ongeldige waarde ({kind})")
    record, field = loc[:2], loc[2:]
    if len(record) == 2 and isinstance(record[1], int) and field:
        where = f"{entry}, {_place(record)}{_who(raw, record)}: {_place(field)}"
    else:
        where = f"{entry}: {_place(loc) or 'de inhoud'}"
    more = len(error.errors())
    extra = f" (en nog {more - 1} andere fout(en))" if more > 1 else ""
    return f"{where} {problem}{extra}."


UUID_RE = re.compile(UUID_PATTERN)


def unfit_record(error: ShapeError) -> str:
    """A record of this database that the package format cannot carry, in Dutch."""
    first = error.errors(include_url=False)[0]
    kind = first.get("type", "")
    problem = _PROBLEMS.get(kind, f"heeft een ongeldige waarde ({kind})")
    if kind == "value_error":
        problem = str((first.get("ctx") or {}).get("error", problem))
    what = _RECORD_NAMES.get(error.title, "record")
    return (
        f"Een {what} in deze database past niet in het pakketformaat: "
        f"{_place(first.get('loc', ())) or 'de inhoud'} {problem}"
    )


_RECORD_NAMES = {
    "PackagedContact": "vaste ondersteuner",
    "PackagedPartnership": "samenwerkingsverband",
    "PackagedMembership": "lidmaatschap",
    "PackagedAction": "actie",
    "PackagedKpiValue": "KPI-waarde",
    "PackagedSubsidy": "subsidie",
    "PackagedTransfer": "doorstorting",
    "PackagedStimulus": "stimulans",
    "PackagedNewMemberAction": "actie voor nieuwe leden",
    "PackagedTrack": "ondersteuningstraject",
    "PackagedNote": "notitie",
    "PackagedAttachment": "bijlage",
    "PackagedSession": "kennisdeling",
    "PackagedFollowUp": "opvolging",
    "PackagedFigure": "bevolkingscijfer",
}
