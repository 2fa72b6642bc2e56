"""Adviesrapport: a question, its context, the rules, a what-if before and after, the advice
and the notes that support it."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

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
    facts_table,
    heading,
    para,
    space,
)
from .wording import Wording


def _title(data: AdviceData, width: float, w: Wording) -> list[Flowable]:
    facts = [
        (w.t("Aanvrager"), f"<b>{esc(data.meta.subject)}</b>"),
        (w.t("Referentieregio"), esc(data.region or "—")),
        (w.t("Indiener"), esc(data.submitter or w.t("geen indiener aangeduid"))),
        (w.t("Projectjaar"), esc(str(data.year))),
        (w.t("Vaste ondersteuner"), esc(data.support_contact or "—")),
    ]
    return [
        para(esc(w.t("Adviesrapport")), "cover_title"),
        para(esc(data.question), "cover_subject"),
        space(6),
        facts_table(facts, [width * 0.3, width * 0.7]),
    ]


def _context(data: AdviceData, width: float, w: Wording) -> list[Flowable]:
    active = sum(1 for m in data.members if m.active)
    story: list[Flowable] = [
        heading(w.t("1. Context")),
        para(
            w.t(
                "In projectjaar {year} telt {subject} {members}, in referentieregio {region}.",
                year=data.year,
                subject=esc(data.meta.subject),
                members=w.n(active, "{count} actief lid", "{count} actieve leden"),
                region=esc(data.region or w.t("onbekend")),
            ),
            "lead",
        ),
        members_table(data.members, width, w),
        space(),
        population_line(data.members, data.year, w),
    ]
    if data.kpi:
        label = esc(w.t("Gezamenlijke KPI:"))
        story.append(para(f"<b>{label}</b> {esc(data.kpi)}"))
    if data.subsidies:
        rows = [
            [esc(w.t("projectjaar {year}", year=s.year)), esc(s.label or "—"), w.euro(s.cents)]
            for s in data.subsidies
        ]
        story += [
            heading(w.t("Ontvangen subsidies"), 2),
            data_table(
                [w.t("Jaar"), w.t("Omschrijving"), w.t("Bedrag")],
                rows,
                [width * 0.2, width * 0.55, width * 0.25],
                right={2},
            ),
        ]
    return story


def _yes(flag: bool | None, w: Wording) -> str:
    if flag is None:
        return esc(w.t("onbekend"))
    colour, word = (OK, w.t("ja")) if flag else (ERROR, w.t("nee"))
    return f'<font color="{colour.hexval()}">{esc(word)}</font>'


def _count(findings: tuple[FindingLine, ...], severity: str) -> int:
    return sum(1 for f in findings if f.severity == severity)


def _comparison(
    w_if: WhatIf, before: tuple[FindingLine, ...], width: float, w: Wording
) -> Flowable:
    def total(value: int | None) -> str:
        return f"<b>{esc(w.number(value, w.t('onbekend')))}</b>"

    def above(value: int | None) -> str:
        return _yes(None if value is None else value > NON_EU14_THRESHOLD, w)

    subsidy_after = "—"
    if w_if.year1_subsidy_cents is not None and w_if.kind == "leave":
        kept = w_if.keeps_year1_subsidy
        subsidy_after = (
            w.t("{amount} (behouden)", amount=w.euro(w_if.year1_subsidy_cents))
            if kept
            else w.t("{amount} (verloren)", amount=w.euro(0))
            if kept is False
            else esc(w.t("onzeker: er ontbreekt een cijfer"))
        )
    elif w_if.year1_subsidy_cents is not None:
        subsidy_after = w.euro(w_if.year1_subsidy_cents)
    after = w_if.findings_after
    rows = [
        [
            esc(w.t("Actieve leden")),
            esc(", ".join(w_if.members_before)),
            esc(", ".join(w_if.members_after)),
        ],
        [
            esc(w.t("Inwoners van niet-EU14-herkomst")),
            total(w_if.total_before),
            total(w_if.total_after),
        ],
        [
            esc(w.t("Meer dan {threshold}", threshold=w.number(NON_EU14_THRESHOLD))),
            above(w_if.total_before),
            above(w_if.total_after),
        ],
        [
            esc(w.t("Fouten / waarschuwingen")),
            esc(f"{_count(before, 'fout')} / {_count(before, 'waarschuwing')}"),
            esc(f"{_count(after, 'fout')} / {_count(after, 'waarschuwing')}"),
        ],
        [esc(w.t("Subsidies projectjaar 1")), w.euro(w_if.year1_subsidy_cents), subsidy_after],
    ]
    return data_table(
        ["", w.t("Vooraf"), w.t("Nadien")], rows, [width * 0.34, width * 0.33, width * 0.33]
    )


def _simulation(data: AdviceData, width: float, w: Wording) -> list[Flowable]:
    w_if = data.what_if
    if w_if is None:
        return [
            heading(w.t("3. Simulatie")),
            empty_line(w.t("Bij deze vraag hoort geen simulatie.")),
        ]
    title = (
        w.t("3. Simulatie: wat als {name} uitstapt?", name=w_if.subject)
        if w_if.kind == "leave"
        else w.t("3. Simulatie: wat als {name} toetreedt?", name=w_if.subject)
    )
    story: list[Flowable] = [
        heading(title),
        para(esc(w.t("Vooraf en nadien, in projectjaar {year}:", year=data.year)), "lead"),
        _comparison(w_if, data.findings, width, w),
        heading(w.t("Gevolgen volgens de regels van het programma"), 2),
        data_table(
            [w.t("Vraag"), w.t("Antwoord")],
            [[esc(q), esc(a)] for q, a in w_if.facts_in(w.lang)],
            [width * 0.7, width * 0.3],
        ),
        space(),
    ]
    story += [bullet(esc(line)) for line in w_if.explanation_in(w.lang)]
    story.append(heading(w.t("Regelcontrole nadien"), 2))
    story += findings_section(w_if.findings_after, data.year, width, w)
    return story


def build_advice(data: AdviceData) -> bytes:
    w = Wording(data.meta.language)
    width = content_width()
    story: list[Flowable] = _title(data, width, w)
    story += _context(data, width, w)
    story += [
        heading(w.t("2. Regelcontrole vandaag")),
        *findings_section(data.findings, data.year, width, w),
    ]
    story += _simulation(data, width, w)
    advice = (
        [para(esc(paragraph)) for paragraph in data.advice.split("\n\n") if paragraph.strip()]
        if data.advice
        else [empty_line(w.t("Het advies van de vaste ondersteuner is nog niet ingevuld."))]
    )
    signature = (
        para(
            esc(w.t("— {name}, vaste ondersteuner", name=data.support_contact)),
            "small",
        )
        if data.support_contact and data.advice
        else space(0)
    )
    story += [
        heading(w.t("4. Advies van de vaste ondersteuner")),
        KeepTogether([*advice, signature]),
    ]
    story.append(heading(w.t("5. Onderbouwing uit de notities")))
    if data.evidence:
        story += notes_quoted(data.evidence, w)
    else:
        story.append(
            empty_line(w.t("Er zijn geen notities aangeduid om in rapporten op te nemen."))
        )
    return render(data.meta, story)
