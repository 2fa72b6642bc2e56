"""Producing a report: the file, its record, its hash, and what a later report says changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import select

from igs_desktop.reports import build_pdf
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.services.report_data import data_hash, plan_data
from igs_desktop.services.report_follow_up import follow_up_data
from igs_desktop.services.report_output import ReportOutputError, produce
from igs_desktop.services.report_records import report_history
from igs_desktop.store.database import Database
from igs_desktop.store.report_queries import reports
from igs_desktop.store.tables import ReportRecordRow

from .conftest import TODAY
from .pdf_tools import all_text, reader

PERIOD = (dt.date(2024, 10, 1), dt.date(2025, 3, 14))


def test_a_produced_report_is_written_and_recorded(demo_db: Database, tmp_path: Path) -> None:
    data = plan_data(demo_db, "Tienen", 3, today=TODAY)
    produced = produce(demo_db, data, tmp_path / "plan.pdf", actor="Tester")
    assert len(reader(produced.path.read_bytes()).pages) > 1
    with demo_db.session() as session:
        rows = session.exec(select(ReportRecordRow)).all()
    assert len(rows) == 1
    row = rows[0]
    assert (row.kind, row.subject_id, row.project_year) == ("plan", data.meta.subject_id, 3)
    assert row.file_path == str(tmp_path / "plan.pdf")
    assert row.data_hash == produced.data_hash == data_hash(data)
    assert len(row.data_hash) == 64
    assert [r.id for r in reports(demo_db, data.meta.subject_id)] == [row.id]
    assert [r.file_path for r in report_history(demo_db)] == [row.file_path]


def test_the_hash_ignores_the_day_and_sees_the_data(demo_db: Database) -> None:
    first = plan_data(demo_db, "Tienen", 3, today=TODAY)
    again = dataclasses.replace(first, meta=dataclasses.replace(first.meta, produced_on=TODAY))
    assert data_hash(again) == data_hash(first)
    changed = dataclasses.replace(first, kpi=first.kpi + " en meer")
    assert data_hash(changed) != data_hash(first)


def test_an_unwritable_file_is_refused_and_not_recorded(demo_db: Database, tmp_path: Path) -> None:
    data = plan_data(demo_db, "Tienen", 3, today=TODAY)
    with pytest.raises(ReportOutputError, match="bestaat niet"):
        produce(demo_db, data, tmp_path / "geen-map" / "plan.pdf")
    assert reports(demo_db) == []


def test_a_second_follow_up_says_what_changed(demo_db: Database, tmp_path: Path) -> None:
    pid = plan_data(demo_db, "Kortrijk", 3, today=TODAY).meta.subject_id
    first = follow_up_data(demo_db, pid, 3, *PERIOD, today=TODAY)
    assert first.changes.previous_at is None
    produce(demo_db, first, tmp_path / "opvolging-1.pdf")

    unchanged = follow_up_data(demo_db, pid, 3, *PERIOD, today=TODAY)
    assert unchanged.changes.previous_at is not None
    assert unchanged.changes.same_data is True
    assert unchanged.changes.lines == ()
    assert "niets gewijzigd" in all_text(build_pdf(unchanged))

    service = PortfolioService(demo_db, "Anaïs")
    service.add_member(pid, "34041", 3, dt.date(2025, 1, 1), "Per deelnemer")  # Wevelgem
    second = follow_up_data(demo_db, pid, 3, *PERIOD, today=TODAY)
    assert second.changes.same_data is False
    assert [c.category for c in second.changes.lines] == ["Leden"]
    assert "Wevelgem" in second.changes.lines[0].summary
    assert "Wevelgem" in second.members
    text = all_text(produce(demo_db, second, tmp_path / "opvolging-2.pdf").path.read_bytes())
    assert "Wevelgem toegevoegd als lid" in text
    assert "verschillen" in text
    kinds = [r.kind for r in reports(demo_db, pid)]
    assert kinds == ["follow-up", "follow-up"]
