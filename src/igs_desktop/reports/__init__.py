"""Printable reports (PDF, ReportLab) built from plain data that the services hand over.

No Qt and no database here. ReportLab is imported only when a report is built, so starting
the app does not pay for it.
"""

from __future__ import annotations

from .model import AdviceData, FollowUpData, PlanData, PortfolioData, ReportData
from .wording import N_

KIND_PLAN = "plan"
KIND_ADVICE = "advice"
KIND_FOLLOW_UP = "follow-up"
KIND_PORTFOLIO = "portfolio"
KINDS = (KIND_PLAN, KIND_ADVICE, KIND_FOLLOW_UP, KIND_PORTFOLIO)

TITLES = {
    KIND_PLAN: N_("Ondersteuningsplan"),
    KIND_ADVICE: N_("Adviesrapport"),
    KIND_FOLLOW_UP: N_("Opvolgingsrapport"),
    KIND_PORTFOLIO: N_("Portefeuilleoverzicht"),
}
"""The Dutch title of each kind of report (`Wording.t` gives it in another language)."""


def kind_of(data: ReportData) -> str:
    if isinstance(data, PlanData):
        return KIND_PLAN
    if isinstance(data, AdviceData):
        return KIND_ADVICE
    if isinstance(data, FollowUpData):
        return KIND_FOLLOW_UP
    if isinstance(data, PortfolioData):
        return KIND_PORTFOLIO
    raise TypeError(f"Geen rapport voor {type(data).__name__}.")


def build_pdf(data: ReportData) -> bytes:
    """The PDF of one report, as bytes."""
    if isinstance(data, PlanData):
        from .plan import build_plan

        return build_plan(data)
    if isinstance(data, AdviceData):
        from .advice import build_advice

        return build_advice(data)
    if isinstance(data, FollowUpData):
        from .follow_up import build_follow_up

        return build_follow_up(data)
    if isinstance(data, PortfolioData):
        from .portfolio import build_portfolio

        return build_portfolio(data)
    raise TypeError(f"Geen rapport voor {type(data).__name__}.")


__all__ = ["KINDS", "TITLES", "build_pdf", "kind_of"]
