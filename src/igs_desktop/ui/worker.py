"""Running slow work off the GUI thread, with progress, and the result back on the GUI thread.

The work function gets a ``progress(fraction, text)`` callback it may call from its thread;
signals carry progress, the result and errors back to the GUI thread (queued connections).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)  # the exception, its traceback


class Worker(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the caller keeps it until finished/failed arrived

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # reported to the GUI thread, which shows it
            log.exception("Background work failed")
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.signals.finished.emit(result)


_running: set[Worker] = set()


def run_in_background(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None],
    on_progress: Callable[[float, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Worker:
    """Start ``work`` on the thread pool; the callbacks run on the GUI thread."""
    worker = Worker(work)
    _running.add(worker)

    def done(result: Any) -> None:
        _running.discard(worker)
        on_done(result)

    def failed(exc: BaseException, details: str) -> None:
        _running.discard(worker)
        on_error(exc, details)

    worker.signals.finished.connect(done)
    worker.signals.failed.connect(failed)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
