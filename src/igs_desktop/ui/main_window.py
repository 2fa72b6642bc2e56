"""The main window: the portfolio, reference pages and open partnerships in tabs."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from .. import APP_NAME, formatting
from ..domain.calendar import Situation
from ..services.calendar import current_year
from ..services.editing import ChangeSet
from ..services.rules import known_years
from . import backups_dialog, calendar_export_action, colors, messages, package_dialogs
from .about import AboutDialog
from .catalogue_page import CataloguePage
from .context import AppContext
from .doctor_action import check_database
from .governments_page import GovernmentsPage
from .help_window import show_guide, show_help, show_rules
from .new_partnership_dialog import NewPartnershipDialog
from .notes import privacy_actions
from .notes.editor import NoteEditor, open_editor
from .notes.notes_page import NotesPage
from .notes.presets import preset_for
from .notes.sessions_page import SessionsPage
from .partnership.page import PartnershipPage
from .portfolio_page import PortfolioPage
from .project_years_dialog import ProjectYearsDialog, add_next_year
from .reports_page import ReportsPage
from .widgets import select_data


class MainWindow(QMainWindow):
    def __init__(
        self, context: AppContext, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.settings = settings
        context.dialog_parent = self
        demo = " — DEMO (fictieve gegevens)" if context.is_demo else ""
        self.setWindowTitle(f"{APP_NAME} — {context.db.path.name}{demo}")

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.portfolio = PortfolioPage(context, self)
        self.portfolio.open_partnership.connect(self.open_partnership)
        self.portfolio.new_partnership.connect(self.new_partnership)
        self.governments = GovernmentsPage(context, self)
        self.catalogue = CataloguePage(context, self)
        self.reports = ReportsPage(context, self)
        self.notes = NotesPage(context, self)
        self.sessions = SessionsPage(context, self)
        self.fixed_pages: list[QWidget] = [
            self.portfolio,
            self.notes,
            self.sessions,
            self.governments,
            self.catalogue,
            self.reports,
        ]
        self.tabs.addTab(self.portfolio, "Portefeuille")
        self.tabs.addTab(self.notes, "Notities")
        self.tabs.addTab(self.sessions, "Kennisdeling")
        self.tabs.addTab(self.governments, "Lokale besturen")
        self.tabs.addTab(self.catalogue, "Actiecatalogus")
        self.tabs.addTab(self.reports, "Rapporten")
        for index in range(len(self.fixed_pages)):
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        if context.is_demo:
            banner = QLabel(
                "DEMO — deze portefeuille en alle bevolkingscijfers zijn fictief. "
                "Gebruik ze niet voor echte adviezen."
            )
            banner.setAccessibleName("Demo-melding")
            banner.setStyleSheet(
                f"background: {colors.DEMO_BANNER.name()}; color: white; padding: 6px;"
                " font-weight: bold;"
            )
            layout.addWidget(banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self._build_actions()
        self.resize(1200, 760)
        self.refresh()
        self._restore_state()

    # --- actions and menus ------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        k = QKeySequence.StandardKey
        self.new_action = self._action("&Nieuw samenwerkingsverband…", self.new_partnership, k.New)
        self.close_tab_action = self._action(
            "Tabblad &sluiten", lambda: self.close_tab(self.tabs.currentIndex()), k.Close
        )
        self.new_note_action = self._action(
            "Nieuwe n&otitie…", self.new_note, QKeySequence("Ctrl+Shift+N")
        )
        self.new_note_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.government_notes_action = self._action(
            "Notities van het gekozen &bestuur", self.show_government_notes
        )
        self.privacy_export_action = self._action(
            "Gegevens over een bestuur &exporteren…",
            lambda: privacy_actions.export_government(self.context, self),
        )
        self.privacy_erase_action = self._action(
            "Persoonsgegevens &wissen…", lambda: privacy_actions.erase_personal(self.context, self)
        )
        self.quit_action = self._action("&Afsluiten", self.close, k.Quit)
        self.undo_action = self.context.undo_stack.createUndoAction(self, "&Ongedaan maken")
        self.undo_action.setShortcut(k.Undo)
        self.redo_action = self.context.undo_stack.createRedoAction(self, "Opnie&uw")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(k.Redo)])
        self.find_action = self._action("&Zoeken", self.focus_search, k.Find)
        self.refresh_action = self._action("&Vernieuwen", self.refresh, k.Refresh)
        self.about_action = self._action(f"&Over {APP_NAME}", self.show_about)
        self.check_action = self._action(
            "Database &controleren", lambda: check_database(self.context, self)
        )
        self.years_action = self._action("Pro&jectjaren…", self.show_project_years)
        self.calendar_action = self._action(
            calendar_export_action.MENU_TEXT,
            lambda: calendar_export_action.export_calendar(self.context, self),
        )

        file_menu = self.menuBar().addMenu("&Bestand")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.new_note_action)
        file_menu.addAction(self.close_tab_action)
        file_menu.addSeparator()
        file_menu.addAction(self.years_action)
        self.backups_action = backups_dialog.install(
            self, file_menu, self.context, self.settings, MainWindow
        )
        self.package_export_action, self.package_import_action = package_dialogs.install(
            self, file_menu, self.context
        )
        file_menu.addAction(self.calendar_action)
        privacy_menu = file_menu.addMenu("&Privacy")
        privacy_menu.addAction(self.privacy_export_action)
        privacy_menu.addAction(self.privacy_erase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("Be&werken")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = self.menuBar().addMenu("Beel&d")
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.government_notes_action)
        help_menu = self.menuBar().addMenu("&Help")
        # F1 is context help (the rule of a chosen finding, otherwise the guide); the menu's
        # Handleiding always opens the guide and shows F1 as its key.
        f1 = QKeySequence(k.HelpContents).toString(QKeySequence.SequenceFormat.NativeText)
        self.guide_action = self._action(f"&Handleiding\t{f1}", lambda: show_guide(self))
        self.rules_action = self._action("&Regels", lambda: show_rules(self))
        self.context_help_action = self._action("Help", lambda: show_help(self), k.HelpContents)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.rules_action)
        help_menu.addSeparator()
        help_menu.addAction(self.check_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar("Werkbalk")
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.new_note_action)
        # The menu's undo/redo name what they undo and grow with it; on the toolbar that
        # would push the year selector out of sight, so its buttons keep a short text.
        self.undo_button = self._short_twin("Ongedaan maken", self.undo_action)
        self.redo_button = self._short_twin("Opnieuw", self.redo_action)
        toolbar.addAction(self.undo_button)
        toolbar.addAction(self.redo_button)
        toolbar.addSeparator()
        label = QLabel(" Projectjaar: ")
        self.year = QComboBox()
        self.year.setAccessibleName("Projectjaar voor de regelcontrole")
        self._fill_years()
        self.year.currentIndexChanged.connect(
            lambda _i: self.context.set_year(int(self.year.currentData()))
        )
        label.setBuddy(self.year)
        toolbar.addWidget(label)
        toolbar.addWidget(self.year)
        self.calendar_notice = QLabel()
        self.calendar_notice.setAccessibleName("Melding over het projectjaar")
        self.statusBar().addPermanentWidget(self.calendar_notice)
        self._show_calendar_notice()
        self.context.changed.connect(self._calendar_changed)
        self.context.year_changed.connect(self._year_shown)

    def _short_twin(self, text: str, source: QAction) -> QAction:
        """A toolbar button with a fixed ``text`` that triggers ``source`` (an undo or redo
        action); the full text of ``source`` and its shortcut are in the tooltip."""
        twin = QAction(text, self)
        twin.triggered.connect(source.trigger)

        def follow() -> None:
            if not (shiboken6.isValid(source) and shiboken6.isValid(twin)):
                return  # the window is being taken down (the undo stack outlives it)
            twin.setEnabled(source.isEnabled())
            full = source.text().replace("&", "")
            shortcut = source.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            twin.setToolTip(f"{full} ({shortcut})" if shortcut else full)

        source.changed.connect(follow)
        follow()
        return twin

    # --- the programme's calendar -------------------------------------------------------
    def _fill_years(self) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for year in known_years(self.db):
            self.year.addItem(f"projectjaar {year}", year)
        self.year.setCurrentIndex(max(self.year.findData(self.context.year), 0))
        self.year.blockSignals(False)

    def _year_shown(self, year: int) -> None:
        select_data(self.year, year)
        self._show_calendar_notice()

    def _show_calendar_notice(self) -> None:
        working = current_year(self.db)
        self.calendar_notice.setText(working.notice if working.number == self.context.year else "")

    def _calendar_changed(self, changes: ChangeSet) -> None:
        if "project_year" not in changes.tables:
            return
        self._fill_years()
        self._show_calendar_notice()

    def offer_next_year(self) -> None:
        """When today is past the last project year, say so once and offer to add the next.

        After each year added the app moves to the year that holds today; while today is
        still past the last one, the next is offered again (a user back after two years).
        """
        while True:
            working = current_year(self.db)
            if working.situation is not Situation.AFTER_LAST:
                return
            following = working.number + 1
            if not messages.confirm(
                self,
                "Projectjaar afgelopen",
                f"Projectjaar {working.number} liep af op {formatting.date(working.year.end)}. "
                f"Projectjaar {following} toevoegen?",
                yes=f"Projectjaar {following} toevoegen…",
                no="Later",
            ):
                return
            if not add_next_year(self.context, self):
                return
            self.context.set_year(current_year(self.db).number)

    def show_project_years(self) -> None:
        ProjectYearsDialog(self.context, self).exec()

    # --- pages ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.portfolio.refresh()
        self.governments.refresh()
        self.catalogue.refresh()
        self.reports.refresh()
        self.notes.refresh()
        self.sessions.refresh()
        for index in range(len(self.fixed_pages), self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, PartnershipPage):
                page.refresh()
        self.statusBar().showMessage(f"Database: {self.db.path}")

    def partnership_pages(self) -> list[PartnershipPage]:
        return [
            page
            for i in range(self.tabs.count())
            if isinstance(page := self.tabs.widget(i), PartnershipPage)
        ]

    def open_partnership(self, partnership_id: str) -> PartnershipPage:
        for page in self.partnership_pages():
            if page.partnership_id == partnership_id:
                self.tabs.setCurrentWidget(page)
                return page
        page = PartnershipPage(self.context, partnership_id, self)
        page.restore_layout(self.settings)
        index = self.tabs.addTab(page, "…")
        page.title_changed.connect(
            lambda title, p=page: self.tabs.setTabText(self.tabs.indexOf(p), title)
        )
        page.refresh()
        self.tabs.setCurrentIndex(index)
        return page

    def close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, PartnershipPage):
            page.save_layout(self.settings)
            self.tabs.removeTab(index)
            page.deleteLater()

    def new_partnership(self) -> None:
        dialog = NewPartnershipDialog(known_years(self.db), self.context.year, self)
        if not dialog.exec():
            return
        service = self.context.portfolio
        name, year = dialog.name.text(), int(dialog.formed_year.currentData())
        outcome = self.context.execute(lambda: service.create_partnership(name, year), self)
        if outcome is not None and outcome.created_id:
            self.open_partnership(outcome.created_id)

    def new_note(self) -> NoteEditor | None:
        """A new note, linked to what the current tab shows (Ctrl+Shift+N)."""
        page = self.tabs.currentWidget()
        return open_editor(self.context, self, preset=preset_for(page))

    def show_government_notes(self) -> None:
        """The notes of the government chosen on the governments page."""
        chosen = self.governments.selected()
        self.tabs.setCurrentWidget(self.notes)
        if chosen is not None:
            self.notes.show_government(chosen.nis_code)

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()

    def show_about(self) -> None:
        AboutDialog(str(self.db.path), self).exec()

    # --- state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.portfolio.table.restore_columns(self.settings)
        self.governments.table.restore_columns(self.settings)
        self.catalogue.table.restore_columns(self.settings)

    def save_state(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        self.portfolio.table.save_columns(self.settings)
        self.governments.table.save_columns(self.settings)
        self.catalogue.table.save_columns(self.settings)
        for page in self.partnership_pages():
            page.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
