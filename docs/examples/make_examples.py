"""Make the example reports in this folder from the demo portfolio.

    .venv/bin/python docs/examples/make_examples.py

Creates a throw-away database with the demo (fictitious figures), adds a few notes, a
knowledge session and a follow-up to IGS Kortrijk–Lendelede (the demo has none), produces the
four reports through the same services as the app and the command line, and renders the first
page of each to PNG with ``pdftoppm -png -r 60`` (poppler-utils).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from igs_desktop.paths import AppPaths
from igs_desktop.services.demo import create_demo
from igs_desktop.services.portfolio import PortfolioService
from igs_desktop.services.report_advice import advice_data
from igs_desktop.services.report_data import plan_data, portfolio_data
from igs_desktop.services.report_follow_up import follow_up_data
from igs_desktop.services.report_output import produce
from igs_desktop.services.startup import start
from igs_desktop.store.database import Database
from igs_desktop.store.details import actions_of
from igs_desktop.store.tables import FollowUp, KnowledgeSession, KnowledgeSessionParticipant, Note

HERE = Path(__file__).resolve().parent
SUBJECT = "IGS Kortrijk–Lendelede"
ADVICE = (
    "Lendelede kan uitstappen zonder dat Kortrijk de subsidies van projectjaar 1 verliest: "
    "Kortrijk telt alleen ruim meer dan 7.500 inwoners van niet-EU14-herkomst.\n\n"
    "Toch raad ik aan de samenwerking voort te zetten tot het einde van het projectjaar. De "
    "oefenkansen in de bibliotheek van Lendelede lopen pas, en actie 24 heeft de partners "
    "nodig om het bereik bij jongeren op te trekken."
)


def _work_of_the_contact(db: Database, pid: str, today: dt.date) -> None:
    """Notes, a session and a follow-up, as a support contact would have written them."""
    with db.session() as session:
        for days, title, body in (
            (
                -40,
                "Gesprek met de schepen van Lendelede",
                "De schepen twijfelt of Lendelede in de samenwerking blijft. De gemeenteraad "
                "bespreekt het in de volgende zitting; de oefenkansen in de bibliotheek vindt zij "
                "wel een succes.",
            ),
            (
                -12,
                "Bezoek aan de jeugddienst van Kortrijk",
                "Het bereik van actie 24 blijft laag: 24 van de 120 jongeren. De jeugddienst stelt "
                "voor om samen te werken met de sportclubs in Lendelede.",
            ),
        ):
            session.add(
                Note(
                    partnership_id=pid,
                    title=title,
                    body=body,
                    kind="veldonderzoek",
                    noted_on=today + dt.timedelta(days=days),
                    include_in_reports=True,
                )
            )
        session.add(
            Note(
                partnership_id=pid,
                title="Persoonlijke indruk",
                body="Niet delen.",
                noted_on=today - dt.timedelta(days=5),
                include_in_reports=False,
            )
        )
        for days, topic in (
            (-20, "Oefenkansen Nederlands: wat werkt in de bibliotheek?"),
            (21, "Jongeren en cultuur: de sportclubs van Lendelede betrekken"),
        ):
            meeting = KnowledgeSession(
                partnership_id=pid,
                topic=topic,
                held_on=today + dt.timedelta(days=days),
                shared="Ervaringen van de taalpartners en de bibliotheek.",
            )
            session.add(meeting)
            session.flush()
            for nis in ("34022", "34025"):
                session.add(KnowledgeSessionParticipant(session_id=meeting.id, nis_code=nis))
        session.add(
            FollowUp(
                partnership_id=pid,
                title="Verslag van de gemeenteraad opvragen",
                due_date=today + dt.timedelta(days=7),
            )
        )
        session.commit()


def _render(pdf: Path) -> None:
    stem = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm ontbreekt (apt-get install poppler-utils).", file=sys.stderr)
        return 2
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths(Path(folder), Path(folder) / "demo.sqlite", Path(folder) / "logs")
        db = start(paths).db
        try:
            create_demo(db, today=today)
            pid = plan_data(db, SUBJECT, today=today).meta.subject_id
            _work_of_the_contact(db, pid, today)
            # A first follow-up report, then a change, so the example shows what changed.
            produce(db, follow_up_data(db, pid, today=today), Path(folder) / "eerste.pdf")
            action_24 = next(a for a in actions_of(db, pid) if a.action.number == "24")
            PortfolioService(db, "Demo-ondersteuner").set_kpi(action_24.id, 3, 120, 31, None)
            jobs = {
                "ondersteuningsplan.pdf": plan_data(db, pid, today=today),
                "adviesrapport.pdf": advice_data(
                    db, pid, leave="34025", advice=ADVICE, today=today
                ),
                "opvolgingsrapport.pdf": follow_up_data(db, pid, today=today),
                "portefeuilleoverzicht.pdf": portfolio_data(db, today=today),
            }
            for name, data in jobs.items():
                produced = produce(db, data, HERE / name)
                _render(produced.path)
                print(f"{name}: {produced.size // 1024} kB")
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
