"""Render the app icon from its SVG source: PNG files 16-256 px and one Windows .ico.

Run from the repository after changing ``igs-desktop.svg`` and commit the outputs:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py

Qt's SVG renderer draws each size (sharp edges at 16 px), Pillow packs them into the .ico.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "igs-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square, transparent around the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    images = []
    for size in SIZES:
        png = render(renderer, size)
        (HERE / f"igs-desktop-{size}.png").write_bytes(png)
        images.append(Image.open(io.BytesIO(png)))
    largest = images[-1]
    largest.save(
        HERE / "igs-desktop.ico",
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],
    )
    print(f"{len(SIZES)} PNG files and igs-desktop.ico written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
