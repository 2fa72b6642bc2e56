"""Writes to the portfolio: partnerships, members, actions, support tracks, money, figures.

Each public method is one user action: it validates, writes in one transaction through the
change log, and returns an ``Outcome`` the UI can undo.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import formatting
from ..domain import MAX_SUPPORTED_ACTIONS
from ..domain.work import PartnershipStatus, Phase, Theme, TrackStatus
from ..store import lookups
from .editing import EditSession, Outcome, ValidationError, Writer
from .field_labels import describe_changes
from .team_portfolio import default_contact_id

if TYPE_CHECKING:
    from ..store.database import Database

THEMES = tuple(Theme)
PHASES = tuple(Phase)
TRACK_STATUSES = tuple(TrackStatus)
PARTNERSHIP_STATUSES = tuple(PartnershipStatus)

PARTNERSHIP_FIELDS = {"name", "submitter_nis", "formed_year", "kpi", "status", "notes"}
MEMBER_FIELDS = {"joined_year", "joined_on", "left_year", "left_on", "transfer_arrangement"}
TRACK_FIELDS = {"theme", "phase", "status", "next_step", "due_date", "action_id"}


def _require_year(w: Writer, year: int | None, field: str) -> None:
    if year is not None and not lookups.exists(w.conn, "project_year", number=year):
        raise ValidationError(f"Projectjaar {year} bestaat niet.", field)


def _only(values: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"Unknown fields: {sorted(unknown)}")
    return values


class PortfolioService(EditSession):
    # --- partnerships -----------------------------------------------------------------
    def create_partnership(
        self, name: str, formed_year: int, kpi: str = "", support_contact_id: str | None = None
    ) -> Outcome:
        """A new partnership, in the portfolio of ``support_contact_id`` (by default the
        user's own contact, when there is a profile)."""
        name = name.strip()
        if not name:
            raise ValidationError("Geef het samenwerkingsverband een naam.", "name")

        def work(w: Writer) -> str:
            _require_year(w, formed_year, "formed_year")
            key = w.create(
                "partnership",
                {
                    "name": name,
                    "formed_year": formed_year,
                    "kpi": kpi,
                    "support_contact_id": support_contact_id or default_contact_id(w.conn),
                },
            )
            return key["id"]

        return self.run(f"Nieuw samenwerkingsverband '{name}'", work)[1]

    def update_partnership(self, partnership_id: str, **values: Any) -> Outcome:
        _only(values, PARTNERSHIP_FIELDS)
        if "name" in values and not str(values["name"]).strip():
            raise ValidationError("De naam mag niet leeg zijn.", "name")

        def work(w: Writer) -> None:
            _require_year(w, values.get("formed_year"), "formed_year")
            submitter = values.get("submitter_nis")
            if submitter and not lookups.exists(
                w.conn, "membership", partnership_id=partnership_id, nis_code=submitter
            ):
                raise ValidationError(
                    f"{lookups.government_name(w.conn, submitter)} is geen lid; "
                    "kies de indiener onder de leden.",
                    "submitter_nis",
                )
            w.update("partnership", {"id": partnership_id}, values)

        return self.run(
            _describe_fields(
                self.db, "Samenwerkingsverband bewerkt", "partnership", partnership_id, values
            ),
            work,
        )[1]

    def delete_partnership(self, partnership_id: str) -> Outcome:
        def work(w: Writer) -> None:
            found = lookups.row(w.conn, "partnership", id=partnership_id)
            if found is None:
                raise ValidationError("Dit samenwerkingsverband bestaat niet meer.")
            w.delete("partnership", {"id": partnership_id})

        return self.run("Samenwerkingsverband verwijderd", work)[1]

    # --- members ----------------------------------------------------------------------
    def add_member(
        self,
        partnership_id: str,
        nis_code: str,
        joined_year: int,
        joined_on: dt.date | None = None,
        transfer_arrangement: str = "",
    ) -> Outcome:
        """Add a government. A conflicting choice (other region, second partnership) is
        allowed on purpose: the findings panel then shows the rule it breaks."""

        def work(w: Writer) -> str:
            if not lookups.exists(w.conn, "government", nis_code=nis_code):
                raise ValidationError(f"Er is geen lokaal bestuur met NIS-code {nis_code}.")
            _require_year(w, joined_year, "joined_year")
            for m in lookups.rows(
                w.conn, "membership", partnership_id=partnership_id, nis_code=nis_code
            ):
                if m["left_year"] is None:
                    raise ValidationError(
                        f"{lookups.government_name(w.conn, nis_code)} is al lid.", "nis_code"
                    )
            key = w.create(
                "membership",
                {
                    "partnership_id": partnership_id,
                    "nis_code": nis_code,
                    "joined_year": joined_year,
                    "joined_on": joined_on,
                    "transfer_arrangement": transfer_arrangement,
                },
            )
            return key["id"]

        with self.db.engine.connect() as conn:
            name = lookups.government_name(conn, nis_code)
        return self.run(f"{name} toegevoegd als lid", work)[1]

    def update_member(self, membership_id: str, **values: Any) -> Outcome:
        _only(values, MEMBER_FIELDS)

        def work(w: Writer) -> None:
            member = lookups.row(w.conn, "membership", id=membership_id)
            if member is None:
                raise ValidationError("Dit lidmaatschap bestaat niet meer.")
            _require_year(w, values.get("joined_year"), "joined_year")
            _require_year(w, values.get("left_year"), "left_year")
            joined = values.get("joined_year", member["joined_year"])
            left = values.get("left_year", member["left_year"])
            if left is not None and left <= joined:
                raise ValidationError(
                    f"Uitstappen kan pas na het jaar van toetreden (projectjaar {joined}).",
                    "left_year",
                )
            w.update("membership", {"id": membership_id}, values)

        return self.run(
            _describe_fields(self.db, "Lid bewerkt", "membership", membership_id, values), work
        )[1]

    def record_leave(
        self, membership_id: str, left_year: int, left_on: dt.date | None = None
    ) -> Outcome:
        """The member leaves from ``left_year`` on. The submitter is kept: it stays right for
        the years before, and from ``left_year`` on SUBMITTER_NOT_MEMBER asks for a new one."""

        def work(w: Writer) -> None:
            member = lookups.row(w.conn, "membership", id=membership_id)
            if member is None:
                raise ValidationError("Dit lidmaatschap bestaat niet meer.")
            _require_year(w, left_year, "left_year")
            if left_year <= member["joined_year"]:
                raise ValidationError(
                    f"Uitstappen kan pas na het jaar van toetreden (projectjaar "
                    f"{member['joined_year']}).",
                    "left_year",
                )
            w.update(
                "membership", {"id": membership_id}, {"left_year": left_year, "left_on": left_on}
            )

        with self.db.engine.connect() as conn:
            member = lookups.row(conn, "membership", id=membership_id)
            name = lookups.government_name(conn, member["nis_code"]) if member else "Lid"
        return self.run(f"{name} stapt uit vanaf projectjaar {left_year}", work)[1]

    def remove_member(self, membership_id: str) -> Outcome:
        def work(w: Writer) -> None:
            member = lookups.row(w.conn, "membership", id=membership_id)
            if member is None:
                raise ValidationError("Dit lidmaatschap bestaat niet meer.")
            partnership = lookups.row(w.conn, "partnership", id=member["partnership_id"])
            if partnership and partnership["submitter_nis"] == member["nis_code"]:
                w.update("partnership", {"id": partnership["id"]}, {"submitter_nis": None})
            w.delete("membership", {"id": membership_id})

        return self.run("Lid verwijderd", work)[1]

    # --- actions, KPI, money ----------------------------------------------------------
    def add_action(
        self, partnership_id: str, action_id: str, subsidy_cents: int | None = None
    ) -> Outcome:
        def work(w: Writer) -> str:
            if lookups.exists(
                w.conn, "partnership_action", partnership_id=partnership_id, action_id=action_id
            ):
                raise ValidationError(
                    f"{lookups.action_label(w.conn, action_id).capitalize()} is al gekozen."
                )
            return w.create(
                "partnership_action",
                {
                    "partnership_id": partnership_id,
                    "action_id": action_id,
                    "subsidy_cents": subsidy_cents,
                },
            )["id"]

        return self.run("Actie toegevoegd", work)[1]

    def update_action(self, partnership_action_id: str, **values: Any) -> Outcome:
        _only(values, {"subsidy_cents", "notes"})
        if (values.get("subsidy_cents") or 0) < 0:
            raise ValidationError("Een subsidie kan niet negatief zijn.", "subsidy_cents")
        return self.run(
            "Actie bewerkt",
            lambda w: w.update("partnership_action", {"id": partnership_action_id}, values),
        )[1]

    def remove_action(self, partnership_action_id: str) -> Outcome:
        return self.run(
            "Actie verwijderd",
            lambda w: w.delete("partnership_action", {"id": partnership_action_id}),
        )[1]

    def set_kpi(
        self,
        partnership_action_id: str,
        year: int,
        target: int | None,
        interim_actual: int | None = None,
        final_actual: int | None = None,
    ) -> Outcome:
        for label, value in (
            ("doel", target),
            ("tussentijds resultaat", interim_actual),
            ("eindresultaat", final_actual),
        ):
            if value is not None and value < 0:
                raise ValidationError(f"Het KPI-{label} kan niet negatief zijn.")
        values = {"target": target, "interim_actual": interim_actual, "final_actual": final_actual}

        def work(w: Writer) -> None:
            _require_year(w, year, "project_year")
            existing = lookups.row(
                w.conn,
                "kpi_value",
                partnership_action_id=partnership_action_id,
                project_year=year,
            )
            if existing:
                w.update("kpi_value", {"id": existing["id"]}, values)
            else:
                w.create(
                    "kpi_value",
                    {
                        "partnership_action_id": partnership_action_id,
                        "project_year": year,
                        **values,
                    },
                )

        return self.run(f"KPI projectjaar {year} bewerkt", work)[1]

    def add_subsidy(
        self, partnership_id: str, year: int, amount_cents: int, description: str = ""
    ) -> Outcome:
        if amount_cents < 0:
            raise ValidationError("Een subsidie kan niet negatief zijn.", "amount")

        def work(w: Writer) -> str:
            _require_year(w, year, "project_year")
            return w.create(
                "subsidy",
                {
                    "partnership_id": partnership_id,
                    "project_year": year,
                    "amount_cents": amount_cents,
                    "description": description,
                },
            )["id"]

        return self.run(f"Subsidie projectjaar {year} toegevoegd", work)[1]

    def add_transfer(
        self,
        partnership_id: str,
        to_nis: str,
        year: int,
        amount_cents: int,
        description: str = "",
    ) -> Outcome:
        if amount_cents < 0:
            raise ValidationError("Een doorstorting kan niet negatief zijn.", "amount")

        def work(w: Writer) -> str:
            _require_year(w, year, "project_year")
            if not lookups.exists(
                w.conn, "membership", partnership_id=partnership_id, nis_code=to_nis
            ):
                raise ValidationError(
                    f"{lookups.government_name(w.conn, to_nis)} is geen lid van dit verband.",
                    "to_nis",
                )
            return w.create(
                "transfer",
                {
                    "partnership_id": partnership_id,
                    "to_nis": to_nis,
                    "project_year": year,
                    "amount_cents": amount_cents,
                    "description": description,
                },
            )["id"]

        return self.run("Doorstorting toegevoegd", work)[1]

    def add_stimulus(
        self, partnership_id: str, year: int, granted_on: dt.date | None = None
    ) -> Outcome:
        """Recorded as asked, also a second time in a year: STIMULUS_TWICE then says so."""

        def work(w: Writer) -> str:
            _require_year(w, year, "project_year")
            return w.create(
                "stimulus_grant",
                {"partnership_id": partnership_id, "project_year": year, "granted_on": granted_on},
            )["id"]

        return self.run(f"Stimulans 'samenwerking' projectjaar {year} toegevoegd", work)[1]

    def add_new_member_action(self, partnership_id: str, year: int, action_id: str) -> Outcome:
        def work(w: Writer) -> str:
            _require_year(w, year, "project_year")
            if lookups.exists(
                w.conn,
                "new_member_action",
                partnership_id=partnership_id,
                project_year=year,
                action_id=action_id,
            ):
                raise ValidationError(
                    f"{lookups.action_label(w.conn, action_id).capitalize()} staat al bij de "
                    f"acties met nieuwe leden van projectjaar {year}."
                )
            return w.create(
                "new_member_action",
                {"partnership_id": partnership_id, "project_year": year, "action_id": action_id},
            )["id"]

        return self.run("Actie met nieuwe leden toegevoegd", work)[1]

    def delete_subsidy(self, subsidy_id: str) -> Outcome:
        row = self._money_row("subsidy", subsidy_id)
        what = f"Subsidie projectjaar {row['project_year']} ({_euro(row['amount_cents'])})"
        return self._delete_by_id("subsidy", subsidy_id, f"{what} verwijderd")

    def delete_transfer(self, transfer_id: str) -> Outcome:
        row = self._money_row("transfer", transfer_id)
        with self.db.engine.connect() as conn:
            partner = lookups.government_name(conn, row["to_nis"])
        what = f"Doorstorting van {_euro(row['amount_cents'])} aan {partner}"
        return self._delete_by_id("transfer", transfer_id, f"{what} verwijderd")

    def delete_stimulus(self, grant_id: str) -> Outcome:
        row = self._money_row("stimulus_grant", grant_id)
        what = f"Stimulans 'samenwerking' projectjaar {row['project_year']}"
        return self._delete_by_id("stimulus_grant", grant_id, f"{what} verwijderd")

    def delete_new_member_action(self, row_id: str) -> Outcome:
        row = self._money_row("new_member_action", row_id)
        with self.db.engine.connect() as conn:
            action = lookups.action_label(conn, row["action_id"]).capitalize()
        what = f"{action} met nieuwe leden (projectjaar {row['project_year']})"
        return self._delete_by_id("new_member_action", row_id, f"{what} verwijderd")

    def _money_row(self, table: str, row_id: str) -> dict[str, Any]:
        with self.db.engine.connect() as conn:
            found = lookups.row(conn, table, id=row_id)
        if found is None:
            raise ValidationError("Deze regel bestaat niet meer.")
        return found

    def _delete_by_id(self, table: str, row_id: str, description: str) -> Outcome:
        return self.run(description, lambda w: w.delete(table, {"id": row_id}))[1]

    # --- thematic support tracks ------------------------------------------------------
    def add_support_track(
        self,
        partnership_id: str,
        action_id: str,
        theme: str,
        phase: str = "uitwerken",
        next_step: str = "",
        due_date: dt.date | None = None,
        status: str = TrackStatus.RUNNING,
    ) -> Outcome:
        _check_choice(theme, THEMES, "thema", "theme")
        _check_choice(phase, PHASES, "fase", "phase")

        def work(w: Writer) -> str:
            _check_track_action(w, partnership_id, action_id)
            _check_track_unique(w, partnership_id, action_id, theme, phase)
            return w.create(
                "support_track",
                {
                    "partnership_id": partnership_id,
                    "action_id": action_id,
                    "theme": theme,
                    "phase": phase,
                    "status": status,
                    "next_step": next_step,
                    "due_date": due_date,
                },
            )["id"]

        return self.run("Ondersteuningstraject toegevoegd", work)[1]

    def update_support_track(self, track_id: str, **values: Any) -> Outcome:
        _only(values, TRACK_FIELDS)
        if "theme" in values:
            _check_choice(values["theme"], THEMES, "thema", "theme")
        if "phase" in values:
            _check_choice(values["phase"], PHASES, "fase", "phase")

        def work(w: Writer) -> None:
            track = lookups.row(w.conn, "support_track", id=track_id)
            if track is None:
                raise ValidationError("Dit ondersteuningstraject bestaat niet meer.")
            if values.get("action_id", track["action_id"]) != track["action_id"]:
                _check_track_action(w, track["partnership_id"], values["action_id"], track_id)
            moved = {k: values[k] for k in ("action_id", "theme", "phase") if k in values}
            if any(v != track[k] for k, v in moved.items()):
                new = {**track, **moved}
                _check_track_unique(
                    w, new["partnership_id"], new["action_id"], new["theme"], new["phase"], track_id
                )
            w.update("support_track", {"id": track_id}, values)

        return self.run(
            _describe_fields(
                self.db, "Ondersteuningstraject bewerkt", "support_track", track_id, values
            ),
            work,
        )[1]

    def delete_support_track(self, track_id: str) -> Outcome:
        return self.run(
            "Ondersteuningstraject verwijderd",
            lambda w: w.delete("support_track", {"id": track_id}),
        )[1]

    # --- reference data the user keeps -----------------------------------------------
    def set_population_figure(self, nis_code: str, year: int, value: int, source: str) -> Outcome:
        if value < 0:
            raise ValidationError("Een bevolkingscijfer kan niet negatief zijn.", "non_eu14")
        if not source.strip():
            raise ValidationError("Vermeld de bron van het cijfer.", "source")

        def work(w: Writer) -> None:
            _require_year(w, year, "project_year")
            existing = lookups.row(
                w.conn, "population_figure", nis_code=nis_code, project_year=year
            )
            values = {"non_eu14": value, "source": source.strip(), "fictitious": False}
            if existing:
                w.update("population_figure", {"id": existing["id"]}, values)
            else:
                w.create(
                    "population_figure", {"nis_code": nis_code, "project_year": year, **values}
                )

        with self.db.engine.connect() as conn:
            name = lookups.government_name(conn, nis_code)
        return self.run(f"Bevolkingscijfer van {name}, projectjaar {year}, bewerkt", work)[1]

    def import_figures(
        self, figures: dict[str, int], year: int, source: str, origin: str = ""
    ) -> Outcome:
        """Store a whole table of figures for one project year in one transaction: one step
        to undo. Every change-log entry it writes carries the same summary (the year, the file
        ``origin``, the source, and how many figures are new, changed or the same)."""
        from .figure_table import MAX_FIGURE

        source = source.strip()
        if not source:
            raise ValidationError("Vermeld de bron van de cijfers.", "source")
        for nis, value in figures.items():
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"Het cijfer voor {nis} is geen geheel aantal.")
            if value < 0:
                raise ValidationError("Een bevolkingscijfer kan niet negatief zijn.")
            if value > MAX_FIGURE:
                raise ValidationError(
                    f"Het cijfer voor {nis} ({formatting.number(value)}) is meer dan "
                    f"{formatting.number(MAX_FIGURE)}: geen enkele gemeente telt zoveel "
                    "inwoners van niet-EU14-herkomst."
                )
        description = f"Cijfers projectjaar {year} geïmporteerd" + (
            f" uit {origin}" if origin else ""
        )

        def work(w: Writer) -> None:
            _require_year(w, year, "project_year")
            existing = {
                r["nis_code"]: r
                for r in lookups.rows(w.conn, "population_figure", project_year=year)
            }
            new = sum(1 for nis in figures if nis not in existing)
            same = sum(1 for nis, r in existing.items() if figures.get(nis) == r["non_eu14"])
            w.summary = (
                f"{description} (bron: {source}): {new} nieuw, "
                f"{len(figures) - new - same} gewijzigd, {same} ongewijzigd"
            )
            for nis, value in sorted(figures.items()):
                row = {"non_eu14": value, "source": source, "fictitious": False}
                if nis in existing:
                    w.update("population_figure", {"id": existing[nis]["id"]}, row)
                else:
                    w.create("population_figure", {"nis_code": nis, "project_year": year, **row})

        return self.run(description, work)[1]

    def update_catalogue_action(self, action_id: str, **values: Any) -> Outcome:
        _only(values, {"number", "title", "supported", "number_certain", "remarks"})
        return self.run(
            _describe_fields(
                self.db, "Actiecatalogus bewerkt", "catalogue_action", action_id, values
            ),
            lambda w: w.update("catalogue_action", {"id": action_id}, values),
        )[1]


def _check_track_action(
    w: Writer, partnership_id: str, action_id: str, moving_track: str | None = None
) -> None:
    """Thematic support only for supported actions, and for at most ten per applicant."""
    action = lookups.row(w.conn, "catalogue_action", id=action_id)
    if action is None:
        raise ValidationError("Deze actie staat niet in de catalogus.", "action_id")
    if not action["supported"]:
        raise ValidationError(
            f"Actie {action['number']} krijgt geen thematische ondersteuning van het "
            "agentschap (zie de actiecatalogus).",
            "action_id",
        )
    tracked = {
        t["action_id"]
        for t in lookups.rows(w.conn, "support_track", partnership_id=partnership_id)
        if t["id"] != moving_track
    }
    if action_id not in tracked and len(tracked) >= MAX_SUPPORTED_ACTIONS:
        raise ValidationError(
            f"Thematische ondersteuning kan voor hoogstens {MAX_SUPPORTED_ACTIONS} acties "
            f"per aanvrager; er zijn er al {len(tracked)}.",
            "action_id",
        )


def _check_track_unique(
    w: Writer,
    partnership_id: str,
    action_id: str,
    theme: str,
    phase: str,
    track_id: str | None = None,
) -> None:
    """One track per action, theme and phase: a second one would be the same work twice."""
    same = lookups.rows(
        w.conn,
        "support_track",
        partnership_id=partnership_id,
        action_id=action_id,
        theme=theme,
        phase=phase,
    )
    other = next((t for t in same if t["id"] != track_id), None)
    if other is not None:
        raise ValidationError(
            f"Er is al een ondersteuningstraject voor {lookups.action_label(w.conn, action_id)} "
            f"met thema {theme} in fase {phase} (status: {other['status']}). Werk dat traject "
            "bij, of kies een ander thema of een andere fase.",
            "phase",
        )


def _describe_fields(
    db: Database, prefix: str, table: str, row_id: str, values: dict[str, Any]
) -> str:
    """The undo text of an edit of one row: ``prefix`` and, in Dutch, only the fields whose
    value differs from the stored row."""
    with db.engine.connect() as conn:
        current = lookups.row(conn, table, id=row_id)
    return describe_changes(prefix, values, current)


def _euro(cents: int) -> str:
    return formatting.amount(Decimal(cents) / 100)


def _check_choice(value: str, allowed: tuple[str, ...], label: str, field: str) -> None:
    if value not in allowed:
        raise ValidationError(
            f"Onbekende {label} '{value}'; kies uit: {', '.join(allowed)}.", field
        )


def save_profile(db: Database, name: str, email: str) -> str:
    """Create or update the app user's support contact profile; returns its id."""
    from ..store.profile import user_profile

    name, email = name.strip(), email.strip()
    if not name:
        raise ValidationError("Vul uw naam in.", "name")
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError(f"'{email}' is geen geldig e-mailadres.", "email")
    session = EditSession(db, actor=name)
    existing = user_profile(db)
    if existing:
        session.run(
            "Profiel bijgewerkt",
            lambda w: w.update(
                "support_contact", {"id": existing.id}, {"name": name, "email": email}
            ),
        )
        return existing.id
    created, _outcome = session.run(
        "Profiel aangemaakt",
        lambda w: w.create("support_contact", {"name": name, "email": email, "is_user": True})[
            "id"
        ],
    )
    return created
