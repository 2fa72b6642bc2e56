"""The PDF builders on hand-written data: text, fonts, page numbers, headers, watermark."""

from __future__ import annotations

import re

from igs_desktop.reports import build_pdf
from igs_desktop.reports.document import WATERMARK

from . import samples
from .pdf_tools import all_text, base_fonts, pages_text, unembedded_fonts


def _compact(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_plan_prints_applicant_members_codes_and_amounts() -> None:
    pdf = build_pdf(samples.plan())
    text = _compact(all_text(pdf))
    assert samples.APPLICANT in text
    for name in samples.MEMBERS:
        assert name in text, name
    for code in ("REGION_MIXED", "KPI_MISSING"):
        assert code in text
    assert "€ 48.300,00" in text  # subsidy of the year
    assert "€ 1.234,56" in text  # transfer to a partner
    assert "€ 27.000,00" in text  # subsidy of an action
    assert "€ 10.000,00" in text  # cooperation stimulus
    assert "1 oktober 2024" in text
    assert "Anaïs Verschaeve" in text


def test_every_page_has_header_and_numbered_footer() -> None:
    pages = pages_text(build_pdf(samples.plan()))
    total = len(pages)
    assert total >= 2
    assert f"Pagina 1 van {total}" in pages[0]
    assert f"Pagina {total} van {total}" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {total}" in page
        assert "Ondersteuningsplan" in page
        assert samples.APPLICANT in _compact(page), f"header on page {number}"
        assert "Opgemaakt op 1 oktober 2024" in page
        assert "IGS Desktop 9.9.9" in page


def test_every_font_is_embedded_and_the_family_has_bold_and_italic() -> None:
    for pdf in (build_pdf(samples.plan()), build_pdf(samples.follow_up(actions=8))):
        assert unembedded_fonts(pdf) == []
        used = base_fonts(pdf)
        assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= used
        assert all(name.startswith("DejaVuSans") for name in used), used


def test_demo_watermark_only_on_demo_data() -> None:
    demo = pages_text(build_pdf(samples.plan(is_demo=True)))
    real = pages_text(build_pdf(samples.plan(is_demo=False)))
    assert all(WATERMARK in page for page in demo)
    assert not any("DEMO" in page or "fictieve gegevens" in page for page in real)


def test_long_follow_up_repeats_table_headers_on_every_page() -> None:
    pdf = build_pdf(samples.follow_up(actions=60, notes=300))
    pages = pages_text(pdf)
    assert len(pages) > 8
    kpi_pages = [p for p in pages if "Testactie" in p]
    note_pages = [p for p in pages if re.search(r"Notitie \d{3}", p)]
    assert len(kpi_pages) >= 2 and len(note_pages) >= 5
    for page in kpi_pages:
        assert re.search(r"Actie\s+Doel\s+Tussentijds\s+Eind\s+Bereikt\s+Signaal", page), page[:300]
    for page in note_pages:
        assert re.search(r"Datum\s+Soort\s+Notitie\n", page), page[:300]
    text = all_text(pdf)
    for i in range(1, 61):
        assert f"Testactie {i:02d}" in text
    for i in range(300):
        assert f"Notitie {i:03d}" in text
    assert f"Pagina {len(pages)} van {len(pages)}" in pages[-1]


def test_follow_up_marks_actions_below_25_percent() -> None:
    data = samples.follow_up(actions=0)
    low = samples.action(24, 120, 24)  # 20%
    ok = samples.action(5, 100, 50)
    text = all_text(build_pdf(data.__class__(**{**data.__dict__, "actions": (low, ok)})))
    assert "onder 25%" in text
    assert "20%" in text and "50%" in text
    assert text.count("onder 25%") == 2  # the explanation above the table and action 24
