import sqlite3
import subprocess
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


def figures_in(db_file: Path) -> dict[str, int]:
    with sqlite3.connect(db_file) as connection:
        return dict(connection.execute("SELECT nis_code, non_eu14 FROM population_figure"))


def import_table(
    table: Path, db_file: Path, home: Path, year: str = "3"
) -> subprocess.CompletedProcess[str]:
    return run_cli(
        "figures",
        "import",
        str(table),
        "--year",
        year,
        "--source",
        "Agentschap 2024",
        "--db",
        str(db_file),
        home=home,
    )


def test_a_windows_1252_table_by_name_with_a_merged_municipality(
    db_file: Path, tmp_path: Path
) -> None:
    table = tmp_path / "tabel.csv"
    table.write_bytes(
        "Bron: Agentschap – 2024\r\nGemeente;Aantal niet-EU14\r\nSint-Niklaas;9.876\r\n"
        "Nevele;300\r\nKruibeke;1 200\r\n".encode("cp1252")
    )
    result = import_table(table, db_file, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 cijfers voor projectjaar 3 geïmporteerd uit tabel.csv" in result.stdout
    assert "rij 4: Nevele → Deinze" in result.stdout
    assert figures_in(db_file) == {"46021": 9876, "44083": 300, "46013": 1200}


def test_a_utf8_table_with_a_bom(db_file: Path, tmp_path: Path) -> None:
    table = tmp_path / "tabel.csv"
    table.write_bytes(b"\xef\xbb\xbfNIS,Aantal niet-EU14\n46021,9876\n")
    result = import_table(table, db_file, tmp_path)
    assert result.returncode == 0, result.stderr
    assert figures_in(db_file) == {"46021": 9876}


def test_hostile_files_get_one_dutch_line_and_change_nothing(db_file: Path, tmp_path: Path) -> None:
    huge = tmp_path / "groot.csv"
    huge.write_text("NIS;Aantal\n34022;99999999999999999999999\n34025;" + "9" * 140_000 + "\n")
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    for table, expected in (
        (huge, "groot.csv: niets geïmporteerd: rij 2 (34022): 99999999999999999999999 is meer"),
        (broken, "kapot.xlsx is geen leesbaar Excel-bestand"),
    ):
        result = import_table(table, db_file, tmp_path)
        assert result.returncode == 2
        assert expected in result.stderr
        assert "rij 3: een cel is langer dan 131.072 tekens" in result.stderr or table == broken
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert figures_in(db_file) == {}
