"""Running writes: one transaction per user action, recorded, revertible, summarised.

A service method gets a ``Writer`` (one open transaction), makes its checks, writes through it
and returns; ``EditSession.run`` commits and hands back an ``Outcome`` with the edits, which
the UI keeps on its undo stack and can revert later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from ..store import editing
from ..store.database import Database
from ..store.editing import ChangeSet, Edit, Key
from ..store.engine import WRITE_OPTION
from .team_portfolio import refusal_for

T = TypeVar("T")


class ValidationError(ValueError):
    """Input that breaks a rule of the app: a Dutch message, and the field concerned."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass
class Writer:
    """The open transaction a service method writes through."""

    conn: Connection
    actor: str
    summary: str
    changes: ChangeSet = field(default_factory=ChangeSet)

    def create(self, table: str, values: dict[str, Any]) -> Key:
        edit = editing.create(self.conn, self.actor, table, values, self.summary)
        self.changes.edits.append(edit)
        return edit.key

    def update(self, table: str, key: Key, values: dict[str, Any]) -> None:
        edit = editing.update(self.conn, self.actor, table, key, values, self.summary)
        if edit.after:
            self.changes.edits.append(edit)

    def delete(self, table: str, key: Key) -> None:
        self.changes.edits.append(editing.remove(self.conn, self.actor, table, key, self.summary))


@dataclass(frozen=True)
class Outcome:
    """What a user action did: its Dutch description (for Undo), its edits, a created id."""

    description: str
    edits: tuple[Edit, ...]
    created_id: str | None = None

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet(list(self.edits))


class EditSession:
    """Writes on behalf of one user (named in the change log)."""

    def __init__(self, db: Database, actor: str) -> None:
        self.db = db
        self.actor = actor

    def run(self, description: str, work: Callable[[Writer], T]) -> tuple[T, Outcome]:
        """Run ``work`` in one transaction; nothing is written if it raises, or when it
        touched a colleague's partnership in a team (``team_portfolio.refusal_for``)."""
        try:
            with (
                self.db.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn,
                conn.begin(),
            ):
                writer = Writer(conn, self.actor, description)
                result = work(writer)
                refusal = refusal_for(conn, writer.changes.edits)
                if refusal is not None:
                    raise ValidationError(refusal)
        except OperationalError as exc:
            raise ValidationError(
                f"{description}: de database is bezet of niet beschrijfbaar ({exc.orig}). "
                "Er is niets gewijzigd; probeer het zo meteen opnieuw."
            ) from exc
        except IntegrityError as exc:
            raise ValidationError(
                f"{description}: dit kan niet bewaard worden, omdat het niet klopt met wat er al "
                f"is ({exc.orig})."
            ) from exc
        created = result if isinstance(result, str) else None
        return result, Outcome(description, tuple(writer.changes.edits), created)

    def revert(self, outcome: Outcome) -> Outcome:
        """Undo ``outcome`` (last edit first); reverting the result redoes it."""

        def work(writer: Writer) -> None:
            for edit in reversed(outcome.edits):
                writer.changes.edits.append(
                    editing.revert(
                        writer.conn, self.actor, edit, f"Ongedaan: {outcome.description}"
                    )
                )

        _none, undone = self.run(outcome.description, work)
        return undone
