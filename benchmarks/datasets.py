"""The databases the benchmark measures on, generated once per scale and kept in a cache.

Scale N is ``python benchmarks/generate.py --scale N --db FILE``; the pseudo-scale ``demo`` is
``igs-desktop --db FILE demo``. Each lands in ``benchmarks/.data/scale-N/<key>/`` (ignored by
git), where ``key`` is a hash of what made it: the generator's source and its texts (or the
demo's source) and the schema (tables and migrations). A changed generator or schema gives a
new key, so the stale files are removed and the data made again; otherwise a second
``make bench`` reuses them.

Every measurement works on a writable copy (``working_copy``): the start-up makes its routine
backup and the reports record themselves, which must never touch the cached file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".data"
GENERATOR = HERE / "generate.py"
GENERATOR_SOURCES = (GENERATOR, HERE / "dutch_texts.py")  # the generator and its texts
PACKAGE = ROOT / "src" / "igs_desktop"
DEMO_SOURCES = ("services/demo.py", "services/demo_notes.py")
DEMO = "demo"

COUNTED_TABLES = (
    "partnership",
    "membership",
    "government",
    "note",
    "follow_up",
    "support_track",
    "change_log",
    "project_year",
)


def _schema_files() -> list[Path]:
    store = PACKAGE / "store"
    return sorted(
        [
            store / "schema.py",
            *(store / "tables").glob("*.py"),
            *(store / "migrations" / "versions").glob("*.py"),
        ]
    )


def _source_files(scale: str) -> list[Path]:
    if scale == DEMO:
        made_by = [PACKAGE / name for name in DEMO_SOURCES]
    else:
        made_by = [path for path in GENERATOR_SOURCES if path.is_file()]
    return [*made_by, *_schema_files()]


def cache_key(scale: str) -> str:
    """A hash of every file that decides what the database of ``scale`` holds."""
    digest = hashlib.sha256()
    for path in _source_files(scale):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def scale_label(scale: str) -> str:
    return scale if scale == DEMO else f"{float(scale):g}"


def scale_value(scale: str) -> float | str:
    """What results.json stores for a scale: the number, or ``"demo"``."""
    return DEMO if scale == DEMO else float(scale)


@dataclass(frozen=True)
class Dataset:
    scale: str
    database: Path
    home: Path  # the data folder it was made with (attachments)
    generated_in: float | None  # seconds it took to generate (when it was), None if unknown

    def counts(self) -> dict[str, int]:
        uri = f"{self.database.resolve().as_uri()}?mode=ro"
        with sqlite3.connect(uri, uri=True) as conn:
            return {
                table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in COUNTED_TABLES
            }

    def describe(self) -> dict[str, Any]:
        return {
            "scale": scale_value(self.scale),
            "database_mib": round(self.database.stat().st_size / 1024**2, 1),
            "generated_in_s": None if self.generated_in is None else round(self.generated_in, 1),
            "rows": self.counts(),
        }


def _make(scale: str, database: Path, home: Path) -> None:
    env = {**os.environ, "IGS_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if scale == DEMO:
        argv = [sys.executable, "-m", "igs_desktop", "--db", str(database), "demo"]
    else:
        if not GENERATOR.is_file():
            raise SystemExit(
                f"{GENERATOR.relative_to(ROOT)} is missing: only the pseudo-scale 'demo' can be "
                "measured without it (--scales demo)."
            )
        argv = [sys.executable, str(GENERATOR), "--scale", scale, "--db", str(database)]
    import subprocess

    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)


def dataset(scale: str, say: Any = print) -> Dataset:
    """The cached database of ``scale``, generated first when missing or stale."""
    key = cache_key(scale)
    label = scale_label(scale)
    folder = CACHE / f"scale-{label}"
    database = folder / key / "bench.sqlite"
    home = folder / key / "home"
    made = folder / key / "made.json"
    if database.is_file():
        took = json.loads(made.read_text())["generated_in_s"] if made.is_file() else None
        return Dataset(scale, database, home, took)
    if folder.exists():
        shutil.rmtree(folder)  # made by an older generator or schema
    home.mkdir(parents=True)
    partial = database.with_suffix(".partial")
    say(f"generating the database of scale {label} (once; cached in {folder.relative_to(ROOT)})")
    started = time.perf_counter()
    _make(scale, partial, home)
    took = time.perf_counter() - started
    with sqlite3.connect(partial) as conn:  # one file: nothing left in a write-ahead log
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.rename(database)
    made.write_text(json.dumps({"generated_in_s": took}))
    return Dataset(scale, database, home, took)


def working_copy(data: Dataset, folder: Path) -> Path:
    """A fresh writable copy of ``data`` in ``folder`` (emptied first), with its data folder
    as ``folder/home`` (set ``IGS_DESKTOP_HOME`` to it); returns the database's path."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if data.home.is_dir():
        shutil.copytree(data.home, folder / "home", ignore=shutil.ignore_patterns("logs"))
    else:
        (folder / "home").mkdir()
    target = folder / "bench.sqlite"
    shutil.copyfile(data.database, target)
    return target
