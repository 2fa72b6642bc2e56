"""Help › Database controleren: the thorough check of ``igs-desktop doctor``, in the background.

The check reads the whole file (seconds on a large database), so it runs on the thread pool;
the window says it is busy in the status bar and reports in a message box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ..services.doctor import Diagnosis, diagnose
from . import messages
from .context import AppContext
from .i18n import translate
from .worker import Worker, run_in_background

_running: list[Worker] = []  # keeps the worker alive until it reports


def check_database(context: AppContext, window: QMainWindow) -> None:
    path = context.db.path
    title = translate("DoctorAction", "Database controleren")
    window.statusBar().showMessage(
        translate("DoctorAction", "De database wordt gecontroleerd: {file}…").format(file=path)
    )

    def done(diagnosis: Diagnosis) -> None:
        _running.clear()
        window.statusBar().clearMessage()
        text = "\n".join(diagnosis.lines())
        if diagnosis.healthy:
            messages.info(window, title, text)
        else:
            messages.warn(window, title, text)

    def failed(exc: BaseException, _details: str) -> None:
        _running.clear()
        window.statusBar().clearMessage()
        messages.warn(
            window,
            title,
            translate("DoctorAction", "De controle kon niet uitgevoerd worden: {problem}").format(
                problem=exc
            ),
        )

    _running.append(run_in_background(lambda _progress: diagnose(path), done, failed))
