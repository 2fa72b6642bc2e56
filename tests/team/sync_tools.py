"""A team server and laptops for the synchronisation tests."""

from __future__ import annotations

import secrets
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
from igs_desktop.store.team_server.admin import add_member, setup_server
from igs_desktop.store.team_server.engine import make_server_engine

from .conftest import unique_name


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
    """The team server as ``team-server setup`` leaves it: schema, reference data, security."""
    engine = make_server_engine(admin_url, None)
    try:
        setup_server(engine, resource_dir() / "data")
    finally:
        engine.dispose()


def add_contact(
    admin_url: str, roles: list[str], name: str, coordinator: bool = False
) -> tuple[str, str, str]:
    """A new team member as ``team-server add-member`` makes one: (role, password, contact
    id). ``roles`` collects the role for the fixture that drops it after the test."""
    role = unique_name("role")
    password = secrets.token_urlsafe(18)
    engine = make_server_engine(admin_url, None)
    try:
        roles.append(role)
        member = add_member(engine, role, name, "", password, coordinator=coordinator)
    finally:
        engine.dispose()
    return role, password, member.contact_id


def new_laptop(template: Path, folder: Path, url: str, password: str, name: str) -> Laptop:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "igs.sqlite"
    shutil.copyfile(template, path)
    return Laptop(Database(path, make_engine(path)), url, password, name)


LaptopFactory = Callable[[str], Laptop]


def second_device(laptop: Laptop, folder: Path) -> Laptop:
    """A copy of ``laptop``'s file with its own origin id: the same user on a second device
    (the only way two sides may change the same partnership)."""
    laptop.db.engine.dispose()
    copy = folder / f"second-device-{laptop.db.path.parent.name}.sqlite"
    shutil.copyfile(laptop.db.path, copy)
    device = Laptop(Database(copy, make_engine(copy)), laptop.url, laptop.password, laptop.name)
    with device.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE app_meta SET value = 'second' WHERE key = 'sync.laptop_id'")
    return device
