"""The one-folder bundle of build.spec, built from scratch and run as a user runs it.

Marked ``bundle``: ``make test`` leaves it out (pyproject's addopts), ``make test-bundle`` and
CI run it (it needs the ``dist`` extra, PyInstaller). The bundle is built once for the module,
in a temporary folder (about 45 s), then every command runs the built program itself, outside
this checkout and without this virtual environment.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PROJECT["version"]
NAME = next(iter(PROJECT["scripts"]))
MAX_SIZE = 150 * 1000 * 1000  # bytes unpacked (du -sb), the target


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder, built by PyInstaller from build.spec into a temporary folder."""
    work = tmp_path_factory.mktemp("pyinstaller")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    folder = work / "dist" / f"{NAME}-{VERSION}"
    assert folder.is_dir(), sorted(p.name for p in (work / "dist").iterdir())
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def run(
    bundle: Path, home: Path, *args: str, language: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The built program with ``args``, offscreen, from a folder outside the checkout (in the
    window's ``language`` when given)."""
    program = bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    env.update(IGS_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    if language is not None:
        env["IGS_DESKTOP_LANGUAGE"] = language
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=home,
        timeout=300,
    )


def test_the_version_is_pyproject_s(bundle: Path, home: Path) -> None:
    result = run(bundle, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"IGS Desktop {VERSION}"


def test_init_demo_check_and_a_report_on_a_fresh_folder(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    db = tmp_path / "nieuw" / "igs.sqlite"
    init = run(bundle, home, "init", "--db", str(db))
    assert init.returncode == 0, init.stderr
    assert "Nieuwe database aangemaakt" in init.stdout  # the Alembic migrations are there
    assert "region: 15 toegevoegd" in init.stdout  # and the reference data

    demo = run(bundle, home, "demo", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    assert "fictieve notities" in demo.stdout  # notes: the Dutch stemmer in the search index

    check = run(bundle, home, "check", "--db", str(db), "--year", "3")
    assert check.returncode == 1, check.stderr  # the demo has errors on purpose
    assert "REGION_MIXED" in check.stdout

    pdf = tmp_path / "plan.pdf"
    plan = run(
        bundle, home, "report", "plan", "--db", str(db), "--partnership", "Kortrijk",
        "--year", "3", "--out", str(pdf),
    )  # fmt: skip
    assert plan.returncode == 0, plan.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Ondersteuningsplan" in text and "IGS Kortrijk–Lendelede" in text
    assert "1 oktober 2024 – 30 september 2025" in text  # Babel's nl_BE dates
    assert "12.610" in text  # and numbers
    assert f"IGS Desktop {VERSION}" in text

    english = tmp_path / "plan-en.pdf"
    plan_en = run(
        bundle, home, "report", "plan", "--db", str(db), "--partnership", "Kortrijk",
        "--year", "3", "--lang", "en", "--out", str(english),
    )  # fmt: skip
    assert plan_en.returncode == 0, plan_en.stderr
    text_en = "\n".join(page.extract_text() for page in PdfReader(english).pages)
    assert "Support plan" in text_en
    assert "October 1, 2024 – September 30, 2025" in text_en  # Babel's en data is there too
    assert "12,610" in text_en

    sheet = tmp_path / "portefeuille.xlsx"
    export = run(bundle, home, "export", "portfolio", "--db", str(db), "--out", str(sheet))
    assert export.returncode == 0, export.stderr
    assert sheet.read_bytes().startswith(b"PK")  # openpyxl's workbook, a zip


def test_the_window_paints_offscreen_and_quits(bundle: Path, home: Path, tmp_path: Path) -> None:
    db = tmp_path / "venster.sqlite"
    result = run(bundle, home, "--db", str(db), "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stderr
    log = (home / "logs" / "igs-desktop.log").read_text(encoding="utf-8")
    assert "First paint after" in log
    assert "not found" not in log  # Qt's Dutch translations (qtbase_nl.qm) were loaded

    english = tmp_path / "english"
    result = run(bundle, english, "--db", str(db), "--exit-after-paint", language="en")
    assert result.returncode == 0, result.stderr
    log = (english / "logs" / "igs-desktop.log").read_text(encoding="utf-8")
    assert "First paint after" in log
    assert "No en translation" not in log  # igs_desktop_en.qm was loaded
    assert "not found" not in log  # and Qt's qtbase_en.qm


def test_the_team_server_driver_loads(bundle: Path, home: Path, tmp_path: Path) -> None:
    """psycopg and its libpq load in the bundle (they need Python's ssl): an unreachable team
    server is told in Dutch, nothing else."""
    db = tmp_path / "team.sqlite"
    assert run(bundle, home, "init", "--db", str(db)).returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = f"postgresql://anna:pw@127.0.0.1:{port}/igs"
    result = run(bundle, home, "sync", "--db", str(db), "--server", server)
    assert result.returncode == 2, result.stderr
    assert f"De teamdatabase op 127.0.0.1:{port} is niet bereikbaar" in result.stderr


def test_qt_s_icu_answers_what_qt_asks(bundle: Path) -> None:
    """Linux: build.spec rebuilds Qt's ICU data with the app's languages only (32 MB -> 9 MB).
    What Qt asks ICU (collation, time zone names, legacy encodings, upper case) is answered
    from the bundle's data, in Dutch and English (tests/bundle/icu_probe.py)."""
    data = [path for path in bundle.rglob("libicudata.so.*") if not path.is_symlink()]
    assert len(data) == (1 if sys.platform.startswith("linux") else 0)
    for library in data:
        probe = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("icu_probe.py")), str(library.parent)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert probe.returncode == 0, probe.stderr
        answers = json.loads(probe.stdout)
        assert answers["data"] == [str(library.resolve())]  # the bundle's data, not another's
        assert library.stat().st_size < 12 * 1000 * 1000
        ordered = ["Aalst", "één", "eenheid", "Ëzel", "Ieper", "ijs", "Zaventem"]
        assert answers["collation nl_BE"] == answers["collation en_GB"] == ordered
        assert answers["time zone nl_BE"] == "Midden-Europese standaardtijd"
        assert answers["time zone en_GB"] == "Central European Standard Time"
        assert answers["windows-1252"] == "café € 5"
        assert answers["upper nl"] == "IJSSELMEER STRASSE"


def _size(folder: Path) -> int:
    """Bytes unpacked, as ``du -sb`` counts them: a symbolic link (PyInstaller links the Qt
    libraries into _internal/) is not a second copy."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def test_the_bundle_is_lean(bundle: Path) -> None:
    if sys.platform.startswith("linux"):
        # One OpenSSL: psycopg_binary's; Python's ssl finds it through symbolic links.
        copies = [path for path in bundle.rglob("libcrypto*") if not path.is_symlink()]
        assert [path.parent.name for path in copies] == ["psycopg_binary.libs"], copies
    assert _size(bundle) < MAX_SIZE
    files = {path.name for path in bundle.rglob("*") if path.is_file()}
    assert not any(
        word in name for name in files for word in ("Qt6Quick", "Qt6Qml", "WebEngine", "Qt63D")
    )
    assert {name for name in files if name.endswith(".qm")} == {
        "qtbase_nl.qm",
        "qtbase_en.qm",
        "igs_desktop_en.qm",  # the window's English (resources/translations)
    }
    locales = {path.stem for path in bundle.rglob("locale-data/*.dat")}
    assert "root" in locales and len(locales) < 10  # Babel ships more than 800
    assert {"igs-desktop.svg", "igs-desktop-256.png", "igs-desktop.ico"} <= files
