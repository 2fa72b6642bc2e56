"""Opvolgingsrapport: KPI progress with bars, changes since the previous report, the period's
notes and knowledge sessions, and open and overdue follow-ups."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..domain import work
from .document import content_width, render
from .model import ChangesSince, FollowUpData
from .sections import KpiBar, findings_section, sessions_table
from .styles import ERROR, Cell, breakable, data_table, empty_line, esc, facts_table, heading, para
from .wording import Wording


def _title(data: FollowUpData, width: float, w: Wording) -> list[Flowable]:
    period = f"{w.date(data.period_from)} – {w.date(data.period_to)}"
    return [
        para(esc(w.t("Opvolgingsrapport")), "cover_title"),
        para(esc(data.meta.subject), "cover_subject"),
        facts_table(
            [
                (w.t("Periode"), esc(period)),
                (w.t("Projectjaar"), esc(str(data.year))),
                (w.t("Actieve leden"), esc(", ".join(data.members) or "—")),
            ],
            [width * 0.3, width * 0.7],
        ),
    ]


def _kpis(data: FollowUpData, width: float, w: Wording) -> list[Flowable]:
    if not data.actions:
        return [empty_line(w.t("Er zijn geen acties met een KPI."))]
    below = esc(w.t("onder 25%"))
    warn = f'<font color="{ERROR.hexval()}"><b>{below}</b></font>'
    rows: list[list[Cell]] = [
        [
            f"<b>{esc(a.number)}</b> {esc(a.title)}",
            esc(w.number(a.target)),
            esc(w.number(a.interim)),
            esc(w.number(a.final)),
            KpiBar(a, w),
            warn if a.below_warning else "—",
        ]
        for a in data.actions
    ]
    intro = para(
        w.t(
            "KPI-doel en bereik per actie in projectjaar {year}. De balk toont wat bereikt is "
            "tegenover het doel (het eindcijfer zodra het er is, anders het tussentijdse); het "
            "streepje staat op 25%. Een actie die tussentijds onder 25% van haar doel blijft, "
            "riskeert haar subsidie.",
            year=data.year,
        ),
        "lead",
    )
    table = data_table(
        [
            w.t("Actie"),
            w.t("Doel"),
            w.t("Tussentijds"),
            w.t("Eind"),
            w.t("Bereikt"),
            w.t("Signaal"),
        ],
        rows,
        [width * 0.32, width * 0.09, width * 0.14, width * 0.09, width * 0.22, width * 0.14],
        right={1, 2, 3},
    )
    return [intro, table]


def _changes(changes: ChangesSince, width: float, w: Wording) -> list[Flowable]:
    if changes.previous_at is None:
        return [empty_line(w.t("Dit is het eerste opvolgingsrapport voor deze aanvrager."))]
    when = w.datetime(changes.previous_at)
    period = ""
    if changes.previous_from and changes.previous_to:
        period = w.t(
            " (periode {start} – {end})",
            start=w.date(changes.previous_from),
            end=w.date(changes.previous_to),
        )
    story: list[Flowable] = [
        para(
            w.t("Vorig opvolgingsrapport: {when}{period}.", when=esc(when), period=esc(period)),
            "lead",
        )
    ]
    if changes.same_data is not None:
        story.append(
            para(
                w.t("De gegevens van dit rapport zijn <b>gelijk aan</b> die van het vorige.")
                if changes.same_data
                else w.t("De gegevens van dit rapport <b>verschillen</b> van die van het vorige."),
                "lead",
            )
        )
    if not changes.lines:
        story.append(
            para(w.t("Sinds dat rapport is niets gewijzigd aan leden, cijfers of acties."))
        )
        return story
    rows = [
        [
            esc(w.datetime(c.changed_at)),
            esc(w.t(c.category)),
            esc(c.summary) + "".join(f"<br/><font size='7.5'>{esc(d)}</font>" for d in c.details),
            breakable(c.changed_by or "—"),
        ]
        for c in changes.lines
    ]
    story.append(
        data_table(
            [w.t("Wanneer"), w.t("Wat"), w.t("Wijziging"), w.t("Door")],
            rows,
            [width * 0.19, width * 0.11, width * 0.48, width * 0.22],
        )
    )
    return story


def _notes(data: FollowUpData, width: float, w: Wording) -> Flowable:
    if not data.notes:
        return empty_line(w.t("Geen notities voor rapporten in deze periode."))
    rows = [
        [
            esc(w.short_date(n.noted_on)),
            esc(w.t(n.kind)),
            f"<b>{esc(n.title)}</b>" + (f"<br/>{esc(n.body.strip())}" if n.body.strip() else ""),
        ]
        for n in data.notes
    ]
    return data_table(
        [w.t("Datum"), w.t("Soort"), w.t("Notitie")],
        rows,
        [width * 0.14, width * 0.16, width * 0.7],
    )


def _due(data: FollowUpData, width: float, w: Wording) -> Flowable:
    if not data.due:
        return empty_line(w.t("Er staat niets open."))
    overdue = esc(work.label(work.OVERDUE_TEXT, w.lang))
    rows = [
        [
            (f'<font color="{ERROR.hexval()}"><b>{esc(w.date(d.due_date))}</b></font>')
            if d.overdue
            else esc(w.date(d.due_date, w.t("geen datum"))),
            esc(d.title),
            esc(w.t("traject") if d.kind == "traject" else w.t("opvolging")),
            f'<font color="{ERROR.hexval()}"><b>{overdue}</b></font>'
            if d.overdue
            else esc(w.t("open")),
        ]
        for d in data.due
    ]
    return data_table(
        [w.t("Tegen"), w.t("Wat"), w.t("Soort"), w.t("Stand")],
        rows,
        [width * 0.22, width * 0.49, width * 0.16, width * 0.13],
    )


def build_follow_up(data: FollowUpData) -> bytes:
    w = Wording(data.meta.language)
    width = content_width()
    story: list[Flowable] = _title(data, width, w)
    story += [heading(w.t("1. KPI's: doel en bereik")), *_kpis(data, width, w)]
    story += [
        heading(w.t("2. Regelcontrole")),
        *findings_section(data.findings, data.year, width, w),
    ]
    story += [
        heading(w.t("3. Wat veranderde sinds het vorige rapport")),
        *_changes(data.changes, width, w),
    ]
    overdue = sum(1 for d in data.due if d.overdue)
    story += [
        heading(w.t("4. Open en verlopen opvolging")),
        para(
            esc(
                w.t(
                    "{count} open, waarvan {overdue} over datum.",
                    count=len(data.due),
                    overdue=overdue,
                )
            ),
            "lead",
        ),
        _due(data, width, w),
    ]
    story += [
        heading(w.t("5. Notities in de periode")),
        para(esc(w.t("Alleen notities die voor rapporten zijn aangeduid.")), "lead"),
        _notes(data, width, w),
    ]
    story += [
        heading(w.t("6. Kennisdeling in de periode")),
        sessions_table(data.sessions, width, w.t("Geen kennisdeling in deze periode."), w),
    ]
    return render(data.meta, story)
