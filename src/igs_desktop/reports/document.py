"""The page every report shares: A4, header, footer with "Pagina X van Y", demo watermark.

The total page count is only known at the end, so the canvas keeps every page's state and
draws the header and footer when the document is saved (the "numbered canvas" recipe). The
demo watermark is drawn then too, translucent and over everything, so that no table
background can hide it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import NullActionFlowable

from .. import APP_NAME
from .fonts import BOLD, FAMILY, register_fonts
from .model import ReportMeta
from .wording import DUTCH, N_, Wording

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.5 * cm
MARGIN_BOTTOM = 2.2 * cm
WATERMARK = N_("DEMO — fictieve gegevens")
RULE_COLOUR = HexColor("#1F4E79")
MUTED = HexColor("#555555")


def page_label(page: int, total: int, w: Wording = DUTCH) -> str:
    return w.t("Pagina {page} van {total}", page=page, total=total)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def content_width(wide: bool = False) -> float:
    """The width of the text frame: A4 portrait, or landscape for wide tables."""
    return (PAGE_HEIGHT if wide else PAGE_WIDTH) - 2 * MARGIN_X


def _draw_header_footer(
    canvas: Canvas, page_size: tuple[float, float], meta: ReportMeta, page: int, total: int
) -> None:
    w = Wording(meta.language)
    canvas.saveState()
    width, height = page_size
    top = height - 1.35 * cm
    right = width - MARGIN_X
    canvas.setFillColor(RULE_COLOUR)
    canvas.setFont(BOLD, 9)
    title = f"{meta.title}"
    canvas.drawString(MARGIN_X, top, title)
    title_width = stringWidth(title + "  ", BOLD, 9)
    canvas.setFillColor(MUTED)
    canvas.setFont(FAMILY, 9)
    if meta.subtitle:
        canvas.drawRightString(right, top, meta.subtitle)
    room = right - MARGIN_X - title_width - stringWidth(meta.subtitle + "  ", FAMILY, 9)
    canvas.drawString(MARGIN_X + title_width, top, _fit(meta.subject, FAMILY, 9, room))
    canvas.setStrokeColor(RULE_COLOUR)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 0.25 * cm, right, top - 0.25 * cm)

    bottom = 1.25 * cm
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, bottom + 0.4 * cm, right, bottom + 0.4 * cm)
    canvas.setFont(FAMILY, 8)
    canvas.drawString(
        MARGIN_X,
        bottom,
        w.t(
            "Opgemaakt op {date} · {app} {version}",
            date=w.date(meta.produced_on),
            app=APP_NAME,
            version=meta.version,
        ),
    )
    canvas.drawRightString(right, bottom, page_label(page, total, w))
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, page_size: tuple[float, float], w: Wording) -> None:
    width, height = page_size
    canvas.saveState()
    canvas.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.12))
    canvas.setFont(BOLD, 46)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55 if height > width else 35)
    canvas.drawCentredString(0, -16, w.t(WATERMARK))
    canvas.restoreState()


class KeepHeadingWithStart(KeepTogether):
    """keepWithNext that keeps a heading with the *start* of what follows.

    ReportLab groups a heading (keepWithNext) with the whole next flowable and moves the group
    to a new page when it does not fit, which leaves most of a page blank before a long table.
    Here the heading stays where it is when it fits together with the first part of what
    follows (for a table: its header and at least one row); otherwise it moves on, as before.
    """

    # KeepTogether's own state, which ReportLab's stubs do not declare
    _content: list[Flowable]  # the flowables kept together
    _H: float  # their height, from the last wrap

    def split(self, aW: float, aH: float) -> list[Flowable]:  # ReportLab's argument names
        *lead, last = list(self._content)
        if lead and getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if lead and aH < self._H:
            lead_height = sum(
                f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in lead
            )
            room = aH - lead_height - last.getSpaceBefore() - 1
            if room > 0:
                last.wrapOn(self.canv, aW, room)
                parts = last.split(aW, room)
                if len(parts) > 1:
                    return [NullActionFlowable(), *lead, *parts]
        return super().split(aW, aH)


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, then stamps "Pagina X van Y" on all of them."""

        # Canvas's own state, which ReportLab's stubs do not declare
        _pagesize: tuple[float, float]
        _startPage: Callable[[], None]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab calls it by this name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if meta.is_demo:
                    _draw_watermark(self, self._pagesize, Wording(meta.language))
                _draw_header_footer(self, self._pagesize, meta, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render(meta: ReportMeta, story: Sequence[Flowable], wide: bool = False) -> bytes:
    """The PDF of ``story`` on the shared page layout (landscape when ``wide``), as bytes."""
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4) if wide else A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{meta.title} — {meta.subject}",
        author=APP_NAME,
        subject=meta.subtitle,
        creator=f"{APP_NAME} {meta.version}",
        lang=meta.language.tag,
        invariant=1,
        initialFontName=FAMILY,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        content_width(wide),
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.keepTogetherClass = KeepHeadingWithStart
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_numbered_canvas(meta))
    return buffer.getvalue()
