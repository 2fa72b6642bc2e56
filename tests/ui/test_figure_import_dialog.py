"""The figures import dialog: a preview of where each row lands, and one step to undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlmodel import select

from igs_desktop.services.figure_import import read_figure_file
from igs_desktop.store.tables import ChangeLogEntry, PopulationFigure
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.figure_import_dialog import FigureImportDialog, read_in_background


def stored(context: AppContext, year: int = 3) -> dict[str, tuple[int, str]]:
    with context.db.session() as session:
        rows = session.exec(select(PopulationFigure).where(PopulationFigure.project_year == year))
        return {r.nis_code: (r.non_eu14, r.source) for r in rows}


def dialog_for(context: AppContext, qtbot: QtBot, tmp_path: Path, text: str) -> FigureImportDialog:
    path = tmp_path / "tabel.csv"
    path.write_text(text, encoding="utf-8")
    dialog = FigureImportDialog(context, read_figure_file(path))
    qtbot.addWidget(dialog)
    return dialog


def preview(dialog: FigureImportDialog) -> list[list[str]]:
    model = dialog.preview_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_undo_reverts_the_whole_import_in_one_step(
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    context.execute(lambda: context.portfolio.set_population_figure("34022", 3, 12000, "Oud"))
    dialog = dialog_for(
        context,
        qtbot,
        tmp_path,
        "NIS;Gemeente;Aantal niet-EU14\n34022;Kortrijk;12.610\n34025;Lendelede;455\n"
        "46021;Sint-Niklaas;9.876\n",
    )
    steps = context.undo_stack.count()
    dialog.source.setText("Agentschap, tabel 2024")
    dialog.import_button.click()
    assert dialog.imported
    imported = {
        "34022": (12610, "Agentschap, tabel 2024"),
        "34025": (455, "Agentschap, tabel 2024"),
        "46021": (9876, "Agentschap, tabel 2024"),
    }
    assert stored(context) == imported
    assert context.undo_stack.count() == steps + 1
    assert context.undo_stack.undoText() == "Cijfers projectjaar 3 geïmporteerd uit tabel.csv"
    context.undo_stack.undo()
    assert stored(context) == {"34022": (12000, "Oud")}
    context.undo_stack.redo()
    assert stored(context) == imported
    with context.db.session() as session:
        summaries = {e.summary for e in session.exec(select(ChangeLogEntry))}
    assert (
        "Cijfers projectjaar 3 geïmporteerd uit tabel.csv (bron: Agentschap, tabel 2024): "
        "2 nieuw, 1 gewijzigd, 0 ongewijzigd" in summaries
    )


def test_the_preview_names_the_successor_of_a_merged_municipality(
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    context.execute(
        lambda: context.calendar.add_year(4, dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    )
    dialog = dialog_for(
        context, qtbot, tmp_path, "Gemeente;Aantal niet-EU14\nKruibeke;1.200\nNevele;300\n"
    )
    assert dialog.year.currentData() == 3
    assert [row[1:3] for row in preview(dialog)] == [
        ["Kruibeke", "Kruibeke"],
        ["Nevele", "Nevele → Deinze"],
    ]
    dialog.year.setCurrentIndex(dialog.year.findData(4))
    assert [row[1:3] for row in preview(dialog)] == [
        ["Kruibeke", "Kruibeke → Beveren-Kruibeke-Zwijndrecht"],
        ["Nevele", "Nevele → Deinze"],
    ]
    assert "2 rijen horen bij een fusiegemeente" in dialog.summary.text()
    dialog.source.setText("Tabel 2025")
    dialog.import_button.click()
    assert stored(context, 4) == {"46030": (1200, "Tabel 2025"), "44083": (300, "Tabel 2025")}


def test_problems_block_the_import_and_a_year_can_resolve_them(
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    context.execute(
        lambda: context.calendar.add_year(4, dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    )
    dialog = dialog_for(
        context, qtbot, tmp_path, "NIS;Aantal niet-EU14\n46030;1.200\n34022;-5\n34025;12\n"
    )
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert items == ["rij 3 (34022): een aantal kan niet negatief zijn ('-5')"]
    assert not dialog.import_button.isEnabled()
    assert "1 probleem" in dialog.summary.text()
    dialog.year.setCurrentIndex(dialog.year.findData(1))
    assert dialog.problems.count() == 2  # Beveren-Kruibeke-Zwijndrecht did not exist yet
    assert not dialog.import_button.isEnabled()
    assert stored(context) == {}


def test_a_good_table_can_be_imported(context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(context, qtbot, tmp_path, "<b>NIS</b>;Aantal niet-EU14\n34022;5\n")
    assert dialog.import_button.isEnabled() and dialog.problems.isHidden()
    assert "&lt;b&gt;NIS&lt;/b&gt;" in dialog.summary.text()  # the file's words are not markup
    dialog.source.setText("")
    dialog.import_button.click()
    assert not dialog.imported and stored(context) == {}  # the source is asked for


def test_the_background_work_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "tabel.csv"
    path.write_text("NIS;Aantal\n34022;5\n", encoding="utf-8")
    steps: list[str] = []
    parsed = read_in_background(path)(lambda _fraction, text: steps.append(text))
    assert [(line.nis_code, line.non_eu14) for line in parsed.lines] == [("34022", 5)]
    assert steps == ["tabel.csv lezen…"]
