"""Walk a built widget tree and name every input a screen reader could not name.

An input is named when it has an accessible name, a QLabel has it as buddy, it carries its own
visible text (a button or check box), or it is a line edit with a placeholder inside a widget
that is itself named (the editor of a spin box or combo box). Hidden widgets count too: a
page's inputs must be named before they are first shown.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QDateEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractButton,
)


# Parts Qt builds inside its own widgets (a table's corner button, a header, the tab bar's
# scroll arrows): the widget that owns them carries the name.
QT_INTERNALS = {"QHeaderView", "QTableCornerButton", "QToolBarExtension", "QLineEditIconButton"}


# Widgets Qt composes from parts (the editor and popup list of a combo box, the clear button of
# a line edit, a tab's close button): the composite carries the name, not its parts.
COMPOSITES = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)


def _inner_editor(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 4:
        chain.append(f"{type(w).__name__}({w.objectName() or '-'})")
        w = w.parentWidget()
    return " < ".join(chain)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs under (and including) `root` that have no label, text or accessible name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    offenders = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INPUTS) or _inner_editor(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if widget.objectName().startswith("qt_") or type(widget).__name__ in QT_INTERNALS:
            continue
        offenders.append(_describe(widget))
    return offenders


def trapping_views(root: QWidget) -> list[str]:
    """Item views under ``root`` where Tab moves between cells instead of leaving the view."""
    return [
        f"{type(view).__name__}({view.accessibleName()})"
        for view in [root, *root.findChildren(QAbstractItemView)]
        if isinstance(view, QAbstractItemView) and view.tabKeyNavigation()
    ]


def assert_accessible(widget: QWidget) -> None:
    """Every input named, and no table or list keeping Tab."""
    assert unnamed_inputs(widget) == []
    assert trapping_views(widget) == []


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab reaches from ``root``, in order, once each."""
    chain: list[QWidget] = []
    current = root.nextInFocusChain()
    while current is not None and current is not root and current not in chain:
        chain.append(current)
        current = current.nextInFocusChain()
    return chain


def assert_tab_order(root: QWidget, *widgets: QWidget) -> None:
    """Tab reaches ``widgets`` in this order (other widgets may come between)."""
    chain = focus_chain(root)
    positions = [chain.index(w.focusProxy() or w) for w in widgets]
    assert positions == sorted(positions)


def non_literal_translations(paths: Iterable[Path]) -> list[str]:
    """``file:line`` of every ``translate`` whose context, or ``tr``/``QT_TRANSLATE_NOOP``
    whose text, is not written out: pyside6-lupdate reads the calls, not the running program."""
    offenders = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called == "translate":
                literal = node.args[:1]
            elif called in ("tr", "QT_TRANSLATE_NOOP"):
                literal = node.args[:2]
            else:
                continue
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literal):
                offenders.append(f"{path.name}:{node.lineno}")
    return offenders
