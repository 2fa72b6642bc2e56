"""The rule catalogue matches DESIGN.md, and the domain stays pure."""

import ast
import sys
from pathlib import Path

import pytest

import igs_desktop.domain as domain
from igs_desktop.domain import RULES, Severity

DESIGN_TABLE = [
    ("REGION_MIXED", Severity.ERROR),
    ("MULTIPLE_PARTNERSHIPS", Severity.ERROR),
    ("BELOW_THRESHOLD", Severity.ERROR),
    ("FIGURE_MISSING", Severity.WARNING),
    ("SUBMITTER_MISSING", Severity.ERROR),
    ("SUBMITTER_NOT_MEMBER", Severity.ERROR),
    ("KPI_MISSING", Severity.WARNING),
    ("TOO_MANY_SUPPORTED_ACTIONS", Severity.ERROR),
    ("ACTION_NOT_SUPPORTED", Severity.ERROR),
    ("STIMULUS_TWICE", Severity.ERROR),
    ("STIMULUS_NOT_ELIGIBLE", Severity.ERROR),
    ("NEW_MEMBER_ACTIONS_UNREPORTED", Severity.WARNING),
    ("TRANSFER_ARRANGEMENT_MISSING", Severity.WARNING),
    ("TRANSFERS_EXCEED_SUBSIDY", Severity.ERROR),
    ("KPI_BELOW_25_PERCENT", Severity.WARNING),
]


def test_catalogue_has_every_rule_in_table_order_with_its_severity() -> None:
    assert [(code, rule.severity) for code, rule in RULES.items()] == DESIGN_TABLE
    for code, rule in RULES.items():
        assert rule.code == code
        assert rule.description_nl.strip() and rule.description_en.strip()


def test_severity_values() -> None:
    assert Severity.ERROR.value == "error" and Severity.WARNING.value == "warning"
    assert Severity.ERROR.label_nl == "fout" and Severity.WARNING.label_nl == "waarschuwing"


def test_catalogue_cannot_be_changed_by_callers() -> None:
    with pytest.raises(TypeError):
        RULES["NEW"] = RULES["KPI_MISSING"]  # type: ignore[index]


def test_domain_imports_only_the_standard_library() -> None:
    """No Qt, no SQL, no third-party code: every layer can use the rules."""
    package = Path(domain.__file__).parent
    allowed = set(sys.stdlib_module_names)
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            for root in roots:
                assert root in allowed, f"{source.name} imports {root}"
