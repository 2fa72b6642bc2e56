"""The synchronisation benchmark (benchmarks/sync.py) measures what it says: both laptops send
and receive every change and end equal. Timing is for `make bench`, not for tests."""

from __future__ import annotations

from benchmarks.sync import one_run


def test_the_benchmark_sends_and_receives_every_change_each_way(pg_admin_url: str) -> None:
    times = one_run(pg_admin_url, 40)
    assert times.sent == (40, 40)
    assert times.received == (40, 40)
    assert min(times.an_sends, times.bram_receives_and_sends, times.an_receives) > 0
