"""Which tables travel between a laptop and the team server, and in which order.

One place for the rule (docs/architecture.md, "Team synchronisation"): a support contact's
portfolio and work travel both ways; reference data travels from the coordinator to everyone;
support contacts come from the server; the rest stays on the laptop.
"""

from __future__ import annotations

from ..tables import metadata

# A partnership and everything that belongs to it, plus the support work. Parents first.
PORTFOLIO_TABLES: tuple[str, ...] = (
    "partnership",
    "membership",
    "partnership_action",
    "kpi_value",
    "subsidy",
    "transfer",
    "stimulus_grant",
    "new_member_action",
    "support_track",
    "knowledge_session",
    "knowledge_session_participant",
    "note",
    "note_tag",
    "note_government",
    "follow_up",
)
# Published by the coordinator; a laptop's own corrections stay local.
REFERENCE_TABLES: tuple[str, ...] = (
    "region",
    "government",
    "merger",
    "project_year",
    "objective",
    "catalogue_action",
    "catalogue_kpi",
    "population_figure",
)
# Written on the server only (by the coordinator's set-up commands); received by every laptop.
TEAM_TABLES: tuple[str, ...] = ("support_contact",)

SYNCED_TABLES: frozenset[str] = frozenset(PORTFOLIO_TABLES + REFERENCE_TABLES + TEAM_TABLES)
NOTE_PARTS: frozenset[str] = frozenset({"note", "note_tag", "note_government"})

# Parents before children, as the foreign keys require (deletes go the other way).
DEPENDENCY_ORDER: tuple[str, ...] = tuple(
    t.name for t in metadata.sorted_tables if t.name in SYNCED_TABLES
)
RANK: dict[str, int] = {name: index for index, name in enumerate(DEPENDENCY_ORDER)}
