"""A laptop in a team without a server: the user An, her colleague Bram, a partnership of each.

What a first synchronisation leaves behind, made directly: the user's contact is the team's
(app_meta ``sync.contact_id``), and the colleague's partnership is on the laptop, assigned to
the colleague. Used by the service and window tests of the team's portfolios (issue 15).
"""

from __future__ import annotations

from dataclasses import dataclass

from igs_desktop.services.editing import EditSession
from igs_desktop.services.portfolio import PortfolioService, save_profile
from igs_desktop.store.database import Database
from igs_desktop.store.sync import local

AN, BRAM = "An Peeters", "Bram Claes"


@dataclass(frozen=True)
class TeamLaptopRecord:
    an: str  # the user's contact id
    bram: str  # the colleague's contact id
    mine: str  # An's partnership
    his: str  # Bram's partnership


def add_colleague(db: Database, name: str = BRAM) -> str:
    outcome = EditSession(db, "beheerder").run(
        "Collega", lambda w: w.create("support_contact", {"name": name, "email": ""})["id"]
    )
    return str(outcome[0])


def join_team(db: Database, contact_id: str) -> None:
    """What a first synchronisation sets: the user's contact in the team."""
    with db.engine.begin() as conn:
        local.set_setting(conn, local.CONTACT_ID, contact_id)


def team_laptop(db: Database, in_team: bool = True) -> TeamLaptopRecord:
    """An's laptop holding her partnership 'IGS Noord' and Bram's 'IGS Zuid' (in a team, or
    with the same data but no team when ``in_team`` is False)."""
    an = save_profile(db, AN, "")
    bram = add_colleague(db)
    portfolio = PortfolioService(db, AN)
    mine = portfolio.create_partnership("IGS Noord", 1).created_id
    his = portfolio.create_partnership("IGS Zuid", 1, support_contact_id=bram).created_id
    assert mine and his
    if in_team:
        join_team(db, an)
    return TeamLaptopRecord(an, bram, mine, his)
