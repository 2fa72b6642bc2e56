"""Reading produced PDFs back in tests: text per page, fonts per page."""

from __future__ import annotations

import io
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def fonts(pdf: bytes) -> Iterator[tuple[int, str, DictionaryObject]]:
    """(page number, resource name, font dictionary) of every font every page uses."""
    for number, page in enumerate(reader(pdf).pages, start=1):
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for name, ref in font_dict.get_object().items():
            yield number, str(name), ref.get_object()


def unembedded_fonts(pdf: bytes) -> list[str]:
    """Fonts without an embedded TrueType program (/FontFile2 in their descriptor)."""
    missing = []
    for number, name, font in fonts(pdf):
        descriptor = font.get("/FontDescriptor")
        program = descriptor.get_object().get("/FontFile2") if descriptor is not None else None
        if program is None:
            missing.append(f"page {number}: {name} {font.get('/BaseFont')}")
    return missing


def base_fonts(pdf: bytes) -> set[str]:
    """Font names without the subset prefix ("AAAAAA+DejaVuSans-Bold" → "DejaVuSans-Bold")."""
    return {str(font.get("/BaseFont")).split("+")[-1] for _n, _r, font in fonts(pdf)}
