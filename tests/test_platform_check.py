"""The check before the window on Linux: a missing xcb library is named with its apt-get line."""

from __future__ import annotations

import argparse

import pytest

from igs_desktop import cli, platform_check
from igs_desktop.platform_check import XCB_LIBRARIES, uses_xcb, xcb_problem

X11 = {"DISPLAY": ":0"}


def all_but(*missing: str) -> platform_check.Lookup:
    return lambda soname: soname not in missing


def test_a_missing_xcb_cursor_names_the_library_and_its_package() -> None:
    text = xcb_problem(X11, all_but("libxcb-cursor.so.0"), wayland_plugin=False)
    assert text is not None
    lines = text.splitlines()
    assert "  libxcb-cursor.so.0 ontbreekt (pakket libxcb-cursor0)" in lines
    assert "  sudo apt-get install libxcb-cursor0" in lines
    assert not any("libxcb-icccm" in line for line in lines)


def test_every_missing_library_gets_a_line_and_one_install_command() -> None:
    text = xcb_problem(X11, all_but("libEGL.so.1", "libxkbcommon-x11.so.0"), wayland_plugin=False)
    assert text is not None
    lines = text.splitlines()
    assert [line for line in lines if "ontbreekt" in line] == [
        "  libxkbcommon-x11.so.0 ontbreekt (pakket libxkbcommon-x11-0)",
        "  libEGL.so.1 ontbreekt (pakket libegl1)",
    ]
    assert [line for line in lines if "apt-get" in line] == [
        "  sudo apt-get install libxkbcommon-x11-0 libegl1"
    ]


def test_nothing_to_say_when_every_library_is_there() -> None:
    assert xcb_problem(X11, all_but(), wayland_plugin=False) is None


def test_offscreen_and_wayland_skip_the_check() -> None:
    nothing = all_but(*(library.soname for library in XCB_LIBRARIES))
    assert xcb_problem({**X11, "QT_QPA_PLATFORM": "offscreen"}, nothing) is None
    assert xcb_problem({**X11, "QT_QPA_PLATFORM": "wayland;xcb"}, nothing) is None
    assert xcb_problem({}, nothing) is None  # no display at all: Qt's own message
    wayland = {**X11, "WAYLAND_DISPLAY": "wayland-0"}
    assert xcb_problem(wayland, nothing, wayland_plugin=True) is None
    # The bundle ships no Wayland plugin: Qt falls back to X11 there.
    assert xcb_problem(wayland, nothing, wayland_plugin=False) is not None


def test_which_platform_qt_takes() -> None:
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, wayland_plugin=True)
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:nodbus;wayland"}, wayland_plugin=True)
    assert not uses_xcb({"QT_QPA_PLATFORM": "minimal", "DISPLAY": ":1"}, wayland_plugin=False)
    assert uses_xcb({"DISPLAY": ":1"}, wayland_plugin=True)


def test_the_real_lookup_finds_a_library_and_misses_a_made_up_one() -> None:
    assert platform_check.library_present("libc.so.6")
    assert not platform_check.library_present("libigs-desktop-bestaat-niet.so.9")


@pytest.fixture
def x11_session(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    """An X11 desktop (DISPLAY set, no platform chosen); the window itself is replaced by a
    recorder, so no Qt starts."""
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    started: list[argparse.Namespace] = []

    def window(*args: object, **kwargs: object) -> int:
        started.append(argparse.Namespace(args=args, kwargs=kwargs))
        return 0

    from igs_desktop.ui import app

    monkeypatch.setattr(app, "run_app", window)
    return started


def test_the_window_command_stops_with_exit_2_when_xcb_cursor_is_missing(
    x11_session: list[argparse.Namespace],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(platform_check, "library_present", all_but("libxcb-cursor.so.0"))
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0 ontbreekt (pakket libxcb-cursor0)" in err
    assert "sudo apt-get install libxcb-cursor0\n" in err
    assert x11_session == []  # Qt never started


def test_the_window_command_starts_the_window_when_every_library_is_there(
    x11_session: list[argparse.Namespace],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(platform_check, "library_present", all_but())
    assert cli.main(["--exit-after-paint"]) == 0
    assert len(x11_session) == 1
    assert capsys.readouterr().err == ""
