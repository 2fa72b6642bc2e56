"""The English catalogue of the reports: complete, compiled, and in step with the code.

resources/locale/en/LC_MESSAGES/reports.po holds the English of every Dutch text the report
builders write (reports/wording.py says how to update it); reports.mo is what the app loads.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from igs_desktop.domain.language import Language
from igs_desktop.paths import resource_dir

LOCALE = resource_dir() / "locale"
ROOT = resource_dir().parent
PO = LOCALE / "en" / "LC_MESSAGES" / "reports.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"t": None, "n": (2, 3), "N_": None}
PLACEHOLDER = re.compile(r"\{(\w*)\}")
TAG = re.compile(r"</?\w+")


def catalogue():  # type: ignore[no-untyped-def]
    with PO.open("rb") as handle:
        return read_po(handle, locale="en")


def forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def test_every_entry_is_translated_with_the_same_placeholders_and_markup() -> None:
    entries = [m for m in catalogue() if m.id]
    assert len(entries) > 150
    for message in entries:
        assert not message.fuzzy, message.id
        for source, english in zip(forms(message.id) * 2, forms(message.string), strict=False):
            assert english.strip(), f"not translated: {source!r}"
            assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(source)), (
                source
            )
            assert TAG.findall(english) == TAG.findall(source), source


def test_the_compiled_catalogue_is_the_po_file_compiled() -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalogue())
    assert MO.read_bytes() == compiled.getvalue(), (
        "reports.mo is out of date: pybabel compile -D reports -d resources/locale -l en"
    )


def test_the_catalogue_holds_exactly_the_texts_the_code_marks() -> None:
    method_map = [
        ("src/igs_desktop/reports/**.py", "python"),
        ("src/igs_desktop/services/report_*.py", "python"),
    ]
    marked = {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT, method_map, keywords=KEYWORDS
        )
    }
    assert len(marked) > 150
    in_catalogue = {m.id for m in catalogue() if m.id}
    assert sorted(map(str, marked - in_catalogue)) == [], "untranslated: update reports.po"
    assert sorted(map(str, in_catalogue - marked)) == [], "no longer used: update reports.po"


def test_babel_cfg_names_the_same_files_as_this_test() -> None:
    config = (LOCALE / "babel.cfg").read_text(encoding="utf-8")
    assert "[python: src/igs_desktop/reports/**.py]" in config
    assert "[python: src/igs_desktop/services/report_*.py]" in config


def test_every_language_but_dutch_has_a_catalogue() -> None:
    for lang in Language:
        path = LOCALE / lang.value / "LC_MESSAGES" / "reports.mo"
        assert path.is_file() is (lang is not Language.NL), path
    assert isinstance(ROOT, Path)
