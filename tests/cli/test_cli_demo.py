"""`igs-desktop demo` as a subprocess: creates the demo once, refuses a second time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.runner import run_cli


def test_demo_fills_a_fresh_database_once(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    first = run_cli("demo", "--db", str(db), home=tmp_path / "home")
    assert first.returncode == 0, first.stderr
    assert "Demoportefeuille aangemaakt" in first.stdout
    assert "6 aanvragers" in first.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM partnership WHERE is_demo").fetchone() == (
            6,
        )
        assert connection.execute("SELECT value FROM app_meta WHERE key = 'demo'").fetchone() == (
            "1",
        )

    second = run_cli("demo", "--db", str(db), home=tmp_path / "home")
    assert second.returncode == 2
    assert second.stdout == ""
    assert second.stderr.strip().splitlines() == [
        "igs-desktop: De demoportefeuille is al aangemaakt."
    ]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM partnership").fetchone() == (6,)


def test_demo_on_a_broken_database_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"\x00garbage" * 100)
    result = run_cli("demo", "--db", str(broken), home=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
