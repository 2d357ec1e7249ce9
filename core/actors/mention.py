"""A name mention as plain data, built from the tokens and the syntax around them."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.syntax import (
    acts_as_agent,
    after_long_title,
    attribution_role,
    descriptor_noun,
    entered_as_place,
    governing_preposition,
    government_subject,
    is_title_word,
    publishing_platform,
    under_plural_title,
)
from dramatis.analysis import ActorKind
from dramatis.lexicon.names import PLACE_WORDS
from dramatis.text import POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


KIND_OF_LABEL: dict[str, ActorKind] = {
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
    """One name in the text, reduced to plain data with the syntax around it."""

    start: int
    end: int
    text: str
    label: str  # spaCy's label, or "" for names NER missed
    source: str = "ner"  # ner | gazetteer | attribution | propn | nested
    tokens: int = 1
    all_propn: bool = True  # every word tagged PROPN (else: a capitalised noun or adjective)
    sentence_initial: bool = False  # capitalisation says nothing here
    titled: bool = False  # preceded by (or stripped of) a title like "President"
    acts: bool = False  # subject of a verb, possessor, or agent of a passive
    verb: str = ""  # the lemma of the verb it is the subject of, if any
    attribution: bool = False  # the source of a report, op-ed, "according to", "X said"
    preposition: str = ""  # the preposition governing it, if any ("over", "in")
    place_noun: bool = False  # beside a place noun ("Donetsk region", "the town of Vado")
    kept_article: bool = False  # starts with a capitalised mid-sentence "The"
    opener: bool = False  # starts with a stop word ("Beside Kutúzov"): maybe not the name
    sibling_label: str = ""  # NER label of a name coordinated with it ("X, Y and Z")
    # Active subject of a verb of government ("Beijing warned"), not a populace ("all
    # Moscow said") nor a passive ("Moscow is called"): a capital so used is its state.
    governs: bool = False
    published_on: bool = False  # "wrote on X", "posted via X": X is a medium
    entered: bool = False  # the object of "enter", "capture", "shell": a place
    descriptor: str = ""  # the common noun just before it ("daily" in "Greek daily Kathimerini")
    # A name inside a longer name ("Minnesota" in "University of Minnesota"): its own
    # actor's mention, nested in the longer one's (``recover.nested_names``).
    nested: bool = False
    # Its name recurs in the text, read apart here ("the Administration" and "the new
    # Administration" are two): a proper-noun run so seen needs no other voucher.
    recurs: bool = False
    # A title said of a name beside it ("Ann Lee, Professor of Law"): where (document
    # offset) that name's head word starts; -1 for any other mention.
    holder: int = -1


def _sibling_label(root: Token, first: int, last: int) -> str:
    """The entity label of a conjunct of this name ("Adam Schiff, and Elijah Cummings")."""
    siblings = [root.head] if root.dep_ == "conj" else []
    siblings += [c for c in root.children if c.dep_ == "conj"]
    for sibling in siblings:
        if not first <= sibling.i <= last and sibling.ent_type_ in KIND_OF_LABEL:
            return sibling.ent_type_
    return ""


def make_mention(
    doc: Doc,
    tokens: list[Token],
    label: str,
    source: str,
    offset: int,
    titled: bool,
    kept_article: bool,
    speaks: bool = False,
) -> EntityMention:
    first, last = tokens[0], tokens[-1]
    span = doc[first.i : last.i + 1]
    root = span.root
    sentence_initial = first.is_sent_start or first.i == 0
    if not sentence_initial and first.i > 0:
        previous = doc[first.i - 1]
        # After an opening quote or a colon the capital says nothing either.
        sentence_initial = previous.is_sent_start and (previous.is_quote or previous.is_punct)
    if not titled and first.i > 0 and is_title_word(doc[first.i - 1]):
        titled = True
    if not titled:
        titled = under_plural_title(doc, first, root) or after_long_title(doc, first, last)
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    place_noun = following is not None and following.lower_ in PLACE_WORDS and following.is_lower
    if not place_noun and first.i > 1:  # "the town of X", "the province of X"
        of, noun = doc[first.i - 1], doc[first.i - 2]
        place_noun = of.lower_ == "of" and noun.lower_ in PLACE_WORDS and noun.is_lower
    start = first.idx
    end = last.idx + len(last.text)
    possessive = POSSESSIVE.search(last.text)
    if possessive and possessive.start() > 0:
        end -= len(possessive.group())  # "Rostóv’s" left whole by the tokenizer
    return EntityMention(
        start=start + offset,
        end=end + offset,
        text=doc.text[start:end],
        label=label,
        source=source,
        tokens=sum(1 for t in tokens if not t.is_punct),
        all_propn=all(t.pos_ == "PROPN" or t.is_punct for t in tokens),
        sentence_initial=sentence_initial,
        titled=titled,
        acts=acts_as_agent(root),
        verb=root.head.lemma_.lower() if root.dep_ in ("nsubj", "nsubjpass") else "",
        attribution=speaks or attribution_role(root),
        preposition=governing_preposition(root),
        published_on=publishing_platform(root),
        entered=entered_as_place(root),
        place_noun=place_noun,
        kept_article=kept_article,
        opener=first.is_stop and len(tokens) > 1,
        sibling_label=_sibling_label(root, first.i, last.i),
        governs=government_subject(root, first),
        descriptor=descriptor_noun(doc, first, root),
    )


# A road's number: "US 169", "I-44 West". A country's code or a compass word beside
# one names no country and no region but the road (or its direction on it); other
# codes before a number are amounts ("CUC 25").
_COMPASS_WORD = re.compile(r"(?:north|south|east|west)(?:bound)?", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"[ -]\d{1,3}(?!\d)(?![%.,-]?\w)")  # "US 75", not "US 10-year"
_ROAD_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,3}[ -]\d{1,3}\s+$")  # "I-44 " before "West"
_ROAD_LOOK_BACK = 12  # characters: "US-412 " and some spaces


def with_road_number(text: str, mention: EntityMention) -> EntityMention:
    """The mention with a road number beside it taken in: "US" of "US 169" and "West"
    of "US-412 West" name the road, apart from the country and the region."""
    if mention.text.isupper() and gaz.country_of_code(gaz.normalise(mention.text)):
        found = _NUMBER_AFTER.match(text, mention.end)
        if found is not None:
            return _spanning(text, mention, mention.start, found.end())
    if _COMPASS_WORD.fullmatch(mention.text):
        before = text[max(0, mention.start - _ROAD_LOOK_BACK) : mention.start]
        found = _ROAD_BEFORE.search(before)
        if found is not None:
            return _spanning(
                text, mention, mention.start - (len(before) - found.start()), mention.end
            )
    return mention


_ROAD = re.compile(r"[A-Z]{1,3}[ -]\d{1,3}(?:\s+(?:north|south|east|west)(?:bound)?)?", re.I)


def names_a_road(surface: str) -> bool:
    """ "US 169", "I-44 West": a road's number, a name in its own right."""
    return surface[:1].isupper() and _ROAD.fullmatch(surface) is not None


def _spanning(text: str, mention: EntityMention, start: int, end: int) -> EntityMention:
    return dataclasses.replace(
        mention, start=start, end=end, text=text[start:end], tokens=mention.tokens + 1
    )
