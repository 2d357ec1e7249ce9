"""Words around names, for the actor layer: the verbs, nouns, prepositions and
pronouns whose syntax says what a name is (a source, a place, a medium).

Plain data only. The reporting verbs (``lexicon.verbs.SOURCE_VERBS``) and the document
nouns (``lexicon.nouns.DOCUMENT_NOUNS``) are the ones the claim layer reads.
"""

from __future__ import annotations

from dramatis.lexicon.verbs import SOURCE_VERBS

# Prepositions of location: a name only ever found after these, and never acting,
# is a place whatever a small NER model says ("fighting over Kashmir").
SPATIAL_PREPOSITIONS = frozenset(
    [
        "in",
        "into",
        "near",
        "over",
        "across",
        "throughout",
        "within",
        "inside",
        "around",
        "outside",
        "beyond",
        "along",
        "through",
        "toward",
        "towards",
        "from",
    ]
)

STRONG_SPATIAL = SPATIAL_PREPOSITIONS - {"from", "toward", "towards", "through"}


# What governments say and decide: a capital that is the active subject of one
# stands for its country ("Beijing has warned", "Washington imposed sanctions").
# Deliberately narrow: a city also takes, burns, sends and is abandoned ("Moscow
# was burning", "Moscow sent its militia"), and then it is the city.
GOVERNMENT_VERBS = frozenset(
    [
        *("say", "tell", "state", "warn", "announce", "deny", "accuse", "reject", "threaten"),
        *("respond", "reply", "insist", "demand", "claim", "allege", "assert", "declare"),
        *("confirm", "condemn", "criticise", "criticize", "urge", "protest", "refuse", "vow"),
        *("pledge", "dismiss", "blame", "welcome", "counter", "retaliate", "impose", "sanction"),
        *("veto", "expel", "summon", "recognise", "recognize", "negotiate", "sign", "oppose"),
        *("conduct", "launch", "deploy", "ban", "suspend", "approve"),
    ]
)

SPEECH_VERBS = frozenset({"say", "tell", "ask", "reply", "answer", "shout", "whisper", "cry"})


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})

PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "who",
        "whom",
        "whose",
        "this",
        "that",
        "these",
        "those",
        "one",
        "someone",
        "somebody",
        "anyone",
        "everyone",
        "nobody",
    ]
)

FUNCTION_WORDS = frozenset(
    {"of", "for", "the", "and", "on", "in", "de", "du", "la", "le", "al", "to"}
)

PREPOSITIONS = frozenset(
    [
        *("about", "above", "across", "after", "against", "along", "among", "around", "at"),
        *("before", "behind", "below", "beside", "besides", "between", "beyond", "by"),
        *("during", "except", "for", "from", "in", "inside", "into", "near", "of", "off"),
        *("on", "onto", "outside", "over", "past", "since", "through", "throughout", "till"),
        *("to", "toward", "towards", "under", "until", "upon", "with", "within", "without"),
    ]
)

# Quantifiers are never the first word of a name ("Multiple Creative Commons licenses").
QUANTIFIERS = frozenset(
    ["multiple", "numerous", "various", "several", "many", "few", "some", "other", "both"]
)

# Verbs of publishing: what they are done "on" or "via" is a medium ("wrote on
# Twitter", "criticized the decision via Twitter", "went viral on TikTok").
PUBLISHING_VERBS = frozenset(
    [
        *("write", "post", "tweet", "say", "announce", "share", "publish", "comment"),
        *("criticize", "criticise", "respond", "reply", "upload", "broadcast", "stream"),
        *("go", "appear", "trend", "react", "declare", "claim", "state", "message"),
        *("express", "complain", "joke", "ask", "urge", "warn", "announce", "reveal"),
    ]
)

# Verbs whose object is a place: troops enter, capture and shell towns.
PLACE_OBJECT_VERBS = frozenset(
    [
        *("enter", "reach", "capture", "seize", "invade", "shell", "bomb", "occupy"),
        *("besiege", "evacuate", "liberate", "storm", "recapture", "overrun", "encircle"),
    ]
)

# Nouns a language name modifies ("the Swahili phrase"), verbs whose object is a
# language ("speak Swahili"), and verbs and nouns of what is said or written in one.
LANGUAGE_NOUNS = frozenset(
    [
        *("phrase", "word", "term", "expression", "idiom", "proverb", "saying"),
        *("language", "dialect", "alphabet", "script", "translation", "transliteration"),
        *("spelling", "pronunciation", "verb", "noun", "adjective", "acronym"),
    ]
)

LANGUAGE_VERBS = frozenset(
    {"speak", "learn", "teach", "understand", "translate", "study", "practise", "practice", "read"}
)

WRITTEN_OR_SAID = SOURCE_VERBS | LANGUAGE_VERBS | {"write", "print", "publish", "sing"}

# Prepositions after which a name the model calls a place is used as one ("moved to
# Boston", "grew up in Austin"); not "into", "over" ("looked into Acme", "control over"),
# and "to" not in "according to X" (callers check the mention is no attribution).
LOCATING_PREPOSITIONS = (STRONG_SPATIAL - {"into", "over"}) | {"to"}
