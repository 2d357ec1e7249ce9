"""Fuzzy search over the entities of a set of documents, with the jump's ranking.

``search_index`` turns each entity into a row of ``dramatis.search.ActorIndex`` so
that the library's ``/`` ranks actors across documents exactly as the reader's ``/``
ranks the actors of one: typos, prefixes, initials, missing diacritics, ties to the
most mentioned.
"""

from __future__ import annotations

from dataclasses import dataclass

from dramatis.analysis import Actor, Span
from dramatis.entities import Entity, EntityIndex
from dramatis.search import ActorIndex


@dataclass(frozen=True, slots=True)
class EntityMatch:
    entity: Entity
    alias: str  # the name or alias that matched
    score: int  # 0-100; 0 for the browsing list of an empty query


def search_index(index: EntityIndex) -> ActorIndex:
    """An ActorIndex whose rows are the entities.

    Each row is an ``Actor`` stand-in with the entity's id, name, kind and aliases, and
    as many mentions as the entity has across the documents, because the ranking
    breaks ties by mention count; the stand-in spans all write the entity's name at
    offset 0 and are never read as places in a text.
    """
    stand_ins = []
    for entity in index.entities:
        mention = Span(0, 0, entity.name)
        stand_ins.append(
            Actor(entity.id, entity.name, entity.kind, entity.aliases, (mention,) * entity.mentions)
        )
    return ActorIndex.build(stand_ins)


def rank(search: ActorIndex, index: EntityIndex, query: str, limit: int = 30) -> list[EntityMatch]:
    """The entities matching ``query``, best first; the most mentioned for an empty query."""
    matches = search.rank(query, limit) if query.strip() else search.most_mentioned(limit)
    found = []
    for match in matches:
        entity = index.entity(match.actor.id)
        if entity is not None:
            found.append(EntityMatch(entity, match.alias, match.score))
    return found
