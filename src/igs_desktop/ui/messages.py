"""Every question the app asks the user goes through here, so tests can answer it.

Tests replace these functions with ``monkeypatch``; the app never calls ``QMessageBox`` or
``QFileDialog`` anywhere else.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from .i18n import translate

CRITICAL = QMessageBox.Icon.Critical


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def all_files() -> str:
    """The file dialogs' filter that shows every file."""
    return translate("messages", "Alle bestanden (*)")


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """Ask a yes/no question; ``yes`` and ``no`` name the buttons ("Ja" and "Nee" when not
    given)."""
    yes = yes or translate("messages", "Ja")
    no = no or translate("messages", "Nee")
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    # Enter takes the safe answer: erasing, restoring, replacing a file is a deliberate click.
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters or all_files())
    return path or None


def save_file(
    parent: QWidget | None, title: str, suggested: str = "", filters: str = ""
) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters or all_files())
    return path or None


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[tuple[str, str]],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> str | None:
    """Ask which of ``options`` (key, button text) to take; the last one is the safe way out
    (Escape, closing the box). Returns the key, or None when the box was closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons: dict[QAbstractButton, str] = {}
    for index, (key, label) in enumerate(options):
        last = index == len(options) - 1
        role = QMessageBox.ButtonRole.RejectRole if last else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(label, role)] = key
    box.exec()
    return buttons.get(box.clickedButton())
