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
from .i18n import QT_TRANSLATE_NOOP, translate

MENU_TEXT = str(QT_TRANSLATE_NOOP("CalendarExport", "A&genda exporteren (.ics)…"))
"""The menu item's text, in Dutch: `menu_text` gives it in the window's language."""


def menu_text() -> str:
    return translate("CalendarExport", MENU_TEXT)


def export_calendar(context: AppContext, parent: QWidget | None) -> bool:
    """Ask for a file and write the agenda of the year the window shows. True when written."""
    from ..services.calendar_export import SUFFIX, default_file_name
    from ..services.calendar_export import export_calendar as write_calendar

    year = context.year
    title = translate("CalendarExport", "Agenda exporteren")
    chosen = messages.save_file(
        parent,
        translate("CalendarExport", "Agenda exporteren (projectjaar {year})").format(year=year),
        default_file_name(year),
        translate("CalendarExport", "Agendabestanden (*.ics)"),
    )
    if not chosen:
        return False
    target = Path(chosen)
    if target.suffix.lower() != SUFFIX:
        # The dialog did not ask about this name, so ask here before replacing a file.
        target = target.with_name(target.name + SUFFIX)
        if target.exists() and not messages.confirm(
            parent,
            title,
            translate("CalendarExport", "{file} bestaat al. Wilt u het vervangen?").format(
                file=target
            ),
            translate("CalendarExport", "Vervangen"),
            translate("CalendarExport", "Annuleren"),
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
        messages.warn(parent, translate("CalendarExport", "Niet geëxporteerd"), str(exc))
        return False
    messages.info(
        parent, translate("CalendarExport", "Agenda geëxporteerd"), "\n\n".join(result.lines())
    )
    return True
