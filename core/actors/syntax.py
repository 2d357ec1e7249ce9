"""Helpers on spaCy tokens: capitals, titles, and the syntax around a name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.lexicon.name_context import (
    GOVERNMENT_VERBS,
    PLACE_OBJECT_VERBS,
    PREPOSITIONS,
    PUBLISHING_VERBS,
    QUANTIFIERS,
)
from dramatis.lexicon.names import (
    DESCRIBED_KIND,
    OFFICE_WORDS,
    TITLE_LINKS,
    TITLE_ONLY_AFTER_TITLE,
    TITLES,
    WORD_OR_TITLE,
)
from dramatis.lexicon.nouns import DOCUMENT_NOUNS
from dramatis.lexicon.verbs import SOURCE_VERBS
from dramatis.syntax import hyphenated_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper()


def is_title_word(token: Token) -> bool:
    return is_capitalised(token) and token.lower_.rstrip(".") in TITLES


def is_plural_title(token: Token) -> bool:
    """ "Presidents", "Senators"; not "States" nor "Generals", which name other things."""
    word = token.lower_
    singular = word[:-1]
    if not (is_capitalised(token) and word.endswith("s")) or singular not in TITLES:
        return False
    return singular not in WORD_OR_TITLE and singular not in TITLE_ONLY_AFTER_TITLE


def after_long_title(doc: Doc, first: Token, last: Token) -> bool:
    """ "Former US Ambassador to the United Nations Nikki Haley": a title, the body it
    serves, then the name that ends the phrase."""
    if last.i + 1 < len(doc) and is_capitalised(doc[last.i + 1]) and doc[last.i + 1].is_alpha:
        return False  # the phrase goes on: this is the body ("... to the United Nations")
    complement = False
    sentence_start = first.sent.start
    for j in range(first.i - 1, max(sentence_start, first.i - 9) - 1, -1):
        token = doc[j]
        if is_title_word(token) and token.lower_ not in TITLE_ONLY_AFTER_TITLE:
            return complement
        if is_capitalised(token) and token.is_alpha:
            complement = True
        elif token.lower_ not in TITLE_LINKS:
            return False
    return False


def under_plural_title(doc: Doc, first: Token, root: Token) -> bool:
    """ "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a plural
    title before a list of names titles each of them."""
    if first.i > 0 and is_plural_title(doc[first.i - 1]):
        return True
    if root.dep_ != "conj":
        return False
    head = root.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    compounds = [t for t in head.lefts if t.dep_ == "compound"]
    if any(is_plural_title(t) for t in compounds):
        return True  # the parser made the title part of the first name
    leftmost = min([head.i, *(t.i for t in compounds)])
    return leftmost > 0 and is_plural_title(doc[leftmost - 1])


_OPENER_POS = frozenset({"ADV", "INTJ", "PRON", "AUX", "VERB"})


def opens_sentence(token: Token) -> bool:
    word = token.lower_
    return token.pos_ in _OPENER_POS or word in PREPOSITIONS or word in QUANTIFIERS


def governing_preposition(root: Token) -> str:
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "between India and Pakistan": Pakistan is under "between"
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.lower_
    return ""


def entered_as_place(root: Token) -> bool:
    while root.head.i != root.i:
        if root.dep_ == "conj":
            root = root.head  # "entered Tell Tamer and Ain Issa"
        elif root.head.i == root.i - 1 and root.head.dep_ == root.dep_:
            root = root.head  # a name parsed as two objects in a row: "Tell" <- "Tamer"
        else:
            break
    return root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS


def publishing_platform(root: Token) -> bool:
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "via"):
        return False
    attached = root.head.head  # the verb, or its subject ("Wong on Twitter" under "wrote")
    return any(t.lemma_.lower() in PUBLISHING_VERBS for t in (attached, attached.head))


def attribution_role(root: Token) -> bool:
    """Is this word the source of an attribution: "X said", "by X", "according to X"?"""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SOURCE_VERBS:
        return root.dep_ == "nsubj"
    if root.dep_ == "pobj" and head.lower_ == "by":
        owner = head.head
        if head.dep_ == "agent":
            return True
        return hyphenated_word(owner) in DOCUMENT_NOUNS
    return bool(root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")


def acts_as_agent(root: Token) -> bool:
    if root.dep_ in _ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def descriptor_noun(doc: Doc, first: Token, root: Token) -> str:
    """A common noun that says what the name is: right before it ("Greek daily
    Kathimerini") or in apposition ("Milltech Marine, a firm specialising in ...")."""
    words = []
    if first.i > 0 and doc[first.i - 1].is_lower:
        words.append(doc[first.i - 1].lower_)
    words += [t.lower_ for t in root.children if t.dep_ == "appos" and t.is_lower]
    if root.dep_ == "appos" and root.head.is_lower:
        words.append(root.head.lower_)  # "the newspaper, Gazeta Wyborcza"
    return next((w for w in words if w in DESCRIBED_KIND or w in OFFICE_WORDS), "")


def government_subject(root: Token, first: Token) -> bool:
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in GOVERNMENT_VERBS:
        return False
    previous = root.doc[first.i - 1] if first.i > 0 else None
    return previous is None or previous.lower_ not in ("all", "whole")


def is_title_case_heading(doc: Doc) -> bool:
    """ "North Korea Expels BBC Journalists": a short line with every longer word
    capitalised, where capitals say nothing about names."""
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and len(doc) <= 25 and all(is_capitalised(t) for t in words)


def between_letters(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return any(t is not None and len(t.text) == 1 for t in (before, after))


def tokens_key(tokens: list[Token]) -> str:
    return gaz.normalise(" ".join(t.text for t in tokens))


def is_gazetteer_place(tokens: list[Token]) -> bool:
    key = gaz.normalise(" ".join(t.text for t in tokens))
    return bool(gaz.country_of_name(key) or gaz.country_of_capital(key) or gaz.is_province(key))


def place_label(tokens: list[Token]) -> str:
    """GPE when these words name a country or a capital, else ""."""
    key = gaz.normalise(" ".join(t.text for t in tokens))
    return "GPE" if gaz.country_of_name(key) or gaz.country_of_capital(key) else ""
