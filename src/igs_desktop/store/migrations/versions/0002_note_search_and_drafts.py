"""note search index and drafts

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

Adds ``note_draft`` (autosave of the note editor) and the full-text index over notes:

- ``note_search``: an FTS5 table (title, body, tags, linked names) whose rowid is
- ``note_search_key.id``: a stable integer per note (``note.id`` is text, and the implicit
  rowid of ``note`` may change on VACUUM or when a batch migration copies the table);
- ``note_search_source``: a view that builds the indexed text of a note;
- triggers that keep the index in step with ``note``, ``note_tag``, ``note_government`` and the
  names of linked partnerships, governments and actions, whoever writes (the services, undo,
  the demo, plain SQL).

All of these are SQLite objects outside the SQLModel metadata, named ``note_search*``. A later
revision that recreates one of the tables above in batch mode drops its triggers with it and
must create them again (copy them from here); ``store.search.rebuild_index`` refills the index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "title, body, tags, names"

INDEX = """
CREATE VIRTUAL TABLE note_search USING fts5(
    title, body, tags, names,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
)
"""

KEYS = """
CREATE TABLE note_search_key (
    id INTEGER PRIMARY KEY,
    note_id VARCHAR NOT NULL UNIQUE
)
"""

SOURCE = """
CREATE VIEW note_search_source AS
SELECT
    n.id AS note_id,
    n.title AS title,
    n.body AS body,
    coalesce(
        (SELECT group_concat(t.tag, ', ') FROM note_tag AS t WHERE t.note_id = n.id), ''
    ) AS tags,
    trim(
        coalesce(p.name, '') || ' ' ||
        coalesce(
            (SELECT group_concat(g.name, ', ')
             FROM note_government AS ng JOIN government AS g ON g.nis_code = ng.nis_code
             WHERE ng.note_id = n.id),
            ''
        ) || ' ' ||
        coalesce('actie ' || a.number || ' ' || a.title, '')
    ) AS names
FROM note AS n
LEFT JOIN partnership AS p ON p.id = n.partnership_id
LEFT JOIN catalogue_action AS a ON a.id = n.action_id
"""


def _refresh(note_id: str) -> str:
    """Statements that re-index the note whose id is ``note_id`` (a SQL expression)."""
    return f"""
    DELETE FROM note_search
        WHERE rowid = (SELECT id FROM note_search_key WHERE note_id = {note_id});
    INSERT INTO note_search (rowid, {COLUMNS})
        SELECT k.id, s.title, s.body, s.tags, s.names
        FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id
        WHERE s.note_id = {note_id};
    """


def _refresh_many(note_ids: str) -> str:
    """Statements that re-index the notes a subquery ``note_ids`` selects (renamed links)."""
    return f"""
    DELETE FROM note_search WHERE rowid IN (
        SELECT id FROM note_search_key WHERE note_id IN ({note_ids})
    );
    INSERT INTO note_search (rowid, {COLUMNS})
        SELECT k.id, s.title, s.body, s.tags, s.names
        FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id
        WHERE s.note_id IN ({note_ids});
    """


# A tag or link of a note that is not indexed (deleted, or not inserted yet) changes nothing.
_INDEXED = "WHEN EXISTS (SELECT 1 FROM note_search_key WHERE note_id = {row}.note_id)"

TRIGGERS = {
    "note_search_note_insert": f"""
        AFTER INSERT ON note BEGIN
            INSERT OR IGNORE INTO note_search_key (note_id) VALUES (NEW.id);
            {_refresh("NEW.id")}
        END""",
    "note_search_note_update": f"""
        AFTER UPDATE OF id, title, body, partnership_id, action_id ON note BEGIN
            UPDATE note_search_key SET note_id = NEW.id WHERE note_id = OLD.id;
            {_refresh("NEW.id")}
        END""",
    "note_search_note_delete": """
        AFTER DELETE ON note BEGIN
            DELETE FROM note_search
                WHERE rowid = (SELECT id FROM note_search_key WHERE note_id = OLD.id);
            DELETE FROM note_search_key WHERE note_id = OLD.id;
        END""",
    "note_search_tag_insert": f"""
        AFTER INSERT ON note_tag {_INDEXED.format(row="NEW")}
        BEGIN {_refresh("NEW.note_id")} END""",
    "note_search_tag_update": f"""
        AFTER UPDATE ON note_tag BEGIN {_refresh("OLD.note_id")} {_refresh("NEW.note_id")} END""",
    "note_search_tag_delete": f"""
        AFTER DELETE ON note_tag {_INDEXED.format(row="OLD")}
        BEGIN {_refresh("OLD.note_id")} END""",
    "note_search_government_link_insert": f"""
        AFTER INSERT ON note_government {_INDEXED.format(row="NEW")}
        BEGIN {_refresh("NEW.note_id")} END""",
    "note_search_government_link_update": f"""
        AFTER UPDATE ON note_government BEGIN
            {_refresh("OLD.note_id")} {_refresh("NEW.note_id")}
        END""",
    "note_search_government_link_delete": f"""
        AFTER DELETE ON note_government {_INDEXED.format(row="OLD")}
        BEGIN {_refresh("OLD.note_id")} END""",
    "note_search_partnership_name": f"""
        AFTER UPDATE OF name ON partnership WHEN NEW.name IS NOT OLD.name BEGIN
            {_refresh_many("SELECT id FROM note WHERE partnership_id = NEW.id")}
        END""",
    "note_search_government_name": f"""
        AFTER UPDATE OF name ON government WHEN NEW.name IS NOT OLD.name BEGIN
            {_refresh_many("SELECT note_id FROM note_government WHERE nis_code = NEW.nis_code")}
        END""",
    "note_search_action_title": f"""
        AFTER UPDATE OF number, title ON catalogue_action
        WHEN NEW.number IS NOT OLD.number OR NEW.title IS NOT OLD.title BEGIN
            {_refresh_many("SELECT id FROM note WHERE action_id = NEW.id")}
        END""",
}

FILL = f"""
INSERT INTO note_search_key (note_id) SELECT id FROM note ORDER BY created_at, id;
INSERT INTO note_search (rowid, {COLUMNS})
    SELECT k.id, s.title, s.body, s.tags, s.names
    FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id;
"""


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


def upgrade() -> None:
    op.create_table(
        "note_draft",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("note_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("saved_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_note_draft_note_id_note"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_draft")),
    )
    with op.batch_alter_table("note_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_draft_note_id"), ["note_id"], unique=False)

    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's; another database gets its own index in its own revision
    op.execute(INDEX)
    op.execute(KEYS)
    op.execute(SOURCE)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    for statement in _statements(FILL):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP VIEW IF EXISTS note_search_source")
        op.execute("DROP TABLE IF EXISTS note_search")
        op.execute("DROP TABLE IF EXISTS note_search_key")
    with op.batch_alter_table("note_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_draft_note_id"))
    op.drop_table("note_draft")
