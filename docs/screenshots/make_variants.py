"""Every page of the demo in Dutch and English, at 100 % and 200 %, light and dark.

Usage (from the repository root; one variant per process, because Qt reads its scale factor
once):

    for v in nl-100-light en-100-light nl-200-dark en-200-dark nl-100-dark en-200-light; do
      xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
          docs/screenshots/make_variants.py $v
    done

Saves ``variants/<variant>/<page>.png``. At 200 % the window fills the 1920×1080 screen
(960×540 points); at 100 % it is 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    for r, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#eeeeee"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2b2b2b"),
        (role.Text, "#eeeeee"),
        (role.Button, "#353535"),
        (role.ButtonText, "#eeeeee"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#eeeeee"),
        (role.Highlight, "#2a82da"),
        (role.HighlightedText, "#000000"),
        (role.Link, "#6cb4ff"),
        (role.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#808080"))
    return palette


def main(variant: str) -> int:
    language, scale, palette = variant.split("-")
    os.environ["IGS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="igs-variants-")
    if scale == "200":
        os.environ["QT_SCALE_FACTOR"] = "2"
    from PySide6.QtWidgets import QApplication

    from igs_desktop.domain.language import Language
    from igs_desktop.paths import resolve_paths
    from igs_desktop.services.workbench import Workbench
    from igs_desktop.ui.app import build_main_window, make_application
    from igs_desktop.ui.i18n import install_language

    app = make_application()
    install_language(app, Language(language))
    app.setStyle("Fusion")
    if palette == "dark":  # what a desktop in dark mode hands the app (Xvfb has no theme)
        app.setPalette(dark_palette())
    paths = resolve_paths()
    workbench = Workbench.open(paths)
    workbench.save_profile("An Peeters", "")
    workbench.create_demo()
    window = build_main_window(workbench, paths, interactive=False)
    assert window is not None
    if scale == "200":  # the whole screen: 960×540 points
        screen = app.primaryScreen()
        window.resize(screen.availableGeometry().size())
    else:
        window.resize(1280, 800)
    window.show()
    out = HERE / "variants" / variant
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(20):
            QApplication.processEvents()

    def save(name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))

    settle()
    save("portfolio")
    for name in ("governments", "catalogue", "notes", "sessions", "reports"):
        window.tabs.setCurrentWidget(getattr(window, name))
        save(name)
    rows = window.portfolio.model.rows()
    mixed = next(r for r in rows if "Roeselare" in r.name)
    page = window.open_partnership(mixed.id)
    save("partnership-details")
    for key in ("members", "actions", "tracks", "money", "history"):
        if key in page.sections:
            page.tabs.setCurrentWidget(page.sections[key])
            save(f"partnership-{key}")
    workbench.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "nl-100-light"))
