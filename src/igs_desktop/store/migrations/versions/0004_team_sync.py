"""team synchronisation: change-log origin and versions, conflicts, note sharing

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Prepares a laptop database and the team server (PostgreSQL, the same revisions) for the
synchronisation of issue 15 (docs/architecture.md, "Team synchronisation"):

- ``change_log`` gets ``origin`` (the laptop that made the change), ``record_version``,
  ``server_seq`` (order of arrival on the server; on PostgreSQL drawn from a sequence),
  ``sync_state`` (on a laptop: '' not sent yet, 'sent', 'received', 'local', 'held', ...) and
  ``base_seq`` (a conflict resolution names the server change it overrides), and an index on
  (entity, entity_id). Entries that exist before this revision are marked 'before': the first
  synchronisation uploads the records themselves, not their history.
- ``support_contact.server_role``: the contact's PostgreSQL role on the team server.
- ``note.shared_with_team`` and ``note.owner_contact_id``: a note with personal data travels
  only when shared; a note without a partnership belongs to whoever wrote it.
- ``sync_conflict``: conflicts listed until the user picks a value.

Columns are added with ALTER TABLE ADD COLUMN (no table rebuild, so the note search triggers
of 0002/0003 stay as they are).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVER_SEQUENCE = "change_log_server_seq"


def _text(length: int) -> sqlmodel.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.add_column("change_log", sa.Column("origin", _text(36), nullable=False, server_default=""))
    op.add_column(
        "change_log",
        sa.Column("record_version", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("change_log", sa.Column("server_seq", sa.BigInteger(), nullable=True))
    op.add_column(
        "change_log", sa.Column("sync_state", _text(12), nullable=False, server_default="")
    )
    op.add_column("change_log", sa.Column("base_seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_change_log_server_seq", "change_log", ["server_seq"])
    op.create_index("ix_change_log_entity_entity_id", "change_log", ["entity", "entity_id"])
    op.execute("UPDATE change_log SET sync_state = 'before'")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE SEQUENCE IF NOT EXISTS {SERVER_SEQUENCE}")
        op.execute(
            f"ALTER TABLE change_log ALTER COLUMN server_seq SET DEFAULT nextval('{SERVER_SEQUENCE}')"
        )

    op.add_column(
        "support_contact",
        sa.Column("server_role", _text(63), nullable=False, server_default=""),
    )
    op.add_column(
        "note",
        sa.Column("shared_with_team", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("note", sa.Column("owner_contact_id", _text(36), nullable=True))

    op.create_table(
        "sync_conflict",
        sa.Column("id", _text(36), nullable=False),
        sa.Column("entity", _text(0), nullable=False),
        sa.Column("entity_id", _text(0), nullable=False),
        sa.Column("field", _text(0), nullable=False),
        sa.Column("partnership_id", _text(0), nullable=True),
        sa.Column("local_value", _text(0), nullable=True),
        sa.Column("local_by", _text(0), nullable=False),
        sa.Column("local_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("remote_value", _text(0), nullable=True),
        sa.Column("remote_deleted", sa.Boolean(), nullable=False),
        sa.Column("remote_by", _text(0), nullable=False),
        sa.Column("remote_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("remote_origin", _text(36), nullable=False),
        sa.Column("remote_seq", sa.BigInteger(), nullable=True),
        sa.Column("detected_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("resolution", _text(0), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_entity_id", "sync_conflict", ["entity_id"])
    op.create_index("ix_sync_conflict_partnership_id", "sync_conflict", ["partnership_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_partnership_id", table_name="sync_conflict")
    op.drop_index("ix_sync_conflict_entity_id", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch rebuild: rebuilding ``note``
    # would break the note search view and triggers of 0002/0003 that name it.
    op.drop_column("note", "owner_contact_id")
    op.drop_column("note", "shared_with_team")
    op.drop_column("support_contact", "server_role")
    op.drop_index("ix_change_log_entity_entity_id", table_name="change_log")
    op.drop_index("ix_change_log_server_seq", table_name="change_log")
    for name in ("base_seq", "sync_state", "server_seq", "record_version", "origin"):
        op.drop_column("change_log", name)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP SEQUENCE IF EXISTS {SERVER_SEQUENCE}")
