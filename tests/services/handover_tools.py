"""Shared by the hand-over package tests: a second database, a snapshot of everything an
import could change, and rewriting a package's entries (to tamper with it)."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from igs_desktop.services.workbench import Folders, Workbench
from igs_desktop.store.database import open_database
from igs_desktop.store.tables import metadata

Snapshot = tuple[dict[str, int], list[tuple[Any, ...]], list[str]]


@contextmanager
def second_workbench(template: Path, folder: Path) -> Iterator[Workbench]:
    """A database with the reference data and no portfolio, with its own folders."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "ontvanger.sqlite"
    shutil.copyfile(template, target)
    db, _report = open_database(target)
    try:
        yield Workbench(db, Folders(folder / "attachments", folder / "reports", folder / "backups"))
    finally:
        db.close()


def snapshot(workbench: Workbench) -> Snapshot:
    """Row counts of every table, the whole change log, and the attachment files."""
    with workbench.db.engine.connect() as conn:
        counts = {
            t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0)
            for t in metadata.sorted_tables
        }
        log = metadata.tables["change_log"]
        changes = [tuple(r) for r in conn.execute(sa.select(log).order_by(log.c.id))]
    folder = workbench.folders.attachments
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []
    return counts, changes, files


def rewrite(
    source: Path,
    target: Path,
    change: Callable[[dict[str, bytes]], None],
    fix_manifest: bool = True,
) -> Path:
    """Copy the package at ``source`` to ``target`` with its entries changed by ``change``
    (a dict of name to bytes, edited in place); the manifest's checksums and sizes follow,
    unless ``fix_manifest`` is False."""
    with zipfile.ZipFile(source) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    change(entries)
    if fix_manifest and "manifest.json" in entries:
        manifest = json.loads(entries["manifest.json"])
        manifest["entries"] = [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in entries.items()
            if name != "manifest.json"
        ]
        entries["manifest.json"] = json.dumps(manifest).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return target


def edit_json(entries: dict[str, bytes], name: str, edit: Callable[[Any], None]) -> None:
    data = json.loads(entries[name])
    edit(data)
    entries[name] = json.dumps(data, ensure_ascii=False).encode("utf-8")
