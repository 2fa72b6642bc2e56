"""Hand-over packages: a support contact's portfolio moves to a colleague as one ``.igs`` file.

``export_package`` writes one (``exporting``). An import reads and checks the package whole
before anything is written (``reading``), compares it with this database (``planning``: new,
updated, in conflict, unchanged) and writes it in one undoable step (``applying``):
``preview_package`` then ``import_package``. The format is in ``format``.
"""

from __future__ import annotations

from .applying import PackageImportResult, choices_for, import_package
from .exporting import (
    PackageExportSummary,
    export_package,
    partnership_choices,
    resolve_partnerships,
)
from .format import FORMAT_NAME, FORMAT_VERSION, SUFFIX, PackageError
from .planning import (
    CHOICE_LABELS,
    ConflictChoice,
    ItemStatus,
    PackageItem,
    PackagePreview,
    preview_package,
)

__all__ = [
    "CHOICE_LABELS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "SUFFIX",
    "ConflictChoice",
    "ItemStatus",
    "PackageError",
    "PackageExportSummary",
    "PackageImportResult",
    "PackageItem",
    "PackagePreview",
    "choices_for",
    "export_package",
    "import_package",
    "partnership_choices",
    "preview_package",
    "resolve_partnerships",
]
