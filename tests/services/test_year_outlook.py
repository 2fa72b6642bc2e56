"""The portfolio's line on a project year's deadlines, in Dutch and in English."""

from __future__ import annotations

import datetime as dt

from igs_desktop.domain.calendar import ProjectYear
from igs_desktop.domain.language import Language
from igs_desktop.services.year_outlook import deadline_line

D = dt.date
YEAR = ProjectYear(4, D(2025, 10, 1), D(2026, 9, 30), final_kpi_deadline=D(2026, 10, 15))


def test_the_line_in_dutch() -> None:
    assert deadline_line(YEAR, D(2026, 6, 1)) == (
        "Projectjaar 4: 1 oktober 2025 – 30 september 2026 · volgende deadline: einde van het "
        "projectjaar op 30 september 2026 · nog niet bekend: opening van de indiening, "
        "indiening, beslissing, tussentijdse KPI"
    )
    assert "alle gekende deadlines zijn voorbij" in deadline_line(YEAR, D(2026, 11, 1))


def test_the_line_in_english() -> None:
    assert deadline_line(YEAR, D(2026, 6, 1), Language.EN) == (
        "Project year 4: October 1, 2025 – September 30, 2026 · next deadline: end of the "
        "project year on September 30, 2026 · not known yet: submissions open, submission, "
        "decision, interim KPI"
    )
    assert "all known deadlines have passed" in deadline_line(YEAR, D(2026, 11, 1), Language.EN)
