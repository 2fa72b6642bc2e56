"""Bestand › Team › Teamdatabase…: the address of the team's PostgreSQL database, its password
in the system keyring, a test of the connection; and the small question for the password when
synchronising needs one (``ask_password``).

The address is stored in this database without a password (``services.team_settings``); the
password only in the system keyring, and only when the user asks for it. Testing connects on a
worker thread (up to the 5-second connect timeout): the window keeps answering.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services import team_settings
from ..services.team_settings import (
    ConnectionReportRecord,
    ServerAddressError,
    ServerAddressRecord,
    TeamServerError,
)
from . import colors, messages
from .i18n import translate
from .team_common import restore_size
from .widgets import tab_in_visual_order
from .worker import run_in_background

if TYPE_CHECKING:
    from ..services.workbench import Database

log = logging.getLogger(__name__)
SIZE_KEY = "team_settings_dialog"


def no_keyring_text() -> str:
    """Why "remember" is off, in the window's language (the service says it in Dutch)."""
    return translate(
        "TeamSettingsDialog",
        "Dit systeem heeft geen sleutelbos (wachtwoordkluis): het wachtwoord wordt niet "
        "bewaard en telkens gevraagd.",
    )


def _problem_style() -> str:
    return f"color: {colors.ERROR.name()};"


class TeamSettingsDialog(QDialog):
    """The team database's address, password and connection test.

    After "Bewaren" ``saved`` is the address stored; after "Loskoppelen" ``disconnected`` is
    set; either way the dialog is accepted. ``report`` / ``test_problem`` hold the last test's
    outcome.
    """

    def __init__(
        self, db: Database, settings: QSettings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.saved: ServerAddressRecord | None = None
        self.disconnected = False
        self.report: ConnectionReportRecord | None = None
        self.test_problem = ""
        self.testing = False
        stored = team_settings.server_url_of(db)
        self.stored_address = _parsed(stored)
        self.setWindowTitle(self.tr("Teamdatabase"))

        intro = QLabel(
            self.tr(
                "Met een teamdatabase (PostgreSQL) delen de ondersteuners van het team hun "
                "portefeuilles, de referentiegegevens en de actiecatalogus: Synchroniseren "
                "stuurt uw wijzigingen en haalt die van het team op. Zonder teamdatabase werkt "
                "IGS Desktop gewoon alleen op deze laptop."
            )
        )
        intro.setWordWrap(True)

        self.address = QLineEdit(stored or "")
        self.address.setObjectName("teamAddress")
        self.address.setPlaceholderText(self.tr("postgresql://gebruiker@server:5432/igs"))
        self.address.setClearButtonEnabled(True)
        self.address.textChanged.connect(self._address_changed)
        # The keyring is asked when the address is left, not at every key typed.
        self.address.editingFinished.connect(self._show_stored_password)
        address_help = QLabel(
            self.tr(
                "Het adres krijgt u van de beheerder: postgresql://gebruiker@server:5432/database. "
                "IGS Desktop versleutelt de verbinding wanneer de server dat aanbiedt; voeg "
                "?sslmode=verify-full toe om versleuteling te eisen én het certificaat van de "
                "server te controleren (aangeraden buiten het kantoornetwerk). Het wachtwoord "
                "hoort niet in het adres."
            )
        )
        address_help.setWordWrap(True)

        self.password = QLineEdit()
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Wachtwoord &onthouden in de sleutelbos van het systeem"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        if team_settings.keyring_problem():
            self.remember.setEnabled(False)
            self.keyring_note.setText(no_keyring_text())
        else:
            self.keyring_note.hide()
        self._show_stored_password(initial=True)

        form = QFormLayout()
        address_label = QLabel(self.tr("&Adres:"))
        address_label.setBuddy(self.address)
        password_label = QLabel(self.tr("&Wachtwoord:"))
        password_label.setBuddy(self.password)
        form.addRow(address_label, self.address)
        form.addRow("", address_help)
        form.addRow(password_label, self.password)
        keep = QVBoxLayout()
        keep.setSpacing(2)
        keep.addWidget(self.remember)
        keep.addWidget(self.keyring_note)
        form.addRow("", keep)

        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.test_button.clicked.connect(self.test)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("De verbinding wordt getest"))
        self.progress.hide()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.progress, 1)
        test_row.addStretch(0)  # the button keeps its size while no test runs
        self.outcome = QLabel()
        self.outcome.setObjectName("teamTestResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(self.tr("Resultaat van de test"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("&Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.disconnect_button = self.buttons.addButton(
            self.tr("&Loskoppelen"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.disconnect_button.setToolTip(
            self.tr(
                "Het adres en het bewaarde wachtwoord vergeten; de gegevens op deze laptop blijven"
            )
        )
        self.disconnect_button.setEnabled(stored is not None)
        self.save_button.clicked.connect(self.save)
        self.disconnect_button.clicked.connect(self.disconnect_server)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        tab_in_visual_order(self.buttons)
        restore_size(self, settings, SIZE_KEY, QSize(680, 460))

    # --- the password -------------------------------------------------------------------------
    def _typed_address(self) -> ServerAddressRecord | None:
        return _parsed(self.address.text())

    def _show_stored_password(self, initial: bool = False) -> None:
        """Say whether the keyring holds a password for the address typed (never show it);
        "remember" starts checked when it does (and is left as the user set it otherwise)."""
        address = self._typed_address()
        kept = address is not None and team_settings.stored_password(address) is not None
        self.password.setPlaceholderText(
            self.tr("bewaard in de sleutelbos; leeg laten om het te houden") if kept else ""
        )
        if self.remember.isEnabled() and (kept or initial):
            self.remember.setChecked(kept)

    def _address_changed(self, _text: str) -> None:
        self.outcome.clear()  # the last test was of another address

    def password_for(self, address: ServerAddressRecord) -> str | None:
        """The password to connect with: typed, else kept in the keyring, else the address's
        own; None lets PostgreSQL find one (PGPASSWORD, ~/.pgpass)."""
        typed = self.password.text()
        if typed:
            return typed
        return team_settings.stored_password(address) or address.password

    # --- testing --------------------------------------------------------------------------------
    def test(self) -> None:
        """Connect on a worker and show what the server says (or why it did not)."""
        if self.testing:
            return
        try:
            address = team_settings.parse_server_url(self.address.text())
        except ServerAddressError as exc:
            self._show_problem(str(exc))
            return
        url, password = address.url, self.password_for(address)
        self.testing = True
        self.test_button.setEnabled(False)
        self.progress.show()
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Verbinden met {server}…").format(server=address.where))
        run_in_background(
            lambda _progress: team_settings.test_connection(url, password),
            self._tested,
            self._not_tested,
        )

    def _end_test(self) -> bool:
        if not shiboken6.isValid(self):
            return False  # closed while the test ran
        self.testing = False
        self.test_button.setEnabled(True)
        self.progress.hide()
        return True

    def _tested(self, report: ConnectionReportRecord) -> None:
        if not self._end_test():
            return
        self.report, self.test_problem = report, ""
        colour = colors.OK if report.ready else colors.WARNING
        self.outcome.setStyleSheet(f"color: {colour.name()};")
        self.outcome.setText("\n".join(report.lines))

    def _not_tested(self, exc: BaseException, details: str) -> None:
        if not self._end_test():
            return
        if isinstance(exc, TeamServerError | ValueError):
            self._show_problem(str(exc))
        else:
            log.error("Testing the team database failed: %s", details)
            self._show_problem(self.tr("Er ging iets mis: {problem}").format(problem=exc))

    def _show_problem(self, text: str) -> None:
        self.report, self.test_problem = None, text
        self.outcome.setStyleSheet(_problem_style())
        self.outcome.setText(text)

    # --- storing ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the address (without password) and, when asked, the password in the keyring.
        A wrong address is named and nothing is stored."""
        try:
            address = team_settings.parse_server_url(self.address.text())
        except ServerAddressError as exc:
            messages.warn(self, self.tr("Niet bewaard"), str(exc))
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        stored = team_settings.set_server_url(self.db, address.url)
        assert stored is not None
        problems = []
        old = self.stored_address
        if old is not None and old.keyring_user != address.keyring_user:
            problems.append(team_settings.forget_password(old))
        if self.remember.isEnabled():
            password = self.password.text() or address.password
            if not self.remember.isChecked():
                problems.append(team_settings.forget_password(address))
            elif password:
                problems.append(team_settings.store_password(address, password))
        self.saved = address
        problem = next((p for p in problems if p), None)
        if problem:
            messages.warn(self, self.tr("Wachtwoord niet bewaard"), problem)
        self.accept()
        return True

    def disconnect_server(self) -> bool:
        """Forget the address and the password kept for it; the data here stays."""
        if not messages.confirm(
            self,
            self.tr("Teamdatabase loskoppelen"),
            self.tr(
                "Deze laptop loskoppelen van de teamdatabase? Het adres en het bewaarde "
                "wachtwoord worden vergeten. De gegevens op deze laptop blijven; wat nog niet "
                "gesynchroniseerd is, wordt verzonden wanneer u later weer een teamdatabase "
                "instelt."
            ),
            yes=self.tr("Loskoppelen"),
            no=self.tr("Annuleren"),
        ):
            return False
        team_settings.set_server_url(self.db, None)
        problem = None
        for address in {self.stored_address, self._typed_address()} - {None}:
            assert address is not None
            problem = team_settings.forget_password(address) or problem
        self.disconnected = True
        if problem:
            messages.warn(self, self.tr("Wachtwoord niet vergeten"), problem)
        self.accept()
        return True


def _parsed(url: str | None) -> ServerAddressRecord | None:
    if not url:
        return None
    try:
        return team_settings.parse_server_url(url)
    except ServerAddressError:
        return None


# --- the password, asked when synchronising -----------------------------------------------------
class TeamPasswordDialog(QDialog):
    """The password for ``address``, and whether to keep it in the keyring (kept only after it
    worked). ``problem``: why it is asked again (the last attempt's message)."""

    def __init__(
        self, address: ServerAddressRecord, problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtwoord voor de teamdatabase"))
        question = QLabel(
            self.tr(
                "Het wachtwoord van {user} voor de teamdatabase {database} op {server}:"
            ).format(user=address.user, database=address.database, server=address.where)
        )
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(problem)
        self.problem.setObjectName("teamPasswordProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(_problem_style())
        self.problem.setVisible(bool(problem))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        question.setBuddy(self.password)
        hint = QLabel(
            self.tr("Leeg laten: PostgreSQL zoekt het wachtwoord zelf (PGPASSWORD of ~/.pgpass).")
        )
        hint.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Wachtwoord &onthouden in de sleutelbos van het systeem"))
        keyring_problem = team_settings.keyring_problem()
        if keyring_problem:
            keyring_problem = no_keyring_text()
            self.remember.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Synchroniseren"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(question)
        layout.addWidget(self.password)
        layout.addWidget(hint)
        layout.addWidget(self.remember)
        if keyring_problem:
            note = QLabel(keyring_problem)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(buttons)
        tab_in_visual_order(buttons)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)

    def answer(self) -> tuple[str | None, bool]:
        """The password (None: left empty) and whether to keep it."""
        return self.password.text() or None, self.remember.isChecked()


def ask_password(
    parent: QWidget | None, address: ServerAddressRecord, problem: str = ""
) -> tuple[str | None, bool] | None:
    """Ask the password for ``address``: (password or None, remember), or None when the user
    cancels. The one place the window asks it, so tests can answer."""
    dialog = TeamPasswordDialog(address, problem, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()


def show_team_settings(db: Database, settings: QSettings | None, parent: QWidget | None) -> bool:
    """The Teamdatabase dialog; True when something was stored or disconnected."""
    dialog = TeamSettingsDialog(db, settings, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


__all__ = [
    "TeamPasswordDialog",
    "TeamSettingsDialog",
    "ask_password",
    "show_team_settings",
]
