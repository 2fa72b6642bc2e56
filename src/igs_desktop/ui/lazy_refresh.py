"""Refreshing a page only while the user can see it.

Every edit emits one ``changed`` signal; refreshing every page behind other tabs at once costs
the GUI thread time for nothing. A page hidden behind another tab is marked stale and refreshes
when it is shown. In a window that is not shown at all (tests, start-up) pages refresh at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenVisible(QObject):
    """Owned by the page, so Qt drops its signal connections when the page is deleted."""

    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.refresh = refresh
        self.stale = False
        page.installEventFilter(self)

    def request(self, *_args: object) -> None:
        window = self.page.window()
        if self.page.isVisible() or not window.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False
