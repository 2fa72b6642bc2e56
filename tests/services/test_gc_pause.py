"""The cycle collector waits while the portfolio is built, and only then."""

from __future__ import annotations

import gc

import pytest

from igs_desktop.services.gc_pause import cycle_collection_paused


def test_the_collector_is_paused_inside_and_back_afterwards() -> None:
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
        with cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "an inner pause must not end the outer one"
    assert gc.isenabled()


def test_an_error_inside_does_not_leave_the_collector_off() -> None:
    with pytest.raises(RuntimeError), cycle_collection_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
