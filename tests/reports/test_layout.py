"""Page breaks: a heading never ends a page, a table row is never cut in two."""

from __future__ import annotations

from igs_desktop.reports.document import render
from igs_desktop.reports.styles import data_table, heading, para

from . import samples
from .pdf_tools import pages_text


def _page_of(pages: list[str], text: str) -> int:
    found = [i for i, page in enumerate(pages) if text in page]
    assert len(found) == 1, (text, found)
    return found[0]


def test_a_heading_moves_to_the_next_page_with_its_table() -> None:
    # Push the heading down line by line: wherever the page ends, the heading stays with the
    # table's first row.
    moved = 0
    for filler in range(38, 58):
        story = [para(f"Vulregel {i}") for i in range(filler)]
        story += [
            heading("Kop boven de tabel"),
            data_table(["Kolom A", "Kolom B"], [[f"Rij {i}", "x"] for i in range(6)], [200, 200]),
        ]
        pages = pages_text(render(samples.meta("Test"), story))
        heading_page = _page_of(pages, "Kop boven de tabel")
        assert heading_page == _page_of(pages, "Rij 0"), filler
        moved += heading_page > _page_of(pages, f"Vulregel {filler - 1}")
    assert moved, "no filler length put the heading at the bottom of a page"


def test_a_table_row_is_never_split_over_two_pages() -> None:
    tall = "Begin van de rij" + "<br/>tekst" * 12 + "<br/>Einde van de rij"
    crossed = 0
    for filler in range(30, 56, 2):
        story = [para(f"Vulregel {i}") for i in range(filler)]
        rows = [["Rij vooraf", "x"], [tall, "y"], ["Rij nadien", "z"]]
        story.append(data_table(["Kolom A", "Kolom B"], rows, [200, 200]))
        pages = pages_text(render(samples.meta("Test"), story))
        begin, end = _page_of(pages, "Begin van de rij"), _page_of(pages, "Einde van de rij")
        assert begin == end, filler
        crossed += begin > _page_of(pages, "Rij vooraf")
    assert crossed, "no filler length put the tall row at a page break"


def test_a_long_table_starts_under_its_heading_not_on_a_new_page() -> None:
    story = [para(f"Vulregel {i}") for i in range(5)]
    story += [
        heading("Kop boven een lange tabel"),
        data_table(["Kolom A", "Kolom B"], [[f"Rij {i}", "x"] for i in range(120)], [200, 200]),
    ]
    pages = pages_text(render(samples.meta("Test"), story))
    assert len(pages) >= 3
    assert _page_of(pages, "Vulregel 0") == _page_of(pages, "Kop boven een lange tabel")
    assert _page_of(pages, "Rij 0") == 0
