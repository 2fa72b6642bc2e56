"""The main window: the portfolio, reference pages and open partnerships in tabs.

The window can be drawn before the app is fully open: made from the first view
(``services.startup.FirstView``) it shows the portfolio at once, and ``attach`` gives it the
context once the Workbench is open (its actions are disabled until then). Only the portfolio is
built with the window; every other page is built, and its module imported, when it is first
shown (or asked for: ``window.reports``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from . import colors
from .i18n import (
    QT_TRANSLATE_NOOP,
    Language,
    choose_language,
    chosen_language,
    current_language,
    translate,
)
from .portfolio_page import PortfolioPage
from .widgets import babel_locale, select_data, year_label

if TYPE_CHECKING:
    from ..domain.calendar import WorkingYear
    from ..services.editing import ChangeSet
    from ..services.portfolio_summary import PortfolioSnapshot
    from ..services.startup import FirstView
    from ..services.workbench import Database
    from .catalogue_page import CataloguePage
    from .context import AppContext
    from .governments_page import GovernmentsPage
    from .notes.editor import NoteEditor
    from .notes.notes_page import NotesPage
    from .notes.sessions_page import SessionsPage
    from .partnership.page import PartnershipPage
    from .reports_page import ReportsPage
    from .team_sync import TeamSync

# The tabs that are always there, in order; all but the portfolio are built when first shown.
# Their titles in Dutch; the tab shows them in the window's language.
FIXED_TABS = (
    ("portfolio", str(QT_TRANSLATE_NOOP("MainWindow", "Portefeuille"))),
    ("notes", str(QT_TRANSLATE_NOOP("MainWindow", "Notities"))),
    ("sessions", str(QT_TRANSLATE_NOOP("MainWindow", "Kennisdeling"))),
    ("governments", str(QT_TRANSLATE_NOOP("MainWindow", "Lokale besturen"))),
    ("catalogue", str(QT_TRANSLATE_NOOP("MainWindow", "Actiecatalogus"))),
    ("reports", str(QT_TRANSLATE_NOOP("MainWindow", "Rapporten"))),
)
LOADING = str(QT_TRANSLATE_NOOP("MainWindow", "Wordt geladen…"))
_PARTNERSHIP_PAGE = "igs_desktop.ui.partnership.page"
# Pages whose table widths are remembered (the portfolio's, and these when built).
REMEMBERED_TABLES = ("portfolio", "governments", "catalogue")


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext | None,
        settings: QSettings,
        parent: QWidget | None = None,
        first: FirstView | None = None,
    ) -> None:
        """A window on ``context``; or, without one, on the ``first`` view, until ``attach``."""
        super().__init__(parent)
        if context is None and first is None:
            raise ValueError("A main window needs a context or a first view.")
        self._context: AppContext | None = None
        self.settings = settings
        self.undo_stack = context.undo_stack if context is not None else QUndoStack(self)
        path = context.db.path if context is not None else cast("FirstView", first).path
        demo = context.is_demo if context is not None else cast("FirstView", first).is_demo
        self.database_path = path
        title = f"{APP_NAME} — {path.name}"
        if demo:
            title = self.tr("{title} — DEMO (fictieve gegevens)").format(title=title)
        self.setWindowTitle(title)

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.portfolio = PortfolioPage(None, self)
        self.portfolio.open_partnership.connect(self.open_partnership)
        self.portfolio.new_partnership.connect(self.new_partnership)
        self.portfolio.report_requested.connect(self.report_for)
        self._pages: dict[str, QWidget] = {"portfolio": self.portfolio}
        self._placeholders: dict[str, QWidget] = {}
        for key, dutch in FIXED_TABS:
            label = translate("MainWindow", dutch)
            if key == "portfolio":
                self.tabs.addTab(self.portfolio, label)
                continue
            placeholder = QLabel(translate("MainWindow", LOADING))
            placeholder.setObjectName(f"{key}Placeholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._placeholders[key] = placeholder
            self.tabs.addTab(placeholder, label)
        for index in range(len(FIXED_TABS)):
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.tabs.currentChanged.connect(self._tab_shown)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        if demo:
            banner = QLabel(
                self.tr(
                    "DEMO — deze portefeuille en alle bevolkingscijfers zijn fictief. "
                    "Gebruik ze niet voor echte adviezen."
                )
            )
            banner.setAccessibleName(self.tr("Demo-melding"))
            banner.setStyleSheet(
                f"background: {colors.DEMO_BANNER.name()}; color: white; padding: 6px;"
                " font-weight: bold;"
            )
            layout.addWidget(banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self._build_actions()
        self.resize(1200, 760)
        self._restore_state()
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=path))
        if context is not None:
            self.attach(context)
        else:
            assert first is not None
            self.portfolio.show_first(first)
            self._fill_years([y.number for y in first.years], first.year)
            self._show_calendar_notice(first.working)

    # --- the context ---------------------------------------------------------------------
    @property
    def context(self) -> AppContext:
        if self._context is None:
            raise RuntimeError("The window is not attached to an open database yet.")
        return self._context

    @property
    def attached(self) -> bool:
        return self._context is not None

    @property
    def db(self) -> Database:
        return self.context.db

    def attach(self, context: AppContext, snapshot: PortfolioSnapshot | None = None) -> None:
        """Work on ``context`` from now on: the actions come alive, the portfolio shows every
        row (of ``snapshot``, read on a worker, or read now) and completes them, the page on
        display is built."""
        from ..services.calendar import current_year, known_years

        self._context = context
        context.dialog_parent = self
        self._fill_file_menu()
        for action in self._needs_context:
            action.setEnabled(True)
        self.year.setEnabled(True)
        context.changed.connect(self._calendar_changed)
        context.year_changed.connect(self._year_shown)
        self._fill_years(known_years(context.db), context.year)
        working = current_year(context.db)
        self._show_calendar_notice(working)
        self.portfolio.attach(context, snapshot)
        self._tab_shown(self.tabs.currentIndex())

    # --- actions and menus ------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        needs_context: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        if needs_context:
            self._needs_context.append(action)
            action.setEnabled(self.attached)
        return action

    def _build_actions(self) -> None:
        """Every action and the menus' titles; the File menu is filled by ``attach``."""
        self._needs_context: list[QAction] = []
        k = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&Nieuw samenwerkingsverband…"), self.new_partnership, k.New
        )
        self.close_tab_action = self._action(
            self.tr("Tabblad &sluiten"),
            lambda: self.close_tab(self.tabs.currentIndex()),
            k.Close,
            needs_context=False,
        )
        self.new_note_action = self._action(
            self.tr("Nieuwe n&otitie…"), self.new_note, QKeySequence("Ctrl+Shift+N")
        )
        self.new_note_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.government_notes_action = self._action(
            self.tr("Notities van het gekozen &bestuur"), self.show_government_notes
        )
        self.privacy_export_action = self._action(
            self.tr("Gegevens over een bestuur &exporteren…"), self._export_government
        )
        self.privacy_erase_action = self._action(
            self.tr("Persoonsgegevens &wissen…"), self._erase_personal
        )
        self.quit_action = self._action(
            self.tr("&Afsluiten"), self.close, k.Quit, needs_context=False
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.undo_action.setShortcut(k.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Opnie&uw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(k.Redo)])
        self.find_action = self._action(
            self.tr("&Zoeken"), self.focus_search, k.Find, needs_context=False
        )
        self.refresh_action = self._action(self.tr("&Vernieuwen"), self.refresh, k.Refresh)
        self.about_action = self._action(
            self.tr("&Over {app}").format(app=APP_NAME), self.show_about
        )
        self.check_action = self._action(self.tr("Database &controleren"), self._check_database)
        self.years_action = self._action(self.tr("Pro&jectjaren…"), self.show_project_years)
        self.sync_action = self._action(
            self.tr("&Synchroniseren"), self._synchronise, QKeySequence("F9")
        )
        self.sync_action.setToolTip(self.tr("Synchroniseren met de teamdatabase (F9)"))
        self.sync_action.setStatusTip(
            self.tr("Uw wijzigingen naar de teamdatabase sturen en die van het team ontvangen")
        )

        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&Bestand"))
        edit_menu = menu_bar.addMenu(self.tr("Be&werken"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = menu_bar.addMenu(self.tr("Beel&d"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.government_notes_action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu.addMenu(self.tr("&Taal")))
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        # F1 is context help (the rule of a chosen finding, otherwise the guide); the menu's
        # Handleiding always opens the guide and shows F1 as its key.
        f1 = QKeySequence(k.HelpContents).toString(QKeySequence.SequenceFormat.NativeText)
        self.guide_action = self._action(
            self.tr("&Handleiding") + "\t" + f1, self._show_guide, needs_context=False
        )
        self.rules_action = self._action(self.tr("&Regels"), self._show_rules, needs_context=False)
        self.context_help_action = self._action(
            self.tr("Help"), self._show_help, k.HelpContents, needs_context=False
        )
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.rules_action)
        help_menu.addSeparator()
        help_menu.addAction(self.check_action)
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.new_note_action)
        # The menu's undo/redo name what they undo and grow with it; on the toolbar that
        # would push the year selector out of sight, so its buttons keep a short text.
        self.undo_button = self._short_twin(self.tr("Ongedaan maken"), self.undo_action)
        self.redo_button = self._short_twin(self.tr("Opnieuw"), self.redo_action)
        toolbar.addAction(self.undo_button)
        toolbar.addAction(self.redo_button)
        toolbar.addSeparator()
        toolbar.addAction(self.sync_action)
        toolbar.addSeparator()
        label = QLabel(self.tr(" Projectjaar: "))
        self.year = QComboBox()
        self.year.setObjectName("yearChooser")
        self.year.setAccessibleName(self.tr("Projectjaar voor de regelcontrole"))
        self.year.setEnabled(False)  # until attached
        self.year.currentIndexChanged.connect(self._year_chosen)
        label.setBuddy(self.year)
        toolbar.addWidget(label)
        toolbar.addWidget(self.year)
        self.calendar_notice = QLabel()
        self.calendar_notice.setAccessibleName(self.tr("Melding over het projectjaar"))
        self.statusBar().addPermanentWidget(self.calendar_notice)

    def _build_language_menu(self, menu: QMenu) -> None:
        """Beeld › Taal: the languages by their own names, the one stored checked. A choice
        is stored and takes effect at the next start."""
        group = QActionGroup(self)
        group.setExclusive(True)
        stored = chosen_language(self.settings)
        self.language_actions: dict[Language, QAction] = {}
        for language in Language:
            action = QAction(language.native_name, group)
            action.setCheckable(True)
            action.setChecked(language is stored)
            action.triggered.connect(
                lambda _on=False, chosen=language: self.choose_language(chosen)
            )
            menu.addAction(action)
            self.language_actions[language] = action

    def choose_language(self, language: Language) -> None:
        """Store ``language`` for the next start and say so (the window keeps its language)."""
        from . import messages

        if language is chosen_language(self.settings):
            return
        choose_language(self.settings, language)
        self.language_actions[language].setChecked(True)
        if language is current_language():
            text = self.tr("De taal blijft {language}.")
        else:
            text = self.tr("De taal wordt {language} bij de volgende start van {app}.")
        messages.info(
            self, self.tr("Taal"), text.format(app=APP_NAME, language=language.native_name)
        )

    def _fill_file_menu(self) -> None:
        """The File menu, with what needs the open database (backups, packages, calendar,
        the team)."""
        from . import backups_dialog, calendar_export_action, package_dialogs, team_sync

        menu = self.file_menu
        menu.clear()
        menu.addAction(self.new_action)
        menu.addAction(self.new_note_action)
        menu.addAction(self.close_tab_action)
        menu.addSeparator()
        menu.addAction(self.years_action)
        self.backups_action = backups_dialog.install(
            self, menu, self.context, self.settings, MainWindow
        )
        self.package_export_action, self.package_import_action = package_dialogs.install(
            self, menu, self.context
        )
        self.calendar_action = self._action(
            calendar_export_action.menu_text(),
            lambda: calendar_export_action.export_calendar(self.context, self),
        )
        menu.addAction(self.calendar_action)
        privacy_menu = menu.addMenu(self.tr("&Privacy"))
        privacy_menu.addAction(self.privacy_export_action)
        privacy_menu.addAction(self.privacy_erase_action)
        self.team: TeamSync = team_sync.install(
            self, menu, self.context, self.settings, self.sync_action
        )
        menu.addSeparator()
        menu.addAction(self.quit_action)

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

    # --- the actions' slots (their modules imported when first used) ------------------------
    def _export_government(self) -> None:
        from .notes import privacy_actions

        privacy_actions.export_government(self.context, self)

    def _erase_personal(self) -> None:
        from .notes import privacy_actions

        privacy_actions.erase_personal(self.context, self)

    def _synchronise(self) -> None:
        self.team.synchronise()

    def _check_database(self) -> None:
        from .doctor_action import check_database

        check_database(self.context, self)

    def _show_guide(self) -> None:
        from .help_window import show_guide

        show_guide(self)

    def _show_rules(self) -> None:
        from .help_window import show_rules

        show_rules(self)

    def _show_help(self) -> None:
        from .help_window import show_help

        show_help(self)

    # --- the programme's calendar -------------------------------------------------------
    def _fill_years(self, numbers: list[int], chosen: int) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for number in numbers:
            self.year.addItem(year_label(number), number)
        self.year.setCurrentIndex(max(self.year.findData(chosen), 0))
        self.year.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        if self.attached and self.year.currentData() is not None:
            self.context.set_year(int(self.year.currentData()))

    def _year_shown(self, year: int) -> None:
        from ..services.calendar import current_year

        select_data(self.year, year)
        self._show_calendar_notice(current_year(self.db))

    def _show_calendar_notice(self, working: WorkingYear) -> None:
        shown = self.context.year if self.attached else self.year.currentData()
        notice = working.notice_in(current_language()) if working.number == shown else ""
        self.calendar_notice.setText(notice)

    def _calendar_changed(self, changes: ChangeSet) -> None:
        from ..services.calendar import current_year, known_years

        if "project_year" not in changes.tables:
            return
        self._fill_years(known_years(self.db), self.context.year)
        self._show_calendar_notice(current_year(self.db))

    def offer_next_year(self) -> None:
        """When today is past the last project year, say so once and offer to add the next.

        After each year added the app moves to the year that holds today; while today is
        still past the last one, the next is offered again (a user back after two years).
        """
        from .. import formatting
        from ..domain.calendar import Situation
        from ..services.calendar import current_year
        from . import messages
        from .project_years_dialog import add_next_year

        while True:
            working = current_year(self.db)
            if working.situation is not Situation.AFTER_LAST:
                return
            following = working.number + 1
            ended = formatting.date(working.year.end, locale=babel_locale())
            if not messages.confirm(
                self,
                self.tr("Projectjaar afgelopen"),
                self.tr(
                    "Projectjaar {number} liep af op {date}. Projectjaar {following} toevoegen?"
                ).format(number=working.number, date=ended, following=following),
                yes=self.tr("Projectjaar {following} toevoegen…").format(following=following),
                no=self.tr("Later"),
            ):
                return
            if not add_next_year(self.context, self):
                return
            self.context.set_year(current_year(self.db).number)

    def show_project_years(self) -> None:
        from .project_years_dialog import ProjectYearsDialog

        ProjectYearsDialog(self.context, self).exec()

    # --- pages ------------------------------------------------------------------------
    def _make_page(self, key: str) -> QWidget:
        context = self.context
        if key == "notes":
            from .notes.notes_page import NotesPage

            return NotesPage(context, self)
        if key == "sessions":
            from .notes.sessions_page import SessionsPage

            return SessionsPage(context, self)
        if key == "governments":
            from .governments_page import GovernmentsPage

            return GovernmentsPage(context, self)
        if key == "catalogue":
            from .catalogue_page import CataloguePage

            return CataloguePage(context, self)
        if key == "reports":
            from .reports_page import ReportsPage

            return ReportsPage(context, self)
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """The fixed page ``key`` (see FIXED_TABS), built now if it was not yet."""
        built = self._pages.get(key)
        if built is not None:
            return built
        page = self._make_page(key)
        self._pages[key] = page
        placeholder = self._placeholders.pop(key)
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        label = self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, label)
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        table = getattr(page, "table", None)
        if key in REMEMBERED_TABLES and table is not None:
            table.restore_columns(self.settings)
        return page

    def built(self, key: str) -> bool:
        """Whether the fixed page ``key`` has been built (shown or asked for)."""
        return key in self._pages

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for key, placeholder in list(self._placeholders.items()):
            if placeholder is widget and self.attached:
                self.page(key)

    @property
    def notes(self) -> NotesPage:
        return cast("NotesPage", self.page("notes"))

    @property
    def sessions(self) -> SessionsPage:
        return cast("SessionsPage", self.page("sessions"))

    @property
    def governments(self) -> GovernmentsPage:
        return cast("GovernmentsPage", self.page("governments"))

    @property
    def catalogue(self) -> CataloguePage:
        return cast("CataloguePage", self.page("catalogue"))

    @property
    def reports(self) -> ReportsPage:
        return cast("ReportsPage", self.page("reports"))

    def refresh(self) -> None:
        for page in list(self._pages.values()):
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        for page in self.partnership_pages():
            page.refresh()
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=self.database_path))

    def partnership_pages(self) -> list[PartnershipPage]:
        if _PARTNERSHIP_PAGE not in sys.modules:
            return []  # none opened yet (and its module stays unloaded until one is)
        from .partnership.page import PartnershipPage

        return [
            page
            for i in range(self.tabs.count())
            if isinstance(page := self.tabs.widget(i), PartnershipPage)
        ]

    def open_partnership(self, partnership_id: str) -> PartnershipPage:
        from .partnership.page import PartnershipPage

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
        if page in self.partnership_pages():
            page.save_layout(self.settings)
            self.tabs.removeTab(index)
            page.deleteLater()

    def new_partnership(self) -> None:
        from ..services.calendar import known_years
        from .new_partnership_dialog import NewPartnershipDialog

        if not self.attached:
            return
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
        from .notes.editor import open_editor
        from .notes.presets import preset_for

        page = self.tabs.currentWidget()
        return open_editor(self.context, self, preset=preset_for(page))

    def show_government_notes(self) -> None:
        """The notes of the government chosen on the governments page."""
        chosen = self.governments.selected() if self.built("governments") else None
        notes = self.notes
        self.tabs.setCurrentWidget(notes)
        if chosen is not None:
            notes.show_government(chosen.nis_code)

    def report_for(self, partnership_id: str) -> None:
        """The Reports tab, with ``partnership_id`` chosen in its form."""
        page = self.reports
        self.tabs.setCurrentWidget(page)
        combo = page.form.partnership
        if combo.findData(partnership_id) < 0:
            page.refresh()
        combo.setCurrentIndex(max(combo.findData(partnership_id), 0))
        page.form.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(str(self.database_path), self).exec()

    # --- state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.portfolio.table.restore_columns(self.settings)

    def save_state(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/state", self.saveState())
        for key in REMEMBERED_TABLES:
            table = getattr(self._pages.get(key), "table", None)
            if table is not None:
                table.save_columns(self.settings)
        for page in self.partnership_pages():
            page.save_layout(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
