"""The main window on a fresh database, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from igs_desktop.paths import AppPaths
from igs_desktop.ui import app as app_module
from igs_desktop.ui.main_window import MainWindow


def names_shown(window: MainWindow) -> list[str]:
    proxy = window.governments.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_window_lists_all_current_municipalities(window: MainWindow) -> None:
    assert window.governments.proxy.rowCount() == 285
    assert "285 lokale besturen" in window.governments.count.text()
    assert "IGS Desktop" in window.windowTitle()


def test_filter_by_name_ignores_case_and_accents(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.governments.search, "lende")
    assert names_shown(window) == ["Lendelede"]
    window.governments.search.clear()
    qtbot.keyClicks(window.governments.search, "GEEL")
    assert "Geel" in names_shown(window)


def test_filter_by_nis_code_and_region(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.governments.search, "34022")
    assert names_shown(window) == ["Kortrijk"]
    window.governments.search.clear()
    combo = window.governments.region
    combo.setCurrentIndex(combo.findData("REFREG08"))
    shown = names_shown(window)
    assert len(shown) == 13 and "Kortrijk" in shown and "Lendelede" in shown


def test_ctrl_f_focuses_the_search_box(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.governments)
    window.governments.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.governments.search.hasFocus()


def test_sorting_by_name_descending(window: MainWindow) -> None:
    window.governments.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = names_shown(window)
    assert shown == sorted(shown, key=str.casefold, reverse=True)


def test_window_size_is_remembered(qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(context, settings)
    qtbot.addWidget(first)
    width = first.minimumSizeHint().width() + 3  # the offscreen screen is only 800 x 600
    first.resize(width, 455)
    first.show()
    first.close()
    second = MainWindow(
        context, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (width, 455)


def test_second_instance_on_the_same_database_is_refused(qtbot, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    app_paths.ensure()
    held = app_module.lock_database(app_paths)
    assert held is not None
    try:
        assert app_module.run_app(app_paths, exit_after_paint=True) == 3
    finally:
        held.unlock()
