"""Before the window starts on Linux: are the system libraries of Qt's xcb plugin there?

Without one of them (``libxcb-cursor0`` is often missing on a fresh desktop) Qt stops with
"could not load the Qt platform plugin xcb" and no hint which library it lacks. This check
names every missing library and the ``apt-get install`` line that brings it, before Qt starts.
No Qt here: it runs before PySide6 is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library Qt loads on X11, and the Debian/Ubuntu package that installs it."""

    soname: str
    package: str


# What Qt's xcb plugin (libqxcb.so, libQt6XcbQpa) and QtGui/QtDBus load, found with
# ``objdump -p`` on PySide6's Qt (NEEDED); the C and C++ runtime and zlib are always there.
XCB_LIBRARIES = (
    SystemLibrary("libxcb.so.1", "libxcb1"),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    SystemLibrary("libX11.so.6", "libx11-6"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1"),
    SystemLibrary("libGL.so.1", "libgl1"),
    SystemLibrary("libEGL.so.1", "libegl1"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1"),
    SystemLibrary("libfreetype.so.6", "libfreetype6"),
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3"),
)

Lookup = Callable[[str], bool]


def library_present(soname: str) -> bool:
    """Whether ``soname`` loads: shipped inside the bundle, or found by the system's loader
    (LD_LIBRARY_PATH, the ldconfig cache) exactly as Qt will look for it."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / soname).is_file():
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], wayland_plugin: bool) -> bool:
    """Whether Qt will start on the xcb platform (X11).

    ``QT_QPA_PLATFORM`` decides when set (its first choice; ``offscreen`` in the tests). Unset,
    Qt takes Wayland when a Wayland display is there and its plugin is shipped (PySide6 has it,
    the bundle does not), otherwise X11 when ``DISPLAY`` is set.
    """
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    if not environ.get("DISPLAY"):
        return False
    return not (wayland_plugin and environ.get("WAYLAND_DISPLAY"))


def missing_libraries(present: Lookup) -> list[SystemLibrary]:
    return [library for library in XCB_LIBRARIES if not present(library.soname)]


def describe_missing(missing: list[SystemLibrary]) -> str:
    """The lines to print: one per library, then the command that installs them."""
    packages = " ".join(dict.fromkeys(library.package for library in missing))
    return "\n".join(
        [
            "igs-desktop: het venster kan niet starten: Qt mist deze systeembibliotheken.",
            *(f"  {library.soname} ontbreekt (pakket {library.package})" for library in missing),
            "Installeer ze (Debian, Ubuntu) met:",
            f"  sudo apt-get install {packages}",
            "De opdrachten zonder venster werken wel (igs-desktop --help).",
        ]
    )


def xcb_problem(
    environ: Mapping[str, str] | None = None,
    present: Lookup | None = None,
    wayland_plugin: bool | None = None,
) -> str | None:
    """The text to print instead of starting Qt, or None when the window can start.

    Only on Linux and only for the xcb platform; ``present`` and ``wayland_plugin`` default to
    the real loader and to "not in the bundle" (the bundle ships no Wayland plugin).
    """
    if not sys.platform.startswith("linux"):
        return None
    if wayland_plugin is None:
        wayland_plugin = not getattr(sys, "frozen", False)
    if not uses_xcb(os.environ if environ is None else environ, wayland_plugin):
        return None
    missing = missing_libraries(library_present if present is None else present)
    return describe_missing(missing) if missing else None
