"""An index of mentions by position, for both layers: which spans overlap a range,
which start shortly before a point, which one comes last before it.

Spans are ``(start, end, payload)`` triples in document characters. They are kept
in order of their start (spans starting together keep the order they came in), and
the longest span bounds how far back an overlap can begin, so every query is a
binary search and a short scan.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans sorted by start, queried by position."""

    __slots__ = ("_longest", "_spans", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        self._spans = sorted(spans, key=lambda span: span[0])
        self._starts = [start for start, _, _ in self._spans]
        self._longest = max((end - start for start, end, _ in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The spans that share a character with ``[start, end)``, in order."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [span for span in self._spans[lo:hi] if span[1] > start]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def starting_before(self, position: int, window: int) -> list[tuple[int, int, T]]:
        """The spans that start in the ``window`` characters before ``position``."""
        lo = bisect_left(self._starts, position - window)
        hi = bisect_left(self._starts, position)
        return self._spans[lo:hi]

    def previous(self, position: int) -> tuple[int, int, T] | None:
        """The last span that starts before ``position``."""
        i = bisect_left(self._starts, position)
        return self._spans[i - 1] if i > 0 else None
