"""What a new note is linked to from the start: whatever the user has open."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class NotePreset:
    partnership_id: str | None = None
    nis_codes: tuple[str, ...] = ()
    knowledge_session_id: str | None = None
    kind: str | None = None
    action_id: str | None = None


def preset_for(page: QWidget | None) -> NotePreset:
    """The links of a new note opened (Ctrl+Shift+N) while ``page`` is the current tab:

    the governments page gives the selected government; the partnership tab (the partnership and
    its active members) and the notes pages give what they offer through ``note_preset()``.
    """
    from ..governments_page import GovernmentsPage

    if isinstance(page, GovernmentsPage):
        chosen = page.selected()
        return NotePreset(nis_codes=(chosen.nis_code,)) if chosen else NotePreset()
    offer = getattr(page, "note_preset", None)
    if callable(offer):
        preset = offer()
        if isinstance(preset, NotePreset):
            return preset
    return NotePreset()
