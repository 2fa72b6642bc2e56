"""Values of the change log as a person reads them, for the History tab and the conflicts:
an amount in euro, a whole record (created or deleted) as its "field: value" pairs."""

from __future__ import annotations

import json

from ..services.field_labels import field_label
from .partnership.amounts import euro

HIDDEN = {"id", "created_at", "updated_at", "is_demo"}  # record fields not worth showing


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
