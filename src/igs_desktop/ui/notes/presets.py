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

    a partnership tab gives the partnership and its active members, the governments page the
    selected government, and the notes pages what they offer through ``note_preset()``.
    """
    from ..governments_page import GovernmentsPage
    from ..partnership.page import PartnershipPage

    if isinstance(page, PartnershipPage):
        detail = page.detail
        members = tuple(m.nis_code for m in detail.members if detail.active(m)) if detail else ()
        return NotePreset(partnership_id=page.partnership_id, nis_codes=members)
    if isinstance(page, GovernmentsPage):
        chosen = page.selected()
        return NotePreset(nis_codes=(chosen.nis_code,)) if chosen else NotePreset()
    offer = getattr(page, "note_preset", None)
    if callable(offer):
        preset = offer()
        if isinstance(preset, NotePreset):
            return preset
    return NotePreset()
