"""Portefeuilleoverzicht: every applicant on one line, landscape for the wide table."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .. import formatting
from .document import content_width, render
from .model import PortfolioData, PortfolioLine
from .styles import (
    ERROR,
    OK,
    WARNING,
    breakable,
    code_markup,
    data_table,
    empty_line,
    esc,
    para,
    plural,
)

HEADER = [
    "Aanvrager",
    "Soort",
    "Regio",
    "Leden",
    "Status",
    "Regels",
    "Bevindingen",
    "Volgende deadline",
]
WIDTHS = (0.15, 0.065, 0.10, 0.13, 0.06, 0.12, 0.22, 0.155)


def _state(errors: int, warnings: int) -> str:
    if errors:
        text = f'<font color="{ERROR.hexval()}"><b>{plural(errors, "fout", "fouten")}</b></font>'
        return text + (
            f"<br/>{plural(warnings, 'waarschuwing', 'waarschuwingen')}" if warnings else ""
        )
    if warnings:
        text = plural(warnings, "waarschuwing", "waarschuwingen")
        return f'<font color="{WARNING.hexval()}"><b>{text}</b></font>'
    return f'<font color="{OK.hexval()}">in orde</font>'


def _deadline(line: PortfolioLine) -> str:
    text = "—"
    if line.next_deadline:
        text = f"{esc(formatting.date(line.next_deadline))}<br/>{esc(line.next_deadline_title)}"
    if line.overdue:
        text += f'<br/><font color="{ERROR.hexval()}"><b>{line.overdue} over datum</b></font>'
    return text


def _row(line: PortfolioLine) -> list[str]:
    return [
        f"<b>{breakable(line.name)}</b>",
        esc(line.kind),
        breakable(line.region or "—"),
        esc(", ".join(line.members) or "—"),
        esc(line.status),
        _state(line.errors, line.warnings),
        ", ".join(code_markup(c) for c in line.codes) or "—",
        _deadline(line),
    ]


def build_portfolio(data: PortfolioData) -> bytes:
    width = content_width(wide=True)
    errors = sum(line.errors for line in data.lines)
    warnings = sum(line.warnings for line in data.lines)
    contact = f", vaste ondersteuner {esc(data.support_contact)}" if data.support_contact else ""
    story: list[Flowable] = [
        para("Portefeuilleoverzicht", "cover_title"),
        para(
            f"{plural(len(data.lines), 'aanvrager', 'aanvragers')} in projectjaar {data.year}"
            f"{contact}: samen {plural(errors, 'fout', 'fouten')} en "
            f"{plural(warnings, 'waarschuwing', 'waarschuwingen')}.",
            "lead",
        ),
    ]
    if not data.lines:
        story.append(empty_line("De portefeuille is leeg."))
    else:
        rows = [_row(line) for line in data.lines]
        story.append(data_table(HEADER, rows, [w * width for w in WIDTHS]))
    return render(data.meta, story, wide=True)
