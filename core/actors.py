"""Actors: consolidating entity mentions into one entry per real-world actor.

(First slice: spaCy's entities grouped by exact text. The consolidation layer of
issue 3 replaces ``consolidate``; the contract below stays.)

Contract with ``core.analyzer``:
- ``collect(doc, offset)`` runs once per paragraph on a parsed spaCy ``Doc`` whose
  text is the paragraph (``offset`` is where the paragraph starts in the document
  text) and returns plain data only: nothing may keep a reference to the Doc.
- ``consolidate(text, mentions, hints)`` runs once over everything collected and
  returns actors with every mention span in document offsets, in text order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.analysis import Actor, ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KIND_OF_LABEL: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "LAW": "other",
    "EVENT": "other",
    "WORK_OF_ART": "other",
}


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    text: str
    label: str


def collect(doc: Doc, offset: int) -> list[EntityMention]:
    return [
        EntityMention(ent.start_char + offset, ent.end_char + offset, ent.text, ent.label_)
        for ent in doc.ents
        if ent.label_ in _KIND_OF_LABEL
    ]


def consolidate(
    text: str, mentions: Sequence[EntityMention], hints: Sequence[Span] = ()
) -> list[Actor]:
    groups: dict[str, list[EntityMention]] = {}
    for m in mentions:
        groups.setdefault(m.text, []).append(m)
    actors = []
    for i, (name, ms) in enumerate(groups.items(), 1):
        ms.sort(key=lambda m: m.start)
        kind = _KIND_OF_LABEL[ms[0].label]
        actors.append(
            Actor(f"a{i}", name, kind, (name,), tuple(Span(m.start, m.end, m.text) for m in ms))
        )
    return actors
