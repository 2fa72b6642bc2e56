"""Typed text survives the app being killed: a child process autosaves a draft and is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from igs_desktop.services.notes import NotesService
from igs_desktop.store.database import open_database

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from igs_desktop.services.notes import NotesService
    from igs_desktop.store.database import open_database

    db, _report = open_database(Path(sys.argv[1]))
    service = NotesService(db, "Kind")
    draft_id, text = None, ""
    for word in ["Reünie", "in", "Eeklo:", "taalcafé", "besproken"]:  # as it is typed
        text = f"{text} {word}".strip()
        draft_id = service.save_draft("Reünie", text, {"kind": "overleg"}, draft_id=draft_id)
    print(draft_id, flush=True)
    time.sleep(600)  # the app is still open when it is killed
    """
)


def test_a_draft_survives_the_process_being_killed(db_file: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    try:
        assert child.stdout is not None
        draft_id = child.stdout.readline().strip()
        assert draft_id, child.stderr.read() if child.stderr else ""
    finally:
        child.kill()  # SIGKILL on POSIX: no clean-up, no checkpoint, no close
        child.wait(timeout=30)
    if os.name == "posix":
        assert child.returncode == -signal.SIGKILL

    db, _report = open_database(db_file)
    try:
        service = NotesService(db, "Ouder")
        (draft,) = service.drafts()
        assert draft.id == draft_id
        assert (draft.title, draft.body) == ("Reünie", "Reünie in Eeklo: taalcafé besproken")
        assert draft.details == {"kind": "overleg"}
        assert draft.note_id is None
    finally:
        db.close()
