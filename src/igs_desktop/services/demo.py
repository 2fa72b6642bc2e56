"""The demo portfolio: six applicants on the real municipalities, with fictitious figures.

Every write goes through ``PortfolioService`` and ``NotesService`` (and so through the change
log). The figures are
chosen so that project year 3 shows exactly the findings the demo is meant to show:
REGION_MIXED (Roeselare–Menen), BELOW_THRESHOLD (Eeklo–Zelzate) and KPI_BELOW_25_PERCENT
(Kortrijk–Lendelede); the other applicants are in order. The field notes, knowledge sessions
and follow-ups are fictitious too; the notes marked for reports stay off Kortrijk–Lendelede, whose
reports the report tests read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain.work import TrackStatus, track_overdue
from ..store import lookups
from ..store.database import Database
from ..store.tables import utcnow
from .demo_notes import FOLLOW_UPS, NOTES, SESSIONS, add_demo_notes
from .editing import Outcome, ValidationError, Writer
from .notes import NotesService
from .portfolio import PortfolioService

FIGURE_SOURCE = "Fictief democijfer (IGS Desktop demo) — geen echte gegevens"
DEMO_META_KEY = "demo"
DEMO_EMAIL = "demo@example.org"
DEFAULT_ACTOR = "Demo-ondersteuner"
YEARS = (1, 2, 3)
ALREADY_CREATED = "De demoportefeuille is al aangemaakt."


@dataclass(frozen=True)
class Member:
    nis: str
    figures: tuple[int, int, int]  # fictitious non-EU14 inhabitants, project years 1, 2, 3
    joined_year: int = 1
    joined_on: dt.date | None = None
    arrangement: str = ""


@dataclass(frozen=True)
class Kpi:
    action: str
    year: int
    target: int
    interim: int
    final: int | None = None


@dataclass(frozen=True)
class Track:
    action: str
    theme: str
    phase: str
    next_step: str
    due_in_days: int  # relative to ``today``; negative is overdue
    status: str = TrackStatus.RUNNING


@dataclass(frozen=True)
class Plan:
    name: str
    submitter: str
    kpi: str
    notes: str
    members: tuple[Member, ...]
    formed_year: int = 1
    actions: tuple[tuple[str, int | None], ...] = ()  # action number, subsidy in euro
    kpis: tuple[Kpi, ...] = ()
    subsidies: tuple[tuple[int, int], ...] = ()  # project year, euro
    transfers: tuple[tuple[str, int, int], ...] = ()  # to NIS code, project year, euro
    stimulus: tuple[tuple[int, dt.date], ...] = ()
    new_member_actions: tuple[tuple[int, str], ...] = ()  # project year, action number
    tracks: tuple[Track, ...] = ()


PER_PARTICIPANT = (
    "Doorstorting per deelnemer uit de eigen gemeente, jaarlijks na de eindrapportering"
)
PRO_RATA = "Doorstorting in verhouding tot het aantal inwoners van niet-EU14-herkomst"

PLANS: tuple[Plan, ...] = (
    Plan(
        name="IGS Kortrijk–Lendelede",
        submitter="34022",
        kpi="Samen 450 oefenkansen Nederlands en 120 jongeren in contact met cultuur per jaar",
        notes="Demovoorbeeld: actie 24 blijft tussentijds onder 25% van het KPI-doel.",
        members=(
            Member("34022", (11_850, 12_240, 12_610)),
            Member("34025", (410, 430, 455), arrangement=PER_PARTICIPANT),
        ),
        actions=(("5", 27_000), ("24", 21_300)),
        # founding members new to the programme: the actions they start with (year 1)
        new_member_actions=((1, "5"), (1, "24")),
        kpis=(
            Kpi("5", 2, 400, 180, 395),
            Kpi("24", 2, 100, 38, 92),
            Kpi("5", 3, 450, 210),
            Kpi("24", 3, 120, 24),  # 20%: KPI_BELOW_25_PERCENT
        ),
        subsidies=((1, 42_000), (2, 45_600), (3, 48_300)),
        transfers=(("34025", 1, 5_000), ("34025", 2, 5_400), ("34025", 3, 5_700)),
        tracks=(
            Track(
                "5",
                "taal",
                "uitwerken",
                "Vraag naar oefenkansen in kaart gebracht",
                -60,
                "afgerond",
            ),
            Track(
                "5",
                "taal",
                "uitvoeren",
                "Oefenkansen in de bibliotheek van Lendelede mee opstarten",
                14,
            ),
            Track(
                "24",
                "verbinding",
                "opvolgen",
                "Tussentijdse KPI van actie 24 bespreken en het bereik bijsturen",
                -10,
            ),
        ),
    ),
    Plan(
        name="IGS Tienen–Landen",
        submitter="24107",
        kpi="Samen 300 volwassen anderstaligen nemen deel aan een oefenkans",
        notes="Samen ongeveer 8.000 inwoners van niet-EU-herkomst; geen van beide haalt de "
        "drempel alleen.",
        members=(
            Member("24107", (4_620, 4_710, 4_790)),
            Member("24059", (3_380, 3_420, 3_465), arrangement=PRO_RATA),
        ),
        actions=(("5", 18_000),),
        new_member_actions=((1, "5"),),
        kpis=(Kpi("5", 3, 300, 140),),
        subsidies=((1, 30_000), (2, 31_500), (3, 32_400)),
        transfers=(("24059", 1, 12_000), ("24059", 2, 12_600), ("24059", 3, 13_000)),
        tracks=(
            Track(
                "5",
                "taal",
                "uitwerken",
                "Gezamenlijk actieplan oefenkansen uitschrijven met Tienen en Landen",
                30,
            ),
        ),
    ),
    Plan(
        name="IGS Dendermonde–Lebbeke–Buggenhout–Hamme",
        submitter="42006",
        kpi="Een gezamenlijk actieplan polarisatie en 200 jongeren in contact met sport en cultuur",
        notes="Buggenhout en Hamme traden toe in projectjaar 2: stimulans 'samenwerking'.",
        members=(
            Member("42006", (4_980, 5_090, 5_170)),
            Member("42011", (2_710, 2_760, 2_820), arrangement=PRO_RATA),
            Member("42004", (1_050, 1_080, 1_110), 2, dt.date(2023, 10, 1), PRO_RATA),
            Member("42008", (1_940, 1_990, 2_030), 2, dt.date(2023, 10, 1), PRO_RATA),
        ),
        actions=(("2", 25_000), ("13", 12_600), ("24", 8_400)),
        subsidies=((1, 28_000), (2, 46_000), (3, 46_000)),
        transfers=(
            ("42011", 1, 7_000),
            ("42011", 2, 8_000),
            ("42004", 2, 4_000),
            ("42008", 2, 6_000),
            ("42011", 3, 8_200),
            ("42004", 3, 4_100),
            ("42008", 3, 6_200),
        ),
        stimulus=((2, dt.date(2023, 11, 15)),),
        new_member_actions=((1, "2"), (2, "2"), (2, "13")),
        tracks=(
            Track(
                "24",
                "participatie",
                "uitwerken",
                "Jongeren uit Buggenhout en Hamme betrekken bij het cultuuraanbod",
                -5,
            ),
        ),
    ),
    Plan(
        name="Genk",
        submitter="71016",
        kpi="900 oefenkansen Nederlands en 250 jongeren in contact met cultuur",
        notes="Alleenstaande aanvrager, ruim boven de drempel.",
        members=(Member("71016", (24_300, 24_950, 25_480)),),
        actions=(("5", 54_000), ("24", 52_500)),
        kpis=(Kpi("5", 2, 850, 420, 870), Kpi("5", 3, 900, 460), Kpi("24", 3, 250, 110)),
        subsidies=((1, 95_000), (2, 99_000), (3, 101_500)),
        tracks=(
            Track(
                "5",
                "taal",
                "opvolgen",
                "Evaluatie van de oefenkansen plannen met de taalpartners",
                45,
            ),
            Track(
                "24",
                "participatie",
                "uitvoeren",
                "Jongerenraad betrekken bij de keuze van het cultuuraanbod",
                7,
            ),
        ),
    ),
    Plan(
        name="IGS Roeselare–Menen",
        submitter="36015",
        kpi="Samen 350 volwassen anderstaligen nemen deel aan een oefenkans",
        notes="Demovoorbeeld: Menen ligt in een andere referentieregio dan Roeselare.",
        members=(
            Member("36015", (8_900, 9_150, 9_380)),
            Member("34027", (4_150, 4_240, 4_310), arrangement=PER_PARTICIPANT),
        ),
        actions=(("5", 21_000), ("24", 10_500)),
        new_member_actions=((1, "5"),),
        subsidies=((1, 36_000), (2, 37_800), (3, 38_500)),
        transfers=(("34027", 1, 9_000), ("34027", 2, 9_400), ("34027", 3, 9_600)),
        tracks=(
            Track(
                "24",
                "verbinding",
                "uitwerken",
                "Met de regio's afstemmen of Menen in een verband in Zuid-West-Vlaanderen "
                "kan stappen",
                -21,
                "on hold",
            ),
        ),
    ),
    Plan(
        name="IGS Eeklo–Zelzate",
        submitter="43005",
        kpi="Samen 150 volwassen anderstaligen nemen deel aan een oefenkans",
        notes="Demovoorbeeld: samen niet meer dan 7.500; een derde partner in Regio Gent zoeken.",
        actions=(("5", None),),
        new_member_actions=((1, "5"),),
        members=(
            Member("43005", (3_020, 3_080, 3_140)),
            Member("43018", (2_860, 2_910, 2_950), arrangement=PER_PARTICIPANT),
        ),
        tracks=(
            Track(
                "5",
                "taal",
                "uitwerken",
                "Verkennend gesprek met een derde gemeente in Regio Gent",
                60,
            ),
        ),
    ),
)


@dataclass(frozen=True)
class DemoSummary:
    partnerships: int
    members: int
    tracks: int
    overdue_tracks: int
    figures: int
    support_contact: str
    notes: int = 0
    sessions: int = 0
    follow_ups: int = 0
    overdue_follow_ups: int = 0

    def lines(self) -> list[str]:
        """What the demo holds, in Dutch, for the command line."""
        return [
            "Demoportefeuille aangemaakt.",
            f"  {self.partnerships} aanvragers met samen {self.members} lidmaatschappen, "
            f"vaste ondersteuner: {self.support_contact}.",
            f"  {self.figures} bevolkingscijfers voor projectjaar 1 tot 3, allemaal FICTIEF "
            "(geen echte gegevens).",
            f"  {self.tracks} ondersteuningstrajecten, waarvan {self.overdue_tracks} over datum.",
            f"  {self.notes} fictieve notities, {self.sessions} kennisdelingen en "
            f"{self.follow_ups} opvolgingen, waarvan {self.overdue_follow_ups} over datum.",
            "  Verwachte bevindingen in projectjaar 3: REGION_MIXED (IGS Roeselare–Menen), "
            "BELOW_THRESHOLD (IGS Eeklo–Zelzate), KPI_BELOW_25_PERCENT (IGS Kortrijk–Lendelede).",
        ]


def _cents(euro: int | None) -> int | None:
    return None if euro is None else euro * 100


class DemoService(PortfolioService):
    """The few writes the demo needs that the portfolio service does not offer itself."""

    def __init__(self, db: Database, actor: str) -> None:
        super().__init__(db, actor)
        self.done: list[Outcome] = []

    def keep(self, outcome: Outcome) -> Outcome:
        self.done.append(outcome)
        return outcome

    def user_contact(self, name: str) -> tuple[str, str]:
        """The app user's support contact (id, name), created if there is none."""

        def work(w: Writer) -> tuple[str, str]:
            users = lookups.rows(w.conn, "support_contact", is_user=True)
            if users:
                first = min(users, key=lambda u: u["created_at"])
                return first["id"], first["name"]
            key = w.create("support_contact", {"name": name, "email": DEMO_EMAIL, "is_user": True})
            return key["id"], name

        result, outcome = self.run("Profiel vaste ondersteuner (demo) aangemaakt", work)
        self.keep(outcome)
        return result

    def mark_demo(self, partnership_id: str) -> None:
        self.keep(
            self.run(
                "Gemarkeerd als demo",
                lambda w: w.update("partnership", {"id": partnership_id}, {"is_demo": True}),
            )[1]
        )

    def fictitious_figures(self, figures: dict[tuple[str, int], int]) -> None:
        def work(w: Writer) -> None:
            for (nis, year), value in sorted(figures.items()):
                values = {
                    "non_eu14": value,
                    "source": FIGURE_SOURCE,
                    "fictitious": True,
                    "recorded_at": utcnow(),
                }
                found = lookups.row(w.conn, "population_figure", nis_code=nis, project_year=year)
                if found is None:
                    w.create("population_figure", {"nis_code": nis, "project_year": year, **values})
                else:
                    w.update("population_figure", {"id": found["id"]}, values)

        self.keep(self.run("Fictieve democijfers toegevoegd", work)[1])

    def flag_database(self) -> None:
        def work(w: Writer) -> None:
            if lookups.exists(w.conn, "app_meta", key=DEMO_META_KEY):
                w.update("app_meta", {"key": DEMO_META_KEY}, {"value": "1"})
            else:
                w.create("app_meta", {"key": DEMO_META_KEY, "value": "1"})

        self.keep(self.run("Database gemarkeerd als demo", work)[1])

    def undo_all(self) -> None:
        for outcome in reversed(self.done):
            self.revert(outcome)
        self.done.clear()


def _refuse_unless_empty(db: Database, figures: dict[tuple[str, int], int]) -> None:
    with db.engine.connect() as conn:
        meta = lookups.row(conn, "app_meta", key=DEMO_META_KEY)
        partnerships = lookups.rows(conn, "partnership")
        if (meta and meta["value"] == "1") or any(p["is_demo"] for p in partnerships):
            raise ValidationError(ALREADY_CREATED)
        if partnerships:
            raise ValidationError(
                f"De database bevat al {len(partnerships)} samenwerkingsverband(en); de "
                "demoportefeuille komt alleen in een lege portefeuille. Gebruik een nieuw "
                "databasebestand (--db)."
            )
        real = sorted(
            {
                lookups.government_name(conn, nis)
                for nis, year in figures
                if (row := lookups.row(conn, "population_figure", nis_code=nis, project_year=year))
                and not row["fictitious"]
            }
        )
        if real:
            raise ValidationError(
                f"Voor {', '.join(real)} staan al echte bevolkingscijfers; de demo zou ze "
                "overschrijven. Gebruik een nieuw databasebestand (--db)."
            )


def _action_ids(db: Database) -> dict[str, str]:
    numbers = {a for p in PLANS for a, _s in p.actions}
    numbers |= {t.action for p in PLANS for t in p.tracks}
    numbers |= {a for p in PLANS for _y, a in p.new_member_actions}
    ids: dict[str, str] = {}
    with db.engine.connect() as conn:
        for number in sorted(numbers):
            found = lookups.rows(conn, "catalogue_action", number=number)
            if len(found) != 1:
                raise ValidationError(f"Actie {number} staat niet eenduidig in de catalogus.")
            ids[number] = found[0]["id"]
    return ids


def _build(
    s: DemoService, plan: Plan, contact_id: str, actions: dict[str, str], today: dt.date
) -> None:
    pid = s.keep(s.create_partnership(plan.name, plan.formed_year, plan.kpi, contact_id)).created_id
    assert pid is not None
    s.mark_demo(pid)
    for m in plan.members:
        s.keep(s.add_member(pid, m.nis, m.joined_year, m.joined_on, m.arrangement))
    s.keep(s.update_partnership(pid, submitter_nis=plan.submitter, notes=plan.notes))
    action_rows: dict[str, str] = {}
    for number, euro in plan.actions:
        created = s.keep(s.add_action(pid, actions[number], _cents(euro))).created_id
        assert created is not None
        action_rows[number] = created
    for k in plan.kpis:
        s.keep(s.set_kpi(action_rows[k.action], k.year, k.target, k.interim, k.final))
    for year, euro in plan.subsidies:
        s.keep(s.add_subsidy(pid, year, euro * 100, "Toegekende subsidie (demo)"))
    for nis, year, euro in plan.transfers:
        s.keep(s.add_transfer(pid, nis, year, euro * 100, "Doorstorting volgens afspraak"))
    for year, granted_on in plan.stimulus:
        s.keep(s.add_stimulus(pid, year, granted_on))
    for year, number in plan.new_member_actions:
        s.keep(s.add_new_member_action(pid, year, actions[number]))
    for t in plan.tracks:
        due = today + dt.timedelta(days=t.due_in_days)
        s.keep(
            s.add_support_track(
                pid, actions[t.action], t.theme, t.phase, t.next_step, due, t.status
            )
        )


def create_demo(
    db: Database,
    attachment_dir: Path,
    actor: str = DEFAULT_ACTOR,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill an empty portfolio with the demo; all or nothing (undone through the change log).

    The demo's attachment goes to ``attachment_dir`` (the data folder's, from ``paths``).
    """
    today = today or dt.date.today()
    figures = {(m.nis, y): m.figures[y - 1] for p in PLANS for m in p.members for y in YEARS}
    _refuse_unless_empty(db, figures)
    actions = _action_ids(db)
    service = DemoService(db, actor)
    try:
        contact_id, contact_name = service.user_contact(actor)
        service.fictitious_figures(figures)
        for plan in PLANS:
            _build(service, plan, contact_id, actions, today)
        add_demo_notes(db, NotesService(db, actor, attachment_dir), service.keep, actions, today)
        service.flag_database()
    except Exception:
        service.undo_all()
        raise
    tracks = [t for p in PLANS for t in p.tracks]
    return DemoSummary(
        partnerships=len(PLANS),
        members=sum(len(p.members) for p in PLANS),
        tracks=len(tracks),
        overdue_tracks=sum(
            track_overdue(today + dt.timedelta(days=t.due_in_days), t.status, today) for t in tracks
        ),
        figures=len(figures),
        support_contact=contact_name,
        notes=len(NOTES),
        sessions=len(SESSIONS),
        follow_ups=len(FOLLOW_UPS),
        overdue_follow_ups=sum(due < 0 and not done for _p, _t, due, _a, done in FOLLOW_UPS),
    )
