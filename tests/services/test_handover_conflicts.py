"""Hand-over package, conflicts: a record changed only in the package is updated, one changed
only here is kept, one changed on both sides is settled as the user chooses (keep mine, take
theirs, keep both), and a second import of the same package changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from igs_desktop.services.editing import EditSession, ValidationError
from igs_desktop.services.handover import (
    ConflictChoice,
    ItemStatus,
    PackagePreview,
    export_package,
    import_package,
    preview_package,
)
from igs_desktop.services.handover.planning import classify
from igs_desktop.services.workbench import Workbench
from igs_desktop.store.tables import metadata
from tests.services.handover_tools import second_workbench, snapshot

KORTRIJK = "IGS Kortrijk–Lendelede"
GENK = "Genk"


@dataclass
class Pair:
    """Two databases that hold the same portfolio: the colleague's (theirs) and mine."""

    theirs: Workbench
    mine: Workbench
    folder: Path
    exports: int = 0

    def export(self) -> Path:
        self.exports += 1
        return export_package(self.theirs, self.folder / f"pakket-{self.exports}.igs").path

    def preview(self) -> PackagePreview:
        return preview_package(self.mine, self.export())


def rows(workbench: Workbench, table: str, **where: object) -> list[dict]:
    tbl = metadata.tables[table]
    query = sa.select(tbl)
    for name, value in where.items():
        query = query.where(tbl.c[name] == value)
    with workbench.db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def partnership(workbench: Workbench, name: str) -> dict:
    (found,) = rows(workbench, "partnership", name=name)
    return found


@pytest.fixture
def pair(workbench: Workbench, migrated_template: Path, tmp_path: Path) -> Iterator[Pair]:
    workbench.save_profile("Collega", "collega@example.org")
    workbench.create_demo()
    with second_workbench(migrated_template, tmp_path / "mijn") as mine:
        mine.save_profile("Ik", "ik@example.org")
        both = Pair(workbench, mine, tmp_path)
        import_package(mine, both.preview())
        yield both


def status_of(preview: PackagePreview, key: str) -> ItemStatus:
    return next(i.status for i in preview.items if i.key == key)


def test_classify() -> None:
    assert classify("t", None, None, None) is ItemStatus.ADDED
    assert classify("t", None, "t", None) is ItemStatus.UNCHANGED
    assert classify("t", None, "m", "t") is ItemStatus.OLDER
    assert classify("t", None, "m", "m") is ItemStatus.UPDATED
    assert classify("t", "m", "m", None) is ItemStatus.UPDATED
    assert classify("t", "b", "m", "b") is ItemStatus.CONFLICT
    assert classify("t", None, "m", None) is ItemStatus.CONFLICT


def test_a_change_only_in_the_package_is_an_update(pair: Pair) -> None:
    genk = partnership(pair.theirs, GENK)
    pair.theirs.portfolio.update_partnership(genk["id"], kpi="1000 oefenkansen")
    preview = pair.preview()
    assert status_of(preview, f"partnership:{genk['id']}") is ItemStatus.UPDATED
    assert not preview.conflicts
    result = import_package(pair.mine, preview)
    assert partnership(pair.mine, GENK)["kpi"] == "1000 oefenkansen"
    assert [i.label for i in result.written["updated"]] == [GENK]


def test_a_change_only_here_is_kept(pair: Pair) -> None:
    genk = partnership(pair.mine, GENK)
    pair.mine.portfolio.update_partnership(genk["id"], kpi="Mijn eigen KPI")
    before = snapshot(pair.mine)
    preview = pair.preview()
    assert status_of(preview, f"partnership:{genk['id']}") is ItemStatus.OLDER
    assert not preview.has_changes
    import_package(pair.mine, preview)
    assert snapshot(pair.mine) == before
    assert partnership(pair.mine, GENK)["kpi"] == "Mijn eigen KPI"


@pytest.fixture
def conflicted(pair: Pair) -> tuple[Pair, PackagePreview, dict, dict]:
    """Kortrijk–Lendelede and one of its notes changed on both sides."""
    theirs_p = partnership(pair.theirs, KORTRIJK)
    note = next(n for n in rows(pair.theirs, "note", partnership_id=theirs_p["id"]))
    pair.theirs.portfolio.update_partnership(theirs_p["id"], name="IGS Kortrijk–Lendelede 2.0")
    subsidy = rows(pair.theirs, "subsidy", partnership_id=theirs_p["id"])[0]
    pair.theirs.portfolio.delete_subsidy(subsidy["id"])
    pair.theirs.notes.update_note(note["id"], title="Rondgang, hun versie")
    pair.mine.portfolio.update_partnership(theirs_p["id"], kpi="Mijn KPI")
    pair.mine.notes.update_note(note["id"], body="Mijn aanvulling")
    preview = pair.preview()
    keys = {i.key for i in preview.conflicts}
    assert keys == {f"partnership:{theirs_p['id']}", f"note:{note['id']}"}
    conflict = preview.conflicts[0]
    assert conflict.mine_changed is not None and conflict.theirs_changed is not None
    assert "Conflicten (2)" in "\n".join(preview.lines())
    return pair, preview, theirs_p, {**note, "subsidy_id": subsidy["id"]}


def test_conflicts_need_a_choice(conflicted: tuple[Pair, PackagePreview, dict, dict]) -> None:
    pair, preview, _p, _n = conflicted
    before = snapshot(pair.mine)
    with pytest.raises(ValidationError, match="Kies voor elk conflict"):
        import_package(pair.mine, preview)
    assert snapshot(pair.mine) == before


def test_keep_mine(conflicted: tuple[Pair, PackagePreview, dict, dict]) -> None:
    pair, preview, p, note = conflicted
    result = import_package(pair.mine, preview, ConflictChoice.MINE)
    mine = rows(pair.mine, "partnership", id=p["id"])[0]
    assert (mine["name"], mine["kpi"]) == (KORTRIJK, "Mijn KPI")
    assert rows(pair.mine, "subsidy", id=note["subsidy_id"])
    (kept,) = rows(pair.mine, "note", id=note["id"])
    assert (kept["title"], kept["body"]) == (note["title"], "Mijn aanvulling")
    assert len(result.written["mine"]) == 2
    again = preview_package(pair.mine, preview.package.path)
    assert {i.status for i in again.items} <= {ItemStatus.UNCHANGED, ItemStatus.OLDER}
    before = snapshot(pair.mine)
    import_package(pair.mine, again)
    assert snapshot(pair.mine) == before


def test_take_theirs(conflicted: tuple[Pair, PackagePreview, dict, dict]) -> None:
    pair, preview, p, note = conflicted
    result = import_package(pair.mine, preview, ConflictChoice.THEIRS)
    taken = rows(pair.mine, "partnership", id=p["id"])[0]
    assert (taken["name"], taken["kpi"]) == ("IGS Kortrijk–Lendelede 2.0", p["kpi"])
    assert not rows(pair.mine, "subsidy", id=note["subsidy_id"])  # removed there, so here too
    (mine_note,) = rows(pair.mine, "note", id=note["id"])
    assert (mine_note["title"], mine_note["body"]) == ("Rondgang, hun versie", note["body"])
    assert len(result.written["theirs"]) == 2
    again = preview_package(pair.mine, preview.package.path)
    assert not again.has_changes
    # one step to undo, and my versions are back
    EditSession(pair.mine.db, pair.mine.actor).revert(result.outcome)
    back = rows(pair.mine, "partnership", id=p["id"])[0]
    assert (back["name"], back["kpi"]) == (KORTRIJK, "Mijn KPI")
    assert rows(pair.mine, "subsidy", id=note["subsidy_id"])


def test_keep_both(conflicted: tuple[Pair, PackagePreview, dict, dict]) -> None:
    pair, preview, p, note = conflicted
    members_before = len(rows(pair.mine, "membership"))
    import_package(pair.mine, preview, ConflictChoice.BOTH)
    mine = rows(pair.mine, "partnership", id=p["id"])[0]
    assert (mine["name"], mine["kpi"]) == (KORTRIJK, "Mijn KPI")
    (copy,) = rows(pair.mine, "partnership", name="IGS Kortrijk–Lendelede 2.0")
    assert copy["id"] != p["id"] and copy["kpi"] == p["kpi"]
    copied_members = rows(pair.mine, "membership", partnership_id=copy["id"])
    assert {m["nis_code"] for m in copied_members} == {"34022", "34025"}
    assert len(rows(pair.mine, "membership")) == members_before + 2
    theirs_members = {m["id"] for m in rows(pair.theirs, "membership", partnership_id=p["id"])}
    assert not theirs_members & {m["id"] for m in copied_members}  # new ids for the parts
    assert len(rows(pair.mine, "subsidy", partnership_id=copy["id"])) == len(
        rows(pair.theirs, "subsidy", partnership_id=p["id"])
    )
    notes = rows(pair.mine, "note", title="Rondgang, hun versie")
    (copied_note,) = notes
    assert copied_note["id"] != note["id"]
    assert copied_note["partnership_id"] == copy["id"]  # it follows the copy
    (mine_note,) = rows(pair.mine, "note", id=note["id"])
    assert mine_note["body"] == "Mijn aanvulling"
    again = preview_package(pair.mine, preview.package.path)
    assert not again.has_changes  # no third copy
    before = snapshot(pair.mine)
    import_package(pair.mine, again)
    assert snapshot(pair.mine) == before


def test_a_figure_in_conflict_is_kept_or_taken(pair: Pair) -> None:
    pair.theirs.portfolio.set_population_figure("34022", 3, 13_000, "Hun bron")
    pair.mine.portfolio.set_population_figure("34022", 3, 12_999, "Mijn bron")
    preview = pair.preview()
    (conflict,) = preview.conflicts
    assert conflict.key == "population_figure:34022/3" and not conflict.can_keep_both
    import_package(pair.mine, preview, ConflictChoice.BOTH)  # a figure cannot be doubled
    (figure,) = rows(pair.mine, "population_figure", nis_code="34022", project_year=3)
    assert (figure["non_eu14"], figure["source"]) == (12_999, "Mijn bron")
    pair.theirs.portfolio.set_population_figure("34022", 3, 13_100, "Hun nieuwe bron")
    import_package(pair.mine, pair.preview(), {"population_figure:34022/3": ConflictChoice.THEIRS})
    (figure,) = rows(pair.mine, "population_figure", nis_code="34022", project_year=3)
    assert (figure["non_eu14"], figure["source"]) == (13_100, "Hun nieuwe bron")


def test_the_way_back_is_an_update(pair: Pair) -> None:
    """Mine goes back to the colleague: what I changed arrives there as an update."""
    genk = partnership(pair.mine, GENK)
    pair.mine.portfolio.update_partnership(genk["id"], kpi="Door mij aangepast")
    back = export_package(pair.mine, pair.folder / "terug.igs").path
    preview = preview_package(pair.theirs, back)
    assert status_of(preview, f"partnership:{genk['id']}") is ItemStatus.UPDATED
    assert not preview.conflicts
    import_package(pair.theirs, preview)
    assert partnership(pair.theirs, GENK)["kpi"] == "Door mij aangepast"
