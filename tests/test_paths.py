from pathlib import Path

import pytest

from igs_desktop.paths import DATABASE_NAME, resolve_paths, resource_dir


def test_home_variable_moves_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IGS_DESKTOP_HOME", str(tmp_path / "elders"))
    paths = resolve_paths()
    assert paths.data_dir == (tmp_path / "elders").resolve()
    assert paths.database == paths.data_dir / DATABASE_NAME
    assert paths.log_dir == paths.data_dir / "logs"


def test_db_option_wins_for_the_database_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "ander.sqlite")
    assert paths.database == (tmp_path / "ander.sqlite").resolve()
    assert paths.backup_dir == tmp_path.resolve() / "backups"


def test_platform_folder_without_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IGS_DESKTOP_HOME")
    paths = resolve_paths()
    assert "igs-desktop" in str(paths.data_dir)


def test_resources_are_found() -> None:
    assert (resource_dir() / "data" / "municipalities.csv").exists()
