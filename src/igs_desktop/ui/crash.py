"""Uncaught exceptions are logged and shown with details to copy, instead of vanishing."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """Says something went wrong, where the log is, and offers the details to copy."""

    def __init__(self, details: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: onverwachte fout").format(app=APP_NAME))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Er ging iets mis dat {app} niet verwachtte. Uw opgeslagen gegevens zijn veilig; "
                "de laatste bewerking is mogelijk niet bewaard.\n"
                "De details staan ook in het logbestand: {log_file}"
            ).format(app=APP_NAME, log_file=log_file)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technische details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            self.tr("Details &kopiëren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def format_details(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    from .. import __version__

    trace = "".join(traceback.format_exception(kind, value, tb))
    return f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}\n\n{trace}"


def install_excepthook(log_file: str) -> None:
    """Log every uncaught exception and show it in a CrashDialog (once at a time)."""
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("Uncaught exception", exc_info=(kind, value, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            CrashDialog(format_details(kind, value, tb), log_file).exec()
        finally:
            showing = False

    sys.excepthook = hook
