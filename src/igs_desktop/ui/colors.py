"""Status colours, chosen per palette so that text in them keeps a contrast of at least 4.5:1
(WCAG AA) on the light and on the dark palette.

``colors.ERROR``, ``colors.WARNING`` and ``colors.OK`` are read when a cell or label is painted
or styled, so they follow the palette the application has at that moment (a module
``__getattr__``): dark red on white, light red on a dark background. ``DEMO_BANNER`` is a
background with white text on it, the same in both palettes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

LIGHT = {"ERROR": "#c62828", "WARNING": "#8a5300", "OK": "#1b7a3a"}
DARK = {"ERROR": "#ff7b7b", "WARNING": "#ffb74d", "OK": "#66d17a"}
DEMO_BANNER = QColor("#8a5300")  # under white text: 6.3:1


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette's (the application's) list background is dark."""
    if palette is None:
        if QGuiApplication.instance() is None:
            return False
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status(name: str, palette: QPalette | None = None) -> QColor:
    """The status colour ``name`` ("ERROR", "WARNING", "OK") for ``palette``."""
    return QColor((DARK if is_dark(palette) else LIGHT)[name])


def __getattr__(name: str) -> QColor:
    if name in LIGHT:
        return status(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
