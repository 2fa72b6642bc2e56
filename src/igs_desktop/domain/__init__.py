"""The rules of Plan Samenleven and the what-if simulations, as pure functions.

No Qt, no SQL, no I/O: the UI, the reports, the command line and the tests all call the same
code, and each rule has a stable code (see `RULES`).

The names below are imported from their module when first asked for (`from ..domain import
check_partnership`), so that a caller of one small module (`domain.calendar` at the window's
first paint) does not pay for loading the rules and the simulations.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .findings import RULES, Finding, RuleInfo, Severity
    from .model import (
        MAX_SUPPORTED_ACTIONS,
        NON_EU14_THRESHOLD,
        ActionResult,
        Government,
        Membership,
        Partnership,
        Subsidy,
        Transfer,
        active_in,
        active_members,
    )
    from .rules import StimulusKind, StimulusStatus, check_partnership, stimulus_status
    from .simulations import JoinOutcome, LeaveOutcome, simulate_join, simulate_leave

_MODULE_OF = {
    **dict.fromkeys(("RULES", "Finding", "RuleInfo", "Severity"), "findings"),
    **dict.fromkeys(
        (
            "MAX_SUPPORTED_ACTIONS",
            "NON_EU14_THRESHOLD",
            "ActionResult",
            "Government",
            "Membership",
            "Partnership",
            "Subsidy",
            "Transfer",
            "active_in",
            "active_members",
        ),
        "model",
    ),
    **dict.fromkeys(
        ("StimulusKind", "StimulusStatus", "check_partnership", "stimulus_status"), "rules"
    ),
    **dict.fromkeys(
        ("JoinOutcome", "LeaveOutcome", "simulate_join", "simulate_leave"), "simulations"
    ),
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "MAX_SUPPORTED_ACTIONS",
    "NON_EU14_THRESHOLD",
    "RULES",
    "ActionResult",
    "Finding",
    "Government",
    "JoinOutcome",
    "LeaveOutcome",
    "Membership",
    "Partnership",
    "RuleInfo",
    "Severity",
    "StimulusKind",
    "StimulusStatus",
    "Subsidy",
    "Transfer",
    "active_in",
    "active_members",
    "check_partnership",
    "simulate_join",
    "simulate_leave",
    "stimulus_status",
]
