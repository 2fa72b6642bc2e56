"""The floor: a bare PySide6 program that shows one 1200x800 QMainWindow and quits after its
first paint. Run in a fresh process next to the app's start-up (`benchmarks/run.py`); no
Qt program can show a window faster or smaller on the same machine.

`python benchmarks/floor.py` (with ``QT_QPA_PLATFORM=offscreen`` for the benchmark).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitAfterFirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("first paint", file=sys.stderr, flush=True)  # the benchmark times this line
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    watcher = QuitAfterFirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
