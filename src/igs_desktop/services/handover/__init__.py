"""Hand-over packages: a support contact's portfolio moves to a colleague as one ``.igs`` file.

``export_package`` writes one (``exporting``); an import reads and validates it whole before
anything is written (``reading``), compares it with this database (``planning``: added,
updated, in conflict) and writes it in one undoable step (``applying``). The format is in
``format``.
"""

from __future__ import annotations

from .exporting import PackageExportSummary, export_package, resolve_partnerships
from .format import FORMAT_NAME, FORMAT_VERSION, SUFFIX, PackageError

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "SUFFIX",
    "PackageError",
    "PackageExportSummary",
    "export_package",
    "resolve_partnerships",
]
