"""Benchmark data: `python benchmarks/generate.py --scale N --db FILE`.

Scale 1 is the whole agency today (``SCALE_1``: 60 applicants with 150 memberships, every
action of the catalogue, 2,000 notes, 500 follow-ups, the three shipped project years); other
scales multiply the applicants, memberships, notes, follow-ups and knowledge sessions. The
portfolio goes through the same services as the demo (``PortfolioService``, ``NotesService``:
validated, one transaction per action, in the change log). The rows there are most of (notes
with their tags and governments, follow-ups, KPI results, subsidies, transfers) are written by
``store.bulk`` in a few transactions, with the rows and change-log entries the services would
write: one by one, scale 100 would take three times as long.

Most applicants are in order; some break a rule on purpose (``FINDINGS``: a member in another
reference region, below the threshold, a missing figure, a KPI below 25 %, a government in two
partnerships). Members join and leave in project years 2 and 3. Beyond the ~285 current
municipalities, synthetic governments are added ("Synthetisch 01234", NIS codes 00001 to 09999,
which no Belgian municipality has) in the existing reference regions. Every population figure is
made up; its source says so (``FIGURE_SOURCE``). When even those codes run out (above about 68
times the agency), the founders of project year 1 of the applicants in order take turns over
fewer governments: one government then founds several year-1 applicants, which the programme
allows (no finding).

The same seed gives the same data (names, figures, texts, dates relative to ``today``); ids
and change-log times are new on every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import event

from igs_desktop.formatting import count_noun
from igs_desktop.paths import resource_dir
from igs_desktop.services.editing import EditSession, Writer
from igs_desktop.services.notes import NOTE_KINDS, NotesService
from igs_desktop.services.portfolio import PortfolioService, save_profile
from igs_desktop.store import bulk, lookups
from igs_desktop.store.database import Database, open_database
from igs_desktop.store.governments import list_governments, list_regions
from igs_desktop.store.reference_data import load_reference_data
from igs_desktop.store.tables import new_id

try:
    from benchmarks import dutch_texts as texts
except ModuleNotFoundError:  # run as a script: the checkout is not on the path, benchmarks/ is
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks import dutch_texts as texts

ACTOR = "Benchmark-ondersteuner"
FIGURE_SOURCE = "Synthetisch benchmarkcijfer"
# NIS codes 0xxxx: no Belgian municipality has one (01000 to 04000 name the country and its
# regions: every x000 is left out).
SYNTHETIC_CODES = tuple(f"0{n:04d}" for n in range(1, 10_000) if n % 1000)
MAX_SYNTHETIC = len(SYNTHETIC_CODES)
YEARS = (1, 2, 3)
YEAR_FACTOR = {1: 0.94, 2: 0.97, 3: 1.0}  # figures grow a little every year
THRESHOLD_TARGET = (8_000, 30_000)  # what an applicant in order counts (year 3)
BELOW_TARGET = (2_500, 7_000)  # what an applicant below the threshold counts (year 3)
FINDINGS = (
    "REGION_MIXED",
    "BELOW_THRESHOLD",
    "FIGURE_MISSING",
    "KPI_BELOW_25_PERCENT",
    "MULTIPLE_PARTNERSHIPS",
)
FINDING_SHARE = 15  # one applicant in 15 per kind of finding: two thirds are in order
CHUNK = 5_000  # notes or follow-ups per transaction


@dataclass(frozen=True)
class Counts:
    """What a scale asks for."""

    applicants: int
    members: int  # memberships
    notes: int
    follow_ups: int
    knowledge_sessions: int

    def at(self, scale: float) -> Counts:
        """The counts at ``scale``, rounded; at least one applicant with two members."""
        if scale <= 0:
            raise ValueError("De schaal moet groter zijn dan 0.")
        return Counts(
            applicants=max(1, round(self.applicants * scale)),
            members=max(2, round(self.members * scale)),
            notes=round(self.notes * scale),
            follow_ups=round(self.follow_ups * scale),
            knowledge_sessions=max(1, round(self.knowledge_sessions * scale)),
        )


SCALE_1 = Counts(applicants=60, members=150, notes=2_000, follow_ups=500, knowledge_sessions=20)


@dataclass(frozen=True)
class GeneratedSummary:
    applicants: int
    governments: int  # distinct member governments
    synthetic_governments: int
    members: int  # memberships
    notes: int
    follow_ups: int
    overdue_follow_ups: int
    knowledge_sessions: int
    change_log_rows: int
    project_years: int
    findings: tuple[str, ...]  # the kinds of finding the data is meant to produce
    seconds: float
    file_bytes: int

    def lines(self) -> list[str]:
        """What was written, in Dutch, for the command line."""
        n = count_noun
        return [
            f"{n(self.applicants, 'aanvrager', 'aanvragers')} met "
            f"{n(self.members, 'lidmaatschap', 'lidmaatschappen')} van "
            f"{n(self.governments, 'lokaal bestuur', 'lokale besturen')} "
            f"(waarvan {self.synthetic_governments} synthetisch)",
            f"{n(self.notes, 'notitie', 'notities')}, "
            f"{n(self.follow_ups, 'opvolging', 'opvolgingen')} ({self.overdue_follow_ups} over "
            f"datum), {n(self.knowledge_sessions, 'kennisdeling', 'kennisdelingen')}",
            f"{n(self.change_log_rows, 'regel', 'regels')} in het wijzigingslogboek, "
            f"{n(self.project_years, 'projectjaar', 'projectjaren')}",
            f"{self.file_bytes / 2**20:.1f} MiB in {self.seconds:.1f} s",
        ]


# --- the plan: applicants, their members and their faults (pure Python) -------------------


@dataclass
class Slot:
    """One membership to be: who joins when, and whether a government may be shared."""

    joined_year: int
    region: str
    left_year: int | None = None
    figure_missing: bool = False  # no figure in project year 3 (FIGURE_MISSING)
    foreign: bool = False  # in another reference region than the applicant (REGION_MIXED)
    guest: bool = False  # takes a government of another applicant (MULTIPLE_PARTNERSHIPS)
    shared: bool = False  # its government also founded other year-1 applicants (allowed)
    nis: str = ""

    @property
    def core(self) -> bool:
        """Active in every year with a figure: what an applicant's threshold rests on."""
        return self.left_year is None and not (self.figure_missing or self.guest or self.foreign)


@dataclass
class Plan:
    index: int
    region: str
    formed_year: int
    faults: set[str]
    slots: list[Slot] = field(default_factory=list)
    target: int = 0  # inhabitants of non-EU14 origin of the core in year 3

    @property
    def clean(self) -> bool:
        return not self.faults

    @property
    def submitter(self) -> Slot:
        return self.slots[0]

    def sharable(self, slot: Slot) -> bool:
        """A founder of project year 1 of an applicant in order, which the programme allows
        to found other year-1 applicants too."""
        return self.clean and self.formed_year == 1 and slot.joined_year == 1 and slot.core


def _region_counts(regions: dict[str, int], applicants: int) -> list[str]:
    """A region per applicant, in proportion to the region's municipalities; neighbours in the
    list share a region."""
    total = sum(regions.values())
    exact = {code: applicants * n / total for code, n in regions.items()}
    counts = {code: int(x) for code, x in exact.items()}
    by_remainder = sorted(regions, key=lambda c: (counts[c] - exact[c], c))
    for code in by_remainder[: applicants - sum(counts.values())]:
        counts[code] += 1
    return [code for code in sorted(regions) for _ in range(counts[code])]


def _fault_positions(applicants: int) -> dict[int, set[str]]:
    """Which applicant breaks which rule: each kind ``max(1, n / FINDING_SHARE)`` times,
    spread over the portfolio (with fewer than five applicants, some break several)."""
    per_kind = max(1, round(applicants / FINDING_SHARE))
    slots = per_kind * len(FINDINGS)
    faults: dict[int, set[str]] = defaultdict(set)
    for t in range(slots):
        position = (2 * t + 1) * applicants // (2 * slots) if slots <= applicants else t
        faults[position % applicants].add(FINDINGS[t % len(FINDINGS)])
    return faults


def plan_portfolio(counts: Counts, regions: dict[str, int], rng: random.Random) -> list[Plan]:
    """The applicants with their member slots (no governments yet); ``regions`` holds the
    number of municipalities of each reference region."""
    region_of = _region_counts(regions, counts.applicants)
    codes = sorted(regions)
    foreign = {c: codes[(i + 1) % len(codes)] for i, c in enumerate(codes)}
    faults = _fault_positions(counts.applicants)
    plans = []
    for i in range(counts.applicants):
        clean = not faults.get(i)
        solo = clean and i % 7 == 3 and counts.applicants > 3
        formed = 2 if clean and not solo and i % 10 == 6 else 1
        p = Plan(i, region_of[i], formed, set(faults.get(i, ())))
        p.slots = [Slot(formed, p.region) for _ in range(1 if solo else 2)]
        if "REGION_MIXED" in p.faults:
            p.slots.append(Slot(formed, foreign[p.region], foreign=True))
        if "FIGURE_MISSING" in p.faults:
            p.slots[1].figure_missing = True
        if "MULTIPLE_PARTNERSHIPS" in p.faults and counts.applicants > 1:
            p.slots.append(Slot(max(2, formed), p.region, guest=True))
        plans.append(p)
    _spread_extra_members(plans, counts.members, rng)
    for p in plans:
        founders = [s for s in p.slots[1:] if s.joined_year == p.formed_year and s.core]
        if len(founders) >= 2 and rng.random() < 0.5:
            founders[-1].left_year = rng.choice((2, 3)) if p.formed_year == 1 else 3
    return plans


def _spread_extra_members(plans: list[Plan], members: int, rng: random.Random) -> None:
    """Add founders and joiners (project year 2 or 3) until there are ``members`` slots."""
    open_to_more = [p for p in plans if len(p.slots) > 1]
    extra = members - sum(len(p.slots) for p in plans)
    for _ in range(max(0, extra) if open_to_more else 0):
        p = rng.choice(open_to_more)
        joiners = [s for s in p.slots if s.joined_year > p.formed_year and not s.guest]
        if not joiners and p.formed_year < 3 and rng.random() < 0.45:
            p.slots.append(Slot(rng.choice(range(p.formed_year + 1, 4)), p.region))
        else:
            p.slots.append(Slot(p.formed_year, p.region))


@dataclass(frozen=True)
class Government:
    nis: str
    name: str
    region: str
    province: str
    synthetic: bool = False


def assign_governments(
    plans: list[Plan], real: list[Government], provinces: dict[str, str], rng: random.Random
) -> list[Government]:
    """A government for every slot: the region's municipalities first, then synthetic ones;
    returns the synthetic governments to create.

    When even the synthetic codes run out, the sharable founders of a region take turns
    over fewer governments, each founding several year-1 applicants (never one twice).
    """
    codes = iter(SYNTHETIC_CODES)
    pools: dict[str, list[str]] = defaultdict(list)
    for g in sorted(real, key=lambda g: g.nis):
        pools[g.region].append(g.nis)
    for pool in pools.values():
        rng.shuffle(pool)
    synthetic: list[Government] = []

    def take(region: str) -> str:
        if pools[region]:
            return pools[region].pop()
        nis = next(codes, None)
        if nis is None:
            raise ValueError("Alle synthetische NIS-codes zijn op.")
        synthetic.append(Government(nis, f"Synthetisch {nis}", region, provinces[region], True))
        return nis

    turns = _shared_turns(plans, len(real) + MAX_SYNTHETIC)
    shared: dict[str, list[str]] = defaultdict(list)
    for p in plans:
        for slot in (s for s in p.slots if not s.guest):
            if slot.shared:
                taken = shared[slot.region]
                if len(taken) < turns[slot.region]:
                    taken.append(take(slot.region))
                slot.nis = taken[turns.position(slot) % turns[slot.region]]
            else:
                slot.nis = take(slot.region)
    _fill_guests(plans, Neighbours(plans))
    return synthetic


class Turns(dict[str, int]):
    """How many governments the shared founders of each region take turns over, and the place
    of each shared founder in its region's turn."""

    def __init__(self) -> None:
        super().__init__()
        self.places: dict[int, int] = {}

    def position(self, slot: Slot) -> int:
        return self.places[id(slot)]


def _shared_turns(plans: list[Plan], capacity: int) -> Turns:
    """Mark the sharable founders of every region as shared when the governments that exist
    and the synthetic codes are too few for one government per membership."""
    turns = Turns()
    shortfall = sum(1 for p in plans for s in p.slots if not s.guest) - capacity
    if shortfall <= 0:
        return turns
    sharable: dict[str, list[Slot]] = defaultdict(list)
    widest: dict[str, int] = defaultdict(int)
    for p in plans:
        mine = [s for s in p.slots if p.sharable(s)]
        sharable[p.region] += mine
        widest[p.region] = max(widest[p.region], len(mine))
    total = sum(len(v) for v in sharable.values())
    for region, slots in sharable.items():
        fewer = -(-shortfall * len(slots) // total)  # rounded up: together at least enough
        turns[region] = len(slots) - fewer
        if turns[region] < widest[region]:
            raise ValueError(
                f"Deze schaal is te groot: {region} heeft te weinig lokale besturen, ook met "
                "synthetische."
            )
        for k, slot in enumerate(slots):
            slot.shared = True
            turns.places[id(slot)] = k
    return turns


class Neighbours:
    """The other applicants of an applicant's region, nearest in the list first."""

    def __init__(self, plans: list[Plan]) -> None:
        self.by_region: dict[str, list[Plan]] = defaultdict(list)
        for p in plans:
            self.by_region[p.region].append(p)
        self.position = {id(p): k for group in self.by_region.values() for k, p in enumerate(group)}
        self.everyone = plans

    def of(self, p: Plan) -> Iterator[Plan]:
        group, here = self.by_region[p.region], self.position[id(p)]
        for distance in range(1, len(group)):
            for k in (here - distance, here + distance):
                if 0 <= k < len(group):
                    yield group[k]

    def anywhere(self, p: Plan) -> Iterator[Plan]:
        """The region's applicants first, then all others."""
        yield from self.of(p)
        yield from (q for q in self.everyone if q.region != p.region)


def _fill_guests(plans: list[Plan], neighbours: Neighbours) -> None:
    """A guest (MULTIPLE_PARTNERSHIPS) takes a founder of another applicant, in its own
    region when there is one: active in both from the guest's year on."""
    given: set[str] = set()
    for p in plans:
        for slot in (s for s in p.slots if s.guest):
            taken = {s.nis for s in p.slots}
            found = (
                s.nis
                for q in neighbours.anywhere(p)
                if q.formed_year == 1
                for s in q.slots[1:]
                if s.joined_year == 1 and s.core and not s.shared and s.nis not in given | taken
            )
            slot.nis = next(found, "")
            given.add(slot.nis)
        p.slots = [s for s in p.slots if s.nis]


def assign_figures(
    plans: list[Plan], governments: list[Government], rng: random.Random
) -> dict[str, int]:
    """A year-3 figure for every government: small for applicants below the threshold, and
    enough in every other applicant's core (its submitter makes up the difference)."""
    figure: dict[str, int] = {}
    for p in plans:
        if "BELOW_THRESHOLD" in p.faults:
            total = rng.randint(*BELOW_TARGET)
            weights = [rng.uniform(1, 4) for _ in p.slots]
            for s, weight in zip(p.slots, weights, strict=True):
                if s.nis not in figure:
                    figure[s.nis] = max(100, int(total * weight / sum(weights)))
    for g in governments:
        if g.nis not in figure:
            figure[g.nis] = round(rng.lognormvariate(7.3, 0.9)) + 100
    for p in plans:
        if "BELOW_THRESHOLD" in p.faults:
            continue
        p.target = rng.randint(*THRESHOLD_TARGET)
        core = sum(figure[s.nis] for s in p.slots[1:] if s.core and s.joined_year == p.formed_year)
        figure[p.submitter.nis] = max(figure[p.submitter.nis], p.target - core)
    return figure


# --- writing through the services ------------------------------------------------------------


@dataclass
class Written:
    """What one applicant got, for the notes and follow-ups that refer to it."""

    id: str
    places: list[str]  # member names
    members: list[str]  # NIS codes
    actions: dict[str, str]  # catalogue action id -> partnership_action id
    tracks: list[str]


class Generator:
    def __init__(self, db: Database, rng: random.Random, today: dt.date) -> None:
        self.db = db
        self.rng = rng
        self.today = today
        self.portfolio = PortfolioService(db, ACTOR)
        self.notes = NotesService(db, ACTOR)
        self.session = EditSession(db, ACTOR)
        with db.engine.connect() as conn:
            rows = sorted(lookups.rows(conn, "catalogue_action"), key=_catalogue_order)
            years = sorted(lookups.rows(conn, "project_year"), key=lambda y: y["number"])
        self.catalogue = [(r["id"], r["number"]) for r in rows]
        self.supported = [r["id"] for r in rows if r["supported"]]
        self.year_start = {y["number"]: y["period_start"] for y in years}
        self.names: dict[str, str] = {}
        self.used_names: set[str] = set()
        self.pending: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        self.pending_rows = 0

    def governments(self, counts: Counts) -> tuple[list[Plan], list[Government], dict[str, int]]:
        regions = {r.code: r for r in list_regions(self.db)}
        real = [
            Government(g.nis_code, g.name, code, regions[code].provinces)
            for g in list_governments(self.db)
            if (code := g.region_code or "")
        ]
        sizes = {code: sum(1 for g in real if g.region == code) for code in regions}
        plans = plan_portfolio(counts, sizes, self.rng)
        provinces = {code: r.provinces for code, r in regions.items()}
        synthetic = assign_governments(plans, real, provinces, self.rng)
        everyone = real + synthetic
        self.names = {g.nis: g.name for g in everyone}
        figures = assign_figures(plans, everyone, self.rng)
        if synthetic:
            self.session.run(
                "Synthetische lokale besturen toegevoegd",
                lambda w: bulk.insert_rows(w.conn, "government", _government_rows(synthetic)),
            )
        missing = {s.nis for p in plans for s in p.slots if s.figure_missing}
        for year in YEARS:
            table = {
                nis: round(value * YEAR_FACTOR[year])
                for nis, value in figures.items()
                if not (year == 3 and nis in missing)
            }
            self.portfolio.import_figures(table, year, FIGURE_SOURCE, "benchmarks/generate.py")
        return plans, synthetic, figures

    def write(self, counts: Counts) -> tuple[list[Plan], list[Government]]:
        """Everything, in the order a support contact would have entered it."""
        contact = save_profile(self.db, ACTOR, "benchmark@example.org")
        plans, synthetic, figures = self.governments(counts)
        written = []
        for p in plans:
            written.append(self.applicant(p, contact, figures, len(plans)))
            if self.pending_rows >= CHUNK:
                self.write_later()
        self.write_later()
        sessions = self.sessions(written, counts.knowledge_sessions)
        self.write_notes(written, sessions, counts.notes)
        self.write_follow_ups(written, counts.follow_ups)
        return plans, synthetic

    def later(self, table: str, summary: str, row: dict[str, Any]) -> None:
        """A KPI, subsidy or transfer row, written with others by ``write_later``.

        Those three are most of a portfolio's rows (seven KPIs, three subsidies and four
        transfers an applicant); ``PortfolioService.set_kpi``, ``add_subsidy`` and
        ``add_transfer`` one by one would double the time at scale 100. ``summary`` is the
        change-log summary the service method writes.
        """
        self.pending[(table, summary)].append(row)
        self.pending_rows += 1

    def write_later(self) -> None:
        def work(w: Writer) -> None:
            for (table, summary), rows in self.pending.items():
                bulk.create_many(w.conn, w.actor, table, rows, summary)

        if self.pending:
            self.session.run("KPI's, subsidies en doorstortingen toegevoegd", work)
        self.pending.clear()
        self.pending_rows = 0

    # --- one applicant ------------------------------------------------------------------------

    def applicant(self, p: Plan, contact: str, figures: dict[str, int], n: int) -> Written:
        s, rng = self.portfolio, self.rng
        founders = [x for x in p.slots if x.joined_year == p.formed_year and not x.guest]
        names = [self.names[x.nis] for x in founders]
        name = names[0] if len(p.slots) == 1 else "IGS " + "–".join(names[:3])
        name += " e.a." if len(names) > 3 else ""
        name += f" ({p.index + 1})" if name in self.used_names else ""
        self.used_names.add(name)
        pid = s.create_partnership(name, p.formed_year, texts.partnership_kpi(rng), contact)
        assert pid.created_id is not None
        written = Written(pid.created_id, [self.names[x.nis] for x in p.slots], [], {}, [])
        memberships = {}
        for x in p.slots:
            arrangement = "" if x is p.submitter else rng.choice(texts.ARRANGEMENTS)
            joined_on = self.year_start[x.joined_year] + dt.timedelta(days=rng.randint(0, 60))
            made = s.add_member(written.id, x.nis, x.joined_year, joined_on, arrangement)
            assert made.created_id is not None
            memberships[x.nis] = made.created_id
            written.members.append(x.nis)
        s.update_partnership(
            written.id,
            submitter_nis=p.submitter.nis,
            notes=f"Gegenereerde aanvrager nr. {p.index + 1} voor de benchmarks.",
        )
        years = range(p.formed_year, 4)
        self._actions(p, written, n, years)
        self._money(p, written, figures, years)
        joiners = [x for x in p.slots if x.joined_year > p.formed_year and not x.guest]
        actions = list(written.actions)
        if len(p.slots) > 1:
            s.add_new_member_action(written.id, p.formed_year, actions[0])
        for year in sorted({x.joined_year for x in joiners}):
            s.add_new_member_action(written.id, year, rng.choice(actions))
            before = [x for x in p.slots if x.joined_year < year and not x.guest]
            if len(before) >= 2 and all(x.left_year is None for x in before):
                s.add_stimulus(written.id, year, self.year_start[year] + dt.timedelta(days=45))
        self._tracks(written)
        for x in p.slots:
            if x.left_year is not None:
                left_on = self.year_start[x.left_year] - dt.timedelta(days=1)
                s.record_leave(memberships[x.nis], x.left_year, left_on)
        return written

    def _actions(self, p: Plan, w: Written, n: int, years: range) -> None:
        rng, catalogue = self.rng, self.catalogue
        # every action of the catalogue is chosen by someone, at any scale
        if n >= len(catalogue):
            chosen = [catalogue[p.index % len(catalogue)][0]]
        else:
            chosen = [a for k, (a, _number) in enumerate(catalogue) if k % n == p.index]
        if self.supported and rng.random() < 0.8:
            chosen += rng.sample(self.supported, rng.randint(1, len(self.supported)))
        if rng.random() < 0.4:
            chosen.append(rng.choice(catalogue)[0])
        for k, action in enumerate(dict.fromkeys(chosen)):
            cents = None if rng.random() < 0.3 else rng.randrange(2_000, 40_000, 100) * 100
            made = self.portfolio.add_action(w.id, action, cents)
            assert made.created_id is not None
            w.actions[action] = made.created_id
            for year in years:
                target = rng.randrange(50, 900, 10)
                low = k == 0 and year == 3 and "KPI_BELOW_25_PERCENT" in p.faults
                interim = target * rng.randint(5, 20) // 100 if low else _share(rng, target)
                final = round(target * rng.uniform(0.7, 1.2)) if year < 3 else None
                kpi = {"target": target, "interim_actual": interim, "final_actual": final}
                self.later(
                    "kpi_value",
                    f"KPI projectjaar {year} bewerkt",
                    {"partnership_action_id": made.created_id, "project_year": year, **kpi},
                )

    def _money(self, p: Plan, w: Written, figures: dict[str, int], years: range) -> None:
        for year in years:
            active = [
                x
                for x in p.slots
                if x.joined_year <= year and (x.left_year is None or year < x.left_year)
            ]
            counted = {x.nis: round(figures[x.nis] * YEAR_FACTOR[year]) for x in active}
            total = sum(counted.values())
            subsidy = int(round(total * self.rng.uniform(2.5, 4.5), -2)) * 100
            money = {"partnership_id": w.id, "project_year": year, "amount_cents": subsidy}
            self.later(
                "subsidy",
                f"Subsidie projectjaar {year} toegevoegd",
                {**money, "description": "Toegekende subsidie (synthetisch)"},
            )
            for x in active:
                if x is not p.submitter and total:
                    share = int(round(subsidy * counted[x.nis] / total * 0.7, -4))
                    self.later(
                        "transfer",
                        "Doorstorting toegevoegd",
                        {
                            **money,
                            "to_nis": x.nis,
                            "amount_cents": share,
                            "description": "Doorstorting volgens afspraak",
                        },
                    )

    def _tracks(self, w: Written) -> None:
        rng = self.rng
        for action in (a for a in w.actions if a in self.supported):
            themes = rng.sample(("taal", "verbinding", "participatie"), rng.randint(1, 2))
            for theme in themes:
                phase = rng.choice(("uitwerken", "uitvoeren", "opvolgen"))
                status = rng.choices(("lopend", "afgerond", "on hold"), (6, 2, 2))[0]
                due = self.today + dt.timedelta(days=rng.randint(-60, 90))
                step = texts.follow_up_title(rng, w.places)
                made = self.portfolio.add_support_track(
                    w.id, action, theme, phase, step, due, status
                )
                assert made.created_id is not None
                w.tracks.append(made.created_id)

    # --- notes, sessions, follow-ups -------------------------------------------------------

    def sessions(self, written: list[Written], count: int) -> list[str]:
        made = []
        for _ in range(count):
            group = self.rng.sample(written, min(len(written), self.rng.randint(1, 3)))
            nis = [n for w in group for n in w.members][:8]
            held_on = self.today - dt.timedelta(days=self.rng.randint(-30, 900))
            outcome = self.notes.create_session(
                held_on,
                self.rng.choice(texts.SESSION_TOPICS),
                nis,
                texts.sentence(self.rng, [w.places[0] for w in group]),
                texts.sentence(self.rng, [w.places[0] for w in group]),
                group[0].id if self.rng.random() < 0.5 else None,
            )
            assert outcome.created_id is not None
            made.append(outcome.created_id)
        return made

    def note_rows(
        self, written: list[Written], sessions: list[str], count: int
    ) -> Iterator[tuple[list[dict], list[dict], list[dict]]]:
        """Notes with their tags and linked governments, ``CHUNK`` at a time."""
        rng = self.rng
        days = (self.today - self.year_start[1]).days
        notes: list[dict] = []
        tags: list[dict] = []
        links: list[dict] = []
        for _ in range(count):
            w = rng.choice(written)
            kind = rng.choice(NOTE_KINDS)
            roll = rng.random()
            governments = rng.sample(w.members, min(len(w.members), rng.randint(1, 2)))
            title, body = texts.note_text(rng, kind, [self.names[n] for n in governments])
            note_id = new_id()
            notes.append(
                {
                    "id": note_id,
                    "kind": kind,
                    "noted_on": self.today - dt.timedelta(days=rng.randint(0, days)),
                    "title": title,
                    "body": body,
                    "partnership_id": w.id if roll < 0.85 else None,
                    "action_id": rng.choice(list(w.actions)) if rng.random() < 0.3 else None,
                    "knowledge_session_id": (
                        rng.choice(sessions) if kind == "kennisdeling" and sessions else None
                    ),
                    "include_in_reports": rng.random() < 0.2,
                    "personal_data": rng.random() < 0.05,
                }
            )
            tags += [{"note_id": note_id, "tag": t} for t in texts.tags(rng)]
            if roll < 0.95:
                links += [{"note_id": note_id, "nis_code": n} for n in governments]
            if len(notes) == CHUNK:
                yield notes, tags, links
                notes, tags, links = [], [], []
        if notes:
            yield notes, tags, links

    def write_notes(self, written: list[Written], sessions: list[str], count: int) -> None:
        for notes, tags, links in self.note_rows(written, sessions, count):

            def work(w: Writer, chunk: tuple[list, list, list] = (notes, tags, links)) -> None:
                bulk.defer_foreign_keys(w.conn)  # tags first: each note is indexed once
                bulk.create_many(w.conn, w.actor, "note_tag", chunk[1], w.summary)
                bulk.create_many(w.conn, w.actor, "note_government", chunk[2], w.summary)
                bulk.create_many(w.conn, w.actor, "note", chunk[0], w.summary)

            self.session.run("Notitie toegevoegd", work)

    def follow_up_rows(self, written: list[Written], count: int) -> Iterator[list[dict]]:
        """Open and done follow-ups (a done one as the service leaves it: status and time),
        ``CHUNK`` at a time; about a fifth are open past their date."""
        rng, rows = self.rng, []
        for _ in range(count):
            w = rng.choice(written)
            due = self.today + dt.timedelta(days=rng.randint(-60, 150))
            done = rng.random() < 0.3
            roll = rng.random()
            rows.append(
                {
                    "title": texts.follow_up_title(rng, w.places),
                    "due_date": due,
                    "status": "klaar" if done else "open",
                    "done_at": (dt.datetime.combine(due, dt.time(10), dt.UTC) if done else None),
                    "partnership_id": w.id,
                    "partnership_action_id": (
                        rng.choice(list(w.actions.values())) if roll < 0.3 else None
                    ),
                    "support_track_id": (
                        rng.choice(w.tracks) if 0.3 <= roll < 0.45 and w.tracks else None
                    ),
                }
            )
            if len(rows) == CHUNK:
                yield rows
                rows = []
        if rows:
            yield rows

    def write_follow_ups(self, written: list[Written], count: int) -> None:
        for rows in self.follow_up_rows(written, count):

            def work(w: Writer, chunk: list[dict] = rows) -> None:
                bulk.create_many(w.conn, w.actor, "follow_up", chunk, w.summary)

            self.session.run("Opvolging toegevoegd", work)


def _share(rng: random.Random, target: int) -> int:
    """An interim result well above 25 % of the target."""
    return -(-target * rng.randint(30, 95) // 100)


def _catalogue_order(row: dict[str, Any]) -> tuple[int, int]:
    return row["objective_number"], row["position"]


def _government_rows(governments: list[Government]) -> list[dict[str, Any]]:
    return [
        {
            "nis_code": g.nis,
            "name": g.name,
            "province": g.province,
            "region_code": g.region,
            "region_basis": "synthetisch (benchmark)",
        }
        for g in governments
    ]


def _fast_writes(db: Database) -> None:
    """No sync to disk at every commit: a generated file that a crash leaves half written is
    simply generated again, and the app's FULL would cost a sync per service call."""
    db.engine.dispose()
    event.listen(
        db.engine,
        "connect",
        lambda connection, _record: connection.execute("PRAGMA synchronous=OFF"),
    )


def generate(
    db_path: Path, scale: float, *, seed: int = 1, today: dt.date | None = None
) -> GeneratedSummary:
    """Write a new database at ``db_path`` (which must not exist yet) at ``scale``; a failure
    halfway removes what was written."""
    started = time.perf_counter()
    if db_path.exists():
        raise FileExistsError(
            f"{db_path} bestaat al; de generator schrijft alleen een nieuw bestand."
        )
    if not db_path.parent.is_dir():
        raise FileNotFoundError(f"De map {db_path.parent} bestaat niet.")
    counts = SCALE_1.at(scale)
    today = today or dt.date.today()
    db, _report = open_database(db_path, create=True)
    try:
        load_reference_data(db, resource_dir() / "data")
        _fast_writes(db)
        g = Generator(db, random.Random(seed), today)
        plans, synthetic = g.write(counts)
        summary = _summary(db, plans, synthetic, today)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        raise
    db.close()
    return replace(
        summary, seconds=time.perf_counter() - started, file_bytes=db_path.stat().st_size
    )


def _summary(
    db: Database, plans: list[Plan], synthetic: list[Government], today: dt.date
) -> GeneratedSummary:
    """What the database holds now (counted in it, not taken from the plan)."""

    def count(sql: str) -> int:
        return int(conn.exec_driver_sql(sql).scalar() or 0)

    with db.engine.connect() as conn:
        summary = GeneratedSummary(
            applicants=count("SELECT count(*) FROM partnership"),
            governments=count("SELECT count(DISTINCT nis_code) FROM membership"),
            synthetic_governments=len(synthetic),
            members=count("SELECT count(*) FROM membership"),
            notes=count("SELECT count(*) FROM note"),
            follow_ups=count("SELECT count(*) FROM follow_up"),
            overdue_follow_ups=len(NotesService(db, ACTOR).overdue_follow_ups(today)),
            knowledge_sessions=count("SELECT count(*) FROM knowledge_session"),
            change_log_rows=count("SELECT count(*) FROM change_log"),
            project_years=count("SELECT count(*) FROM project_year"),
            findings=tuple(sorted({f for p in plans for f in p.faults})),
            seconds=0.0,
            file_bytes=0,
        )
    with db.engine.connect() as conn:  # the file on its own, without a write-ahead log
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmarkgegevens in een nieuwe database.")
    parser.add_argument("--scale", type=float, required=True, help="1 = het hele agentschap")
    parser.add_argument("--db", type=Path, required=True, help="een nieuw databasebestand")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    target: Path = args.db
    if target.exists():
        print(
            f"{target} bestaat al; kies een nieuw bestand. Er is niets gewijzigd.", file=sys.stderr
        )
        return 2
    if not target.parent.is_dir():
        print(f"De map {target.parent} bestaat niet. Er is niets gewijzigd.", file=sys.stderr)
        return 2
    if not args.scale > 0:
        print("De schaal moet groter zijn dan 0. Er is niets gewijzigd.", file=sys.stderr)
        return 2
    try:
        summary = generate(target, args.scale, seed=args.seed)
    except ValueError as exc:  # a scale the codes cannot carry; nothing is left behind
        print(f"{exc} Er is niets gewijzigd.", file=sys.stderr)
        return 2
    print(f"Schaal {args.scale:g} in {target}:")
    for line in summary.lines():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
