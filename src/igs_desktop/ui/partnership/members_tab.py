"""Members: who joined and left when, their figures with source, transfer arrangements."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...services import reference
from ...services.overview import (
    FigureRecord,
    MemberRecord,
    PartnershipDetail,
    partnership_choices,
)
from ...services.rules import known_years
from .. import colors
from ..context import AppContext
from ..figures_dialog import enter_figure
from ..i18n import translate
from ..table_menu import MenuItem
from ..table_model import KEY, MINOR, ROW_ROLE, SORT_ROLE, Column, RowTableModel
from ..table_view import RowTableView
from ..whatif_dialog import WhatIfDialog
from ..widgets import babel_locale
from .member_dialogs import AddMemberDialog, EditMemberDialog


def _years(joined: int, on: dt.date | None) -> str:
    """The project year a member joined or left, with the date when known: "pj 2 (01-03-2024)"."""
    year = translate("MembersTab", "pj {year}").format(year=joined)
    return year + (f" ({formatting.short_date(on, locale=babel_locale())})" if on else "")


class MembersTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self.read_only = False  # a colleague's partnership (set_read_only)
        # the columns where Enter or a double-click enters the figure, not edits the membership
        self.figure_columns: tuple[Column[MemberRecord], ...] = ()
        self.model: RowTableModel[MemberRecord] = RowTableModel(self._columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = RowTableView(self.tr("Leden"), "members")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Enter or double-click: on the figure's columns enter the figure, elsewhere edit
        self.table.row_activated.connect(lambda _r: self._activated())
        chosen = self._has_selection
        self.table.menu_items = [
            MenuItem(
                self.tr("Wijz&igen…"),
                self.edit_member,
                lambda: chosen() and not self.read_only,
                default=True,
            ),
            MenuItem(self.tr("&Cijfer invoeren…"), lambda: self.enter_figure(), chosen),
            None,
            MenuItem(self.tr("Wat als dit bestuur &uitstapt?"), self.what_if_leave, chosen),
            MenuItem(
                self.tr("Wat als … t&oetreedt?"), self.what_if_join, lambda: self.detail is not None
            ),
        ]

        self.add_button = QPushButton(self.tr("Lid &toevoegen…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("Wijz&igen…"))
        self.edit_button.clicked.connect(self.edit_member)
        self.figure_button = QPushButton(self.tr("&Cijfer invoeren…"))
        self.figure_button.setAccessibleName(
            self.tr("Bevolkingscijfer van het gekozen lid invoeren")
        )
        self.figure_button.setToolTip(
            self.tr(
                "Het aantal inwoners van niet-EU14-herkomst van het gekozen lid invoeren of "
                "verbeteren, met de bron, voor het getoonde projectjaar (of dubbelklik op het "
                "cijfer)"
            )
        )
        self.figure_button.clicked.connect(lambda: self.enter_figure())
        self.leave_button = QPushButton(self.tr("Wat als dit bestuur &uitstapt?"))
        self.leave_button.clicked.connect(self.what_if_leave)
        self.join_button = QPushButton(self.tr("Wat als … t&oetreedt?"))
        self.join_button.clicked.connect(self.what_if_join)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.setToolTip(
            self.tr("Verwijdert het lidmaatschap (ongedaan maken met Ctrl+Z)")
        )
        self.remove_button.clicked.connect(self.remove_member)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.activated.connect(self.remove_member)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.activated.connect(self.add_member)
        self.shortcuts = (delete, insert)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.figure_button,
            self.leave_button,
            self.join_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def _columns(self) -> list[Column[MemberRecord]]:
        def figure(m: MemberRecord) -> FigureRecord | None:
            return self.detail.figure(m.nis_code) if self.detail else None

        def active(m: MemberRecord) -> bool:
            return bool(self.detail and self.detail.active(m))

        locale = babel_locale()
        correct_tip = self.tr("Dubbelklik om het cijfer te verbeteren")
        missing_tip = self.tr(
            "Dubbelklik of kies 'Cijfer invoeren…' om het ontbrekende cijfer in te voeren"
        )
        submitter, active_text, inactive_text, missing, fictitious = (
            self.tr("indiener"),
            self.tr("actief"),
            self.tr("niet actief"),
            self.tr("ontbreekt"),
            self.tr(" (fictief)"),
        )

        def figure_tip(m: MemberRecord) -> str:
            return correct_tip if figure(m) else missing_tip

        figure_column = Column(
            self.tr("Niet-EU14"),
            lambda m: formatting.number(f.non_eu14, locale=locale) if (f := figure(m)) else missing,
            sort_key=lambda m: f.non_eu14 if (f := figure(m)) else -1,
            export=lambda m: f.non_eu14 if (f := figure(m)) else None,
            priority=KEY,
            align_right=True,
            foreground=lambda m: None if figure(m) else colors.WARNING,
            tooltip=self.tr("Inwoners van niet-EU14-herkomst in het gekozen projectjaar"),
            row_tooltip=figure_tip,
        )
        source_column = Column(
            self.tr("Bron cijfer"),
            lambda m: (f.source + (fictitious if f.fictitious else "")) if (f := figure(m)) else "",
            row_tooltip=figure_tip,
            min_chars=10,
            max_chars=30,
        )
        self.figure_columns = (figure_column, source_column)
        return [
            # The name, the figure and its source stay in view; region and NIS code give way.
            Column(
                self.tr("Lokaal bestuur"),
                lambda m: m.name,
                priority=KEY,
                min_chars=14,
                bold=lambda m: bool(self.detail and self.detail.record.submitter_nis == m.nis_code),
                row_tooltip=lambda m: (
                    submitter
                    if self.detail and self.detail.record.submitter_nis == m.nis_code
                    else ""
                ),
            ),
            Column(self.tr("NIS-code"), lambda m: m.nis_code, priority=MINOR, min_chars=5),
            Column(
                self.tr("Referentieregio"), lambda m: m.region_name, priority=MINOR, min_chars=8
            ),
            Column(
                self.tr("Status"),
                lambda m: active_text if active(m) else inactive_text,
                foreground=lambda m: None if active(m) else colors.WARNING,
            ),
            Column(
                self.tr("Toegetreden"),
                lambda m: _years(m.joined_year, m.joined_on),
                sort_key=lambda m: m.joined_year,
                min_chars=8,
            ),
            Column(
                self.tr("Uitgestapt"),
                lambda m: _years(m.left_year, m.left_on) if m.left_year else "",
                sort_key=lambda m: m.left_year or 99,
                priority=MINOR,
                min_chars=6,
            ),
            figure_column,
            source_column,
            Column(
                self.tr("Afspraak doorstorting"),
                lambda m: m.transfer_arrangement,
                priority=MINOR,
                min_chars=8,
            ),
        ]

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.detail = detail
        current = self.selected()
        self.model.set_rows(list(detail.members))
        self.table.export_title = self.tr("Leden {name} pj {year}").format(
            name=detail.record.name, year=detail.year
        )
        self.table.fit_columns_once()
        if current:
            self.select(current.nis_code)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: no member is added, changed or removed here (figures
        and the what-ifs stay: they change no membership)."""
        self.read_only = read_only
        for widget in (self.add_button, self.edit_button, self.remove_button, *self.shortcuts):
            widget.setEnabled(not read_only)

    def _has_selection(self) -> bool:
        return self.selected() is not None

    def selected(self) -> MemberRecord | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, nis_code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).nis_code == nis_code:
                self.table.selectRow(row)
                self.table.setFocus()
                return True
        return False

    def _membership_of(self) -> dict[str, str]:
        """Which partnership each government is active in this year (for the picker)."""
        choices = partnership_choices(self.context.db, self.context.year)
        return {nis: p.name for p in choices for nis in p.active_members}

    def _pick_government(self, title: str, ask_details: bool) -> AddMemberDialog | None:
        assert self.detail is not None
        active_regions = {m.region_code for m in self.detail.members if self.detail.active(m)}
        region = next(iter(active_regions)) if len(active_regions) == 1 else None
        current = {m.nis_code for m in self.detail.members if m.left_year is None}
        dialog = AddMemberDialog(
            reference.governments(self.context.db),
            region,
            self._membership_of(),
            current,
            known_years(self.context.db),
            self.context.year,
            title=title,
            ask_details=ask_details,
            parent=self,
        )
        return dialog if dialog.exec() and dialog.chosen() is not None else None

    def add_member(self) -> None:
        if self.detail is None or self.read_only:
            return
        dialog = self._pick_government(self.tr("Lid toevoegen"), ask_details=True)
        if dialog is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        service = self.context.portfolio
        year, on = dialog.joined_year.currentData(), dialog.joined_on.value()
        arrangement = dialog.arrangement.text().strip()
        self.context.execute(
            lambda: service.add_member(self.partnership_id, chosen.nis_code, year, on, arrangement),
            self,
        )

    def edit_member(self) -> None:
        member = self.selected()
        if member is None or self.read_only:
            return
        dialog = EditMemberDialog(member, known_years(self.context.db), self)
        if dialog.exec():
            service = self.context.portfolio
            values = dialog.values()
            self.context.execute(lambda: service.update_member(member.id, **values), self)

    def _activated(self) -> None:
        column = self.model.columns()[self.table.currentIndex().column()]
        if any(column is figure_column for figure_column in self.figure_columns):
            self.enter_figure()
        else:
            self.edit_member()

    def enter_figure(self, nis_code: str | None = None) -> bool:
        """Enter or correct a member's figure (the selected one by default) for the year
        shown; True if one was saved."""
        if nis_code is None:
            member = self.selected()
        else:
            member = next((m for m in self.model.rows() if m.nis_code == nis_code), None)
        if member is None:
            return False
        year = self.detail.year if self.detail else self.context.year
        return enter_figure(self.context, member.nis_code, member.name, year, self)

    def remove_member(self) -> None:
        member = self.selected()
        if member is not None and not self.read_only:
            service = self.context.portfolio
            self.context.execute(lambda: service.remove_member(member.id), self)

    def what_if_leave(self) -> None:
        member = self.selected()
        if member is None:
            return
        WhatIfDialog(
            self.context, self.partnership_id, "leave", member.nis_code, member.id, self
        ).exec()

    def what_if_join(self) -> None:
        dialog = self._pick_government(
            self.tr("Wat als … toetreedt? Kies het bestuur"), ask_details=False
        )
        if dialog is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        WhatIfDialog(self.context, self.partnership_id, "join", chosen.nis_code, None, self).exec()

    def focus_subject(self, subject: str) -> bool:
        return self.select(subject)
