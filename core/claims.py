"""Claims: who said, argued, warned or suggested what.

(First slice: no claims yet. The extractor of issue 4 fills in ``collect`` and
``resolve``; the contract below stays.)

Contract with ``core.analyzer``:
- ``collect(doc, offset)`` runs once per paragraph on a parsed spaCy ``Doc`` whose
  text is the paragraph (``offset`` is where it starts in the document text) and
  returns plain data only: nothing may keep a reference to the Doc.
- ``source_hints(collected)`` gives the spans of named sources (e.g. "according to
  X") that the actor layer should consider even where NER missed them.
- ``resolve(text, collected, actors)`` runs once over everything collected, after the
  actors are known, and returns the claims (sources linked to actor ids) plus any
  new actors it created (e.g. a speaking role such as "the foreign minister").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.analysis import Actor, Claim, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class RawClaim:
    pass


def collect(doc: Doc, offset: int) -> list[RawClaim]:
    return []


def source_hints(collected: Sequence[RawClaim]) -> list[Span]:
    return []


def resolve(
    text: str, collected: Sequence[RawClaim], actors: Sequence[Actor]
) -> tuple[list[Claim], list[Actor]]:
    return [], []
