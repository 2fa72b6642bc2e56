"""Help › Database controleren runs the thorough check in the background and reports."""

from __future__ import annotations

from igs_desktop.ui.main_window import MainWindow


def test_the_check_reports_a_sound_database(window: MainWindow, answers, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.check_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _t, _x in answers.shown), timeout=20000)
    kind, title, text = answers.shown[-1]
    assert (kind, title) == ("info", "Database controleren")
    assert "De database is in orde." in text
    assert "Zoekindex van de notities" in text
    assert window.statusBar().currentMessage() == ""
