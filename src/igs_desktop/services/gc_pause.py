"""Building the whole portfolio's objects without Python's cycle collector in the way.

Reading every partnership makes a few hundred thousand small tuples and dataclasses, none of
them in a reference cycle. Each allocation burst triggers the cyclic garbage collector, which
walks every object made so far: at a hundred times the agency that cost more than the reading
itself (check_all at scale 100: 2.1 s with it, 0.8 s without). Reference counting still frees
everything as usual; only the search for cycles waits until the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested use is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
