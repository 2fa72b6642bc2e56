"""A colleague's partnership on its page: "Portefeuille van Bram Claes — alleen lezen", and
"Overnemen…", which assigns it to the user on the team server (recorded there) and then
synchronises, on a worker thread.

The page disables its editing widgets itself (``set_read_only`` of every tab); the services
refuse an edit of a colleague's partnership anyway (``services.team_portfolio``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services import team_settings
from ...services.sync import SyncError, SyncSummaryRecord
from ...services.team_portfolio import HolderRecord
from .. import messages
from ..worker import run_in_background

if TYPE_CHECKING:
    from ..context import AppContext

log = logging.getLogger(__name__)


class HolderBanner(QFrame):
    """Shown above a colleague's partnership; hidden on the user's own. ``taken_over`` once the
    partnership is the user's (the window's pages have been told to read again)."""

    taken_over = Signal(str)  # the partnership's id

    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.partnership_name = ""
        self.holder: HolderRecord | None = None
        self.busy = False
        self.setObjectName("holderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#holderBanner { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 3px; }"
        )
        self.label = QLabel()
        self.label.setObjectName("holderText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "U kunt alles lezen, maar niets wijzigen. Neemt u het samenwerkingsverband "
                "over, dan wordt het aan u toegewezen op de teamdatabase."
            )
        )
        self.explanation.setWordWrap(True)
        self.button = QPushButton(self.tr("O&vernemen…"))
        self.button.setObjectName("takeOver")
        self.button.setToolTip(
            self.tr(
                "Wijs dit samenwerkingsverband aan u toe; dit wordt vastgelegd op de "
                "teamdatabase en daarna gesynchroniseerd"
            )
        )
        self.button.clicked.connect(self.take_over)
        text = QWidget()
        lines = QVBoxLayout(text)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(self.label)
        lines.addWidget(self.explanation)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Portefeuille van een collega"))
        self.setVisible(False)

    def holder_name(self) -> str:
        holder = self.holder
        return holder.name if holder is not None and holder.name else self.tr("een collega")

    def show_holder(self, holder: HolderRecord, partnership_name: str) -> None:
        """Shown for a colleague's partnership, hidden for the user's own."""
        self.holder = holder
        self.partnership_name = partnership_name
        self.label.setText(
            self.tr("Portefeuille van {name} — alleen lezen").format(name=self.holder_name())
        )
        self.setAccessibleDescription(self.label.text())
        self.button.setEnabled(not self.busy)
        self.setVisible(holder.read_only)

    # --- taking it over -----------------------------------------------------------------------
    def take_over(self) -> None:
        """Ask, find the team database and its password, then take over on a worker."""
        if self.busy or self.holder is None or not self.holder.read_only:
            return
        title = self.tr("Overnemen")
        if not messages.confirm(
            self,
            title,
            self.tr(
                "'{partnership}' wordt aan u toegewezen; dit wordt vastgelegd op de server. "
                "{name} kan het daarna alleen nog lezen.\n\nOvernemen?"
            ).format(partnership=self.partnership_name, name=self.holder_name()),
            yes=self.tr("Overnemen"),
            no=self.tr("Annuleren"),
        ):
            return
        url = team_settings.server_url_of(self.context.db)
        if not url:
            messages.warn(
                self,
                title,
                self.tr(
                    "Er is geen teamdatabase ingesteld (Bestand › Team › Teamdatabase…). "
                    "Er is niets gewijzigd."
                ),
            )
            return
        try:
            address = team_settings.parse_server_url(url)
        except team_settings.ServerAddressError as exc:
            messages.warn(self, title, str(exc))
            return
        password = team_settings.stored_password(address) or address.password
        remember = False
        if password is None:
            from ..team_settings_dialog import ask_password

            answer = ask_password(self, address)
            if answer is None:
                return
            password, remember = answer
        self._start(address, password, remember)

    def _start(
        self,
        address: team_settings.ServerAddressRecord,
        password: str | None,
        remember: bool,
    ) -> None:
        sync, pid, url = self.context.workbench.sync, self.partnership_id, address.url
        self.busy = True
        self.button.setEnabled(False)
        self.label.setText(self.tr("Bezig met overnemen…"))

        def done(summary: SyncSummaryRecord) -> None:
            if remember and password:
                problem = team_settings.store_password(address, password)
                if problem:
                    log.warning("Team password not kept: %s", problem)
            self._finished(lambda: self._taken_over(summary))

        run_in_background(
            lambda _progress: sync.take_over(url, password, pid),
            done,
            lambda exc, details: self._finished(lambda: self._failed(exc, details)),
        )

    def _finished(self, then: Callable[[], None]) -> None:
        if not shiboken6.isValid(self):  # the page was closed meanwhile
            return
        self.busy = False
        then()

    def _taken_over(self, summary: SyncSummaryRecord) -> None:
        self.context.notify()  # every page reads again: the partnership is the user's now
        self.taken_over.emit(self.partnership_id)
        messages.info(
            self,
            self.tr("Overgenomen"),
            self.tr(
                "'{partnership}' hoort nu bij uw portefeuille; de overname is vastgelegd op de "
                "teamdatabase."
            ).format(partnership=self.partnership_name)
            + "\n\n"
            + "\n".join(summary.lines()),
        )

    def _failed(self, exc: BaseException, details: str) -> None:
        if self.holder is not None:
            self.show_holder(self.holder, self.partnership_name)
        title = self.tr("Overnemen mislukt")
        if isinstance(exc, SyncError):
            messages.warn(self, title, str(exc))
        else:
            messages.error(
                self,
                title,
                self.tr("Het overnemen is mislukt: {error}").format(error=exc),
                details,
            )
