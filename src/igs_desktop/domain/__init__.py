"""The rules of Plan Samenleven and the what-if simulations, as pure functions.

No Qt, no SQL, no I/O: the UI, the reports, the command line and the tests all call the same
code, and each rule has a stable code (see `RULES`).
"""

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
