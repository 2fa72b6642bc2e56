"""``igs-desktop package export`` and ``package import``, run as a user does."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    db = folder / "demo.sqlite"
    made = run_cli("demo", "--db", str(db), home=folder / "home")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database, with its data folder (the attachments) in ``tmp_path``'s
    home, where ``run_cli(..., home=tmp_path / "home")`` looks."""
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("home", "*.lock"))
    shutil.copytree(
        demo_template / "home", tmp_path / "home", ignore=shutil.ignore_patterns("logs")
    )
    return folder / "demo.sqlite"


def test_export_writes_a_package(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "overdracht.igs"
    done = run_cli(
        "package", "export", "--out", str(out), "--db", str(demo_db), home=tmp_path / "home"
    )
    assert done.returncode == 0, done.stderr
    assert "Overdrachtspakket geschreven" in done.stdout
    assert "6 samenwerkingsverbanden" in done.stdout
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "igs-desktop-package"


def test_export_of_chosen_partnerships(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "twee.igs"
    done = run_cli(
        "package", "export", "--partnership", "IGS Kortrijk–Lendelede",
        "--partnership", "genk", "--out", str(out), "--db", str(demo_db), home=tmp_path / "home",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 samenwerkingsverbanden" in done.stdout


@pytest.mark.parametrize("case", ["existing", "database", "unknown"])
def test_export_refused_with_one_line_and_nothing_written(
    demo_db: Path, tmp_path: Path, case: str
) -> None:
    existing = tmp_path / "bestaat.igs"
    existing.write_text("van iemand anders", encoding="utf-8")
    before = demo_db.read_bytes()
    args = {
        "existing": ("--out", str(existing)),
        "database": ("--out", str(demo_db)),
        "unknown": ("--partnership", "Nergens", "--out", str(tmp_path / "nieuw.igs")),
    }[case]
    done = run_cli("package", "export", *args, "--db", str(demo_db), home=tmp_path / "home")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Er is niets geschreven" in done.stderr
    assert existing.read_text(encoding="utf-8") == "van iemand anders"
    assert not (tmp_path / "nieuw.igs").exists()
    assert demo_db.read_bytes() == before
    if case == "existing":
        forced = run_cli(
            "package", "export", "--out", str(existing), "--force", "--db", str(demo_db),
            home=tmp_path / "home",
        )  # fmt: skip
        assert forced.returncode == 0, forced.stderr
        assert zipfile.is_zipfile(existing)


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        names = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'note_search%'"
            )
        ]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture
def exported(demo_db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "overdracht.igs"
    done = run_cli(
        "package", "export", "--out", str(out), "--db", str(demo_db), home=tmp_path / "home"
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    db = tmp_path / "collega" / "collega.sqlite"
    done = run_cli("init", "--db", str(db), home=tmp_path / "collega")
    assert done.returncode == 0, done.stderr
    return db


def test_import_takes_a_package_in_once(exported: Path, fresh_db: Path, tmp_path: Path) -> None:
    home = tmp_path / "collega"
    dry = run_cli("package", "import", str(exported), "--dry-run", "--db", str(fresh_db), home=home)
    assert dry.returncode == 0, dry.stderr
    assert "Nieuw: 1 vaste ondersteuner, 6 samenwerkingsverbanden" in dry.stdout
    assert "Proefdraai (--dry-run): er is niets geschreven." in dry.stdout
    assert counts(fresh_db)["partnership"] == 0
    done = run_cli("package", "import", str(exported), "--db", str(fresh_db), home=home)
    assert done.returncode == 0, done.stderr
    assert "Overdrachtspakket 'overdracht.igs' geïmporteerd." in done.stdout
    assert "Back-up van ervoor:" in done.stdout
    after = counts(fresh_db)
    assert after["partnership"] == 6 and after["note"] == 7 and after["attachment"] == 1
    assert len(list((home / "attachments").glob("??/*"))) == 1
    again = run_cli("package", "import", str(exported), "--db", str(fresh_db), home=home)
    assert again.returncode == 0, again.stderr
    assert "Er is niets te importeren" in again.stdout
    assert counts(fresh_db) == after


def test_import_refused_with_one_line_and_nothing_written(
    exported: Path, fresh_db: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(exported) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["records/notes.json"] = entries["records/notes.json"].replace(b"Rondgang", b"Rondgong")
    bad = tmp_path / "gewijzigd.igs"
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    before = counts(fresh_db)
    home = tmp_path / "collega"
    done = run_cli("package", "import", str(bad), "--db", str(fresh_db), home=home)
    assert done.returncode == 2
    assert done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("igs-desktop: Pakket gewijzigd.igs geweigerd: records/notes.json")
    assert line.endswith("Er is niets geïmporteerd.")
    assert counts(fresh_db) == before
    assert not list((home / "attachments").glob("??/*"))


def rename_and_edit(demo_db: Path, fresh_db: Path) -> None:
    """Genk changed in both databases (in this process, as the window would)."""
    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.workbench import Workbench

    for db, values in ((demo_db, {"name": "Stad Genk"}), (fresh_db, {"kpi": "Mijn KPI"})):
        workbench = Workbench.open(resolve_paths(db), create=False)
        try:
            with sqlite3.connect(db) as connection:
                (genk,) = connection.execute("SELECT id FROM partnership WHERE name = 'Genk'")
            workbench.portfolio.update_partnership(genk[0], **values)
        finally:
            workbench.close()


def test_import_with_a_conflict_needs_a_choice(
    demo_db: Path, exported: Path, fresh_db: Path, tmp_path: Path
) -> None:
    home = tmp_path / "collega"
    first = run_cli("package", "import", str(exported), "--db", str(fresh_db), home=home)
    assert first.returncode == 0, first.stderr
    rename_and_edit(demo_db, fresh_db)
    second = tmp_path / "tweede.igs"
    done = run_cli(
        "package", "export", "--out", str(second), "--db", str(demo_db), home=tmp_path / "home"
    )
    assert done.returncode == 0, done.stderr
    before = counts(fresh_db)
    refused = run_cli("package", "import", str(second), "--db", str(fresh_db), home=home)
    assert refused.returncode == 2
    assert "Conflicten (1): hier én in het pakket gewijzigd:" in refused.stdout
    assert "samenwerkingsverband 'Stad Genk'" in refused.stdout
    (line,) = refused.stderr.strip().splitlines()
    assert "--on-conflict mine" in line and line.endswith("Er is niets geïmporteerd.")
    assert counts(fresh_db) == before
    taken = run_cli(
        "package", "import", str(second), "--on-conflict", "both", "--db", str(fresh_db),
        home=home,
    )  # fmt: skip
    assert taken.returncode == 0, taken.stderr
    assert "Conflict, allebei gehouden: 1 samenwerkingsverband." in taken.stdout
    with sqlite3.connect(fresh_db) as connection:
        names = sorted(r[0] for r in connection.execute("SELECT name FROM partnership"))
    assert names.count("Genk") == 1 and names.count("Stad Genk") == 1
