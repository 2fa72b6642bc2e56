"""All local governments: region, province, latest figure, partnerships; figures editable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..formatting import count_noun
from ..services import reference
from ..services.reference import GovernmentInfo, RegionInfo
from .folding import fold as fold  # the filter boxes of other pages import it from here too
from .i18n import translate
from .lazy_refresh import RefreshWhenVisible
from .table_menu import MenuItem
from .table_model import KEY, MINOR, ROW_ROLE, SORT_ROLE, Column, RowTableModel
from .table_view import RowTableView
from .widgets import babel_locale, filter_combo, refill_combo, search_field

if TYPE_CHECKING:
    from ..services.figure_import import FigureFile
    from .context import AppContext

ALL = ""


@dataclass(frozen=True)
class GovernmentLine:
    """A government with the partnerships it is in, as the page lists it."""

    info: GovernmentInfo
    partnerships: tuple[str, ...] = ()


def government_columns() -> list[Column[GovernmentLine]]:
    """The page's columns in the window's language."""
    locale = babel_locale()
    return [
        Column(
            translate("GovernmentsPage", "Naam"), lambda g: g.info.name, priority=KEY, min_chars=16
        ),
        Column(translate("GovernmentsPage", "NIS-code"), lambda g: g.info.nis_code, min_chars=5),
        Column(
            translate("GovernmentsPage", "Provincie"),
            lambda g: g.info.province,
            priority=MINOR,
            min_chars=8,
        ),
        Column(
            translate("GovernmentsPage", "Referentieregio"),
            lambda g: g.info.region_name,
            min_chars=12,
        ),
        Column(
            translate("GovernmentsPage", "Niet-EU14 (laatste)"),
            lambda g: formatting.number(g.info.latest_figure, empty="", locale=locale),
            sort_key=lambda g: -1 if g.info.latest_figure is None else g.info.latest_figure,
            export=lambda g: g.info.latest_figure,
            priority=KEY,
            align_right=True,
            tooltip=translate(
                "GovernmentsPage", "Inwoners van niet-EU14-herkomst, laatst gekende cijfer"
            ),
        ),
        Column(
            translate("GovernmentsPage", "Projectjaar"),
            lambda g: "" if g.info.latest_figure_year is None else str(g.info.latest_figure_year),
            sort_key=lambda g: g.info.latest_figure_year or 0,
            export=lambda g: g.info.latest_figure_year,
            align_right=True,
        ),
        Column(
            translate("GovernmentsPage", "Samenwerkingsverband(en)"),
            lambda g: ", ".join(g.partnerships),
        ),
    ]


class GovernmentFilter(QSortFilterProxyModel):
    """Filters on name or NIS code (accents and case ignored), region and province."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._region = ALL
        self._province = ALL
        self.setSortRole(SORT_ROLE)

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self._text = fold(text.strip())
        self._refilter()

    def set_region(self, region_code: str) -> None:
        self._region = region_code
        self._refilter()

    def set_province(self, province: str) -> None:
        self._province = province
        self._refilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        line: GovernmentLine = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        g = line.info
        if self._region and g.region_code != self._region:
            return False
        if self._province and g.province != self._province:
            return False
        if not self._text:
            return True
        return self._text in fold(g.name) or g.nis_code.startswith(self._text)


class GovernmentsPage(QWidget):
    """The municipalities with filters; Enter or "Cijfers…" edits a government's figures."""

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: RowTableModel[GovernmentLine] = RowTableModel(government_columns(), self)
        self.proxy = GovernmentFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = search_field(
            self.tr("Zoek op naam of NIS-code…"), self.tr("Zoek lokaal bestuur")
        )
        self.search.textChanged.connect(self.proxy.set_text)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)

        self.region = filter_combo(self.tr("Filter op referentieregio"), self.tr("Alle regio's"))
        self.region.currentIndexChanged.connect(
            lambda _i: self.proxy.set_region(self.region.currentData() or ALL)
        )
        region_label = QLabel(self.tr("&Referentieregio:"))
        region_label.setBuddy(self.region)
        self.province = filter_combo(self.tr("Filter op provincie"), self.tr("Alle provincies"))
        self.province.currentIndexChanged.connect(
            lambda _i: self.proxy.set_province(self.province.currentData() or ALL)
        )
        province_label = QLabel(self.tr("&Provincie:"))
        province_label.setBuddy(self.province)
        self.figures_button = QPushButton(self.tr("&Cijfers…"))
        self.figures_button.setToolTip(
            self.tr("Bevolkingscijfers van het gekozen bestuur bekijken en bewerken")
        )
        self.figures_button.clicked.connect(self.edit_figures)
        self.figures_button.setEnabled(context is not None)
        self.import_button = QPushButton(self.tr("Cijfers &importeren…"))
        self.import_button.setToolTip(
            self.tr(
                "De jaarlijkse tabel van het agentschap (CSV of XLSX) met per NIS-code het "
                "aantal inwoners van niet-EU14-herkomst"
            )
        )
        self.import_button.clicked.connect(self.import_figures)
        self.import_button.setEnabled(context is not None)

        self.table = RowTableView(self.tr("Lokale besturen"), "governments")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.row_activated.connect(lambda _r: self.edit_figures())
        self.table.allow_several_rows()
        if context is not None:
            self.table.menu_items = [
                MenuItem(self.tr("&Cijfers…"), self.edit_figures, default=True)
            ]

        self.count = QLabel()
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(region_label)
        filters.addWidget(self.region, 1)
        filters.addWidget(province_label)
        filters.addWidget(self.province, 1)
        filters.addWidget(self.figures_button)
        filters.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        if context is not None:
            self.refresher = RefreshWhenVisible(self, self.refresh)
            context.changed.connect(self.refresher.request)
            context.year_changed.connect(self.refresher.request)

    def refresh(self) -> None:
        if self.context is None:
            return
        db = self.context.db
        self.set_data(
            reference.governments(db),
            reference.regions(db),
            reference.partnerships_by_government(db, self.context.year),
        )

    def set_data(
        self,
        governments: list[GovernmentInfo],
        regions: list[RegionInfo],
        partnerships: dict[str, list[str]] | None = None,
    ) -> None:
        partnerships = partnerships or {}
        refill_combo(self.region, [(f"{r.name} ({r.provinces})", r.code) for r in regions])
        provinces = sorted({g.province for g in governments if g.province})
        refill_combo(self.province, [(p, p) for p in provinces])
        current = self.selected()
        self.model.set_rows(
            [GovernmentLine(g, tuple(partnerships.get(g.nis_code, ()))) for g in governments]
        )
        self.table.fit_columns_once()
        if current is not None:
            self.select(current.nis_code)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = babel_locale()
        all_of_them = count_noun(
            total, self.tr("lokaal bestuur"), self.tr("lokale besturen"), locale
        )
        self.count.setText(
            all_of_them
            if shown == total
            else self.tr("{shown} van {total}").format(
                shown=formatting.number(shown, locale=locale), total=all_of_them
            )
        )

    def selected(self) -> GovernmentInfo | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE).info if index.isValid() else None

    def select(self, nis_code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).info.nis_code == nis_code:
                self.table.selectRow(row)
                return True
        return False

    def edit_figures(self) -> None:
        government = self.selected()
        if government is None or self.context is None:
            return
        from .figures_dialog import FiguresDialog

        FiguresDialog(self.context, government, self).exec()

    def import_figures(self) -> None:
        """Pick a file, read it in the background, then preview and import."""
        from pathlib import Path

        from . import messages
        from .figure_import_dialog import FigureImportDialog, read_in_background
        from .worker import run_in_background

        context = self.context
        if context is None:
            return
        chosen = messages.open_file(
            self,
            self.tr("Cijfers importeren"),
            self.tr("Tabellen (*.csv *.xlsx *.txt)") + ";;" + messages.all_files(),
        )
        if not chosen:
            return
        known = {g.nis_code for g in reference.governments(context.db, include_former=True)}
        self.import_button.setEnabled(False)
        self.count.setText(self.tr("{file} lezen…").format(file=Path(chosen).name))

        def done(parsed: FigureFile) -> None:
            self.import_button.setEnabled(True)
            self._update_count()
            FigureImportDialog(context, parsed, self).exec()

        def failed(exc: BaseException, _details: str) -> None:
            self.import_button.setEnabled(True)
            self._update_count()
            messages.warn(self, self.tr("Importeren lukt niet"), str(exc))

        self._import_worker = run_in_background(
            read_in_background(Path(chosen), known), done, failed
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
