"""Bestand › Team › Conflicten…: the fields changed here and in the team since the last
synchronisation, both values with who changed them and when, and the user's choice per row.

Nothing is resolved silently: until the user picks, both values are kept (mine in the record,
the team's in the conflict). "Mijn waarde houden" sends mine at the next synchronisation;
"Waarde van het team nemen" writes the team's value here now.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.sync import SyncError
from ..services.sync_view import ConflictViewRecord, conflict_views
from . import messages
from .change_text import change_text, entity_text
from .context import AppContext
from .i18n import QT_TRANSLATE_NOOP, translate
from .table_model import KEY, MINOR, Column, RowTableModel
from .table_view import RowTableView
from .team_common import local_moment, restore_size

log = logging.getLogger(__name__)
SIZE_KEY = "team_conflicts_dialog"
SHOWN = 80  # characters of a value in the table; the tooltip has it all


INTRO = str(
    QT_TRANSLATE_NOOP(
        "ConflictsDialog",
        "Deze gegevens zijn sinds de vorige synchronisatie zowel hier als in de teamdatabase "
        "gewijzigd. Beide waarden blijven bewaard tot u kiest. 'Mijn waarde houden' stuurt uw "
        "waarde bij de volgende synchronisatie naar het team; 'Waarde van het team nemen' zet "
        "de waarde van het team hier.",
    )
)


def record_text(item: ConflictViewRecord) -> str:
    """The kind of record and its own name: "lidmaatschap Kortrijk"; a partnership only by its
    kind, its name being in the column before."""
    kind = entity_text(item.entity)
    if item.entity == "partnership" and item.record == item.partnership:
        return kind
    return f"{kind} {item.record}".strip()


def readable(value: str | None, name: str) -> str:
    """A value of the change log for reading (``change_text``); "(leeg)" for none."""
    return change_text(value, name) or translate("ConflictsDialog", "(leeg)")


def value_text(value: str | None, deleted: bool, name: str) -> str:
    if deleted:
        return translate("ConflictsDialog", "verwijderd")
    return readable(value, name)


def _short(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _by(who: str, when: dt.datetime | None) -> str:
    moment = local_moment(when, "", short=True)
    return ", ".join(part for part in (who, moment) if part)


def conflict_columns() -> list[Column[ConflictViewRecord]]:
    """The list's columns, in the window's language."""

    def mine(r: ConflictViewRecord) -> str:
        return value_text(r.local_value, r.local_deleted, r.field)

    def theirs(r: ConflictViewRecord) -> str:
        return value_text(r.remote_value, r.remote_deleted, r.field)

    return [
        Column(
            translate("ConflictsDialog", "Samenwerkingsverband"),
            lambda r: r.partnership or "—",
            priority=KEY,
            max_chars=32,
        ),
        Column(translate("ConflictsDialog", "Record"), record_text, max_chars=32),
        Column(
            translate("ConflictsDialog", "Veld"),
            lambda r: r.field_label or translate("ConflictsDialog", "(het hele record)"),
        ),
        Column(
            translate("ConflictsDialog", "Mijn waarde"),
            lambda r: _short(mine(r)),
            row_tooltip=mine,
            priority=KEY,
            max_chars=36,
        ),
        Column(
            translate("ConflictsDialog", "Door / op"),
            lambda r: _by(r.local_by, r.local_at),
            sort_key=lambda r: r.local_at,
            tooltip=translate("ConflictsDialog", "Wie mijn waarde instelde, en wanneer"),
            priority=MINOR,
        ),
        Column(
            translate("ConflictsDialog", "Waarde van het team"),
            lambda r: _short(theirs(r)),
            row_tooltip=theirs,
            priority=KEY,
            max_chars=36,
        ),
        Column(
            translate("ConflictsDialog", "Door / op (team)"),
            lambda r: _by(r.remote_by, r.remote_at),
            sort_key=lambda r: r.remote_at,
            tooltip=translate("ConflictsDialog", "Wie de waarde van het team instelde, en wanneer"),
            priority=MINOR,
        ),
    ]


class ConflictsDialog(QDialog):
    """The open conflicts; the two choices act on the chosen rows. ``resolved`` is emitted
    after each choice (with the number of conflicts still open)."""

    resolved = Signal(int)

    def __init__(
        self, context: AppContext, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Conflicten met de teamdatabase"))
        intro = QLabel(translate("ConflictsDialog", INTRO))
        intro.setWordWrap(True)
        self.model: RowTableModel[ConflictViewRecord] = RowTableModel(conflict_columns(), self)
        self.table = RowTableView(self.tr("Open conflicten"))
        self.table.setModel(self.model)
        self.table.allow_several_rows()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(self.tr("Er zijn geen open conflicten."))
        self.empty.setObjectName("noConflicts")
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Aantal open conflicten"))

        self.mine_button = QPushButton(self.tr("&Mijn waarde houden"))
        self.mine_button.setToolTip(
            self.tr("Uw waarde blijft en gaat bij de volgende synchronisatie naar het team")
        )
        self.mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.theirs_button = QPushButton(self.tr("Waarde van het &team nemen"))
        self.theirs_button.setToolTip(self.tr("De waarde van het team komt hier in de plaats"))
        self.theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        restore_size(self, settings, SIZE_KEY, QSize(1240, 540))
        self.refresh()

    def refresh(self) -> None:
        rows = conflict_views(self.context.db)
        self.model.set_rows(rows)
        self.table.fit_columns_once()
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.count.setText(
            self.tr("1 open conflict")
            if len(rows) == 1
            else self.tr("{count} open conflicten").format(count=len(rows))
        )
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> list[ConflictViewRecord]:
        """The conflicts of the chosen rows, in the order shown."""
        proxy = self.table.model()
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = []
        for row in rows:
            index = proxy.index(row, 0)
            source = getattr(proxy, "mapToSource", None)
            source_row = source(index).row() if callable(source) else index.row()
            found.append(self.model.row_at(source_row))
        return found

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.mine_button.setEnabled(chosen)
        self.theirs_button.setEnabled(chosen)

    def resolve_selected(self, choice: str) -> int:
        """Resolve the chosen conflicts by ``choice`` ("mine" or "theirs"); the number done."""
        chosen = self.selected()
        done = 0
        problem = ""
        for item in chosen:
            try:
                self.context.workbench.sync.resolve(item.id, choice)
            except SyncError as exc:
                problem = str(exc)
                continue
            done += 1
        if done and choice == "theirs":
            # The team's values were written under the open pages and the undo history.
            self.context.undo_stack.clear()
        if done:
            self.context.notify()
        self.refresh()
        self.resolved.emit(self.model.rowCount())
        if problem:
            messages.warn(self, self.tr("Niet opgelost"), problem)
        return done


def show_conflicts(
    context: AppContext, settings: QSettings | None, parent: QWidget | None
) -> ConflictsDialog:
    dialog = ConflictsDialog(context, settings, parent)
    dialog.exec()
    return dialog


__all__ = ["ConflictsDialog", "conflict_columns", "show_conflicts"]
