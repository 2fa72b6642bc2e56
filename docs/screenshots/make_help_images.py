"""Make the pictures of the in-app guide (resources/help/img/) and of Help in the README.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_help_images.py [--size WxH]

Starts the real main window offscreen on a fresh database with the demo portfolio, in a
temporary data folder. The README's pictures that the guide shows as they are
(partnership-members, figure-entry, whatif-leave, reports, note-editor) are copied from this
folder; the others are made here. ``--size 1920x1080`` renders the main window at that size
into /tmp/shots/help instead, to look at the screens at a larger size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
GUIDE_IMAGES = HERE.parent.parent / "resources" / "help" / "img"
COPIED = ("partnership-members", "figure-entry", "whatif-leave", "reports", "note-editor")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["IGS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="igs-help-shots-")

    from PySide6.QtCore import QDate, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.report_request import ReportRequest
    from igs_desktop.services.workbench import Workbench
    from igs_desktop.ui.app import make_application
    from igs_desktop.ui.backups_dialog import BackupsDialog
    from igs_desktop.ui.context import AppContext
    from igs_desktop.ui.help_window import show_guide, show_rules
    from igs_desktop.ui.main_window import MainWindow
    from igs_desktop.ui.new_partnership_dialog import NewPartnershipDialog

    app = make_application()
    paths = resolve_paths()
    workbench = Workbench.open(paths)
    workbench.save_profile("An Peeters", "an.peeters@example.org")
    workbench.create_demo()
    context = AppContext(workbench, year=3)
    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings)
    window.resize(width, height)
    window.show()
    large = (width, height) != (1280, 800)
    out = Path("/tmp/shots/help") if large else GUIDE_IMAGES
    out.mkdir(parents=True, exist_ok=True)

    def wait(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            QApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        wait(0.2)
        widget.grab().save(str(out / f"{name}.png"))

    wait(0.5)
    if not large:
        for name in COPIED:
            shutil.copyfile(HERE / f"{name}.png", out / f"{name}.png")

        dialog = NewPartnershipDialog([1, 2, 3], 3, window)
        dialog.name.setText("IGS Leiestreek")
        dialog.show()
        save(dialog, "new-partnership")
        dialog.close()

    rows = window.portfolio.model.rows()
    kortrijk = next(r for r in rows if "Kortrijk" in r.name)
    produced = workbench.produce_report(
        ReportRequest(
            "follow-up",
            kortrijk.id,
            3,
            date_from=dt.date(2024, 10, 1),
            date_to=dt.date(2025, 3, 31),
        )
    )
    reports = window.reports
    reports.refresh()
    form = reports.form
    form.kind.setCurrentIndex(form.kind.findData("follow-up"))
    form.partnership.setCurrentIndex(form.partnership.findData(kortrijk.id))
    form.date_from.setDate(QDate(2024, 10, 1))
    form.date_to.setDate(QDate(2025, 3, 31))
    window.tabs.setCurrentWidget(reports)
    reports.show_pdf(produced.path)
    wait(1.5)  # QPdfView renders its pages asynchronously
    save(window, "follow-up-report")

    workbench.backup("handmatig")
    backups = BackupsDialog(context, window)
    backups.resize(860, 360)
    backups.show()
    save(backups, "backups")
    backups.close()

    help_window = show_guide(window)
    help_window.resize(940, 760)
    save(help_window, "help-guide")
    show_rules(window, "STIMULUS_NOT_ELIGIBLE")
    save(help_window, "help-rules")
    if not large:  # the README shows Help too
        for name in ("help-guide", "help-rules"):
            shutil.move(str(out / f"{name}.png"), HERE / f"{name}.png")
    help_window.close()
    window.close()
    workbench.close()
    app.quit()


if __name__ == "__main__":
    main()
