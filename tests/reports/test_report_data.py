"""Report data from the demo portfolio, and the PDFs built from it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from igs_desktop.reports import build_pdf
from igs_desktop.reports.document import WATERMARK
from igs_desktop.services.report_advice import advice_data
from igs_desktop.services.report_data import ReportInputError, plan_data, portfolio_data
from igs_desktop.services.report_follow_up import follow_up_data
from igs_desktop.services.rules import NotFoundError
from igs_desktop.store.database import Database

from ..store_builders import add_figures, add_partnership
from .conftest import TODAY
from .pdf_tools import all_text, pages_text, unembedded_fonts
from .store_rows import add_follow_up, add_note, add_session


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", all_text(pdf))


def test_plan_of_the_demo_applicant(demo_db: Database) -> None:
    add_session(demo_db, _kortrijk(demo_db), "Oefenkansen delen", dt.date(2025, 4, 2), ("34025",))
    add_session(demo_db, _kortrijk(demo_db), "Voorbij overleg", dt.date(2025, 1, 2), ("34025",))
    data = plan_data(demo_db, "Kortrijk–Lendelede", 3, today=TODAY)
    assert [m.name for m in data.members] == ["Kortrijk", "Lendelede"]
    assert [f.code for f in data.findings] == ["KPI_BELOW_25_PERCENT"]
    assert data.support_contact == "Demo-ondersteuner"
    assert [s.topic for s in data.sessions] == ["Oefenkansen delen"]  # planned: today or later
    text = _text(build_pdf(data))
    for expected in (
        "IGS Kortrijk–Lendelede",
        "Zuid-West-Vlaanderen",
        "Lendelede",
        "KPI_BELOW_25_PERCENT",
        "€ 48.300,00",  # subsidy of year 3
        "€ 27.000,00",  # subsidy of action 5
        "€ 5.700,00",  # transfer to Lendelede in year 3
        "12.610",
        "13.065",
        "Oefenkansen delen",
        "2 april 2025",
        "6 mei 2024",  # submission deadline of year 3, at noon in Brussels
        "(om 12:00 uur)",
        "15 oktober 2025",  # final KPI report
    ):
        assert expected in text, expected
    assert "Voorbij overleg" not in text


def _kortrijk(db: Database) -> str:
    return plan_data(db, "Kortrijk", 3, today=TODAY).meta.subject_id


def test_advice_on_lendelede_leaving_shows_the_simulation(demo_db: Database) -> None:
    pid = _kortrijk(demo_db)
    add_note(demo_db, pid, "Gesprek met de schepen van Lendelede", dt.date(2025, 2, 3), "Twijfelt.")
    add_note(demo_db, pid, "Interne notitie", dt.date(2025, 2, 4), "Niet voor rapporten.", False)
    data = advice_data(
        demo_db, pid, 3, leave="34025", advice="Blijf samen.\n\nHerbekijk actie 24.", today=TODAY
    )
    assert data.question == "Wat als Lendelede uitstapt?"
    assert data.what_if is not None
    assert (data.what_if.total_before, data.what_if.total_after) == (13_065, 12_610)
    assert data.what_if.members_after == ("Kortrijk",)
    text = _text(build_pdf(data))
    for expected in (
        "Wat als Lendelede uitstapt?",
        "13.065",
        "12.610",
        "€ 42.000,00 (behouden)",
        "KPI_BELOW_25_PERCENT",
        "Blijf samen.",
        "Herbekijk actie 24.",
        "Gesprek met de schepen van Lendelede",
        "3 februari 2025",
        "“Twijfelt.”",
    ):
        assert expected in text, expected
    assert "Interne notitie" not in text


def test_advice_on_a_join_and_the_choice_between_them(demo_db: Database) -> None:
    data = advice_data(demo_db, "Eeklo", 3, join="44019", today=TODAY)  # Evergem, Regio Gent
    assert data.what_if is not None and data.what_if.kind == "join"
    assert data.question == "Wat als Evergem toetreedt?"
    assert "Wat als Evergem toetreedt?" in _text(build_pdf(data))
    with pytest.raises(ReportInputError):
        advice_data(demo_db, "Eeklo", 3, leave="43005", join="44019", today=TODAY)


def test_follow_up_keeps_to_its_period(demo_db: Database) -> None:
    pid = _kortrijk(demo_db)
    add_note(demo_db, pid, "Binnen de periode", dt.date(2025, 1, 10))
    add_note(demo_db, pid, "Voor de periode", dt.date(2024, 9, 1))
    add_session(demo_db, pid, "Kennisdeling in januari", dt.date(2025, 1, 20), ("34022", "34025"))
    add_follow_up(demo_db, pid, "Verslag bezorgen", dt.date(2025, 3, 1))
    data = follow_up_data(demo_db, pid, 3, dt.date(2024, 10, 1), dt.date(2025, 3, 14), TODAY)
    assert [n.title for n in data.notes] == ["Binnen de periode"]
    assert [s.participants for s in data.sessions] == [("Kortrijk", "Lendelede")]
    assert {d.title: d.overdue for d in data.due}["Verslag bezorgen"] is True
    below = [a.number for a in data.actions if a.below_warning]
    assert below == ["24"]
    text = _text(build_pdf(data))
    assert "Binnen de periode" in text and "Voor de periode" not in text
    assert "Kennisdeling in januari" in text
    assert "Verslag bezorgen" in text and "over datum" in text
    assert "onder 25%" in text
    assert "Dit is het eerste opvolgingsrapport" in text
    with pytest.raises(ReportInputError):
        follow_up_data(demo_db, pid, 3, dt.date(2025, 3, 14), dt.date(2025, 1, 1), TODAY)


def test_portfolio_lists_every_applicant(demo_db: Database) -> None:
    data = portfolio_data(demo_db, 3, today=TODAY)
    assert len(data.lines) == 6
    codes = {line.name: line.codes for line in data.lines}
    assert codes["IGS Roeselare–Menen"] == ("REGION_MIXED",)
    assert codes["IGS Eeklo–Zelzate"] == ("BELOW_THRESHOLD",)
    pdf = build_pdf(data)
    text = _text(pdf)
    for name in ("Genk", "Tienen", "Dendermonde", "Eeklo", "Roeselare", "Kortrijk"):
        assert name in text
    assert "REGION_MIXED" in text and "BELOW_THRESHOLD" in text
    assert unembedded_fonts(pdf) == []


def test_watermark_follows_the_demo_flag_of_the_data(db: Database) -> None:
    add_figures(db, 3, {"34022": 12_000})
    pid = add_partnership(db, "Kortrijk alleen", {"34022": 1}, "34022")
    real = plan_data(db, pid, 3, today=TODAY)
    assert real.meta.is_demo is False
    assert not any(WATERMARK in page for page in pages_text(build_pdf(real)))
    assert not any("DEMO" in p for p in pages_text(build_pdf(portfolio_data(db, 3, TODAY))))


def test_demo_data_carries_the_watermark(demo_db: Database) -> None:
    pages = pages_text(build_pdf(plan_data(demo_db, "Genk", 3, today=TODAY)))
    assert pages and all(WATERMARK in page for page in pages)
    pages = pages_text(build_pdf(portfolio_data(demo_db, 3, today=TODAY)))
    assert all(WATERMARK in page for page in pages)


def test_unknown_partnership_is_named(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="Nergensland"):
        plan_data(demo_db, "Nergensland", 3, today=TODAY)


def test_advice_on_a_returning_government_names_the_extension(demo_db: Database) -> None:
    """Dendermonde's IGS had the stimulus in year 2; Berlare, which applied alone in year 1
    and stopped, joins in year 3: no new grant, but the stimulus can be extended."""
    from igs_desktop.services.portfolio import PortfolioService
    from tests.store_builders import add_figures, add_partnership

    add_figures(demo_db, 3, {"42003": 900})
    berlare = add_partnership(demo_db, "Berlare", {"42003": 1}, "42003")
    service = PortfolioService(demo_db, "test")
    membership = next(m for m in _members_of(demo_db, berlare))
    service.update_member(membership, left_year=2)
    data = advice_data(demo_db, "Dendermonde", 3, join="42003", today=TODAY)
    assert data.what_if is not None
    facts = dict(data.what_if.facts)
    assert facts["Is Berlare nieuw in Plan Samenleven?"] == "nee"
    assert facts["Komt de stimulans 'samenwerking' in aanmerking?"] == "nee"
    assert facts["Kan de stimulans van het vorige projectjaar verlengd worden?"] == "ja"
    assert any("verlenging" in line for line in data.what_if.explanation)
    # Without a stimulus the year before, the question is not asked at all.
    plain = advice_data(demo_db, "Eeklo", 3, join="44019", today=TODAY)
    assert plain.what_if is not None
    assert not any("verlengd" in q for q, _a in plain.what_if.facts)


def _members_of(db: Database, partnership_id: str) -> list[str]:
    from sqlmodel import select

    from igs_desktop.store.tables import MembershipRow

    with db.session() as session:
        return list(
            session.exec(
                select(MembershipRow.id).where(MembershipRow.partnership_id == partnership_id)
            )
        )
