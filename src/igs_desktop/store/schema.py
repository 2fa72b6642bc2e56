"""The schema revisions this version of the app knows, oldest first.

Kept as plain constants so that opening a database already at head needs no Alembic import
(Alembic costs about half a second at start-up). A test checks this list against the
migration scripts, so the two cannot drift apart.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD_REVISION = KNOWN_REVISIONS[-1]
