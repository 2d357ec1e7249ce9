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
    people: bool = False  # the plural of a country's demonym: "the Kenyans"

    @property
    def labels(self) -> Counter[str]:
        return Counter(m.label for m in self.mentions if m.label)

    @property
    def sources(self) -> set[str]:
        return {m.source for m in self.mentions}

    def person_evidence(self) -> bool:
        return any(m.label == "PERSON" or m.titled for m in self.mentions)


class UnionFind:
    """Disjoint sets of groups; remembers every join that made two sets one, and why."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        # (group, group joined to it, rule), in the order the passes made them.
        self.joins: list[tuple[int, int, str]] = []

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int, rule: str) -> int:
        """Join b's set to a's because of ``rule`` (an id in ``dramatis.actors.rules``)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.joins.append((a, b, rule))
            # Keep the older group as root so that roots are stable between calls.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra
        return ra


# A mention moved on its own to the actor of another group, and why: a shared
# surname goes to the full name just before it, not to everyone who bears it.
Move = tuple[EntityMention, int, str]


@dataclass(slots=True)
class Merging:
    """What the merge passes share and build: the text, its groups, the union-find
    that joins them, the group of each country, and mentions moved one by one."""

    text: str
    groups: list[Group]
    uf: UnionFind
    by_country: dict[str, int] = field(default_factory=dict)
    moves: dict[int, list[Move]] = field(default_factory=dict)
