"""Whose portfolio a partnership is in a team: one rule, one place.

A laptop that synchronises with a team database holds the whole team's partnerships; the
user may change only their own. Without a team (``team_contact_id`` None: the laptop never
synchronised) every partnership is the user's, as it always was. A partnership nobody is
assigned to is the user's too (it was made here before a first synchronisation, or the
assignment was lost). The services refuse an edit of a colleague's partnership
(``services.team_portfolio``), the portfolio and the partnership page show it read-only, and
the team server enforces the same with row-level security.
"""

from __future__ import annotations


def is_users(holder_id: str | None, team_contact_id: str | None) -> bool:
    """Whether the user may change a partnership held by ``holder_id`` (its support contact),
    when the user's own contact in the team is ``team_contact_id`` (None: no team)."""
    return team_contact_id is None or holder_id is None or holder_id == team_contact_id
