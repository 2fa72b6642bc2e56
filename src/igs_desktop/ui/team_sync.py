"""Synchroniseren (F9, the toolbar, Bestand › Team): this laptop's changes to the team database
and the team's changes here, on a worker thread with a progress dialog; then the summary, and
every page reads again.

Without a team database set, it says how to set one (and opens the dialog when asked). The
password comes from the system keyring, else it is asked (``team_settings_dialog.ask_password``)
and kept in the keyring only after it worked, when the user asked for that. While a
synchronisation runs the action is disabled: there is never a second one. The status bar shows
the open conflicts (a link to them) and the moment of the last synchronisation.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..services.sync import SyncError, SyncSummaryRecord
from ..services.sync_view import last_synchronised, server_url
from . import messages
from .context import AppContext
from .i18n import translate
from .team_common import local_moment
from .worker import run_in_background

if TYPE_CHECKING:
    from ..services.team_settings import ServerAddressRecord
    from .team_conflicts_dialog import ConflictsDialog

log = logging.getLogger(__name__)

# The kinds of TeamServerError that happen before anything is read or written.
_BEFORE_ANYTHING = {"login", "unreachable", "no-database", "tls", "certificate"}
NOTHING_CHANGED = "Er is niets gewijzigd."


class SyncProgressDialog(QDialog):
    """The steps of a running synchronisation; window-modal, so nothing is edited meanwhile,
    and without a way to close it: the run ends by itself (every step is repeatable, but the
    worker cannot be stopped halfway). Unlike QProgressDialog it never runs the event loop
    inside ``setValue``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synchroniseren"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.text = QLabel(self.tr("Verbinden met de teamdatabase…"))
        self.text.setObjectName("syncStep")
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setAccessibleName(self.tr("Voortgang van de synchronisatie"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.setMinimumWidth(440)
        self.finished_run = False

    def show_step(self, fraction: float, text: str) -> None:
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))
        self.text.setText(text)

    def end(self) -> None:
        self.finished_run = True
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape would reject the dialog; the run goes on
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_run:
            super().closeEvent(event)
        else:
            event.ignore()


class TeamSync(QObject):
    """The window's synchronisation: the action's slot, the run, the status bar's text."""

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        settings: QSettings | None,
        action: QAction,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.settings = settings
        self.action = action
        self.running = False
        self.summary: SyncSummaryRecord | None = None  # of the last run that ended well
        self.problem = ""  # the last run's failure, as shown
        self.progress: SyncProgressDialog | None = None
        self.conflicts_action = QAction(self.tr("&Conflicten…"), window)
        self.conflicts_action.setStatusTip(
            self.tr("De gegevens die hier én in het team gewijzigd zijn, en uw keuze")
        )
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.settings_action = QAction(self.tr("Team&database…"), window)
        self.settings_action.setStatusTip(
            self.tr("Het adres en het wachtwoord van de teamdatabase; de verbinding testen")
        )
        self.settings_action.triggered.connect(self.show_settings)
        for own in (self.conflicts_action, self.settings_action):
            window.addAction(own)
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.status.setAccessibleName(self.tr("Stand van de synchronisatie"))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(lambda _link: self.show_conflicts())
        window.statusBar().addPermanentWidget(self.status)
        # A conflict resolved (here or in a dialog opened elsewhere) changes the count.
        context.changed.connect(self._data_changed)
        self.show_status()

    # --- the status bar -----------------------------------------------------------------------
    def _data_changed(self, _changes: object) -> None:
        self.show_status()

    def show_status(self) -> None:
        """ "2 conflicten · gesynchroniseerd 12 maart 2026 14:05"; nothing when this laptop never
        synchronised and has no server set (the app alone is fully usable)."""
        db = self.context.db
        count = len(self.context.workbench.sync.conflicts())
        last = last_synchronised(db)
        parts = []
        if count:
            text = (
                self.tr("1 conflict")
                if count == 1
                else self.tr("{count} conflicten").format(count=count)
            )
            parts.append(f'<a href="conflicts">{text}</a>')
        if last is not None:
            parts.append(self.tr("gesynchroniseerd {moment}").format(moment=local_moment(last)))
        elif server_url(db):
            parts.append(self.tr("nog niet gesynchroniseerd"))
        self.status.setText(" · ".join(parts))
        self.status.setVisible(bool(parts))
        self.status.setToolTip(self.tr("Conflicten bekijken") if count else "")

    def status_text(self) -> str:
        """The status bar's text without its link markup (for tests)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.status.text())
        return document.toPlainText()

    # --- the dialogs ----------------------------------------------------------------------------
    def show_settings(self) -> bool:
        from . import team_settings_dialog

        changed = team_settings_dialog.show_team_settings(
            self.context.db, self.settings, self.window
        )
        self.show_status()
        return changed

    def show_conflicts(self) -> ConflictsDialog:
        from .team_conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.context, self.settings, self.window)
        dialog.exec()
        self.show_status()
        return dialog

    # --- synchronising --------------------------------------------------------------------------
    def synchronise(self) -> bool:
        """Start a synchronisation (asking what is missing first); False when none started."""
        from ..services import team_settings
        from ..services.team_settings import ServerAddressError
        from . import team_settings_dialog

        if self.running:
            return False
        url = team_settings.server_url_of(self.context.db)
        if not url:
            if not messages.confirm(
                self.window,
                self.tr("Geen teamdatabase"),
                self.tr(
                    "Er is nog geen teamdatabase ingesteld, dus er valt niets te synchroniseren. "
                    "Stel ze in via Bestand › Team › Teamdatabase… met het adres dat u van de "
                    "beheerder kreeg. Zonder teamdatabase werkt IGS Desktop gewoon alleen op "
                    "deze laptop."
                ),
                yes=self.tr("Teamdatabase instellen…"),
                no=self.tr("Later"),
            ):
                return False
            self.show_settings()
            url = team_settings.server_url_of(self.context.db)
            if not url:
                return False
        try:
            address = team_settings.parse_server_url(url)
        except ServerAddressError as exc:  # stored by an older version, or edited by hand
            messages.warn(self.window, self.tr("Niet gesynchroniseerd"), str(exc))
            return False
        password = team_settings.stored_password(address)
        remember = False
        if password is None:
            answer = team_settings_dialog.ask_password(self.window, address)
            if answer is None:
                return False
            password, remember = answer
        self.start(address, password, remember)
        return True

    def start(self, address: ServerAddressRecord, password: str | None, remember: bool) -> None:
        """Run the synchronisation on a worker; the progress dialog shows its steps."""
        self.running = True
        self.problem = ""
        self.action.setEnabled(False)
        progress = SyncProgressDialog(self.window)
        progress.show()
        self.progress = progress
        service, url = self.context.workbench.sync, address.url
        run_in_background(
            lambda report: service.synchronise(url, password, report),
            lambda summary: self._done(summary, address, password, remember),
            lambda exc, details: self._failed(exc, details, address),
            self._progressed,
        )

    def _progressed(self, fraction: float, text: str) -> None:
        progress = self.progress
        if progress is not None and shiboken6.isValid(progress):
            progress.show_step(fraction, text)

    def _end(self) -> bool:
        """The run is over; False when the window went away meanwhile."""
        self.running = False
        progress, self.progress = self.progress, None
        if progress is not None and shiboken6.isValid(progress):
            progress.end()
            progress.deleteLater()
        if not shiboken6.isValid(self.window) or not shiboken6.isValid(self.action):
            return False
        self.action.setEnabled(True)
        return True

    def _done(
        self,
        summary: SyncSummaryRecord,
        address: ServerAddressRecord,
        password: str | None,
        remember: bool,
    ) -> None:
        from ..services import team_settings

        if not self._end():
            return
        self.summary = summary
        lines = list(summary.lines())
        if remember and password:
            problem = team_settings.store_password(address, password)
            if problem:
                lines.append(problem)
        if summary.received:
            # The team's changes were written under the open pages and the undo history.
            self.context.undo_stack.clear()
        self.context.notify()
        self.show_status()
        text = "\n".join(lines)
        if summary.open_conflicts:
            if messages.confirm(
                self.window,
                self.tr("Gesynchroniseerd"),
                text,
                yes=self.tr("Conflicten bekijken…"),
                no=self.tr("Sluiten"),
            ):
                self.show_conflicts()
        else:
            messages.info(self.window, self.tr("Gesynchroniseerd"), text)

    def _failed(self, exc: BaseException, details: str, address: ServerAddressRecord) -> None:
        from ..services.team_settings import TeamServerError
        from . import team_settings_dialog

        if not self._end():
            return
        self.show_status()
        if not isinstance(exc, SyncError):
            log.error("Synchronising failed: %s", details)
            self.problem = str(exc)
            messages.error(
                self.window,
                self.tr("Niet gesynchroniseerd"),
                self.tr(
                    "Er ging iets mis bij het synchroniseren: {problem}\n\nWat al ontvangen of "
                    "verzonden was, blijft; synchroniseer opnieuw om af te werken."
                ).format(problem=exc),
                details,
            )
            return
        cause = exc.__cause__
        kind = cause.kind if isinstance(cause, TeamServerError) else ""
        text = str(exc)
        if kind in _BEFORE_ANYTHING and NOTHING_CHANGED not in text:
            text = f"{text} {NOTHING_CHANGED}"
        self.problem = text
        if kind == "login":  # the password (kept or typed) is wrong: ask it again
            answer = team_settings_dialog.ask_password(self.window, address, text)
            if answer is not None:
                self.start(address, answer[0], answer[1])
            return
        messages.warn(self.window, self.tr("Niet gesynchroniseerd"), text)


def install(
    window: QMainWindow,
    menu: QMenu,
    context: AppContext,
    settings: QSettings | None,
    sync_action: QAction,
) -> TeamSync:
    """Bestand › Team (Synchroniseren, Conflicten…, Teamdatabase…) and the status bar's text,
    for the window's ``sync_action`` (its toolbar button and F9)."""
    team = TeamSync(window, context, settings, sync_action)
    team_menu = menu.addMenu(translate("TeamSync", "&Team"))
    team_menu.addAction(sync_action)
    team_menu.addAction(team.conflicts_action)
    team_menu.addSeparator()
    team_menu.addAction(team.settings_action)
    return team


__all__ = ["TeamSync", "install"]
