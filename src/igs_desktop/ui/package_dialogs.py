"""Bestand › Overdrachtspakket exporteren… and importeren…: a portfolio handed over to a
colleague as one ``.igs`` file (``services.handover``).

Export: choose all partnerships or some, then a file; the package is written in the
background. Import: choose a file; the dialog checks it in the background and lists what is
new, updated and in conflict, with a choice per conflict; the import (a backup first, then one
transaction) runs in the background too, and lands on the undo stack as one step.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.editing import ValidationError
from ..services.handover import (
    CHOICE_LABELS,
    SUFFIX,
    ConflictChoice,
    ItemStatus,
    PackageExportSummary,
    PackageImportResult,
    PackageItem,
    PackagePreview,
    export_package,
    import_package,
    partnership_choices,
    preview_package,
)
from . import messages
from .context import AppContext, OutcomeCommand
from .i18n import QT_TRANSLATE_NOOP, translate
from .widgets import tab_in_visual_order
from .worker import run_in_background

log = logging.getLogger(__name__)
BRUSSELS = ZoneInfo("Europe/Brussels")


def filters() -> str:
    """The file dialogs' filters: packages, or every file."""
    packages = translate("PackageDialogs", "Overdrachtspakketten (*{suffix})").format(suffix=SUFFIX)
    return f"{packages};;{messages.all_files()}"


EXPORT_INTRO = str(
    QT_TRANSLATE_NOOP(
        "PackageDialogs",
        "Draag je portefeuille over aan een collega: het pakket bevat de samenwerkingsverbanden "
        "met hun leden, acties en KPI's, subsidies, doorstortingen, stimulansen en trajecten, de "
        "notities met hun bijlagen, de kennisdelingen, de opvolgingen en de bevolkingscijfers "
        "van de leden. De database zelf verandert niet.",
    )
)
IMPORT_NOTE = str(
    QT_TRANSLATE_NOOP(
        "PackageDialogs",
        "Vóór het importeren maakt IGS Desktop een back-up. Het importeren is één stap: Bewerken › "
        "Ongedaan maken zet alles terug.",
    )
)
GROUPS = (
    (
        ItemStatus.CONFLICT,
        str(QT_TRANSLATE_NOOP("PackageDialogs", "Conflicten: hier én in het pakket gewijzigd")),
    ),
    (ItemStatus.ADDED, str(QT_TRANSLATE_NOOP("PackageDialogs", "Nieuw"))),
    (
        ItemStatus.UPDATED,
        str(QT_TRANSLATE_NOOP("PackageDialogs", "Bijgewerkt (alleen in het pakket gewijzigd)")),
    ),
    (
        ItemStatus.OLDER,
        str(QT_TRANSLATE_NOOP("PackageDialogs", "Hier nieuwer (blijft zoals hier)")),
    ),
    (ItemStatus.UNCHANGED, str(QT_TRANSLATE_NOOP("PackageDialogs", "Ongewijzigd"))),
)

COLUMNS = (
    str(QT_TRANSLATE_NOOP("PackageDialogs", "Record")),
    str(QT_TRANSLATE_NOOP("PackageDialogs", "Soort")),
    str(QT_TRANSLATE_NOOP("PackageDialogs", "Gewijzigd\nhier")),
    str(QT_TRANSLATE_NOOP("PackageDialogs", "Gewijzigd\nin het pakket")),
    str(QT_TRANSLATE_NOOP("PackageDialogs", "Keuze")),
)
CHOICE_COLUMN = 4


def _short(moment: dt.datetime | None) -> str:
    """A moment in Belgian time, compact: "29-11-2026 10:14"."""
    if moment is None:
        return translate("PackageDialogs", "onbekend")
    return f"{moment.astimezone(BRUSSELS):%d-%m-%Y %H:%M}"


def _failure(parent: QWidget | None, title: str, exc: BaseException, details: str) -> None:
    if isinstance(exc, ValidationError | OSError):
        messages.warn(parent, title, str(exc))
    else:
        log.error("%s: %s", title, details)
        messages.error(
            parent,
            title,
            translate("PackageDialogs", "Er ging iets mis: {problem}").format(problem=exc),
            details,
        )


# --- export ---------------------------------------------------------------------------------
class PackageExportDialog(QDialog):
    """Which partnerships go in the package; then the file, then writing it (background)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: PackageExportSummary | None = None
        self.setWindowTitle(self.tr("Overdrachtspakket exporteren"))
        intro = QLabel(translate("PackageDialogs", EXPORT_INTRO))
        intro.setWordWrap(True)
        self.all_button = QRadioButton(self.tr("&Alle samenwerkingsverbanden, met alle notities"))
        self.some_button = QRadioButton(self.tr("Alleen de &gekozen samenwerkingsverbanden:"))
        self.all_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.some_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Samenwerkingsverbanden voor het pakket"))
        self.list.setTabKeyNavigation(False)
        for partnership_id, name in partnership_choices(context.workbench):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, partnership_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setEnabled(False)
        self.some_button.toggled.connect(self.list.setEnabled)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.some_button.toggled.connect(lambda _on: self._update())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Het pakket wordt geschreven"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Exporteren…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.all_button)
        layout.addWidget(self.some_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        tab_in_visual_order(self.buttons)
        self.resize(560, 480)

    def chosen(self) -> list[str] | None:
        """The ids of the checked partnerships, or None for all."""
        if self.all_button.isChecked():
            return None
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        chosen = self.chosen()
        self.export_button.setEnabled(chosen is None or bool(chosen))

    def choose_file(self) -> None:
        suggested = f"overdracht-{dt.date.today():%Y-%m-%d}{SUFFIX}"
        target = messages.save_file(
            self, self.tr("Overdrachtspakket opslaan als"), suggested, filters()
        )
        if target:
            path = Path(target)
            self.start(path if path.suffix else path.with_suffix(SUFFIX))

    def start(self, path: Path) -> None:
        """Write the package to ``path`` (the save dialog asked before replacing a file)."""
        workbench, chosen = self.context.workbench, self.chosen()
        self._busy(True)
        run_in_background(
            lambda progress: export_package(
                workbench, path, chosen, overwrite=True, progress=progress
            ),
            self._done,
            self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _done(self, summary: PackageExportSummary) -> None:
        self._busy(False)
        self.summary = summary
        self.accept()
        messages.info(
            self.parentWidget(), self.tr("Overdrachtspakket geschreven"), "\n".join(summary.lines())
        )

    def _failed(self, exc: BaseException, details: str) -> None:
        self._busy(False)
        _failure(self, self.tr("Niet geëxporteerd"), exc, details)


# --- import ---------------------------------------------------------------------------------
class PackageImportDialog(QDialog):
    """A package checked in the background, what importing it would do, a choice per
    conflict, and the import itself."""

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.preview: PackagePreview | None = None
        self.import_result: PackageImportResult | None = None
        self.problem = ""
        self.choices: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Overdrachtspakket importeren"))
        self.source = QLabel(self.tr("{file} wordt nagekeken…").format(file=html.escape(path.name)))
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setWordWrap(True)
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.all_label = QLabel(self.tr("Voor alle &conflicten:"))
        self.all_choice = QComboBox()
        self.all_choice.setAccessibleName(self.tr("Keuze voor alle conflicten"))
        self.all_choice.addItem(self.tr("(per conflict kiezen)"), None)
        for choice, label in CHOICE_LABELS.items():
            self.all_choice.addItem(label, choice)
        self.all_choice.currentIndexChanged.connect(self._choose_all)
        self.all_label.setBuddy(self.all_choice)
        choose_all = QHBoxLayout()
        choose_all.addWidget(self.all_label)
        choose_all.addWidget(self.all_choice)
        choose_all.addStretch(1)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Wat het pakket bevat"))
        self.tree.setTabKeyNavigation(False)
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([translate("PackageDialogs", c) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(translate("PackageDialogs", IMPORT_NOTE))
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Het pakket wordt nagekeken of geïmporteerd"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.summary)
        layout.addLayout(choose_all)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        tab_in_visual_order(self.buttons)
        self._show_choose_all(False)
        self.setMinimumSize(820, 420)
        self.resize(960, 620)
        self._check()

    # --- checking the package (background: it reads the whole file) --------------------
    def _check(self) -> None:
        workbench, path = self.context.workbench, self.path
        run_in_background(
            lambda _progress: preview_package(workbench, path), self._checked, self._refused
        )

    def _checked(self, preview: PackagePreview) -> None:
        self.progress.hide()
        self.show_preview(preview)

    def _refused(self, exc: BaseException, details: str) -> None:
        self.progress.hide()
        self.problem = str(exc)
        name = html.escape(self.path.name)
        self.source.setText(
            "<b>" + self.tr("{file} kan niet geïmporteerd worden.").format(file=name) + "</b>"
        )
        self.summary.setText(self.problem)
        for part in (self.tree, self.note, self.import_button):
            part.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))
        self.setMinimumSize(0, 0)
        self.resize(640, 160)
        if not isinstance(exc, ValidationError | OSError):
            log.error("Checking %s failed: %s", self.path, details)

    def show_preview(self, preview: PackagePreview) -> None:
        self.preview = preview
        self.source.setText(html.escape(preview.source_line()))
        if preview.has_changes:
            self.summary.setText(
                self.tr(
                    'Kies bij elk conflict welke versie je houdt; "Allebei houden" voegt hun '
                    "versie toe als kopie (met nieuwe identificatie)."
                )
                if preview.conflicts
                else self.tr("Dit wordt toegevoegd of bijgewerkt:")
            )
        else:
            self.summary.setText(
                self.tr("Er is niets te importeren: alles in het pakket staat hier al.")
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))
        self.tree.clear()
        self.choices.clear()
        for status, title in GROUPS:
            items = preview.having(status)
            if not items:
                continue
            group = QTreeWidgetItem([f"{translate('PackageDialogs', title)} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for item in items:
                self._add_row(group, item)
            group.setExpanded(status in (ItemStatus.CONFLICT, ItemStatus.ADDED, ItemStatus.UPDATED))
        self._show_choose_all(bool(preview.conflicts))
        self.import_button.setEnabled(preview.has_changes)

    def _add_row(self, group: QTreeWidgetItem, item: PackageItem) -> None:
        conflict = item.status is ItemStatus.CONFLICT
        row = QTreeWidgetItem(
            [
                item.shown_label,
                item.kind_label,
                _short(item.mine_changed) if conflict else "",
                _short(item.theirs_changed) if conflict else "",
                "",
            ]
        )
        row.setToolTip(
            0,
            f"{item.kind_label} '{item.label}'" + (f": {item.changes_line()}" if conflict else ""),
        )
        group.addChild(row)
        if not conflict:
            return
        combo = QComboBox()
        combo.setAccessibleName(
            self.tr("Keuze voor {kind} {record}").format(kind=item.kind_label, record=item.label)
        )
        for choice, label in CHOICE_LABELS.items():
            if choice is ConflictChoice.BOTH and not item.can_keep_both:
                continue
            combo.addItem(label, choice)
        self.tree.setItemWidget(row, CHOICE_COLUMN, combo)
        self.choices[item.key] = combo

    def _show_choose_all(self, visible: bool) -> None:
        self.all_label.setVisible(visible)
        self.all_choice.setVisible(visible)

    def _choose_all(self, _index: int) -> None:
        choice = self.all_choice.currentData()
        if choice is None:
            return
        for combo in self.choices.values():
            found = combo.findData(choice)
            combo.setCurrentIndex(found if found >= 0 else 0)

    def set_choice(self, key: str, choice: ConflictChoice) -> None:
        combo = self.choices[key]
        combo.setCurrentIndex(combo.findData(choice))

    def chosen(self) -> dict[str, ConflictChoice]:
        return {key: ConflictChoice(combo.currentData()) for key, combo in self.choices.items()}

    # --- importing (background: a backup, the attachment files, the transaction) --------
    def start_import(self) -> None:
        preview = self.preview
        if preview is None:
            return
        workbench, chosen = self.context.workbench, self.chosen()
        self.progress.show()
        self.buttons.setEnabled(False)
        self.tree.setEnabled(False)
        run_in_background(
            lambda progress: import_package(workbench, preview, chosen, progress),
            self._imported,
            self._not_imported,
        )

    def _imported(self, result: PackageImportResult) -> None:
        self.progress.hide()
        self.import_result = result
        outcome = result.outcome
        if outcome.edits:  # as context.execute does: one step on the undo stack
            self.context.undo_stack.push(OutcomeCommand(self.context, outcome))
            self.context.changed.emit(outcome.changes)
        self.accept()
        messages.info(
            self.parentWidget(),
            self.tr("Overdrachtspakket geïmporteerd"),
            "\n".join(result.lines()),
        )

    def _not_imported(self, exc: BaseException, details: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.tree.setEnabled(True)
        _failure(self, self.tr("Niet geïmporteerd"), exc, details)


# --- the menu ---------------------------------------------------------------------------------
def export_portfolio(context: AppContext, parent: QWidget | None) -> None:
    PackageExportDialog(context, parent).exec()


def import_file(context: AppContext, parent: QWidget | None) -> None:
    target = messages.open_file(
        parent, translate("PackageDialogs", "Overdrachtspakket openen"), filters()
    )
    if target:
        PackageImportDialog(context, Path(target), parent).exec()


def install(window: QMainWindow, menu: QMenu, context: AppContext) -> tuple[QAction, QAction]:
    """Bestand › Overdrachtspakket exporteren… and importeren… on ``window``."""
    export_action = QAction(translate("PackageDialogs", "Overdrachtspakket e&xporteren…"), window)
    export_action.setStatusTip(
        translate("PackageDialogs", "De portefeuille in één bestand meegeven aan een collega")
    )
    export_action.triggered.connect(lambda: export_portfolio(context, window))
    import_action = QAction(translate("PackageDialogs", "Overdrachtspakket &importeren…"), window)
    import_action.setStatusTip(
        translate("PackageDialogs", "Een overdrachtspakket van een collega nakijken en opnemen")
    )
    import_action.triggered.connect(lambda: import_file(context, window))
    for action in (export_action, import_action):
        menu.addAction(action)
        window.addAction(action)
    return export_action, import_action
