import sqlite3
from pathlib import Path

from tests.cli.runner import run_cli


def test_import_a_table_from_the_command_line(db_file: Path, tmp_path: Path) -> None:
    table = tmp_path / "tabel.csv"
    table.write_text("NIS;Aantal niet-EU14\n34022;12.610\n34025;455\n", encoding="utf-8")
    result = run_cli(
        "figures",
        "import",
        str(table),
        "--year",
        "3",
        "--source",
        "Agentschap 2024",
        "--db",
        str(db_file),
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "2 cijfers voor projectjaar 3" in result.stdout
    with sqlite3.connect(db_file) as connection:
        assert connection.execute("SELECT count(*) FROM population_figure").fetchone() == (2,)


def test_a_bad_table_imports_nothing(db_file: Path, tmp_path: Path) -> None:
    table = tmp_path / "tabel.csv"
    table.write_text("NIS;Aantal\n34022;12.610\n99999;5\n", encoding="utf-8")
    result = run_cli(
        "figures",
        "import",
        str(table),
        "--year",
        "3",
        "--source",
        "x",
        "--db",
        str(db_file),
        home=tmp_path,
    )
    assert result.returncode == 2
    assert "onbekende NIS-code '99999'" in result.stderr and "niets geïmporteerd" in result.stderr
    with sqlite3.connect(db_file) as connection:
        assert connection.execute("SELECT count(*) FROM population_figure").fetchone() == (0,)
