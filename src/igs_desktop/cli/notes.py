"""``igs-desktop notes search`` and ``igs-desktop privacy export|erase`` without a window.

Exit code 0 when done, 2 with one Dutch line on stderr when not.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, CliError, open_workbench

if TYPE_CHECKING:
    from ..services.workbench import Workbench
    from .common import Subcommands


def _with_workbench(args: argparse.Namespace, work: Callable[[Workbench], int]) -> int:
    with open_workbench(args) as workbench:
        try:
            return work(workbench)
        except OSError as exc:
            raise CliError(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from exc


def cmd_search(args: argparse.Namespace) -> int:
    def work(workbench: Workbench) -> int:
        hits = workbench.notes.search(args.text, limit=args.limit)
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": h.note_id,
                            "kind": h.kind,
                            "noted_on": h.noted_on.isoformat(),
                            "title": h.title,
                            "title_marked": h.title_text(),
                            "snippet": h.snippet_text(),
                            "tags": list(h.tags),
                            "partnership": h.partnership_name or None,
                            "rank": h.rank,
                        }
                        for h in hits
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return EXIT_OK
        if not hits:
            print(f"Geen notities gevonden voor '{args.text}'.")
        for h in hits:
            tags = f"  #{' #'.join(h.tags)}" if h.tags else ""
            print(f"{h.noted_on.isoformat()}  {h.kind:<15} {h.title_text()}{tags}  [{h.note_id}]")
            if h.snippet_marks:
                print(f"    {h.snippet_text()}")
        return EXIT_OK

    return _with_workbench(args, work)


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.privacy import export_subject

    def work(workbench: Workbench) -> int:
        summary = export_subject(
            workbench.db,
            Path(args.out),
            nis_code=args.government,
            term=args.term,
            overwrite=args.force,
            protected_dirs=workbench.folders.protected,
        )
        for line in summary.lines():
            print(line)
        return EXIT_OK

    return _with_workbench(args, work)


def cmd_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError(
            "Wissen is definitief en kan niet ongedaan gemaakt worden; "
            "herhaal de opdracht met --yes. Er is niets gewijzigd."
        )

    def work(workbench: Workbench) -> int:
        summary = workbench.erase_personal_data(args.government)
        for line in summary.lines():
            print(line)
        return EXIT_OK

    return _with_workbench(args, work)


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    notes = sub.add_parser("notes", help="notities doorzoeken")
    notes_sub = notes.add_subparsers(title="opdrachten", metavar="search", required=True)
    search = notes_sub.add_parser(
        "search",
        parents=[common],
        help="notities zoeken (titel, tekst, tags, gekoppelde namen)",
        description="Zoekt in alle notities; accenten en hoofdletters tellen niet mee.",
    )
    search.add_argument("text", metavar="TEKST", help="zoekwoorden (ook het begin van een woord)")
    search.add_argument("--json", action="store_true", help="uitvoer als JSON")
    search.add_argument("--limit", type=int, default=50, help="hoogstens zoveel notities")
    search.set_defaults(handler=cmd_search)

    privacy = sub.add_parser("privacy", help="persoonsgegevens exporteren of wissen")
    privacy_sub = privacy.add_subparsers(title="opdrachten", metavar="export|erase", required=True)
    export = privacy_sub.add_parser(
        "export",
        parents=[common],
        help="alles over een lokaal bestuur of een zoekterm naar JSON schrijven",
        description="Schrijft alles wat de app bewaart over één lokaal bestuur of een "
        "zoekterm naar een JSON-bestand.",
    )
    subject = export.add_mutually_exclusive_group(required=True)
    subject.add_argument("--government", metavar="NIS", help="NIS-code van het lokaal bestuur")
    subject.add_argument("--term", metavar="TEKST", help="zoekterm, bv. een naam")
    export.add_argument("--out", required=True, metavar="FILE.json", help="doelbestand")
    export.add_argument(
        "--force",
        action="store_true",
        help="een bestaand bestand vervangen (nooit de database, een back-up of een map)",
    )
    export.set_defaults(handler=cmd_export)

    erase = privacy_sub.add_parser(
        "erase",
        parents=[common],
        help="persoonsgegevens wissen uit notities die ze bevatten",
        description="Wist titel, tekst, tags en bijlagen van notities gemarkeerd als "
        "'bevat persoonsgegevens'; de notities zelf blijven bestaan. Definitief.",
    )
    erase.add_argument("--government", metavar="NIS", help="alleen notities over dit bestuur")
    erase.add_argument("--yes", action="store_true", help="bevestigen: echt wissen")
    erase.set_defaults(handler=cmd_erase)
