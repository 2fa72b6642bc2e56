"""Values of the change log as a person reads them, for the History tab and the conflicts:
an amount in euro, a whole record (created or deleted) as its "field: value" pairs."""

from __future__ import annotations

import json

from ..services.field_labels import field_label
from .i18n import QT_TRANSLATE_NOOP, translate
from .partnership.amounts import euro

HIDDEN = {"id", "created_at", "updated_at", "is_demo"}  # record fields not worth showing

# The kind of a record, as the History tab and the conflicts name it.
ENTITIES = {
    "partnership": str(QT_TRANSLATE_NOOP("ChangeText", "samenwerkingsverband")),
    "membership": str(QT_TRANSLATE_NOOP("ChangeText", "lidmaatschap")),
    "partnership_action": str(QT_TRANSLATE_NOOP("ChangeText", "actie")),
    "kpi_value": str(QT_TRANSLATE_NOOP("ChangeText", "KPI")),
    "subsidy": str(QT_TRANSLATE_NOOP("ChangeText", "subsidie")),
    "transfer": str(QT_TRANSLATE_NOOP("ChangeText", "doorstorting")),
    "stimulus_grant": str(QT_TRANSLATE_NOOP("ChangeText", "stimulus 'samenwerking'")),
    "new_member_action": str(QT_TRANSLATE_NOOP("ChangeText", "actie met nieuwe leden")),
    "support_track": str(QT_TRANSLATE_NOOP("ChangeText", "ondersteuningstraject")),
    "follow_up": str(QT_TRANSLATE_NOOP("ChangeText", "opvolging")),
    "note": str(QT_TRANSLATE_NOOP("ChangeText", "notitie")),
    "note_tag": str(QT_TRANSLATE_NOOP("ChangeText", "tag van een notitie")),
    "note_government": str(QT_TRANSLATE_NOOP("ChangeText", "bestuur van een notitie")),
    "knowledge_session": str(QT_TRANSLATE_NOOP("ChangeText", "kennisdeling")),
    "knowledge_session_participant": str(
        QT_TRANSLATE_NOOP("ChangeText", "deelnemer aan een kennisdeling")
    ),
    "support_contact": str(QT_TRANSLATE_NOOP("ChangeText", "ondersteuner")),
    "region": str(QT_TRANSLATE_NOOP("ChangeText", "referentieregio")),
    "government": str(QT_TRANSLATE_NOOP("ChangeText", "lokaal bestuur")),
    "merger": str(QT_TRANSLATE_NOOP("ChangeText", "fusie")),
    "project_year": str(QT_TRANSLATE_NOOP("ChangeText", "projectjaar")),
    "objective": str(QT_TRANSLATE_NOOP("ChangeText", "doelstelling")),
    "catalogue_action": str(QT_TRANSLATE_NOOP("ChangeText", "actie uit de catalogus")),
    "catalogue_kpi": str(QT_TRANSLATE_NOOP("ChangeText", "KPI uit de catalogus")),
    "population_figure": str(QT_TRANSLATE_NOOP("ChangeText", "bevolkingscijfer")),
}


def entity_text(entity: str) -> str:
    """ "lidmaatschap", in the window's language; an unknown table without underscores."""
    dutch = ENTITIES.get(entity)
    return translate("ChangeText", dutch) if dutch else entity.replace("_", " ")


def field_value(name: str, value: object) -> str:
    """Amounts in cents as euro; everything else as stored."""
    text = str(value)
    return euro(int(text)) if name.endswith("_cents") and text.isdigit() else text


def change_text(value: str | None, name: str = "") -> str:
    """The value of field ``name``, or (no name) a whole record's JSON text as its pairs,
    without ids and stamps; "" for no value."""
    if not value:
        return ""
    if name or not value.startswith("{"):
        return field_value(name, value)
    try:
        record = json.loads(value)
    except ValueError:
        return value
    if not isinstance(record, dict):
        return value
    return "; ".join(
        f"{field_label(k)}: {field_value(k, v)}"
        for k, v in sorted(record.items())
        if v not in (None, "") and k not in HIDDEN and not k.endswith("_id")
    )
