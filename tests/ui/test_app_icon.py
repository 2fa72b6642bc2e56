"""The app icon: one SVG source, PNG files 16-256 px and an .ico, used by the window and the
Linux .desktop file."""

from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from igs_desktop.paths import resource
from igs_desktop.ui.app import make_application
from igs_desktop.ui.app_icon import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SIZES = {16, 24, 32, 48, 64, 128, 256}


def png_sizes() -> dict[Path, int]:
    """Each PNG file and the size in its name (igs-desktop-48.png: 48)."""
    sizes = {}
    for png in resource("icons").glob(f"{APP_ID}-*.png"):
        match = re.fullmatch(rf"{APP_ID}-(\d+)\.png", png.name)
        assert match, png.name
        sizes[png] = int(match[1])
    return sizes


def test_every_png_has_the_size_its_name_says_from_16_to_256() -> None:
    sizes = png_sizes()
    assert set(sizes.values()) == SIZES
    for png, size in sizes.items():
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png.name
        assert image.hasAlphaChannel()


def test_the_svg_source_renders_and_the_ico_holds_every_size() -> None:
    assert QSvgRenderer(str(resource("icons", f"{APP_ID}.svg"))).isValid()
    with Image.open(resource("icons", f"{APP_ID}.ico")) as ico:
        assert {width for width, _height in ico.info["sizes"]} == SIZES


def test_the_application_carries_the_icon_in_every_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = make_application()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= SIZES
    assert icon.pixmap(QSize(16, 16)).width() == 16
    assert app.desktopFileName() == APP_ID


def test_the_desktop_file_starts_the_command_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "IGS Desktop"
    assert desktop["Exec"] in scripts
    assert desktop["Icon"] == APP_ID
    assert desktop["Terminal"] == "false"
