"""A team server and laptops for the synchronisation tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from igs_desktop.paths import resource_dir
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.services.sync import SyncService, SyncSummaryRecord
from igs_desktop.store.database import Database
from igs_desktop.store.engine import make_engine
from igs_desktop.store.reference_data import load_reference_data_into
from igs_desktop.store.tables import new_id
from igs_desktop.store.team_server.engine import make_server_engine, upgrade_server


@dataclass
class Laptop:
    """One support contact's laptop: its database and the services on it."""

    db: Database
    url: str
    password: str
    name: str

    @property
    def portfolio(self) -> PortfolioService:
        return PortfolioService(self.db, self.name)

    @property
    def sync(self) -> SyncService:
        return SyncService(self.db, self.name)

    def synchronise(self) -> SyncSummaryRecord:
        return self.sync.synchronise(self.url, self.password)

    def rows(self, table: str) -> list[dict]:
        with self.db.engine.connect() as conn:
            return [dict(r) for r in conn.execute(sa.text(f"SELECT * FROM {table}")).mappings()]


def prepare_server(admin_url: str) -> None:
    engine = make_server_engine(admin_url, None)
    try:
        upgrade_server(engine)
        load_reference_data_into(engine, resource_dir() / "data")
        with engine.begin() as conn:  # until store.team_server.security lands
            conn.execute(
                sa.text(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO PUBLIC"
                )
            )
            conn.execute(sa.text("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC"))
    finally:
        engine.dispose()


def add_contact(admin_url: str, role: str, name: str) -> str:
    """The support contact of ``role`` on the server, with the change-log entry laptops pull."""
    engine = make_server_engine(admin_url, None)
    contact_id = new_id()
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(481516)"))
            conn.execute(
                sa.text(
                    "INSERT INTO support_contact (id, name, email, is_user, server_role,"
                    " created_at)"
                    " VALUES (:id, :name, '', false, :role, now())"
                ),
                {"id": contact_id, "name": name, "role": role},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO change_log (id, changed_at, changed_by, operation, entity,"
                    " entity_id, field, partnership_id, summary, origin, record_version,"
                    " sync_state) VALUES (:id, now(), 'beheerder', 'create', 'support_contact',"
                    " :cid, '', NULL, 'Nieuw teamlid', 'server', 1, 'sent')"
                ),
                {"id": new_id(), "cid": contact_id},
            )
    finally:
        engine.dispose()
    return contact_id


def new_laptop(template: Path, folder: Path, url: str, password: str, name: str) -> Laptop:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "igs.sqlite"
    shutil.copyfile(template, path)
    return Laptop(Database(path, make_engine(path)), url, password, name)


LaptopFactory = Callable[[str], Laptop]
