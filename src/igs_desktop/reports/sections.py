"""Pieces more than one report prints: findings, members, notes, sessions, the KPI bar."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether

from ..domain import NON_EU14_THRESHOLD
from .fonts import FAMILY
from .model import KPI_WARNING_RATIO, ActionLine, FindingLine, MemberLine, NoteLine, SessionLine
from .styles import (
    ERROR,
    OK,
    code_markup,
    data_table,
    empty_line,
    esc,
    para,
    severity_markup,
)
from .wording import DUTCH, N_, Wording

NOTE_KINDS = (
    N_("veldonderzoek"),
    N_("data-onderzoek"),
    N_("overleg"),
    N_("telefoongesprek"),
    N_("kennisdeling"),
    N_("andere"),
)
"""The kinds of notes (services.notes.NOTE_KINDS), which a report prints in its language."""

BAR_WIDTH = 64.0
BAR_HEIGHT = 8.0


def findings_section(
    findings: Sequence[FindingLine], year: int, width: float, w: Wording = DUTCH
) -> list[Flowable]:
    """The state of the rule checks: an all-clear line or a table of codes and messages."""
    if not findings:
        return [
            para(
                w.t(
                    '<font color="{colour}"><b>In orde:</b></font> geen fouten of '
                    "waarschuwingen in projectjaar {year}.",
                    colour=OK.hexval(),
                    year=year,
                )
            )
        ]
    errors = sum(1 for f in findings if f.severity == "fout")
    warnings = len(findings) - errors
    summary = para(
        w.t(
            "{errors} en {warnings} in projectjaar {year}.",
            errors=w.n(errors, "{count} fout", "{count} fouten"),
            warnings=w.n(warnings, "{count} waarschuwing", "{count} waarschuwingen"),
            year=year,
        ),
        "lead",
    )
    table = data_table(
        [w.t("Code"), w.t("Ernst"), w.t("Bevinding")],
        [
            [code_markup(f.code), severity_markup(f.severity, w), esc(f.text(w.lang))]
            for f in findings
        ],
        [width * 0.34, width * 0.17, width * 0.49],
    )
    return [summary, table]


def _membership(m: MemberLine, w: Wording) -> str:
    if m.left_year is not None:
        return w.t(
            "projectjaar {joined} tot {left} (uitgestapt)", joined=m.joined_year, left=m.left_year
        )
    return w.t("sinds projectjaar {joined}", joined=m.joined_year)


def member_name(m: MemberLine, w: Wording = DUTCH) -> str:
    name = f"<b>{esc(m.name)}</b>"
    return name + "<br/><i>" + esc(w.t("indiener")) + "</i>" if m.submitter else name


def members_table(members: Sequence[MemberLine], width: float, w: Wording = DUTCH) -> Flowable:
    rows = [
        [
            member_name(m, w),
            esc(m.nis_code),
            esc(_membership(m, w)),
            esc(w.number(m.non_eu14, w.t("onbekend"))),
            esc(
                w.t("projectjaar {year}: {source}", year=m.figure_year, source=m.figure_source)
                if m.figure_source
                else "—"
            ),
        ]
        for m in members
    ]
    return data_table(
        [w.t("Lid"), w.t("NIS"), w.t("Lidmaatschap"), w.t("Niet-EU14"), w.t("Bron van het cijfer")],
        rows,
        [width * 0.22, width * 0.09, width * 0.21, width * 0.13, width * 0.35],
        right={3},
    )


def population_line(members: Sequence[MemberLine], year: int, w: Wording = DUTCH) -> Flowable:
    active = [m for m in members if m.active]
    known = sum(m.non_eu14 or 0 for m in active)
    missing = [m.name for m in active if m.non_eu14 is None]
    total = w.number(known)
    text = w.t(
        "Samen tellen de actieve leden <b>{total}</b> inwoners van niet-EU14-herkomst in "
        "projectjaar {year}; de drempel is meer dan {threshold}.",
        total=w.t("minstens {count}", count=total) if missing else total,
        year=year,
        threshold=w.number(NON_EU14_THRESHOLD),
    )
    if missing:
        text += " " + w.t("Het cijfer van {names} ontbreekt.", names=esc(", ".join(missing)))
    return para(text)


def notes_quoted(notes: Sequence[NoteLine], w: Wording = DUTCH) -> list[Flowable]:
    """Notes as quoted evidence: title and date, then the text itself."""
    out: list[Flowable] = []
    for n in notes:
        out.append(
            KeepTogether(
                [
                    para(
                        f"<b>{esc(n.title)}</b> — {esc(w.date(n.noted_on))}"
                        f" <font color='#555555'>({esc(w.t(n.kind))})</font>",  # NOTE_KINDS
                        "lead",
                    ),
                    para(
                        f"“{esc(n.body.strip())}”"
                        if n.body.strip()
                        else "<i>(" + esc(w.t("geen tekst")) + ")</i>",
                        "quote",
                    ),
                ]
            )
        )
    return out


def sessions_table(
    sessions: Sequence[SessionLine], width: float, empty: str, w: Wording = DUTCH
) -> Flowable:
    """The knowledge sessions; `empty` (already in the report's language) when there are none."""
    if not sessions:
        return empty_line(empty)
    rows = [
        [
            esc(w.date(s.held_on)),
            f"<b>{esc(s.topic)}</b>"
            + (f"<br/>{esc(s.shared)}" if s.shared else "")
            + (
                "<br/><i>" + esc(w.t("Afspraken:")) + f"</i> {esc(s.agreements)}"
                if s.agreements
                else ""
            ),
            esc(", ".join(s.participants) or "—"),
        ]
        for s in sessions
    ]
    return data_table(
        [w.t("Datum"), w.t("Onderwerp"), w.t("Deelnemers")],
        rows,
        [width * 0.2, width * 0.5, width * 0.3],
    )


class KpiBar(Flowable):
    """Actual against target in a table cell: the grey bar is the target, the tick marks 25%.

    Drawn straight on the canvas (not with reportlab.graphics, whose default state would pull
    a non-embedded Helvetica into the PDF).
    """

    def __init__(self, action: ActionLine, w: Wording = DUTCH) -> None:
        super().__init__()
        self.action = action
        self.wording = w
        self.width = BAR_WIDTH + 34
        self.height = BAR_HEIGHT + 3

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        ratio = self.action.ratio
        canvas.saveState()
        canvas.setFillColor(HexColor("#E3E8EE"))
        canvas.rect(0, 1, BAR_WIDTH, BAR_HEIGHT, stroke=0, fill=1)
        if ratio is not None:
            if self.action.below_warning:
                colour = ERROR
            else:
                colour = OK if ratio >= 1 else HexColor("#2F6DB5")
            canvas.setFillColor(colour)
            canvas.rect(0, 1, BAR_WIDTH * min(ratio, 1.0), BAR_HEIGHT, stroke=0, fill=1)
        canvas.setStrokeColor(HexColor("#222222"))
        canvas.setLineWidth(0.7)
        tick = BAR_WIDTH * KPI_WARNING_RATIO
        canvas.line(tick, 0, tick, BAR_HEIGHT + 2)
        canvas.setFillColor(HexColor("#222222"))
        canvas.setFont(FAMILY, 7.5)
        canvas.drawString(
            BAR_WIDTH + 4, 2, self.wording.percent(ratio) if ratio is not None else "—"
        )
        canvas.restoreState()
