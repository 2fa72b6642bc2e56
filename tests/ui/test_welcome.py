"""First start: the welcome dialog saves the profile and may create the demo portfolio."""

from __future__ import annotations

from sqlmodel import select

from igs_desktop.store.profile import meta_value, user_profile
from igs_desktop.store.tables import PartnershipRow
from igs_desktop.ui.welcome_dialog import WelcomeDialog


def test_start_empty_saves_the_profile(qtbot, db, workbench) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog(workbench)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "An Peeters")
    qtbot.keyClicks(dialog.email, "an.peeters@example.org")
    dialog.accept()
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    profile = user_profile(db)
    assert profile is not None and (profile.name, profile.email) == (
        "An Peeters",
        "an.peeters@example.org",
    )
    with db.session() as session:
        assert session.exec(select(PartnershipRow)).all() == []


def test_start_with_the_demo(qtbot, db, workbench) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.name.setText("An Peeters")
    dialog.demo.setChecked(True)
    dialog.accept()
    assert meta_value(db, "demo") == "1"
    with db.session() as session:
        partnerships = session.exec(select(PartnershipRow)).all()
    assert len(partnerships) == 6 and all(p.is_demo for p in partnerships)


def test_missing_name_or_bad_email_is_explained(qtbot, db, workbench, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert answers.shown[-1][2] == "Vul uw naam in."
    dialog.name.setText("An")
    dialog.email.setText("an-at-example")
    dialog.accept()
    assert "geen geldig e-mailadres" in answers.shown[-1][2]
    assert user_profile(db) is None
    assert dialog.result() != WelcomeDialog.DialogCode.Accepted


def test_demo_window_is_marked_in_title_and_banner(qtbot, db, workbench, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from igs_desktop.services.demo import create_demo
    from igs_desktop.ui.context import AppContext
    from igs_desktop.ui.main_window import MainWindow

    create_demo(db, db.path.parent / "attachments")
    window = MainWindow(AppContext(workbench, 3), settings)
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    banners = [w for w in window.findChildren(QLabel) if w.accessibleName() == "Demo-melding"]
    assert banners and "fictief" in banners[0].text()
