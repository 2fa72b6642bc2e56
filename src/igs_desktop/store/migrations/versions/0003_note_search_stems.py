"""note search: Dutch word stems

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05

The note search found only the words as written: "bibliotheken" missed "bibliotheek". This
revision gives the FTS5 index ``note_search`` a fifth column, ``stems``: the distinct Dutch
stems (Snowball) of a note's title, text and tags. A search matches every word as typed (as a
prefix, in the other columns) or by its stem (in ``stems``, weighted lower).

The stems are made by ``igs_stem(text)``, a Python function that the app's engine factory
registers on every SQLite connection (``store.stemming.register_functions``); the view
``note_search_source`` calls it, so the triggers keep the stems in step as they keep the words,
whoever writes through the app (the services, undo, the demo, an import). A connection without
the function (the sqlite3 shell) can still read everything, but a write to a note, its tags or
links fails with "no such function: igs_stem" instead of leaving the index behind.

FTS5 tables cannot take a new column: the index, its view and triggers are made again and
filled from the notes (``note_search_key`` and so the rowids stay). The downgrade puts back the
four-column index of revision 0002.
"""

from collections.abc import Sequence

from alembic import op

from igs_desktop.store.stemming import register_functions

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORDS = ("title", "body", "tags", "names")
WITH_STEMS = (*WORDS, "stems")

_SOURCE_0002 = """
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


def _source(columns: tuple[str, ...]) -> str:
    if "stems" not in columns:
        return f"CREATE VIEW note_search_source AS {_SOURCE_0002}"
    return f"""
CREATE VIEW note_search_source AS
SELECT w.*, igs_stem(w.title || ' ' || coalesce(w.body, '') || ' ' || w.tags) AS stems
FROM ({_SOURCE_0002}) AS w
"""


def _index(columns: tuple[str, ...]) -> str:
    return f"""
CREATE VIRTUAL TABLE note_search USING fts5(
    {", ".join(columns)},
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3'
)
"""


def _triggers(columns: tuple[str, ...]) -> dict[str, str]:
    """The triggers of revision 0002, writing ``columns`` from the view."""
    names = ", ".join(columns)
    values = ", ".join(f"s.{c}" for c in columns)

    def refresh(note_id: str) -> str:
        return f"""
        DELETE FROM note_search
            WHERE rowid = (SELECT id FROM note_search_key WHERE note_id = {note_id});
        INSERT INTO note_search (rowid, {names})
            SELECT k.id, {values}
            FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id
            WHERE s.note_id = {note_id};
        """

    def refresh_many(note_ids: str) -> str:
        return f"""
        DELETE FROM note_search WHERE rowid IN (
            SELECT id FROM note_search_key WHERE note_id IN ({note_ids})
        );
        INSERT INTO note_search (rowid, {names})
            SELECT k.id, {values}
            FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id
            WHERE s.note_id IN ({note_ids});
        """

    indexed = "WHEN EXISTS (SELECT 1 FROM note_search_key WHERE note_id = {row}.note_id)"
    return {
        "note_search_note_insert": f"""
            AFTER INSERT ON note BEGIN
                INSERT OR IGNORE INTO note_search_key (note_id) VALUES (NEW.id);
                {refresh("NEW.id")}
            END""",
        "note_search_note_update": f"""
            AFTER UPDATE OF id, title, body, partnership_id, action_id ON note BEGIN
                UPDATE note_search_key SET note_id = NEW.id WHERE note_id = OLD.id;
                {refresh("NEW.id")}
            END""",
        "note_search_note_delete": """
            AFTER DELETE ON note BEGIN
                DELETE FROM note_search
                    WHERE rowid = (SELECT id FROM note_search_key WHERE note_id = OLD.id);
                DELETE FROM note_search_key WHERE note_id = OLD.id;
            END""",
        "note_search_tag_insert": f"""
            AFTER INSERT ON note_tag {indexed.format(row="NEW")}
            BEGIN {refresh("NEW.note_id")} END""",
        "note_search_tag_update": f"""
            AFTER UPDATE ON note_tag BEGIN {refresh("OLD.note_id")} {refresh("NEW.note_id")} END""",
        "note_search_tag_delete": f"""
            AFTER DELETE ON note_tag {indexed.format(row="OLD")}
            BEGIN {refresh("OLD.note_id")} END""",
        "note_search_government_link_insert": f"""
            AFTER INSERT ON note_government {indexed.format(row="NEW")}
            BEGIN {refresh("NEW.note_id")} END""",
        "note_search_government_link_update": f"""
            AFTER UPDATE ON note_government BEGIN
                {refresh("OLD.note_id")} {refresh("NEW.note_id")}
            END""",
        "note_search_government_link_delete": f"""
            AFTER DELETE ON note_government {indexed.format(row="OLD")}
            BEGIN {refresh("OLD.note_id")} END""",
        "note_search_partnership_name": f"""
            AFTER UPDATE OF name ON partnership WHEN NEW.name IS NOT OLD.name BEGIN
                {refresh_many("SELECT id FROM note WHERE partnership_id = NEW.id")}
            END""",
        "note_search_government_name": f"""
            AFTER UPDATE OF name ON government WHEN NEW.name IS NOT OLD.name BEGIN
                {refresh_many("SELECT note_id FROM note_government WHERE nis_code = NEW.nis_code")}
            END""",
        "note_search_action_title": f"""
            AFTER UPDATE OF number, title ON catalogue_action
            WHEN NEW.number IS NOT OLD.number OR NEW.title IS NOT OLD.title BEGIN
                {refresh_many("SELECT id FROM note WHERE action_id = NEW.id")}
            END""",
    }


def _rebuild(columns: tuple[str, ...]) -> None:
    """Make the index, view and triggers again for ``columns`` and fill the index."""
    for name in _triggers(WORDS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS note_search_source")
    op.execute("DROP TABLE IF EXISTS note_search")
    op.execute(_index(columns))
    op.execute(_source(columns))
    for name, body in _triggers(columns).items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    # Notes that lost their key (none should) get one; then every note is indexed once.
    op.execute(
        "INSERT OR IGNORE INTO note_search_key (note_id) SELECT id FROM note ORDER BY created_at, id"
    )
    op.execute(
        f"INSERT INTO note_search (rowid, {', '.join(columns)}) "
        f"SELECT k.id, {', '.join(f's.{c}' for c in columns)} "
        "FROM note_search_source AS s JOIN note_search_key AS k ON k.note_id = s.note_id"
    )


def _sqlite() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False  # FTS5 is SQLite's; another database gets its own index in its own revision
    # The app's engine registers igs_stem on every connection; register it here too, so that
    # the backfill works on any connection Alembic is handed.
    driver = bind.connection.driver_connection
    if driver is not None:
        register_functions(driver)
    return True


def upgrade() -> None:
    if _sqlite():
        _rebuild(WITH_STEMS)


def downgrade() -> None:
    if _sqlite():
        _rebuild(WORDS)
