"""Follow-ups of a partnership: tasks with a due date, the overdue ones in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...domain import work
from ...domain.work import FollowUpStatus
from ...services.notes import FollowUpRecord
from ...services.overview import PartnershipDetail
from .. import colors
from ..context import AppContext
from ..i18n import current_language
from ..partnership.tab_tools import RowTable
from ..table_model import KEY, Column
from ..widgets import babel_locale
from .common import local_time
from .follow_up_dialog import FollowUpDialog, subject_choices, subject_of


def _overdue(f: FollowUpRecord) -> bool:
    return f.overdue(dt.date.today())


class FollowUpsTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self.subjects: dict[str, str] = {}
        self.read_only = False  # a colleague's partnership (set_read_only)
        self.table = RowTable(self, self._columns(), self.tr("Opvolgingen"), "follow_ups", 1)
        self.view = self.table.view
        self.view.row_activated.connect(lambda _r: self.edit_follow_up())
        self.table.on_delete(self.delete_follow_up)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())

        self.add_button = QPushButton(self.tr("Opvolging &toevoegen…"))
        self.add_button.clicked.connect(self.add_follow_up)
        self.edit_button = QPushButton(self.tr("Bewer&ken…"))
        self.edit_button.clicked.connect(self.edit_follow_up)
        self.done_button = QPushButton(self.tr("&Markeer als klaar"))
        self.done_button.setToolTip(
            self.tr("Markeert de opvolging als klaar (of opent ze opnieuw)")
        )
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.delete_button.setToolTip(
            self.tr("Verwijdert de opvolging (Delete; ongedaan maken met Ctrl+Z)")
        )
        self.delete_button.clicked.connect(self.delete_follow_up)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.add_follow_up)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Stand van de opvolgingen"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._enable()

    def _columns(self) -> list[Column[FollowUpRecord]]:
        lang, locale = current_language(), babel_locale()
        overdue = self.tr("achterstallig")
        return [
            Column(self.tr("Taak"), lambda f: f.title, row_tooltip=lambda f: f.title),
            Column(
                self.tr("Vervaldatum"),
                lambda f: formatting.short_date(f.due_date, empty="", locale=locale),
                sort_key=lambda f: (f.due_date or dt.date.max).toordinal(),
                foreground=lambda f: colors.ERROR if _overdue(f) else None,
                bold=_overdue,
                row_tooltip=lambda f: overdue if _overdue(f) else "",
                priority=KEY,  # a date cut short says nothing; the task gives way
            ),
            Column(
                self.tr("Status"),
                lambda f: work.label(f.status, lang) + (f" ({overdue})" if _overdue(f) else ""),
                foreground=lambda f: (
                    colors.OK
                    if f.status == FollowUpStatus.DONE
                    else colors.ERROR
                    if _overdue(f)
                    else None
                ),
            ),
            Column(self.tr("Waarop"), lambda f: self.subjects.get(subject_of(f), "")),
            Column(
                self.tr("Klaar op"),
                lambda f: (
                    formatting.short_date(local_time(f.done_at).date(), locale=locale)
                    if f.done_at
                    else ""
                ),
                sort_key=lambda f: local_time(f.done_at).timestamp() if f.done_at else 0,
            ),
        ]

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.detail = detail
        self.subjects = {key: label for label, key in subject_choices(detail)}
        rows = self.context.notes.follow_ups(partnership_id=self.partnership_id)
        self.table.set_rows(rows, key=lambda f: f.id)
        still_open = [f for f in rows if f.status == FollowUpStatus.OPEN]
        late = [f for f in still_open if _overdue(f)]
        n = len(still_open)
        still_open_text = (
            self.tr("%n open opvolging", "", n) if n == 1 else self.tr("%n open opvolgingen", "", n)
        )
        self.summary.setText(
            self.tr("{count}, waarvan {late} achterstallig").format(
                count=still_open_text, late=len(late)
            )
            if rows
            else self.tr("Nog geen opvolgingen.")
        )
        self.summary.setStyleSheet(f"color: {colors.ERROR.name()};" if late else "")
        self._enable()

    def selected(self) -> FollowUpRecord | None:
        return self.table.selected()

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: its follow-ups are read here, not changed."""
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(chosen is not None and not self.read_only)
        self.done_button.setText(
            self.tr("Her&openen")
            if chosen and chosen.status == FollowUpStatus.DONE
            else self.tr("&Markeer als klaar")
        )

    def add_follow_up(self) -> None:
        if self.detail is None or self.read_only:
            return
        dialog = FollowUpDialog(self.detail, None, self)
        if not dialog.exec():
            return
        values, service = dialog.values(), self.context.notes
        outcome = self.context.execute(
            lambda: service.create_follow_up(partnership_id=self.partnership_id, **values), self
        )
        if outcome is not None and outcome.created_id:
            self.table.select(lambda f: f.id == outcome.created_id)

    def edit_follow_up(self) -> None:
        chosen = self.selected()
        if chosen is None or self.detail is None or self.read_only:
            return
        dialog = FollowUpDialog(self.detail, chosen, self)
        if dialog.exec():
            values, service = dialog.values(), self.context.notes
            self.context.execute(lambda: service.update_follow_up(chosen.id, **values), self)

    def toggle_done(self) -> None:
        chosen = self.selected()
        if chosen is not None and not self.read_only:
            done = chosen.status == FollowUpStatus.DONE
            status = FollowUpStatus.OPEN if done else FollowUpStatus.DONE
            service = self.context.notes
            self.context.execute(lambda: service.set_follow_up_status(chosen.id, status), self)

    def delete_follow_up(self) -> None:
        chosen = self.selected()
        if chosen is not None and not self.read_only:
            service = self.context.notes
            self.context.execute(lambda: service.delete_follow_up(chosen.id), self)
