"""What every page shares: the database, the services, the undo stack and one change signal.

Pages never write themselves: they call ``AppContext.execute`` with a service call. The
outcome goes on the undo stack and ``changed`` tells every page to refresh from the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ..services.calendar import current_year, known_years
from ..services.editing import ChangeSet, Outcome, ValidationError
from . import messages
from .i18n import translate

if TYPE_CHECKING:
    from ..services.workbench import Workbench

log = logging.getLogger(__name__)


class OutcomeCommand(QUndoCommand):
    """An edit already made by a service; undo reverts it, redo reverts the revert."""

    def __init__(self, context: AppContext, outcome: Outcome) -> None:
        super().__init__(outcome.description)
        self.context = context
        self.current = outcome
        self._first_redo = True

    def _flip(self) -> None:
        try:
            self.current = self.context.portfolio.revert(self.current)
        except (ValidationError, LookupError) as exc:
            log.warning("Cannot revert %s: %s", self.current.description, exc)
            messages.warn(
                self.context.dialog_parent,
                translate("AppContext", "Ongedaan maken lukt niet"),
                translate(
                    "AppContext", "'{change}' kan niet meer teruggedraaid worden: {error}"
                ).format(change=self.current.description, error=exc),
            )
            self.setObsolete(True)
            return
        self.context.changed.emit(self.current.changes)

    def redo(self) -> None:
        if self._first_redo:  # the service already did it
            self._first_redo = False
            return
        self._flip()

    def undo(self) -> None:
        self._flip()


class AppContext(QObject):
    changed = Signal(object)  # a ChangeSet: what was written
    year_changed = Signal(int)

    def __init__(
        self,
        workbench: Workbench,
        year: int,
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """``undo_stack``: the one the window made before the app was fully open (its undo
        and redo actions are on it), else a new one."""
        super().__init__(parent)
        self.workbench = workbench
        self.db = workbench.db
        self.actor = workbench.actor
        self.year = year
        self.is_demo = workbench.is_demo
        self.portfolio = workbench.portfolio
        self.calendar = workbench.calendar
        self.notes = workbench.notes
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.dialog_parent: QWidget | None = None
        # connected first, so no page refreshes for a year an undo just took away
        self.changed.connect(self._keep_year_known)

    def _keep_year_known(self, changes: ChangeSet) -> None:
        if "project_year" in changes.tables and self.year not in known_years(self.db):
            self.set_year(current_year(self.db).number)

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.year_changed.emit(year)

    def execute(self, call: Callable[[], Outcome], parent: QWidget | None = None) -> Outcome | None:
        """Run a service call; on bad input say why, in Dutch, and change nothing."""
        try:
            outcome = call()
        except ValidationError as exc:
            messages.warn(parent or self.dialog_parent, self.tr("Niet bewaard"), str(exc))
            return None
        if outcome.edits:
            self.undo_stack.push(OutcomeCommand(self, outcome))
            self.changed.emit(outcome.changes)
        return outcome

    def notify(self, changes: ChangeSet | None = None) -> None:
        """Tell the pages something changed outside the undo stack (e.g. an import)."""
        self.changed.emit(changes or ChangeSet())
