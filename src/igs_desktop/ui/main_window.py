"""The main window: menus, the page area, the status bar; remembers its size and layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from .. import APP_NAME
from ..services import reference
from ..store.database import Database
from .about import AboutDialog
from .governments_page import GovernmentsPage


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.setWindowTitle(f"{APP_NAME} — {db.path.name}")
        self.governments = GovernmentsPage(self)
        self.setCentralWidget(self.governments)
        self._build_menus()
        self.resize(1100, 700)
        self.refresh()
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Bestand")
        self.quit_action = QAction("&Afsluiten", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("Beel&d")
        self.find_action = QAction("&Zoeken", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.governments.focus_search)
        view_menu.addAction(self.find_action)
        self.refresh_action = QAction("&Vernieuwen", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&Over {APP_NAME}", self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def refresh(self) -> None:
        governments = reference.governments(self.db)
        self.governments.set_data(governments, reference.regions(self.db))
        self.statusBar().showMessage(f"Database: {self.db.path}")

    def show_about(self) -> None:
        AboutDialog(str(self.db.path), self).exec()

    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = self.settings.value("governments/header")
        if isinstance(header, QByteArray):
            self.governments.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue(
            "governments/header", self.governments.table.horizontalHeader().saveState()
        )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
