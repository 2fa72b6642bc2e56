"""The Reports page: choose a report, make it in the background, preview, save, print."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

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
from ..services.overview import partnership_choices
from ..services.report_request import ProducedReport, ReportRequest
from ..services.rules import known_years
from . import messages
from .context import AppContext
from .i18n import translate
from .lazy_refresh import RefreshWhenVisible
from .report_form import ReportForm, report_title
from .table_model import KEY, MINOR, ROW_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale
from .worker import run_in_background


def history_columns() -> list[Column]:
    """The side panel is narrow: when, what and for which year stay; period and file give
    way (elided, the whole text in the tooltip)."""
    locale = babel_locale()

    def made(moment: dt.datetime) -> str:
        """``"29-11-2025 09:20"``: short, as the narrow history table has room for."""
        local = moment.astimezone()
        return f"{formatting.short_date(local.date(), locale=locale)} {local:%H:%M}"

    def period(r: Any) -> str:  # a ProducedReportRecord
        if not r.period_from:
            return ""
        start = formatting.short_date(r.period_from, locale=locale)
        return f"{start} – {formatting.short_date(r.period_to, locale=locale)}"

    return [
        Column(
            translate("ReportsPage", "Gemaakt"),
            lambda r: made(r.produced_at),
            sort_key=lambda r: r.produced_at,
            row_tooltip=lambda r: formatting.datetime(r.produced_at.astimezone(), locale=locale),
            priority=KEY,
        ),
        Column(translate("ReportsPage", "Soort"), lambda r: report_title(r.kind), priority=KEY),
        Column(translate("ReportsPage", "Projectjaar"), lambda r: str(r.project_year or "")),
        Column(translate("ReportsPage", "Periode"), period, priority=MINOR),
        Column(
            translate("ReportsPage", "Bestand"),
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
        self.progress.setAccessibleName(self.tr("Voortgang van het rapport"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setAccessibleName(self.tr("Voorbeeld van het rapport"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save_button = QPushButton(self.tr("Bewar&en als…"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("A&fdrukken…"))
        self.print_button.clicked.connect(self.print_report)
        self.folder_button = QPushButton(self.tr("Map &openen"))
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.save_button, self.print_button, self.folder_button):
            button.setEnabled(False)

        self.history: RowTableModel = RowTableModel(history_columns(), self)
        self.history_view = RowTableView(self.tr("Gemaakte rapporten"), "reports")
        self.history_view.setModel(self.history)
        self.history_view.setSortingEnabled(False)
        self.history_view.row_activated.connect(self._open_history_row)

        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        history_label = QLabel(self.tr("Gemaakte rapporten (Enter opent):"))
        history_label.setBuddy(self.history_view)
        left.addWidget(history_label)
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
        self.form.set_years(known_years(db))
        choices = partnership_choices(db, year)
        self.form.set_partnerships(choices, {c.id: c.named_members for c in choices})
        self.history.set_rows(report_records.report_history(db))
        self.history_view.fit_columns_once()

    def make_report(self, request: ReportRequest) -> None:
        if request.kind != "portfolio" and not request.partnership:
            messages.warn(self, self.tr("Rapport"), self.tr("Kies eerst een aanvrager."))
            return
        self.form.make_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Rapport maken…"))
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
            self.tr("{title} gemaakt: {file} ({size} kB)").format(
                title=report_title(produced.kind),
                file=produced.path.name,
                size=formatting.number(produced.size // 1024, locale=babel_locale()),
            )
        )
        self.show_pdf(produced.path)
        self.context.notify()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.form.make_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Het rapport is niet gemaakt."))
        messages.warn(self, self.tr("Rapport niet gemaakt"), str(exc))

    def show_pdf(self, path: Path) -> None:
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            messages.warn(
                self,
                self.tr("Voorbeeld"),
                self.tr("{file} kan niet getoond worden ({error}).").format(
                    file=path, error=error.name
                ),
            )
            return
        self.current = path
        for button in (self.save_button, self.print_button, self.folder_button):
            button.setEnabled(True)

    def _open_history_row(self, view_row: int) -> None:
        row = self.history_view.model().index(view_row, 0).data(ROW_ROLE)
        path = Path(row.file_path)
        if not path.exists():
            messages.warn(
                self, self.tr("Rapport"), self.tr("{file} bestaat niet meer.").format(file=path)
            )
            return
        self.show_pdf(path)

    def save_as(self) -> None:
        if self.current is None:
            return
        target = messages.save_file(
            self, self.tr("Rapport bewaren"), self.current.name, self.tr("PDF (*.pdf)")
        )
        if target:
            try:  # the save dialog asked about an existing file; the rest is checked here
                checked = self.context.workbench.checked_output(Path(target), overwrite=True)
                shutil.copyfile(self.current, checked)
            except ValidationError as exc:
                messages.warn(self, self.tr("Niet bewaard"), str(exc))
            except OSError as exc:
                messages.warn(self, self.tr("Niet bewaard"), f"{target}: {exc.strerror or exc}")

    def open_folder(self) -> None:
        if self.current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current.parent)))

    def print_report(self) -> None:
        from .printing import print_pdf

        if self.current is not None:
            print_pdf(self.document, self)
