"""Hand-over package, export: one ZIP with a manifest, the records and the attachment files,
written whole or not at all, never over the database, a backup or an existing file."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from igs_desktop.services.editing import ValidationError
from igs_desktop.services.handover import FORMAT_NAME, FORMAT_VERSION, export_package
from igs_desktop.services.safe_output import UnsafeOutputError
from igs_desktop.services.workbench import Workbench
from igs_desktop.store.schema import HEAD_REVISION

RECORD_ENTRIES = {
    "records/support_contacts.json",
    "records/partnerships.json",
    "records/knowledge_sessions.json",
    "records/notes.json",
    "records/follow_ups.json",
    "records/population_figures.json",
}


@pytest.fixture
def demo(workbench: Workbench) -> Workbench:
    workbench.save_profile("An Overdrager", "an@example.org")
    workbench.create_demo()
    return workbench


def test_the_package_holds_a_manifest_the_records_and_the_attachments(
    demo: Workbench, tmp_path: Path
) -> None:
    target = tmp_path / "overdracht.igs"
    summary = export_package(demo, target)
    assert summary.path == target.resolve()
    assert summary.counts["samenwerkingsverbanden"] == 6
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == FORMAT_NAME
        assert manifest["format_version"] == FORMAT_VERSION
        assert manifest["schema_revision"] == HEAD_REVISION
        assert manifest["created_at"].endswith("Z")
        assert manifest["exported_by"]["name"] == "An Overdrager"
        assert manifest["scope"] == {"all_partnerships": True, "partnership_ids": []}
        listed = {e["path"]: e for e in manifest["entries"]}
        assert set(listed) == names - {"manifest.json"}
        for path, entry in listed.items():
            data = archive.read(path)
            assert entry["size"] == len(data)
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        attachments = {n for n in names if n.startswith("attachments/")}
        assert RECORD_ENTRIES | attachments | {"manifest.json"} == names
        notes = json.loads(archive.read("records/notes.json"))["notes"]
        hashes = {a["sha256"] for n in notes for a in n["attachments"]}
        assert attachments == {f"attachments/{h}" for h in hashes} and hashes
        partnerships = json.loads(archive.read("records/partnerships.json"))["partnerships"]
        kortrijk = next(p for p in partnerships if p["name"] == "IGS Kortrijk–Lendelede")
        assert {m["nis_code"] for m in kortrijk["memberships"]} == {"34022", "34025"}
        assert {a["action_number"] for a in kortrijk["actions"]} == {"5", "24"}
        assert all(a["kpi_values"] for a in kortrijk["actions"])
        assert kortrijk["subsidies"] and kortrijk["transfers"] and kortrijk["support_tracks"]
        figures = json.loads(archive.read("records/population_figures.json"))
        assert {f["source"] for f in figures["population_figures"]} != {""}
    assert not list(tmp_path.glob(".*.part"))


def test_chosen_partnerships_only_with_what_belongs_to_them(
    demo: Workbench, tmp_path: Path
) -> None:
    target = tmp_path / "kortrijk.igs"
    summary = export_package(demo, target, ["IGS Kortrijk–Lendelede"])
    assert summary.counts["samenwerkingsverbanden"] == 1
    with zipfile.ZipFile(target) as archive:
        partnerships = json.loads(archive.read("records/partnerships.json"))["partnerships"]
        follow_ups = json.loads(archive.read("records/follow_ups.json"))["follow_ups"]
        figures = json.loads(archive.read("records/population_figures.json"))
    (only,) = partnerships
    assert {f["partnership_id"] for f in follow_ups} <= {only["id"]}
    assert {f["nis_code"] for f in figures["population_figures"]} == {"34022", "34025"}
    by_id = export_package(demo, tmp_path / "by-id.igs", [only["id"]])
    assert by_id.counts == summary.counts


def test_an_unknown_partnership_is_refused_and_nothing_is_written(
    demo: Workbench, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="geen samenwerkingsverband met id of naam 'Nergens'"):
        export_package(demo, tmp_path / "x.igs", ["Nergens"])
    assert not list(tmp_path.glob("*.igs"))


def test_never_over_the_database_a_backup_or_an_existing_file(
    demo: Workbench, tmp_path: Path
) -> None:
    database = demo.db.path
    before = database.read_bytes()
    with pytest.raises(UnsafeOutputError, match="database"):
        export_package(demo, database)
    demo.folders.backups.mkdir(parents=True, exist_ok=True)
    with pytest.raises(UnsafeOutputError, match="back-ups of bijlagen"):
        export_package(demo, demo.folders.backups / "x.igs")
    existing = tmp_path / "bestaat.igs"
    existing.write_bytes(b"van iemand anders")
    with pytest.raises(UnsafeOutputError, match="bestaat al"):
        export_package(demo, existing)
    assert existing.read_bytes() == b"van iemand anders"
    export_package(demo, existing, overwrite=True)
    assert zipfile.is_zipfile(existing)
    assert database.read_bytes() == before


def test_a_missing_attachment_file_stops_the_export(demo: Workbench, tmp_path: Path) -> None:
    for stored in demo.folders.attachments.glob("??/*"):
        stored.unlink()
    target = tmp_path / "zonder-bijlage.igs"
    with pytest.raises(ValidationError, match="ontbreekt in de map met bijlagen"):
        export_package(demo, target)
    assert not target.exists()
    assert not list(tmp_path.glob(".*.part"))


def test_a_record_the_format_cannot_carry_stops_the_export(demo: Workbench, tmp_path: Path) -> None:
    with demo.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE note SET kind = 'dagboek' WHERE id = (SELECT min(id) FROM note)"
        )
    target = tmp_path / "x.igs"
    with pytest.raises(
        ValidationError,
        match=r"notitie in deze database past niet in het pakketformaat: kind 'dagboek'",
    ):
        export_package(demo, target)
    assert not target.exists()
