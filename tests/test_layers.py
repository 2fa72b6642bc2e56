"""The layers of DESIGN.md, enforced: Qt only in ui/, no SQL or Qt in domain/ or reports/."""

from __future__ import annotations

import ast
from pathlib import Path

import igs_desktop

PACKAGE = Path(igs_desktop.__file__).parent

QT = ("PySide6", "shiboken6")
FORBIDDEN = {
    "domain": (
        *QT,
        "sqlalchemy",
        "sqlmodel",
        "alembic",
        "igs_desktop.store",
        "igs_desktop.services",
        "igs_desktop.ui",
        "igs_desktop.reports",
    ),
    "store": (*QT, "igs_desktop.ui", "igs_desktop.services", "igs_desktop.reports"),
    "services": (*QT, "igs_desktop.ui"),
    "reports": (*QT, "igs_desktop.ui", "sqlalchemy", "sqlmodel"),
    "": QT,  # top-level modules (cli, paths, formatting, ...)
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package = ".".join(("igs_desktop", *path.relative_to(PACKAGE).parent.parts))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                names.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.add(node.module)
    return names


def layer_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    if len(parts) == 1:
        return ""
    return parts[0] if parts[0] in FORBIDDEN else None


def test_no_module_crosses_its_layer() -> None:
    violations = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        layer = layer_of(path)
        if layer is None:
            continue
        checked += 1
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert checked > 10
    assert violations == []


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    sample = PACKAGE / "store" / "_layer_probe.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    try:
        assert "PySide6.QtCore" in imported_modules(sample)
        assert layer_of(sample) == "store"
    finally:
        sample.unlink()
