"""What-if dialogs, the portfolio filter, the governments and catalogue pages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from igs_desktop.store.tables import CatalogueAction, MembershipRow, PopulationFigure
from igs_desktop.ui import figures_dialog
from igs_desktop.ui.catalogue_page import ActionDialog
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.table_model import ROW_ROLE
from igs_desktop.ui.whatif_dialog import WhatIfDialog
from tests.store_builders import add_figures, add_partnership

KORTRIJK, LENDELEDE, KUURNE, ROESELARE = "34022", "34025", "34023", "36015"


@pytest.fixture
def kortrijk_lendelede(db) -> str:  # type: ignore[no-untyped-def]
    add_figures(db, 3, {KORTRIJK: 9000, LENDELEDE: 600, KUURNE: 1200, ROESELARE: 5000})
    return add_partnership(db, "IGS Kortrijk–Lendelede", {KORTRIJK: 1, LENDELEDE: 1}, KORTRIJK)


def grid_text(dialog: WhatIfDialog) -> list[list[str]]:
    rows = []
    for r in range(dialog.grid.rowCount()):
        cells = []
        for c in range(3):
            item = dialog.grid.itemAtPosition(r, c)
            widget = item.widget() if item else None
            cells.append(widget.text() if isinstance(widget, QLabel) else "")
        rows.append(cells)
    return rows


def membership_id(db, nis: str) -> str:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.exec(select(MembershipRow.id).where(MembershipRow.nis_code == nis)).one()


def test_what_if_kortrijk_leaves_shows_the_numbers_of_the_rules(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db, kortrijk_lendelede: str
) -> None:
    dialog = WhatIfDialog(
        context, kortrijk_lendelede, "leave", KORTRIJK, membership_id(db, KORTRIJK)
    )
    qtbot.addWidget(dialog)
    rows = grid_text(dialog)
    assert rows[1] == ["Leden", "Kortrijk, Lendelede", "Lendelede"]
    assert rows[2] == ["Inwoners niet-EU14", "9.600", "600"]
    assert rows[3][2] == "nee, verloren"  # 600 < 7.500: the remaining member loses year 1
    assert rows[4][2] == "verloren"  # the leaver loses its year-1 right
    assert rows[5][2] == "ja, als nieuwe aanvrager"  # Kortrijk 9.000 > 7.500 alone
    assert rows[6][2] == "nieuwe indiener nodig"
    assert "BELOW_THRESHOLD" in dialog.findings.item(0).text() or any(
        "BELOW_THRESHOLD" in dialog.findings.item(i).text() for i in range(dialog.findings.count())
    )


def test_applying_a_leave_records_it_with_its_date_and_undo_takes_it_back(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db, kortrijk_lendelede: str
) -> None:
    member = membership_id(db, LENDELEDE)
    dialog = WhatIfDialog(context, kortrijk_lendelede, "leave", LENDELEDE, member)
    qtbot.addWidget(dialog)
    dialog.year.setCurrentIndex(dialog.year.findData(2))
    dialog.date.enabled.setChecked(True)
    dialog.date.edit.setDate(QDate(2023, 10, 1))
    dialog.apply_button.click()
    assert dialog.applied
    with db.session() as session:
        row = session.get(MembershipRow, member)
        assert row is not None and row.left_year == 2 and row.left_on == dt.date(2023, 10, 1)
    context.undo_stack.undo()
    with db.session() as session:
        assert session.get(MembershipRow, member).left_year is None  # type: ignore[union-attr]


def test_closing_a_what_if_leaves_no_trace(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db, kortrijk_lendelede: str
) -> None:
    dialog = WhatIfDialog(context, kortrijk_lendelede, "join", KUURNE)
    qtbot.addWidget(dialog)
    rows = grid_text(dialog)
    assert rows[2] == ["Inwoners niet-EU14", "9.600", "10.800"]
    dialog.reject()
    with db.session() as session:
        assert (
            session.exec(select(MembershipRow).where(MembershipRow.nis_code == KUURNE)).all() == []
        )
    assert context.undo_stack.count() == 0


def test_join_from_another_region_cannot_be_applied(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, kortrijk_lendelede: str
) -> None:
    dialog = WhatIfDialog(context, kortrijk_lendelede, "join", ROESELARE)
    qtbot.addWidget(dialog)
    assert grid_text(dialog)[3][2] == "nee"
    assert not dialog.apply_button.isEnabled()


def test_portfolio_filter_finds_a_partnership_by_a_members_name(  # type: ignore[no-untyped-def]
    window: MainWindow, db, kortrijk_lendelede: str
) -> None:
    add_partnership(db, "Genk", {"71016": 1}, "71016")
    window.refresh()
    page = window.portfolio
    assert page.proxy.rowCount() == 2
    page.search.setText("lendelède")  # accents and case do not matter
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        "IGS Kortrijk–Lendelede"
    ]


def test_enter_on_a_portfolio_row_opens_the_partnership(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot, kortrijk_lendelede: str
) -> None:
    from PySide6.QtCore import Qt

    window.refresh()
    window.portfolio.table.selectRow(0)
    window.portfolio.table.setFocus()
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_Return)
    page = window.tabs.currentWidget()
    assert getattr(page, "partnership_id", None) == kortrijk_lendelede


def test_editing_a_figure_on_the_governments_page(  # type: ignore[no-untyped-def]
    window: MainWindow, db, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(dialog: figures_dialog.FiguresDialog) -> int:
        dialog.year.setCurrentIndex(dialog.year.findData(2))
        dialog.value.setValue(8123)
        dialog.source.setText("Agentschap, tabel 2023")
        dialog.save_button.click()
        assert [f.non_eu14 for f in dialog.model.rows()] == [8123]
        return 0

    monkeypatch.setattr(figures_dialog.FiguresDialog, "exec", fake_exec)
    page = window.governments
    window.tabs.setCurrentWidget(page)  # where the user works
    page.search.setText("34022")
    page.table.selectRow(0)
    page.edit_figures()
    with db.session() as session:
        figure = session.exec(select(PopulationFigure)).one()
    assert (figure.nis_code, figure.project_year, figure.non_eu14) == (KORTRIJK, 2, 8123)
    assert figure.source == "Agentschap, tabel 2023"
    page.search.setText("Kortrijk")
    assert page.proxy.index(0, 4).data() == "8.123"


def test_filter_governments_by_province(window: MainWindow) -> None:
    page = window.governments
    page.province.setCurrentIndex(page.province.findData("Limburg"))
    names = {
        page.proxy.index(r, 0).data(ROW_ROLE).info.province for r in range(page.proxy.rowCount())
    }
    assert names == {"Limburg"} and page.proxy.rowCount() == 38


def test_marking_an_action_as_supported_in_the_catalogue(  # type: ignore[no-untyped-def]
    window: MainWindow, db, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(dialog: ActionDialog) -> int:
        dialog.supported.setChecked(True)
        return 1

    monkeypatch.setattr(ActionDialog, "exec", fake_exec)
    page = window.catalogue
    page.search.setText("straatintimidatie")
    page.table.selectRow(0)
    page.edit_action()
    with db.session() as session:
        action = session.exec(
            select(CatalogueAction).where(CatalogueAction.title.contains("straatintimidatie"))  # type: ignore[attr-defined]
        ).one()
    assert action.supported
    window.undo_action.trigger()
    with db.session() as session:
        assert not session.get(CatalogueAction, action.id).supported  # type: ignore[union-attr]


def test_table_models_pass_the_model_tester(
    window: MainWindow, qtmodeltester, kortrijk_lendelede: str
) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    page = window.open_partnership(kortrijk_lendelede)
    for model in (
        window.portfolio.model,
        window.portfolio.proxy,
        window.governments.model,
        window.catalogue.model,
        page.sections["members"].model,
    ):
        qtmodeltester.check(model)


def test_importing_a_figures_table_from_the_governments_page(  # type: ignore[no-untyped-def]
    window: MainWindow, db, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from igs_desktop.ui import figure_import_dialog, messages

    table = tmp_path / "tabel.csv"
    table.write_text("NIS;Aantal niet-EU14\n34022;12.610\n34025;455\n", encoding="utf-8")
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(table))
    shown: list[int] = []

    def fake_exec(dialog: figure_import_dialog.FigureImportDialog) -> int:
        shown.append(len(dialog.parsed.lines))
        dialog.source.setText("Agentschap, tabel 2024")
        dialog.import_button.click()
        return 1

    monkeypatch.setattr(figure_import_dialog.FigureImportDialog, "exec", fake_exec)
    window.governments.import_figures()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    with db.session() as session:
        figures = {f.nis_code: f.non_eu14 for f in session.exec(select(PopulationFigure))}
    assert figures == {"34022": 12610, "34025": 455}
    assert window.governments.import_button.isEnabled()


def test_a_table_with_problems_cannot_be_imported(  # type: ignore[no-untyped-def]
    window: MainWindow, db, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from igs_desktop.ui import figure_import_dialog, messages

    table = tmp_path / "tabel.csv"
    table.write_text("NIS;Aantal\n34022;veel\n", encoding="utf-8")
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(table))
    seen: list[tuple[bool, int]] = []

    def fake_exec(dialog: figure_import_dialog.FigureImportDialog) -> int:
        seen.append((dialog.import_button.isEnabled(), dialog.problems.count()))
        return 0

    monkeypatch.setattr(figure_import_dialog.FigureImportDialog, "exec", fake_exec)
    window.governments.import_figures()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(False, 1)]
    with db.session() as session:
        assert session.exec(select(PopulationFigure)).all() == []


def test_dates_sort_as_dates_and_a_failing_cell_does_not_crash(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from igs_desktop.ui.table_model import SORT_ROLE, Column, RowTableModel

    def broken(_d: dt.date) -> str:
        raise RuntimeError("kapot")

    model: RowTableModel[dt.date] = RowTableModel(
        [
            Column("Datum", lambda d: d.strftime("%d-%m-%Y"), sort_key=lambda d: d),
            Column("Stuk", broken),
        ]
    )
    model.set_rows([dt.date(2024, 1, 5), dt.date(2023, 12, 31), dt.date(2024, 1, 1)])
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "31-12-2023",
        "01-01-2024",
        "05-01-2024",
    ]
    assert model.index(0, 1).data() is None


def test_a_hidden_page_refreshes_when_it_is_shown_again(  # type: ignore[no-untyped-def]
    window: MainWindow, db, kortrijk_lendelede: str
) -> None:
    window.refresh()
    page = window.open_partnership(kortrijk_lendelede)  # the portfolio is now behind a tab
    calls: list[int] = []
    original = window.portfolio.refresh
    window.portfolio.refresher.refresh = lambda: (calls.append(1), original())  # type: ignore[method-assign]
    window.context.portfolio.update_partnership(kortrijk_lendelede, name="Hernoemd")
    window.context.notify()
    assert calls == [] and window.portfolio.refresher.stale
    assert page.detail is not None and page.detail.record.name == "Hernoemd"  # visible: at once
    window.tabs.setCurrentWidget(window.portfolio)
    assert calls == [1]
    assert window.portfolio.model.index(0, 0).data() == "Hernoemd"


def test_applying_a_leave_ends_the_active_membership_not_an_old_one(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db, kortrijk_lendelede: str
) -> None:
    service = context.portfolio
    old = membership_id(db, LENDELEDE)
    service.record_leave(old, 2)
    rejoined = service.add_member(kortrijk_lendelede, LENDELEDE, 2).created_id  # rejoins
    dialog = WhatIfDialog(context, kortrijk_lendelede, "leave", LENDELEDE, old)  # old row chosen
    qtbot.addWidget(dialog)
    dialog.year.setCurrentIndex(dialog.year.findData(3))
    dialog.apply_button.click()
    with db.session() as session:
        assert session.get(MembershipRow, old).left_year == 2  # type: ignore[union-attr]  # untouched
        assert session.get(MembershipRow, rejoined).left_year == 3  # type: ignore[union-attr]


@pytest.fixture
def leie_7500(db) -> str:  # type: ignore[no-untyped-def]
    """Without Kortrijk, Lendelede and Kuurne count exactly 7.500; Kuurne joined in year 2."""
    add_figures(db, 3, {KORTRIJK: 9000, LENDELEDE: 5000, KUURNE: 2500})
    return add_partnership(db, "IGS Leie", {KORTRIJK: 1, LENDELEDE: 1, KUURNE: 2}, LENDELEDE)


def test_exactly_7500_remaining_reads_as_one_sentence_and_is_not_cut_off(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db, leie_7500: str
) -> None:
    dialog = WhatIfDialog(context, leie_7500, "leave", KORTRIJK, membership_id(db, KORTRIJK))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = grid_text(dialog)
    assert rows[2][2] == "7.500"
    # Kept, but not enough to apply: both in one cell, next to the BELOW_THRESHOLD finding.
    assert rows[3][2] == (
        "ja, nog altijd 7.500: de subsidies van projectjaar 1 blijven behouden, maar om "
        "(opnieuw) aan te vragen is meer dan 7.500 nodig"
    )
    findings = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("BELOW_THRESHOLD" in f for f in findings)
    assert "nog altijd 7.500" in dialog.explanation.text()
    labels = [
        item.widget()
        for r in range(dialog.grid.rowCount())
        for c in range(3)
        if (item := dialog.grid.itemAtPosition(r, c)) is not None
    ]
    for label in [*labels, dialog.explanation]:
        assert isinstance(label, QLabel) and label.wordWrap()
        if label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_a_leaver_that_joined_in_year_2_has_no_year1_subsidy_to_lose(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, db, leie_7500: str
) -> None:
    dialog = WhatIfDialog(context, leie_7500, "leave", KUURNE, membership_id(db, KUURNE))
    qtbot.addWidget(dialog)
    assert grid_text(dialog)[4] == [
        "Kuurne: subsidies projectjaar 1",
        "nee, geen lid in projectjaar 1",
        "niets te verliezen",
    ]
    assert "geen subsidies van projectjaar 1 te verliezen" in dialog.explanation.text()
