"""Bestand › Privacy: export what the app holds about one government; erase personal data.

The export writes one JSON file (``services.privacy.export_subject``). The erasure cannot be
undone: it asks first, says what it does, and empties the undo history, whose remembered
values would otherwise bring the erased text back.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...services import reference
from ...services.editing import ValidationError
from ...services.privacy import export_subject, personal_note_count
from ...services.reference import GovernmentInfo
from .. import messages
from ..context import AppContext
from ..government_picker import GovernmentPicker
from ..i18n import translate
from ..widgets import resize_within_screen


class GovernmentChoiceDialog(QDialog):
    def __init__(self, context: AppContext, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lokaal bestuur kiezen"))
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.picker = GovernmentPicker(reference.governments(context.db), None, {}, None, self)
        self.picker.picked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 560)
        self.picker.setFocus()

    def chosen(self) -> GovernmentInfo | None:
        return self.picker.chosen()


def _file_name(name: str) -> str:
    return "privacy-export-" + re.sub(r"[^\w-]+", "-", name).strip("-").lower() + ".json"


def export_government(context: AppContext, parent: QWidget | None) -> bool:
    """Pick a government and a file; write everything about it. True when written."""
    dialog = GovernmentChoiceDialog(
        context,
        translate(
            "PrivacyActions",
            "Van welk lokaal bestuur wil je alle gegevens exporteren? Het bestand bevat de "
            "gekoppelde notities en de notities die het bestuur vermelden, lidmaatschappen, "
            "cijfers en kennisdelingen.",
        ),
        parent,
    )
    if not dialog.exec() or (chosen := dialog.chosen()) is None:
        return False
    target = messages.save_file(
        parent,
        translate("PrivacyActions", "Gegevens exporteren naar"),
        _file_name(chosen.name),
        translate("PrivacyActions", "JSON-bestanden (*.json)"),
    )
    if not target:
        return False
    try:
        summary = export_subject(
            context.db,
            Path(target),
            nis_code=chosen.nis_code,
            overwrite=True,  # the save dialog asked
            protected_dirs=context.workbench.folders.protected,
        )
    except (ValidationError, OSError) as exc:
        messages.warn(parent, translate("PrivacyActions", "Niet geëxporteerd"), str(exc))
        return False
    messages.info(
        parent, translate("PrivacyActions", "Gegevens geëxporteerd"), "\n".join(summary.lines())
    )
    return True


def erase_personal(context: AppContext, parent: QWidget | None) -> bool:
    """Explain, ask, erase the personal content of marked notes, and report. True when done."""
    count = personal_note_count(context.db)
    title = translate("PrivacyActions", "Persoonsgegevens wissen")
    if count == 0:
        messages.info(
            parent,
            title,
            translate(
                "PrivacyActions",
                "Er zijn geen notities gemarkeerd als 'bevat persoonsgegevens' (die nog niet "
                "gewist zijn).",
            ),
        )
        return False
    marked = (
        translate("PrivacyActions", "%n notitie is", "", count)
        if count == 1
        else translate("PrivacyActions", "%n notities zijn", "", count)
    )
    if not messages.confirm(
        parent,
        title,
        translate(
            "PrivacyActions",
            "{count} gemarkeerd als 'bevat persoonsgegevens'. Van elk ervan worden de titel "
            "(wordt '[gewist]'), de tekst, de tags en de bijlagen gewist, ook uit de historiek "
            "en de zoekindex. Dat de notitie bestond, met haar datum, soort en koppelingen, "
            "blijft bewaard.\n\nDit kan niet ongedaan gemaakt worden; ook de lijst 'Ongedaan "
            "maken' wordt leeggemaakt. Vooraf wordt een back-up gemaakt; die en de back-ups en "
            "exportpakketten van vroeger bevatten de gegevens nog.\n\nNu wissen?",
        ).format(count=marked),
        yes=translate("PrivacyActions", "Wissen"),
        no=translate("PrivacyActions", "Annuleren"),
    ):
        return False
    try:
        summary = context.workbench.erase_personal_data()
    except ValidationError as exc:  # busy, or no backup could be made: nothing erased
        messages.warn(parent, translate("PrivacyActions", "Niet gewist"), str(exc))
        return False
    except OSError as exc:  # the notes may be erased, a file not yet
        context.undo_stack.clear()
        context.notify()
        messages.error(parent, translate("PrivacyActions", "Wissen niet voltooid"), str(exc))
        return False
    context.undo_stack.clear()
    context.notify()
    messages.info(
        parent,
        translate("PrivacyActions", "Persoonsgegevens gewist"),
        "\n\n".join(summary.lines()),
    )
    return True
