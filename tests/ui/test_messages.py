"""The app's own questions: Enter takes the safe answer (issue 12, item 1, for every dialog)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _real_messages():  # type: ignore[no-untyped-def]
    """The module as shipped (tests/ui/conftest.py replaces its functions with answers)."""
    import igs_desktop.ui.messages as module

    return importlib.reload(module)


def test_enter_in_a_confirmation_answers_no(qtbot) -> None:  # type: ignore[no-untyped-def]
    messages = _real_messages()

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(200, press_enter)
    assert messages.confirm(None, "Wissen", "Echt wissen?", yes="Wissen", no="Annuleren") is False
