"""Help › Database controleren: the thorough check of ``igs-desktop doctor``, in the background.

The check reads the whole file (seconds on a large database), so it runs on the thread pool;
the window says it is busy in the status bar and reports in a message box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ..services.doctor import Diagnosis, diagnose
from . import messages
from .context import AppContext
from .worker import Worker, run_in_background

TITLE = "Database controleren"
_running: list[Worker] = []  # keeps the worker alive until it reports


def check_database(context: AppContext, window: QMainWindow) -> None:
    path = context.db.path
    window.statusBar().showMessage(f"De database wordt gecontroleerd: {path}…")

    def done(diagnosis: Diagnosis) -> None:
        _running.clear()
        window.statusBar().clearMessage()
        text = "\n".join(diagnosis.lines())
        if diagnosis.healthy:
            messages.info(window, TITLE, text)
        else:
            messages.warn(window, TITLE, text)

    def failed(exc: BaseException, _details: str) -> None:
        _running.clear()
        window.statusBar().clearMessage()
        messages.warn(window, TITLE, f"De controle kon niet uitgevoerd worden: {exc}")

    _running.append(run_in_background(lambda _progress: diagnose(path), done, failed))
