"""A report asked for in English is English throughout; the Dutch one stays as it was."""

from __future__ import annotations

import dataclasses
import re

import pytest

from igs_desktop.domain.language import Language
from igs_desktop.reports import KINDS, build_pdf
from igs_desktop.reports.model import FindingLine, ReportData
from igs_desktop.services.report_request import ReportRequest, report_data
from igs_desktop.store.database import Database

from . import samples
from .conftest import TODAY
from .pdf_tools import all_text, pages_text, reader

EN = Language.EN

DUTCH_HEADINGS = (
    "Stand van de regelcontrole",
    "Leden en bevolkingscijfers",
    "Doorstorting aan de partners",
    "Gezamenlijke KPI",
    "Acties, KPI-doelen en subsidies",
    "Thematische ondersteuning",
    "Geplande kennisdeling",
    "Deadlines van projectjaar",
    "Regelcontrole vandaag",
    "Simulatie",
    "Advies van de vaste ondersteuner",
    "Onderbouwing uit de notities",
    "doel en bereik",
    "Wat veranderde sinds het vorige rapport",
    "Open en verlopen opvolging",
    "Notities in de periode",
    "Kennisdeling in de periode",
    "Portefeuilleoverzicht",
    "Ondersteuningsplan",
    "Adviesrapport",
    "Opvolgingsrapport",
    "Pagina",
    "Opgemaakt op",
    "projectjaar",
    "nog niet bekend",
    "fictieve gegevens",
    "waarschuwing",
)
ENGLISH_HEADINGS = {
    "plan": ("Support plan", "1. State of the rule check", "7. Deadlines of project year 3"),
    "advice": ("Advice report", "2. Rule check today", "3. Simulation: what if Lendelede leaves?"),
    "follow-up": ("Follow-up report", "1. KPIs: target and result", "4. Open and overdue"),
    "portfolio": ("Portfolio overview", "applicants in project year 3"),
}
DUTCH_NUMBER = re.compile(r"\d\.\d{3}\b|€ \d")  # "7.500", "€ 5.700,00"


def english(data: ReportData) -> ReportData:
    return dataclasses.replace(data, meta=dataclasses.replace(data.meta, language=EN))


def request(kind: str, partnership: str, language: Language) -> ReportRequest:
    return ReportRequest(
        kind=kind,
        partnership=None if kind == "portfolio" else partnership,
        year=3,
        leave="34025" if kind == "advice" else None,
        language=language,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_report_of_the_demo_reads_english(
    demo_db: Database, kortrijk_id: str, kind: str
) -> None:
    data = report_data(demo_db, request(kind, kortrijk_id, EN))
    pdf = build_pdf(data)
    text = all_text(pdf)
    for heading in ENGLISH_HEADINGS[kind]:
        assert heading in text, heading
    for dutch in DUTCH_HEADINGS:
        assert dutch not in text, dutch
    assert DUTCH_NUMBER.search(text) is None, DUTCH_NUMBER.search(text)
    assert all(
        f"Page {n} of {len(pages_text(pdf))}" in page
        for n, page in enumerate(pages_text(pdf), start=1)
    )
    assert reader(pdf).trailer["/Root"]["/Lang"] == "en"
    assert data.meta.language is EN


def test_the_demo_plan_in_english_has_english_numbers_dates_and_findings(
    demo_db: Database, kortrijk_id: str
) -> None:
    from igs_desktop.services.report_data import plan_data

    data = plan_data(demo_db, kortrijk_id, 3, TODAY, lang=EN)
    text = " ".join(all_text(build_pdf(data)).split())
    assert "13,065 inhabitants of non-EU14 origin" in text
    assert "more than 7,500" in text
    assert "€5,700.00" in text and "€48,300.00" in text
    assert "October 1, 2024 – September 30, 2025" in text
    assert "Produced on March 14, 2025" in text
    assert "action 24 stands at 24 of the intended 120 (20%)" in text
    assert "Deadline for submitting the application (at 12:00)" in text
    assert "not known yet" in text and "passed" in text and "to come" in text
    assert "Theme" in text and "language" in text and "running" in text  # work labels
    # typed data stays as typed: the KPI the support contact wrote in Dutch
    assert "Samen 450 oefenkansen Nederlands" in text


def test_the_data_of_a_report_does_not_depend_on_its_language(
    demo_db: Database, kortrijk_id: str
) -> None:
    """The data hash compares a follow-up report with the previous one, in whatever language."""
    from igs_desktop.services.report_data import data_hash

    dutch = report_data(demo_db, request("follow-up", kortrijk_id, Language.NL))
    in_english = report_data(demo_db, request("follow-up", kortrijk_id, EN))
    assert data_hash(dutch) == data_hash(in_english)
    assert dutch.meta.title == "Opvolgingsrapport" and in_english.meta.title == "Follow-up report"


def test_a_handmade_plan_in_english_uses_english_amounts_and_dates() -> None:
    plan = dataclasses.replace(
        samples.plan(),
        findings=(
            FindingLine(
                "REGION_MIXED", "fout", "Łukasz-Zoë ligt elders.", "Łukasz-Zoë lies elsewhere."
            ),
            FindingLine("KPI_MISSING", "waarschuwing", "De KPI ontbreekt."),  # no English: Dutch
        ),
    )
    text = " ".join(all_text(build_pdf(english(plan))).split())
    assert "€1,234.56" in text and "€ 1.234,56" not in text
    assert "€48,300.00" in text
    assert "October 1, 2024" in text
    assert "1 error and 1 warning in project year 3." in text
    assert "Łukasz-Zoë lies elsewhere." in text and "De KPI ontbreekt." in text
    assert "Final report on the KPIs" not in text  # a DeadlineLine without English: as given
    assert "Eindrapportering van de KPI's" in text and "to come" in text
    dutch = " ".join(all_text(build_pdf(plan)).split())
    assert (
        "€ 1.234,56" in dutch and "1 oktober 2024" in dutch and "Łukasz-Zoë ligt elders." in dutch
    )
    assert reader(build_pdf(plan)).trailer["/Root"]["/Lang"] == "nl-BE"


def test_a_handmade_follow_up_in_english_translates_kinds_and_categories() -> None:
    text = " ".join(all_text(build_pdf(english(samples.follow_up()))).split())
    assert "field research" in text and "veldonderzoek" not in text
    assert "Members" in text  # the change's category "Leden"
    assert "support track" in text and "overdue" in text
    assert "Oct 1, 2024" in text  # the notes' short dates
    assert "December 1, 2024 10:00" in text  # the previous report's moment


def test_a_request_takes_the_language_by_its_code() -> None:
    assert ReportRequest("plan", "x", language="en").language is EN  # type: ignore[arg-type]
    assert ReportRequest("plan", "x").language is Language.NL
    with pytest.raises(ValueError):
        ReportRequest("plan", "x", language="fr")  # type: ignore[arg-type]
