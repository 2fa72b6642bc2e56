"""A thematic support track: which supported action, theme, phase, status, next step, due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain import MAX_SUPPORTED_ACTIONS
from ...domain.work import label
from ...services.overview import CatalogueRecord, TrackRecord
from ...services.portfolio import PHASES, THEMES, TRACK_STATUSES
from ..i18n import QT_TRANSLATE_NOOP, current_language, translate
from ..widgets import OptionalDateEdit, select_data
from .action_dialogs import action_label, error_label, number_key, ok_cancel, show_error

CAP_NOTE_TEMPLATE = str(
    QT_TRANSLATE_NOOP(
        "TrackDialog",
        "Deze aanvrager heeft al thematische ondersteuning op {max} acties, het maximum. Een nieuw "
        "traject kan nog voor een van die acties, met een ander thema of een andere fase.",
    )
)
CAP_NOTE = CAP_NOTE_TEMPLATE.format(max=MAX_SUPPORTED_ACTIONS)
"""The note at the cap, in Dutch; the dialog shows it in the window's language."""


def tracked_actions(tracks: Sequence[TrackRecord], leaving: str | None = None) -> set[str]:
    """The actions with thematic support, without the track ``leaving`` (the one edited)."""
    return {t.action_id for t in tracks if t.id != leaving}


def cap_reached(tracks: Sequence[TrackRecord], leaving: str | None = None) -> bool:
    """No new action can get a track: the others already cover the maximum."""
    return len(tracked_actions(tracks, leaving)) >= MAX_SUPPORTED_ACTIONS


def duplicate_of(
    tracks: Sequence[TrackRecord],
    action_id: str,
    theme: str,
    phase: str,
    leaving: str | None = None,
) -> TrackRecord | None:
    """The track that already has this action, theme and phase (the service refuses a second)."""
    return next(
        (
            t
            for t in tracks
            if t.id != leaving and (t.action_id, t.theme, t.phase) == (action_id, theme, phase)
        ),
        None,
    )


def room_left(tracks: Sequence[TrackRecord], supported: set[str]) -> bool:
    """Whether any new track is possible: a supported action under the cap, or a theme and
    phase not yet taken on an action that already has support."""
    if supported - tracked_actions(tracks) and not cap_reached(tracks):
        return True
    taken = {(t.action_id, t.theme, t.phase) for t in tracks}
    return any(
        (action, theme, phase) not in taken
        for action in tracked_actions(tracks) & supported
        for theme in THEMES
        for phase in PHASES
    )


def _combo(values: tuple[str, ...], name: str) -> QComboBox:
    """A choice among stored values (a theme, phase or status), each shown in the window's
    language."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    lang = current_language()
    for value in values:
        combo.addItem(label(value, lang), value)
    return combo


class TrackDialog(QDialog):
    """Add (``track`` None) or edit a support track; only supported actions can be chosen."""

    def __init__(
        self,
        catalogue: list[CatalogueRecord],
        track: TrackRecord | None = None,
        parent: QWidget | None = None,
        existing: Sequence[TrackRecord] = (),
    ) -> None:
        super().__init__(parent)
        self.track = track
        self.existing = tuple(existing)
        leaving = track.id if track else None
        self.at_cap = cap_reached(self.existing, leaving)
        self.allowed = tracked_actions(self.existing, leaving) if self.at_cap else None
        if self.allowed is not None and track is not None:
            self.allowed.add(track.action_id)
        self.setWindowTitle(
            self.tr("Ondersteuningstraject bewerken")
            if track
            else self.tr("Ondersteuningstraject toevoegen")
        )
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Actie met thematische ondersteuning"))
        # Long action titles would stretch the dialog: the field stays moderate, its list
        # opens as wide as the titles.
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action.setMinimumContentsLength(50)
        beyond_cap = self.tr(" (niet meer mogelijk: al {max} acties)").format(
            max=MAX_SUPPORTED_ACTIONS
        )
        for a in sorted((a for a in catalogue if a.supported), key=number_key):
            beyond = self.allowed is not None and a.id not in self.allowed
            self.action.addItem(action_label(a) + (beyond_cap if beyond else ""), a.id)
        if track is not None and self.action.findData(track.action_id) < 0:
            self.action.addItem(
                self.tr("{number} – {title} (niet ondersteund)").format(
                    number=track.action_number, title=track.action_title
                ),
                track.action_id,
            )
        self.action.view().setMinimumWidth(self.action.view().sizeHintForColumn(0) + 24)
        self.theme = _combo(THEMES, self.tr("Thema"))
        self.phase = _combo(PHASES, self.tr("Fase"))
        self.status = _combo(TRACK_STATUSES, self.tr("Status"))
        self.next_step = QLineEdit()
        self.next_step.setAccessibleName(self.tr("Volgende stap"))
        self.next_step.setPlaceholderText(self.tr("bv. werkmoment met de partners plannen"))
        self.due_date = OptionalDateEdit(self.tr("vervaldatum"))
        self.error = error_label()
        if track is not None:
            select_data(self.action, track.action_id)
            select_data(self.theme, track.theme)
            select_data(self.phase, track.phase)
            select_data(self.status, track.status)
            self.next_step.setText(track.next_step)
            self.due_date.set_value(track.due_date)
        elif self.allowed is not None:
            # at the cap, start on the first action that can still take a track
            rows = [i for i in map(self.action.findData, self.allowed) if i >= 0]
            if rows:
                self.action.setCurrentIndex(min(rows))

        form = QFormLayout(self)
        if self.at_cap:
            note = QLabel(
                translate("TrackDialog", CAP_NOTE_TEMPLATE).format(max=MAX_SUPPORTED_ACTIONS)
            )
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Maximum bereikt"))
            form.addRow(note)
        if self.action.count() == 0:
            none = QLabel(
                self.tr(
                    "Geen enkele actie in de catalogus is gemarkeerd als actie met thematische "
                    "ondersteuning. Pas dat eerst aan in de actiecatalogus."
                )
            )
            none.setWordWrap(True)
            form.addRow(none)
        form.addRow(self.tr("&Actie:"), self.action)
        form.addRow(self.tr("&Thema:"), self.theme)
        form.addRow(self.tr("&Fase:"), self.phase)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Volgende stap:"), self.next_step)
        form.addRow(self.tr("Verval&datum:"), self.due_date)
        form.addRow(self.error)
        buttons = ok_cancel(self, self._accept)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.action.count() > 0)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())
        self.action.setFocus()

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            show_error(self, self.error, problem)
            return
        self.accept()

    def problem(self) -> str:
        """Why the service would refuse the chosen action, theme and phase ("" when fine)."""
        v = self.values()
        if v["action_id"] is None:
            return self.tr("Kies een actie.")
        if self.allowed is not None and v["action_id"] not in self.allowed:
            return self.tr(
                "Er zijn al {max} acties met thematische ondersteuning, het maximum: kies een "
                "van die acties, of verwijder eerst een traject."
            ).format(max=MAX_SUPPORTED_ACTIONS)
        current = self.track
        if current and (current.action_id, current.theme, current.phase) == (
            v["action_id"],
            v["theme"],
            v["phase"],
        ):
            return ""  # unchanged: an older duplicate may still be edited
        twin = duplicate_of(
            self.existing, v["action_id"], v["theme"], v["phase"], current.id if current else None
        )
        if twin is None:
            return ""
        lang = current_language()
        return self.tr(
            "Er is al een traject voor actie {number} met thema {theme} in fase {phase} "
            "(status: {status}). Bewerk dat traject, of kies een ander thema of een andere fase."
        ).format(
            number=twin.action_number,
            theme=label(twin.theme, lang),
            phase=label(twin.phase, lang),
            status=label(twin.status, lang),
        )

    def values(self) -> dict[str, Any]:
        due: dt.date | None = self.due_date.value()
        return {
            "action_id": self.action.currentData(),
            "theme": self.theme.currentData(),
            "phase": self.phase.currentData(),
            "status": self.status.currentData(),
            "next_step": self.next_step.text().strip(),
            "due_date": due,
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the track being edited."""
        values = self.values()
        if self.track is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.track, k) != v}
