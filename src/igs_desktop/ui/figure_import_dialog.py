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
from ..formatting import count_noun
from ..services.editing import ValidationError
from ..services.figure_import import FigureFile, FigureImport, FigureMatch, prepare_import
from ..services.rules import known_years
from . import colors
from .context import AppContext
from .table_model import Column, RowTableModel
from .table_view import RowTableView
from .widgets import year_combo
from .worker import Progress

PREVIEW_COLUMNS: list[Column[FigureMatch]] = [
    Column("Rij", lambda m: str(m.row), sort_key=lambda m: m.row, align_right=True),
    Column("In het bestand", lambda m: m.in_file),
    Column(
        "Lokaal bestuur",
        lambda m: m.via or m.name,
        tooltip="Een gemeente die vóór het projectjaar fuseerde, telt bij de fusiegemeente (→).",
    ),
    Column("Nu", lambda m: formatting.number(m.current), align_right=True),
    Column("Nieuw", lambda m: formatting.number(m.non_eu14), align_right=True),
    Column("", lambda m: m.change),
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
        self.setWindowTitle(f"Cijfers importeren uit {parsed.path.name}")
        self.resize(720, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problemen in het bestand")
        self.preview_model: RowTableModel[FigureMatch] = RowTableModel(PREVIEW_COLUMNS, self)
        self.preview = RowTableView("Cijfers in het bestand")
        self.preview.setModel(self.preview_model)
        self.preview.setSortingEnabled(False)
        self.year = year_combo(known_years(context.db), context.year)
        self.year.setAccessibleName("Projectjaar van de cijfers")
        self.source = QLineEdit()
        self.source.setAccessibleName("Bron van de cijfers")
        self.source.setPlaceholderText("bv. Agentschap Integratie en Inburgering, tabel 2024")
        form = QFormLayout()
        form.addRow("&Projectjaar:", self.year)
        form.addRow("&Bron:", self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton("&Importeren")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.preview, 2)
        layout.addLayout(form)
        layout.addWidget(buttons)
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
            self.problems.addItem(
                f"… en nog {count_noun(plan.more_problems, 'probleem', 'problemen')}"
            )
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
    text = (
        f"<b>{len(plan.matches)}</b> cijfers voor projectjaar {plan.year} "
        f"(kolommen {html.escape(plan.table.columns)}): {plan.counts}."
    )
    merged = sum(1 for m in plan.matches if m.via)
    if merged:
        text += (
            f" {merged} {'rij hoort' if merged == 1 else 'rijen horen'} bij een fusiegemeente "
            "(→ in de lijst)."
        )
    count = plan.problem_count
    if count:
        text += (
            f" <b>{count} {'probleem' if count == 1 else 'problemen'}</b>: er wordt niets "
            "geïmporteerd tot het bestand verbeterd is."
        )
    return text


def read_in_background(path: Path, known: object = None) -> Callable[[Progress], FigureFile]:
    """The work function for ui.worker: read and check the file off the GUI thread.

    ``known`` is not used any more (the dialog matches the rows to the governments for the
    year chosen in it); it stays for callers that still pass it."""
    from ..services.figure_import import read_figure_file

    def work(progress: Progress) -> FigureFile:
        progress(0.1, f"{path.name} lezen…")
        return read_figure_file(path)

    return work
