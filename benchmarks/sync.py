"""Team synchronisation, 1,000 changes on each side (issue 15):

    python benchmarks/sync.py --server postgresql://admin:pw@host:5432/postgres \
        [--changes 1000] [--runs 3] [--json]

The admin role needs CREATEDB and CREATEROLE (as the CI server's). Per run: a throw-away team
database set up as ``team-server setup`` leaves it, two members with a laptop each (new
databases with the shipped reference data), one synchronisation each to start; then each laptop
makes ``changes`` change-log entries through the services (new partnerships with a member and a
subsidy, and field edits), and the laptops synchronise: An sends hers, Bram receives An's and
sends his, An receives Bram's. Each synchronisation is timed (wall clock, the server on the same
machine); the laptops' partnerships are checked equal afterwards. The database and the roles are
dropped at the end. Prints the median of the runs, and JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from igs_desktop.paths import AppPaths, resource_dir
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.services.startup import start
from igs_desktop.services.sync import SyncService
from igs_desktop.store.database import Database
from igs_desktop.store.team_server.admin import add_member, setup_server
from igs_desktop.store.team_server.engine import make_server_engine


@dataclass(frozen=True)
class SyncTimes:
    changes: int
    an_sends: float
    bram_receives_and_sends: float
    an_receives: float
    sent: tuple[int, int]
    received: tuple[int, int]


def _libpq(url: str) -> str:
    return make_url(url.replace("postgresql+psycopg://", "postgresql://")).render_as_string(
        hide_password=False
    )


def _make_changes(db: Database, actor: str, changes: int, tag: str) -> int:
    """``changes`` change-log entries: per partnership 1 create, 1 member, 1 subsidy and 7
    field edits (10 entries)."""
    service = PortfolioService(db, actor)
    made = 0
    n = 0
    while made < changes:
        outcome = service.create_partnership(f"IGS {tag} {n}", 1, kpi="start")
        pid = outcome.created_id
        assert pid
        service.add_member(pid, "34022" if tag == "An" else "34041", 1)
        service.add_subsidy(pid, 1, 1_000_000)
        made += 3
        for edit in range(7):
            if made >= changes:
                break
            service.update_partnership(pid, kpi=f"doel {edit}")
            made += 1
        n += 1
    return made


def _laptop(folder: Path, name: str) -> Database:
    paths = AppPaths(
        data_dir=folder / name,
        database=folder / name / "igs.sqlite",
        log_dir=folder / name / "logs",
    )
    return start(paths).db


def one_run(admin_url: str, changes: int) -> SyncTimes:
    admin = _libpq(admin_url)
    database = f"igs_bench_{uuid.uuid4().hex[:12]}"
    roles: list[str] = []
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    team_url = make_url(admin).set(database=database).render_as_string(hide_password=False)
    laptops: list[Database] = []
    try:
        engine = make_server_engine(team_url, None)
        setup_server(engine, resource_dir() / "data")
        members = []
        for name in ("An", "Bram"):
            role = f"igs_bench_{name.lower()}_{uuid.uuid4().hex[:8]}"
            password = secrets.token_urlsafe(16)
            roles.append(role)
            add_member(engine, role, name, "", password)
            members.append((role, password))
        engine.dispose()
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            an_db, bram_db = _laptop(folder, "an"), _laptop(folder, "bram")
            laptops = [an_db, bram_db]
            urls = [
                make_url(team_url)
                .set(username=role)
                ._replace(password=None)
                .render_as_string(hide_password=False)
                for role, _pw in members
            ]
            an = SyncService(an_db, "An")
            bram = SyncService(bram_db, "Bram")
            an.synchronise(urls[0], members[0][1])
            bram.synchronise(urls[1], members[1][1])
            _make_changes(an_db, "An", changes, "An")
            _make_changes(bram_db, "Bram", changes, "Bram")
            started = time.perf_counter()
            first = an.synchronise(urls[0], members[0][1])
            an_sends = time.perf_counter() - started
            started = time.perf_counter()
            second = bram.synchronise(urls[1], members[1][1])
            bram_both = time.perf_counter() - started
            started = time.perf_counter()
            third = an.synchronise(urls[0], members[0][1])
            an_receives = time.perf_counter() - started
            names = [
                sorted(
                    r[0]
                    for r in db.engine.connect().exec_driver_sql(
                        "SELECT name || kpi FROM partnership"
                    )
                )
                for db in laptops
            ]
            if names[0] != names[1]:
                raise AssertionError("the laptops differ after synchronising")
            for db in laptops:
                db.close()
            laptops = []
    finally:
        for db in laptops:
            db.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
            )
            for role in roles:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
    return SyncTimes(
        changes,
        an_sends,
        bram_both,
        an_receives,
        (first.sent, second.sent),
        (second.received, third.received),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", required=True, help="admin URL (CREATEDB, CREATEROLE)")
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    runs = [one_run(args.server, args.changes) for _ in range(args.runs)]
    result = {
        "changes_each_side": args.changes,
        "runs": args.runs,
        "an_sends_s": statistics.median(r.an_sends for r in runs),
        "bram_receives_and_sends_s": statistics.median(r.bram_receives_and_sends for r in runs),
        "an_receives_s": statistics.median(r.an_receives for r in runs),
        "sent": runs[0].sent,
        "received": runs[0].received,
        "all_s": [
            [round(r.an_sends, 3), round(r.bram_receives_and_sends, 3), round(r.an_receives, 3)]
            for r in runs
        ],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"{args.changes} changes each side, median of {args.runs} runs: An sends "
            f"{result['an_sends_s']:.2f} s; Bram receives and sends "
            f"{result['bram_receives_and_sends_s']:.2f} s; An receives "
            f"{result['an_receives_s']:.2f} s (sent {result['sent']}, received "
            f"{result['received']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
