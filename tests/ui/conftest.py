"""UI fixtures: an app context on a fresh test database, and a main window on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from igs_desktop.ui import messages
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.portfolio_page import PortfolioPage


class Answers:
    """Records what the app would have shown in message boxes (tests answer through the seam)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True

    def record(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title: str, text: str, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            self.shown.append((kind, title, text))

        return show

    def confirm(self, _parent, title: str, text: str, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        self.shown.append(("confirm", title, text))
        return self.confirm_answer


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorder = Answers()
    for kind in ("info", "warn", "error"):
        monkeypatch.setattr(messages, kind, recorder.record(kind))
    monkeypatch.setattr(messages, "confirm", recorder.confirm)
    return recorder


@pytest.fixture
def context(workbench, qtbot) -> AppContext:  # type: ignore[no-untyped-def]
    workbench.save_profile("Test Ondersteuner", "")
    return AppContext(workbench, year=3)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, context: AppContext, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(context, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def wait_for_counts(qtbot, page: PortfolioPage) -> None:  # type: ignore[no-untyped-def]
    """Until the portfolio's errors, warnings and open work are filled in (a worker thread
    counts them after the rows are shown)."""
    qtbot.waitUntil(lambda: page.loaded and not page.pending, timeout=10_000)
