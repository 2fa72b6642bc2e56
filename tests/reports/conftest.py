"""A demo portfolio to build reports from, and the fixed day they are built on."""

from __future__ import annotations

import datetime as dt

import pytest

from igs_desktop.services.demo import create_demo
from igs_desktop.services.rules import check_all
from igs_desktop.store.database import Database

TODAY = dt.date(2025, 3, 14)
"""Inside project year 3, so the demo's findings are those its module promises."""


@pytest.fixture
def demo_db(db: Database) -> Database:
    create_demo(db, db.path.parent / "attachments", today=TODAY)
    return db


@pytest.fixture
def kortrijk_id(demo_db: Database) -> str:
    return next(c.partnership_id for c in check_all(demo_db, 3) if "Kortrijk" in c.name)
