"""Small widgets the forms share."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QDate, QLocale, QRect, QSize, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from .. import formatting
from .i18n import current_language, locale_of, translate


def nl_be() -> QLocale:
    """Belgian Dutch, as ``formatting`` writes numbers ("4.200") and dates: for the editors
    that show them, whatever the computer's own language (the application default is set to
    it too, in ``app.make_application``)."""
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)


def qt_locale() -> QLocale:
    """The locale of the window's language, for the editors of numbers and dates: "4.200"
    and Dutch month names, or "4,200" and English ones."""
    return locale_of(current_language())


def babel_locale() -> str:
    """The Babel locale of the window's language, for `formatting`: "1 oktober 2024" or
    "1 October 2024"."""
    return formatting.locale_of(current_language())


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says when the user leaves it, like QLineEdit.editingFinished."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(name: str, value: dt.date | None = None) -> QDateEdit:
    """A date field as every form has it: a calendar pop-up, dd-MM-yyyy, a name."""
    edit = QDateEdit()
    edit.setLocale(qt_locale())  # the calendar's month and day names in the window's language
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(name)
    if value is not None:
        edit.setDate(to_qdate(value))
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    changed = Signal()

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = label or translate("widgets", "datum")
        self.enabled = QCheckBox()
        self.enabled.setAccessibleName(translate("widgets", "{label} invullen").format(label=label))
        self.edit = date_edit(label)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(lambda _on: self.changed.emit())
        self.edit.editingFinished.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.enabled)

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        return to_date(self.edit.date())

    def set_value(self, value: dt.date | None) -> None:
        self.blockSignals(True)
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))
        self.blockSignals(False)


def year_label(year: int) -> str:
    """A project year as a list of choices names it: "projectjaar 3"."""
    return translate("widgets", "projectjaar {year}").format(year=year)


def year_combo(years: list[int], current: int | None = None, none_label: str = "") -> QComboBox:
    """A project-year chooser; with ``none_label`` the first entry means "none"."""
    combo = QComboBox()
    if none_label:
        combo.addItem(none_label, None)
    for year in years:
        combo.addItem(year_label(year), year)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    combo.blockSignals(True)
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def filter_combo(name: str, everything: str, min_length: int = 10) -> QComboBox:
    """A filter chooser whose first entry (data "") means "no filter"."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_length)
    combo.addItem(everything, "")
    return combo


def refill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace the choices after the first ("no filter") one, keeping the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def tab_in_visual_order(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons in the order they are shown. The box places them
    by their role and the platform's convention ("Sluiten" left of "Vastleggen" on one
    desktop, right of it on another); Tab would otherwise follow the order they were added."""
    layout = box.layout()
    count = layout.count() if layout is not None else 0
    items = [layout.itemAt(i) for i in range(count)] if layout is not None else []
    buttons = [w for i in items if i is not None and isinstance(w := i.widget(), QAbstractButton)]
    for first, second in pairwise(buttons):
        QWidget.setTabOrder(first, second)


def search_field(placeholder: str, accessible_name: str) -> QLineEdit:
    """A filter box: a hint while empty, a clear button, a name for screen readers."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setAccessibleName(accessible_name)
    return field


FRAME = QSize(40, 60)  # a window's frame and title bar, and a little room around it


def fitted_size(wanted: QSize, room: QRect) -> QSize:
    """``wanted``, or less where the screen's free ``room`` is smaller (1920×1080 at 200 %
    leaves about 960×540): a dialog's buttons stay on the screen, its lists scroll instead."""
    return wanted.boundedTo(room.size() - FRAME)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window before it is shown so that it fits the screen it will open on: its
    parent's screen when the parent is on screen, else the primary screen.

    Not ``window.screen()``: asked of a widget that was never shown, it left Qt's screen
    lookup broken for the next widget made (a segfault in QScreen::virtualSiblings, seen in
    the UI tests with PySide6 6.11)."""
    parent = window.parentWidget()
    screen = None
    if parent is not None and parent.isVisible():
        screen = parent.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    window.resize(fitted_size(QSize(width, height), screen.availableGeometry()))
