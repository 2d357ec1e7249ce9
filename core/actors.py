"""Actors: consolidating entity mentions into one entry per real-world actor.

Contract with ``dramatis.analyzer``:
- ``collect(doc, offset)`` runs once per paragraph on a parsed spaCy ``Doc`` whose
  text is the paragraph (``offset`` is where the paragraph starts in the document
  text) and returns plain data only: nothing may keep a reference to the Doc.
- ``consolidate(text, mentions, hints)`` runs once over everything collected and
  returns actors with every mention span in document offsets, in text order.

``collect`` turns spaCy's entities into clean name mentions (no leading "the" or
title, no possessive, hyphenated demonym compounds split) and records the syntax
around each one (does it act, is it titled, is it the source of a report). It also
recovers names NER missed: countries and demonyms from the gazetteer, the sources
of attributions ("an analysis by X", "according to X", "X said"), and runs of
proper nouns (kept later only if they recur or match a known name).

``consolidate`` merges by structure first and by similarity last, in time close to
linear in the number of mentions (a 3 MB novel has tens of thousands): identical
normalised names form one group; groups are then joined through the country
gazetteer, acronyms, and surnames of full names, each looked up in an index;
finally rapidfuzz compares only names that share a blocking key.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.analysis import Actor, ActorKind, Span
from dramatis.lexicon.names import (
    ADJECTIVE_ENDINGS,
    COMPASS,
    COMPASS_ADJECTIVES,
    DESCRIBED_KIND,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    GOVERNMENT_VERBS,
    LANGUAGE_NOUNS,
    LANGUAGE_VERBS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORG_WORDS,
    ORGANISATION_ENDS,
    OTHER_WORDS,
    PLACE_OBJECT_VERBS,
    PLACE_WORDS,
    POSSESSIVE,
    PREPOSITIONS,
    PRONOUNS,
    PUBLISHING_VERBS,
    QUANTIFIERS,
    REPORTING_VERBS,
    SPATIAL_PREPOSITIONS,
    SPEECH_VERBS,
    STRONG_SPATIAL,
    TIME_ZONE_CODES,
    TITLE_LINKS,
    TITLE_ONLY_AFTER_TITLE,
    TITLES,
    WORD_OR_TITLE,
    WRITTEN_OR_SAID,
)
from rapidfuzz import fuzz

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One name in the text, reduced to plain data with the syntax around it."""

    start: int
    end: int
    text: str
    label: str  # spaCy's label, or "" for names NER missed
    source: str = "ner"  # ner | gazetteer | attribution | propn | hint
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


def _is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper()


def _is_title_word(token: Token) -> bool:
    return _is_capitalised(token) and token.lower_.rstrip(".") in TITLES


def _is_plural_title(token: Token) -> bool:
    """ "Presidents", "Senators"; not "States" nor "Generals", which name other things."""
    word = token.lower_
    singular = word[:-1]
    if not (_is_capitalised(token) and word.endswith("s")) or singular not in TITLES:
        return False
    return singular not in WORD_OR_TITLE and singular not in TITLE_ONLY_AFTER_TITLE


def _after_long_title(doc: Doc, first: Token, last: Token) -> bool:
    """ "Former US Ambassador to the United Nations Nikki Haley": a title, the body it
    serves, then the name that ends the phrase."""
    if last.i + 1 < len(doc) and _is_capitalised(doc[last.i + 1]) and doc[last.i + 1].is_alpha:
        return False  # the phrase goes on: this is the body ("... to the United Nations")
    complement = False
    sentence_start = first.sent.start
    for j in range(first.i - 1, max(sentence_start, first.i - 9) - 1, -1):
        token = doc[j]
        if _is_title_word(token) and token.lower_ not in TITLE_ONLY_AFTER_TITLE:
            return complement
        if _is_capitalised(token) and token.is_alpha:
            complement = True
        elif token.lower_ not in TITLE_LINKS:
            return False
    return False


def _under_plural_title(doc: Doc, first: Token, root: Token) -> bool:
    """ "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a plural
    title before a list of names titles each of them."""
    if first.i > 0 and _is_plural_title(doc[first.i - 1]):
        return True
    if root.dep_ != "conj":
        return False
    head = root.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    compounds = [t for t in head.lefts if t.dep_ == "compound"]
    if any(_is_plural_title(t) for t in compounds):
        return True  # the parser made the title part of the first name
    leftmost = min([head.i, *(t.i for t in compounds)])
    return leftmost > 0 and _is_plural_title(doc[leftmost - 1])


# Parts of speech that cannot begin or end a name ("of", "and", "'s").
_NEVER_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


_EDGE_POS = frozenset({"ADP", "CCONJ", "PART", "SCONJ", "PUNCT"})


_OPENER_POS = frozenset({"ADV", "INTJ", "PRON", "AUX", "VERB"})


def _opens_sentence(token: Token) -> bool:
    word = token.lower_
    return token.pos_ in _OPENER_POS or word in PREPOSITIONS or word in QUANTIFIERS


def _clean_tokens(doc: Doc, tokens: list[Token], label: str) -> tuple[list[Token], bool, bool]:
    """Strip what is not part of a name: articles, titles, possessives, punctuation.

    Returns the remaining tokens, whether a title was stripped, and whether a
    capitalised mid-sentence "The" was kept as part of the name.
    """
    titled = False
    kept_article = False
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or tokens[0].pos_ in _EDGE_POS
        or tokens[0].text in POSSESSIVE
    ):
        tokens = tokens[1:]
    # A capitalised sentence opener run into a name ("Evidently Natásha", "Beside
    # Kutúzov": the tagger may call a capitalised preposition a proper noun).
    while len(tokens) > 1 and tokens[0].is_sent_start and _opens_sentence(tokens[0]):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].text in POSSESSIVE
        or tokens[-1].is_punct
        or tokens[-1].is_space
        or tokens[-1].like_num
        or (tokens[-1].pos_ in _EDGE_POS | {"PRON"} and tokens[-1].is_lower)  # "X himself"
    ):
        tokens = tokens[:-1]  # "Patrice Talon of", "Sweden 1", "Macron's"
    if tokens and tokens[0].lower_ in DETERMINERS:
        first = tokens[0]
        sentence_initial = first.is_sent_start or first.i == 0
        if first.text == "The" and not sentence_initial and len(tokens) > 1 and label != "GPE":
            kept_article = True  # "The New York Times" written so mid-sentence
        else:
            tokens = tokens[1:]
    institution = bool(tokens) and tokens[-1].lower_ in ORG_WORDS | PLACE_WORDS
    if not kept_article and not institution:
        # "Prime Minister Narendra Modi", "Sheikh Tamim bin Hamad": keep at least one
        # word; "Foreign Ministry" and "Supreme Court" keep theirs.
        while len(tokens) > 1 and _is_capitalised(tokens[1]):
            plural = _is_plural_title(tokens[0])  # "Presidents X of A and Y of B"
            if not (_is_title_word(tokens[0]) or plural):
                break
            if tokens[0].lower_ in TITLE_ONLY_AFTER_TITLE and not titled:
                break
            word = tokens[0].lower_.rstrip(".")
            word = word[:-1] if plural else word
            if word in WORD_OR_TITLE and label not in ("PERSON", ""):
                break  # "General Motors", "Justice Department", "Crown Estate"
            tokens = tokens[1:]
            titled = True
    return tokens, titled, kept_article


def _sibling_label(root: Token, first: int, last: int) -> str:
    """The entity label of a conjunct of this name ("Adam Schiff, and Elijah Cummings")."""
    siblings = [root.head] if root.dep_ == "conj" else []
    siblings += [c for c in root.children if c.dep_ == "conj"]
    for sibling in siblings:
        if not first <= sibling.i <= last and sibling.ent_type_ in _KIND_OF_LABEL:
            return sibling.ent_type_
    return ""


def _governing_preposition(root: Token) -> str:
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "between India and Pakistan": Pakistan is under "between"
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.lower_
    return ""


def _entered(root: Token) -> bool:
    while root.head.i != root.i:
        if root.dep_ == "conj":
            root = root.head  # "entered Tell Tamer and Ain Issa"
        elif root.head.i == root.i - 1 and root.head.dep_ == root.dep_:
            root = root.head  # a name parsed as two objects in a row: "Tell" <- "Tamer"
        else:
            break
    return root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS


def _publishing_platform(root: Token) -> bool:
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "via"):
        return False
    attached = root.head.head  # the verb, or its subject ("Wong on Twitter" under "wrote")
    return any(t.lemma_.lower() in PUBLISHING_VERBS for t in (attached, attached.head))


def _document_noun(token: Token) -> str:
    if token.lower_ == "ed" and token.i >= 2 and token.doc[token.i - 2].lower_ == "op":
        return "op-ed"
    return token.lower_


def _attribution_role(root: Token) -> bool:
    """Is this word the source of an attribution: "X said", "by X", "according to X"?"""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in REPORTING_VERBS:
        return root.dep_ == "nsubj"
    if root.dep_ == "pobj" and head.lower_ == "by":
        owner = head.head
        if head.dep_ == "agent":
            return True
        return _document_noun(owner) in DOCUMENT_NOUNS
    return bool(root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")


def _acts(root: Token) -> bool:
    if root.dep_ in _ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _mention(
    doc: Doc,
    tokens: list[Token],
    label: str,
    source: str,
    offset: int,
    titled: bool,
    kept_article: bool,
) -> EntityMention:
    first, last = tokens[0], tokens[-1]
    span = doc[first.i : last.i + 1]
    root = span.root
    sentence_initial = first.is_sent_start or first.i == 0
    if not sentence_initial and first.i > 0:
        previous = doc[first.i - 1]
        # After an opening quote or a colon the capital says nothing either.
        sentence_initial = previous.is_sent_start and (previous.is_quote or previous.is_punct)
    if not titled and first.i > 0 and _is_title_word(doc[first.i - 1]):
        titled = True
    if not titled:
        titled = _under_plural_title(doc, first, root) or _after_long_title(doc, first, last)
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    place_noun = following is not None and following.lower_ in PLACE_WORDS and following.is_lower
    if not place_noun and first.i > 1:  # "the town of X", "the province of X"
        of, noun = doc[first.i - 1], doc[first.i - 2]
        place_noun = of.lower_ == "of" and noun.lower_ in PLACE_WORDS and noun.is_lower
    start = first.idx
    end = last.idx + len(last.text)
    possessive = re.search(r"['\u2019]s?$", last.text)
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
        acts=_acts(root),
        verb=root.head.lemma_.lower() if root.dep_ in ("nsubj", "nsubjpass") else "",
        attribution=_attribution_role(root),
        preposition=_governing_preposition(root),
        published_on=_publishing_platform(root),
        entered=_entered(root),
        place_noun=place_noun,
        kept_article=kept_article,
        opener=first.is_stop and len(tokens) > 1,
        sibling_label=_sibling_label(root, first.i, last.i),
        governs=_government_subject(root, first),
        descriptor=_descriptor(doc, first, root),
    )


def _whole_organisation(tokens: list[Token]) -> tuple[list[Token], bool]:
    """Extend an organisation NER cut before a title or institution word.

    "Office of the UN" + "High Commissioner for Human Rights" is one name. A name
    that, so extended, ends in a title right before a person's name is a title
    ("NATO Secretary-General Jens Stoltenberg"): the organisation stays as NER
    found it, unless that was a fragment ending a coordination ("Police and
    Crime" of "Police and Crime Commissioner Stephen Mold"), which is dropped.
    """
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if tokens[-1].text in POSSESSIVE:
        return tokens, False

    def continues(i: int, new_entity: bool = False) -> bool:
        token = doc[i]
        return (
            _is_capitalised(token)
            and token.pos_ in ("PROPN", "NOUN")
            and token.ent_type_ in ("", "ORG")
            and (new_entity or token.ent_iob_ != "B")
            and not token.is_sent_start
        )

    def hyphenated(i: int) -> bool:  # "Secretary-General"
        return (
            doc[i].text in _DASHES
            and not doc[i - 1].whitespace_
            and i + 1 < len(doc)
            and not doc[i].whitespace_
            and continues(i + 1)
        )

    run = end
    while run < len(doc) and (continues(run) or hyphenated(run)):
        run += 1
    if not any(t.lower_ in TITLES | ORG_WORDS for t in doc[end:run]):
        return tokens, False
    end = run
    while end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and continues(end + 1, True):
        end += 2
        while end < len(doc) and (continues(end) or hyphenated(end)):
            end += 1
    whole = list(doc[tokens[0].i : end])
    last = whole[-1].lower_
    if end < len(doc) and doc[end].ent_type_ == "PERSON" and last in TITLES - ORG_WORDS:
        fragment = any(t.lower_ in ("and", "&") for t in tokens)
        return (whole, True) if fragment else (tokens, False)
    return whole, False


def _used_as_language(tokens: list[Token], label: str) -> bool:
    """Is this one-word name a language, used as one ("the Swahili phrase", "speak
    Swahili", "said in Turkish")? A language is not an actor, whatever label a small
    model gives it; a coordinated name ("Swahili or Lingala") shares the use.
    """
    if label == "LANGUAGE":
        return True
    words = [t for t in tokens if t.text != "-"]
    if len(words) != 1 or gaz.country_of_name(_key(words)):
        return False
    root = words[0]
    if root.dep_ == "conj" and root.head.dep_ != "conj":
        root = root.head  # a language's own label wins over a small model's PERSON
    elif label == "PERSON":
        return False
    head = root.head
    if root.dep_ in ("compound", "amod") and head.lemma_.lower() in LANGUAGE_NOUNS:
        return head.i > root.i
    if root.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_VERBS:
        return True
    # "said in Turkish": only a name of a people can be a language after "in".
    return (
        label == "NORP"
        and root.dep_ == "pobj"
        and head.lower_ == "in"
        and head.head.lemma_.lower() in WRITTEN_OR_SAID
    )


def _plain_name_word(token: Token) -> bool:
    """A capitalised proper noun outside every entity that is no title, institution,
    place or country word: a part of a personal name the model left out."""
    return (
        token.pos_ == "PROPN"
        and token.ent_iob_ == "O"
        and token.is_alpha
        and _is_capitalised(token)
        and token.lower_ not in TITLES | ORG_WORDS | PLACE_WORDS | OTHER_WORDS
        and not _gazetteer_label(token.text)
    )


def _rejoin_split_name(tokens: list[Token], label: str) -> list[Token]:
    """ "Jan Kowalczyk" of which NER tagged one word: the given name or surname next
    to it, joined to it as a compound in the parse, is part of the same name.

    Only for a one-word PERSON or ORG entity and a one-word neighbour, so that a
    name is completed, never run into the next one.
    """
    if label not in ("PERSON", "ORG") or len(tokens) != 1 or _is_title_word(tokens[0]):
        return tokens
    word = tokens[0]
    doc = word.doc
    if word.lower_ in ORG_WORDS | PLACE_WORDS or _gazetteer_label(word.text):
        return tokens
    if word.i > 0:
        before = doc[word.i - 1]
        alone = before.i == 0 or doc[before.i - 1].pos_ != "PROPN"
        if alone and before.dep_ == "compound" and before.head == word and _plain_name_word(before):
            return [before, word]
    if word.i + 1 < len(doc):
        after = doc[word.i + 1]
        alone = after.i + 1 == len(doc) or doc[after.i + 1].pos_ != "PROPN"
        if alone and word.dep_ == "compound" and word.head == after and _plain_name_word(after):
            return [word, after]
    return tokens


def _role_in_apposition(tokens: list[Token], label: str) -> bool:
    """ "Jo Reyes, Dean of the Law School": one capitalised word set beside a person's
    name and followed by "of" or "at" is that person's role, not a second person."""
    if label != "PERSON" or len(tokens) != 1:
        return False
    word = tokens[0]
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.dep_ == "appos"
        and word.head.ent_type_ == "PERSON"
        and following is not None
        and following.lower_ in ("of", "at")
    )


def _is_time_zone(tokens: list[Token]) -> bool:
    """ "BST" in "8:30 p.m. BST", "UTC" in "(1930 UTC)": a clock's zone, not an actor."""
    if len(tokens) != 1 or not tokens[0].is_upper or len(tokens[0]) > 5:
        return False
    token = tokens[0]
    previous = token.doc[token.i - 1] if token.i > 0 else None
    after_time = previous is not None and (
        previous.like_num or previous.ent_type_ == "TIME" or any(c.isdigit() for c in previous.text)
    )
    return after_time and (token.text.endswith("T") or token.text in TIME_ZONE_CODES)


def _descriptor(doc: Doc, first: Token, root: Token) -> str:
    """A common noun that says what the name is: right before it ("Greek daily
    Kathimerini") or in apposition ("Milltech Marine, a firm specialising in ...")."""
    words = []
    if first.i > 0 and doc[first.i - 1].is_lower:
        words.append(doc[first.i - 1].lower_)
    words += [t.lower_ for t in root.children if t.dep_ == "appos" and t.is_lower]
    if root.dep_ == "appos" and root.head.is_lower:
        words.append(root.head.lower_)  # "the newspaper, Gazeta Wyborcza"
    return next((w for w in words if w in DESCRIBED_KIND), "")


def _government_subject(root: Token, first: Token) -> bool:
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in GOVERNMENT_VERBS:
        return False
    previous = root.doc[first.i - 1] if first.i > 0 else None
    return previous is None or previous.lower_ not in ("all", "whole")


def _is_title_case_heading(doc: Doc) -> bool:
    """ "North Korea Expels BBC Journalists": a short line with every longer word
    capitalised, where capitals say nothing about names."""
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and len(doc) <= 25 and all(_is_capitalised(t) for t in words)


def _country_in_heading(tokens: list[Token]) -> list[Token]:
    """In a title-case heading, an entity that begins with a country and runs on
    ("North Korea Expels") is the country: the rest is the headline's verb."""
    for cut in range(len(tokens) - 1, 0, -1):
        if gaz.country_of_name(_key(tokens[:cut])):
            return tokens[:cut]
    return tokens


def _gazetteer_label(text: str) -> str:
    """GPE for a country name, NORP for a demonym, "" otherwise."""
    key = gaz.normalise(text)
    if gaz.country_of_name(key):
        return "GPE"
    if gaz.country_of_demonym(key):
        return "NORP"
    return ""


# Punctuation that never sits inside a name: an entity running across it is two
# things ("World Health Organization (WHO", "Tesco — Netto", 'Twitter "Youtube-dl').
_SEPARATORS = frozenset('()[]{}",;:!?\u201c\u201d\u2018|/')


_DASHES = frozenset({"-", "\u2010", "\u2013", "\u2014"})


def _between_letters(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return any(t is not None and len(t.text) == 1 for t in (before, after))


def _split_entity(tokens: list[Token], label: str) -> list[tuple[list[Token], str]]:
    """Split an entity into the names it holds.

    At separating punctuation; at a possessive after a country or capital
    ("Ukraine's Donetsk", but not "People's Protection Units"); and a hyphenated
    compound of demonyms ("Indian-Pakistani") into each demonym.
    """
    pieces: list[tuple[list[Token], str]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        if token.text in ("'s", "\u2019s") and all(t.is_lower for t in tokens[index + 1 :]):
            break  # "Sónya's feet": the name ends at the possessive
        spaced = token.whitespace_ or (token.i > 0 and token.doc[token.i - 1].whitespace_)
        glued = len(token.text) > 1 and any(c in _SEPARATORS for c in token.text)
        if glued:  # 'himself”—and', one token to the tokenizer: the name ended before
            break
        letters = token.text == "/" and _between_letters(token)  # "A/S" is one legal form
        if (token.text in _SEPARATORS and not letters) or (token.text in _DASHES and spaced):
            if current:
                pieces.append((current, label))
            current = []
        elif token.text in ("'s", "\u2019s") and current and _place_label(current):
            pieces.append((current, _place_label(current)))
            current = []
        else:
            current.append(token)
    if current:
        pieces.append((current, label))
    pieces = [part for piece in pieces for part in _split_coordination(*piece)]
    pieces = [part for piece in pieces for part in _split_name_of_country(*piece)]
    pieces = [part for piece in pieces for part in _split_organisation_and_person(*piece)]
    result: list[tuple[list[Token], str]] = []
    for piece, piece_label in pieces:
        words = [t for t in piece if t.text != "-"]
        hyphenated = len(words) >= 2 and len(words) < len(piece)
        part_labels = [_gazetteer_label(t.text) for t in words] if hyphenated else []
        if hyphenated and all(part_labels) and all(t.whitespace_ == "" for t in piece[:-1]):
            result.extend(
                ([t], part_label) for t, part_label in zip(words, part_labels, strict=True)
            )
        else:
            result.append((piece, piece_label))
    return result


def _split_name_of_country(tokens: list[Token], label: str) -> list[tuple[list[Token], str]]:
    """ "Macky Sall of Senegal" is a person and a country; "Bank of Ghana" is one
    organisation and "Republic of Korea" one country.

    Split at "of" when what follows is a country, and what precedes is a name of at
    least two capitalised words with no institution, place or title word in it.
    """
    if label not in ("PERSON", "ORG", "") or _gazetteer_place(tokens):
        return [(tokens, label)]
    cut = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), -1)
    head, country = tokens[:cut], tokens[cut + 1 :]
    if cut < 2 or not country or not gaz.country_of_name(_key(country)):
        return [(tokens, label)]
    words = {t.lower_ for t in head}
    if not all(_is_capitalised(t) for t in head) or words & (ORG_WORDS | PLACE_WORDS | TITLES):
        return [(tokens, label)]
    return [(head, "PERSON" if label == "PERSON" else ""), (country, "GPE")]


def _speaks_or_follows_role(tokens: list[Token]) -> bool:
    """Is this entity the speaker of a report ("... X said") or does it follow a role
    and a preposition ("director of X", "spokesman for X")?"""
    root = tokens[-1]
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS:
        return True
    first = tokens[0]
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return (
        before.lower_ in ("of", "for", "at")
        and before.head.pos_ == "NOUN"
        and before.head.is_lower
        and before.head.i < before.i
    )


def _split_organisation_and_person(
    tokens: list[Token], label: str
) -> list[tuple[list[Token], str]]:
    """ "director of Acme Foundation Jo-ann Lee said": an organisation and, glued
    to it by the model, the person who speaks for it.

    Split after the organisation's last head noun when what follows is a short run
    of capitalised words with nothing of an institution, place or title in it, ends
    the entity, and the entity speaks or follows a role ("director of"). Without
    that evidence "Acme Foundation Trust" stays whole.
    """
    if label not in ("ORG", "") or len(tokens) < 3:
        return [(tokens, label)]
    cut = max(
        (i for i, t in enumerate(tokens[:-1]) if i > 0 and t.lower_ in ORGANISATION_ENDS),
        default=-1,
    )
    if cut < 1:
        return [(tokens, label)]
    head, tail = tokens[: cut + 1], tokens[cut + 1 :]
    words = [t for t in tail if t.text != "-"]
    shaped = all(_is_capitalised(t) and t.is_alpha for t in words[:1]) and all(
        t.is_alpha or t.text == "-" for t in tail
    )
    if not shaped or not 1 <= len(words) <= 4 or tail[0].text == "-" or tail[-1].text == "-":
        return [(tokens, label)]
    # Parts of a hyphenated given name may be lowercase ("Jo-ann"); whole words not.
    capitalised = all(
        _is_capitalised(t) for i, t in enumerate(tail) if i == 0 or tail[i - 1].whitespace_
    )
    lowered = {t.lower_ for t in words}
    if not capitalised or lowered & (
        ORG_WORDS | PLACE_WORDS | TITLES | OTHER_WORDS | ORGANISATION_ENDS
    ):
        return [(tokens, label)]
    if any(_gazetteer_label(t.text) for t in words) or not _speaks_or_follows_role(tokens):
        return [(tokens, label)]
    return [(head, "ORG"), (tail, "PERSON")]


def _key(tokens: list[Token]) -> str:
    return gaz.normalise(" ".join(t.text for t in tokens))


def _split_coordination(tokens: list[Token], label: str) -> list[tuple[list[Token], str]]:
    """ "Crete and Cyprus" is two places; "Trinidad and Tobago" is one country."""
    joints = [
        i for i, t in enumerate(tokens) if t.lower_ in ("and", "&") and 0 < i < len(tokens) - 1
    ]
    if len(joints) != 1 or _gazetteer_place(tokens):
        return [(tokens, label)]
    left, right = tokens[: joints[0]], tokens[joints[0] + 1 :]
    if _gazetteer_place(left) and _gazetteer_place(right):
        return [(left, label), (right, label)]
    return [(tokens, label)]


def _gazetteer_place(tokens: list[Token]) -> bool:
    key = gaz.normalise(" ".join(t.text for t in tokens))
    return bool(gaz.country_of_name(key) or gaz.country_of_capital(key) or gaz.is_province(key))


def _place_label(tokens: list[Token]) -> str:
    """GPE when these words name a country or a capital, else ""."""
    key = gaz.normalise(" ".join(t.text for t in tokens))
    return "GPE" if gaz.country_of_name(key) or gaz.country_of_capital(key) else ""


def _name_phrase(root: Token) -> list[Token]:
    """The capitalised name around a source word: "Human Rights Watch", "Brookings Institution"."""
    doc = root.doc
    sentence = root.sent
    start = root.i
    while start - 1 >= sentence.start:
        previous = doc[start - 1]
        if not _is_capitalised(previous) or previous.pos_ not in ("PROPN", "ADJ", "NOUN"):
            break
        if previous.lower_ in DETERMINERS or previous.lower_ in PRONOUNS:
            break
        start -= 1
    end = root.i
    while end + 1 < sentence.end:
        following = doc[end + 1]
        if following.pos_ != "PROPN" or not _is_capitalised(following) or following.head.i < start:
            break
        end += 1
    return list(doc[start : end + 1])


def _name_tail(phrase: list[Token]) -> list[Token]:
    """ "from Poland" after "Notes", "Without Borders" after "Reporters": the rest of
    a source's name, a connector and capitalised proper nouns (NER may have taken
    them as a place of their own)."""
    doc = phrase[0].doc
    end = phrase[-1].i + 1
    sentence_end = phrase[-1].sent.end
    if end + 1 >= sentence_end or doc[end].lower_ not in NAME_CONNECTORS:
        return []
    stop = end + 1
    while stop < sentence_end and doc[stop].pos_ == "PROPN" and _is_capitalised(doc[stop]):
        stop += 1
    return list(doc[end:stop]) if stop > end + 1 else []


def _is_recoverable_name(tokens: list[Token]) -> bool:
    if not tokens or not all(_is_capitalised(t) for t in tokens):
        return False
    if all(t.lower_ in PRONOUNS or t.is_stop for t in tokens):
        return False
    if any(t.like_num or (not t.is_alpha and t.text != "-") for t in tokens):
        return False
    first = tokens[0]
    initial = first.is_sent_start or first.i == 0
    # At a sentence start a capital proves nothing ("Advocates argue"): need PROPN.
    return not initial or all(t.pos_ == "PROPN" for t in tokens)


def collect(doc: Doc, offset: int) -> list[EntityMention]:
    """Name mentions in one parsed paragraph, as plain data, in text order."""
    found: list[EntityMention] = []
    taken = bytearray(len(doc))

    def add(tokens: list[Token], label: str, source: str, titled: bool = False) -> None:
        tokens, stripped_title, kept_article = _clean_tokens(doc, tokens, label)
        if not tokens or any(taken[t.i] for t in tokens):
            return
        if not any(c.isalpha() for t in tokens for c in t.text):
            return
        found.append(
            _mention(doc, tokens, label, source, offset, titled or stripped_title, kept_article)
        )
        for t in tokens:
            taken[t.i] = 1

    heading = _is_title_case_heading(doc)
    for ent in doc.ents:
        if ent.label_ in _KIND_OF_LABEL:
            tokens = list(ent)
            tokens = _rejoin_split_name(tokens, ent.label_)
            if ent.label_ == "ORG":
                tokens, is_title = _whole_organisation(tokens)
                if is_title:  # "Police and Crime Commissioner" before a name: a role
                    for t in tokens:
                        taken[t.i] = 1
                    continue
            if (
                _is_time_zone(tokens)
                or _used_as_language(tokens, ent.label_)
                or _role_in_apposition(tokens, ent.label_)
            ):
                for t in tokens:
                    taken[t.i] = 1  # nor to be recovered as a run of proper nouns
                continue
            if heading:
                tokens = _country_in_heading(tokens)
            for piece, label in _split_entity(tokens, ent.label_):
                add(piece, label, "ner")
    # Dates, times, numbers, money: never actors, nor to be recovered as names.
    for ent in doc.ents:
        if ent.label_ in _NEVER_ACTORS:
            for t in ent:
                taken[t.i] = 1

    # Countries and demonyms NER missed ("Indian-Pakistani talks").
    for token in doc:
        if taken[token.i] or not _is_capitalised(token) or not token.is_alpha:
            continue
        label = _gazetteer_label(token.text)
        if label:
            add([token], label, "gazetteer")

    # Sources of attributions NER missed, and flags on the ones it found.
    for token in doc:
        if not _is_capitalised(token) or not _attribution_role(token):
            continue
        phrase = _name_phrase(token)
        if any(taken[t.i] for t in phrase) or not _is_recoverable_name(phrase):
            continue
        tail = _name_tail(phrase)
        if tail:
            # "Notes from Poland": a name that holds a place is the name, not the place.
            first, last = tail[0].idx + offset, tail[-1].idx + len(tail[-1].text) + offset
            inside = [m for m in found if m.start < last and m.end > first]
            if all(first <= m.start and m.end <= last for m in inside):
                found[:] = [m for m in found if m not in inside]
                for t in tail:
                    taken[t.i] = 0
                phrase = phrase + tail
        add(phrase, "", "attribution")

    # Runs of proper nouns: candidates, kept by consolidate if they recur.
    run: list[Token] = []
    for token in [*doc, None]:
        extends = token is not None and not taken[token.i] and token.pos_ == "PROPN"
        if extends and _is_capitalised(token) and (token.is_alpha or (token.text == "-" and run)):
            run.append(token)
            continue
        words = [t for t in run if t.text != "-"]
        if (
            run
            and len(run) <= 6
            and not all(_is_title_word(t) for t in words)
            and _is_recoverable_name(words)
        ):
            add(run, "", "propn")
        run = []

    found.sort(key=lambda m: m.start)
    return found


@dataclass(slots=True)
class _Group:
    """All mentions whose names normalise to the same key."""

    key: str
    words: tuple[str, ...]
    mentions: list[EntityMention] = field(default_factory=list)
    country: str | None = None  # ISO code when the name is a country, demonym, or code
    iso_country: str | None = None  # the country it would be as an ISO code ("AU")
    initials_country: str | None = None  # the country whose formal name it abbreviates
    capital_of: str | None = None
    adjective: bool = False  # joined as the adjective of a place or people ("English")
    family: bool = False  # the plural of a person's surname: "the Bidens"

    @property
    def labels(self) -> Counter[str]:
        return Counter(m.label for m in self.mentions if m.label)

    @property
    def sources(self) -> set[str]:
        return {m.source for m in self.mentions}

    def person_evidence(self) -> bool:
        return any(m.label == "PERSON" or m.titled for m in self.mentions)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Keep the older group as root so that roots are stable between calls.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra
        return ra


@functools.lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """Words the text uses in lowercase: a capitalised one of them is not a name by itself."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def _is_acronym(surface: str) -> bool:
    """ "FDD", "U.S.", "AfCFTA": short, one word, mostly capitals."""
    letters = surface.replace(".", "").replace("&", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha()):
        return False
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and capitals * 2 >= len(letters) and letters[0].isupper()


def _initials(words: Sequence[str]) -> list[str]:
    content = [w for w in words if w not in FUNCTION_WORDS]
    forms = {"".join(w[0] for w in content)}
    forms.add("".join(w[0] for w in words))
    return [f for f in forms if len(f) >= 2]


def _junk(
    group: _Group, lowercase_words: frozenset[str], name_words: frozenset[str] = frozenset()
) -> bool:
    key = group.key
    if not key or not any(c.isalpha() for c in key) or len(key) < 2:
        return True
    pronoun = all(w in PRONOUNS or w in DETERMINERS for w in group.words)
    if pronoun and not all(_is_acronym(m.text) for m in group.mentions):  # "US" is not "us"
        return True
    if group.country:
        return False
    surfaces = [m.text for m in group.mentions]
    if all(s[:1].islower() for s in surfaces):
        return True  # "the report", "occupation": not a name
    if len(group.words) != 1 or any(m.label == "NORP" for m in group.mentions):
        return False
    # A bare title, place noun or generic noun ("State", "Sea", "Party") names nobody.
    # "the Representatives" (not "Kings" County, which the model reads as a place).
    placed = any(m.label in ("GPE", "LOC", "FAC") for m in group.mentions)
    plural_title = key.endswith("s") and key[:-1] in TITLES and not placed
    if key in TITLES or plural_title or key in PLACE_WORDS or key in GENERIC_WORDS:
        return True
    # "Observers questioned...", "Broadcast of the speech...": a common word that
    # only ever opens a sentence, read as a noun or verb by the tagger, is capitalised
    # by its place alone, whatever label NER gave it. Not a word of a longer name in
    # the text: that is a surname ("Jo Smith ... Smith said").
    opening_common_word = all(
        m.sentence_initial and not m.all_propn and m.label in ("PERSON", "") for m in group.mentions
    )
    if opening_common_word and key not in name_words and not any(m.titled for m in group.mentions):
        return True
    # A capitalised common word ("Report" in a headline, "Match" in a heading) is
    # not an actor unless NER tagged it or the tagger read it as a proper noun.
    if key not in lowercase_words:
        return False
    unvouched = all(m.source in ("propn", "attribution", "hint") for m in group.mentions)
    return unvouched or not any(m.all_propn for m in group.mentions)


def _hint_mentions(
    text: str, hints: Sequence[Span], taken: list[tuple[int, int]]
) -> list[EntityMention]:
    """Named claim sources from the claims layer, when they look like proper names."""
    starts = [s for s, _ in taken]
    result = []
    for hint in hints:
        start, end = hint.start, hint.end
        words = re.findall(r"\S+", text[start:end])
        while words and words[0].lower() in DETERMINERS:
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        while start < end and text[start].isspace():
            start += 1
        match = re.search(r"(?:'s|\u2019s|['\u2019])?\W*$", text[start:end])
        if match:
            end = start + match.start()
        if start >= end or not words:
            continue
        content = [w for w in words if w.lower() not in FUNCTION_WORDS]
        if not content or not all(w[0].isupper() for w in content) or words[0].lower() in PRONOUNS:
            continue
        if gaz.normalise(words[-1]) in DOCUMENT_NOUNS:
            continue
        i = bisect_left(starts, start)
        overlaps = (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start)
        if overlaps:
            continue
        result.append(
            EntityMention(
                start,
                end,
                text[start:end],
                "",
                "hint",
                len(content),
                False,
                False,
                False,
                True,
                True,
            )
        )
    return result


def _split_coordinated_groups(by_key: dict[str, _Group]) -> None:
    """ "Crete and Cyprus" becomes two mentions when the text names each on its own."""
    for key in [k for k in by_key if " and " in k]:
        left, _, right = key.partition(" and ")
        if left not in by_key or right not in by_key or " and " in right:
            continue
        group = by_key.pop(key)
        for m in group.mentions:
            match = re.search(r"\s+(?:and|&)\s+", m.text)
            if match is None:
                by_key[key] = group  # the key came from other punctuation: leave it
                break
            head = re.sub(r"['\u2019]s?$", "", m.text[: match.start()])  # "Rostóv's and ..."
            tail = m.text[match.end() :]
            # Each is listed with the other: a country beside it votes place.
            first = replace(
                m,
                end=m.start + len(head),
                text=head,
                tokens=1,
                sibling_label=_gazetteer_label(tail) or m.sibling_label,
            )
            second = replace(
                m,
                start=m.start + match.end(),
                text=tail,
                sentence_initial=False,
                sibling_label=_gazetteer_label(head) or m.sibling_label,
            )
            by_key[left].mentions.append(first)
            by_key[right].mentions.append(second)


# Legal forms after a company's name: "Salling Group A/S" is "Salling Group".
_LEGAL_FORM = re.compile(
    r",?\s+(?:A/S|ASA|AB|AG|SA|S\.A\.|SE|NV|N\.V\.|BV|B\.V\.|GmbH|KGaA|Inc\.?|Ltd\.?"
    r"|LLC|L\.L\.C\.|LLP|plc|PLC|Corp\.?|Co\.|S\.p\.A\.|SpA|Oyj|Pty\.?\s+Ltd\.?|S\.A\.S\.)$"
)


def _without_legal_form(name: str) -> str:
    return _LEGAL_FORM.sub("", name)


def _is_spatial_place(group: _Group) -> bool:
    """A name the text uses as a place: mostly GPE/LOC, never a person, and found
    at least once after "in", "near", "over"... ("in Petersburg")."""
    labels = group.labels
    if labels["PERSON"] or (labels["GPE"] + labels["LOC"]) * 2 <= labels.total():
        return False
    return any(m.preposition in STRONG_SPATIAL for m in group.mentions)


def _split_places_run_into_names(by_key: dict[str, _Group]) -> None:
    """ "In Kiev Pierre found ...": NER ran the place into the name. When the first
    word is a place the text uses as such and the rest a person it names on its own,
    the mention is the two of them."""
    for key in [k for k in by_key if " " in k]:
        first, _, rest = key.partition(" ")
        place, person = by_key.get(first), by_key.get(rest)
        if place is None or person is None or not person.labels["PERSON"]:
            continue
        if not _is_spatial_place(place) or person.labels["PERSON"] * 2 <= person.labels.total():
            continue
        group = by_key.pop(key)
        for m in group.mentions:
            head, _, tail = m.text.partition(" ")
            tail_start = m.start + len(m.text) - len(tail.lstrip())
            place.mentions.append(replace(m, end=m.start + len(head), text=head, label="GPE"))
            person.mentions.append(
                replace(m, start=tail_start, text=tail.lstrip(), sentence_initial=False)
            )


def _groups(text: str, mentions: Iterable[EntityMention]) -> list[_Group]:
    by_key: dict[str, _Group] = {}
    for m in mentions:
        key = gaz.normalise(_without_legal_form(m.text))
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = _Group(key, tuple(key.split()))
        group.mentions.append(m)
    _split_coordinated_groups(by_key)
    _split_places_run_into_names(by_key)
    lowercase_words = _lowercase_words(text)
    name_words = frozenset(w for key in by_key if " " in key for w in key.split())
    kept = []
    for group in by_key.values():
        _resolve_country(group)
        if not _junk(group, lowercase_words, name_words):
            kept.append(group)
    return kept


def _resolve_country(group: _Group) -> None:
    key = group.key
    labels = group.labels
    if labels and labels.most_common(1)[0][0] == "PERSON" and not labels["GPE"]:
        return  # "Jordan" the person, "Georgia" a first name
    code = gaz.country_of_name(key) or gaz.country_of_demonym(key)
    place_votes = labels["GPE"] + labels["LOC"] + labels["NORP"]
    if code is None and place_votes * 2 > sum(labels.values()):
        code = gaz.country_of_weak_name(key)  # "America", "Persian", as places only
    # ISO codes ("US", "USA") only where NER read them as a place, and only if the
    # text does not spell the acronym out otherwise (AU: African Union).
    placed = labels["GPE"] or labels["NORP"] or labels["LOC"]
    if code is None and placed and any(_is_acronym(m.text) for m in group.mentions):
        group.iso_country = gaz.country_of_code(key)
    group.country = code
    if code is None:
        group.capital_of = gaz.country_of_capital(key)
    if code is None and " " not in key and any(_is_acronym(m.text) for m in group.mentions):
        group.initials_country = gaz.country_of_initials(key)


def _merge_countries(groups: list[_Group], uf: _UnionFind) -> dict[str, int]:
    """Join every group that names the same country; return country code -> group."""
    by_country: dict[str, int] = {}
    for i, group in enumerate(groups):
        if group.country:
            if group.country in by_country:
                uf.union(by_country[group.country], i)
            else:
                by_country[group.country] = i
    # "DPRK", "UAE": initials of the formal name of a country the text names, when
    # the text spells them out as nothing else ("IRA" in a text without Afghanistan
    # is not the Islamic Republic of Afghanistan).
    for i, group in enumerate(groups):
        code = group.initials_country
        if code in by_country and uf.find(i) == i and not group.person_evidence():
            group.country = code
            uf.union(by_country[code], i)
    # "the North" in a text about North and South Korea: the one country named so.
    for i, group in enumerate(groups):
        if group.country or group.key not in COMPASS or group.person_evidence():
            continue
        codes = {g.country for g in groups if g.country and g.key.startswith(group.key + " ")}
        if len(codes) == 1:
            (code,) = codes
            group.country = code
            uf.union(by_country[code], i)
    # "the Islamic Republic": a formal-name prefix of exactly one country in the text.
    for i, group in enumerate(groups):
        if group.country or len(group.words) < 2:
            continue
        candidates = gaz.countries_by_title_prefix(group.key) & by_country.keys()
        if len(candidates) == 1 and not group.person_evidence():
            (code,) = candidates
            group.country = code
            uf.union(by_country[code], i)
    return by_country


def _merge_acronyms(text: str, groups: list[_Group], uf: _UnionFind) -> None:
    by_end: dict[int, int] = {}
    for i, group in enumerate(groups):
        for m in group.mentions:
            by_end[m.end] = i
    by_initials: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        if len(group.words) >= 2 and not group.person_evidence():
            for initials in _initials(group.words):
                by_initials[initials].add(i)
    for i, group in enumerate(groups):
        if group.country or not any(_is_acronym(m.text) for m in group.mentions):
            continue
        # Introduced in parentheses: "Foundation for Defense of Democracies (FDD)".
        for m in group.mentions:
            before = text[max(0, m.start - 3) : m.start]
            if text[m.end : m.end + 1] == ")" and before.endswith("("):
                long_end = m.start - 1 - (1 if before.endswith(" (") else 0)
                j = by_end.get(long_end)
                if j is not None and j != i and _introduces(group, groups[j]):
                    uf.union(j, i)
                    break
        else:
            candidates = {uf.find(j) for j in by_initials.get(group.key.replace(" ", ""), ())}
            candidates.discard(uf.find(i))
            if len(candidates) == 1:
                uf.union(candidates.pop(), i)
            elif group.iso_country and uf.find(i) == i:
                group.country = group.iso_country


def _introduces(acronym: _Group, name: _Group) -> bool:
    """Is "(YPG)" right after this name its short form?

    When its letters abbreviate the name ("Foundation for Defense of Democracies
    (FDD)"); or, for an acronym of three letters or more after an organisation's
    name of several words, also when they do not: the acronym of the name in its
    own language ("People's Protection Units (YPG)"). A place or a person before
    a parenthesis is more often followed by a credit or a party ("(AP)", "(D)").
    """
    if _abbreviates(acronym.key, name.words):
        return True
    if len(acronym.key) < 3 or len(name.words) < 2 or name.country or name.capital_of:
        return False
    if any(initials in acronym.key for initials in _initials(name.words)):
        return False  # "Infectious Diseases (NIAID)": the tail of a longer name
    labels = name.labels
    return not name.person_evidence() and labels["GPE"] + labels["LOC"] == 0


def _abbreviates(acronym: str, words: Sequence[str]) -> bool:
    """Could these letters abbreviate these words? ("fdd", foundation for defense of democracies)"""
    letters = acronym.replace(" ", "")
    if not letters or not words or letters[0] != words[0][0]:
        return False
    remaining = iter("".join(words))
    return all(letter in remaining for letter in letters)


_REGNAL_NUMBER = re.compile(r"^(?=[ivx]{2,5}$)x{0,3}(?:ix|iv|v?i{0,3})$")


def _has_regnal_number(group: _Group) -> bool:
    return any(_REGNAL_NUMBER.match(w) for w in group.words[1:])


def _person_words(group: _Group) -> tuple[str, ...]:
    """The words that name a person: no initials ("John F. Kennedy") and no regnal
    numbers after a name ("Napoleon III" is no Mr. III; "Xi Jinping" keeps "Xi")."""
    words = group.words
    return tuple(
        w for n, w in enumerate(words) if len(w) > 1 and not (n and _REGNAL_NUMBER.match(w))
    )


def _name_shaped(group: _Group) -> bool:
    """Is every lowercase word of the name a particle ("bin", "de", "van")?"""
    surface = group.mentions[0].text
    words = re.split(r"[\s\-\u2010]+", surface)
    return all(w.lower() in NAME_PARTICLES for w in words if w[:1].islower())


def _merge_people(
    groups: list[_Group], uf: _UnionFind
) -> dict[int, list[tuple[EntityMention, int]]]:
    """Join surnames and shorter forms to the full names they belong to.

    A short form with one candidate full name joins it. With several (two people
    share a surname), each mention goes to the full name mentioned most recently
    before it, or stays on its own; the returned map lists those moves.
    """
    full_names: dict[str, list[int]] = defaultdict(list)  # last word -> full-name groups
    first_names: dict[str, list[int]] = defaultdict(list)
    place_keys = {g.key for g in groups if g.country or g.capital_of or gaz.is_province(g.key)}
    for i, group in enumerate(groups):
        words = _person_words(group)
        personal = group.person_evidence() and not any(w in ORG_WORDS for w in words)
        # NER sometimes runs a place into a name ("in Orël Pierre"), or a name into
        # a phrase ("Napoleon the Order of St. Andrew"): not full names.
        if words and (words[0] in place_keys or not _name_shaped(group)):
            continue
        if len(words) >= 2 and personal and not group.country:
            full_names[words[-1]].append(i)
            first_names[words[0]].append(i)
    # "John F. Kennedy" and "John Kennedy": the same words but for an initial.
    same_words: dict[tuple[str, ...], int] = {}
    for i, group in enumerate(groups):
        words = _person_words(group)
        initials_only = words != group.words and not _has_regnal_number(group)
        if words and initials_only and group.labels["PERSON"] and not group.country:
            if words in same_words:
                uf.union(same_words[words], i)
            else:
                same_words[words] = i
    for i, group in enumerate(groups):
        if group.words in same_words and group.labels["PERSON"]:
            uf.union(same_words[group.words], i)
    moves: dict[int, list[tuple[EntityMention, int]]] = {}
    order = sorted(range(len(groups)), key=lambda i: -len(groups[i].words))
    for i in order:
        group = groups[i]
        words = _person_words(group)
        if not words or group.country or any(w in ORG_WORDS for w in words):
            continue
        if _has_regnal_number(group):  # "Napoleon III" is a whole name, no short form
            continue
        labels = group.labels
        # A gazetteer place ("Washington", "Jordan") is only a surname when NER says so.
        gazetteer_place = group.capital_of or gaz.is_province(group.key)
        if gazetteer_place and labels["PERSON"] * 2 <= sum(labels.values()):
            continue
        candidates = [
            j
            for j in full_names.get(words[-1], ())
            if j != i
            and len(_person_words(groups[j])) > len(words)
            and _person_words(groups[j])[-len(words) :] == words
        ]
        # A first name a small model mostly calls an organisation ("Napoleon") is
        # still one if it is sometimes a person or titled ("Emperor Napoleon").
        sometimes_person = labels["PERSON"] * 10 >= labels.total() or any(
            m.titled for m in group.mentions
        )
        by_surname = bool(candidates)
        if len(words) == 1 and (labels["ORG"] <= labels["PERSON"] or sometimes_person):
            candidates += [j for j in first_names.get(words[0], ()) if j != i]
        roots = {uf.find(j) for j in candidates}
        if not roots:
            continue
        if len(roots) == 1 and not by_surname and len(group.mentions) < 3:
            # A first name named in passing is that person's only once the full name
            # has been given ("Mark and Patricia ..." long before "Mark Seidenberg" is
            # another); one used again and again (a novel's "Pétya") is the person.
            (root,) = roots
            introduced = min(m.start for j in candidates for m in groups[j].mentions)
            later = [m for m in group.mentions if m.start > introduced]
            if len(later) == len(group.mentions):
                uf.union(root, i)
            elif later:
                moves.setdefault(i, []).extend((m, root) for m in later)
            continue
        if len(roots) == 1:
            uf.union(roots.pop(), i)
            continue
        # Ambiguous (two people share the surname): see _owner_of_shared_surname.
        positions = sorted(
            (m.start, m.end, uf.find(j)) for j in candidates for m in groups[j].mentions
        )
        dominant = _dominant_full_name(Counter(root for _, _, root in positions))
        starts = [p for p, _, _ in positions]
        for m in group.mentions:
            k = bisect_left(starts, m.start)
            previous = positions[k - 1] if k > 0 else None
            owner = _owner_of_shared_surname(m, previous, dominant)
            if owner is not None:
                moves.setdefault(i, []).append((m, owner))
    return moves


# How far (in characters, about two sentences of news) a full name still decides
# whom a bare shared surname after it means ("Michelle Obama spoke. Obama said ...").
_SURNAME_CONTEXT = 250


def _dominant_full_name(counts: Counter[int]) -> int | None:
    """The person a text means by a shared surname by default: the one whose full
    name it writes at least twice as often as all the others together (the
    candidate in a campaign report, not his wife named once)."""
    (top, top_count), *others = counts.most_common()
    return top if top_count >= 2 * sum(count for _, count in others) else None


def _owner_of_shared_surname(
    mention: EntityMention, previous: tuple[int, int, int] | None, dominant: int | None
) -> int | None:
    """Whom a bare surname shared by several full names in the text belongs to.

    A full name just before it (within about two sentences) decides; otherwise the
    dominant person, if one is; otherwise the nearest full name before it. With
    none of these it stays apart rather than join a wrong person.
    """
    if previous is not None:
        _, previous_end, previous_owner = previous
        if dominant is None or mention.start - previous_end <= _SURNAME_CONTEXT:
            return previous_owner
    return dominant


def _merge_written_variants(groups: list[_Group], uf: _UnionFind) -> None:
    """ "MarineTraffic"/"Marine Traffic", and "U.S. Constitution"/"United States Constitution".

    Names equal without their spaces are one name; so are names equal once an
    acronym in them is replaced by the expansion it was merged with.
    """
    by_letters: dict[str, int] = {}
    for i, group in enumerate(groups):
        letters = group.key.replace(" ", "")
        j = by_letters.setdefault(letters, i)
        if j != i and not (group.person_evidence() ^ groups[j].person_evidence()):
            uf.union(j, i)
    _merge_compass_adjectives(groups, uf)
    # Acronym -> the longest name it was merged with ("us" -> "united states").
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(groups)):
        members[uf.find(i)].append(i)
    expansion: dict[str, str] = {}
    for group_ids in members.values():
        longest = max((groups[i].key for i in group_ids), key=len)
        for i in group_ids:
            group = groups[i]
            shorter = " " not in group.key and group.key != longest and " " in longest
            if shorter and any(_is_acronym(m.text) for m in group.mentions):
                expansion[group.key] = longest
    by_key = {group.key: i for i, group in enumerate(groups)}
    for i, group in enumerate(groups):
        if len(group.words) < 2:
            continue
        surface = group.mentions[0].text.split()
        words = list(group.words)
        if len(surface) == len(words):
            for n, (word, written) in enumerate(zip(words, surface, strict=True)):
                code = gaz.country_of_name(word) or gaz.country_of_code(word)
                if word not in expansion and code and _is_acronym(written):
                    words[n] = gaz.normalise(gaz.country_name(code))  # "U.S. Constitution"
        expanded = " ".join(expansion.get(w, w) for w in words)
        j = by_key.get(expanded)
        if j is not None and j != i:
            uf.union(j, i)


def _merge_compass_adjectives(groups: list[_Group], uf: _UnionFind) -> None:
    """ "Eastern Mediterranean"/"East Mediterranean": one region, written two ways.

    Never when either spelling is itself a country's name: "South Africa" is a
    country and "Southern Africa" a region around it.
    """
    by_compass: dict[str, int] = {}
    for i, group in enumerate(groups):
        words = group.key.split()
        if len(words) < 2 or group.person_evidence() or gaz.country_of_name(group.key):
            continue
        key = " ".join([COMPASS_ADJECTIVES.get(words[0], words[0]), *words[1:]])
        if gaz.country_of_name(key):
            continue
        j = by_compass.setdefault(key, i)
        if j != i:
            uf.union(j, i)


def _merge_plurals_and_longer_names(groups: list[_Group], uf: _UnionFind) -> None:
    """ "Republican"/"Republicans"; "World Cup"/"FIFA World Cup"; "State Department"/
    "US State Department".

    A group noun and its plural are one group. A name of two or more words that ends
    exactly one longer organisation, event or law in the text is a short form of it
    (with two candidates, as "Foreign Ministry" of two countries, it stays apart).
    """
    by_key = {group.key: i for i, group in enumerate(groups)}
    for i, group in enumerate(groups):
        j = by_key.get(group.key + "s")
        if j is not None and group.labels["NORP"] and groups[j].labels["NORP"]:
            uf.union(i, j)
    by_tail: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        words = group.words
        if len(words) >= 3 and not group.person_evidence() and not group.country:
            for cut in range(1, len(words) - 1):
                by_tail[words[cut:]].add(i)
    for i, group in enumerate(groups):
        if len(group.words) < 2 or group.person_evidence() or group.country:
            continue
        roots = {uf.find(j) for j in by_tail.get(group.words, ())}
        roots.discard(uf.find(i))
        if len(roots) == 1:
            uf.union(roots.pop(), i)


# A place name may run up to this many letters past the adjective's stem
# ("Engl-and", "Scot-land", "Texa-s"); more and the stem is a coincidence.
_PLACE_NAME_TAIL = 4


def _merge_adjectives_of_peoples(groups: list[_Group], uf: _UnionFind) -> None:
    """ "Kurdish" joins "Kurds", "English" joins "England", "African" joins "Africa".

    The gazetteer links the adjectives of countries; this links those of peoples,
    regions and continents by their shape: a one-word NORP adjective is its stem plus
    an adjective ending, and joins the one plural group noun (stem + "s") or the one
    place (the stem plus a short tail) that the text names, if there is exactly one.
    """
    plural_groups: dict[str, int] = {}
    places_by_prefix: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        if len(group.words) != 1 or group.person_evidence():
            continue
        labels = group.labels
        place_votes = labels["GPE"] + labels["LOC"]
        if group.key.endswith("s") and labels["NORP"] * 2 > labels.total():
            plural_groups[group.key] = i
        elif group.country or group.capital_of or place_votes * 2 > labels.total():
            key = group.key
            for cut in range(max(4, len(key) - _PLACE_NAME_TAIL), len(key) + 1):
                places_by_prefix[key[:cut]].append(i)
    for i, group in enumerate(groups):
        labels = group.labels
        if len(group.words) != 1 or group.country or labels["NORP"] * 2 <= labels.total():
            continue
        key = group.key
        candidates: set[int] = set()
        for ending in ADJECTIVE_ENDINGS:
            stem = key[: -len(ending)]
            if not key.endswith(ending) or len(stem) < 3:
                continue
            if stem + "s" in plural_groups:
                candidates.add(plural_groups[stem + "s"])
            if len(stem) >= 4:
                # "Roman" is no adjective of "Romania": the place goes on from it.
                places = places_by_prefix.get(stem, ())
                candidates.update(j for j in places if not groups[j].key.startswith(key))
        roots = {uf.find(j) for j in candidates} - {uf.find(i)}
        if len(roots) == 1:
            group.adjective = True
            uf.union(roots.pop(), i)


def _merge_organisation_short_forms(groups: list[_Group], uf: _UnionFind) -> None:
    """Join "Burisma" to "Burisma Holdings" and "NBC" to "NBC News".

    Only when the longer name is the shorter plus generic organisation words, the
    shorter is no country, and exactly one such organisation is named.
    """
    by_stem: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        words = group.words
        cut = len(words)
        while cut > 1 and words[cut - 1] in ORG_WORDS:
            cut -= 1
        if 0 < cut < len(words) and not group.country:
            by_stem[words[:cut]].add(i)
        # "House of Representatives" is "the House"; "Court of Justice" "the Court".
        if len(words) >= 3 and words[1] == "of" and not group.country:
            by_stem[("<head>", words[0])].add(i)
    for i, group in enumerate(groups):
        labels = group.labels
        stems = by_stem.get(group.words, set())
        if len(group.words) == 1 and labels["ORG"] * 2 > labels.total():
            stems = stems | by_stem.get(("<head>", group.key), set())
        if not stems or group.country or group.capital_of:
            continue
        if labels["NORP"] + labels["LOC"] > labels["ORG"] or gaz.is_province(group.key):
            continue  # "African" is not the African Union, nor "New York" the Times
        roots = {uf.find(j) for j in stems}
        if len(roots) == 1:
            uf.union(roots.pop(), i)


# Two spellings of one name ("Tchaikovsky"/"Tchaikovski" 90.9, "Zelensky"/"Zelenskyy"
# 94.1) score >= 90 with fuzz.ratio; different names that look alike stay below it
# ("Austria"/"Australia" 87.5, "Mali"/"Bali" 75). Multi-word names must also match
# word by word ("John Smith"/"Joan Smith" is 90 overall but "john"/"joan" is 75).
# tests/test_actors.py checks both sides.
FUZZY_THRESHOLD = 90.0


FUZZY_WORD_THRESHOLD = 80.0


_FUZZY_MIN_LENGTH = 6


_FUZZY_MAX_BLOCK = 400


def similar_names(a: str, b: str) -> bool:
    """Are two normalised names spellings of one name (same words, each alike)?"""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return a == b
    if fuzz.ratio(a, b) < FUZZY_THRESHOLD:
        return False
    return all(fuzz.ratio(x, y) >= FUZZY_WORD_THRESHOLD for x, y in zip(wa, wb, strict=True))


def _kind_family(group: _Group) -> str:
    labels = group.labels
    if not labels:
        return "?"
    return _KIND_OF_LABEL.get(labels.most_common(1)[0][0], "?")


def _merge_fuzzy(groups: list[_Group], uf: _UnionFind) -> None:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        if group.country or group.capital_of or len(group.key) < _FUZZY_MIN_LENGTH:
            continue
        last = group.words[-1]
        blocks["<" + last[:3]].append(i)
        blocks[">" + last[-3:]].append(i)
    for members in blocks.values():
        if len(members) < 2 or len(members) > _FUZZY_MAX_BLOCK:
            continue
        for x in range(len(members)):
            a = groups[members[x]]
            for y in range(x + 1, len(members)):
                b = groups[members[y]]
                if uf.find(members[x]) == uf.find(members[y]):
                    continue
                if abs(len(a.key) - len(b.key)) > 2:
                    continue
                fa, fb = _kind_family(a), _kind_family(b)
                if fa != fb and "person" in (fa, fb):
                    continue  # a person is never a misspelt organisation or place
                if a.key.startswith(b.key) or b.key.startswith(a.key):
                    continue  # "Africa"/"African", "Rostov"/"Rostova": derived, not misspelt
                if similar_names(a.key, b.key):
                    uf.union(members[x], members[y])


def _mark_families(groups: list[_Group]) -> None:
    """ "the Bidens", "the Rostóvs": the plural of a surname the text gives a person."""
    full_name_ends = {
        g.words[-1]
        for g in groups
        if len(_person_words(g)) >= 2 and g.labels["PERSON"] and not g.country
    }
    # ... and uses on its own for a person ("Biden said"), not only in a full name.
    surnames = {g.key for g in groups if g.key in full_name_ends and g.labels["PERSON"]}
    for group in groups:
        key = group.key
        if len(group.words) == 1 and key.endswith("s") and key[:-1] in surnames:
            group.family = True


def _kind(groups: list[_Group], mentions: list[EntityMention]) -> ActorKind:
    if any(g.country for g in groups):
        return "place"
    if all(g.family for g in groups):
        return "person"  # a family of people, listed with the people
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.label in _KIND_OF_LABEL:
            votes[_KIND_OF_LABEL[m.label]] += 1
        if m.titled:
            votes["person"] += 2
        if m.place_noun:
            votes["place"] += 1
        if m.sibling_label in _KIND_OF_LABEL and m.source == "ner":
            votes[_KIND_OF_LABEL[m.sibling_label]] += 1  # lists hold things of one kind
        if m.verb in SPEECH_VERBS and m.label == "PERSON":
            votes["person"] += 1  # people speak; places do not
        if m.entered:  # "the army entered Tell Tamer"
            votes["place"] += 3
        if m.published_on:  # "wrote on Twitter": a medium, not a person
            votes["organization"] += 3
        if m.descriptor:  # "Greek daily Kathimerini", "rapper Kanye West"
            votes[DESCRIBED_KIND[m.descriptor]] += 3  # the writer's word beats the model's
    words = {w for g in groups for w in g.words}
    org_shaped = bool(words & ORG_WORDS) or any(_LEGAL_FORM.search(m.text) for m in mentions)
    longest = max((g.words for g in groups), key=len, default=())
    if longest and _head_word(longest) in OTHER_WORDS:
        return "other"  # "Digital Millennium Copyright Act" (and its "DMCA")
    if org_shaped:
        votes["organization"] += 3
    if any(g.capital_of or gaz.is_province(g.key) for g in groups):
        votes["place"] += 2
    # A full name once labelled PERSON makes every form of it a person, unless the
    # writer calls it something else ("the Florida company Ridgeback Biotherapeutics").
    contrary = sum(
        1
        for m in mentions
        if m.entered or m.published_on or DESCRIBED_KIND.get(m.descriptor, "person") != "person"
    )
    full_name = any(len(_person_words(g)) >= 2 and g.labels["PERSON"] for g in groups)
    if not org_shaped and full_name and contrary * 2 < len(mentions):
        return "person"
    if not votes:
        return "organization" if any(m.attribution for m in mentions) else "other"
    kind = max(votes, key=lambda k: (votes[k], k == "person", k == "place"))
    single_word = all(len(g.words) == 1 for g in groups)
    untitled = not any(m.titled for m in mentions)
    located = (kind == "organization" and not org_shaped) or (
        kind == "person" and single_word and untitled
    )
    if located:
        # Only ever a location ("fighting over Kashmir", "a river in Borneo"):
        # a small model's ORG or PERSON is then more likely wrong than the syntax.
        spatial = all(m.preposition in SPATIAL_PREPOSITIONS and not m.acts for m in mentions)
        if spatial and any(m.preposition in STRONG_SPATIAL for m in mentions):
            return "place"
    brand = all(_camel_case(g.mentions[0].text) for g in groups)
    if brand and kind in ("person", "place") and not any(g.country or g.capital_of for g in groups):
        return "organization"  # "EastMed", "GitHub", "LiveLeak": brands
    return kind  # type: ignore[return-value]


_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|O'|O\u2019|D'|Al-|El-)")


def _camel_case(name: str) -> bool:
    """One word with a capital inside it, other than "McGurk"- or "DeJoy"-style surnames."""
    if " " in name or not name[:1].isupper():
        return False
    if name.isupper():
        return False
    # "Nile-Delta", "Wingfield-Hayes": each part capitalised as a word is.
    parts = [_SURNAME_PREFIX.sub("", part) for part in re.split(r"[-\u2010\u2013]", name)]
    return any(any(c.isupper() for c in part[1:]) for part in parts)


def _head_word(words: Sequence[str]) -> str:
    """The head noun of a name: "school" in "UCLA School of Law", "act" in "Patriot Act"."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def _display(text: str) -> str:
    return " ".join(text.split())


def _canonical_name(
    groups: list[_Group], mentions: list[EntityMention], place_keys: set[str]
) -> str:
    codes = [g.country for g in groups if g.country]
    if codes:
        return gaz.country_name(Counter(codes).most_common(1)[0][0])
    forms: Counter[str] = Counter(_display(m.text) for m in mentions)
    names = [f for f in forms if not _is_acronym(f)] or list(forms)
    # "Beside Kutúzov", "Petersburg Natásha": a stop word or a place run into the
    # name by NER; the rest of it, written on its own, is the name.
    # A first word that is this actor's own name ("Jamal" read as a place by NER
    # in "Jamal Khashoggi") is not a place run into it.
    own_keys = {g.key for g in groups}
    doubtful = {
        _display(m.text)
        for m in mentions
        if (m.opener or _first_key(m.text) in place_keys - own_keys)
        and " " in m.text
        and _display(m.text).split(" ", 1)[1] in forms
    }
    names = [f for f in names if f not in doubtful] or names

    def fullness(form: str) -> tuple[int, bool, int, int]:
        bare = _without_legal_form(form)  # "Salling Group", if written so, before "... A/S"
        words = [w for w in bare.split() if len(w.strip(".")) > 1 or not w.endswith(".")]
        return (len(words), bare == form, forms[form], len(form))

    return max(names, key=fullness)


def _first_key(text: str) -> str:
    return gaz.normalise(text.split()[0])


def _governs(mention: EntityMention) -> bool:
    """Does a capital here stand for its government ("Beijing has warned")?"""
    return mention.label != "PERSON" and mention.governs


def consolidate(
    text: str, mentions: Sequence[EntityMention], hints: Sequence[Span] = ()
) -> list[Actor]:
    """One actor per real-world actor, from all the mentions collected in ``text``."""
    ordered = sorted(mentions, key=lambda m: m.start)
    if hints:
        taken = [(m.start, m.end) for m in ordered]
        ordered = sorted([*ordered, *_hint_mentions(text, hints, taken)], key=lambda m: m.start)
    groups = _groups(text, ordered)
    uf = _UnionFind(len(groups))
    _merge_acronyms(text, groups, uf)
    by_country = _merge_countries(groups, uf)
    moves = _merge_people(groups, uf)
    _merge_organisation_short_forms(groups, uf)
    _merge_written_variants(groups, uf)
    _merge_plurals_and_longer_names(groups, uf)
    _merge_adjectives_of_peoples(groups, uf)
    _merge_fuzzy(groups, uf)
    _mark_families(groups)

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(groups)):
        members[uf.find(i)].append(i)
    assigned: dict[int, list[EntityMention]] = defaultdict(list)
    moved = {id(m) for pairs in moves.values() for m, _ in pairs}
    for i, group in enumerate(groups):
        root = uf.find(i)
        for m in group.mentions:
            if id(m) in moved:
                continue
            # A capital that acts ("Beijing has warned") is its country's government.
            if group.capital_of in by_country and _governs(m):
                assigned[uf.find(by_country[group.capital_of])].append(m)
            else:
                assigned[root].append(m)
    for pairs in moves.values():
        for m, root in pairs:
            assigned[uf.find(root)].append(m)

    place_keys = {
        g.key
        for g in groups
        if g.country
        or g.capital_of
        or (g.labels["GPE"] + g.labels["LOC"] and not g.labels["PERSON"])
    }
    actors: list[Actor] = []
    for root, root_mentions in assigned.items():
        root_groups = [groups[i] for i in members[root]]
        sources = {m.source for m in root_mentions}
        # Proper-noun runs nobody else vouches for must recur, once mid-sentence.
        unconfirmed = len(root_mentions) < 2 or all(m.sentence_initial for m in root_mentions)
        # ... unless a title vouches for a full name ("President Muhammadu Buhari").
        unconfirmed = unconfirmed and not any(m.titled and m.tokens >= 2 for m in root_mentions)
        if sources <= {"propn"} and unconfirmed:
            continue
        # Only ever in capitals over several words: a heading ("CHAPTER VIII").
        if all(m.text.isupper() and " " in m.text for m in root_mentions):
            continue
        root_mentions.sort(key=lambda m: m.start)
        spans: list[Span] = []
        last_end = -1
        for m in root_mentions:
            if m.start < last_end:
                continue
            spans.append(Span(m.start, m.end, text[m.start : m.end]))
            last_end = m.end
        aliases = Counter(_display(s.text) for s in spans)
        # "Africa", not its adjective "African", names the actor and decides its kind.
        named_by = [g for g in root_groups if not g.adjective] or root_groups
        adjectives = {id(m) for g in root_groups if g.adjective for m in g.mentions}
        naming_mentions = [m for m in root_mentions if id(m) not in adjectives] or root_mentions
        actors.append(
            Actor(
                id=f"a{root}",
                name=_canonical_name(named_by, naming_mentions, place_keys),
                kind=_kind(named_by, naming_mentions),
                aliases=tuple(a for a, _ in aliases.most_common()),
                mentions=tuple(spans),
            )
        )
    actors.sort(key=lambda a: a.mentions[0].start if a.mentions else 0)
    return actors


__all__ = ["EntityMention", "collect", "consolidate", "similar_names"]
