"""Adviesrapport: a question, its context, the rules, a what-if before and after, the advice
and the notes that support it."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from .. import formatting
from ..domain import NON_EU14_THRESHOLD
from .document import content_width, render
from .model import AdviceData, FindingLine, WhatIf
from .sections import findings_section, members_table, notes_quoted, population_line
from .styles import (
    ERROR,
    OK,
    bullet,
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


def _title(data: AdviceData, width: float) -> list[Flowable]:
    facts = [
        ("Aanvrager", f"<b>{esc(data.meta.subject)}</b>"),
        ("Referentieregio", esc(data.region or "—")),
        ("Indiener", esc(data.submitter or "geen indiener aangeduid")),
        ("Projectjaar", esc(str(data.year))),
        ("Vaste ondersteuner", esc(data.support_contact or "—")),
    ]
    return [
        para("Adviesrapport", "cover_title"),
        para(esc(data.question), "cover_subject"),
        space(6),
        facts_table(facts, [width * 0.3, width * 0.7]),
    ]


def _context(data: AdviceData, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        heading("1. Context"),
        para(
            f"In projectjaar {data.year} telt {esc(data.meta.subject)} "
            f"{plural(sum(1 for m in data.members if m.active), 'actief lid', 'actieve leden')}"
            f", in referentieregio {esc(data.region or 'onbekend')}.",
            "lead",
        ),
        members_table(data.members, width),
        space(),
        population_line(data.members, data.year),
    ]
    if data.kpi:
        story.append(para(f"<b>Gezamenlijke KPI:</b> {esc(data.kpi)}"))
    if data.subsidies:
        rows = [
            [esc(f"projectjaar {s.year}"), esc(s.label or "—"), euro(s.cents)]
            for s in data.subsidies
        ]
        story += [
            heading("Ontvangen subsidies", 2),
            data_table(
                ["Jaar", "Omschrijving", "Bedrag"],
                rows,
                [width * 0.2, width * 0.55, width * 0.25],
                right={2},
            ),
        ]
    return story


def _yes(flag: bool | None) -> str:
    if flag is None:
        return "onbekend"
    return (
        f'<font color="{OK.hexval()}">ja</font>'
        if flag
        else f'<font color="{ERROR.hexval()}">nee</font>'
    )


def _count(findings: tuple[FindingLine, ...], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)


def _comparison(w: WhatIf, before: tuple[FindingLine, ...], width: float) -> Flowable:
    def total(value: int | None) -> str:
        return f"<b>{esc(formatting.number(value, 'onbekend'))}</b>"

    def above(value: int | None) -> str:
        return _yes(None if value is None else value > NON_EU14_THRESHOLD)

    subsidy_after = "—"
    if w.year1_subsidy_cents is not None and w.kind == "leave":
        kept = w.keeps_year1_subsidy
        subsidy_after = (
            f"{euro(w.year1_subsidy_cents)} (behouden)"
            if kept
            else f"{euro(0)} (verloren)"
            if kept is False
            else "onzeker: er ontbreekt een cijfer"
        )
    elif w.year1_subsidy_cents is not None:
        subsidy_after = euro(w.year1_subsidy_cents)
    rows = [
        ["Actieve leden", esc(", ".join(w.members_before)), esc(", ".join(w.members_after))],
        ["Inwoners van niet-EU14-herkomst", total(w.total_before), total(w.total_after)],
        [
            f"Meer dan {formatting.number(NON_EU14_THRESHOLD)}",
            above(w.total_before),
            above(w.total_after),
        ],
        [
            "Fouten / waarschuwingen",
            esc(f"{_count(before, 'fout')} / {_count(before, 'waarschuwing')}"),
            esc(f"{_count(w.findings_after, 'fout')} / {_count(w.findings_after, 'waarschuwing')}"),
        ],
        ["Subsidies projectjaar 1", euro(w.year1_subsidy_cents), subsidy_after],
    ]
    return data_table(["", "Vooraf", "Nadien"], rows, [width * 0.34, width * 0.33, width * 0.33])


def _simulation(data: AdviceData, width: float) -> list[Flowable]:
    w = data.what_if
    if w is None:
        return [heading("3. Simulatie"), empty_line("Bij deze vraag hoort geen simulatie.")]
    verb = "uitstapt" if w.kind == "leave" else "toetreedt"
    story: list[Flowable] = [
        heading(f"3. Simulatie: wat als {w.subject} {verb}?"),
        para(f"Vooraf en nadien, in projectjaar {data.year}:", "lead"),
        _comparison(w, data.findings, width),
        heading("Gevolgen volgens de regels van het programma", 2),
        data_table(
            ["Vraag", "Antwoord"],
            [[esc(q), esc(a)] for q, a in w.facts],
            [width * 0.7, width * 0.3],
        ),
        space(),
    ]
    story += [bullet(esc(line)) for line in w.explanation]
    story.append(heading("Regelcontrole nadien", 2))
    story += findings_section(w.findings_after, data.year, width)
    return story


def build_advice(data: AdviceData) -> bytes:
    width = content_width()
    story: list[Flowable] = _title(data, width)
    story += _context(data, width)
    story += [
        heading("2. Regelcontrole vandaag"),
        *findings_section(data.findings, data.year, width),
    ]
    story += _simulation(data, width)
    advice = (
        [para(esc(paragraph)) for paragraph in data.advice.split("\n\n") if paragraph.strip()]
        if data.advice
        else [empty_line("Het advies van de vaste ondersteuner is nog niet ingevuld.")]
    )
    signature = (
        para(f"— {esc(data.support_contact)}, vaste ondersteuner", "small")
        if data.support_contact and data.advice
        else space(0)
    )
    story += [heading("4. Advies van de vaste ondersteuner"), KeepTogether([*advice, signature])]
    story.append(heading("5. Onderbouwing uit de notities"))
    if data.evidence:
        story += notes_quoted(data.evidence)
    else:
        story.append(empty_line("Er zijn geen notities aangeduid om in rapporten op te nemen."))
    return render(data.meta, story)
