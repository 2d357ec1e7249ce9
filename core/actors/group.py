"""Groups of mentions that share a normalised name, and the union-find that joins them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dramatis.actors.mention import EntityMention


@dataclass(slots=True)
class Group:
    """All mentions whose names normalise to the same key."""

    key: str
    words: tuple[str, ...]
    mentions: list[EntityMention] = field(default_factory=list)
    country: str | None = None  # ISO code when the name is a country, demonym, or code
    iso_country: str | None = None  # the country it would be as an ISO code ("AU")
    initials_country: str | None = None  # the country whose formal name it abbreviates
    capital_of: str | None = None
    adjective: bool = False  # joined as the adjective of a place or people ("English")
    family: bool = False  # the plural of a person's surname: "the Bidens"

    @property
    def labels(self) -> Counter[str]:
        return Counter(m.label for m in self.mentions if m.label)

    @property
    def sources(self) -> set[str]:
        return {m.source for m in self.mentions}

    def person_evidence(self) -> bool:
        return any(m.label == "PERSON" or m.titled for m in self.mentions)


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Keep the older group as root so that roots are stable between calls.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra
        return ra
