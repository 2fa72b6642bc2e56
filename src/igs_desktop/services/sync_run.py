"""One synchronisation's state as it goes: who, from where, and what it counted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[float, str], None]
ERASE = "erase"  # store.notes.erase_notes: a note's personal content erased
FIRST_UPLOAD = uuid.UUID("5b0e3c1e-7a51-4c1f-9d0a-2f4e6b8c9d10")  # ids of first-upload entries


@dataclass
class SyncRun:
    """What one synchronisation counts as it goes."""

    origin: str
    contact_id: str
    coordinator: bool
    actor: str
    sent: int = 0
    received: int = 0
    new_conflicts: int = 0
    kept_local: int = 0
    uploaded: int = 0
    refused: list[str] = field(default_factory=list)
    not_shared: list[str] = field(default_factory=list)


def report(progress: Progress | None, fraction: float, text: str) -> None:
    if progress is not None:
        progress(fraction, text)
