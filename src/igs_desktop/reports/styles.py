"""Paragraph styles, tables and small text helpers shared by the four reports.

Headings keep with what follows; tables repeat their header row on every page and never
split a row; every value is escaped before ReportLab's mini-markup reads it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .. import formatting
from .fonts import BOLD, FAMILY, register_fonts
from .wording import DUTCH, Wording

ACCENT = HexColor("#1F4E79")
ZEBRA = HexColor("#EEF3F8")
GRID = HexColor("#B7C7D9")
ERROR = HexColor("#B00020")
WARNING = HexColor("#9A6700")
OK = HexColor("#1B7F3B")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FAMILY, fontSize=9.5, leading=13, spaceAfter=4)
    return {
        "body": body,
        "lead": ParagraphStyle("lead", parent=body, keepWithNext=1),
        "small": ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10.5, textColor=HexColor("#444444")
        ),
        "cover_title": ParagraphStyle(
            "cover_title", parent=body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        "cover_subject": ParagraphStyle(
            "cover_subject", parent=body, fontName=BOLD, fontSize=17, leading=22, spaceAfter=6
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle(
            "head", parent=body, fontName=BOLD, fontSize=8.5, leading=11, textColor=white
        ),
        "head_right": ParagraphStyle(
            "head_right",
            parent=body,
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=white,
            alignment=TA_RIGHT,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=FAMILY
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            fontName="DejaVuSans-Oblique",
            leftIndent=14,
            # ReportLab reads (top, right, bottom, left) too (normalizeTRBL); its stub says float
            borderPadding=(2, 0, 2, 8),  # type: ignore[arg-type]
            textColor=HexColor("#333333"),
        ),
    }


def esc(text: object) -> str:
    """Plain text made safe for ReportLab's paragraph markup; newlines kept."""
    return escape(str(text)).replace("\n", "<br/>")


def euro(cents: int | None, empty: str = "—") -> str:
    return formatting.amount(None if cents is None else Decimal(cents) / 100, empty)


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of markup (escape plain values with ``esc`` first)."""
    return Paragraph(text, styles()[style])


def bullet(text: str) -> Paragraph:
    """A bulleted paragraph of markup, with a hanging indent."""
    return Paragraph(text, styles()["bullet"], bulletText="•")


def heading(text: str, level: int = 1) -> Paragraph:
    return Paragraph(esc(text), styles()[f"h{level}"])


def empty_line(text: str) -> Paragraph:
    """What a section says when it has nothing to show."""
    return Paragraph(f"<i>{esc(text)}</i>", styles()["body"])


def space(height: float = 6) -> Spacer:
    return Spacer(1, height)


def plural(count: int, one: str, many: str) -> str:
    """ "1 fout", "2 fouten"."""
    return f"{count} {one if count == 1 else many}"


def breakable(text: str) -> str:
    """Escaped text that may wrap after a dash: IGS names are long words of town names joined
    by dashes, and ReportLab would otherwise cut them at any letter. The break is a space of
    0.1 pt, invisible on paper."""
    gap = '<font size="0.1"> </font>'
    return esc(text).replace("–", "–" + gap).replace("-", "-" + gap)


def code_markup(code: str) -> str:
    """A rule code, small enough that the longest one fits its column without breaking."""
    return f'<font size="7.5">{esc(code)}</font>'


def severity_markup(severity: str, w: Wording = DUTCH) -> str:
    """ "fout" or "waarschuwing" (a `FindingLine.severity`) in colour, in the report's language."""
    error = severity == "fout"
    colour = ERROR if error else WARNING
    text = w.t("fout") if error else w.t("waarschuwing") if severity == "waarschuwing" else severity
    return f'<font color="{colour.hexval()}"><b>{esc(text)}</b></font>'


Cell = str | Flowable


def data_table(
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    widths: Sequence[float],
    right: Collection[int] = (),
    extra: Sequence[tuple] = (),
) -> Table:
    """A table whose header repeats on every page and whose rows are never split.

    String cells are markup (escape plain values first); columns in ``right`` are right-aligned.
    """
    s = styles()

    def cell(value: Cell, column: int) -> Flowable:
        if isinstance(value, Flowable):
            return value
        return Paragraph(value, s["cell_right" if column in right else "cell"])

    head = [
        Paragraph(esc(h), s["head_right" if i in right else "head"]) for i, h in enumerate(header)
    ]
    body = [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=0)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # the default would pull in Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(body) + 1, 2)]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def facts_table(facts: Sequence[tuple[str, Cell]], widths: Sequence[float]) -> Table:
    """Label/value pairs without a header, for covers and summaries."""
    s = styles()
    rows = [
        [
            Paragraph(f"<b>{esc(label)}</b>", s["cell"]),
            v if isinstance(v, Flowable) else Paragraph(v, s["cell"]),
        ]
        for label, v in facts
    ]
    table = Table(rows, colWidths=list(widths), splitInRow=0)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
