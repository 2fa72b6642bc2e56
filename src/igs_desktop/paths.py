"""Where IGS Desktop keeps its files, and where its shipped resources are.

One place decides this, so tests and portable installs can redirect everything:
``IGS_DESKTOP_HOME`` moves the whole data folder; ``--db FILE`` points at one database file.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "igs-desktop"
APP_AUTHOR = "Agentschap Integratie en Inburgering"
HOME_ENV = "IGS_DESKTOP_HOME"
DATABASE_NAME = "igs-desktop.sqlite"


@dataclass(frozen=True)
class AppPaths:
    """The folders and the database file of one running app."""

    data_dir: Path
    database: Path
    log_dir: Path

    @property
    def backup_dir(self) -> Path:
        return self.database.parent / "backups"

    @property
    def attachment_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def report_dir(self) -> Path:
        return self.data_dir / "reports"

    def ensure(self) -> None:
        """Create the folders (not the database file)."""
        for folder in (self.data_dir, self.database.parent, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(database: str | os.PathLike[str] | None = None) -> AppPaths:
    """The paths for this run: ``database`` (from ``--db``) wins, then ``IGS_DESKTOP_HOME``,
    then the platform's user data folder."""
    home = os.environ.get(HOME_ENV)
    if home:
        data_dir = Path(home).expanduser().resolve()
        log_dir = data_dir / "logs"
    else:
        import platformdirs

        data_dir = Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))
        log_dir = Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR))
    db = Path(database).expanduser().resolve() if database else data_dir / DATABASE_NAME
    return AppPaths(data_dir=data_dir, database=db, log_dir=log_dir)


SYNCED_FOLDER_MARKERS = (
    "onedrive",
    "sharepoint",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
)


def synced_folder(path: Path) -> str | None:
    """The cloud-synchronised folder ``path`` lies in (OneDrive, SharePoint, Dropbox, ...), if
    any: SQLite files are known to be damaged when such a client copies them while in use."""
    for part in path.parts:
        lowered = part.casefold()
        for marker in SYNCED_FOLDER_MARKERS:
            if marker in lowered:
                return part
    return None


def resource_dir() -> Path:
    """The ``resources`` folder, from a PyInstaller bundle, an installed wheel or a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # wheel: force-included next to the code
    candidates.append(package_dir.parent.parent / "resources")  # checkout: src/igs_desktop/..
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(
        "De map met referentiegegevens (resources) is niet gevonden; de installatie is onvolledig."
    )


def resource(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resource_dir().joinpath(*parts)
