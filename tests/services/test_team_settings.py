"""The team database in the settings: the address checked and stored without its password,
the password in the system keyring (or asked each time), the verdict on the server's schema."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

from igs_desktop.services import team_settings
from igs_desktop.services.team_settings import (
    ServerAddressError,
    ServerAddressRecord,
    TeamServerError,
    parse_server_url,
)
from igs_desktop.store.database import Database
from igs_desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS

# -- the address ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "postgresql://anna@team.example:5432/igs",
            ServerAddressRecord("anna", "team.example", 5432, "igs"),
        ),
        (
            "  postgres://anna@team.example/igs  ",
            ServerAddressRecord("anna", "team.example", 5432, "igs"),
        ),
        (
            "postgresql+psycopg://anna@10.0.0.5:6543/igs_team?sslmode=verify-full",
            ServerAddressRecord(
                "anna", "10.0.0.5", 6543, "igs_team", (("sslmode", "verify-full"),)
            ),
        ),
        (
            "postgresql://anna.de%20wit@[::1]:5433/igs%2Dtest",
            ServerAddressRecord("anna.de wit", "::1", 5433, "igs-test"),
        ),
    ],
)
def test_good_addresses_are_understood(typed: str, expected: ServerAddressRecord) -> None:
    address = parse_server_url(typed)
    assert address == expected
    assert address.password is None
    assert parse_server_url(address.url) == address  # what is stored reads back the same


def test_the_stored_form_is_plain_postgresql() -> None:
    address = parse_server_url("postgres://anna@Team.Example/igs?sslmode=require")
    assert address.url == "postgresql://anna@team.example:5432/igs?sslmode=require"
    assert address.where == "team.example:5432"
    assert address.keyring_user == "anna@team.example:5432/igs"
    assert address.sslmode == "require"
    assert parse_server_url("postgresql://anna@h/igs").sslmode == "prefer"  # libpq's default


@pytest.mark.parametrize(
    "typed",
    [
        "postgresql://anna:S3cret%40pw@team.example/igs",
        "postgresql://anna@team.example/igs?password=S3cret@pw",
    ],
)
def test_a_password_in_the_address_is_split_off(typed: str) -> None:
    address = parse_server_url(typed)
    assert address.password == "S3cret@pw"
    assert "S3cret" not in address.url
    assert "S3cret" not in repr(address)
    assert address == parse_server_url("postgresql://anna@team.example/igs")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Vul het adres van de teamdatabase in"),
        ("   ", "Vul het adres van de teamdatabase in"),
        ("https://team.example/igs", "moet met postgresql:// beginnen (niet 'https://')"),
        ("team.example/igs", "moet met postgresql:// beginnen"),
        ("mysql://anna@team.example/igs", "(niet 'mysql://')"),
        ("postgresql:///igs", "mist de server"),
        ("postgresql://anna@/igs", "mist de server"),
        ("postgresql://anna@team.example", "mist de naam van de database"),
        ("postgresql://anna@team.example/", "mist de naam van de database"),
        ("postgresql://team.example/igs", "mist de gebruiker"),
        ("postgresql://anna@team.example:54x/igs", "De poort '54x'"),
        ("postgresql://anna@team.example:70000/igs", "De poort '70000'"),
        ("postgresql://anna@team.example/igs/more", "mag geen / bevatten"),
        ("postgresql://anna@a,b/igs", "meer dan één server"),
        ("postgresql://anna@team example/igs", "geen spaties"),
        ("postgresql://anna@team.example/igs?sslmode=always", "sslmode 'always' bestaat niet"),
        ("postgresql://anna@team.example/igs?host=x", "De optie 'host'"),
    ],
)
def test_bad_addresses_are_refused_naming_the_problem(typed: str, problem: str) -> None:
    with pytest.raises(ServerAddressError) as caught:
        parse_server_url(typed)
    assert problem in str(caught.value)
    assert isinstance(caught.value, ValueError)


# -- stored in the laptop's database ----------------------------------------------------------


def test_no_server_is_set_at_first(db: Database) -> None:
    assert team_settings.server_url_of(db) is None


def test_the_address_is_stored_without_its_password(db: Database) -> None:
    address = team_settings.set_server_url(db, "postgres://anna:Geheim-71@team.example/igs")
    assert address is not None and address.password == "Geheim-71"  # for the keyring
    assert team_settings.server_url_of(db) == "postgresql://anna@team.example:5432/igs"
    db.close()
    on_disk = b"".join(
        path.read_bytes()
        for path in (db.path, db.path.with_name(db.path.name + "-wal"))
        if path.exists()
    )
    assert b"team.example" in on_disk
    assert b"Geheim-71" not in on_disk


def test_a_refused_address_keeps_the_old_one(db: Database) -> None:
    team_settings.set_server_url(db, "postgresql://anna@team.example/igs")
    with pytest.raises(ServerAddressError):
        team_settings.set_server_url(db, "postgresql://anna@team.example")
    assert team_settings.server_url_of(db) == "postgresql://anna@team.example:5432/igs"


def test_another_address_replaces_it_and_none_forgets_it(db: Database) -> None:
    team_settings.set_server_url(db, "postgresql://anna@team.example/igs")
    team_settings.set_server_url(db, "postgresql://bert@other.example:6000/igs")
    assert team_settings.server_url_of(db) == "postgresql://bert@other.example:6000/igs"
    assert team_settings.set_server_url(db, "") is None
    assert team_settings.server_url_of(db) is None
    team_settings.set_server_url(db, "postgresql://anna@team.example/igs")
    team_settings.set_server_url(db, None)
    assert team_settings.server_url_of(db) is None


# -- the keyring ------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, for the tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not there")
        del self.items[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A keyring that refuses every write (a locked collection, a stopped service)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError(f"locked, could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("locked")


@pytest.fixture
def use_keyring() -> Iterator[None]:
    """Set a keyring backend for one test; the one before is put back after."""
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


ADDRESS = parse_server_url("postgresql://anna@team.example:5432/igs")


def test_the_password_goes_into_the_keyring_and_back(use_keyring: None) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert team_settings.keyring_problem() is None
    assert team_settings.stored_password(ADDRESS) is None
    assert team_settings.store_password(ADDRESS, "Geheim-71") is None
    assert memory.items == {("igs-desktop team", "anna@team.example:5432/igs"): "Geheim-71"}
    assert team_settings.stored_password(ADDRESS) == "Geheim-71"
    other = parse_server_url("postgresql://anna@team.example:5432/igs_test")
    assert team_settings.stored_password(other) is None  # per user, server, port and database
    assert team_settings.forget_password(ADDRESS) is None
    assert team_settings.stored_password(ADDRESS) is None
    assert team_settings.forget_password(ADDRESS) is None  # nothing left to forget: fine


@pytest.mark.parametrize("backend", [fail.Keyring(), None])
def test_without_a_keyring_it_says_so_and_the_password_is_asked(
    use_keyring: None, backend: KeyringBackend | None
) -> None:
    from keyring.backends import null

    keyring.set_keyring(backend or null.Keyring())
    problem = team_settings.keyring_problem()
    assert problem is not None
    assert "geen sleutelbos" in problem and "telkens gevraagd" in problem
    assert team_settings.store_password(ADDRESS, "Geheim-71") == problem
    assert team_settings.stored_password(ADDRESS) is None
    assert team_settings.forget_password(ADDRESS) == problem


def test_a_keyring_that_refuses_is_told_without_the_password(use_keyring: None) -> None:
    keyring.set_keyring(LockedKeyring())
    problem = team_settings.store_password(ADDRESS, "Geheim-71")
    assert problem is not None and "bewaarde het wachtwoord niet" in problem
    assert "Geheim-71" not in problem
    assert team_settings.forget_password(ADDRESS) is not None


# -- the verdict on the server's schema ---------------------------------------------------------


def test_the_schema_verdict() -> None:
    assert team_settings.schema_verdict(HEAD_REVISION)[0] is True
    assert "synchroniseren kan" in team_settings.schema_verdict(HEAD_REVISION)[1]
    ready, empty = team_settings.schema_verdict(None)
    assert not ready and "nog niet ingericht" in empty
    if len(KNOWN_REVISIONS) > 1:
        ready, older = team_settings.schema_verdict(KNOWN_REVISIONS[0])
        assert not ready and "laat de beheerder de teamdatabase bijwerken" in older
    ready, newer = team_settings.schema_verdict("9999")
    assert not ready and "werk IGS Desktop bij" in newer


def test_an_unreachable_server_is_told_within_seconds() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(TeamServerError) as caught:
        team_settings.test_connection(f"postgresql://anna@127.0.0.1:{port}/igs", "Geheim-71")
    assert time.monotonic() - started < 4
    assert str(caught.value).startswith(f"De teamdatabase op 127.0.0.1:{port} is niet bereikbaar")
    assert "Geheim-71" not in str(caught.value)


def test_a_bad_address_is_refused_before_connecting() -> None:
    with pytest.raises(ServerAddressError, match="mist de gebruiker"):
        team_settings.test_connection("postgresql://team.example/igs", None)
