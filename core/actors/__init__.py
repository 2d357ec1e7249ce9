"""Actors: consolidating entity mentions into one entry per real-world actor.

Contract with ``dramatis.analyzer``:
- ``collect(doc, offset, speakers)`` runs once per paragraph on a parsed spaCy ``Doc``
  whose text is the paragraph (``offset`` is where the paragraph starts in the
  document text) and returns plain data only: nothing may keep a reference to the
  Doc. ``speakers`` are the spans (document offsets) of the words the claim layer
  found speaking by name in the same paragraph (``claims.named_sources``): names NER
  missed there are recovered with the others, in ``recover``.
- ``consolidate(text, mentions)`` runs once over everything collected and returns
  actors with every mention span in document offsets, in text order.

The modules, in the order a name goes through them:
- ``collection``: per paragraph, spaCy's entities and the names NER missed, cleaned
  (``clean``), split where NER ran names together (``split``), filtered (``filters``)
  and recovered where NER missed them (``recover``: the one place that decides which
  unlabelled words become names), each built into a ``mention.EntityMention``;
- ``consolidation``: per document, mentions grouped by normalised name (``group``),
  joined by the ordered merge passes (``merge``, ``people``), and given a kind
  (``kind``) and a canonical name;
- ``text`` and ``syntax``: helpers on strings and on spaCy tokens shared by all.
The word lists live in ``dramatis.lexicon.names``.
"""

from __future__ import annotations

from dramatis.actors.collection import collect
from dramatis.actors.consolidation import consolidate
from dramatis.actors.mention import EntityMention
from dramatis.actors.merge import similar_names

__all__ = ["EntityMention", "collect", "consolidate", "similar_names"]
