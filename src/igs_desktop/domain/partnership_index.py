"""The other partnerships the rules compare with, indexed by member government.

Two rules look beyond the partnership they check: a government active in two partnerships, and
whether a joining government took part before. Both ask about one government at a time, so
scanning every partnership for every member made a check of the whole portfolio quadratic. The
index is built once per project year (linear in the memberships); a lookup then costs only the
memberships of that one government, and leaving a partnership out (`without`) costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .model import Membership, Partnership

_Entry = tuple[Partnership, Membership]


class OtherPartnerships:
    """Partnerships by id and memberships by NIS code, minus the partnerships left out.

    Iterating yields the partnerships in the order given, one per id (the first one wins), as
    the rules always did. Views made with `without` share the index of the one they came from.
    """

    __slots__ = ("_by_government", "_by_id", "_excluded")

    def __init__(self, partnerships: Iterable[Partnership] = ()) -> None:
        by_id: dict[str, Partnership] = {}
        for q in partnerships:
            by_id.setdefault(q.id, q)
        by_government: dict[str, list[_Entry]] = {}
        for q in by_id.values():
            for m in q.memberships:
                by_government.setdefault(m.nis_code, []).append((q, m))
        self._by_id = by_id
        self._by_government = by_government
        self._excluded: frozenset[str] = frozenset()

    @classmethod
    def of(cls, others: Iterable[Partnership], excluding: str) -> OtherPartnerships:
        """`others` without the partnership `excluding`; an index is reused, not rebuilt."""
        index = others if isinstance(others, OtherPartnerships) else cls(others)
        return index.without(excluding)

    def without(self, partnership_id: str) -> OtherPartnerships:
        if partnership_id in self._excluded:
            return self
        view = object.__new__(OtherPartnerships)
        view._by_id = self._by_id
        view._by_government = self._by_government
        view._excluded = self._excluded | {partnership_id}
        return view

    def __iter__(self) -> Iterator[Partnership]:
        return (q for pid, q in self._by_id.items() if pid not in self._excluded)

    def __len__(self) -> int:
        return len(self._by_id) - sum(1 for pid in self._excluded if pid in self._by_id)

    def __contains__(self, partnership_id: object) -> bool:
        return partnership_id in self._by_id and partnership_id not in self._excluded

    def memberships_of(self, nis_code: str) -> Iterator[_Entry]:
        """Every membership (current or past) of this government, with its partnership."""
        for q, m in self._by_government.get(nis_code, ()):
            if q.id not in self._excluded:
                yield q, m

    def partnerships_of(self, nis_code: str) -> tuple[Partnership, ...]:
        """The partnerships this government ever belonged to, once each, in index order."""
        seen: dict[str, Partnership] = {}
        for q, _ in self.memberships_of(nis_code):
            seen.setdefault(q.id, q)
        return tuple(seen.values())
