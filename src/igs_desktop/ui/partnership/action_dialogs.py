"""Choosing a catalogue action, and editing an action's KPI figures and subsidy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.overview import ActionRecord, CatalogueRecord
from .. import colors
from ..governments_page import fold
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..widgets import qt_locale, search_field, year_combo
from .amounts import AmountEdit, AmountError, euro

UNCERTAIN = str(QT_TRANSLATE_NOOP("ActionDialogs", "nummer onzeker: niet in een bron bevestigd"))
"""Translate where shown: ``translate("ActionDialogs", UNCERTAIN)``."""
ACTION_ROLE = Qt.ItemDataRole.UserRole + 20


def action_number(action: CatalogueRecord) -> str:
    """The catalogue number, with "?" when no source confirms it."""
    return action.number + ("" if action.number_certain else "?")


def action_label(action: CatalogueRecord) -> str:
    return f"{action_number(action)} – {action.title}"


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colors.ERROR.name()};")
    label.setAccessibleName(translate("ActionDialogs", "Foutmelding"))
    label.hide()
    return label


def show_error(dialog: QDialog, label: QLabel, text: str) -> None:
    """Show ``text`` in the dialog's error label (from `error_label`), the dialog growing so
    that a wrapped message is read whole."""
    label.setText(text)
    label.show()
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.heightForWidth(dialog.width()) if layout.hasHeightForWidth() else 0
    dialog.resize(dialog.width(), max(dialog.height(), needed, dialog.sizeHint().height()))


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The items directly under ``item``, in order."""
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


class AddActionDialog(QDialog):
    """The catalogue grouped by objective, a filter box, and an optional subsidy."""

    def __init__(
        self, catalogue: list[CatalogueRecord], taken: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Actie toevoegen"))
        self.resize(860, 560)
        self.filter = search_field(
            self.tr("Nummer, titel, doelstelling of KPI-eenheid…"),
            self.tr("Zoek in de actiecatalogus"),
        )
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Actiecatalogus"))
        self.tree.setHeaderLabels(
            [
                self.tr("Nr."),
                self.tr("Actie"),
                self.tr("KPI-eenheid"),
                self.tr("Bedrag per eenheid"),
                self.tr("Thematische ondersteuning"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        # double-click chooses; Enter reaches the dialog's OK button
        self.tree.itemDoubleClicked.connect(lambda _item, _c: self._accept())
        self._fill(catalogue, taken)
        self.subsidy = AmountEdit(self.tr("Subsidie voor deze actie in euro (niet verplicht)"))
        self.error = error_label()

        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.filter)
        form = QFormLayout()
        form.addRow(self.tr("S&ubsidie (euro, niet verplicht):"), self.subsidy)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self._accept))
        self.filter.setFocus()
        self._select_first()

    def _fill(self, catalogue: list[CatalogueRecord], taken: set[str]) -> None:
        groups: dict[int, QTreeWidgetItem] = {}
        taken_mark, yes, no = self.tr(" (al gekozen)"), self.tr("ja"), self.tr("nee")
        for action in sorted(catalogue, key=lambda a: (a.objective_number, number_key(a))):
            group = groups.get(action.objective_number)
            if group is None:
                group = QTreeWidgetItem(
                    [
                        self.tr("Doelstelling {number}: {name}").format(
                            number=action.objective_number, name=action.objective_name
                        )
                    ]
                )
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[action.objective_number] = group
            per_unit = (
                euro(action.eur_per_unit_cents, empty="")
                if action.eur_per_unit_cents is not None
                else ""
            )
            item = QTreeWidgetItem(
                [
                    action_number(action),
                    action.title + (taken_mark if action.id in taken else ""),
                    action.kpi_unit,
                    per_unit,
                    yes if action.supported else no,
                ]
            )
            item.setData(0, ACTION_ROLE, action)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not action.number_certain:
                item.setToolTip(0, translate("ActionDialogs", UNCERTAIN))
            item.setToolTip(1, action.title)
            if action.id in taken:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            group.addChild(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 420)

    def _groups(self) -> list[QTreeWidgetItem]:
        """One item per objective, holding its actions."""
        return _children(self.tree.invisibleRootItem())

    def _actions(self) -> list[QTreeWidgetItem]:
        return [item for group in self._groups() for item in _children(group)]

    def _apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for group in self._groups():
            shown = 0
            for item in _children(group):
                haystack = fold(" ".join(item.text(i) for i in range(5)) + " " + group.text(0))
                hide = not all(word in haystack for word in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            self._select_first()

    def _select_first(self) -> None:
        for item in self._actions():
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.tree.setCurrentItem(item)
                return
        self.tree.setCurrentIndex(QModelIndex())  # no current item: what setCurrentItem(None) does

    def choose(self, number: str) -> bool:
        for item in self._actions():
            action: CatalogueRecord = item.data(0, ACTION_ROLE)
            if action.number == number and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.tree.setCurrentItem(item)
                return True
        return False

    def chosen(self) -> CatalogueRecord | None:
        item = self.tree.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        return item.data(0, ACTION_ROLE)

    def _accept(self) -> None:
        if self.chosen() is None:
            self._show_error(self.tr("Kies een actie uit de catalogus."))
            return
        try:
            self.subsidy.cents()
        except AmountError as exc:
            self._show_error(str(exc))
            self.subsidy.setFocus()
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        show_error(self, self.error, text)


def number_key(action: CatalogueRecord) -> tuple[int, str]:
    return (int(action.number) if action.number.isdigit() else 999, action.number)


class OptionalSpinBox(QSpinBox):
    """A whole number that may be left empty (shown as "—", read as None)."""

    EMPTY = -1

    def __init__(self, name: str, value: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(self.EMPTY, 10_000_000)
        self.setSpecialValueText("—")
        self.setAccessibleName(name)
        self.setGroupSeparatorShown(True)
        self.setLocale(qt_locale())  # "4.200" (or "4,200"), as the tables show it
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_number(value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if "—" in text and text.strip() != "—":  # typing over the empty mark
            text, pos = text.replace("—", ""), max(0, pos - 1)
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return self.EMPTY if text.strip() in ("", "—") else super().valueFromText(text)

    def number(self) -> int | None:
        return None if self.value() == self.EMPTY else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(self.EMPTY if value is None else value)


class KpiDialog(QDialog):
    """KPI target and results of one action in a project year; each may stay empty."""

    def __init__(
        self, action: ActionRecord, years: list[int], year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(
            self.tr("KPI van actie {action}").format(action=action_label(action.action))
        )
        self.year = year_combo(years, year)
        self.year.setAccessibleName(self.tr("Projectjaar van de KPI"))
        self.year.currentIndexChanged.connect(lambda _i: self._load())
        unit = action.action.kpi_unit or self.tr("eenheden")
        self.target = OptionalSpinBox(self.tr("KPI-doel in {unit}").format(unit=unit), None)
        self.interim = OptionalSpinBox(
            self.tr("Tussentijds resultaat in {unit}").format(unit=unit), None
        )
        self.final = OptionalSpinBox(self.tr("Eindresultaat in {unit}").format(unit=unit), None)
        form = QFormLayout(self)
        note = QLabel(
            self.tr("KPI-eenheid: {unit}. Laat een veld leeg (—) als het niet gekend is.").format(
                unit=unit
            )
        )
        form.addRow(note)
        form.addRow(self.tr("&Projectjaar:"), self.year)
        form.addRow(self.tr("KPI-&doel:"), self.target)
        form.addRow(self.tr("&Tussentijds resultaat:"), self.interim)
        form.addRow(self.tr("&Eindresultaat:"), self.final)
        form.addRow(ok_cancel(self, self.accept))
        self._load()
        self.target.setFocus()

    def _load(self) -> None:
        kpi = self.action.kpi(int(self.year.currentData()))
        self.target.set_number(kpi.target if kpi else None)
        self.interim.set_number(kpi.interim_actual if kpi else None)
        self.final.set_number(kpi.final_actual if kpi else None)

    def values(self) -> tuple[int, int | None, int | None, int | None]:
        """Project year, target, interim result, final result."""
        return (
            int(self.year.currentData()),
            self.target.number(),
            self.interim.number(),
            self.final.number(),
        )


class SubsidyDialog(QDialog):
    """The subsidy of one action; empty means not known (yet)."""

    def __init__(self, action: ActionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Subsidie voor actie {action}").format(action=action_label(action.action))
        )
        self.amount = AmountEdit(self.tr("Subsidie in euro"), action.subsidy_cents)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Subsidie (euro):"), self.amount)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self._accept))
        self.resize(440, self.sizeHint().height())

    def _accept(self) -> None:
        try:
            self.amount.cents()
        except AmountError as exc:
            show_error(self, self.error, str(exc))
            return
        self.accept()
