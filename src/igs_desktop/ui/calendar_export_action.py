"""Bestand › Agenda exporteren (.ics)…: the shown project year's deadlines and the open work as
an agenda file for Outlook (``services.calendar_export``).

Writing a few dozen events takes milliseconds, so it runs on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..services.editing import ValidationError
from . import messages
from .context import AppContext

TITLE = "Agenda exporteren"
MENU_TEXT = "A&genda exporteren (.ics)…"
FILTER = "Agendabestanden (*.ics)"


def export_calendar(context: AppContext, parent: QWidget | None) -> bool:
    """Ask for a file and write the agenda of the year the window shows. True when written."""
    from ..services.calendar_export import SUFFIX, default_file_name
    from ..services.calendar_export import export_calendar as write_calendar

    year = context.year
    chosen = messages.save_file(
        parent, f"{TITLE} (projectjaar {year})", default_file_name(year), FILTER
    )
    if not chosen:
        return False
    target = Path(chosen)
    if target.suffix.lower() != SUFFIX:
        # The dialog did not ask about this name, so ask here before replacing a file.
        target = target.with_name(target.name + SUFFIX)
        if target.exists() and not messages.confirm(
            parent, TITLE, f"{target} bestaat al. Wilt u het vervangen?", "Vervangen", "Annuleren"
        ):
            return False
    try:
        result = write_calendar(
            context.db,
            target,
            year,
            overwrite=True,  # the save dialog (or the question above) asked
            protected_dirs=context.workbench.folders.protected,
        )
    except (ValidationError, OSError) as exc:
        messages.warn(parent, "Niet geëxporteerd", str(exc))
        return False
    messages.info(parent, "Agenda geëxporteerd", "\n\n".join(result.lines()))
    return True
