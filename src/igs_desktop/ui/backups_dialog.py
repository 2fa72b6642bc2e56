"""Bestand › Back-ups…: the copies of this database, make one now, put one back.

Restoring replaces the database under the open window, so after a restore the main window is
rebuilt on the restored file (a new ``AppContext`` with an empty undo history, every page read
anew) and the old window closes: the simplest honest view of data that changed underneath.

``install`` adds the menu action and, while the window stays open, a copy once a day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services import backups
from ..services.backups import BackupRecord, RestoreRefusedError, RestoreReport
from ..services.calendar import current_year
from ..services.workbench import DatabaseError, Workbench
from . import colors, messages
from .context import AppContext
from .i18n import QT_TRANSLATE_NOOP, translate
from .table_model import Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale
from .worker import run_in_background

log = logging.getLogger(__name__)

WindowFactory = Callable[[AppContext, QSettings], QMainWindow]
CHECK_EVERY_MS = 60 * 60 * 1000  # look once an hour whether the last copy is a day old

INTRO = str(
    QT_TRANSLATE_NOOP(
        "BackupsDialog",
        "IGS Desktop maakt zelf back-ups van deze database: bij het starten (hoogstens om de 12 "
        "uur), na elke dag dat het venster open blijft, en vóór een upgrade, een import van "
        "cijfers, het wissen van persoonsgegevens of het terugzetten van een back-up. Elke back-up "
        "wordt gecontroleerd. Bewaard blijven de vijf nieuwste, één per dag voor een week en één "
        "per week voor vijf weken.",
    )
)


def _check_color(record: BackupRecord) -> QColor | None:
    if record.verified is None:
        return None
    return colors.OK if record.verified else colors.ERROR


def backup_columns() -> list[Column[BackupRecord]]:
    locale = babel_locale()
    return [
        Column(
            translate("BackupsDialog", "Gemaakt op"),
            lambda r: (
                f"{formatting.short_date(r.created.date(), locale=locale)} {r.created:%H:%M:%S}"
            ),
        ),
        Column(
            translate("BackupsDialog", "Grootte"),
            lambda r: backups.size_label(r.size),
            align_right=True,
        ),
        Column(translate("BackupsDialog", "Reden"), lambda r: backups.reason_label(r.reason)),
        Column(
            translate("BackupsDialog", "Controle"),
            lambda r: backups.check_label(r).split(":")[0],
            foreground=_check_color,
            row_tooltip=lambda r: "\n".join(filter(None, (str(r.path), r.problem))),
        ),
    ]


class BackupsDialog(QDialog):
    """The list of copies with "Nu een back-up maken" and "Terugzetten…".

    After a restore ``report`` holds what was done (``restored``: which backup) and the dialog
    is accepted; the caller
    rebuilds the main window (``show_backups`` does). ``failed`` is set when a restore failed
    after the database was closed: the window should then close.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workbench: Workbench = context.workbench
        self.report: RestoreReport | None = None
        self.restored: BackupRecord | None = None  # the backup put back
        self.failed = False
        self.setWindowTitle(self.tr("Back-ups van {file}").format(file=self.workbench.db.path.name))

        intro = QLabel(translate("BackupsDialog", INTRO))
        intro.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(self.tr("Map met de back-ups"))
        self.model: RowTableModel[BackupRecord] = RowTableModel(backup_columns(), self)
        self.table = RowTableView(self.tr("Back-ups, nieuwste eerst"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.row_activated.connect(lambda _row: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(self.tr("Er is nog geen back-up van deze database."))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Probleem met de gekozen back-up"))
        self.problem.setStyleSheet(f"color: {colors.ERROR.name()};")
        self.problem.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Resultaat"))

        self.make_button = QPushButton(self.tr("&Nu een back-up maken"))
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.setToolTip(
            self.tr(
                "De gekozen back-up in de plaats van de database zetten (eerst wordt de huidige "
                "toestand nog bewaard)"
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()
        self.resize(860, 440)

    # --- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        records = self.workbench.backups()
        self.model.set_rows(records)
        self.table.fit_columns_once()
        self.empty.setVisible(not records)
        folders = sorted({str(r.path.parent) for r in records})
        where = folders[0] if len(folders) == 1 else str(self.workbench.folders.backups)
        self.folder.setText(self.tr("Map: {folder}").format(folder=where))
        if records and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> BackupRecord | None:
        row = self.table.current_view_row()
        if row < 0 or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(row)

    def select_path(self, path: Path) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.path == path:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        record = self.selected()
        self.restore_button.setEnabled(record is not None)
        failed = record is not None and record.verified is False
        self.problem.setVisible(failed)
        if record is not None and failed:
            self.problem.setText(
                self.tr(
                    "Deze back-up doorstond de controle niet: {problem}. Terugzetten wordt "
                    "geweigerd; kies een andere."
                ).format(problem=record.problem)
            )

    # --- actions ----------------------------------------------------------------------------
    def make_backup(self) -> BackupRecord | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            record = self.workbench.backup(backups.MANUAL)
        except DatabaseError as exc:
            messages.error(self, self.tr("Geen back-up gemaakt"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self.select_path(record.path)
        if record.verified:
            self.status.setText(
                self.tr("Back-up gemaakt en gecontroleerd ({time}).").format(
                    time=f"{record.created:%H:%M}"
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Back-up gemaakt, maar de controle vond een probleem: {problem}. "
                    "Bewaar ook een oudere back-up."
                ).format(problem=record.problem)
            )
        return record

    def restore_selected(self) -> RestoreReport | None:
        record = self.selected()
        if record is None:
            return None
        when = formatting.datetime(record.created, locale=babel_locale())
        if not messages.confirm(
            self,
            self.tr("Back-up terugzetten"),
            self.tr(
                "De database terugzetten naar de back-up van {when} ({reason})?\n\n"
                "Wat sindsdien gewijzigd is, verdwijnt uit de database. Van de huidige toestand "
                "wordt eerst nog een back-up gemaakt, zodat u ook dit terugzetten kunt "
                "terugdraaien. Daarna opent het hoofdvenster opnieuw, op de teruggezette gegevens."
            ).format(when=when, reason=backups.reason_label(record.reason)),
            yes=self.tr("Terugzetten"),
            no=self.tr("Annuleren"),
        ):
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = self.workbench.restore(record.path)
            self.restored = record
        except RestoreRefusedError as exc:  # checked first: nothing was changed
            messages.warn(self, self.tr("Back-up niet teruggezet"), str(exc))
            self.refresh()
            return None
        except (DatabaseError, OSError) as exc:
            log.exception("Restore of %s failed", record.path)
            self.failed = True
            messages.error(
                self,
                self.tr("Terugzetten mislukt"),
                self.tr(
                    "{problem}\n\nSluit IGS Desktop en start het opnieuw. De toestand van voor "
                    "het terugzetten staat in de map {folder}."
                ).format(problem=exc, folder=self.workbench.folders.backups),
            )
            self.reject()
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
        return self.report


def restored_text(report: RestoreReport, created: str) -> str:
    text = translate(
        "BackupsDialog",
        "De database bevat nu de gegevens van de back-up van {created}. Het hoofdvenster is "
        "opnieuw geopend.",
    ).format(created=created)
    if report.before is not None:
        text += " " + translate(
            "BackupsDialog",
            "De toestand van vlak voor het terugzetten is bewaard als back-up van {before}; zet "
            "die terug om dit ongedaan te maken.",
        ).format(before=formatting.datetime(report.before.created, locale=babel_locale()))
    return text


def reopen_window(
    window: QMainWindow,
    context: AppContext,
    settings: QSettings,
    factory: WindowFactory,
) -> QMainWindow:
    """A new main window on the (restored) database of ``context``'s workbench; the old one
    closes. The new window gets a new context: an empty undo history, every page read anew."""
    workbench = context.workbench
    fresh = AppContext(workbench, current_year(workbench.db).number)
    replacement = factory(fresh, settings)
    _windows.add(replacement)
    replacement.destroyed.connect(lambda *_: _windows.discard(replacement))
    replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    replacement.show()  # before the old one closes, so the application does not quit
    window.close()
    window.deleteLater()
    return replacement


_windows: set[QMainWindow] = set()  # windows made here, kept alive until closed


def show_backups(
    window: QMainWindow, context: AppContext, settings: QSettings, factory: WindowFactory
) -> QMainWindow | None:
    """The Back-ups dialog; after a restore, the new main window."""
    dialog = BackupsDialog(context, window)
    dialog.exec()
    if dialog.failed:
        window.close()
        return None
    report = dialog.report
    if report is None:
        return None
    assert dialog.restored is not None
    created = formatting.datetime(dialog.restored.created, locale=babel_locale())
    replacement = reopen_window(window, context, settings, factory)
    messages.info(
        replacement,
        translate("BackupsDialog", "Back-up teruggezet"),
        restored_text(report, created),
    )
    return replacement


class DailyBackup(QObject):
    """While the window stays open: a copy when the newest one is a day old (checked hourly,
    made on the thread pool; the copy reads the file through its own connection)."""

    def __init__(self, workbench: Workbench, parent: QObject) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.busy = False
        self.last: BackupRecord | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.busy:
            return
        self.busy = True
        workbench = self.workbench
        run_in_background(
            lambda _progress: workbench.backup_if_due(backups.DAY, backups.DAILY),
            self._done,
            self._failed,
        )

    def _done(self, record: BackupRecord | None) -> None:
        self.busy = False
        if record is not None:
            self.last = record
            log.info("Daily backup %s (verified: %s)", record.path, record.verified)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.busy = False
        log.error("Daily backup failed: %s", exc)


def install(
    window: QMainWindow,
    menu: QMenu,
    context: AppContext,
    settings: QSettings,
    factory: WindowFactory,
) -> QAction:
    """Bestand › Back-ups… on ``window`` (rebuilt by ``factory`` after a restore), and the
    daily copy while it stays open."""
    action = QAction(translate("BackupsDialog", "&Back-ups…"), window)
    action.setStatusTip(
        translate("BackupsDialog", "Back-ups van deze database bekijken, maken of terugzetten")
    )
    action.triggered.connect(lambda: show_backups(window, context, settings, factory))
    menu.addAction(action)
    window.addAction(action)
    DailyBackup(context.workbench, window)
    return action
