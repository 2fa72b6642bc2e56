"""Opvolgingsrapport: KPI progress with bars, changes since the previous report, the period's
notes and knowledge sessions, and open and overdue follow-ups."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .. import formatting
from .document import content_width, render
from .model import ChangesSince, FollowUpData
from .sections import KpiBar, findings_section, sessions_table
from .styles import ERROR, Cell, breakable, data_table, empty_line, esc, facts_table, heading, para


def _title(data: FollowUpData, width: float) -> list[Flowable]:
    period = f"{formatting.date(data.period_from)} – {formatting.date(data.period_to)}"
    return [
        para("Opvolgingsrapport", "cover_title"),
        para(esc(data.meta.subject), "cover_subject"),
        facts_table(
            [
                ("Periode", esc(period)),
                ("Projectjaar", esc(str(data.year))),
                ("Actieve leden", esc(", ".join(data.members) or "—")),
            ],
            [width * 0.3, width * 0.7],
        ),
    ]


def _kpis(data: FollowUpData, width: float) -> list[Flowable]:
    if not data.actions:
        return [empty_line("Er zijn geen acties met een KPI.")]
    warn = f'<font color="{ERROR.hexval()}"><b>onder 25%</b></font>'
    rows: list[list[Cell]] = [
        [
            f"<b>{esc(a.number)}</b> {esc(a.title)}",
            esc(formatting.number(a.target)),
            esc(formatting.number(a.interim)),
            esc(formatting.number(a.final)),
            KpiBar(a),
            warn if a.below_warning else "—",
        ]
        for a in data.actions
    ]
    intro = para(
        f"KPI-doel en bereik per actie in projectjaar {data.year}. De balk toont wat bereikt is "
        "tegenover het doel (het eindcijfer zodra het er is, anders het tussentijdse); het "
        "streepje staat op 25%. Een actie die tussentijds onder 25% van haar doel blijft, "
        "riskeert haar subsidie.",
        "lead",
    )
    table = data_table(
        ["Actie", "Doel", "Tussentijds", "Eind", "Bereikt", "Signaal"],
        rows,
        [width * 0.32, width * 0.09, width * 0.14, width * 0.09, width * 0.22, width * 0.14],
        right={1, 2, 3},
    )
    return [intro, table]


def _changes(changes: ChangesSince, width: float) -> list[Flowable]:
    if changes.previous_at is None:
        return [empty_line("Dit is het eerste opvolgingsrapport voor deze aanvrager.")]
    when = formatting.datetime(changes.previous_at)
    period = ""
    if changes.previous_from and changes.previous_to:
        period = (
            f" (periode {formatting.date(changes.previous_from)} – "
            f"{formatting.date(changes.previous_to)})"
        )
    story: list[Flowable] = [para(f"Vorig opvolgingsrapport: {esc(when)}{esc(period)}.", "lead")]
    if changes.same_data is not None:
        story.append(
            para(
                "De gegevens van dit rapport zijn <b>gelijk aan</b> die van het vorige."
                if changes.same_data
                else "De gegevens van dit rapport <b>verschillen</b> van die van het vorige.",
                "lead",
            )
        )
    if not changes.lines:
        story.append(para("Sinds dat rapport is niets gewijzigd aan leden, cijfers of acties."))
        return story
    rows = [
        [
            esc(formatting.datetime(c.changed_at)),
            esc(c.category),
            esc(c.summary) + "".join(f"<br/><font size='7.5'>{esc(d)}</font>" for d in c.details),
            breakable(c.changed_by or "—"),
        ]
        for c in changes.lines
    ]
    story.append(
        data_table(
            ["Wanneer", "Wat", "Wijziging", "Door"],
            rows,
            [width * 0.19, width * 0.11, width * 0.48, width * 0.22],
        )
    )
    return story


def _notes(data: FollowUpData, width: float) -> Flowable:
    if not data.notes:
        return empty_line("Geen notities voor rapporten in deze periode.")
    rows = [
        [
            esc(formatting.short_date(n.noted_on)),
            esc(n.kind),
            f"<b>{esc(n.title)}</b>" + (f"<br/>{esc(n.body.strip())}" if n.body.strip() else ""),
        ]
        for n in data.notes
    ]
    return data_table(
        ["Datum", "Soort", "Notitie"], rows, [width * 0.14, width * 0.16, width * 0.7]
    )


def _due(data: FollowUpData, width: float) -> Flowable:
    if not data.due:
        return empty_line("Er staat niets open.")
    rows = [
        [
            (f'<font color="{ERROR.hexval()}"><b>{esc(formatting.date(d.due_date))}</b></font>')
            if d.overdue
            else esc(formatting.date(d.due_date, "geen datum")),
            esc(d.title),
            esc("traject" if d.kind == "traject" else "opvolging"),
            f'<font color="{ERROR.hexval()}"><b>over datum</b></font>' if d.overdue else "open",
        ]
        for d in data.due
    ]
    return data_table(
        ["Tegen", "Wat", "Soort", "Stand"],
        rows,
        [width * 0.22, width * 0.49, width * 0.16, width * 0.13],
    )


def build_follow_up(data: FollowUpData) -> bytes:
    width = content_width()
    story: list[Flowable] = _title(data, width)
    story += [heading("1. KPI's: doel en bereik"), *_kpis(data, width)]
    story += [heading("2. Regelcontrole"), *findings_section(data.findings, data.year, width)]
    story += [heading("3. Wat veranderde sinds het vorige rapport"), *_changes(data.changes, width)]
    overdue = sum(1 for d in data.due if d.overdue)
    story += [
        heading("4. Open en verlopen opvolging"),
        para(f"{len(data.due)} open, waarvan {overdue} over datum.", "lead"),
        _due(data, width),
    ]
    story += [
        heading("5. Notities in de periode"),
        para("Alleen notities die voor rapporten zijn aangeduid.", "lead"),
        _notes(data, width),
    ]
    story += [
        heading("6. Kennisdeling in de periode"),
        sessions_table(data.sessions, width, "Geen kennisdeling in deze periode."),
    ]
    return render(data.meta, story)
