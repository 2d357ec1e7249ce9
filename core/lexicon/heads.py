"""Common nouns a name may modify, by whether they name an actor or a thing.

A demonym or an acronym set before a common noun is a mention of an actor only
when that noun is a person, a body or a place ("Israeli forces", "the French
government", "Greek islands"); before a thing or an idea it describes the thing
("American culture", "a Spanish word", "French wine").
"""

from __future__ import annotations

from dramatis.lexicon.names import ORG_WORDS, PLACE_WORDS, TITLES
from dramatis.lexicon.nouns import COLLECTIVE_NOUNS, PERSON_NOUNS, ROLE_NOUNS

# Endings of abstract nouns: qualities, activities, fields, states ("tradition",
# "nationalism", "identity", "history", "independence", "government" is kept below).
ABSTRACT_ENDINGS = (
    *("ion", "ism", "ity", "ry", "ence", "ance", "ment", "ness", "ship", "ics", "logy"),
    *("ure", "cy", "ing", "age", "dom", "hood", "th"),
)

# Things and ideas that are not abstract by their ending.
THING_NOUNS = frozenset(
    {
        *("word", "name", "term", "phrase", "language", "tongue", "accent", "dialect", "text"),
        *("food", "dish", "wine", "beer", "cheese", "bread", "rice", "tea", "coffee", "meal"),
        *("art", "music", "film", "movie", "song", "dance", "book", "novel", "poem", "style"),
        *("drama", "comedy", "series", "show", "debut", "version", "edition", "design"),
        *("history", "culture", "tradition", "law", "origin", "descent", "ancestry", "type"),
        *("currency", "stamp", "banknote", "coin", "flag", "ship", "missile", "car", "product"),
        *("brand", "model", "concept", "idea", "life", "process", "control", "aggression"),
        *("election", "system", "game", "sport", "tournament", "debate", "account", "voice"),
        *("custom", "cuisine", "recipe", "sauce", "salad", "passport", "visa", "tax", "trade"),
        *("rule", "view", "hope", "faith", "time", "colour", "color", "fashion", "cinema"),
        *("economy", "market", "policy", "politics", "identity", "heritage", "influence"),
    }
)

# Nouns for people, bodies and places that the endings above would take for ideas.
ACTOR_NOUNS = (
    PERSON_NOUNS
    | ROLE_NOUNS
    | COLLECTIVE_NOUNS
    | ORG_WORDS
    | PLACE_WORDS
    | TITLES
    | {
        *("nation", "population", "region", "union", "delegation", "opposition", "legion"),
        *("community", "society", "nobility", "gentry", "aristocracy", "clergy", "minority"),
        *("majority", "diaspora", "dynasty", "monarchy", "kingdom", "empire", "colony"),
        *("civilization", "civilisation", "generation", "congregation", "religion"),
        *("military", "infantry", "cavalry", "artillery", "embassy", "consulate", "mission"),
        *("building", "monastery", "library", "village", "settlement", "establishment"),
        *("industry", "ministry", "presidency", "leadership", "youth", "king", "queen"),
        *("legislature", "jury", "audience", "celebrity", "regiment", "battalion"),
        *("neighborhood", "neighbourhood", "citizenry", "peasantry", "constituency"),
    }
)


def names_a_thing(lemma: str) -> bool:
    """Is this common noun a thing or an idea, not a person, body or place?"""
    word = lemma.lower()
    if word in ACTOR_NOUNS or (word.endswith("s") and word[:-1] in ACTOR_NOUNS):
        return False
    return word in THING_NOUNS or word.endswith(ABSTRACT_ENDINGS)
