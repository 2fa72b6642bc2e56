"""The bundled DejaVu Sans, registered once as one family so <b> and <i> work everywhere.

ReportLab embeds a subset of every TrueType font it uses, so the PDF never depends on the
reader's fonts, and DejaVu covers é, ë, ï, ç, ş, ğ, ł and € alike.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from ..paths import resource

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# (bold, italic) → the face that <b> and <i> pick within the family
_MAPPINGS: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
    (0, 0, FAMILY),
    (1, 0, BOLD),
    (0, 1, ITALIC),
    (1, 1, BOLD_ITALIC),
)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family with ReportLab (once per process); returns its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file_name in _FILES.items():
        path = resource("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(
                f"Het lettertype {file_name} ontbreekt in {path.parent}; de installatie is "
                "onvolledig."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, name in _MAPPINGS:
        addMapping(FAMILY, bold, italic, name)
    return FAMILY
