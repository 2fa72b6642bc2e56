"""The window's daily actions, timed in-process: `python benchmarks/interactions.py --db FILE`.

Builds the real main window as ``ui/app.py`` does (a Workbench on the file, then
``build_main_window``), shows it at 1200x800 on the offscreen platform and drives it as a user
would, with key presses sent to its widgets:

- **filter**: one key press in the portfolio's filter box, until the view holds the filtered
  rows (only key presses that change the row count are timed; their counts come from an
  untimed dry run of the same text);
- **open_page**: Enter on a row of the portfolio, until the partnership's page is the
  current tab; the tab is closed again (untimed) before the next;
- **search**: a word typed into the note search, until its results are in the view. The
  search box waits for a typing pause before it searches; that timer is set to 0 for the
  measurement (its interval is reported: add it for what a typing user waits);
- **year**: arrow down/up on the project-year chooser, until the portfolio's rows of that
  year are in the view.

Each time runs from the key press to the moment the result is in the model and the view has
then painted (one forced ``repaint`` of the view or page, included in the time): "visible".
Afterwards the window is left until the thread pool is idle and nothing changed for 0.1 s;
the time of the view's last model change is "settled" (counts that fill in later). One
untimed warm-up of each action goes first (its "visible" time is reported as ``first``).

Prints one JSON object: per action the samples in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)

QUIET = 0.1  # seconds without background work or model changes: the window has settled
# Words typed by the benchmark: ASCII letters only (QTest types no other characters).
WORD = re.compile(r"(?<![^\W\d_])[a-zA-Z]{5,14}(?![^\W\d_])")


class ModelWatch(QObject):
    """The times at which a model changed (reset, rows, layout or data)."""

    def __init__(self) -> None:
        super().__init__()
        self.model: QAbstractItemModel | None = None
        self.times: list[float] = []

    def follow(self, model: QAbstractItemModel) -> None:
        if model is self.model:
            return
        if self.model is not None:
            for signal in self._signals(self.model):
                signal.disconnect(self._mark)
        self.model = model
        for signal in self._signals(model):
            signal.connect(self._mark)

    @staticmethod
    def _signals(model: QAbstractItemModel) -> list[Any]:
        return [
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ]

    def _mark(self, *_args: object) -> None:
        self.times.append(time.perf_counter())

    def since(self, moment: float) -> bool:
        return bool(self.times) and self.times[-1] >= moment

    def last(self) -> float:
        return self.times[-1] if self.times else 0.0


class Driver:
    def __init__(self, app: QApplication, window: QWidget, reps: int, budget: float) -> None:
        self.app = app
        self.window = window
        self.reps = reps
        self.budget = budget
        self.pool = QThreadPool.globalInstance()
        self.watches: list[ModelWatch] = []
        self.rng = random.Random(13)

    # --- the event loop -----------------------------------------------------------------
    def spin_until(self, condition: Callable[[], bool], timeout: float = 120.0) -> float:
        """Process events until ``condition`` holds; the moment it was seen to hold."""
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not show the result in time")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if not condition():
                time.sleep(0.0002)  # let a worker thread have the interpreter
        return time.perf_counter()

    def settle(self, timeout: float = 300.0) -> None:
        """Process events until no worker runs and no watched model changed for QUIET s."""
        deadline = time.perf_counter() + timeout
        busy = time.perf_counter()
        while time.perf_counter() - max([busy, *(w.last() for w in self.watches)]) < QUIET:
            if time.perf_counter() > deadline:
                raise TimeoutError("the window kept working")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if self.pool.activeThreadCount():
                busy = time.perf_counter()
            time.sleep(0.001)

    def watch(self, view: QAbstractItemView) -> ModelWatch:
        found = ModelWatch()
        found.follow(view.model())
        self.watches.append(found)
        return found

    def timed(
        self,
        act: Callable[[], None],
        shown: Callable[[float], bool],
        painted: Callable[[], QWidget],
        watch: ModelWatch,
    ) -> tuple[float, float]:
        """Milliseconds from ``act`` to ``shown`` and a paint ("visible"), and to the last
        change of the watched model once the window settled ("settled")."""
        started = time.perf_counter()
        act()
        self.spin_until(lambda: shown(started))
        painted().repaint()
        visible = time.perf_counter()
        self.settle()
        settled = max(visible, watch.last())
        return (visible - started) * 1000, (settled - started) * 1000

    def repeat(self, one: Callable[[], tuple[float, float] | None]) -> dict[str, Any]:
        """``one`` until ``reps`` samples or the time budget is spent (at least 3 samples);
        ``one`` returns None when its sample does not count."""
        first = None
        while first is None:
            first = one()  # the warm-up: first use of the page, caches, fonts
        visible: list[float] = []
        settled: list[float] = []
        started = time.perf_counter()
        attempts = 0
        while len(visible) < self.reps and attempts < 20 * self.reps:
            if len(visible) >= 3 and time.perf_counter() - started > self.budget:
                break
            attempts += 1
            sample = one()
            if sample is not None:
                visible.append(sample[0])
                settled.append(sample[1])
        return {"visible_ms": visible, "settled_ms": settled, "first_ms": first[0]}

    # --- the window's parts ---------------------------------------------------------------
    def tabs(self) -> QTabWidget:
        tabs = getattr(self.window, "tabs", None)
        if isinstance(tabs, QTabWidget):
            return tabs
        found = self.window.findChild(QTabWidget)
        assert found is not None, "the main window has no tabs"
        return found

    def child(self, kind: type[Any], name: str, fallback: Callable[[], Any]) -> Any:
        """The widget with objectName ``name``, else what ``fallback`` finds."""
        found = self.window.findChild(kind, name)
        return found if found is not None else fallback()

    def show_page(self, page: QWidget) -> None:
        self.tabs().setCurrentWidget(page)
        self.settle()

    def portfolio(self) -> tuple[QWidget, QLineEdit, QAbstractItemView]:
        view = self.child(
            QAbstractItemView,
            "portfolioView",
            lambda: self.window.portfolio.table,  # type: ignore[attr-defined]
        )
        field = self.child(
            QLineEdit,
            "portfolioFilter",
            lambda: self.window.portfolio.search,  # type: ignore[attr-defined]
        )
        page = self.tabs().widget(0)
        return page, field, view

    # --- the actions ----------------------------------------------------------------------
    def filter_texts(self, view: QAbstractItemView) -> list[str]:
        model = view.model()
        words: list[str] = []
        for row in range(min(model.rowCount(), 400)):
            text = str(model.index(row, 0).data() or "")
            words += [w.lower() for w in WORD.findall(text)]
        words = sorted(set(words))
        self.rng.shuffle(words)
        return [w[:4] for w in words] or ["igs"]

    def measure_filter(self) -> dict[str, Any]:
        page, field, view = self.portfolio()
        self.show_page(page)
        watch = self.watch(view)
        texts = self.filter_texts(view)
        pending: list[tuple[str, int, int]] = []  # (text so far, count before, count after)

        def refill() -> None:
            text = texts.pop(0) if texts else "igs"
            texts.append(text)
            field.clear()
            self.settle()
            counts = []
            for char in text:
                QTest.keyClick(field, char)
                self.settle()
                counts.append(view.model().rowCount())
            field.clear()
            self.settle()
            before = view.model().rowCount()
            for i, after in enumerate(counts):
                pending.append((text[: i + 1], before, after))
                before = after
            pending.append(("", -1, -1))  # clear the box before the next text

        def one() -> tuple[float, float] | None:
            while not pending:
                refill()
            text, before, after = pending.pop(0)
            if not text:
                field.clear()
                self.settle()
                return None
            if field.text() != text[:-1]:
                field.setText(text[:-1])
                self.settle()
            if before == after:  # this key press leaves the rows as they are: nothing to see
                QTest.keyClick(field, text[-1])
                self.settle()
                return None
            watch.follow(view.model())
            return self.timed(
                lambda: QTest.keyClick(field, text[-1]),
                lambda started: watch.since(started) and view.model().rowCount() == after,
                view.viewport,
                watch,
            )

        result = self.repeat(one)
        field.clear()
        self.settle()
        return result

    def measure_open_page(self) -> dict[str, Any]:
        page, field, view = self.portfolio()
        self.show_page(page)
        field.clear()
        self.settle()
        tabs = self.tabs()
        rows = view.model().rowCount()
        if rows == 0:
            return {"skipped": "the portfolio is empty"}
        watch = self.watch(view)

        def one() -> tuple[float, float]:
            row = self.rng.randrange(min(rows, 20))
            view.setCurrentIndex(view.model().index(row, 0))
            view.setFocus()
            self.settle()
            sample = self.timed(
                lambda: QTest.keyClick(view, Qt.Key.Key_Return),
                lambda _started: tabs.currentWidget() is not page,
                tabs.currentWidget,
                watch,
            )
            opened = tabs.currentWidget()
            tabs.tabCloseRequested.emit(tabs.indexOf(opened))
            tabs.setCurrentWidget(page)
            self.settle()
            return sample

        return self.repeat(one)

    def measure_search(self) -> dict[str, Any]:
        view = self.child(
            QAbstractItemView,
            "noteResults",
            lambda: self.window.notes.results.view,  # type: ignore[attr-defined]
        )
        field = self.child(
            QLineEdit,
            "noteSearch",
            lambda: self.window.notes.search,  # type: ignore[attr-defined]
        )
        holder = field.parentWidget()
        while holder is not None and self.tabs().indexOf(holder) < 0:
            holder = holder.parentWidget()
        assert holder is not None, "the note search is not on a tab"
        self.show_page(holder)
        pauses = self.no_typing_pause(field)
        watch = self.watch(view)
        field.clear()
        self.settle()
        words = self.search_words(view)
        if not words:
            return {"skipped": "no notes to search"}

        def one() -> tuple[float, float]:
            word = words[self.rng.randrange(len(words))]
            field.clear()
            self.settle()
            watch.follow(view.model())
            return self.timed(
                lambda: QTest.keyClicks(field, word),
                lambda started: watch.since(started) and not self.pool.activeThreadCount(),
                view.viewport,
                watch,
            )

        result = self.repeat(one)
        result["typing_pause_ms"] = pauses
        field.clear()
        self.settle()
        return result

    def no_typing_pause(self, field: QLineEdit) -> list[int]:
        """Set the search's typing-pause timers (single-shot, near the box) to 0; their
        intervals before."""
        found: list[int] = []
        holder: QObject | None = field.parent()
        for _level in range(4):
            if holder is None:
                break
            for timer in holder.findChildren(
                QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if timer.isSingleShot() and 50 <= timer.interval() <= 1000:
                    found.append(timer.interval())
                    timer.setInterval(0)
            holder = holder.parent()
        return found

    def search_words(self, view: QAbstractItemView) -> list[str]:
        model = view.model()
        words: set[str] = set()
        for row in range(min(model.rowCount(), 100)):
            for column in range(model.columnCount()):
                text = str(model.index(row, column).data() or "")
                words.update(w.lower() for w in WORD.findall(text))
        return sorted(words)

    def measure_year(self) -> dict[str, Any]:
        page, field, view = self.portfolio()
        self.show_page(page)
        field.clear()
        self.settle()
        combo = self.child(
            QComboBox,
            "yearChooser",
            lambda: self.window.year,  # type: ignore[attr-defined]
        )
        if combo.count() < 2:
            return {"skipped": f"{combo.count()} project year(s): nothing to change to"}
        watch = self.watch(view)

        def one() -> tuple[float, float]:
            key = Qt.Key.Key_Down if combo.currentIndex() + 1 < combo.count() else Qt.Key.Key_Up
            watch.follow(view.model())
            return self.timed(
                lambda: QTest.keyClick(combo, key),
                watch.since,
                view.viewport,
                watch,
            )

        result = self.repeat(one)
        result["years"] = combo.count()
        return result


ACTIONS = ("open_page", "filter", "search", "year")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per action at most")
    parser.add_argument("--only", default=",".join(ACTIONS))
    args = parser.parse_args(argv)

    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.workbench import Workbench
    from igs_desktop.ui.app import build_main_window, make_application

    app = make_application()
    paths = resolve_paths(args.db)
    paths.ensure()
    workbench = Workbench.open(paths, create=False)
    window = build_main_window(workbench, paths, interactive=False)
    assert window is not None
    window.resize(1200, 800)
    window.show()
    driver = Driver(app, window, args.reps, args.budget)
    driver.settle()
    measures = {
        "open_page": driver.measure_open_page,
        "filter": driver.measure_filter,
        "search": driver.measure_search,
        "year": driver.measure_year,
    }
    results = {name: measures[name]() for name in args.only.split(",") if name}
    window.close()
    workbench.close()
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
