"""Report data written by hand, for the builder tests: no database needed."""

from __future__ import annotations

import datetime as dt

from igs_desktop.reports.model import (
    ActionLine,
    ChangeLine,
    ChangesSince,
    DeadlineLine,
    DueLine,
    FindingLine,
    FollowUpData,
    MemberLine,
    MoneyLine,
    NoteLine,
    PlanData,
    ReportMeta,
    SessionLine,
    TrackLine,
)

DAY = dt.date(2024, 10, 1)
APPLICANT = "IGS Façade–Noël–Łódź"
MEMBERS = ("Çağlayan-Poëzie", "Şeğın-Sint-Joël", "Łukasz-Zoë", "Kortrijk")
"""Test names with é, ë, ï, ç, ş, ğ, ł: none of them is a real municipality."""


def meta(title: str, is_demo: bool = False) -> ReportMeta:
    return ReportMeta(title, APPLICANT, DAY, "9.9.9", is_demo, "Projectjaar 3", "pid-1")


def members() -> tuple[MemberLine, ...]:
    return tuple(
        MemberLine(
            name=name,
            nis_code=f"9900{i}",
            joined_year=1,
            left_year=None,
            active=True,
            submitter=i == 0,
            non_eu14=3_000 + i,
            figure_year=3,
            figure_source="Statbel, café-tabel (ï)",
            transfer_arrangement="" if i == 0 else "Per deelnemer, na de eindrapportering",
            transferred_cents=None if i == 0 else 123_456,
        )
        for i, name in enumerate(MEMBERS)
    )


def action(number: int, target: int = 100, interim: int | None = 50) -> ActionLine:
    return ActionLine(
        number=str(number),
        title=f"Testactie {number:02d} met een titel die over twee regels kan lopen",
        objective="Nederlands",
        kpi_unit="deelnemers",
        target=target,
        interim=interim,
        final=None,
        subsidy_cents=2_700_000,
    )


def plan(is_demo: bool = False, members_: tuple[MemberLine, ...] | None = None) -> PlanData:
    return PlanData(
        meta=meta("Ondersteuningsplan", is_demo),
        year=3,
        period_start=dt.date(2024, 10, 1),
        period_end=dt.date(2025, 9, 30),
        kind="Intergemeentelijke samenwerking (IGS)",
        region="Zuid-West-Vlaanderen",
        submitter=MEMBERS[0],
        support_contact="Anaïs Verschaeve",
        kpi="Samen 450 oefenkansen Nederlands",
        members=members() if members_ is None else members_,
        findings=(
            FindingLine("REGION_MIXED", "fout", "Łukasz-Zoë ligt in een andere regio."),
            FindingLine("KPI_MISSING", "waarschuwing", "De KPI ontbreekt."),
        ),
        actions=(action(5), action(24, 120, 24)),
        subsidies=(MoneyLine(3, 4_830_000, "Toegekende subsidie"),),
        stimuli=(MoneyLine(3, 1_000_000, ""),),
        tracks=(
            TrackLine("5", "Oefenkansen", "taal", "uitvoeren", "lopend", "Starten", DAY, False),
        ),
        sessions=(SessionLine(DAY, "Kennisdeling taal", ("Kortrijk", "Łukasz-Zoë")),),
        deadlines=(
            DeadlineLine("Eindrapportering van de KPI's", dt.date(2025, 10, 15), "komt nog"),
        ),
    )


def follow_up(actions: int = 2, notes: int = 1, is_demo: bool = False) -> FollowUpData:
    return FollowUpData(
        meta=meta("Opvolgingsrapport", is_demo),
        year=3,
        period_from=dt.date(2024, 10, 1),
        period_to=dt.date(2025, 3, 31),
        members=MEMBERS,
        actions=tuple(action(i + 1, 100, (i * 7) % 130) for i in range(actions)),
        findings=(),
        changes=ChangesSince(
            dt.datetime(2024, 12, 1, 10, 0),
            dt.date(2024, 10, 1),
            dt.date(2024, 11, 30),
            False,
            (ChangeLine(dt.datetime(2025, 1, 5, 9, 30), "Anaïs", "Leden", "Zoë toegevoegd"),),
        ),
        notes=tuple(
            NoteLine(
                dt.date(2024, 10, 1) + dt.timedelta(days=i % 150),
                f"Notitie {i:03d}",
                "veldonderzoek",
                "Gesprek met de schepen over oefenkansen in de bibliotheek. " * (1 + i % 3),
            )
            for i in range(notes)
        ),
        sessions=(),
        due=(DueLine("KPI bespreken", "traject", dt.date(2025, 1, 1), True),),
    )
