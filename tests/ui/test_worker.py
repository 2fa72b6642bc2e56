"""Background work reports progress and its result on the GUI thread, and errors too."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from igs_desktop.ui.worker import run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui = QThread.currentThread()
    seen: dict[str, object] = {"progress": []}

    def work(progress) -> int:  # type: ignore[no-untyped-def]
        seen["work_thread"] = threading.current_thread().name
        for step in range(3):
            progress((step + 1) / 3, f"stap {step + 1}")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on_gui"] = QThread.currentThread() is gui

    run_in_background(
        work,
        done,
        lambda e, d: None,
        lambda f, t: seen["progress"].append((round(f, 2), t)),  # type: ignore[union-attr]
    )
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["done_on_gui"] is True
    assert seen["work_thread"] != threading.main_thread().name
    qtbot.waitUntil(lambda: len(seen["progress"]) == 3, timeout=5000)  # type: ignore[arg-type]
    assert seen["progress"] == [(0.33, "stap 1"), (0.67, "stap 2"), (1.0, "stap 3")]


def test_an_error_is_reported_not_lost(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[tuple[BaseException, str]] = []

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise ValueError("kapot bestand")

    run_in_background(work, lambda r: None, lambda e, d: errors.append((e, d)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    exc, details = errors[0]
    assert isinstance(exc, ValueError) and "kapot bestand" in details
