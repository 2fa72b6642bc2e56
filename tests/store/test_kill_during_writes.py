"""Fifty times SIGKILL in the middle of writes: no committed edit lost, the file never damaged.

A child process writes partnerships through the services in a loop and prints each one's
name once its transaction committed; the parent kills it at a random moment and then checks
the file (SQLite's integrity check) and that every name printed is in the database.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

KILLS = 50

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from igs_desktop.services.portfolio import PortfolioService
    from igs_desktop.store.database import open_database

    path = Path(sys.argv[1])
    db, _ = open_database(path, create=False)
    portfolio = PortfolioService(db, "kill-test")
    round_ = sys.argv[2]
    print("ready", flush=True)
    i = 0
    while True:
        name = f"K{round_}-{i}"
        pid = portfolio.create_partnership(name, 1).created_id
        portfolio.update_partnership(pid, kpi=f"kpi {i}")
        print(name, flush=True)
        i += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_fifty_kills_lose_no_committed_write(db_file: Path) -> None:
    rng = random.Random(2026)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    committed: set[str] = set()
    for round_ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_file), str(round_)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        committed.update(line.strip() for line in child.stdout if line.strip())
        child.stdout.close()
        with sqlite3.connect(db_file) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            names = {r[0] for r in connection.execute("SELECT name FROM partnership")}
            kpis = dict(connection.execute("SELECT name, kpi FROM partnership"))
        connection.close()
        lost = committed - names
        assert not lost, f"round {round_}: committed but gone: {sorted(lost)[:5]}"
        for name in committed:
            assert kpis[name] == f"kpi {name.rsplit('-', 1)[1]}"
    assert len(committed) > KILLS  # the children really wrote between the kills
