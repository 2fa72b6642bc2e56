"""Take the README's screenshots: `xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_screenshots.py`.

Starts the real main window on a fresh database in a temporary data folder and saves PNGs next
to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    os.environ.setdefault("IGS_DESKTOP_HOME", tempfile.mkdtemp(prefix="igs-shots-"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.startup import start
    from igs_desktop.ui.app import make_application, settings_for
    from igs_desktop.ui.main_window import MainWindow

    app = make_application()
    paths = resolve_paths()
    startup = start(paths)
    window = MainWindow(startup.db, settings_for(paths))
    window.resize(1200, 760)
    window.show()

    def shoot() -> None:
        window.grab().save(str(HERE / "governments.png"))
        window.governments.search.setText("kortrijk")
        QApplication.processEvents()
        window.grab().save(str(HERE / "governments-filtered.png"))
        app.quit()

    QTimer.singleShot(500, shoot)
    app.exec()
    startup.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
