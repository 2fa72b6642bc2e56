from pathlib import Path

from igs_desktop.store.engine import BUSY_TIMEOUT_MS, make_engine


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.sqlite")
    try:
        connections = [engine.connect() for _ in range(3)]  # distinct pooled connections
        for connection in connections:
            values = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
            }
            assert values == {
                "foreign_keys": 1,
                "journal_mode": "wal",
                "busy_timeout": BUSY_TIMEOUT_MS,
                "synchronous": 2,  # FULL: an edit survives a power cut
            }
        for connection in connections:
            connection.close()
    finally:
        engine.dispose()


def test_ddl_is_rolled_back_with_its_transaction(tmp_path: Path) -> None:
    """Migrations rely on it: a failed revision must leave no half-made table behind."""
    engine = make_engine(tmp_path / "t.sqlite")
    try:
        with engine.connect() as connection:
            transaction = connection.begin()
            connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
            transaction.rollback()
        with engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name='half_done'"
            ).all()
        assert names == []
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db) -> None:  # type: ignore[no-untyped-def]
    import pytest
    import sqlalchemy.exc

    from igs_desktop.store.tables import MembershipRow

    with db.session() as session, pytest.raises(sqlalchemy.exc.IntegrityError):
        session.add(MembershipRow(partnership_id="missing", nis_code="99999", joined_year=1))
        session.commit()
