"""Colleagues' portfolios in the window: the support contact's column, "Alleen mijn
portefeuille", a colleague's partnership read-only with "Overnemen…", and sharing a note with
personal data (issue 15). The takeover against a real server: tests/team/test_team_views.py."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from igs_desktop.services.workbench import Workbench
from igs_desktop.store.database import Database
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.notes.editor import NoteEditor, open_editor
from igs_desktop.ui.partnership.page import PartnershipPage
from igs_desktop.ui.portfolio_page import SUPPORT_COLUMN, PortfolioPage
from igs_desktop.ui.table_model import ROW_ROLE
from tests.team_views_tools import AN, BRAM, TeamLaptopRecord, team_laptop
from tests.ui.conftest import Answers, wait_for_counts

KORTRIJK = "34022"


def team_window(
    qtbot, workbench: Workbench, settings: QSettings, in_team: bool = True
) -> tuple[MainWindow, TeamLaptopRecord]:  # type: ignore[no-untyped-def]
    laptop = team_laptop(workbench.db, in_team)
    workbench.save_profile(AN, "")
    window = MainWindow(AppContext(workbench, year=3), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, laptop


@pytest.fixture
def team(qtbot, workbench: Workbench, settings: QSettings) -> tuple[MainWindow, TeamLaptopRecord]:  # type: ignore[no-untyped-def]
    return team_window(qtbot, workbench, settings)


def names_shown(page: PortfolioPage) -> list[str]:
    return sorted(page.proxy.index(r, 0).data(ROW_ROLE).name for r in range(page.proxy.rowCount()))


# --- the portfolio -----------------------------------------------------------------------------


def test_the_portfolio_names_the_support_contact_and_shows_only_mine_first(  # type: ignore[no-untyped-def]
    team, qtbot
) -> None:
    window, _laptop = team
    page = window.portfolio
    wait_for_counts(qtbot, page)
    header = page.model.headerData(SUPPORT_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Ondersteuner"
    assert not page.table.isColumnHidden(SUPPORT_COLUMN)
    assert page.only_mine.isVisible() and page.only_mine.isChecked()
    assert names_shown(page) == ["IGS Noord"]
    assert page.summary.text().startswith("1 aanvrager")

    page.only_mine.setChecked(False)
    assert names_shown(page) == ["IGS Noord", "IGS Zuid"]
    assert page.summary.text().startswith("2 aanvragers")
    cells = {
        page.proxy.index(r, 0).data(): page.proxy.index(r, SUPPORT_COLUMN).data()
        for r in range(page.proxy.rowCount())
    }
    assert cells == {"IGS Noord": AN, "IGS Zuid": BRAM}
    his = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "IGS Zuid"
    )
    tip = page.proxy.index(his, SUPPORT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Portefeuille van Bram Claes — alleen lezen"

    page.search.setText("zuid")  # the search works within what the box shows
    assert names_shown(page) == ["IGS Zuid"]
    page.only_mine.setChecked(True)
    assert names_shown(page) == []


def test_without_a_team_the_portfolio_is_as_before(  # type: ignore[no-untyped-def]
    qtbot, workbench: Workbench, settings: QSettings
) -> None:
    window, _laptop = team_window(qtbot, workbench, settings, in_team=False)
    page = window.portfolio
    wait_for_counts(qtbot, page)
    assert page.table.isColumnHidden(SUPPORT_COLUMN)
    assert not page.only_mine.isVisible()
    assert names_shown(page) == ["IGS Noord", "IGS Zuid"]
    assert page.summary.text().startswith("2 aanvragers")


# --- a colleague's partnership -----------------------------------------------------------------


def editing_widgets(page: PartnershipPage) -> dict[str, QWidget]:
    """Every widget on the page that changes the partnership (each tab filled first)."""
    details = page.sections["details"]
    members = page.sections["members"]
    actions = page.sections["actions"]
    tracks = page.sections["tracks"]
    money = page.sections["money"]
    notes = page.sections["notes"]
    follow_ups = page.sections["follow_ups"]
    found: dict[str, QWidget] = {
        "details.submitter": details.submitter,
        "details.formed_year": details.formed_year,
        "details.status": details.status,
        "members.add": members.add_button,
        "members.edit": members.edit_button,
        "members.remove": members.remove_button,
        "actions.add": actions.add_button,
        "actions.kpi": actions.kpi_button,
        "actions.subsidy": actions.subsidy_button,
        "actions.remove": actions.remove_button,
        "tracks.add": tracks.add_button,
        "tracks.edit": tracks.edit_button,
        "tracks.remove": tracks.remove_button,
        "notes.new": notes.new_button,
        "notes.delete": notes.delete_button,
        "follow_ups.add": follow_ups.add_button,
        "follow_ups.edit": follow_ups.edit_button,
        "follow_ups.done": follow_ups.done_button,
        "follow_ups.delete": follow_ups.delete_button,
    }
    for key, section in money.sections.items():
        found[f"money.{key}.add"] = section.add_button
        found[f"money.{key}.remove"] = section.remove_button
    return found


def fill(window: MainWindow, pid: str) -> None:
    """Something in every table, so the buttons that need a chosen row could be enabled."""
    portfolio, notes = window.context.portfolio, window.context.notes
    portfolio.add_member(pid, KORTRIJK, 1)
    with window.context.db.engine.connect() as conn:
        action = conn.execute(sa.text("SELECT id FROM catalogue_action LIMIT 1")).scalar()
    portfolio.add_action(pid, str(action))
    portfolio.add_subsidy(pid, 1, 100_000)
    notes.create_note("Overleg", dt.date(2026, 3, 1), partnership_id=pid)
    notes.create_follow_up("Bellen", partnership_id=pid)


@pytest.fixture
def filled(qtbot, workbench: Workbench, settings: QSettings):  # type: ignore[no-untyped-def]
    """A team laptop whose two partnerships have a member, an action, money, a note and a
    follow-up each (made before the laptop joined the team)."""
    from tests.team_views_tools import join_team

    laptop = team_laptop(workbench.db, in_team=False)
    workbench.save_profile(AN, "")
    context = AppContext(workbench, year=3)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for pid in (laptop.mine, laptop.his):
        fill(window, pid)
    join_team(workbench.db, laptop.an)
    return window, laptop


def test_a_colleagues_partnership_is_read_only_with_his_name(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, laptop = filled
    page = window.open_partnership(laptop.his)
    assert page.banner.isVisible()
    assert page.banner.label.text() == "Portefeuille van Bram Claes — alleen lezen"
    assert page.banner.button.isEnabled()
    assert "ondersteuner: Bram Claes" in page.subheader.text()
    widgets = editing_widgets(page)
    for tab in range(page.tabs.count()):  # every tab shown once, its rows chosen
        page.tabs.setCurrentIndex(tab)
    for table in (page.sections["actions"].view, page.sections["follow_ups"].view):
        table.selectRow(0)
    enabled = sorted(key for key, widget in widgets.items() if widget.isEnabled())
    assert enabled == []
    details = page.sections["details"]
    assert details.name.isReadOnly() and details.kpi.isReadOnly() and details.notes.isReadOnly()
    # what still works: reading, the what-ifs, the figures (reference data, not his)
    members = page.sections["members"]
    assert members.join_button.isEnabled() and members.figure_button.isEnabled()
    assert page.sections["notes"].open_button.isEnabled()


def test_the_users_own_partnership_stays_editable_in_a_team(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, laptop = filled
    page = window.open_partnership(laptop.mine)
    assert not page.banner.isVisible()
    assert "ondersteuner: An Peeters" in page.subheader.text()
    widgets = editing_widgets(page)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
    for table in (page.sections["actions"].view, page.sections["follow_ups"].view):
        table.selectRow(0)
    for section in page.sections["money"].sections.values():
        section.view.selectRow(0)
    page.sections["tracks"].view.selectRow(0)
    disabled = sorted(key for key, widget in widgets.items() if not widget.isEnabled())
    # no track yet, nor transfers, stimuli or actions with new members to remove
    assert disabled == [
        "money.new_member_actions.remove",
        "money.stimuli.remove",
        "money.transfers.remove",
        "tracks.edit",
        "tracks.remove",
    ]
    assert not page.sections["details"].name.isReadOnly()


def test_editing_keys_on_a_colleagues_partnership_change_nothing(  # type: ignore[no-untyped-def]
    filled, qtbot, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from igs_desktop.ui.partnership import member_dialogs

    opened: list[str] = []
    monkeypatch.setattr(
        member_dialogs.AddMemberDialog, "exec", lambda _d: opened.append("add") or 0
    )
    window, laptop = filled
    page = window.open_partnership(laptop.his)
    details = page.sections["details"]
    before = details.detail.record if details.detail else None
    details._save(kpi="getypt")  # what leaving the field would save
    members = page.sections["members"]
    members.table.selectRow(0)
    members.remove_member()  # the Delete key
    members.add_member()  # the Insert key: no dialog opens
    page.sections["money"]._delete(page.sections["money"].subsidies)
    assert answers.shown == [] and opened == []  # nothing was even tried
    page.refresh()
    assert page.sections["details"].detail.record == before
    assert len(page.sections["members"].model.rows()) == 1


def test_taking_over_without_a_team_database_says_how_to_set_one(  # type: ignore[no-untyped-def]
    filled, qtbot, answers: Answers
) -> None:
    window, laptop = filled
    page = window.open_partnership(laptop.his)
    page.banner.button.click()
    kinds = [(kind, title) for kind, title, _text in answers.shown]
    assert kinds == [("confirm", "Overnemen"), ("warn", "Overnemen")]
    assert "wordt aan u toegewezen; dit wordt vastgelegd op de server" in answers.shown[0][2]
    assert "Bram Claes kan het daarna alleen nog lezen" in answers.shown[0][2]
    assert "Er is geen teamdatabase ingesteld" in answers.shown[1][2]
    assert page.banner.isVisible()


def test_declining_the_takeover_asks_nothing_more(filled, qtbot, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    window, laptop = filled
    answers.confirm_answer = False
    page = window.open_partnership(laptop.his)
    page.banner.button.click()
    assert [kind for kind, _t, _x in answers.shown] == ["confirm"]


# --- sharing a note with personal data ---------------------------------------------------------


def editor_in(window: MainWindow, qtbot) -> NoteEditor:  # type: ignore[no-untyped-def]
    editor = open_editor(window.context, window)  # the window's child: closed with it
    assert editor is not None
    return editor


def test_sharing_is_offered_only_for_personal_data_in_a_team(team, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _laptop = team
    editor = editor_in(window, qtbot)
    form = editor.form
    assert not form.shared_with_team.isEnabled()
    assert "Bevat persoonsgegevens" in form.shared_with_team.toolTip()
    form.personal_data.setChecked(True)
    assert form.shared_with_team.isEnabled() and not form.shared_with_team.isChecked()
    assert form.sharing_hint.text() == "(blijft op deze laptop)"
    form.shared_with_team.setChecked(True)
    assert form.sharing_hint.text() == "(gaat naar de teamdatabase)"
    form.personal_data.setChecked(False)  # sharing means sharing personal data
    assert not form.shared_with_team.isChecked() and not form.shared_with_team.isEnabled()


def test_without_a_team_a_note_cannot_be_shared(  # type: ignore[no-untyped-def]
    qtbot, workbench: Workbench, settings: QSettings
) -> None:
    window, _laptop = team_window(qtbot, workbench, settings, in_team=False)
    form = editor_in(window, qtbot).form
    form.personal_data.setChecked(True)
    assert not form.shared_with_team.isEnabled()
    assert "synchroniseert niet met een teamdatabase" in form.shared_with_team.toolTip()
    assert form.sharing_hint.text() == ""


def shared_flags(db: Database) -> dict[str, bool]:
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT title, shared_with_team FROM note")).all()
    return {title: bool(shared) for title, shared in rows}


def test_a_shared_note_is_saved_shared_and_shown_again_so(team, qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    window, _laptop = team
    editor = editor_in(window, qtbot)
    form = editor.form
    form.title.setText("Gesprek met een bewoner")
    form.personal_data.setChecked(True)
    form.shared_with_team.setChecked(True)
    editor.save_and_close()
    kept = editor_in(window, qtbot)
    kept.form.title.setText("Nog een gesprek")
    kept.form.personal_data.setChecked(True)
    kept.save_and_close()
    assert shared_flags(db) == {"Gesprek met een bewoner": True, "Nog een gesprek": False}
    with db.engine.connect() as conn:
        note_id = conn.execute(
            sa.text("SELECT id FROM note WHERE title = 'Gesprek met een bewoner'")
        ).scalar()
    again = open_editor(window.context, window, str(note_id))
    assert again is not None
    assert again.form.shared_with_team.isChecked() and again.form.shared_with_team.isEnabled()
    again.form.shared_with_team.setChecked(False)
    again.save_and_close()
    assert shared_flags(db)["Gesprek met een bewoner"] is False


def test_the_draft_keeps_the_sharing_choice(team, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _laptop = team
    form = editor_in(window, qtbot).form
    form.personal_data.setChecked(True)
    form.shared_with_team.setChecked(True)
    _title, _body, details = form.snapshot()
    assert details["shared_with_team"] is True
    other = editor_in(window, qtbot).form
    other.apply("t", "b", details)
    assert other.shared_with_team.isChecked()


def test_a_note_of_a_colleagues_partnership_opens_read_only(filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, laptop = filled
    notes = window.context.notes
    with window.context.db.engine.connect() as conn:
        his, mine = (
            conn.execute(
                sa.text("SELECT id FROM note WHERE partnership_id = :p"), {"p": pid}
            ).scalar()
            for pid in (laptop.his, laptop.mine)
        )
    editor = NoteEditor(window.context, str(his), parent=window)
    qtbot.addWidget(editor)
    assert editor.read_only and not editor.save_button.isEnabled()
    assert editor.form.title.isReadOnly() and editor.form.body.isReadOnly()
    assert not editor.form.kind.isEnabled()
    assert "portefeuille van Bram Claes: alleen lezen" in editor.status.text()
    editor.save_and_close()  # Ctrl+S does nothing either
    assert notes.note(str(his)).title == "Overleg"
    own = NoteEditor(window.context, str(mine), parent=window)
    qtbot.addWidget(own)
    assert not own.read_only and own.save_button.isEnabled() and not own.form.title.isReadOnly()
