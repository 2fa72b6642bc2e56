"""The window's team database: the settings dialog (address without password, the password in
the keyring), Synchroniseren in a worker with its summary, a wrong password, and the conflicts
dialog with both choices, against a real PostgreSQL server (tests/team/conftest.py; skipped
locally without IGS_TEST_PG_URL, never in CI)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import sqlalchemy as sa
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from igs_desktop.domain.language import Language
from igs_desktop.paths import resource_dir
from igs_desktop.services import team_settings
from igs_desktop.services.sync import SyncService
from igs_desktop.store.database import Database
from igs_desktop.store.engine import make_engine
from igs_desktop.store.team_server.admin import add_member, setup_server
from igs_desktop.store.team_server.engine import make_server_engine
from igs_desktop.ui import team_settings_dialog
from igs_desktop.ui.context import AppContext
from igs_desktop.ui.i18n import install_language
from igs_desktop.ui.main_window import MainWindow
from igs_desktop.ui.team_conflicts_dialog import ConflictsDialog
from igs_desktop.ui.team_settings_dialog import (
    TeamPasswordDialog,
    TeamSettingsDialog,
    no_keyring_text,
)
from igs_desktop.ui.team_sync import SyncProgressDialog
from tests.team.conftest import (  # noqa: F401  (fixtures)
    _throwaway_roles,
    admin_url_object,
    libpq_url,
    pg_admin_url,
    team_database,
    unique_name,
)
from tests.ui.accessibility_tools import assert_accessible, focus_chain, non_literal_translations
from tests.ui.conftest import Answers
from tests.ui.test_english_window import dutch_only, plain, texts_shown

SERVICE = "igs-desktop team"
UI = Path(__file__).parents[2] / "src" / "igs_desktop" / "ui"
MODULES = ("team_common.py", "team_conflicts_dialog.py", "team_settings_dialog.py", "team_sync.py")


class MemoryKeyring(KeyringBackend):
    """The system keyring, in memory, for the tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Never the developer's real keyring: one in memory for every test here."""
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    try:
        yield kept
    finally:
        keyring.set_keyring(before)


def _meta(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT key, value FROM app_meta")).all())  # type: ignore[arg-type]


def _state(db: Database) -> tuple[Any, ...]:
    """What a synchronisation could change here: settings, the change log, the conflicts."""
    with db.engine.connect() as conn:
        log = conn.execute(sa.text("SELECT id, sync_state FROM change_log ORDER BY id")).all()
        conflicts = conn.execute(sa.text("SELECT id FROM sync_conflict")).all()
        partnerships = conn.execute(sa.text("SELECT * FROM partnership ORDER BY id")).all()
    return sorted(_meta(db).items()), log, conflicts, partnerships


# --- the settings dialog --------------------------------------------------------------------------
def test_bewaren_stores_the_address_without_the_password_and_the_password_in_the_keyring(
    qtbot: QtBot, context: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and not dialog.disconnect_button.isEnabled()
    dialog.address.setText("postgresql://an_peeters@team.example.be/igs?sslmode=verify-full")
    dialog.password.setText("z33r-geheim")
    dialog.remember.setChecked(True)
    assert dialog.save()
    stored = "postgresql://an_peeters@team.example.be:5432/igs?sslmode=verify-full"
    assert team_settings.server_url_of(context.db) == stored
    assert memory_keyring.passwords == {
        (SERVICE, "an_peeters@team.example.be:5432/igs"): "z33r-geheim"
    }
    context.db.engine.dispose()
    assert b"z33r-geheim" not in context.db.path.read_bytes()
    assert all("z33r" not in value for value in _meta(context.db).values())

    # Open again: the address is shown, the password is not, the keyring holds it.
    again = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(again)
    assert again.address.text() == stored and again.password.text() == ""
    assert again.remember.isChecked() and "sleutelbos" in again.password.placeholderText()
    assert again.disconnect_button.isEnabled()


def test_the_dialog_remembers_its_size_and_looks_up_the_keyring_when_the_address_is_left(
    qtbot: QtBot, context: AppContext, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    first = TeamSettingsDialog(context.db, settings)
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.done(0)
    again = TeamSettingsDialog(context.db, settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)
    address = team_settings.parse_server_url("postgresql://an@team.example.be/igs")
    team_settings.store_password(address, "geheim")
    again.address.setText("postgresql://an@team.example.be/igs")
    assert not again.remember.isChecked()  # not asked at every key
    again.address.editingFinished.emit()
    assert again.remember.isChecked() and "sleutelbos" in again.password.placeholderText()
    assert again.password.text() == ""


def test_a_password_in_the_address_is_split_off_and_not_remembered_unless_asked(
    qtbot: QtBot, context: AppContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgres://bram:In-Het-Adres@10.0.0.5:5433/team")
    assert not dialog.remember.isChecked()
    assert dialog.save()
    assert team_settings.server_url_of(context.db) == "postgresql://bram@10.0.0.5:5433/team"
    assert memory_keyring.passwords == {}
    assert all("In-Het-Adres" not in value for value in _meta(context.db).values())


def test_a_bad_address_is_named_and_nothing_is_stored(
    qtbot: QtBot, context: AppContext, answers: Answers, memory_keyring: MemoryKeyring
) -> None:
    dialog = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(dialog)
    dialog.address.setText("https://team.example.be/igs")
    dialog.password.setText("geheim")
    dialog.remember.setChecked(True)
    assert not dialog.save()
    assert answers.shown == [
        (
            "warn",
            "Niet bewaard",
            "Het adres van de teamdatabase moet met postgresql:// beginnen (niet 'https://'), "
            "bv. postgresql://gebruiker@server:5432/igs.",
        )
    ]
    assert team_settings.server_url_of(context.db) is None
    assert memory_keyring.passwords == {}
    assert dialog.result() == 0  # still open, the address to correct

    dialog.address.setText("postgresql://an@team.example.be/")
    assert not dialog.save()
    assert "mist de naam van de database" in answers.shown[-1][2]
    assert team_settings.server_url_of(context.db) is None


def test_loskoppelen_forgets_the_address_and_the_password(
    qtbot: QtBot, context: AppContext, answers: Answers, memory_keyring: MemoryKeyring
) -> None:
    first = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(first)
    first.address.setText("postgresql://an@team.example.be/igs")
    first.password.setText("geheim")
    first.remember.setChecked(True)
    first.save()
    assert memory_keyring.passwords
    second = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(second)
    assert second.disconnect_server()
    assert answers.shown[-1][:2] == ("confirm", "Teamdatabase loskoppelen")
    assert team_settings.server_url_of(context.db) is None
    assert memory_keyring.passwords == {}


def test_without_a_keyring_the_choice_is_off_and_says_why(
    qtbot: QtBot, context: AppContext
) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert dialog.keyring_note.text() == no_keyring_text()
    assert not dialog.keyring_note.isHidden()
    asked = TeamPasswordDialog(team_settings.parse_server_url("postgresql://an@h/igs"))
    qtbot.addWidget(asked)
    assert not asked.remember.isEnabled()


def test_testing_an_unreachable_server_runs_on_a_worker_and_says_why(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = TeamSettingsDialog(context.db, None)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://an@127.0.0.1:1/igs")
    dialog.password.setText("geheim")
    dialog.test()
    assert dialog.testing and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=20_000)
    assert "niet bereikbaar" in dialog.test_problem
    assert dialog.outcome.text() == dialog.test_problem
    assert "geheim" not in dialog.test_problem
    dialog.address.setText("mysql://an@server/igs")
    dialog.test()
    assert not dialog.testing and "postgresql://" in dialog.outcome.text()


# --- Synchroniseren without a server, or with one that is not there ---------------------------
def test_synchronising_without_a_server_says_how_to_set_one(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    answers.confirm_answer = False
    assert window.sync_action.shortcut().toString() == "F9"
    assert window.team.status.isHidden()  # alone: nothing about a team in the status bar
    window.sync_action.trigger()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("confirm", "Geen teamdatabase")
    assert "Bestand › Team › Teamdatabase…" in text
    assert not window.team.running


def test_an_unreachable_server_is_named_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, answers: Answers, context: AppContext
) -> None:
    address = team_settings.set_server_url(context.db, "postgresql://an@127.0.0.1:1/igs")
    assert address is not None
    team_settings.store_password(address, "geheim")
    before = _state(context.db)
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.team.running, timeout=20_000)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("warn", "Niet gesynchroniseerd")
    assert "niet bereikbaar" in text and text.endswith("Er is niets gewijzigd.")
    assert _state(context.db) == before
    assert window.sync_action.isEnabled()
    assert window.team.status_text() == "nog niet gesynchroniseerd"


# --- against a real server ------------------------------------------------------------------------
Member = Callable[[str], tuple[str, str]]


@pytest.fixture
def member(team_database: str, _throwaway_roles: list[str]) -> Member:  # noqa: F811
    """``member(name)``: a member of a freshly set-up team server: (url without password,
    password)."""
    engine = make_server_engine(team_database, None)
    try:
        setup_server(engine, resource_dir() / "data")
    finally:
        engine.dispose()

    def make(name: str) -> tuple[str, str]:
        role, password = unique_name("role"), "pw-" + unique_name("x")
        engine = make_server_engine(team_database, None)
        try:
            _throwaway_roles.append(role)
            add_member(engine, role, name, "", password)
        finally:
            engine.dispose()
        url = libpq_url(admin_url_object(team_database).set(username=role, password=None))
        return url, password

    return make


def _sync_in_window(qtbot: QtBot, window: MainWindow) -> None:
    window.sync_action.trigger()
    assert window.team.running and not window.sync_action.isEnabled()
    assert not window.team.synchronise()  # never a second one at the same time
    qtbot.waitUntil(lambda: not window.team.running, timeout=60_000)


def test_synchroniseren_runs_on_a_worker_shows_the_summary_and_refreshes(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    context: AppContext,
    member: Member,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, password = member("Test Ondersteuner")
    team_settings.set_server_url(context.db, url)
    asked: list[str] = []

    def ask(_parent: object, _address: object, problem: str = "") -> tuple[str, bool]:
        asked.append(problem)
        return password, True

    monkeypatch.setattr(team_settings_dialog, "ask_password", ask)
    threads: list[threading.Thread] = []
    real = SyncService.synchronise

    def watched(self: SyncService, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SyncService, "synchronise", watched)
    changed: list[object] = []
    context.changed.connect(changed.append)
    context.workbench.portfolio.create_partnership("IGS Kust", 1, kpi="200 oefenkansen")
    window.team.show_status()
    assert window.team.status_text() == "nog niet gesynchroniseerd"

    _sync_in_window(qtbot, window)

    assert asked == [""]  # nothing in the keyring yet: asked once
    assert threads and threads[0] is not threading.main_thread()
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("info", "Gesynchroniseerd")
    assert text.startswith("Verzonden: ") and "Conflicten: geen." in text
    assert window.team.summary is not None and window.team.summary.sent >= 1
    assert changed, "the pages were told to read again"
    # Kept in the keyring only now that it worked, and used the next time.
    address = team_settings.parse_server_url(url)
    assert memory_keyring.passwords == {(SERVICE, address.keyring_user): password}
    assert window.team.status_text().startswith("gesynchroniseerd ")
    _sync_in_window(qtbot, window)
    assert asked == [""]
    assert answers.shown[-1][:2] == ("info", "Gesynchroniseerd")


def test_a_wrong_password_says_so_in_dutch_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    context: AppContext,
    member: Member,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _password = member("Test Ondersteuner")
    address = team_settings.set_server_url(context.db, url)
    assert address is not None
    team_settings.store_password(address, "niet-het-wachtwoord")
    context.workbench.portfolio.create_partnership("IGS Kust", 1)
    asked: list[str] = []

    def ask(_parent: object, _address: object, problem: str = "") -> None:
        asked.append(problem)
        return None  # the user gives up

    monkeypatch.setattr(team_settings_dialog, "ask_password", ask)
    before = _state(context.db)
    _sync_in_window(qtbot, window)
    assert asked == [
        "Aanmelden bij de teamdatabase mislukt: gebruiker of wachtwoord klopt niet. "
        "Er is niets gewijzigd."
    ]
    assert _state(context.db) == before
    assert window.sync_action.isEnabled() and window.team.summary is None
    shown = TeamPasswordDialog(address, asked[0])
    qtbot.addWidget(shown)
    assert shown.problem.text() == asked[0] and not shown.problem.isHidden()


def _copy_of(db: Database, folder: Path) -> Database:
    """Another device of the same user: a copy of the file (SQLite's backup, so what is still
    in the write-ahead log comes along), with a laptop id of its own."""
    folder.mkdir()
    path = folder / "igs.sqlite"
    with sqlite3.connect(db.path) as source, sqlite3.connect(path) as target:
        source.backup(target)
    source.close()
    target.close()
    copy = Database(path, make_engine(path))
    with copy.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE app_meta SET value = :id WHERE key = 'sync.laptop_id'"),
            {"id": folder.name},
        )
    return copy


def _kpi(db: Database, partnership_id: str) -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                sa.text("SELECT kpi FROM partnership WHERE id = :id"), {"id": partnership_id}
            ).scalar()
        )


def test_the_conflicts_of_two_laptops_are_listed_and_both_choices_resolve_them(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    context: AppContext,
    member: Member,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, password = member("Test Ondersteuner")
    address = team_settings.set_server_url(context.db, url)
    assert address is not None
    team_settings.store_password(address, password)
    service = context.workbench.sync
    portfolio = context.workbench.portfolio
    noord = portfolio.create_partnership("IGS Noord", 1, kpi="begin").created_id
    zuid = portfolio.create_partnership("IGS Zuid", 1, kpi="begin").created_id
    assert noord and zuid
    service.synchronise(url, password)

    tablet_db = _copy_of(context.db, tmp_path / "tablet")
    try:
        tablet = SyncService(tablet_db, "Test Ondersteuner")
        from igs_desktop.services.portfolio import PortfolioService

        on_tablet = PortfolioService(tablet_db, "Test Ondersteuner")
        on_tablet.update_partnership(noord, kpi="van de tablet")
        on_tablet.update_partnership(zuid, kpi="zuid van de tablet")
        tablet.synchronise(url, password)
    finally:
        tablet_db.close()
    portfolio.update_partnership(noord, kpi="van de laptop")
    portfolio.update_partnership(zuid, kpi="zuid van de laptop")

    opened: list[int] = []

    def exec_(dialog: ConflictsDialog) -> int:  # the dialog as "Conflicten bekijken…" opens it
        opened.append(dialog.model.rowCount())
        return 0

    monkeypatch.setattr(ConflictsDialog, "exec", exec_)
    answers.confirm_answer = True  # "Conflicten bekijken…"
    _sync_in_window(qtbot, window)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("confirm", "Gesynchroniseerd")
    assert "Conflicten: 2 open (2 nieuw)" in text
    assert opened == [2]
    assert window.team.status_text().startswith("2 conflicten · gesynchroniseerd ")

    dialog = ConflictsDialog(context, window.settings, window)
    qtbot.addWidget(dialog)
    shown = {
        tuple(dialog.model.index(row, col).data() for col in range(dialog.model.columnCount()))
        for row in range(dialog.model.rowCount())
    }
    assert {(*s[:4], s[5]) for s in shown} == {
        ("IGS Noord", "samenwerkingsverband", "KPI", "van de laptop", "van de tablet"),
        (
            "IGS Zuid",
            "samenwerkingsverband",
            "KPI",
            "zuid van de laptop",
            "zuid van de tablet",
        ),
    }
    assert all(s[4].startswith("Test Ondersteuner, ") and s[6] for s in shown)
    assert_accessible(dialog)

    def choose(name: str) -> None:
        # Through the selection model: QTableView.selectRow reads the keyboard modifiers Qt
        # believes are held, which an earlier test's key presses can leave behind.
        row = next(
            r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).partnership == name
        )
        proxy = dialog.table.model()
        index = dialog.model.index(row, 0)
        if isinstance(proxy, QSortFilterProxyModel):
            index = proxy.mapFromSource(index)
        flags = QItemSelectionModel.SelectionFlag
        dialog.table.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
        assert dialog.mine_button.isEnabled()

    choose("IGS Noord")
    dialog.mine_button.click()
    left = service.conflicts()
    assert [c.entity_id for c in left] == [zuid]
    assert _kpi(context.db, noord) == "van de laptop"
    assert dialog.model.rowCount() == 1
    assert window.team.status_text().startswith("1 conflict · ")

    choose("IGS Zuid")
    dialog.theirs_button.click()
    assert service.conflicts() == []
    assert _kpi(context.db, zuid) == "zuid van de tablet"
    assert not dialog.empty.isHidden() and dialog.table.isHidden()
    assert not dialog.mine_button.isEnabled() and not dialog.theirs_button.isEnabled()
    assert window.team.status_text().startswith("gesynchroniseerd ")

    # "Mijn waarde" travels at the next synchronisation.
    answers.confirm_answer = True
    _sync_in_window(qtbot, window)
    assert answers.shown[-1][:2] == ("info", "Gesynchroniseerd")
    check = _copy_of(context.db, tmp_path / "check")
    try:
        SyncService(check, "Test Ondersteuner").synchronise(url, password)
        assert _kpi(check, noord) == "van de laptop"
        assert _kpi(check, zuid) == "zuid van de tablet"
    finally:
        check.close()


# --- accessibility and translation --------------------------------------------------------------
def test_the_team_dialogs_are_accessible(qtbot: QtBot, context: AppContext) -> None:
    settings_dialog = TeamSettingsDialog(context.db, None)
    asked = TeamPasswordDialog(
        team_settings.parse_server_url("postgresql://an@team.example.be/igs"), "Mislukt."
    )
    conflicts = ConflictsDialog(context)
    for dialog in (settings_dialog, asked, conflicts):
        qtbot.addWidget(dialog)
        assert_accessible(dialog)
    assert settings_dialog.address.placeholderText() == "postgresql://gebruiker@server:5432/igs"
    assert (
        settings_dialog.password.echoMode() == settings_dialog.password.EchoMode.Password
        and asked.password.echoMode() == asked.password.EchoMode.Password
    )
    settings_dialog.show()
    qtbot.waitExposed(settings_dialog)
    chain = focus_chain(settings_dialog)
    order = [
        settings_dialog.address,
        settings_dialog.password,
        settings_dialog.remember,
        settings_dialog.test_button,
    ]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
    buttons = [b for b in settings_dialog.buttons.findChildren(QPushButton) if b.isVisible()]
    shown = sorted(buttons, key=lambda b: b.mapTo(settings_dialog, QPoint(0, 0)).x())
    assert [chain.index(b) for b in shown] == sorted(chain.index(b) for b in shown)


def test_the_team_texts_are_literals_lupdate_can_find() -> None:
    assert non_literal_translations(UI / name for name in MODULES) == []


@pytest.fixture
def english() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    install_language(app, Language.EN)
    yield
    install_language(app, Language.NL)


def test_the_team_dialogs_speak_english_in_the_english_window(
    qtbot: QtBot, context: AppContext, settings: QSettings, english: None
) -> None:
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    team_menu = next(
        a.menu() for a in window.file_menu.actions() if a.menu() and plain(a.text()) == "Team"
    )
    assert [plain(a.text()) for a in team_menu.actions() if a.text()] == [
        "Synchronise",
        "Conflicts…",
        "Team database…",
    ]
    parts: list[QWidget] = [
        window,
        TeamSettingsDialog(context.db, None),
        TeamPasswordDialog(team_settings.parse_server_url("postgresql://an@h/igs"), "x"),
        ConflictsDialog(context),
        SyncProgressDialog(),
    ]
    dutch = dutch_only()
    assert {"Teamdatabase", "Mijn waarde houden", "Synchroniseren"} <= dutch
    for part in parts[1:]:
        qtbot.addWidget(part)
    shown: dict[str, str] = {}
    for part in parts:
        shown.update(texts_shown(part))
    assert {"Team database", "Keep my value", "Test the connection"} <= set(shown)
    assert {text: where for text, where in shown.items() if text in dutch} == {}
