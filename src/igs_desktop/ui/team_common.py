"""What the team dialogs share: a remembered size, moments in the computer's time zone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QDialog

from .. import formatting
from .notes.common import local_time
from .widgets import babel_locale, resize_within_screen


def restore_size(dialog: QDialog, settings: QSettings | None, key: str, size: QSize) -> None:
    """Size ``dialog`` as the user left it last time (``key``/size), else ``size``; always
    within the screen. The size is stored again when the dialog closes."""
    stored = settings.value(f"{key}/size") if settings is not None else None
    wanted = stored if isinstance(stored, QSize) and stored.isValid() else size
    resize_within_screen(dialog, wanted.width(), wanted.height())
    if settings is not None:
        dialog.finished.connect(lambda _result: settings.setValue(f"{key}/size", dialog.size()))


def local_moment(moment: dt.datetime | None, empty: str = "—", short: bool = False) -> str:
    """A stored moment (UTC; naive means UTC) in the computer's time zone, in the window's
    language: "12 maart 2026 14:05", or ``short`` for tables: "12-03-2026 14:05"."""
    if moment is None:
        return empty
    here = local_time(moment)
    if short:
        return f"{formatting.short_date(here.date(), locale=babel_locale())} {here:%H:%M}"
    return formatting.datetime(here, locale=babel_locale())
