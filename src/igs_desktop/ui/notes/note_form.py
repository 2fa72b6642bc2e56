"""The fields of a note: what it says (left) and what it is linked to (right).

``snapshot()`` gives them as a draft keeps them; ``apply()`` fills them from a note or a draft.
Picking a partnership links its active members, as a note opened on a partnership's tab is
linked from the start; picking another one (or none) unlinks the members that pick added.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...services import reference
from ...services.notes import NoteRecord
from ...services.team_portfolio import in_team
from ..context import AppContext
from ..widgets import babel_locale, select_data, to_date, to_qdate
from .attachments_panel import AttachmentsPanel
from .common import action_choices, fill_partnerships, kind_combo, partnership_choices
from .government_list import GovernmentChecklist
from .presets import NotePreset


def _combo(name: str) -> QComboBox:
    """A chooser as wide as the editor allows, not as its longest entry."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return combo


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class NoteForm(QWidget):
    """``changed`` on every edit; ``ensure_note`` saves a new note before a file is attached."""

    changed = Signal()

    # The text fields, made by _text_fields (the lambdas there use some before they exist).
    kind: QComboBox
    noted_on: QDateEdit
    title: QLineEdit
    body: QPlainTextEdit
    tags: QLineEdit
    include_in_reports: QCheckBox
    personal_data: QCheckBox
    shared_with_team: QCheckBox
    sharing_hint: QLabel

    def __init__(
        self,
        context: AppContext,
        ensure_note: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.team = in_team(context.db)  # a note with personal data may be shared
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._text_fields())
        splitter.addWidget(self._link_fields(ensure_note))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for signal in (
            self.kind.currentIndexChanged,
            self.noted_on.dateChanged,
            self.title.textChanged,
            self.body.textChanged,
            self.tags.textChanged,
            self.partnership.currentIndexChanged,
            self.governments.changed,
            self.action.currentIndexChanged,
            self.session.currentIndexChanged,
            self.include_in_reports.toggled,
            self.personal_data.toggled,
            self.shared_with_team.toggled,
        ):
            signal.connect(lambda *_a: self.changed.emit())
        self.personal_data.toggled.connect(self._show_sharing)
        self.shared_with_team.toggled.connect(self._show_sharing)
        self._show_sharing()

    def _text_fields(self) -> QWidget:
        self.kind = kind_combo(self.tr("Soort notitie"))
        self.noted_on = QDateEdit(QDate.currentDate())
        self.noted_on.setCalendarPopup(True)
        self.noted_on.setDisplayFormat("dd-MM-yyyy")
        self.noted_on.setAccessibleName(self.tr("Datum"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel"))
        self.title.setPlaceholderText(self.tr("bv. Gesprek met de dienst welzijn"))
        self.title.returnPressed.connect(lambda: self.body.setFocus())
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Tekst"))
        self.body.setTabChangesFocus(True)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("tag1, tag2"))
        self.tags.setToolTip(self.tr("Vrije trefwoorden, gescheiden door komma's"))
        self.include_in_reports = QCheckBox(self.tr("Opnemen in &rapport"))
        self.include_in_reports.setToolTip(
            self.tr("Advies- en opvolgingsrapporten mogen deze notitie citeren")
        )
        self.personal_data = QCheckBox(self.tr("Bevat &persoonsgegevens"))
        self.personal_data.setToolTip(
            self.tr("Wordt gewist met Bestand › Privacy › Persoonsgegevens wissen")
        )
        # Issue 15: a note with personal data stays on this laptop unless shared explicitly.
        self.shared_with_team = QCheckBox(self.tr("Dele&n met het team"))
        self.shared_with_team.setObjectName("sharedWithTeam")
        self.sharing_hint = QLabel()
        self.sharing_hint.setObjectName("sharingHint")
        self.sharing_hint.setAccessibleName(self.tr("Waar de notitie bewaard wordt"))
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.noted_on)
        flags = QHBoxLayout()
        flags.addWidget(self.include_in_reports)
        flags.addWidget(self.personal_data)
        flags.addWidget(self.shared_with_team)
        flags.addWidget(self.sharing_hint)
        flags.addStretch(1)
        left = QWidget()
        form = QFormLayout(left)
        form.addRow(_label(self.tr("&Soort en datum:"), self.kind), top)
        form.addRow(_label(self.tr("&Titel:"), self.title), self.title)
        form.addRow(_label(self.tr("Te&kst:"), self.body), self.body)
        form.addRow(_label(self.tr("T&ags:"), self.tags), self.tags)
        form.addRow(flags)
        return left

    def _link_fields(self, ensure_note: Callable[[], str | None]) -> QWidget:
        none = self.tr("— geen —")
        self.partnership = _combo(self.tr("Samenwerkingsverband"))
        choices = partnership_choices(self.context)
        fill_partnerships(self.partnership, choices, none)
        self.members = {c.id: c.active_members for c in choices}
        # The governments linked because of the chosen partnership (not ticked by the user).
        self.linked_with_partnership: set[str] = set()
        self.partnership.activated.connect(self._on_partnership_picked)
        self.governments = GovernmentChecklist(
            reference.governments(self.context.db), self.tr("Gekoppelde lokale besturen")
        )
        self.action = _combo(self.tr("Actie"))
        self.action.addItem(none, "")
        for label, action_id in action_choices(self.context):
            self.action.addItem(label, action_id)
        self.session = _combo(self.tr("Kennisdeling"))
        self.session.addItem(none, "")
        locale = babel_locale()
        for k in self.context.notes.knowledge_sessions():
            held_on = formatting.short_date(k.held_on, locale=locale)
            self.session.addItem(f"{held_on} – {k.topic}", k.id)
        self.attachments = AttachmentsPanel(self.context, ensure_note, self)
        right = QWidget()
        links = QFormLayout(right)
        links.addRow(_label(self.tr("Samenwerkings&verband:"), self.partnership), self.partnership)
        links.addRow(_label(self.tr("&Lokale besturen:"), self.governments), self.governments)
        links.addRow(_label(self.tr("A&ctie:"), self.action), self.action)
        links.addRow(_label(self.tr("Kennis&deling:"), self.session), self.session)
        links.addRow(QLabel(self.tr("Bijlagen:")), self.attachments)
        self.governments.list.setMinimumHeight(120)
        self.governments.list.setMaximumHeight(220)
        return right

    def _show_sharing(self, *_args: object) -> None:
        """ "Delen met het team" only for a note with personal data, in a team; the hint says
        where the note goes."""
        personal = self.personal_data.isChecked()
        box = self.shared_with_team
        if not personal and box.isChecked():
            box.setChecked(False)  # shared means: its personal data shared
        box.setEnabled(self.team and personal)
        if not self.team:
            tip = self.tr(
                "Deze laptop synchroniseert niet met een teamdatabase: alle notities blijven "
                "op deze laptop."
            )
            hint = ""
        elif not personal:
            tip = self.tr(
                "Alleen een notitie met persoonsgegevens kan op deze laptop blijven: vink eerst "
                "'Bevat persoonsgegevens' aan. Een notitie zonder persoonsgegevens gaat bij de "
                "volgende synchronisatie naar de teamdatabase."
            )
            hint = ""
        else:
            tip = self.tr(
                "Aangevinkt: de notitie gaat bij de volgende synchronisatie naar de "
                "teamdatabase en uw collega's kunnen ze lezen. Niet aangevinkt: ze blijft op "
                "deze laptop."
            )
            hint = (
                self.tr("(gaat naar de teamdatabase)")
                if box.isChecked()
                else self.tr("(blijft op deze laptop)")
            )
        box.setToolTip(tip)
        box.setAccessibleDescription(tip)
        self.sharing_hint.setText(hint)
        self.sharing_hint.setToolTip(tip)

    def _on_partnership_picked(self, _index: int) -> None:
        """The user chose a partnership: link its active members instead of the previous
        choice's; governments the user ticked stay."""
        chosen = set(self.governments.nis_codes())
        kept = chosen - self.linked_with_partnership
        members = set(self.members.get(self.partnership.currentData() or "", ()))
        self.linked_with_partnership = members - kept
        self.governments.set_nis_codes(kept | members)
        self.changed.emit()

    # --- content ----------------------------------------------------------------------------
    def show_record(self, note: NoteRecord) -> None:
        self.apply(
            note.title,
            note.body,
            {
                "kind": note.kind,
                "noted_on": note.noted_on.isoformat(),
                "tags": ", ".join(note.tags),
                "partnership_id": note.partnership_id or "",
                "nis_codes": [g.nis_code for g in note.governments],
                "action_id": note.action_id or "",
                "knowledge_session_id": note.knowledge_session_id or "",
                "include_in_reports": note.include_in_reports,
                "personal_data": note.personal_data,
                "shared_with_team": note.shared_with_team,
            },
        )
        self.attachments.set_note(note.id)

    def show_preset(self, preset: NotePreset) -> None:
        select_data(self.kind, preset.kind or "veldonderzoek")
        select_data(self.partnership, preset.partnership_id or "")
        select_data(self.action, preset.action_id or "")
        select_data(self.session, preset.knowledge_session_id or "")
        self.governments.set_nis_codes(preset.nis_codes)
        members = self.members.get(preset.partnership_id or "", ())
        self.linked_with_partnership = set(preset.nis_codes) & set(members)

    def snapshot(self) -> tuple[str, str, dict[str, Any]]:
        """Title, text and the other fields, as a draft keeps them."""
        return (
            self.title.text(),
            self.body.toPlainText(),
            {
                "kind": self.kind.currentData(),
                "noted_on": to_date(self.noted_on.date()).isoformat(),
                "tags": self.tags.text(),
                "partnership_id": self.partnership.currentData() or "",
                "nis_codes": self.governments.nis_codes(),
                "action_id": self.action.currentData() or "",
                "knowledge_session_id": self.session.currentData() or "",
                "include_in_reports": self.include_in_reports.isChecked(),
                "personal_data": self.personal_data.isChecked(),
                "shared_with_team": self.shared_with_team.isChecked(),
            },
        )

    def apply(self, title: str, body: str, details: dict[str, Any]) -> None:
        """Fill the fields (from a note or a draft)."""
        self.title.setText(title)
        self.body.setPlainText(body)
        select_data(self.kind, details.get("kind") or "veldonderzoek")
        with contextlib.suppress(ValueError):  # a draft may hold anything
            self.noted_on.setDate(to_qdate(dt.date.fromisoformat(str(details.get("noted_on")))))
        self.tags.setText(str(details.get("tags") or ""))
        select_data(self.partnership, details.get("partnership_id") or "")
        select_data(self.action, details.get("action_id") or "")
        select_data(self.session, details.get("knowledge_session_id") or "")
        self.governments.set_nis_codes(details.get("nis_codes") or [])
        self.linked_with_partnership = set()  # what is linked now was saved so
        self.include_in_reports.setChecked(bool(details.get("include_in_reports")))
        self.personal_data.setChecked(bool(details.get("personal_data")))
        self.shared_with_team.setChecked(bool(details.get("shared_with_team")))
