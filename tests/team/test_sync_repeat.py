"""A synchronisation broken off anywhere and started again ends where an unbroken one ends."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from igs_desktop.services import sync as sync_module
from igs_desktop.store.team_server.engine import make_server_engine

from .sync_tools import Laptop


class Killed(Exception):
    """Stands for the process dying at that point."""


@pytest.fixture
def pair(team, team_database: str):
    return team_database, [team("An Peeters"), team("Bram Claes")]


def _work(an: Laptop, bram: Laptop) -> None:
    for n in range(5):
        an.portfolio.create_partnership(f"IGS An {n}", 1, kpi=f"kpi {n}")
        bram.portfolio.create_partnership(f"IGS Bram {n}", 1)
    pid = next(r["id"] for r in an.rows("partnership") if r["name"] == "IGS An 0")
    an.portfolio.add_member(pid, "34022", 1)


def _state(laptop: Laptop) -> list[tuple]:
    with laptop.db.engine.connect() as conn:
        partnerships = conn.execute(
            sa.text("SELECT id, name, kpi, support_contact_id FROM partnership ORDER BY id")
        ).all()
        members = conn.execute(sa.text("SELECT id, nis_code FROM membership ORDER BY id")).all()
    return [tuple(r) for r in partnerships + members]


def _server_state(admin_url: str) -> tuple[list[tuple], int, int]:
    engine = make_server_engine(admin_url, None)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT id, name, kpi, support_contact_id FROM partnership ORDER BY id")
            ).all()
            members = conn.execute(sa.text("SELECT id, nis_code FROM membership ORDER BY id")).all()
            entries = conn.execute(sa.text("SELECT count(*) FROM change_log")).scalar()
            distinct = conn.execute(
                sa.text(
                    "SELECT count(DISTINCT (entity, entity_id, field, operation, origin,"
                    " new_value)) FROM change_log"
                )
            ).scalar()
    finally:
        engine.dispose()
    return [tuple(r) for r in rows + members], int(entries or 0), int(distinct or 0)


# (module, function, which call dies): after the server committed a push or the first upload
# (mark_sent), while writing a pull here (add_received), before the server commits
# (add_entries), and at each setting (contact, role, origin, first upload, watermark, ...).
KILL_POINTS = [
    *(("store.sync.local", "mark_sent", n) for n in (1, 2)),
    *(("store.sync.local", "add_received", n) for n in (1, 2)),
    *(("store.team_server.exchange", "add_entries", n) for n in (1, 2)),
    *(("store.sync.local", "set_setting", n) for n in range(1, 6)),
]


UNREACHED = {("first", "mark_sent", 1), ("first", "mark_sent", 2), ("later", "add_received", 2)}


@pytest.mark.parametrize(
    ("module", "name", "when"), KILL_POINTS, ids=[f"{n}-{w}" for _m, n, w in KILL_POINTS]
)
@pytest.mark.parametrize("phase", ["first", "later"])
def test_a_broken_off_synchronisation_repeated_ends_as_an_unbroken_one(
    pair, monkeypatch: pytest.MonkeyPatch, module: str, name: str, when: int, phase: str
) -> None:
    """``first``: the work is uploaded at the laptops' first synchronisation; ``later``: they
    synchronised before, so the work is pushed and pulled."""
    admin_url, (an, bram) = pair
    if phase == "later":
        an.synchronise()
        bram.synchronise()
    _work(an, bram)
    import importlib

    target = importlib.import_module(f"igs_desktop.{module}")
    original = getattr(target, name)
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == when:
            raise Killed(f"{name} call {when}")
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, dying)
    killed = 0
    for laptop in (an, bram):
        try:
            laptop.synchronise()
        except Killed:
            killed += 1
    # Broken off exactly when that call came (a first upload marks nothing sent; in the later
    # phase only Bram receives).
    assert killed == (1 if calls["n"] >= when else 0)
    if (phase, name, when) not in UNREACHED:
        assert killed == 1
    monkeypatch.setattr(target, name, original)
    for laptop in (an, bram, an, bram):
        laptop.synchronise()

    assert _state(an) == _state(bram)
    server_rows, entries, distinct = _server_state(admin_url)
    assert server_rows == _state(an)
    assert entries == distinct  # nothing arrived twice
    assert len([r for r in _state(an) if len(r) == 4]) == 10
    for laptop in (an, bram):
        assert laptop.sync.conflicts() == []
        with laptop.db.engine.connect() as conn:
            left = conn.execute(
                sa.text("SELECT count(*) FROM change_log WHERE sync_state IN ('', 'held')")
            ).scalar()
        assert left == 0
    assert sync_module.SyncService  # the module under test is the one patched around


def test_a_file_put_back_from_a_backup_receives_again_what_it_sent_after(
    pair, tmp_path: Path
) -> None:
    from igs_desktop.services import backups

    _admin, (an, _bram) = pair
    an.portfolio.create_partnership("IGS Noord", 1, kpi="eerst")
    an.synchronise()
    an.db.engine.dispose()
    made = backups.make_backup(an.db.path, tmp_path / "backups", backups.MANUAL)
    pid = next(r["id"] for r in an.rows("partnership") if r["name"] == "IGS Noord")
    an.portfolio.update_partnership(pid, kpi="daarna")
    an.synchronise()
    an.db.engine.dispose()
    backups.restore_file(an.db.path, tmp_path / "backups", made.path)
    summary = an.synchronise()
    assert summary.open_conflicts == 0
    assert next(r["kpi"] for r in an.rows("partnership") if r["id"] == pid) == "daarna"
