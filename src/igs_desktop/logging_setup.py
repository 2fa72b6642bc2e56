"""Logging to a rotating file in the platform's log folder (and warnings to stderr)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "igs-desktop.log"
HANDLER_NAME = "igs-desktop"  # our handler among the root logger's
_configured: Path | None = None


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log to ``log_dir/igs-desktop.log``, rotated at 1 MB, five files kept."""
    global _configured
    log_file = log_dir / LOG_FILE
    if _configured == log_file:
        return log_file
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    root.setLevel(level)
    _configured = log_file
    return log_file
