"""The Dutch name of every field a user edits, one place for undo texts and the history.

Code and the change log use the column names (``number_certain``); the user reads these.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FIELD_LABELS: dict[str, str] = {
    # partnership
    "name": "naam",
    "submitter_nis": "indiener",
    "formed_year": "gevormd in projectjaar",
    "kpi": "KPI",
    "status": "status",
    "notes": "notities",
    "partnership_id": "samenwerkingsverband",
    "support_contact_id": "ondersteuner",
    # membership
    "nis_code": "NIS-code",
    "joined_year": "toegetreden in projectjaar",
    "left_year": "uitgestapt in projectjaar",
    "joined_on": "datum toetreding",
    "left_on": "datum uitstap",
    "transfer_arrangement": "afspraak doorstorting",
    # actions, KPI and money
    "action_id": "actie",
    "partnership_action_id": "actie",
    "subsidy_cents": "subsidie",
    "amount_cents": "bedrag",
    "description": "omschrijving",
    "decided_on": "beslist op",
    "paid_on": "betaald op",
    "granted_on": "toegekend op",
    "target": "KPI-doel",
    "interim_actual": "tussentijds resultaat",
    "final_actual": "eindresultaat",
    "to_nis": "partner",
    "project_year": "projectjaar",
    # support tracks and follow-ups
    "theme": "thema",
    "phase": "fase",
    "next_step": "volgende stap",
    "due_date": "vervaldatum",
    "support_track_id": "ondersteuningstraject",
    "done_at": "afgerond op",
    # the action catalogue
    "number": "nummer",
    "number_certain": "nummer bevestigd",
    "title": "titel",
    "remarks": "opmerkingen",
    "supported": "thematische ondersteuning",
    # notes, attachments, knowledge sessions
    "kind": "soort",
    "noted_on": "datum",
    "body": "tekst",
    "tag": "tag",
    "include_in_reports": "opnemen in rapport",
    "personal_data": "persoonsgegevens",
    "shared_with_team": "gedeeld met het team",
    "erased_at": "gewist op",
    "file_name": "bestand",
    "size": "grootte",
    "knowledge_session_id": "kennisdeling",
    "held_on": "datum",
    "topic": "onderwerp",
    "shared": "wat gedeeld werd",
    "agreements": "afspraken",
    # population figures
    "non_eu14": "inwoners niet-EU14",
    "source": "bron",
    "fictitious": "fictief",
    # project years
    "period_start": "begin",
    "period_end": "einde",
    "submission_opens": "indienen vanaf",
    "submission_deadline": "uiterste indiendatum",
    "decision": "beslissing",
    "interim_kpi_deadline": "uiterste datum tussentijdse KPI",
    "final_kpi_deadline": "uiterste datum eind-KPI",
    # the user's profile
    "email": "e-mailadres",
}


def field_label(name: str) -> str:
    """The Dutch name of a field; an unknown one reads without underscores."""
    return FIELD_LABELS.get(name) or name.replace("_", " ")


def changed_fields(values: Mapping[str, Any], current: Mapping[str, Any] | None) -> list[str]:
    """The names in ``values`` whose value differs from ``current`` (the stored row), compared
    as the change log compares them; all of them when the row is not known."""
    if current is None:
        return list(values)
    return [name for name, value in values.items() if current.get(name) != value]


def describe_changes(
    prefix: str, values: Mapping[str, Any], current: Mapping[str, Any] | None
) -> str:
    """``"Lid bewerkt: datum uitstap"``: the changed fields only, in Dutch."""
    labels = list(dict.fromkeys(field_label(name) for name in changed_fields(values, current)))
    return f"{prefix}: {', '.join(labels)}" if labels else prefix
