"""The English translation of the window: complete, faithful to its placeholders, up to date.

`resources/translations/igs_desktop_en.ts` is made by ``make translations`` (pyside6-lupdate
over src/igs_desktop/ui, then pyside6-lrelease to the committed ``.qm``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from igs_desktop.paths import resource

TS = resource("translations", "igs_desktop_en.ts")
QM = TS.with_suffix(".qm")
UI = Path(__file__).resolve().parents[2] / "src" / "igs_desktop" / "ui"
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?::[^}]*)?\}|%n|%L?\d")
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, element) for every message that is not obsolete."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in {"obsolete", "vanished"}:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((name, message.findtext("source") or "", texts, translation))
    return found


def test_every_text_of_the_window_has_an_english_translation() -> None:
    entries = messages(TS)
    assert len(entries) > 800
    unfinished = [(c, s) for c, s, texts, t in entries if t.get("type") or not all(texts)]
    assert unfinished == []


@pytest.mark.parametrize("kind", ["placeholders", "line breaks"])
def test_a_translation_keeps_the_placeholders_of_its_source(kind: str) -> None:
    wrong = []
    for context, source, texts, _ in messages(TS):
        for text in texts:
            if kind == "placeholders":
                same = sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text))
                if "%n" in source and "%n" not in text:
                    same = False  # a plural form may leave out the number only in Dutch
            else:
                same = source.count("\n") == text.count("\n")
            if not same:
                wrong.append((context, source, text))
    assert wrong == []


def test_the_compiled_catalogue_is_the_translation_compiled(tmp_path: Path) -> None:
    compiled = tmp_path / "en.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_the_translation_holds_exactly_the_texts_the_code_marks(tmp_path: Path) -> None:
    """A text added to the window without a translation, or a stale one, fails here."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    marked = {(c, s) for c, s, _, _ in messages(fresh)}
    translated = {(c, s) for c, s, _, _ in messages(TS)}
    assert sorted(marked - translated) == [], "untranslated: run `make translations`, translate"
    assert sorted(translated - marked) == [], "translations of texts no longer in the code"
