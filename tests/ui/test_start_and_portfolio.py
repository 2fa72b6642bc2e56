"""Issue 13: the portfolio is painted first and completed on a worker; pages are built when
shown; ``--exit-after-paint`` quits once the portfolio's rows are painted."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from igs_desktop.services import portfolio_summary
from igs_desktop.services.overview import portfolio
from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.store.database import Database
from igs_desktop.ui import portfolio_page
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.portfolio_page import CHECKING, PENDING, portfolio_columns
from tests.ui.conftest import wait_for_counts

ERRORS = [c.header for c in portfolio_columns()].index("Fouten")
WARNINGS = [c.header for c in portfolio_columns()].index("Waarschuwingen")


@pytest.fixture
def demo_context(db: Database, tmp_path: Path, qtbot) -> AppContext:  # type: ignore[no-untyped-def]
    workbench = Workbench(db, Folders(tmp_path / "b", tmp_path / "r", tmp_path / "k"))
    workbench.save_profile("Test Ondersteuner", "")
    workbench.create_demo()
    return AppContext(workbench, 3)


def make_window(qtbot, context: AppContext, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    return window


def shown(window: MainWindow, column: int) -> dict[str, str]:
    model = window.portfolio.model
    return {
        model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())
    }


def test_the_portfolio_shows_pending_counts_then_the_real_ones(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings
) -> None:
    window = make_window(qtbot, demo_context, settings)
    page = window.portfolio
    # The rows are there at once; their counts come from a worker (no event processed yet).
    assert page.model.rowCount() == 6 and page.pending
    first = page.model.index(0, ERRORS)
    assert first.data() == PENDING
    assert first.data(Qt.ItemDataRole.ToolTipRole) == CHECKING
    assert "regels worden gecontroleerd" in page.summary.text()

    wait_for_counts(qtbot, page)
    expected = {r.name: r for r in portfolio(demo_context.db, 3)}
    assert shown(window, ERRORS) == {n: str(r.errors) for n, r in expected.items()}
    assert shown(window, WARNINGS) == {n: str(r.warnings) for n, r in expected.items()}
    assert any(r.errors for r in expected.values())  # the demo has findings in year 3
    assert "met fouten" in page.summary.text()


def test_a_count_result_of_an_earlier_year_is_ignored(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs: list[tuple[Callable[[Any], Any], Callable[[Any], None]]] = []
    monkeypatch.setattr(
        portfolio_page,
        "run_in_background",
        lambda work, done, _failed: jobs.append((work, done)),
    )
    window = make_window(qtbot, demo_context, settings)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(jobs) == 1)  # counting year 3 starts once it is painted
    demo_context.set_year(2)  # the rows of year 2 are shown, counted by a second job
    assert window.portfolio.year == 2
    qtbot.waitUntil(lambda: len(jobs) == 2)

    (year_3, year_3_done), (year_2, year_2_done) = jobs
    year_3_done(year_3(None))  # the first job comes back last: it counted year 3
    assert window.portfolio.pending
    assert set(shown(window, ERRORS).values()) == {PENDING}

    year_2_done(year_2(None))
    assert not window.portfolio.pending
    expected = {r.name: str(r.errors) for r in portfolio(demo_context.db, 2)}
    assert shown(window, ERRORS) == expected


def test_changing_the_year_reads_nothing_again_and_filtering_never_reads(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_context, settings)
    window.show()
    qtbot.waitExposed(window)
    wait_for_counts(qtbot, window.portfolio)

    def no_reading(*_args: object) -> None:
        raise AssertionError("the portfolio was read again")

    monkeypatch.setattr(portfolio_summary, "read_snapshot", no_reading)
    window.portfolio.search.setText("lendelede")
    names = [
        window.portfolio.proxy.index(r, 0).data() for r in range(window.portfolio.proxy.rowCount())
    ]
    assert names == ["IGS Kortrijk–Lendelede"]
    window.portfolio.search.clear()
    window.year.setCurrentIndex(window.year.findData(2))
    assert window.portfolio.year == 2 and window.portfolio.model.rowCount() == 6
    wait_for_counts(qtbot, window.portfolio)


def test_sorting_by_errors_sorts_the_rows_in_the_model(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings
) -> None:
    window = make_window(qtbot, demo_context, settings)
    wait_for_counts(qtbot, window.portfolio)
    window.portfolio.table.sortByColumn(ERRORS, Qt.SortOrder.DescendingOrder)
    proxy = window.portfolio.proxy
    errors = [int(proxy.index(r, ERRORS).data()) for r in range(proxy.rowCount())]
    assert errors == sorted(errors, reverse=True) and errors[0] > 0


def test_pages_are_built_when_first_shown(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings
) -> None:
    from igs_desktop.ui.governments_page import GovernmentsPage
    from igs_desktop.ui.reports_page import ReportsPage

    window = make_window(qtbot, demo_context, settings)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(ReportsPage) is None and not window.built("reports")
    assert window.findChild(GovernmentsPage) is None
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(labels.index("Rapporten"))
    page = window.findChild(ReportsPage)
    assert page is not None and window.tabs.currentWidget() is page
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Rapporten"
    assert window.findChild(GovernmentsPage) is None  # still not shown
    assert window.portfolio.model.rowCount() == 6


def test_a_partnership_is_opened_from_the_first_view_once_the_app_is_open(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings, app_paths
) -> None:
    """Before ``attach`` the window shows the first view; an applicant opened then opens as
    soon as the Workbench is there."""
    from igs_desktop.services.startup import first_view

    db_path = demo_context.db.path
    paths = type(app_paths)(data_dir=db_path.parent, database=db_path, log_dir=db_path.parent)
    first = first_view(paths, first_rows=2)
    assert first is not None and not first.snapshot.complete and len(first.rows) == 2
    window = MainWindow(None, settings, first=first)
    qtbot.addWidget(window)
    assert window.portfolio.model.rowCount() == 2 and not window.new_action.isEnabled()
    window.portfolio.table.selectRow(0)
    wanted = window.portfolio.selected()
    assert wanted is not None
    window.portfolio.table.row_activated.emit(0)
    assert window.tabs.count() == 6  # nothing opened yet

    window.attach(demo_context)
    assert window.new_action.isEnabled() and window.year.isEnabled()
    assert window.portfolio.model.rowCount() == 6  # every row now
    assert window.tabs.count() == 7 and window.tabs.currentWidget().partnership_id == wanted.id
    wait_for_counts(qtbot, window.portfolio)


# --- the window as a process -------------------------------------------------------------

PAINT_PROBE = """
import sys
from pathlib import Path
from igs_desktop.paths import resolve_paths
from igs_desktop.ui import app

watch = app._PaintWatch.eventFilter
def record(self, watched, event):
    result = watch(self, watched, event)
    if self.portfolio_done and not hasattr(self, "seen"):
        self.seen = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "sqlmodel",
            "alembic", "reportlab", "babel", "pydantic", "openpyxl"})
        print("AT PAINT:" + ",".join(self.seen) + ":" + str(self.window.portfolio.model.rowCount()))
    return result
app._PaintWatch.eventFilter = record
sys.exit(app.run_app(resolve_paths(Path(sys.argv[1])), exit_after_paint=True))
"""


def run_window(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IGS_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=180
    )


@pytest.fixture
def demo_file(demo_context: AppContext) -> Path:
    path = demo_context.db.path
    demo_context.db.close()
    return path


def test_exit_after_paint_quits_once_the_portfolio_rows_are_painted(
    demo_file: Path, tmp_path: Path
) -> None:
    result = run_window(
        "-m", "igs_desktop", "--db", str(demo_file), "--exit-after-paint", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    first = re.search(r"first paint after (\d+\.\d+) s", result.stderr)
    painted = re.search(r"portfolio painted after (\d+\.\d+) s", result.stderr)
    assert first and painted, result.stderr
    assert float(painted.group(1)) >= float(first.group(1))


def test_the_portfolio_is_painted_before_sqlalchemy_or_babel_is_imported(
    demo_file: Path, tmp_path: Path
) -> None:
    result = run_window("-c", PAINT_PROBE, str(demo_file), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "AT PAINT::6" in result.stdout  # nothing heavy imported, the six rows shown


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    size = path.stat().st_size
    with open(path, "r+b") as stream:
        stream.seek((size // 4096 // 2) * 4096)
        stream.write(bytes(4096))


def test_a_damaged_database_is_still_refused_with_exit_after_paint(
    demo_file: Path, tmp_path: Path
) -> None:
    _damage(demo_file)
    before = demo_file.read_bytes()
    result = run_window(
        "-m", "igs_desktop", "--db", str(demo_file), "--exit-after-paint", home=tmp_path
    )
    assert result.returncode == 2, result.stderr
    assert "beschadigd" in result.stderr
    assert demo_file.read_bytes() == before


ASK_PROBE = """
import sys
from pathlib import Path
from igs_desktop.paths import AppPaths
from igs_desktop.ui import app, messages

def choose(_parent, _title, text, _options, *_args):
    print("ASKED:" + text.replace("\\n", " "))
    return "quit"

messages.choose = choose
db = Path(sys.argv[1])
sys.exit(app.run_app(AppPaths(data_dir=db.parent, database=db, log_dir=db.parent)))
"""


def test_a_damage_found_beside_the_first_paint_asks_what_to_do(
    demo_file: Path, tmp_path: Path
) -> None:
    """The window (not --exit-after-paint): the check refuses the file after the first paint,
    the window goes and the user is asked what to do (here: stop)."""
    _damage(demo_file)
    before = demo_file.read_bytes()
    result = run_window("-c", ASK_PROBE, str(demo_file), home=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout.count("ASKED:") == 1 and "beschadigd" in result.stdout
    assert demo_file.read_bytes() == before


def test_the_widgets_the_benchmarks_drive_have_stable_names(  # type: ignore[no-untyped-def]
    qtbot, demo_context: AppContext, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

    window = make_window(qtbot, demo_context, settings)
    assert window.findChild(QLineEdit, "portfolioFilter") is window.portfolio.search
    assert window.findChild(QAbstractItemView, "portfolioView") is window.portfolio.table
    assert window.findChild(QComboBox, "yearChooser") is window.year
    assert window.findChild(QLineEdit, "noteSearch") is None  # the notes page is not built yet
    notes = window.notes
    assert window.findChild(QLineEdit, "noteSearch") is notes.search
    assert window.findChild(QAbstractItemView, "noteResults") is notes.results.view
    wait_for_counts(qtbot, window.portfolio)
