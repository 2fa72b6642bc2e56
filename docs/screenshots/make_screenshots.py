"""Take the README's screenshots of the demo portfolio.

Usage (from the repository root):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_screenshots.py

Starts the real main window on a fresh database with the demo portfolio, in a temporary data
folder, and saves PNGs next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    os.environ["IGS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="igs-shots-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.report_request import ReportRequest
    from igs_desktop.services.workbench import Workbench
    from igs_desktop.ui.app import build_main_window, make_application
    from igs_desktop.ui.whatif_dialog import WhatIfDialog

    app = make_application()
    paths = resolve_paths()
    workbench = Workbench.open(paths)
    workbench.save_profile("An Peeters", "")
    workbench.create_demo()
    window = build_main_window(workbench, paths, interactive=False)
    window.resize(1280, 800)
    window.show()

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        widget.grab().save(str(HERE / f"{name}.png"))

    def shoot() -> None:
        save(window, "portfolio")
        window.tabs.setCurrentWidget(window.governments)
        window.governments.search.setText("")
        save(window, "governments")
        window.tabs.setCurrentWidget(window.catalogue)
        save(window, "catalogue")
        rows = window.portfolio.model.rows()
        kl = next(r for r in rows if "Kortrijk" in r.name)
        page = window.open_partnership(kl.id)
        save(window, "partnership-details")
        page.tabs.setCurrentWidget(page.sections["members"])
        save(window, "partnership-members")
        for key in ("actions", "tracks", "money", "history"):
            if key in page.sections:
                page.tabs.setCurrentWidget(page.sections[key])
                save(window, f"partnership-{key}")
        produced = workbench.produce_report(ReportRequest("plan", kl.id, 3))
        window.reports.refresh()
        window.reports.show_pdf(produced.path)
        window.reports.form.partnership.setCurrentIndex(
            window.reports.form.partnership.findData(kl.id)
        )
        window.tabs.setCurrentWidget(window.reports)
        deadline = time.monotonic() + 1.5  # QPdfView renders its pages asynchronously
        while time.monotonic() < deadline:
            QApplication.processEvents()
        save(window, "reports")
        mixed = next(r for r in rows if "Roeselare" in r.name)
        page = window.open_partnership(mixed.id)
        page.tabs.setCurrentWidget(page.sections["members"])
        save(window, "partnership-region-mixed")
        members = {
            m.name: m
            for m in next(
                p for p in window.partnership_pages() if p.partnership_id == kl.id
            ).detail.members
        }
        dialog = WhatIfDialog(
            window.context,
            kl.id,
            "leave",
            members["Lendelede"].nis_code,
            members["Lendelede"].id,
            window,
        )
        dialog.show()
        save(dialog, "whatif-leave")
        dialog.close()
        shoot_notes(kl.id)
        app.quit()

    def wait(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            QApplication.processEvents()

    def shoot_notes(kl_id: str) -> None:
        notes = window.notes
        window.tabs.setCurrentWidget(notes)
        notes.search.setText("oefenkansen")
        wait(0.8)  # the search runs on the thread pool
        save(window, "notes-search")
        notes.views.setCurrentIndex(1)
        notes.memo.expandAll()
        save(window, "notes-memo")
        notes.views.setCurrentIndex(0)
        window.tabs.setCurrentWidget(window.sessions)
        window.sessions.table.select(lambda k: k.note_ids)
        save(window, "knowledge-sessions")
        page = next(p for p in window.partnership_pages() if p.partnership_id == kl_id)
        window.tabs.setCurrentWidget(page)
        for key in ("notes", "follow_ups"):
            page.tabs.setCurrentWidget(page.sections[key])
            save(window, f"partnership-{key.replace('_', '-')}")
        tab = page.sections["notes"]
        tab.table.select(lambda n: bool(n.attachments))
        editor = tab.open_selected()
        editor.resize(1180, 720)
        wait(0.3)
        save(editor, "note-editor")
        editor.close()

    QTimer.singleShot(600, shoot)
    app.exec()
    workbench.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
