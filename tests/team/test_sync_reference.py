"""Reference data published by the coordinator reaches every laptop; a contact's own
correction stays on their laptop and wins there."""

from __future__ import annotations

from igs_desktop.services.reference import figures_of

from .sync_tools import Laptop


def _figure(laptop: Laptop, nis: str, year: int) -> int | None:
    found = [
        r["non_eu14"]
        for r in laptop.rows("population_figure")
        if r["nis_code"] == nis and r["project_year"] == year
    ]
    return found[0] if found else None


def test_the_coordinators_figures_reach_everyone_and_a_local_correction_is_kept(team) -> None:
    cora = team("Cora Coördinator", coordinator=True)
    an = team("An Peeters")
    bram = team("Bram Claes")
    for laptop in (cora, an, bram):
        laptop.synchronise()
    an.portfolio.set_population_figure("34022", 3, 111, "eigen telling van de gemeente")
    cora.portfolio.set_population_figure("34022", 3, 222, "Statbel 2026")
    cora.portfolio.set_population_figure("34041", 3, 333, "Statbel 2026")
    published = cora.synchronise()
    assert published.sent == 2 and not published.refused

    received = an.synchronise()
    assert received.kept_local == 1
    assert received.open_conflicts == 0
    assert (_figure(an, "34022", 3), _figure(an, "34041", 3)) == (111, 333)
    shown = {(f.year, f.local_correction) for f in figures_of(an.db, "34022")}
    assert (3, True) in shown and all(not local for year, local in shown if year != 3)
    bram.synchronise()
    assert (_figure(bram, "34022", 3), _figure(bram, "34041", 3)) == (222, 333)
    assert not any(f.local_correction for f in figures_of(bram.db, "34022"))
    # An's correction never left her laptop: the server, and so Bram, keep the coordinator's.
    an.synchronise()
    bram.synchronise()
    assert _figure(bram, "34022", 3) == 222


def test_a_contact_cannot_publish_reference_data(team) -> None:
    an = team("An Peeters")
    bram = team("Bram Claes")
    an.synchronise()
    an.portfolio.set_population_figure("34041", 3, 999, "eigen telling")
    summary = an.synchronise()
    assert summary.sent == 0 and not summary.refused  # kept local on purpose, not refused
    bram.synchronise()
    assert _figure(bram, "34041", 3) != 999
