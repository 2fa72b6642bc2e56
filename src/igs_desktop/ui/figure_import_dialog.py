"""Importing the yearly figures table: read in the background, preview, then store at once.

The file is read off the GUI thread (``read_in_background``); the dialog then matches its rows
to the governments for the chosen project year (again when the year changes: a municipality
that merged before the year began counts with its successor) and shows every row: where it
lands, the figure stored now and the new one. Importing is one step on the undo stack.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services.editing import ValidationError
from ..services.figure_import import FigureFile, FigureImport, FigureMatch, prepare_import
from ..services.rules import known_years
from . import colors
from .context import AppContext
from .i18n import QT_TRANSLATE_NOOP, translate
from .table_model import Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale, tab_in_visual_order, year_combo
from .worker import Progress

CHANGES = (  # the values of FigureMatch.change, in the order the summary counts them
    str(QT_TRANSLATE_NOOP("FigureImportDialog", "nieuw")),
    str(QT_TRANSLATE_NOOP("FigureImportDialog", "gewijzigd")),
    str(QT_TRANSLATE_NOOP("FigureImportDialog", "ongewijzigd")),
)


def change_word(change: str) -> str:
    """A row's change ("nieuw", "gewijzigd", "ongewijzigd") in the window's language."""
    return translate("FigureImportDialog", change) if change in CHANGES else change


def preview_columns() -> list[Column[FigureMatch]]:
    locale = babel_locale()
    return [
        Column(
            translate("FigureImportDialog", "Rij"),
            lambda m: str(m.row),
            sort_key=lambda m: m.row,
            align_right=True,
        ),
        Column(translate("FigureImportDialog", "In het bestand"), lambda m: m.in_file),
        Column(
            translate("FigureImportDialog", "Lokaal bestuur"),
            lambda m: m.via or m.name,
            tooltip=translate(
                "FigureImportDialog",
                "Een gemeente die vóór het projectjaar fuseerde, telt bij de fusiegemeente (→).",
            ),
        ),
        Column(
            translate("FigureImportDialog", "Nu"),
            lambda m: formatting.number(m.current, locale=locale),
            align_right=True,
        ),
        Column(
            translate("FigureImportDialog", "Nieuw"),
            lambda m: formatting.number(m.non_eu14, locale=locale),
            align_right=True,
        ),
        Column("", lambda m: change_word(m.change)),
    ]


class FigureImportDialog(QDialog):
    """Shows what a file holds and where each row lands; imports only when every row is
    right."""

    def __init__(self, context: AppContext, parsed: FigureFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.parsed = parsed
        self.plan: FigureImport | None = None
        self.imported = False
        self.setWindowTitle(self.tr("Cijfers importeren uit {file}").format(file=parsed.path.name))
        self.resize(720, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problemen in het bestand"))
        self.problems.setTabKeyNavigation(False)
        self.preview_model: RowTableModel[FigureMatch] = RowTableModel(preview_columns(), self)
        self.preview = RowTableView(self.tr("Cijfers in het bestand"))
        self.preview.setModel(self.preview_model)
        self.preview.setSortingEnabled(False)
        self.year = year_combo(known_years(context.db), context.year)
        self.year.setAccessibleName(self.tr("Projectjaar van de cijfers"))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Bron van de cijfers"))
        self.source.setPlaceholderText(
            self.tr("bv. Agentschap Integratie en Inburgering, tabel 2024")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Projectjaar:"), self.year)
        form.addRow(self.tr("&Bron:"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Importeren"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.preview, 2)
        layout.addLayout(form)
        layout.addWidget(buttons)
        tab_in_visual_order(buttons)
        self.year.currentIndexChanged.connect(self.rematch)
        self.rematch()

    def rematch(self) -> None:
        """Match the rows for the chosen project year and show the result."""
        year = self.year.currentData()
        try:
            self.plan = None if year is None else prepare_import(self.context.db, self.parsed, year)
        except ValidationError as exc:
            self.plan = None
            self.summary.setText(html.escape(str(exc)))
        plan = self.plan
        self.problems.clear()
        self.preview_model.set_rows(plan.matches if plan else [])
        self.preview.fit_columns_once()
        self.import_button.setEnabled(plan is not None and plan.ok)
        if plan is None:
            self.problems.hide()
            return
        for problem in plan.problems:
            self.problems.addItem(str(problem))
            self.problems.item(self.problems.count() - 1).setForeground(colors.ERROR)
        if plan.more_problems:
            more = plan.more_problems
            text = (
                self.tr("… en nog {count} probleem")
                if more == 1
                else self.tr("… en nog {count} problemen")
            )
            self.problems.addItem(text.format(count=formatting.number(more, locale=babel_locale())))
        self.problems.setVisible(bool(plan.problem_count))
        self.summary.setText(_summary(plan))

    def run_import(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        figures, year = self.plan.figures, self.plan.year
        source, origin = self.source.text(), self.parsed.path.name
        workbench = self.context.workbench
        if self.context.execute(
            lambda: workbench.import_figures(figures, year, source, origin), self
        ):
            self.imported = True
            self.accept()


def _summary(plan: FigureImport) -> str:
    """What the file holds for the year, as rich text (the file's own words escaped)."""
    figures = len(plan.matches)
    counts = ", ".join(f"{plan.count(c)} {change_word(c)}" for c in CHANGES)
    text = (
        translate(
            "FigureImportDialog",
            "<b>{count}</b> cijfer voor projectjaar {year} (kolommen {columns}): {counts}.",
        )
        if figures == 1
        else translate(
            "FigureImportDialog",
            "<b>{count}</b> cijfers voor projectjaar {year} (kolommen {columns}): {counts}.",
        )
    ).format(count=figures, year=plan.year, columns=html.escape(plan.table.columns), counts=counts)
    merged = sum(1 for m in plan.matches if m.via)
    if merged:
        text += " " + (
            translate(
                "FigureImportDialog", "{count} rij hoort bij een fusiegemeente (→ in de lijst)."
            )
            if merged == 1
            else translate(
                "FigureImportDialog", "{count} rijen horen bij een fusiegemeente (→ in de lijst)."
            )
        ).format(count=merged)
    count = plan.problem_count
    if count:
        text += " " + (
            translate(
                "FigureImportDialog",
                "<b>{count} probleem</b>: er wordt niets geïmporteerd tot het bestand verbeterd "
                "is.",
            )
            if count == 1
            else translate(
                "FigureImportDialog",
                "<b>{count} problemen</b>: er wordt niets geïmporteerd tot het bestand verbeterd "
                "is.",
            )
        ).format(count=count)
    return text


def read_in_background(path: Path, known: object = None) -> Callable[[Progress], FigureFile]:
    """The work function for ui.worker: read and check the file off the GUI thread.

    ``known`` is not used any more (the dialog matches the rows to the governments for the
    year chosen in it); it stays for callers that still pass it."""
    from ..services.figure_import import read_figure_file

    def work(progress: Progress) -> FigureFile:
        progress(0.1, translate("FigureImportDialog", "{file} lezen…").format(file=path.name))
        return read_figure_file(path)

    return work
