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


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/an/OneDrive - Vlaamse overheid/igs/igs.sqlite", "OneDrive - Vlaamse overheid"),
        ("C:/Users/an/Dropbox/igs.sqlite", "Dropbox"),
        ("/home/an/.local/share/igs-desktop/igs.sqlite", None),
    ],
)
def test_synced_folders_are_recognised(path: str, expected: str | None) -> None:
    from igs_desktop.paths import synced_folder

    assert synced_folder(Path(path)) == expected


def test_startup_warns_about_a_synced_folder_and_makes_a_routine_backup(tmp_path: Path) -> None:
    from igs_desktop.services.startup import start

    paths = resolve_paths(tmp_path / "OneDrive" / "igs.sqlite")
    startup = start(paths)
    startup.db.close()
    assert startup.synced_folder == "OneDrive"
    assert any("OneDrive" in w and "beschadigd" in w for w in startup.warnings)
    assert startup.routine_backup is not None and startup.routine_backup.exists()
