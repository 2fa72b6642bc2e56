"""Projectjaren in the window: the offer when today is past the last year, the dialog, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from igs_desktop.services import calendar
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.project_years_dialog import ProjectYearsDialog, YearFormDialog

TODAY = dt.date(2026, 11, 29)


@pytest.fixture(autouse=True)
def faked_today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setattr(calendar, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def accept_forms(monkeypatch: pytest.MonkeyPatch) -> list[YearFormDialog]:
    """Every year form is accepted as the app proposes it."""
    seen: list[YearFormDialog] = []

    def accept(form: YearFormDialog) -> int:
        seen.append(form)
        return 1

    monkeypatch.setattr(YearFormDialog, "exec", accept)
    return seen


def year_choices(window: MainWindow) -> list[int]:
    return [window.year.itemData(i) for i in range(window.year.count())]


def test_past_the_last_year_the_app_offers_the_next_until_today_is_covered(  # type: ignore[no-untyped-def]
    window: MainWindow, answers, accept_forms: list[YearFormDialog]
) -> None:
    assert "Projectjaar 3 liep af op 30 september 2025" in window.calendar_notice.text()
    window.offer_next_year()
    questions = [text for kind, _title, text in answers.shown if kind == "confirm"]
    assert questions == [
        "Projectjaar 3 liep af op 30 september 2025. Projectjaar 4 toevoegen?",
        "Projectjaar 4 liep af op 30 september 2026. Projectjaar 5 toevoegen?",
    ]
    assert [(f.number, f.year().start) for f in accept_forms] == [
        (4, dt.date(2025, 10, 1)),
        (5, dt.date(2026, 10, 1)),
    ]
    assert calendar.known_years(window.db) == [1, 2, 3, 4, 5]
    assert window.context.year == 5
    assert year_choices(window) == [1, 2, 3, 4, 5]
    assert window.year.currentData() == 5
    assert window.calendar_notice.text() == ""
    assert "Projectjaar 5: 1 oktober 2026 – 30 september 2027" in window.portfolio.deadlines.text()


def test_later_adds_nothing(window: MainWindow, answers, accept_forms) -> None:  # type: ignore[no-untyped-def]
    answers.confirm_answer = False
    window.offer_next_year()
    assert len([a for a in answers.shown if a[0] == "confirm"]) == 1
    assert accept_forms == []
    assert calendar.known_years(window.db) == [1, 2, 3]


def test_undo_of_an_added_year_takes_it_out_of_the_chooser(  # type: ignore[no-untyped-def]
    window: MainWindow, answers, accept_forms
) -> None:
    answers.confirm_answer = True
    window.offer_next_year()
    assert window.context.year == 5
    window.context.undo_stack.undo()
    assert calendar.known_years(window.db) == [1, 2, 3, 4]
    assert year_choices(window) == [1, 2, 3, 4]
    assert window.context.year == 4
    assert "Projectjaar 4 liep af" in window.calendar_notice.text()


def test_the_form_refuses_a_gap_before_anything_is_written(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    form = YearFormDialog(calendar.project_years(context.db))
    qtbot.addWidget(form)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and form.number == 4
    assert ok.text() == "Projectjaar 4 toevoegen"
    form.start.setDate(QDate(2025, 10, 8))
    assert not ok.isEnabled()
    assert "zit een gat" in form.problems.text()
    form.start.setDate(QDate(2025, 10, 1))
    assert ok.isEnabled() and form.problems.text() == ""


def test_correct_a_deadline_in_the_dialog(qtbot, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fill_interim(form: YearFormDialog) -> int:
        assert form.number == 3
        form.interim_kpi.set_value(dt.date(2025, 5, 5))
        return 1

    monkeypatch.setattr(YearFormDialog, "exec", fill_interim)
    dialog = ProjectYearsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(2, 4).data() == "nog niet bekend"
    dialog.table.selectRow(2)
    dialog.edit_year()
    assert calendar.project_years(context.db)[2].interim_kpi_deadline == dt.date(2025, 5, 5)
    assert dialog.model.index(2, 4).data() == "5 mei 2025"
    context.undo_stack.undo()
    assert calendar.project_years(context.db)[2].interim_kpi_deadline is None
