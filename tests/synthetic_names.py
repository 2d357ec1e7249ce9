"""Synthetic name mentions, no spaCy: for the scaling test of consolidation and its
benchmark (benchmarks/bench_consolidation.py)."""

from __future__ import annotations

import random
import string

from dramatis.actors import EntityMention


def random_surnames(count: int) -> list[str]:
    """``count`` distinct surnames of random letters (few share a blocking key)."""
    rng = random.Random(count)
    surnames: set[str] = set()
    while len(surnames) < count:
        surnames.add("".join(rng.choice(string.ascii_lowercase) for _ in range(9)).capitalize())
    return sorted(surnames)


def people(surnames: list[str], repeats: int = 4) -> tuple[str, list[EntityMention]]:
    """A text of these people, each written as a full name and by surname alone,
    ``repeats`` times over, labelled PERSON or ORG as a small model might."""
    names = [form for surname in surnames for form in (f"Ivan {surname}", surname)]
    parts: list[str] = []
    mentions = []
    position = 0
    for repeat in range(repeats):
        for i, name in enumerate(names):
            parts.append(name + ". ")
            label = "PERSON" if (i + repeat) % 3 else "ORG"
            mentions.append(EntityMention(position, position + len(name), name, label))
            position += len(name) + 2
    return "".join(parts), mentions
