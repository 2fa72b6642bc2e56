"""Autosave of the note editor: what is typed is a committed draft within about a second.

Drafts bypass the change log and the undo stack (``NotesService.save_draft``). A draft held by
an open editor is "in use", so a second editor does not offer it back as a leftover.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...services.notes import DraftError, DraftRecord, NotesService

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700  # after the last keystroke
MAX_WAIT_S = 2.0  # while typing on without a pause
_in_use: set[str] = set()

Snapshot = Callable[[], tuple[str, str, dict[str, Any]]]  # title, body, other fields


class DraftKeeper(QObject):
    """Saves ``snapshot()`` as the draft of ``note_id`` (None: a new note) after changes."""

    saved = Signal(object)  # the moment (datetime) of the save

    def __init__(
        self,
        service: NotesService,
        snapshot: Snapshot,
        note_id: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.snapshot = snapshot
        self.note_id = note_id
        self.draft_id: str | None = None
        self.pending = False
        self._since: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)

    def touch(self) -> None:
        """Something changed: save soon, and at the latest MAX_WAIT_S after the first change."""
        self.pending = True
        now = time.monotonic()
        if self._since is None:
            self._since = now
        if now - self._since >= MAX_WAIT_S:
            self.save_now()
        else:
            self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        if not self.pending:
            return
        title, body, details = self.snapshot()
        try:
            self.draft_id = self.service.save_draft(
                title, body, details, note_id=self.note_id, draft_id=self.draft_id
            )
        except (DraftError, OSError):  # try again at the next change
            log.exception("Draft not saved")
            return
        _in_use.add(self.draft_id)
        self.pending = False
        self._since = None
        self.saved.emit(dt.datetime.now(dt.UTC))

    def leftover(self) -> DraftRecord | None:
        """The newest draft of this note (or of a new note) that no open editor holds."""
        found = self.service.drafts(self.note_id) if self.note_id else self.service.drafts()
        return next(
            (d for d in found if d.note_id == self.note_id and d.id not in _in_use),
            None,
        )

    def adopt(self, draft: DraftRecord) -> None:
        """Go on writing into a restored draft."""
        self.release()
        self.draft_id = draft.id
        _in_use.add(draft.id)

    def note_saved(self, note_id: str) -> None:
        """The note was saved (and its drafts removed with it): start afresh on that note."""
        self.release()
        self.note_id = note_id
        self.draft_id = None
        self.pending = False
        self._since = None

    def discard(self) -> None:
        """Throw the draft away (the user chose not to keep the changes)."""
        self.timer.stop()
        self.pending = False
        if self.draft_id:
            try:
                self.service.discard_draft(self.draft_id)
            except DraftError:
                log.exception("Draft not discarded")
        self.release()

    def release(self) -> None:
        if self.draft_id:
            _in_use.discard(self.draft_id)
