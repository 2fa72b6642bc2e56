"""Two laptops and a real PostgreSQL server: changes travel, conflicts are listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from .sync_tools import Laptop, add_contact, new_laptop, prepare_server


@pytest.fixture
def laptops(team_database: str, make_login_role, migrated_template: Path, tmp_path: Path):
    prepare_server(team_database)
    made = []
    for name in ("An Peeters", "Bram Claes"):
        role = make_login_role()
        add_contact(team_database, role.name, name)
        made.append(
            new_laptop(
                migrated_template,
                tmp_path / name.split()[0],
                role.url_without_password,
                role.password,
                name,
            )
        )
    yield made
    for laptop in made:
        laptop.db.close()


def _names(laptop: Laptop) -> set[str]:
    return {r["name"] for r in laptop.rows("partnership")}


def test_two_laptops_editing_different_records_end_equal(laptops: list[Laptop]) -> None:
    an, bram = laptops
    an.portfolio.create_partnership("IGS Noord", 1, kpi="300 oefenkansen")
    bram.portfolio.create_partnership("IGS Zuid", 1)
    first = an.synchronise()
    assert first.sent >= 1 and first.open_conflicts == 0
    bram.synchronise()
    an.synchronise()
    assert _names(an) == _names(bram) == {"IGS Noord", "IGS Zuid"}
