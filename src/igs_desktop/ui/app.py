"""Starting the window: application setup, one instance per database, crash handling.

The usual start (a database at the current schema, a known user) draws the window before the
rest of the app is loaded: the file is checked (``services.startup.first_view``: quick_check,
schema revision, with ``sqlite3`` only), the portfolio read and painted; then the Workbench is
opened on a worker thread (SQLAlchemy, the reference data, the routine backup, the unused
attachments) and handed to the window (``MainWindow.attach``), which counts the portfolio's
findings on a worker too. Any other start (no file yet, an older schema, a damaged file, a
first start without a user) opens the Workbench in full before the window, as always.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QLockFile,
    QObject,
    QSettings,
    QThreadPool,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from .. import APP_NAME
from ..logging_setup import setup_logging
from ..paths import AppPaths
from . import messages
from .app_icon import APP_ID, app_icon
from .crash import install_excepthook
from .i18n import Language, chosen_language, current_language, install_language, translate

if TYPE_CHECKING:
    from ..services.portfolio_summary import PortfolioSnapshot
    from ..services.startup import FirstView
    from ..services.workbench import Workbench
    from .main_window import MainWindow

log = logging.getLogger(__name__)
ORGANISATION = "Agentschap Integratie en Inburgering"
LANGUAGE_VARIABLE = "IGS_DESKTOP_LANGUAGE"


class _PaintWatch(QObject):
    """Notes the window's first paint and the first paint of the portfolio with its rows
    (on stderr and in the log, for ``--exit-after-paint`` and the benchmarks), and calls
    ``then`` once the portfolio is painted."""

    def __init__(self, started: float, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.started = started
        self.window = window
        self.then = then
        self.first_done = False
        self.portfolio_done = False
        window.installEventFilter(self)
        window.portfolio.table.viewport().installEventFilter(self)

    def _elapsed(self) -> float:
        return time.perf_counter() - self.started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.first_done:
            self.first_done = True
            elapsed = self._elapsed()
            log.info("First paint after %.3f s", elapsed)
            print(f"first paint after {elapsed:.3f} s", file=sys.stderr)
        if watched is not self.window and not self.portfolio_done and self.window.portfolio.loaded:
            self.portfolio_done = True
            elapsed = self._elapsed()
            log.info("Portfolio painted after %.3f s", elapsed)
            print(f"portfolio painted after {elapsed:.3f} s", file=sys.stderr)
            QTimer.singleShot(0, self.then)
        return False


def window_language(paths: AppPaths) -> Language:
    """The language chosen in Beeld › Taal (stored with the window's settings);
    ``IGS_DESKTOP_LANGUAGE=en`` (or ``nl``) overrides it, for tests and screenshots."""
    override = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if override:
        try:
            return Language.parse(override)
        except ValueError:
            log.warning("%s=%r is no language of the app; ignored", LANGUAGE_VARIABLE, override)
    return chosen_language(settings_for(paths))


def make_application(
    argv: list[str] | None = None, language: Language = Language.NL
) -> QApplication:
    """The application, speaking ``language``: the app's texts, Qt's own (Annuleren or
    Cancel, the print dialog) and the numbers and dates in every widget, whatever the
    computer's language (``i18n.install_language``)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("Qt runs without widgets (a QCoreApplication); the window needs them.")
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # Wayland and the task bar find igs-desktop.desktop
    install_language(app, language)
    return app


def settings_for(paths: AppPaths) -> QSettings:
    """Window state lives in the data folder, so ``IGS_DESKTOP_HOME`` isolates it too."""
    return QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)


def lock_database(paths: AppPaths) -> QLockFile | None:
    """Hold a lock next to the database; None when another running instance has it."""
    lock = QLockFile(str(paths.database) + ".lock")
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if lock.tryLock(100):
        return lock
    return None


def _prune_attachments(workbench: Workbench) -> None:
    """Files of removed attachments stay for undo; at start there is no undo history yet."""
    try:
        cleanup = workbench.prune_attachments()
    except OSError:
        log.exception("Unused attachment files not removed")
        return
    if cleanup.deleted:
        log.info("Removed %d unused attachment file(s)", len(cleanup.deleted))
    for left in cleanup.skipped:
        log.warning("Attachment folder: left alone %s", left)


def build_main_window(
    workbench: Workbench, paths: AppPaths, interactive: bool = True
) -> MainWindow | None:
    """The main window on ``workbench``; at first start the welcome dialog asks who the user is.

    Returns None when the user closes the welcome dialog without starting.
    """
    from ..services.calendar import current_year
    from .context import AppContext
    from .main_window import MainWindow

    if workbench.profile() is None and interactive:
        from .welcome_dialog import WelcomeDialog

        if not WelcomeDialog(workbench).exec():
            return None
    context = AppContext(workbench, current_year(workbench.db).number)
    _prune_attachments(workbench)
    return MainWindow(context, settings_for(paths))


def _choose_database() -> AppPaths | None:
    """Another database file, chosen by the user; None when they cancel."""
    from ..paths import resolve_paths

    chosen = messages.open_file(
        None,
        translate("App", "Database openen"),
        translate("App", "{app}-database (*.sqlite *.db)").format(app=APP_NAME)
        + ";;"
        + messages.all_files(),
    )
    return None if chosen is None else resolve_paths(chosen)


def _ask_for_database(paths: AppPaths) -> AppPaths | None:
    """A missing or empty database file is made only after asking; the user may also pick
    another file or stop. Returns the paths to open (with ``create`` allowed) or None."""

    while True:
        db = paths.database
        if db.is_file() and db.stat().st_size > 0:
            return paths
        what = (
            translate("App", "Het bestand {file} is leeg (0 bytes).")
            if db.is_file()
            else translate("App", "Er is nog geen database op {file}.")
        ).format(file=db)
        choice = messages.choose(
            None,
            translate("App", "{app}: database").format(app=APP_NAME),
            translate(
                "App",
                "{what}\n\nEen nieuwe, lege database aanmaken? Staan uw gegevens elders, kies "
                "dan dat bestand.",
            ).format(what=what),
            [
                ("create", translate("App", "Nieuwe database aanmaken")),
                ("other", translate("App", "Ander bestand kiezen…")),
                ("quit", translate("App", "Afsluiten")),
            ],
        )
        if choice == "create":
            return paths
        if choice != "other":
            return None
        other = _choose_database()
        if other is None:
            return None
        paths = other


def _open_workbench(paths: AppPaths, interactive: bool) -> tuple[Workbench | int, AppPaths]:
    """The Workbench on ``paths``, or the exit code when it could not be opened."""
    from .. import formatting
    from ..services import backups
    from ..services.workbench import DamagedDatabaseError, DatabaseError, Workbench
    from .widgets import babel_locale

    while True:
        try:
            return Workbench.open(paths, create=True), paths
        except DamagedDatabaseError as exc:
            text = str(exc)
            log.error("Damaged database: %s", text)
            print(f"igs-desktop: {text}", file=sys.stderr)
            if not interactive:
                return 2, paths
            good = [b for b in backups.list_backups(paths.database, paths.backup_dir) if b.verified]
            when = formatting.datetime(good[0].created, locale=babel_locale()) if good else ""
            restore = (
                [("restore", translate("App", "Back-up van {date} terugzetten").format(date=when))]
                if good
                else []
            )
            advice = (
                translate(
                    "App",
                    "De nieuwste goede back-up is van {date}; wat u daarna wijzigde, zit er niet "
                    "in. Het beschadigde bestand blijft bewaard bij de back-ups.",
                ).format(date=when)
                if good
                else translate("App", "Er is geen goede back-up van deze database gevonden.")
            )
            choice = messages.choose(
                None,
                translate("App", "{app}: database beschadigd").format(app=APP_NAME),
                f"{text}\n\n{advice}",
                [
                    *restore,
                    ("other", translate("App", "Ander bestand kiezen…")),
                    ("quit", translate("App", "Afsluiten")),
                ],
                messages.CRITICAL,
            )
            if choice == "restore":
                try:  # run_app holds the database's lock; nothing has it open
                    backups.restore_closed(paths.database, paths.backup_dir, good[0].path)
                except DatabaseError as exc:
                    messages.error(
                        None,
                        translate("App", "{app}: terugzetten mislukt").format(app=APP_NAME),
                        str(exc),
                    )
                    return 2, paths
                continue
            other = _choose_database() if choice == "other" else None
            if other is None:
                return 2, paths
            paths = other
        except (DatabaseError, OSError) as exc:
            text = str(exc)
            log.error("Cannot open database: %s", text)
            print(f"igs-desktop: {text}", file=sys.stderr)
            if interactive:
                messages.error(None, _not_opened(), text)
            return 2, paths


def _not_opened() -> str:
    return translate("App", "{app}: database niet geopend").format(app=APP_NAME)


def _take_care() -> str:
    return translate("App", "{app}: let op").format(app=APP_NAME)


def _first_view(paths: AppPaths) -> FirstView | None:
    """The first view of the database, or None when it must be opened in full first (no
    file yet, an older schema) or cannot be (then ``_open_workbench`` says why)."""
    import sqlite3

    from ..services.startup import DatabaseError, first_view

    try:
        return first_view(paths, lang=current_language())
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        log.info("No first view of %s: %s", paths.database, exc)
        return None


def _log_version() -> None:
    from .. import __version__

    QApplication.setApplicationVersion(__version__)
    log.info("%s %s", APP_NAME, __version__)


class _Opening:
    """The rest of a start drawn from the first view. The damage check (``check_file``: the
    quick_check reads the whole file) runs on a worker beside the window's first paint; once
    both are done the Workbench is opened on a worker (without checking again) and handed to
    the window with every row of the portfolio, then the next project year is offered. A file
    the check refuses closes the window: ``run_app`` then opens it in full, which says why
    (and offers a backup)."""

    def __init__(
        self, app: QApplication, paths: AppPaths, first: FirstView, interactive: bool
    ) -> None:
        self.app = app
        self.paths = paths
        self.first = first
        self.interactive = interactive
        self.window: MainWindow | None = None
        self.workbench: Workbench | None = None
        self.refusal: BaseException | None = None  # what the damage check found
        self.failed = False  # the Workbench could not be opened
        self.checked = False
        self.painted = False
        self.went_on = False

    def check(self) -> None:
        """Start the damage check (before the window is built, so they run side by side)."""
        from ..services.startup import check_file
        from .worker import run_in_background

        paths = self.paths
        run_in_background(lambda _progress: check_file(paths), self._passed, self._refused)

    def _passed(self, _result: object) -> None:
        self.checked = True
        self._go_on()

    def _refused(self, exc: BaseException, _details: str) -> None:
        self.checked = True
        self.refusal = exc
        self._go_on()

    def portfolio_painted(self) -> None:
        self.painted = True
        self._go_on()

    def _go_on(self) -> None:
        if not (self.checked and self.painted) or self.went_on:
            return
        self.went_on = True
        if self.refusal is not None:
            log.error("The check at open refused %s: %s", self.paths.database, self.refusal)
            self.app.quit()
        elif not self.interactive:
            self.app.quit()
        else:
            self._open()

    def _open(self) -> None:
        from .worker import run_in_background

        paths, year = self.paths, self.first.year

        def work(_progress: object) -> tuple[Workbench, PortfolioSnapshot]:
            from ..services.portfolio_summary import read_snapshot, rows_in
            from ..services.workbench import Workbench

            workbench = Workbench.open(paths, create=False, checked=True)
            _prune_attachments(workbench)
            snapshot = read_snapshot(workbench.db)
            rows_in(snapshot, year)  # made here, not on the GUI thread
            return workbench, snapshot

        run_in_background(work, self._opened, self._failed)

    def _opened(self, result: tuple[Workbench, PortfolioSnapshot]) -> None:
        from .context import AppContext

        workbench, snapshot = result
        self.workbench = workbench
        _log_version()
        assert workbench.startup is not None
        for line in workbench.startup.lines():
            log.info(line)
        window = self.window
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return  # closed while opening: run_app closes the Workbench
        context = AppContext(workbench, self.first.year, undo_stack=window.undo_stack)
        window.attach(context, snapshot)
        window.offer_next_year()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.failed = True
        text = str(exc)
        log.error("Cannot open database: %s", text)
        print(f"igs-desktop: {text}", file=sys.stderr)
        if self.window is not None and shiboken6.isValid(self.window):
            messages.error(self.window, _not_opened(), text)
            self.window.close()


def run_app(paths: AppPaths, exit_after_paint: bool = False) -> int:
    """The window on the database of ``paths``; its exit code. With ``exit_after_paint`` it
    quits once the portfolio is painted with its rows and the damage check passed (a smoke
    test, and the start-up benchmark): the rest of a start (see the module) is not waited for."""
    started = time.perf_counter()
    log_file = setup_logging(paths.log_dir)
    log.info("Starting %s on %s", APP_NAME, paths.database)
    app = make_application(language=window_language(paths))
    install_excepthook(str(log_file))
    interactive = not exit_after_paint
    if interactive:
        asked = _ask_for_database(paths)
        if asked is None:
            return 0
        paths = asked
    paths.ensure()

    lock = lock_database(paths)
    if lock is None:
        text = translate(
            "App",
            "{file} is al geopend in een ander venster van {app}. Werk in dat venster verder, "
            "of sluit het eerst.",
        ).format(file=paths.database, app=APP_NAME)
        print(f"igs-desktop: {text}", file=sys.stderr)
        if interactive:
            messages.warn(None, APP_NAME, text)
        return 3

    first = _first_view(paths)
    if first is not None and (first.has_profile or not interactive):
        code = _run_from_first_view(app, paths, first, started, interactive)
        if code is not None:
            lock.unlock()
            return code
        # the check at open refused the file: opened in full below, which says why

    workbench, opened = _open_workbench(paths, interactive=interactive)
    if isinstance(workbench, int):
        lock.unlock()
        return workbench
    if opened != paths:  # the user chose another file: it gets the lock, not the damaged one
        lock.unlock()
        paths = opened
        lock = lock_database(paths)
        if lock is None:
            already = translate("App", "{file} is al geopend in een ander venster.")
            print(f"igs-desktop: {already.format(file=paths.database)}", file=sys.stderr)
            workbench.close()
            return 3
    _log_version()
    startup = workbench.startup
    assert startup is not None  # opened from the paths just now
    for line in startup.lines():
        log.info(line)
    if interactive:
        for warning in startup.warnings:
            messages.warn(None, _take_care(), warning)

    window = build_main_window(workbench, paths, interactive=interactive)
    if window is None:
        workbench.close()
        lock.unlock()
        return 0
    _PaintWatch(started, window, app.quit if exit_after_paint else lambda: None)
    window.show()
    if interactive:
        QTimer.singleShot(0, window.offer_next_year)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the portfolio's counts
        workbench.close()
        lock.unlock()


def _run_from_first_view(
    app: QApplication, paths: AppPaths, first: FirstView, started: float, interactive: bool
) -> int | None:
    """The window drawn from ``first``, its exit code; None when the check at open refused
    the file (the window is closed then, and the caller opens it in full)."""
    from ..services.startup import storage_warnings
    from .main_window import MainWindow

    opening = _Opening(app, paths, first, interactive)
    opening.check()
    if interactive:
        for warning in storage_warnings(first.path):
            messages.warn(None, _take_care(), warning)
    window = MainWindow(None, settings_for(paths), first=first)
    opening.window = window
    _PaintWatch(started, window, opening.portfolio_painted)
    window.show()
    try:
        code = app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # the check, the opening, the counts
        if opening.workbench is not None:
            opening.workbench.close()
    if opening.refusal is not None:
        window.hide()
        window.deleteLater()
        if not interactive:
            print(f"igs-desktop: {opening.refusal}", file=sys.stderr)
            return 2
        return None
    return 2 if opening.failed else code
