"""Portefeuilleoverzicht: every applicant on one line, landscape for the wide table."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..domain import work
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
)
from .wording import DUTCH, N_, Wording

HEADER = [
    N_("Aanvrager"),
    N_("Soort"),
    N_("Regio"),
    N_("Leden"),
    N_("Status"),
    N_("Regels"),
    N_("Bevindingen"),
    N_("Volgende deadline"),
]
WIDTHS = (0.15, 0.065, 0.10, 0.13, 0.06, 0.12, 0.22, 0.155)
KINDS = (N_("IGS"), N_("Enkel bestuur"))
"""The kinds of applicant `PortfolioLine.kind` holds (services.overview)."""


def _errors(count: int, w: Wording) -> str:
    return w.n(count, "{count} fout", "{count} fouten")


def _warnings(count: int, w: Wording) -> str:
    return w.n(count, "{count} waarschuwing", "{count} waarschuwingen")


def _state(errors: int, warnings: int, w: Wording = DUTCH) -> str:
    if errors:
        text = f'<font color="{ERROR.hexval()}"><b>{_errors(errors, w)}</b></font>'
        return text + (f"<br/>{_warnings(warnings, w)}" if warnings else "")
    if warnings:
        return f'<font color="{WARNING.hexval()}"><b>{_warnings(warnings, w)}</b></font>'
    fine = esc(w.t("in orde"))
    return f'<font color="{OK.hexval()}">{fine}</font>'


def _deadline(line: PortfolioLine, w: Wording) -> str:
    text = "—"
    if line.next_deadline:
        text = f"{esc(w.date(line.next_deadline))}<br/>{esc(line.next_deadline_title)}"
    if line.overdue:
        overdue = esc(w.t("{count} over datum", count=w.number(line.overdue)))
        text += f'<br/><font color="{ERROR.hexval()}"><b>{overdue}</b></font>'
    return text


def _row(line: PortfolioLine, w: Wording) -> list[str]:
    return [
        f"<b>{breakable(line.name)}</b>",
        esc(w.t(line.kind)),
        breakable(line.region or "—"),
        esc(", ".join(line.members) or "—"),
        esc(work.label(line.status, w.lang)),
        _state(line.errors, line.warnings, w),
        ", ".join(code_markup(c) for c in line.codes) or "—",
        _deadline(line, w),
    ]


def build_portfolio(data: PortfolioData) -> bytes:
    w = Wording(data.meta.language)
    width = content_width(wide=True)
    errors = sum(line.errors for line in data.lines)
    warnings = sum(line.warnings for line in data.lines)
    contact = (
        w.t(", vaste ondersteuner {name}", name=esc(data.support_contact))
        if data.support_contact
        else ""
    )
    story: list[Flowable] = [
        para(esc(w.t("Portefeuilleoverzicht")), "cover_title"),
        para(
            w.t(
                "{applicants} in projectjaar {year}{contact}: samen {errors} en {warnings}.",
                applicants=w.n(len(data.lines), "{count} aanvrager", "{count} aanvragers"),
                year=data.year,
                contact=contact,
                errors=_errors(errors, w),
                warnings=_warnings(warnings, w),
            ),
            "lead",
        ),
    ]
    if not data.lines:
        story.append(empty_line(w.t("De portefeuille is leeg.")))
    else:
        rows = [_row(line, w) for line in data.lines]
        story.append(data_table([w.t(h) for h in HEADER], rows, [x * width for x in WIDTHS]))
    return render(data.meta, story, wide=True)
