"""The Reports page: choose a report, make it in the background, preview, save, print."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..services import report_records
from ..services.editing import ValidationError
from ..services.overview import portfolio
from ..services.report_request import TITLES, ProducedReport, ReportRequest
from ..services.rules import known_years, rule_context
from . import messages
from .context import AppContext
from .lazy_refresh import RefreshWhenVisible
from .report_form import ReportForm
from .table_model import KEY, MINOR, ROW_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .worker import run_in_background


def _made(moment: dt.datetime) -> str:
    """``"29-11-2025 09:20"``: short, as the narrow history table has room for."""
    local = moment.astimezone()
    return f"{formatting.short_date(local.date())} {local:%H:%M}"


# The side panel is narrow: when, what and for which year stay; period and file give way
# (elided, the whole text in the tooltip).
HISTORY_COLUMNS: list[Column] = [
    Column(
        "Gemaakt",
        lambda r: _made(r.produced_at),
        sort_key=lambda r: r.produced_at,
        row_tooltip=lambda r: formatting.datetime(r.produced_at.astimezone()),
        priority=KEY,
    ),
    Column("Soort", lambda r: TITLES.get(r.kind, r.kind), priority=KEY),
    Column("Projectjaar", lambda r: str(r.project_year or "")),
    Column(
        "Periode",
        lambda r: (
            f"{formatting.short_date(r.period_from)} – {formatting.short_date(r.period_to)}"
            if r.period_from
            else ""
        ),
        priority=MINOR,
    ),
    Column(
        "Bestand",
        lambda r: Path(r.file_path).name,
        row_tooltip=lambda r: r.file_path,
        priority=MINOR,
    ),
]


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: Path | None = None
        self.form = ReportForm(known_years(context.db), context.year, self)
        self.form.requested.connect(self.make_report)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Voortgang van het rapport")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setAccessibleName("Voorbeeld van het rapport")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save_button = QPushButton("&Bewaren als…")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton("Af&drukken…")
        self.print_button.clicked.connect(self.print_report)
        self.folder_button = QPushButton("Map &openen")
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.save_button, self.print_button, self.folder_button):
            button.setEnabled(False)

        self.history: RowTableModel = RowTableModel(HISTORY_COLUMNS, self)
        self.history_view = RowTableView("Gemaakte rapporten", "reports")
        self.history_view.setModel(self.history)
        self.history_view.setSortingEnabled(False)
        self.history_view.row_activated.connect(self._open_history_row)

        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(QLabel("Gemaakte rapporten (Enter opent):"))
        left.addWidget(self.history_view, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(self.preview, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        self.splitter = QSplitter()
        self.splitter.addWidget(left_widget)
        self.splitter.addWidget(right_widget)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([460, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.refresher = RefreshWhenVisible(self, self.refresh)
        context.changed.connect(self.refresher.request)

    def refresh(self) -> None:
        db, year = self.context.db, self.context.year
        rows = portfolio(db, year)
        rules = rule_context(db, year)
        members = {
            p.id: [(m.nis_code, m.government.name) for m in p.memberships if m.is_active(year)]
            for p in rules.partnerships
        }
        self.form.set_years(known_years(db))
        self.form.set_partnerships(rows, members)
        self.history.set_rows(report_records.report_history(db))
        self.history_view.fit_columns_once()

    def make_report(self, request: ReportRequest) -> None:
        if request.kind != "portfolio" and not request.partnership:
            messages.warn(self, "Rapport", "Kies eerst een aanvrager.")
            return
        self.form.make_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText("Rapport maken…")
        workbench = self.context.workbench
        self._worker = run_in_background(
            lambda progress: workbench.produce_report(request, progress=progress),
            self._done,
            self._failed,
            self._progress,
        )

    def _progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status.setText(text)

    def _done(self, produced: ProducedReport) -> None:
        self.form.make_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(
            f"{TITLES.get(produced.kind, produced.kind)} gemaakt: {produced.path.name} "
            f"({formatting.number(produced.size // 1024)} kB)"
        )
        self.show_pdf(produced.path)
        self.context.notify()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.form.make_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText("Het rapport is niet gemaakt.")
        messages.warn(self, "Rapport niet gemaakt", str(exc))

    def show_pdf(self, path: Path) -> None:
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            messages.warn(self, "Voorbeeld", f"{path} kan niet getoond worden ({error.name}).")
            return
        self.current = path
        for button in (self.save_button, self.print_button, self.folder_button):
            button.setEnabled(True)

    def _open_history_row(self, view_row: int) -> None:
        row = self.history_view.model().index(view_row, 0).data(ROW_ROLE)
        path = Path(row.file_path)
        if not path.exists():
            messages.warn(self, "Rapport", f"{path} bestaat niet meer.")
            return
        self.show_pdf(path)

    def save_as(self) -> None:
        if self.current is None:
            return
        target = messages.save_file(self, "Rapport bewaren", self.current.name, "PDF (*.pdf)")
        if target:
            try:  # the save dialog asked about an existing file; the rest is checked here
                checked = self.context.workbench.checked_output(Path(target), overwrite=True)
                shutil.copyfile(self.current, checked)
            except ValidationError as exc:
                messages.warn(self, "Niet bewaard", str(exc))
            except OSError as exc:
                messages.warn(self, "Niet bewaard", f"{target}: {exc.strerror or exc}")

    def open_folder(self) -> None:
        if self.current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current.parent)))

    def print_report(self) -> None:
        from .printing import print_pdf

        if self.current is not None:
            print_pdf(self.document, self)
