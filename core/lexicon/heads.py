"""Common nouns a name may modify, by whether they name an actor or a thing.

A demonym or an acronym set before a common noun is a mention of an actor only
when that noun is a person, a body or a place ("Israeli forces", "the French
government", "Greek islands"); before a thing or an idea it describes the thing
("American culture", "a Spanish word", "French wine").
"""

from __future__ import annotations

from dramatis.lexicon.names import FACILITY_WORDS, ORG_WORDS, PLACE_WORDS, TITLES
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

# People, bodies and places named by a plain word, with no ending of an agent
# ("a Norwegian poet", "Chilean troops", "the Italian mainland", "a Cuban crew").
PLAIN_ACTOR_NOUNS = frozenset(
    {
        *("man", "woman", "boy", "girl", "child", "kid", "baby", "adult", "guy", "lady"),
        *("gentleman", "friend", "husband", "wife", "son", "daughter", "mother", "father"),
        *("brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece", "bride"),
        *("groom", "spouse", "couple", "colleague", "peer", "counterpart", "compatriot"),
        *("patriot", "poet", "architect", "athlete", "chef", "cook", "monk", "nun", "priest"),
        *("bishop", "cardinal", "rabbi", "imam", "pastor", "saint", "hero", "heroine"),
        *("villain", "thief", "pirate", "spy", "guard", "guide", "host", "crew", "staff"),
        *("team", "squad", "band", "choir", "orchestra", "troupe", "troop", "army", "navy"),
        *("marine", "militia", "guerrilla", "rebel", "pilot", "knight", "lord", "noble"),
        *("slave", "serf", "expat", "pilgrim", "native", "national", "subject", "public"),
        *("crowd", "mob", "folk", "tribe", "clan", "race", "elite", "regime", "cabinet"),
        *("jury", "firm", "bank", "airline", "carrier", "media", "press", "magazine"),
        *("studio", "label", "club", "league", "side", "college", "academy", "hospital"),
        *("church", "temple", "restaurant", "cafe", "shop", "store", "bar", "pub", "house"),
        *("home", "metropolis", "mainland", "border", "frontier", "countryside", "quarter"),
        *("port", "harbor", "harbour", "garden", "park", "sage", "genius", "master", "star"),
        *("icon", "legend", "model", "champion", "sample", "sect", "guild", "household"),
        *("delegate", "emissary", "envoy", "heir", "prophet", "rival", "victim", "veteran"),
        *("human", "being", "individual", "figure", "personality", "talent", "fellow", "world"),
        # bodies of news: "Mexican cartels", "British intelligence", "a Korean startup"
        *("cartel", "gang", "junta", "faction", "mafia", "syndicate", "lobby", "judiciary"),
        *("intelligence", "conglomerate", "startup", "giant", "outlet", "newspaper"),
        *("tabloid", "channel", "station", "watchdog", "area", "zone", "street", "nightclub"),
        # "the Ming era": the age of a dynasty or a people names them
        *("era", "period", "reign"),
    }
)

# Endings of nouns for people by what they do or are ("farmer", "chemist",
# "physician", "immigrant", "student", "engineer", "actress", "refugee", "diplomat").
AGENT_ENDINGS = (
    *("er", "or", "ist", "ian", "ant", "ent", "eer", "ess", "ee", "crat", "ete", "man"),
    *("men", "ite", "arch", "naut", "ier", "yer", "smith", "wright", "ard"),
)


def names_a_thing(lemma: str) -> bool:
    """Is this common noun a thing or an idea, not a person, body or place?"""
    word = lemma.lower()
    if word in ACTOR_NOUNS or (word.endswith("s") and word[:-1] in ACTOR_NOUNS):
        return False
    return word in THING_NOUNS or word.endswith(ABSTRACT_ENDINGS)


def names_an_actor(lemma: str, nouns: frozenset[str]) -> bool:
    """Is this common noun a person, a body or a place, or maybe one? A word of the
    list or of an agent's ending is; so is a word that is no English noun in
    ``nouns`` (a name, a spelling the tables lack). Any other English noun is a
    thing or an idea ("marble", "potato", "carpet", "blankets", "porcelain")."""
    word = lemma.lower()
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if {word, stem} & (ACTOR_NOUNS | PLAIN_ACTOR_NOUNS | FACILITY_WORDS):
        return True
    if names_a_thing(word):
        return False
    if stem.endswith(AGENT_ENDINGS) and not stem.endswith("ment"):
        return True
    return word not in nouns and stem not in nouns


# What a state or a body holds, claims, makes or does, where the adjective before the
# noun names its owner, an actor of a news story: "Syrian sovereignty", "Turkish
# interests", "the Turkish economic zone", "Saudi oil output", "Syrian state media",
# "its Polish branch".
OWNED_AFFAIRS = frozenset(
    {
        *("sovereignty", "interest", "interests", "right", "rights", "territory", "zone"),
        *("waters", "airspace", "soil", "border", "borders", "output", "exports", "imports"),
        *("branch", "subsidiary", "arm", "unit", "media", "stake", "claim", "claims"),
        *("demand", "demands", "stance", "position", "response", "offer", "threat"),
        *("attack", "attacks", "strike", "strikes", "offensive", "troops", "aid", "assets"),
        *("debt", "budget", "gas", "oil", "reserves", "ambitions", "role", "presence"),
    }
)
