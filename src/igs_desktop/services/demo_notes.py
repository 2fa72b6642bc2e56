"""The demo portfolio's fictitious field notes, knowledge sessions and follow-ups."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.work import FollowUpStatus
from ..store import lookups
from ..store.database import Database
from .editing import Outcome
from .notes import NotesService


@dataclass(frozen=True)
class DemoNote:
    plan: str | None  # the partnership's name
    kind: str
    days_ago: int
    title: str
    body: str
    tags: str
    nis: tuple[str, ...] = ()
    action: str | None = None  # catalogue number
    for_reports: bool = False
    personal: bool = False
    session: int | None = None  # index in SESSIONS
    attachment: tuple[str, str] | None = None  # file name, content


@dataclass(frozen=True)
class DemoSession:
    plan: str | None
    days_ago: int  # negative: planned
    topic: str
    nis: tuple[str, ...]
    shared: str
    agreements: str


FICTITIOUS = "\n\n(Fictieve demonotitie: personen en gesprekken zijn verzonnen.)"
KL, DLBH, EZ = (
    "IGS Kortrijk–Lendelede",
    "IGS Dendermonde–Lebbeke–Buggenhout–Hamme",
    "IGS Eeklo–Zelzate",
)
SESSIONS = (
    DemoSession(
        None,
        30,
        "Bovenlokale kennisdeling: oefenkansen Nederlands",
        ("34022", "34025", "71016", "42006"),
        "Genk toonde hoe de bibliotheek en de vrijwilligers samen oefenkansen plannen; "
        "Lendelede deelde zijn eerste ervaringen met een taalcafé.",
        "Elke gemeente brengt haar oefenkansen in één overzicht; volgende sessie in het najaar.",
    ),
    DemoSession(
        DLBH,
        -14,
        "Polarisatie: een gezamenlijke aanpak in vier gemeenten",
        ("42006", "42011", "42004", "42008"),
        "",
        "Te bespreken: wie trekt het actieplan, hoe betrekken we de jeugdwerkingen.",
    ),
)
NOTES = (
    DemoNote(
        KL,
        "veldonderzoek",
        35,
        "Rondgang oefenkansen in de bibliotheek van Lendelede",
        "Met de bibliothecaris de bestaande oefenkansen overlopen: twee praatgroepen per week, "
        "veel vraag naar een groep op zaterdag. Telling per maand in de bijlage.",
        "oefenkansen, taal, bibliotheek",
        ("34025",),
        "5",
        attachment=(
            "telling-oefenkansen.csv",
            "maand;praatgroep;deelnemers\njanuari;dinsdag;11\njanuari;donderdag;8\n"
            "februari;dinsdag;13\nfebruari;donderdag;9\n",
        ),
    ),
    DemoNote(
        KL,
        "telefoongesprek",
        12,
        "Telefoon met de jeugdconsulent over het bereik van actie 24",
        "Jan Voorbeeld (jeugdconsulent) bevestigt dat het bereik achterblijft: de "
        "cultuurbonnen raken niet tot bij de jongeren uit de nieuwe wijk.",
        "jongeren, cultuur, kpi",
        ("34022",),
        "24",
        personal=True,
    ),
    DemoNote(
        DLBH,
        "overleg",
        40,
        "Stuurgroep: verdeling van de middelen na de uitbreiding",
        "Buggenhout en Hamme ontvangen hun deel in verhouding tot het aantal inwoners van "
        "niet-EU14-herkomst. De stuurgroep legt de afspraak schriftelijk vast.",
        "stuurgroep, doorstorting",
        ("42006", "42011", "42004", "42008"),
        for_reports=True,
    ),
    DemoNote(
        EZ,
        "data-onderzoek",
        20,
        "Cijfers niet-EU14: samen onder de drempel",
        "Eeklo en Zelzate tellen samen minder dan 7.500 inwoners van niet-EU14-herkomst. Met "
        "een derde gemeente in Regio Gent komt het verband wel boven de drempel.",
        "drempel, cijfers",
        ("43005", "43018"),
        "5",
        for_reports=True,
    ),
    DemoNote(
        "Genk",
        "kennisdeling",
        30,
        "Wat werkt in Genk: de reünie van de taalvrijwilligers",
        "Op de jaarlijkse reünie van de taalvrijwilligers bleek hoe belangrijk een vaste "
        "contactpersoon is. Genk deelt zijn draaiboek met de andere gemeenten.",
        "oefenkansen, kennisdeling, vrijwilligers",
        ("71016",),
        "5",
        for_reports=True,
        session=0,
    ),
    DemoNote(
        "IGS Roeselare–Menen",
        "overleg",
        8,
        "Verkennend overleg over de referentieregio van Menen",
        "Menen ligt in een andere referentieregio dan Roeselare. Beide besturen bekijken of "
        "Menen beter aansluit bij een verband in Zuid-West-Vlaanderen.",
        "referentieregio, regels",
        ("36015", "34027"),
    ),
    DemoNote(
        "IGS Tienen–Landen",
        "veldonderzoek",
        3,
        "Buurtwandeling in Landen met de welzijnswerkers",
        "Ontmoetingsplekken in kaart gebracht: het dorpshuis en de sporthal worden het meest "
        "genoemd. Vraag naar een oefenkans op woensdagnamiddag.",
        "verbinding, buurt, oefenkansen",
        ("24059",),
    ),
)
FOLLOW_UPS = (  # partnership, title, due in days, catalogue action or None, done
    (KL, "Verslag van de rondgang bezorgen aan Lendelede", -4, "5", False),
    (KL, "Bereik actie 24 opnieuw meten na de campagne", 25, "24", False),
    (DLBH, "Afspraken van de stuurgroep rondsturen", 7, None, False),
    (EZ, "Bij Evergem navragen of het wil aansluiten", -15, None, False),
    ("Genk", "Draaiboek taalvrijwilligers delen met de partners", -20, None, True),
)


def add_demo_notes(
    db: Database,
    notes: NotesService,
    keep: Callable[[Outcome], Outcome],
    actions: dict[str, str],
    today: dt.date,
) -> None:
    """The knowledge sessions, field notes (one with an attachment) and follow-ups; ``keep``
    remembers every outcome so that a failure can undo the whole demo."""
    with db.engine.connect() as conn:
        ids = {p["name"]: p["id"] for p in lookups.rows(conn, "partnership")}
        chosen = {
            (r["partnership_id"], r["action_id"]): r["id"]
            for r in lookups.rows(conn, "partnership_action")
        }
    sessions = []
    for k in SESSIONS:
        held_on = today - dt.timedelta(days=k.days_ago)
        outcome = notes.create_session(
            held_on, k.topic, k.nis, k.shared, k.agreements, ids.get(k.plan or "")
        )
        sessions.append(keep(outcome).created_id)
    with tempfile.TemporaryDirectory(prefix="igs-demo-") as folder:
        for n in NOTES:
            note_id = keep(
                notes.create_note(
                    n.title,
                    today - dt.timedelta(days=n.days_ago),
                    n.kind,
                    n.body + FICTITIOUS,
                    n.tags,
                    ids.get(n.plan or ""),
                    n.nis,
                    actions.get(n.action or ""),
                    sessions[n.session] if n.session is not None else None,
                    n.for_reports,
                    n.personal,
                )
            ).created_id
            if n.attachment and note_id:
                name, content = n.attachment
                source = Path(folder) / name
                source.write_text(content, encoding="utf-8")
                keep(notes.add_attachment(note_id, source))
    for plan, title, due_in, action, done in FOLLOW_UPS:
        pid = ids[plan]
        on_action = chosen.get((pid, actions[action])) if action else None
        due = today + dt.timedelta(days=due_in)
        created = keep(notes.create_follow_up(title, due, pid, on_action)).created_id
        if done and created:
            keep(notes.set_follow_up_status(created, FollowUpStatus.DONE))
