"""The layers of DESIGN.md, enforced: Qt only in ui/, no SQL or Qt in domain/ or reports/.

And no import cycles: the graph of every import between the package's modules, those inside
functions included, has no strongly connected component of more than one module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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
    # The window and the command line enter through services (services.workbench.Workbench):
    # no store, no SQL.
    "ui": ("igs_desktop.store", "sqlalchemy", "sqlmodel", "alembic"),
    "cli": (*QT, "igs_desktop.store", "sqlalchemy", "sqlmodel", "alembic"),
    "": QT,  # top-level modules (__main__, paths, formatting, ...)
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


def crossings(path: Path) -> list[str]:
    """The imports of ``path`` its layer forbids (function-level imports included)."""
    layer = layer_of(path)
    if layer is None:
        return []
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for name in sorted(imported_modules(path))
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer])
    ]


def test_no_module_crosses_its_layer() -> None:
    paths = [p for p in PACKAGE.rglob("*.py") if layer_of(p) is not None]
    assert len(paths) > 10
    assert {layer_of(p) for p in paths} >= {"domain", "store", "services", "ui", "cli"}
    assert [v for p in paths for v in crossings(p)] == []


@pytest.mark.parametrize(
    ("folder", "source", "forbidden"),
    [
        ("ui", "def f():\n    from ..store.notes import NoteRecord\n", "igs_desktop.store.notes"),
        ("ui/notes", "from ...store import attachments\n", "igs_desktop.store"),
        ("ui", "import sqlalchemy\n", "sqlalchemy"),
        ("cli", "def f():\n    from ..store.profile import user_profile\n", "igs_desktop.store"),
    ],
)
def test_the_check_catches_a_store_import_in_ui_and_cli(
    folder: str, source: str, forbidden: str
) -> None:
    probe = PACKAGE / folder / "_layer_probe_store.py"
    probe.write_text(source, encoding="utf-8")
    try:
        found = crossings(probe)
        assert found and forbidden in found[0]
    finally:
        probe.unlink()


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    sample = PACKAGE / "store" / "_layer_probe.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    try:
        assert "PySide6.QtCore" in imported_modules(sample)
        assert layer_of(sample) == "store"
    finally:
        sample.unlink()


def module_name(path: Path, root: Path, package: str) -> str:
    """``root/a/b.py`` is ``package.a.b``; ``root/a/__init__.py`` is ``package.a``."""
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((package, *parts))


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports, anywhere in it.

    ``from x import name`` is an edge to ``x.name`` when that is a module, else to ``x``.
    Imports from outside the package are left out.
    """
    paths = {module_name(path, root, package): path for path in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    start = here.rsplit(".", node.level - 1)[0] if node.level > 1 else here
                    base = f"{start}.{base}" if base else start
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    targets.add(submodule if submodule in paths else base)
        graph[name] = {target for target in targets if target in paths}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, and modules importing
    themselves (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles)


def test_no_import_cycles() -> None:
    graph = import_graph(PACKAGE, "igs_desktop")
    assert len(graph) > 10
    cycles = import_cycles(graph)
    assert cycles == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_cycle_check_finds_a_cycle_through_a_function_level_import(tmp_path: Path) -> None:
    root = write_package(
        tmp_path / "fake",
        {
            "__init__.py": "",
            "a.py": "def f():\n    from . import b\n",
            "b.py": "from .a import f\n",
            "sub/__init__.py": "from .. import a\n",
            "sub/c.py": "from . import C_NAME\nimport fake.sub.c\n",
        },
    )
    graph = import_graph(root, "fake")
    assert graph["fake.a"] == {"fake.b"}
    assert graph["fake.sub"] == {"fake.a"}
    assert graph["fake.sub.c"] == {"fake.sub", "fake.sub.c"}  # a name from the __init__
    assert import_cycles(graph) == [["fake.a", "fake.b"], ["fake.sub.c"]]


def test_the_cycle_check_passes_a_clean_package(tmp_path: Path) -> None:
    root = write_package(
        tmp_path / "clean",
        {
            "__init__.py": "from .b import g\n",
            "a.py": "import os\n\ndef f():\n    from .b import g\n",
            "b.py": "from .sub import c\n\ndef g():\n    import clean.sub.c\n",
            "sub/__init__.py": "",
            "sub/c.py": "from ..d import VALUE\n",
            "d.py": "VALUE = 1\n",
        },
    )
    graph = import_graph(root, "clean")
    assert graph["clean.b"] == {"clean.sub.c"}
    assert graph["clean.sub.c"] == {"clean.d"}
    assert import_cycles(graph) == []


def test_no_class_name_is_defined_twice() -> None:
    """One name, one meaning: '…Row' is a table, '…Record' a plain record handed out."""
    seen: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                seen.setdefault(node.name, []).append(str(path.relative_to(PACKAGE)))
    assert {name: where for name, where in seen.items() if len(where) > 1} == {}
    rows = {name for name in seen if name.endswith("Row")}
    tables = set()
    for path in (PACKAGE / "store" / "tables").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                tables.add(node.name)
    assert rows <= tables, f"'…Row' names a table only: {sorted(rows - tables)}"
