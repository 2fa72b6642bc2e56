"""Ondersteuningsplan: one applicant and project year, from cover to deadlines."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from .. import formatting
from .document import content_width, render
from .model import PlanData
from .sections import findings_section, members_table, population_line, sessions_table
from .styles import (
    ERROR,
    data_table,
    empty_line,
    esc,
    euro,
    facts_table,
    heading,
    para,
    plural,
    space,
)


def _cover(data: PlanData, width: float) -> list[Flowable]:
    errors = sum(1 for f in data.findings if f.severity == "fout")
    warnings = len(data.findings) - errors
    members = "<br/>".join(
        f"{esc(m.name)} ({esc(m.nis_code)}){' — indiener' if m.submitter else ''}"
        for m in data.members
        if m.active
    )
    facts = [
        ("Aanvrager", f"<b>{esc(data.meta.subject)}</b>"),
        ("Soort", esc(data.kind)),
        ("Referentieregio", esc(data.region or "—")),
        ("Leden", members or "—"),
        ("Indiener", esc(data.submitter or "geen indiener aangeduid")),
        ("Vaste ondersteuner", esc(data.support_contact or "—")),
        (
            "Projectjaar",
            esc(
                f"{data.year} ({formatting.date(data.period_start)} – "
                f"{formatting.date(data.period_end)})"
            ),
        ),
        (
            "Stand van de regels",
            esc(
                f"{plural(errors, 'fout', 'fouten')}, "
                f"{plural(warnings, 'waarschuwing', 'waarschuwingen')}"
            ),
        ),
    ]
    story: list[Flowable] = [
        space(60),
        para("Ondersteuningsplan", "cover_title"),
        para(esc(data.meta.subject), "cover_subject"),
        para(esc(f"Plan Samenleven — projectjaar {data.year}")),
        space(24),
        facts_table(facts, [width * 0.3, width * 0.7]),
        space(24),
        para(
            "Dit plan bundelt wat de vaste ondersteuner en de leden afspraken: de leden en hun "
            "cijfers, de gezamenlijke KPI, de acties met hun doelen en subsidies, de thematische "
            "ondersteuning, de kennisdeling en de deadlines van het programma.",
            "small",
        ),
    ]
    if data.meta.is_demo:
        story.append(
            para(
                f'<font color="{ERROR.hexval()}"><b>Demogegevens:</b></font> de cijfers in dit '
                "plan zijn fictief.",
                "small",
            )
        )
    return [*story, PageBreak()]


def _transfers(data: PlanData, width: float) -> Flowable:
    partners = [m for m in data.members if m.active and not m.submitter]
    if not partners:
        return empty_line("Geen partners: de indiener is de enige deelnemer.")
    rows = [
        [
            f"<b>{esc(m.name)}</b>",
            esc(m.transfer_arrangement or "geen afspraak genoteerd"),
            euro(m.transferred_cents),
        ]
        for m in partners
    ]
    return data_table(
        ["Partner", "Afspraak over de doorstorting", f"Doorgestort pj {data.year}"],
        rows,
        [width * 0.22, width * 0.56, width * 0.22],
        right={2},
    )


def _actions(data: PlanData, width: float) -> list[Flowable]:
    if not data.actions:
        return [empty_line("Nog geen acties gekozen.")]
    rows = [
        [
            f"<b>{esc(a.number)}</b>",
            esc(a.title),
            esc(a.objective),
            esc(f"{formatting.number(a.target)} {a.kpi_unit}".strip() if a.target else "—"),
            euro(a.subsidy_cents),
        ]
        for a in data.actions
    ]
    table = data_table(
        ["Nr.", "Actie", "Doelstelling", f"KPI-doel pj {data.year}", "Subsidie"],
        rows,
        [width * 0.06, width * 0.34, width * 0.24, width * 0.18, width * 0.18],
        right={4},
    )
    money = [
        f"Subsidie projectjaar {s.year}: <b>{euro(s.cents)}</b>"
        + (f" — {esc(s.label)}" if s.label else "")
        for s in data.subsidies
    ]
    money += [
        f"Stimulans 'samenwerking' projectjaar {s.year}: <b>{euro(s.cents)}</b>"
        for s in data.stimuli
    ]
    return [table, space(), *(para(line) for line in money)]


def _tracks(data: PlanData, width: float) -> Flowable:
    if not data.tracks:
        return empty_line("Geen thematische ondersteuning lopend.")
    rows = [
        [
            f"<b>{esc(t.action_number)}</b> {esc(t.action_title)}",
            esc(t.theme),
            esc(t.phase),
            esc(t.next_step or "—"),
            (
                f'<font color="{ERROR.hexval()}"><b>{esc(formatting.date(t.due_date))}</b><br/>'
                "over datum</font>"
            )
            if t.overdue
            else esc(formatting.date(t.due_date)),
            esc(t.status),
        ]
        for t in data.tracks
    ]
    return data_table(
        ["Actie", "Thema", "Fase", "Volgende stap", "Tegen", "Status"],
        rows,
        [width * 0.19, width * 0.13, width * 0.12, width * 0.24, width * 0.21, width * 0.11],
    )


def _deadlines(data: PlanData, width: float) -> Flowable:
    if not data.deadlines:
        return empty_line("Voor dit projectjaar zijn geen deadlines gekend.")
    rows = [
        [esc(d.label), esc(formatting.date(d.on, empty="nog niet bekend")), esc(d.state)]
        for d in data.deadlines
    ]
    return data_table(["Wat", "Datum", "Stand"], rows, [width * 0.55, width * 0.27, width * 0.18])


def build_plan(data: PlanData) -> bytes:
    width = content_width()
    story: list[Flowable] = _cover(data, width)
    story += [
        heading("1. Stand van de regelcontrole"),
        *findings_section(data.findings, data.year, width),
    ]
    story += [
        heading("2. Leden en bevolkingscijfers"),
        members_table(data.members, width),
        space(),
        population_line(data.members, data.year),
        heading("Doorstorting aan de partners", 2),
        _transfers(data, width),
    ]
    story += [
        heading("3. Gezamenlijke KPI"),
        para(esc(data.kpi))
        if data.kpi
        else empty_line("De gezamenlijke KPI is nog niet vastgelegd."),
    ]
    story += [heading("4. Acties, KPI-doelen en subsidies"), *_actions(data, width)]
    story += [heading("5. Thematische ondersteuning"), _tracks(data, width)]
    story += [
        heading("6. Geplande kennisdeling"),
        sessions_table(data.sessions, width, "Er is nog geen bovenlokale kennisdeling gepland."),
    ]
    story += [heading(f"7. Deadlines van projectjaar {data.year}"), _deadlines(data, width)]
    return render(data.meta, story)
