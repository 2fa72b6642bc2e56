"""Importing the yearly figures table: read in the background, preview, then store at once."""

from __future__ import annotations

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

from ..services.figure_import import FigureFile
from ..services.rules import known_years
from . import colors
from .context import AppContext
from .widgets import year_combo


class FigureImportDialog(QDialog):
    """Shows what a file holds; imports only when every line is right."""

    def __init__(self, context: AppContext, parsed: FigureFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.parsed = parsed
        self.imported = False
        self.setWindowTitle(f"Cijfers importeren uit {parsed.path.name}")
        self.resize(620, 440)
        ok = not parsed.problems
        summary = QLabel(
            f"<b>{len(parsed.lines)}</b> cijfers gevonden (kolommen '{parsed.nis_header}' en "
            f"'{parsed.figure_header}')."
            + (
                ""
                if ok
                else f" <b>{len(parsed.problems)} probleem/problemen</b>: er wordt "
                "niets geïmporteerd tot het bestand verbeterd is."
            )
        )
        summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problemen in het bestand")
        for problem in parsed.problems:
            self.problems.addItem(problem)
            self.problems.item(self.problems.count() - 1).setForeground(colors.ERROR)
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
        self.import_button.setEnabled(ok)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if parsed.problems:
            layout.addWidget(self.problems, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def run_import(self) -> None:
        figures = {line.nis_code: line.non_eu14 for line in self.parsed.lines}
        year, source = int(self.year.currentData()), self.source.text()
        service = self.context.portfolio
        if self.context.execute(lambda: service.import_figures(figures, year, source), self):
            self.imported = True
            self.accept()


def read_in_background(path: Path, known: set[str]):  # type: ignore[no-untyped-def]
    """The work function for ui.worker: read and check the file off the GUI thread."""
    from ..services.figure_import import read_figure_file

    def work(progress):  # type: ignore[no-untyped-def]
        progress(0.1, f"{path.name} lezen…")
        return read_figure_file(path, known)

    return work
