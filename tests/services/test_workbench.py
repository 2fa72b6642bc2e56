"""The front door makes a backup before what undo alone cannot take back (issue 11, 8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from igs_desktop.services import backups
from igs_desktop.services.editing import ValidationError
from igs_desktop.services.workbench import Workbench


def test_a_figures_import_is_preceded_by_a_backup(workbench: Workbench) -> None:
    assert workbench.backups() == []
    workbench.import_figures({"34022": 12_000}, 3, "Agentschap, tabel 2024", "tabel.csv")
    made = workbench.backups()
    assert [b.reason for b in made] == [backups.BEFORE_IMPORT]
    assert made[0].verified is True


def test_an_erase_is_preceded_by_a_backup(workbench: Workbench) -> None:
    workbench.notes.create_note("Gesprek", dt.date(2025, 1, 2), body="Naam", personal_data=True)
    summary = workbench.erase_personal_data()
    assert summary.notes == 1
    assert [b.reason for b in workbench.backups()] == [backups.BEFORE_ERASE]


def test_no_backup_no_import(workbench: Workbench, tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand waar de map met back-ups moet komen", encoding="utf-8")
    workbench.folders = type(workbench.folders)(
        workbench.folders.attachments, workbench.folders.reports, blocker
    )
    with pytest.raises(ValidationError, match="geen back-up"):
        workbench.import_figures({"34022": 12_000}, 3, "Agentschap", "tabel.csv")
    assert workbench.portfolio  # still usable
    from igs_desktop.services.reference import figures_of

    assert figures_of(workbench.db, "34022") == []
