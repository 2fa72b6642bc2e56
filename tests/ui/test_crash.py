"""An uncaught exception is logged and shown, not lost."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from igs_desktop.logging_setup import setup_logging
from igs_desktop.ui import crash


def test_uncaught_exception_is_logged_and_shown(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        crash.CrashDialog, "exec", lambda self: shown.append(self.details.toPlainText())
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = setup_logging(tmp_path / "logs")
    crash.install_excepthook(str(log_file))
    try:
        raise ValueError("kapotte invoer")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    logging.getLogger().handlers[-1].flush()
    assert len(shown) == 1 and "ValueError: kapotte invoer" in shown[0]
    assert "kapotte invoer" in log_file.read_text(encoding="utf-8")


def test_crash_dialog_copies_its_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    dialog = crash.CrashDialog("Traceback: iets", "/tmp/log")
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == "Traceback: iets"
