"""ReportLab stays out of the app's start-up: it is imported only when a report is built."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_report_modules_does_not_load_reportlab() -> None:
    code = (
        "import sys\n"
        "import igs_desktop.cli, igs_desktop.cli.reports, igs_desktop.reports\n"
        "import igs_desktop.services.report_output, igs_desktop.services.report_advice\n"
        "import igs_desktop.services.report_follow_up\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('reportlab'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
