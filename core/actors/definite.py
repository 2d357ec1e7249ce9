"""Capitalised head nouns that stand for a named body or place: "the State", "your Party",
"the Group", "the Republic".

Writers capitalise a generic head noun when it refers to one particular institution
or place, often a short form of its full name ("the Group" after "the Vava'u Group",
"the Party" for a governing party, "this State" in a senator's speech).
Lowercase, the same word is generic ("the state", "a party"). NER seldom tags such a
word, so it is recovered here from the frame: a determiner or possessive in lowercase,
then one to three capitalised words ending in an organisation or place head, then no
further name word. A headline in title case says nothing by its capitals and is skipped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dramatis.actors.syntax import is_capitalised, is_title_case_heading
from dramatis.lexicon.names import ORG_WORDS, PLACE_WORDS

if TYPE_CHECKING:
    from dramatis.actors.collection import Found
    from dramatis.actors.mention import EntityMention
    from spacy.tokens import Token

SOURCE = "definite"

# Determiners before a definite reference; "a"/"an" only before a longer name ("a
# National Convention"), since "a Party" is any party.
_DEFINITE = frozenset({"the", "this", "that", "our", "your", "his", "her", "their", "its", "my"})
_INDEFINITE = frozenset({"a", "an"})

# Heads that a capital makes a name of one body or place. Titles of publications
# ("Times", "Post") and generic words ("service", "office", "studies", "news") are
# left to NER: capitalised alone they are as often a section or a column as a body.
_BODY_HEADS = ORG_WORDS - frozenset(
    {
        *("news", "times", "journal", "post", "press", "tribune", "herald", "guardian"),
        *("gazette", "review", "magazine", "daily", "radio", "television", "tv"),
        *("broadcasting", "service", "studies", "office", "media", "mail", "mirror"),
        *("bulletin", "chronicle", "telegraph", "observer", "courier", "inc", "ltd"),
        *("llc", "plc", "corp", "force", "forces", "guard", "holdings", "airlines"),
        *("airways", "reuters", "laboratories", "clinic", "hospital", "fund", "trust"),
        *("network", "center", "centre", "school", "bank"),
        *("gazeta", "gazzetta", "zeitung", "diario", "corriere", "dziennik", "krant"),
    }
) | frozenset({"empire", "kingdom", "legion", "regiment", "crown"})
_PLACE_HEADS = PLACE_WORDS - frozenset(
    {
        "capital",
        "coast",
        "district",
        "bay",
        "sea",
        "river",
        "lake",
        "mountain",
        "mountains",
        "ocean",
    }
    | {"desert", "valley", "strait", "peninsula", "enclave", "territory", "city", "town"}
)


def _head_label(word: str) -> str | None:
    """GPE for a place head, ORG for a body's, None for any other word."""
    word = word.lower()
    singular = word[:-1] if word.endswith("s") and len(word) > 4 else word
    if word in _PLACE_HEADS or singular in _PLACE_HEADS:
        return "GPE"
    if word in _BODY_HEADS or singular in _BODY_HEADS:
        return "ORG"
    return None


def _name_word(token: Token) -> bool:
    return token.is_alpha and is_capitalised(token) and not token.is_sent_start


def recover_definite_heads(found: Found) -> None:
    """Add "the State", "the Group", "a National Convention" as names of one body or
    place, where nothing else took their words."""
    doc = found.doc
    if is_title_case_heading(doc):
        return
    i = 0
    while i < len(doc):
        det = doc[i]
        if det.text not in _DEFINITE and det.text not in _INDEFINITE:
            i += 1
            continue
        run: list[Token] = []
        j = i + 1
        while j < len(doc) and len(run) < 4 and _name_word(doc[j]):
            run.append(doc[j])
            j += 1
        after = doc[j] if j < len(doc) else None
        i = max(j, i + 1)
        if not 1 <= len(run) <= 3 or any(found.taken[t.i] for t in run):
            continue
        if after is not None and after.lower_ in ("of", "&", "-"):
            continue  # "the University of ...": a longer name, recovered elsewhere or not at all
        if det.text in _INDEFINITE and len(run) < 2:
            continue
        label = _head_label(run[-1].text)
        if label is None:
            continue
        found.add(run, label, SOURCE)


_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|of\b|&)")
_BEFORE = re.compile(r"(?:^|[^\w])(?:" + "|".join(sorted(_DEFINITE)) + r")\s+$")


def in_definite_frame(text: str, mention: EntityMention) -> bool:
    """A one-word mention NER tagged that stands in the same frame: "this State"."""
    word = text[mention.start : mention.end]
    if not word.isalpha() or not word[:1].isupper() or mention.sentence_initial:
        return False
    if _head_label(word) is None:
        return False
    if _NAME_GOES_ON.match(text, mention.end):
        return False  # "the State Department": a word of a longer name NER cut
    return bool(_BEFORE.search(text[max(0, mention.start - 8) : mention.start]))
