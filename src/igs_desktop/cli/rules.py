"""``igs-desktop check`` and ``igs-desktop simulate``: the programme's rules without a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .common import EXIT_FINDINGS, EXIT_OK, open_workbench

if TYPE_CHECKING:
    from ..domain import Finding, JoinOutcome, LeaveOutcome, Partnership
    from ..services.workbench import Database
    from .common import Subcommands

SEVERITY_LABEL = {"error": "FOUT", "warning": "WAARSCHUWING"}


def _year(args: argparse.Namespace, db: Database) -> int:
    """The year asked for, or the one the app works in today, named on stderr."""
    from ..services.calendar import current_year

    if args.year is not None:
        return args.year
    working = current_year(db)
    note = f" {working.notice}" if working.notice else ""
    print(
        f"igs-desktop: projectjaar {working.number} gebruikt (geef een ander met --year).{note}",
        file=sys.stderr,
    )
    return working.number


def _with_db(args: argparse.Namespace, work: Callable[[Database], int]) -> int:
    with open_workbench(args) as workbench:
        return work(workbench.db)


def cmd_check(args: argparse.Namespace) -> int:
    from ..services.rules import check_all

    def work(db: Database) -> int:
        year = _year(args, db)
        checks = check_all(db, year)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "partnership_id": c.partnership_id,
                            "partnership": c.name,
                            "code": f.code,
                            "severity": f.severity.value,
                            "message": f.message,
                            "subjects": list(f.subjects),
                        }
                        for c in checks
                        for f in c.findings
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            print(f"Controle van {len(checks)} aanvrager(s), projectjaar {year}")
            for c in checks:
                status = (
                    "in orde"
                    if not c.findings
                    else f"{c.errors} fout(en), {c.warnings} waarschuwing(en)"
                )
                print(f"\n{c.name} [{c.partnership_id}]: {status}")
                for f in c.findings:
                    print(f"  {SEVERITY_LABEL[f.severity.value]:<12} {f.code:<32} {f.message}")
        return EXIT_FINDINGS if any(c.errors for c in checks) else EXIT_OK

    return _with_db(args, work)


def _findings_json(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    return [
        {
            "code": f.code,
            "severity": f.severity.value,
            "message": f.message,
            "subjects": list(f.subjects),
        }
        for f in findings
    ]


def _members(partnership: Partnership, year: int) -> list[str]:
    from ..domain import active_members

    return [m.government.name for m in active_members(partnership, year)]


def cmd_simulate(args: argparse.Namespace) -> int:
    from .. import formatting
    from ..services import rules

    def work(db: Database) -> int:
        year = _year(args, db)
        outcome: LeaveOutcome | JoinOutcome
        if args.what == "leave":
            outcome = rules.leave(db, args.partnership, args.member, year)
            subject = outcome.leaver.name
            facts: dict[str, Any] = {
                "leaver": outcome.leaver.nis_code,
                "before_non_eu14": outcome.before_non_eu14,
                "remaining_non_eu14": outcome.remaining_non_eu14,
                "remaining_keep_year1_subsidy": outcome.remaining_keep_year1_subsidy,
                "leaver_loses_year1_subsidy": outcome.leaver_loses_year1_subsidy,
                "leaver_may_reapply": outcome.leaver_may_reapply,
                "new_submitter_needed": outcome.new_submitter_needed,
                "single_applicant_left": outcome.single_applicant_left,
            }
            after_total = outcome.remaining_non_eu14
            title = f"Wat als {subject} uitstapt (projectjaar {year})?"
        else:
            outcome = rules.join(db, args.partnership, args.government, year)
            subject = outcome.joiner.name
            facts = {
                "joiner": outcome.joiner.nis_code,
                "allowed": outcome.allowed,
                "before_non_eu14": outcome.before_non_eu14,
                "combined_non_eu14": outcome.combined_non_eu14,
                "stimulus_eligible": outcome.stimulus_eligible,
                "stimulus_extension": outcome.stimulus_extension,
                "joiner_new_to_programme": outcome.joiner_new_to_programme,
            }
            after_total = outcome.combined_non_eu14
            title = f"Wat als {subject} toetreedt (projectjaar {year})?"
        p_after = outcome.partnership_after
        if args.json:
            print(
                json.dumps(
                    {
                        "partnership_id": p_after.id,
                        "partnership": p_after.name,
                        "year": year,
                        "simulation": args.what,
                        **facts,
                        "members_after": _members(p_after, year),
                        "explanation": list(outcome.explanation),
                        "findings": _findings_json(outcome.findings),
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return EXIT_OK
        print(f"{p_after.name}: {title}")
        print(
            f"  inwoners niet-EU14 vooraf: {formatting.number(outcome.before_non_eu14, 'onbekend')}"
        )
        print(f"  inwoners niet-EU14 nadien: {formatting.number(after_total, 'onbekend')}")
        print(f"  leden nadien: {', '.join(_members(p_after, year)) or 'geen'}")
        for line in outcome.explanation:
            print(f"  - {line}")
        if outcome.findings:
            print("  Bevindingen nadien:")
            for f in outcome.findings:
                print(f"    {SEVERITY_LABEL[f.severity.value]:<12} {f.code:<32} {f.message}")
        return EXIT_OK

    return _with_db(args, work)


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    year_json = argparse.ArgumentParser(add_help=False)
    year_json.add_argument(
        "--year", type=int, help="projectjaar (standaard: het lopende of laatst gestarte)"
    )
    year_json.add_argument("--json", action="store_true", help="uitvoer als JSON")

    check = sub.add_parser(
        "check",
        parents=[common, year_json],
        help="alle samenwerkingsverbanden aan de regels toetsen",
        description="Toetst elke aanvrager aan de regels van Plan Samenleven. "
        "Afsluitcode 0: geen fouten; 1: minstens één fout; 2: probleem met opdracht of database.",
    )
    check.set_defaults(handler=cmd_check)

    simulate = sub.add_parser("simulate", help="wat als een lid uitstapt of een bestuur toetreedt?")
    what = simulate.add_subparsers(title="simulaties", metavar="leave|join", required=True)
    leave = what.add_parser("leave", parents=[common, year_json], help="wat als dit lid uitstapt?")
    leave.add_argument("--partnership", required=True, metavar="ID_OF_NAAM")
    leave.add_argument("--member", required=True, metavar="NIS", help="NIS-code van het lid")
    leave.set_defaults(handler=cmd_simulate, what="leave")
    join = what.add_parser(
        "join", parents=[common, year_json], help="wat als dit bestuur toetreedt?"
    )
    join.add_argument("--partnership", required=True, metavar="ID_OF_NAAM")
    join.add_argument("--government", required=True, metavar="NIS", help="NIS-code van het bestuur")
    join.set_defaults(handler=cmd_simulate, what="join")
