"""What the notes screens share: labels, sizes, dates, the choices of the pickers."""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtWidgets import QComboBox

from ... import formatting
from ...services import overview
from ...services.notes import MARK_END, MARK_START, NOTE_KINDS
from ...services.overview import PartnershipChoice
from ..context import AppContext
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..widgets import babel_locale

KIND_LABELS = {
    "veldonderzoek": str(QT_TRANSLATE_NOOP("NotesCommon", "Veldonderzoek")),
    "data-onderzoek": str(QT_TRANSLATE_NOOP("NotesCommon", "Data-onderzoek")),
    "overleg": str(QT_TRANSLATE_NOOP("NotesCommon", "Overleg")),
    "telefoongesprek": str(QT_TRANSLATE_NOOP("NotesCommon", "Telefoongesprek")),
    "kennisdeling": str(QT_TRANSLATE_NOOP("NotesCommon", "Kennisdeling")),
    "andere": str(QT_TRANSLATE_NOOP("NotesCommon", "Andere")),
}
REPORT_MARK = "✓"  # "opnemen in rapport" in lists
PERSONAL_MARK = "●"  # "bevat persoonsgegevens" in lists
HIGHLIGHT = (
    '<span style="background-color:#ffe066; color:#000000; font-weight:bold">',
    "</span>",
)


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return translate("NotesCommon", label) if label else kind


def kind_combo(name: str, everything: str = "") -> QComboBox:
    """The kinds of notes; with ``everything`` a first entry that means "any kind"."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if everything:
        combo.addItem(everything, "")
    for kind in NOTE_KINDS:
        combo.addItem(kind_label(kind), kind)
    return combo


def file_size(size: int) -> str:
    """A file size for people: "812 bytes", "12,3 kB", "4,1 MB" ("12.3 kB" in English)."""
    locale = babel_locale()
    if size < 1024:
        return "1 byte" if size == 1 else f"{formatting.number(size, locale=locale)} bytes"
    if size < 1024 * 1024:
        return f"{formatting.number(round(size / 1024, 1), locale=locale)} kB"
    return f"{formatting.number(round(size / (1024 * 1024), 1), locale=locale)} MB"


def shorten(marked: str, limit: int = 150) -> str:
    """Marked text cut after about ``limit`` visible characters, at a space, marks kept whole."""
    if len(marked.replace(MARK_START, "").replace(MARK_END, "")) <= limit:
        return marked
    kept: list[str] = []
    count = 0
    for part in re.split(r"(\s+)", marked):
        visible = len(part.replace(MARK_START, "").replace(MARK_END, ""))
        if count + visible > limit:
            break
        kept.append(part)
        count += visible
    text = "".join(kept).rstrip()
    if text.count(MARK_START) > text.count(MARK_END):
        text += MARK_END
    return text + " …"


def marked_html(marked: str) -> str:
    """Text with the search's marks (MARK_START/MARK_END) as highlighted HTML."""
    start, end = HIGHLIGHT
    return html.escape(marked).replace(MARK_START, start).replace(MARK_END, end)


def local_time(moment: dt.datetime) -> dt.datetime:
    """A stored UTC moment in the computer's time zone (naive values are UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone()


def partnership_choices(context: AppContext) -> list[PartnershipChoice]:
    """The partnerships to link to, with their members active in the year shown."""
    return overview.partnership_choices(context.db, context.year)


def fill_partnerships(combo: QComboBox, choices: list[PartnershipChoice], none_label: str) -> None:
    """Refill a partnership chooser, keeping what was chosen."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_label, "")
    for choice in choices:
        combo.addItem(choice.name, choice.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def action_choices(context: AppContext) -> list[tuple[str, str]]:
    """Catalogue actions as (label, id), in catalogue order."""
    label = translate("NotesCommon", "actie {number} – {title}")
    return [
        (label.format(number=a.number, title=a.title), a.id) for a in overview.catalogue(context.db)
    ]
