"""The partnership page and its dialogs for keyboard and screen-reader users: every input named,
Tab leaving every table, fields reached in reading order; and what follows the window's
language without a catalogue: the texts that come from the domain (findings, statuses, themes)
and how amounts are written and typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from igs_desktop.domain.language import Language
from igs_desktop.domain.work import Phase, Theme
from igs_desktop.services import reference
from igs_desktop.services.overview import catalogue
from igs_desktop.services.rules import known_years
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.partnership.action_dialogs import AddActionDialog, KpiDialog, SubsidyDialog
from igs_desktop.ui.partnership.amounts import AmountEdit, AmountError, parse_amount
from igs_desktop.ui.partnership.member_dialogs import AddMemberDialog, EditMemberDialog
from igs_desktop.ui.partnership.money_dialogs import (
    NewMemberActionDialog,
    StimulusDialog,
    SubsidyAddDialog,
    TransferDialog,
)
from igs_desktop.ui.partnership.page import PartnershipPage
from igs_desktop.ui.partnership.track_dialog import TrackDialog
from tests.store_builders import action_id
from tests.ui.accessibility_tools import (
    assert_accessible,
    assert_tab_order,
    trapping_views,
    unnamed_inputs,
)

KORTRIJK, LENDELEDE = "34022", "34025"
OWN_SECTIONS = ("details", "members", "actions", "tracks", "money", "history")


@pytest.fixture
def page(window: MainWindow, context: AppContext, db) -> PartnershipPage:  # type: ignore[no-untyped-def]
    """A partnership of two members with an action, a support track and a subsidy."""
    service = context.portfolio
    pid = service.create_partnership("Verband", 1).created_id
    assert pid is not None
    for nis in (KORTRIJK, LENDELEDE):
        service.add_member(pid, nis, 1, None, "volgens deelnemers")
    service.update_partnership(pid, submitter_nis=KORTRIJK)
    service.add_action(pid, action_id(db, "5"), 1_250_000)
    service.update_catalogue_action(action_id(db, "5"), supported=True)
    service.add_support_track(pid, action_id(db, "5"), Theme.LANGUAGE, Phase.RUN)
    service.add_subsidy(pid, context.year, 2_000_000, "eerste ronde")
    return window.open_partnership(pid)


@pytest.fixture
def english() -> Iterator[None]:
    """The application speaks English (as `install_language` marks it), without a catalogue:
    only texts that come from the domain change."""
    app = QCoreApplication.instance()
    assert app is not None
    app.setProperty("igs_language", "en")
    yield
    app.setProperty("igs_language", "nl")


def test_every_tab_of_the_page_names_its_inputs_and_lets_tab_leave_its_tables(
    page: PartnershipPage,
) -> None:
    for key in OWN_SECTIONS:
        page.tabs.setCurrentWidget(page.sections[key])
        assert_accessible(page.sections[key])
    assert_accessible(page.findings)
    # the tables are really filled: a named empty table would prove little
    assert page.sections["actions"].proxy.rowCount() == 1
    assert page.sections["tracks"].proxy.rowCount() == 1
    assert page.sections["money"].subsidies.table.proxy.rowCount() == 1


def test_the_details_are_reached_in_reading_order(page: PartnershipPage) -> None:
    details = page.sections["details"]
    assert_tab_order(
        details,
        details.name,
        details.submitter,
        details.formed_year,
        details.kpi,
        details.status,
        details.notes,
    )


def test_the_member_dialogs(page: PartnershipPage, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    years = known_years(context.db)
    add = AddMemberDialog(
        reference.governments(context.db), None, {}, set(), years, context.year, parent=page
    )
    assert add.windowTitle() == "Lid toevoegen"
    # the government picker is another module's (and tested there); its table is ours to free
    assert [o for o in unnamed_inputs(add) if "GovernmentPicker" not in o] == []
    assert trapping_views(add) == []
    assert_tab_order(add, add.picker, add.joined_year, add.joined_on, add.arrangement)
    member = page.sections["members"].selected()
    assert member is not None
    edit = EditMemberDialog(member, years, page)
    assert_accessible(edit)
    assert_tab_order(
        edit, edit.joined_year, edit.joined_on, edit.left_year, edit.left_on, edit.arrangement
    )


def test_the_action_dialogs(page: PartnershipPage, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    add = AddActionDialog(catalogue(context.db), set(), page)
    assert_accessible(add)
    assert_tab_order(add, add.filter, add.tree, add.subsidy)
    row = page.sections["actions"].selected()
    assert row is not None
    kpi = KpiDialog(row, known_years(context.db), context.year, page)
    assert_accessible(kpi)
    assert_tab_order(kpi, kpi.year, kpi.target, kpi.interim, kpi.final)
    assert_accessible(SubsidyDialog(row, page))


def test_the_track_dialog_new_and_edited(page: PartnershipPage, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    tracks = page.sections["tracks"]
    track = tracks.selected()
    assert track is not None
    for shown in (None, track):
        dialog = TrackDialog(catalogue(context.db), shown, page, (track,))
        assert_accessible(dialog)
        assert_tab_order(
            dialog,
            dialog.action,
            dialog.theme,
            dialog.phase,
            dialog.status,
            dialog.next_step,
            dialog.due_date,
        )


def test_the_money_dialogs(page: PartnershipPage, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    years, year = known_years(context.db), context.year
    assert page.detail is not None
    partners = [m for m in page.detail.members if m.nis_code != KORTRIJK]
    subsidy = SubsidyAddDialog(years, year, page)
    transfer = TransferDialog(partners, years, year, page)
    stimulus = StimulusDialog(years, year, page)
    new_members = NewMemberActionDialog(catalogue(context.db), years, year, page)
    for dialog in (subsidy, transfer, stimulus, new_members):
        assert_accessible(dialog)
    assert_tab_order(subsidy, subsidy.year, subsidy.amount, subsidy.description)
    assert_tab_order(
        transfer, transfer.year, transfer.partner, transfer.amount, transfer.description
    )
    assert_tab_order(stimulus, stimulus.year, stimulus.granted_on)


def test_findings_statuses_and_themes_follow_the_windows_language(  # type: ignore[no-untyped-def]
    english, window: MainWindow, context: AppContext, db
) -> None:
    service = context.portfolio
    pid = service.create_partnership("Verband", 1).created_id
    assert pid is not None
    service.add_member(pid, KORTRIJK, 1, None, "")
    service.update_catalogue_action(action_id(db, "5"), supported=True)
    service.add_support_track(pid, action_id(db, "5"), Theme.LANGUAGE, Phase.FOLLOW_UP)
    page = window.open_partnership(pid)
    assert page.detail is not None and page.detail.findings

    shown = [page.findings.list.item(i).text() for i in range(page.findings.list.count())]
    for finding, text in zip(page.detail.findings, shown, strict=True):
        assert finding.message_en and text.endswith(finding.message_en)
        assert text.startswith(("Error · ", "Warning · "))
    status = page.sections["details"].status
    assert [status.itemText(i) for i in range(status.count())] == [
        "active",
        "in preparation",
        "stopped",
    ]
    assert status.currentData() == "actief"  # the stored value stays Dutch
    tracks = page.sections["tracks"]
    row = [tracks.proxy.index(0, c).data() for c in range(tracks.proxy.columnCount())]
    assert "language" in row and "follow up" in row
    dialog = TrackDialog(catalogue(db), tracks.selected(), page)
    assert dialog.theme.currentText() == "language"
    assert dialog.theme.currentData() == Theme.LANGUAGE


@pytest.mark.parametrize(
    ("text", "lang", "cents"),
    [
        ("12.500,50", Language.NL, 1_250_050),
        ("12,500.50", Language.EN, 1_250_050),
        ("€1,234", Language.EN, 123_400),
        ("2.5", Language.EN, 250),
        ("€ 2.500,-", Language.NL, 250_000),
    ],
)
def test_amounts_are_typed_with_the_separators_of_the_language(
    text: str, lang: Language, cents: int
) -> None:
    assert parse_amount(text, lang) == cents


def test_a_comma_for_the_cents_in_english_is_refused_with_the_english_way_to_write_it() -> None:
    with pytest.raises(AmountError, match=r"2\.5"):
        parse_amount("2,5", Language.EN)


def test_an_amount_to_edit_is_written_as_the_window_speaks(english, qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = AmountEdit("Bedrag", 1_250_000)
    qtbot.addWidget(edit)
    assert edit.text() == "12,500.00"
    assert edit.cents() == 1_250_000
    edit.setText("3,000.5")
    assert edit.cents() == 300_050


def test_in_dutch_an_amount_to_edit_keeps_the_flemish_separators(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = AmountEdit("Bedrag", 1_250_000)
    qtbot.addWidget(edit)
    assert edit.text() == "12.500,00"
    assert edit.cents() == 1_250_000


def test_a_long_message_in_a_money_dialog_is_read_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SubsidyAddDialog([1, 2, 3], 3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.amount.setText("2.5")  # a decimal point: the message explains the Flemish way
    dialog._accept()
    qtbot.wait(10)
    error = dialog.error
    assert error.isVisible() and "2,5" in error.text()
    assert error.height() >= error.heightForWidth(error.width())


def test_at_a_large_scale_the_money_tab_scrolls_and_the_findings_wrap(
    page: PartnershipPage,
) -> None:
    """What sets the page's least size is not the four money tables stacked nor the findings'
    one-line heading: at 200 % on 1920 x 1080 the page must fit in 960 x 540 points."""
    money = page.sections["money"].minimumSizeHint()
    details = page.sections["details"].minimumSizeHint()
    assert money.height() <= details.height()
    assert page.findings.minimumSizeHint().width() < 150
