"""Guards the Qt binding against a reference-counting regression that crashes the app.

PySide6 6.12.0 loses a reference to ``None`` every time an invalid QVariant comes back to
Python (``index.data()`` of an empty role, ``QSettings.value()`` of a missing key, ...). On
Python 3.11, where ``None`` is not immortal, the count reaches zero during a working day and
the interpreter aborts ("none_dealloc"). We therefore pin a release without it; this test fails
if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_invalid_variants_do_not_lose_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    model.appendRow(QStandardItem("x"))
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert model.headerData(7, Qt.Orientation.Horizontal) is None
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"the Qt binding lost {lost} references to None"
