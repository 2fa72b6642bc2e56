"""The app icon (resources/icons): the window's, the taskbar's and the .desktop file's."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..paths import resource

APP_ID = "igs-desktop"  # the icon files' stem, the .desktop file's name and its Icon=


def app_icon() -> QIcon:
    """Every rendered size (16-256 px, made by resources/icons/make_icons.py), so no size is
    scaled from another."""
    icon = QIcon()
    for png in sorted(resource("icons").glob(f"{APP_ID}-*.png")):
        icon.addFile(str(png))
    return icon
