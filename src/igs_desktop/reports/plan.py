"""Ondersteuningsplan: one applicant and project year, from cover to deadlines."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ..domain import work
from ..domain.calendar import DeadlineState
from .document import content_width, render
from .model import DeadlineLine, PlanData
from .sections import findings_section, members_table, population_line, sessions_table
from .styles import (
    ERROR,
    data_table,
    empty_line,
    esc,
    facts_table,
    heading,
    para,
    space,
)
from .wording import N_, Wording

KINDS = (N_("Intergemeentelijke samenwerking (IGS)"), N_("Alleenstaand lokaal bestuur"))
"""The kinds of applicant `PlanData.kind` holds (services.report_data.kind_label)."""


def _cover(data: PlanData, width: float, w: Wording) -> list[Flowable]:
    errors = sum(1 for f in data.findings if f.severity == "fout")
    warnings = len(data.findings) - errors
    submitter = " — " + esc(w.t("indiener"))
    members = "<br/>".join(
        f"{esc(m.name)} ({esc(m.nis_code)}){submitter if m.submitter else ''}"
        for m in data.members
        if m.active
    )
    facts = [
        (w.t("Aanvrager"), f"<b>{esc(data.meta.subject)}</b>"),
        (w.t("Soort"), esc(w.t(data.kind))),
        (w.t("Referentieregio"), esc(data.region or "—")),
        (w.t("Leden"), members or "—"),
        (w.t("Indiener"), esc(data.submitter or w.t("geen indiener aangeduid"))),
        (w.t("Vaste ondersteuner"), esc(data.support_contact or "—")),
        (
            w.t("Projectjaar"),
            esc(f"{data.year} ({w.date(data.period_start)} – {w.date(data.period_end)})"),
        ),
        (
            w.t("Stand van de regels"),
            esc(
                w.n(errors, "{count} fout", "{count} fouten")
                + ", "
                + w.n(warnings, "{count} waarschuwing", "{count} waarschuwingen")
            ),
        ),
    ]
    story: list[Flowable] = [
        space(60),
        para(esc(w.t("Ondersteuningsplan")), "cover_title"),
        para(esc(data.meta.subject), "cover_subject"),
        para(esc(w.t("Plan Samenleven — projectjaar {year}", year=data.year))),
        space(24),
        facts_table(facts, [width * 0.3, width * 0.7]),
        space(24),
        para(
            w.t(
                "Dit plan bundelt wat de vaste ondersteuner en de leden afspraken: de leden en "
                "hun cijfers, de gezamenlijke KPI, de acties met hun doelen en subsidies, de "
                "thematische ondersteuning, de kennisdeling en de deadlines van het programma."
            ),
            "small",
        ),
    ]
    if data.meta.is_demo:
        story.append(
            para(
                w.t(
                    '<font color="{colour}"><b>Demogegevens:</b></font> de cijfers in dit plan '
                    "zijn fictief.",
                    colour=ERROR.hexval(),
                ),
                "small",
            )
        )
    return [*story, PageBreak()]


def _transfers(data: PlanData, width: float, w: Wording) -> Flowable:
    partners = [m for m in data.members if m.active and not m.submitter]
    if not partners:
        return empty_line(w.t("Geen partners: de indiener is de enige deelnemer."))
    rows = [
        [
            f"<b>{esc(m.name)}</b>",
            esc(m.transfer_arrangement or w.t("geen afspraak genoteerd")),
            w.euro(m.transferred_cents),
        ]
        for m in partners
    ]
    return data_table(
        [
            w.t("Partner"),
            w.t("Afspraak over de doorstorting"),
            w.t("Doorgestort pj {year}", year=data.year),
        ],
        rows,
        [width * 0.22, width * 0.56, width * 0.22],
        right={2},
    )


def _actions(data: PlanData, width: float, w: Wording) -> list[Flowable]:
    if not data.actions:
        return [empty_line(w.t("Nog geen acties gekozen."))]
    rows = [
        [
            f"<b>{esc(a.number)}</b>",
            esc(a.title),
            esc(a.objective),
            esc(f"{w.number(a.target)} {a.kpi_unit}".strip() if a.target else "—"),
            w.euro(a.subsidy_cents),
        ]
        for a in data.actions
    ]
    table = data_table(
        [
            w.t("Nr."),
            w.t("Actie"),
            w.t("Doelstelling"),
            w.t("KPI-doel pj {year}", year=data.year),
            w.t("Subsidie"),
        ],
        rows,
        [width * 0.06, width * 0.34, width * 0.24, width * 0.18, width * 0.18],
        right={4},
    )
    money = [
        w.t("Subsidie projectjaar {year}: <b>{amount}</b>", year=s.year, amount=w.euro(s.cents))
        + (f" — {esc(s.label)}" if s.label else "")
        for s in data.subsidies
    ]
    money += [
        w.t(
            "Stimulans 'samenwerking' projectjaar {year}: <b>{amount}</b>",
            year=s.year,
            amount=w.euro(s.cents),
        )
        for s in data.stimuli
    ]
    return [table, space(), *(para(line) for line in money)]


def _tracks(data: PlanData, width: float, w: Wording) -> Flowable:
    if not data.tracks:
        return empty_line(w.t("Geen thematische ondersteuning lopend."))
    overdue = esc(work.label(work.OVERDUE_TEXT, w.lang))
    rows = [
        [
            f"<b>{esc(t.action_number)}</b> {esc(t.action_title)}",
            esc(work.label(t.theme, w.lang)),
            esc(work.label(t.phase, w.lang)),
            esc(t.next_step or "—"),
            (
                f'<font color="{ERROR.hexval()}"><b>{esc(w.date(t.due_date))}</b><br/>'
                f"{overdue}</font>"
            )
            if t.overdue
            else esc(w.date(t.due_date)),
            esc(work.label(t.status, w.lang)),
        ]
        for t in data.tracks
    ]
    return data_table(
        [
            w.t("Actie"),
            w.t("Thema"),
            w.t("Fase"),
            w.t("Volgende stap"),
            w.t("Tegen"),
            w.t("Status"),
        ],
        rows,
        [width * 0.19, width * 0.13, width * 0.12, width * 0.24, width * 0.21, width * 0.11],
    )


def _state(d: DeadlineLine, w: Wording) -> str:
    try:
        return DeadlineState(d.state).label(w.lang)
    except ValueError:  # not one of the calendar's states: shown as it is
        return d.state


def _deadlines(data: PlanData, width: float, w: Wording) -> Flowable:
    if not data.deadlines:
        return empty_line(w.t("Voor dit projectjaar zijn geen deadlines gekend."))
    rows = [
        [
            esc(d.label_in(w.lang)),
            esc(w.date(d.on, empty=w.t("nog niet bekend"))),
            esc(_state(d, w)),
        ]
        for d in data.deadlines
    ]
    return data_table(
        [w.t("Wat"), w.t("Datum"), w.t("Stand")], rows, [width * 0.55, width * 0.27, width * 0.18]
    )


def build_plan(data: PlanData) -> bytes:
    w = Wording(data.meta.language)
    width = content_width()
    story: list[Flowable] = _cover(data, width, w)
    story += [
        heading(w.t("1. Stand van de regelcontrole")),
        *findings_section(data.findings, data.year, width, w),
    ]
    story += [
        heading(w.t("2. Leden en bevolkingscijfers")),
        members_table(data.members, width, w),
        space(),
        population_line(data.members, data.year, w),
        heading(w.t("Doorstorting aan de partners"), 2),
        _transfers(data, width, w),
    ]
    story += [
        heading(w.t("3. Gezamenlijke KPI")),
        para(esc(data.kpi))
        if data.kpi
        else empty_line(w.t("De gezamenlijke KPI is nog niet vastgelegd.")),
    ]
    story += [heading(w.t("4. Acties, KPI-doelen en subsidies")), *_actions(data, width, w)]
    story += [heading(w.t("5. Thematische ondersteuning")), _tracks(data, width, w)]
    story += [
        heading(w.t("6. Geplande kennisdeling")),
        sessions_table(
            data.sessions, width, w.t("Er is nog geen bovenlokale kennisdeling gepland."), w
        ),
    ]
    story += [
        heading(w.t("7. Deadlines van projectjaar {year}", year=data.year)),
        _deadlines(data, width, w),
    ]
    return render(data.meta, story)
