"""Entities and groups that are no actors: languages, roles, time zones, common words."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.definite import SOURCE as DEFINITE_SOURCE
from dramatis.actors.definite import in_definite_frame
from dramatis.actors.group import Group
from dramatis.actors.recover import english_words
from dramatis.actors.rules import FRAME_PREFIX
from dramatis.actors.syntax import tokens_key
from dramatis.actors.text import initials_of, is_acronym
from dramatis.lexicon.heads import OWNED_AFFAIRS, names_a_thing, names_an_actor
from dramatis.lexicon.name_context import (
    DETERMINERS,
    FUNCTION_WORDS,
    GOVERNMENT_VERBS,
    LANGUAGE_NOUNS,
    LANGUAGE_VERBS,
    PREPOSITIONS,
    PRONOUNS,
    WRITTEN_OR_SAID,
)
from dramatis.lexicon.names import (
    DEGREE_NAMES,
    DISEASE_NAMES,
    FACILITY_WORDS,
    GENERIC_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    TECHNOLOGY_TERMS,
    TIME_ZONE_CODES,
    TITLES,
)
from dramatis.lexicon.terms import LANGUAGE_NAMES

if TYPE_CHECKING:
    from dramatis.actors.mention import EntityMention
    from spacy.tokens import Token


def used_as_language(tokens: list[Token], label: str) -> bool:
    """Is this one-word name a language, used as one ("the Swahili phrase", "speak
    Swahili", "said in Turkish")? A language is not an actor, whatever label a small
    model gives it; a coordinated name ("Swahili or Lingala") shares the use.
    """
    if label == "LANGUAGE":
        return True
    words = [t for t in tokens if t.text != "-"]
    if len(words) != 1 or gaz.country_of_name(tokens_key(words)):
        return False
    if words[0].ent_type_ == "LANGUAGE" or _language_gloss(words[0]):
        return True  # a demonym the gazetteer found where NER saw a language
    if _bare_demonym_noun(words[0]):
        return True
    root = words[0]
    if root.dep_ == "conj" and root.head.dep_ != "conj":
        root = root.head  # a language's own label wins over a small model's PERSON
    elif label == "PERSON":
        return False
    head = root.head
    if root.dep_ in ("compound", "amod") and head.lemma_.lower() in LANGUAGE_NOUNS:
        return head.i > root.i
    plural = root.tag_ in ("NNPS", "NNS")
    if root.dep_ == "dobj" and head.lemma_.lower() in LANGUAGE_VERBS:
        return not plural  # "speak Swahili", not "study Germans"
    # "languages like German", "other tongues such as Greek"
    if root.dep_ == "pobj" and head.lower_ in ("like", "as", "including") and not plural:
        return head.head.lemma_.lower() in LANGUAGE_NOUNS
    # "said in Turkish", "a book in German", "translated into Greek": only a name of
    # a people can be a language after "in", and then it is one unless it is plural
    # ("in Germans" are people). A country ("in Germany") never reaches here.
    if label != "NORP" or root.dep_ != "pobj" or plural:
        return False
    if head.lower_ == "into":
        return head.head.lemma_.lower() in WRITTEN_OR_SAID
    people = gaz.country_of_demonym(gaz.normalise(root.text))  # not "the Adriatic"
    return head.lower_ == "in" and bool(people) and not root.lower_.endswith("s")


# Adjectives of a language, not of a person: "modern Turkish", "classical Persian".
_LANGUAGE_ADJECTIVES = frozenset(
    {"ancient", "modern", "classical", "old", "middle", "standard", "colloquial", "written"}
    | {"spoken", "simplified", "traditional", "biblical", "medieval", "archaic", "formal"}
    | {"fluent", "broken", "basic", "conversational", "native", "some", "much", "little"}
)


_QUANTITIES = frozenset({"lot", "lots", "number", "plenty", "majority", "most", "many", "few"})


def _bare_demonym_noun(word: Token) -> bool:
    """ "Portuguese is spoken here", "a word from Italian", "modern Turkish", "maths,
    Italian, then history", "a Swedish speaking town": a people's singular adjective
    used as a noun with no article ("the Dutch", "a Canadian" are people), modifying
    no noun, is its language; so is one before "speaking". One listed with names of
    bodies or persons ("Delta, American and United") names one of them."""
    if word.text.endswith("s") or not gaz.country_of_demonym(gaz.normalise(word.text)):
        return False
    doc = word.doc
    after = [t.lower_ for t in doc[word.i + 1 : word.i + 3]]
    if after[:1] == ["speaking"] or after == ["-", "speaking"]:
        return True
    if word.tag_ not in ("NNP", "NN"):
        return False
    if word.dep_ in ("amod", "compound", "nmod", "npadvmod", "poss", "appos"):
        return False
    for child in word.children:
        if child.dep_ in ("det", "poss", "nummod", "compound", "appos", "case"):
            return False
        if child.dep_ == "amod" and child.lower_ not in _LANGUAGE_ADJECTIVES:
            return False  # "ethnic Hungarian", "a young Canadian"
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _QUANTITIES:
        return False  # "lots of Canadian": people counted, in speech
    partners = [*word.conjuncts, head] if word.dep_ == "conj" else list(word.conjuncts)
    return not any(p.ent_type_ in ("ORG", "PERSON", "FAC") for p in partners)


def _language_gloss(word: Token) -> bool:
    """ "Athens (Greek: Αθήνα)", "Jerome (Latin: Hieronymus; Greek: ...)": a
    people's adjective opening a parenthesis or a list item, before a colon, names
    the language of the form that follows."""
    doc = word.doc
    if word.i == 0 or word.i + 1 >= len(doc) or doc[word.i + 1].text != ":":
        return False
    return doc[word.i - 1].text in ("(", "[", ";") and bool(
        gaz.country_of_demonym(gaz.normalise(word.text))
    )


def role_in_apposition(tokens: list[Token], label: str) -> bool:
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


def is_time_zone(tokens: list[Token]) -> bool:
    """ "BST" in "8:30 p.m. BST", "UTC" in "(1930 UTC)": a clock's zone, not an actor."""
    if len(tokens) != 1 or not tokens[0].is_upper or len(tokens[0]) > 5:
        return False
    token = tokens[0]
    previous = token.doc[token.i - 1] if token.i > 0 else None
    after_time = previous is not None and (
        previous.like_num or previous.ent_type_ == "TIME" or any(c.isdigit() for c in previous.text)
    )
    return after_time and (token.text.endswith("T") or token.text in TIME_ZONE_CODES)


def is_unit_after_number(tokens: list[Token]) -> bool:
    """ "225 DKK", "3000 BC", "500 CE", "11 RBI": a short acronym right after the
    number it counts is a currency, an era or a unit, not an actor. One that goes on
    to modify a noun ("354 US metro areas", "12 NATO members") still names its body."""
    if len(tokens) != 1:
        return False
    token = tokens[0]
    if not (token.is_upper and token.is_alpha and 2 <= len(token) <= 4) or token.i == 0:
        return False
    previous = token.doc[token.i - 1]
    counted = previous.pos_ == "NUM" or any(c.isdigit() for c in previous.text)
    return counted and token.dep_ != "compound"


# "sea surface salinity (SSS)": lowercase words, then capitals in parentheses.
_DEFINED_ACRONYM = re.compile(r"((?:\b[a-z][a-z-]*\s+){2,10})\(([A-Z]{2,8})s?\)")


def acronyms_of_terms(text: str) -> frozenset[str]:
    """Terms, not names: acronyms the text defines from lowercase words ("sea surface
    salinity (SSS)", "ground reaction force (GRF)"): the short form of a term, not of
    an organisation, whose name the writer would capitalise; capitalised terms
    (``capitalised_terms``) and languages (``languages_defined``). Normalised keys,
    as a group's."""
    terms = set()
    for match in _DEFINED_ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2).lower()
        for size in range(2, len(words) + 1):
            # "other-initiated repair (OIR)": each part of a hyphenated word counts
            parts = [p for w in words[-size:] for p in w.split("-") if p]
            if acronym in initials_of(words[-size:]) or acronym in initials_of(parts):
                terms.add(acronym)
                break
    named = _named_terms(text) | species_named(text)
    return frozenset(terms) | capitalised_terms(text) | languages_defined(text) | named


# "Formica fusca", "Beauveria bassiana": a genus, then a Latin epithet in lowercase.
_BINOMIAL = re.compile(r"\b([A-Z][a-z]{3,}) ([a-z]{4,}(?:a|ae|us|um|is|ii|i|es|ata|ina))\b")


_NOT_EPITHETS = frozenset({"versus", "alias", "status", "campus", "bonus", "thus", "genus"})


def species_named(text: str) -> set[str]:
    """Genera and species the text names in Linnaean form: living things, no actors.
    The epithet is no English word ("Paris sunrise"), so the capital is a genus."""
    found: set[str] = set()
    for match in _BINOMIAL.finditer(text):
        genus, epithet = match.group(1), match.group(2)
        stems = {epithet, epithet[:-1], epithet[:-2], epithet[:-3] + "y"}  # "notes", "monasteries"
        if epithet in _NOT_EPITHETS or not _vocabulary_words().isdisjoint(stems):
            continue
        found.update((gaz.normalise(genus), gaz.normalise(f"{genus} {epithet}")))
    return found


@functools.cache
def _vocabulary_words() -> frozenset[str]:
    """The English words of the lemmatizer's tables, of every part of speech."""
    return frozenset().union(*(english_words(p) for p in ("noun", "adj", "verb", "adv")))


def _named_terms(text: str) -> set[str]:
    """ "System Under Test (SUT)", "Information and Communication Technology (ICT)":
    capitalised words the text abbreviates, none of them a word of a body, a place or
    a building ("Agency", "Office", "Party", "Museum") nor of a country or its people
    ("Syrian Democratic Forces (SDF)"), name a term or a thing; so does the acronym."""
    terms: set[str] = set()
    for match in _CAPITALISED_RUN.finditer(text):
        if not match.group(1):
            continue
        words = [w.lower() for w in match.group(0).split(" (")[0].split()]
        acronym = match.group(1).lower()
        for size in range(2, len(words) + 1):
            phrase = words[-size:]
            if acronym in initials_of(phrase):
                if not any(_institution_or_country(w) for w in phrase):
                    terms.update((acronym, gaz.normalise(" ".join(phrase))))
                break
    for match in _ACRONYM_THEN_WORDS.finditer(text):  # "ROS [Reactive Oxygen Species, ...]"
        acronym, words = match.group(1).lower(), match.group(2).lower().split()
        for size in range(2, len(words) + 1):
            if acronym in initials_of(words[:size]):
                if not any(_institution_or_country(w) for w in words[:size]):
                    terms.add(acronym)
                break
    return terms


# An acronym, then the words it stands for in brackets: "the SUT (system under test)".
_ACRONYM_THEN_WORDS = re.compile(r"\b([A-Z]{2,8})s? [(\[]((?:[A-Za-z]+ ){1,7}[A-Za-z]+)")


# Words of bodies that the institution words do not hold ("Human Rights Watch").
_BODY_WORDS = frozenset(
    {"partnership", "watch", "front", "brigade", "international", "corps", "initiative"}
    | {"network", "coalition", "alliance", "services", "machines", "collective", "company"}
)


def _institution_or_country(word: str) -> bool:
    stem = word[:-1] if word.endswith("s") else word
    if word in _INSTITUTION_WORDS or stem in _INSTITUTION_WORDS or word in _BODY_WORDS:
        return True
    return bool(
        gaz.country_of_name(word) or gaz.country_of_demonym(word) or gaz.city_population(word)
    )


# "Siwu, a Kwa language", "Eegimaa is an endangered language", "X is the language of".
_LANGUAGE_DEFINED = re.compile(
    r"\b([A-Z][\w'\u2019-]+)(?:,| is) (?:also )?(?:a|an|the) (?:[\w-]+ ){0,3}(?:language|dialect)\b"
)


# "Jóola languages", "the Wu dialects", "Bayot speakers", "speakers of Kujireray".
_LANGUAGE_NAMED = re.compile(
    r"\b([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?) (?:languages?|dialects?|speakers)\b(?! codes?\b)"
    r"|\bspeakers of ([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)"
)


def languages_defined(text: str) -> frozenset[str]:
    """Names the text itself calls a language or a dialect, or whose speakers it
    names: no actor anywhere in it (a country, "Chinese speakers", stays one)."""
    defined = {gaz.normalise(m.group(1)) for m in _LANGUAGE_DEFINED.finditer(text)}
    named = {m.group(1) or m.group(2) for m in _LANGUAGE_NAMED.finditer(text)}
    # "the Moriori, who ...": a people too, whose language bears its name
    peoples = {name for name in named if re.search(rf"\bthe {re.escape(name)}\b[.,;:)]", text)}
    return frozenset(defined | {gaz.normalise(name) for name in named - peoples})


# Two to six capitalised words ("Compact Fluorescent Light"), maybe joined by "of"
# or "and", and an acronym in parentheses right after them.
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:[ ](?:(?:of|and|for|on)[ ])?[A-Z][a-z]+){1,5}(?:[ ]\(([A-Z]{2,8})s?\))?"
)
_INSTITUTION_WORDS = ORG_WORDS | PLACE_WORDS | FACILITY_WORDS


def capitalised_terms(text: str) -> frozenset[str]:
    """ "Digital Humanities", "Compact Fluorescent Light (CFL)", "Atomic Theory": words
    the writer capitalises as a name, but writes as plain words too ("digital
    humanities") about as often, name a term, not a body or a place; so does the
    acronym defined right after them. A name capitalised far more often than not
    ("Fort Lee", once "fort lee") stays a name, and so does one that ends in an
    institution or place word ("Major League", "Main Plaza")."""
    words = _words(text)
    pairs = _lowercase_pairs(words)
    candidates: dict[tuple[str, ...], set[str]] = {}
    for match in _CAPITALISED_RUN.finditer(text):
        run = match.group(0).split(" (")[0].split()
        for start in range(len(run) - 1):
            for end in range(start + 2, len(run) + 1):
                phrase = tuple(run[start:end])
                edges = (phrase[0].lower(), phrase[-1].lower())
                if edges[1] in _INSTITUTION_WORDS or not FUNCTION_WORDS.isdisjoint(edges):
                    continue
                if _maybe_plain(phrase, pairs):
                    acronyms = candidates.setdefault(phrase, set())
                    if match.group(1) and end == len(run):
                        acronyms.add(match.group(1).lower())
    plain, capitalised = _phrase_counts(words, candidates)
    terms = set()
    for phrase, acronyms in candidates.items():
        if plain[phrase] and plain[phrase] * 3 >= capitalised[phrase]:
            terms.add(gaz.normalise(" ".join(phrase)))
            initials = initials_of([w.lower() for w in phrase])
            terms.update(a for a in acronyms if a in initials)
    return frozenset(terms | _initials_used(text, terms))


def _initials_used(text: str, terms: set[str]) -> set[str]:
    """The initials of capitalised terms, where the text writes them ("DH" for
    "Digital Humanities", not introduced in parentheses)."""
    wanted = {i for t in terms if " " in t for i in initials_of(t.split())}
    if not wanted:
        return set()
    written = {w.lower().rstrip("s") for w in re.findall(r"\b[A-Z]{2,8}s?\b", text)}
    return wanted & written


@functools.lru_cache(maxsize=4)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[A-Za-z]+|[^A-Za-z\s]", text))


@functools.lru_cache(maxsize=4)
def _lowercase_pairs(words: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for a, b in itertools.pairwise(words) if a.islower() and b.islower())


@functools.lru_cache(maxsize=4)
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _variants(word: str) -> tuple[str, str, str]:
    """A last word in the singular or the plural: "cell", "cells", "cellses"."""
    stem = word[:-1] if word.endswith("s") else word
    return (stem, stem + "s", stem + "es")


def _maybe_plain(phrase: tuple[str, ...], pairs: frozenset[tuple[str, str]]) -> bool:
    """Does every pair of words of the phrase occur in lowercase somewhere?"""
    lower = [w.lower() for w in phrase]
    if not all(pair in pairs for pair in itertools.pairwise(lower[:-1])):
        return False
    return any((lower[-2], last) in pairs for last in _variants(lower[-1]))


def _phrase_counts(
    words: tuple[str, ...], candidates: dict[tuple[str, ...], set[str]]
) -> tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]:
    """How often each phrase is written in lowercase (the last word in either
    number) and capitalised as it is, in one pass over the words."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in candidates:
        by_first[phrase[0].lower()].append(phrase)
    plain: Counter[tuple[str, ...]] = Counter()
    capitalised: Counter[tuple[str, ...]] = Counter()
    lowered = _lowered(words)
    for i in (i for i, word in enumerate(lowered) if word in by_first):
        for phrase in by_first[lowered[i]]:
            seen = words[i : i + len(phrase)]
            if seen == phrase:
                capitalised[phrase] += 1
            elif all(w.islower() for w in seen) and len(seen) == len(phrase):
                lower = tuple(w.lower() for w in phrase)
                if seen[:-1] == lower[:-1] and seen[-1] in _variants(lower[-1]):
                    plain[phrase] += 1
    return plain, capitalised


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}s")
# A capitalised word joined by "of" or "in the" to the name: "Wheel [of Fortune]",
# "[Cat in the] Hat".
_OF_AFTER = re.compile(r" (?:of|of the|in the) ([A-Z][a-z]+)\b")
_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of|of the|in the) $")


def _half_of_a_common_title(group: Group, text: str) -> bool:
    """ "Wheel of Fortune", "Cat in the Hat": a title of common words joined by "of"
    or "in the", which a small model cut in two there, is a work in each half. Not when a word
    is a person, a body or a place ("Department of Justice", "House of Commons",
    "Lord of the Rings"), or a country, a people or a city ("Bank of England")."""
    mentions = group.mentions
    # "the Letters of Paul": a person's name, which the lemmatizer's tables may hold
    named = ("PERSON", *_PLACE_OR_PEOPLE)
    if any(m.label in named or m.attribution or m.titled for m in mentions):
        return False
    nouns = _vocabulary()[0]
    for m in mentions:
        after = _OF_AFTER.match(text, m.end)
        before = _OF_BEFORE.search(text[max(0, m.start - 30) : m.start])
        other = after.group(1) if after else before.group(1) if before else ""
        if not other:
            return False
        joined = (after or before).group(0)  # type: ignore[union-attr]
        if " in the " in f" {joined} " and not _written_in_lowercase(text, (m.text, other)):
            return False  # "the Norse in the Orkneys": names the text never writes in lowercase
        for word in (m.text, other):
            lower = word.lower()
            stem = lower[:-1] if lower.endswith("s") else lower
            if not {lower, stem} & nouns or names_an_actor(lower, nouns):
                return False
            if gaz.country_of_name(lower) or gaz.country_of_demonym(lower):
                return False
            if gaz.city_population(lower):
                return False
    return True


def _written_in_lowercase(text: str, words: tuple[str, ...]) -> bool:
    """Does the text write one of the words in lowercase somewhere?"""
    return any(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in words)


# An operator of arithmetic beside a name: "MAD = Q2 - M", "2 × MAD".
_OPERATOR_BEFORE = re.compile(r"[=×÷±]\s*$")
_OPERATOR_AFTER = re.compile(r"\s*[=×÷±]")


def _in_a_formula(group: Group, text: str) -> bool:
    """ "MAD = Q2 - M", "2 × MAD": an acronym that stands in a formula is a
    measure or a variable, not a body, wherever else the text names it; unless it
    speaks ("WHO said")."""
    mentions = group.mentions
    if not all(is_acronym(m.text) for m in mentions) or any(_speaks(m) for m in mentions):
        return False
    # Every place the text writes it, not only those NER took for a name.
    for surface in {m.text for m in mentions}:
        for found in re.finditer(rf"\b{re.escape(surface)}\b", text):
            start, end = found.span()
            if _OPERATOR_BEFORE.search(text[max(0, start - 3) : start]):
                return True
            if _OPERATOR_AFTER.match(text, end):
                return True
    return False


# A numbered part of a law, a book or a paper (normalised key): "title ix", "article
# 5", "appendix b2", "section 230".
_DOCUMENT_PART = re.compile(
    r"(?:title|article|section|chapter|appendix|figure|table|part|volume|clause|annex"
    r"|amendment|schedule|paragraph) (?:[ivxlc]+|\d+[a-z]?|[a-z]\d+)"
)


def _language(group: Group) -> bool:
    """ "English is spoken here": a language named on its own, which no NER label
    of a person, body, place or people contradicts."""
    named = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")  # "English" of England
    return group.key in LANGUAGE_NAMES and not any(m.label in named for m in group.mentions)


def _speaks(mention: EntityMention) -> bool:
    """Says, warns or signs as a body does; or is the source of an attribution that NER
    reads as an organisation ("..., said Mothers Against Drunk Driving (MADD)"). Not a
    language "spoken" or a model that "proposes"."""
    if mention.verb in GOVERNMENT_VERBS:
        return mention.acts or mention.attribution
    return mention.attribution and mention.label == "ORG" and not mention.verb


def is_junk(
    group: Group,
    lowercase_words: frozenset[str],
    name_words: frozenset[str] = frozenset(),
    terms: frozenset[str] = frozenset(),
    text: str = "",
) -> bool:
    key = group.key
    if not key or not any(c.isalpha() for c in key) or len(key) < 2:
        return True
    # "SSS" of "sea surface salinity (SSS)". A term does not say, warn or sign what a
    # body does: "Black Lives Matter (BLM) said" is a body, whatever words spell it out.
    if key in terms and not group.country and not any(_speaks(m) for m in group.mentions):
        return True
    if key in DISEASE_NAMES or key in DEGREE_NAMES or key in TECHNOLOGY_TERMS:
        return True  # "COVID-19", "a PhD", "AI": what people suffer, earn or use
    pronoun = all(w in PRONOUNS or w in DETERMINERS for w in group.words)
    if pronoun and not all(is_acronym(m.text) for m in group.mentions):  # "US" is not "us"
        return True
    if group.country:
        return False
    if any(m.source.startswith(FRAME_PREFIX) for m in group.mentions):
        return False  # "Dear Rosalind:", "Yours, / Mark": a frame only a name fills
    if text and _used_as_a_thing(group, text):
        return True
    if text and len(group.words) == 1 and _half_of_a_common_title(group, text):
        return True
    if text and _in_a_formula(group, text):
        return True
    if _DOCUMENT_PART.fullmatch(key):
        return True  # "Title IX", "Article 5", "Appendix B2": a part of a text
    if all(_PLURAL_ACRONYM.fullmatch(m.text) for m in group.mentions):
        return True  # "CFLs", "LLMs", "NGOs": a kind of thing or body, many of them
    if _language(group):
        return True
    surfaces = [m.text for m in group.mentions]
    if all(s[:1].islower() for s in surfaces):
        return True  # "the report", "occupation": not a name
    if text and len(group.words) > 1 and _imperative_heading(group, lowercase_words, text):
        return True
    if len(group.words) != 1 or any(m.label == "NORP" for m in group.mentions):
        return False
    # A bare title, place noun or generic noun ("State", "Sea", "Party") names nobody.
    # "the Representatives" (not "Kings" County, which the model reads as a place).
    placed = any(m.label in ("GPE", "LOC", "FAC") for m in group.mentions)
    plural_title = key.endswith("s") and key[:-1] in TITLES and not placed
    # "this State", "your Party": capitalised after a lowercase determiner mid-sentence,
    # the same nouns name one body or place (``definite.py``).
    definite = any(
        m.source == DEFINITE_SOURCE or (text and in_definite_frame(text, m)) for m in group.mentions
    )
    bare_noun = key in TITLES or plural_title or key in PLACE_WORDS or key in GENERIC_WORDS
    # "Bill Nelson ... Bill, you're a good friend": a generic word that NER reads as a
    # person each time, after the text named someone with it as the first of two
    # names, is that person's first name. Not before ("What's Bill doing? ... not
    # Bill Okoro"): a first name said first may be another's.
    first_name = (
        key in GENERIC_WORDS
        and key in name_words
        and not (key in TITLES or plural_title or key in PLACE_WORDS)
        and all(m.label == "PERSON" for m in group.mentions)
        and _named_in_full_before(text, group)
        and not any(
            _AFTER_ARTICLE.search(text, max(0, m.start - 6), m.start) for m in group.mentions
        )
    )
    if bare_noun and not definite and not first_name:
        return True
    # "Observers questioned...", "Broadcast of the speech...": a common word that
    # only ever opens a sentence, read as a noun or verb by the tagger, is capitalised
    # by its place alone, whatever label NER gave it. Not a word of a longer name in
    # the text: that is a surname ("Jo Smith ... Smith said").
    opening_common_word = all(
        m.sentence_initial
        and not m.all_propn
        and m.label in ("PERSON", "")
        and m.source != "citation"
        for m in group.mentions
    )
    if opening_common_word and key not in name_words and not any(m.titled for m in group.mentions):
        return True
    # "Basil needs sun ... the kind of basil ... Caring for Basil": a word the text
    # writes in lowercase at least as often as capitalised, and capitalised only where
    # a sentence opens or a heading is set in title case, is that word, even within a
    # longer capitalised phrase ("Grow Basil"). A surname the text writes in
    # lowercase once ("Rice said ... rice prices") is capitalised more often.
    # "Jeez.", "Hunh?", "Keys?": a word that is a whole utterance by itself in every
    # mention is an interjection or an echo of a thing, not a name someone bears.
    # A tagger reading it as a common word ("Keys?", "Hunh.") or a stretched spelling
    # ("Owwww!") tells it from a name called alone ("Jennifer.", "Daniels!").
    alone = text and key not in name_words and all(_stands_alone(text, m) for m in group.mentions)
    common = key in lowercase_words or not all(m.all_propn for m in group.mentions)
    if alone and (common or _STRETCHED.search(key)):
        return True
    if text and key in lowercase_words and _capitalised_by_place(group, text):
        plain, capitalised = _case_counts(text, key)
        if plain >= capitalised:
            return True
    # A capitalised common word ("Report" in a headline, "Match" in a heading) is
    # not an actor unless NER tagged it or the tagger read it as a proper noun.
    if key not in lowercase_words:
        return False
    unvouched = all(m.source in ("propn", "attribution") for m in group.mentions)
    if unvouched or not any(m.all_propn for m in group.mentions):
        return True
    # "There is Uniformity amidst Variety", "Ballet is less about moves": a common
    # word the text also writes in lowercase, capitalised and read as a body by a
    # small model, is the word; a body's own word ("Senate", "Army") stays a name.
    if key in _INSTITUTION_WORDS or key in _COMPASS:
        return False
    # "Lemon, or lemon and honey": a word the text writes in lowercase at least twice
    # as often as capitalised (and three times or more) is that word wherever it is
    # capitalised; a surname that is a word ("Rice said") is capitalised more often.
    capitalised_only = all(m.text[:1].isupper() for m in group.mentions)  # not "@handle"
    if text and capitalised_only and not any(_numbered_or_titled(text, m) for m in group.mentions):
        plain, capitalised = _case_counts(text, key)
        if plain >= 3 and plain >= 2 * capitalised:
            return True
    if not _in_vocabulary(key):
        return False
    return all(
        m.label in _COMMON_WORD_LABELS and not m.acts and not m.titled and not is_acronym(m.text)
        for m in group.mentions
    )


# Before a name used as a thing: a number or measure ("six X", "200 g X", "60% X"),
# a container or a portion ("a bag of X", "two pairs of X"), or a determiner of a
# count or a possession ("these X", "your X").
_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:\d[\d.,]*\s*(?:%|g|kg|ml|mg|oz|lbs?)|\d+|six|seven|eight|nine|ten|dozen)"
    r"|\b(?:bags?|bottles?|glass(?:es)?|cups?|cans?|pairs?|box(?:es)?|packs?|pieces?|slices?"
    r"|shots?|pints?|jars?|packets?|handfuls?|sips?|worth) of(?: the)?"
    r"|\b(?:these|those|some|your|my|another))"
    r" $"
)
# After a name used as a thing: a lowercase noun it modifies ("X vodka", "X cans").
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# Labels of places and peoples: "an Ohio summer", "3,000 more Tories".
_PLACE_OR_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _used_as_a_thing(group: Group, text: str) -> bool:
    """ "Add six Fizzlets", "a bag of Fizzlets", "these Zoomers", "Fizzlets punch": a
    name counted, measured or held in its mentions, or modifying the noun of a thing
    (two mentions in five, three of them at least counted: two "these X" may be a
    brand's), is a product, a drink or a plant, not an actor. One titled, speaking or
    acting as a source is an actor; so is a place or a people."""
    mentions = group.mentions
    # A slip of the parse may read one mention in many as a speaker or a place
    # ("the red X add a tang"); more than that is an actor's.
    actor_uses = sum(1 for m in mentions if m.titled or m.attribution or m.governs)
    placed = sum(1 for m in mentions if m.label in _PLACE_OR_PEOPLE)
    if actor_uses * 5 > len(mentions):
        return False
    if any(w in ORG_WORDS for w in group.words):
        return False  # "the Acme Company": a body by its own word
    nouns = _vocabulary()[0]
    counted = modifying = 0
    for m in mentions:
        after = _NOUN_AFTER.match(text, m.end)
        word = after.group(1) if after else ""
        if word and _noun_of_a_thing(word, nouns):
            modifying += word not in _vocabulary()[3]  # "Fizzlets cans", not "X now"
        elif word and word in nouns and names_an_actor(word, nouns):
            continue  # "two Acme engineers": the count is of the engineers
        elif _COUNTED_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            counted += 1  # "six Fizzlets", "these Zoomers", "a bag of Fizzlets"
    things = counted + modifying
    # "I bought these Zarvos ... two pairs of Zarvos ... exchange those Zarvos": a name
    # NER reads as a place, counted or held in most of its mentions, is a product; a
    # place is not counted so ("these United States" is one name). A people is
    # ("3,000 more Tories").
    peoples = any(m.label == "NORP" for m in mentions)
    if placed * 2 >= len(mentions):
        return not peoples and counted >= 3 and counted * 2 >= len(mentions)
    if counted >= 3 and things * 5 >= 2 * len(mentions):
        return True
    # "Grow Zarbex cactus ... the Zarbex cacti ... a Zarbex cactus": a name that
    # modifies the lowercase noun of a thing (not an adverb: "we need X now") in half
    # its mentions, four at least, and never speaks, bears a title or governs, acting
    # once at most (a slip of the parse), is the kind of thing (a plant, a board game),
    # not an actor. Bodies in news and painters modify nouns too ("Acme shares",
    # "the Okri paintings"), so a name NER reads as a body or a person in half its
    # mentions is left to the other rules: this is for a name NER mostly missed.
    if modifying < 4 or modifying * 2 < len(mentions):
        return False
    labelled = sum(1 for m in mentions if m.label in ("ORG", "PERSON"))
    acting = sum(1 for m in mentions if m.acts)
    return actor_uses == 0 and acting <= 1 and labelled * 2 < len(mentions)


def _noun_of_a_thing(word: str, nouns: frozenset[str]) -> bool:
    """A lowercase word that is only a noun, and of a thing ("punch", "fern",
    "bulbs"), not a verb ("add", "can"), a closed word ("at", "are") or an actor."""
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    verbs = _vocabulary()[2]
    if word in PREPOSITIONS or word in _CLOSED_WORDS or word.endswith(("ing", "ed")):
        return False
    if not {word, stem} & nouns or {word, stem} & verbs:
        return False
    return not names_an_actor(word, nouns)


# Words the lemmatizer's noun table holds that are mostly no nouns after a name.
_CLOSED_WORDS = frozenset({"are", "is", "was", "were", "be", "been", "once", "that", "as", "if"})


def _in_heading(text: str, start: int) -> bool:
    """Does the offset stand in a short title-case line ("Caring for Your Basil")?"""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)].strip()
    if not line or len(line) > 80 or line[-1] in ".!?,;":
        return False
    words = re.findall(r"[^\W\d_]+", line)
    return all(w[0].isupper() for w in words if len(w) > 3)


_STRETCHED = re.compile(r"([a-z])\1\1")
# "Mr.", "Dr.", "Gen.": the stop of a title, not of a sentence
_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|St|Sr|Jr|Gen|Col|Maj|Capt|Cpt|Lt|Sgt|Adm|Cmdr|Rev|Fr"
    r"|Prof|Sen|Rep|Gov|Pres|Hon|Supt|Insp|Det|Mme|Mlle)\.$"
)


def _stands_alone(text: str, mention: EntityMention) -> bool:
    """ "... it down?  Jeez. Well, ...": the mention is its sentence, bar the stop."""
    if mention.titled:
        return False
    before = text[: mention.start].rstrip(" \t\n\"“‘'")
    if before and (before[-1] not in ".!?" or _ABBREVIATION.search(before)):
        return False
    after = text[mention.end : mention.end + 2]
    return after[:1] in (".", "?", "!") and after[1:2] in ("", " ", "\n", '"', "”", "’")


def _imperative_heading(group: Group, lowercase_words: frozenset[str], text: str) -> bool:
    """ "How to Grow Sage", "Purchase Sage seeds": an instruction opening with a verb,
    all of whose words the text writes in lowercase, capitalised where a sentence opens or in a heading,
    read as a person by a small model but not tagged as a proper noun throughout."""
    verb = group.words[0]
    if verb not in _vocabulary()[2] or not all(w in lowercase_words for w in group.words):
        return False  # "Will Fitzgibbon": a name the text never writes in lowercase
    return all(
        m.label in ("PERSON", "")
        and not m.all_propn
        and not m.acts
        and not m.attribution
        and not m.titled
        and m.source != "citation"
        and (m.sentence_initial or _in_heading(text, m.start))
        for m in group.mentions
    )


def _numbered_or_titled(text: str, mention: EntityMention) -> bool:
    """ "Route 66", "President Lemon", "NATO", "the Country's plan": a name by its
    number, title, capitals or possessive, whatever the word is elsewhere."""
    after = text[mention.end : mention.end + 3]
    return (
        mention.titled
        or is_acronym(mention.text)
        or after[1:2].isdigit()
        or after[:2] in ("'s", "’s")
    )


def _capitalised_by_place(group: Group, text: str) -> bool:
    """Every mention is a one-word common-looking name capitalised where a sentence
    opens or in a heading, never titled, cited or spoken of as a body."""
    return all(
        (m.sentence_initial or _in_heading(text, m.start))
        and m.label in ("PERSON", "")
        and m.source != "citation"
        and not m.titled
        for m in group.mentions
    )


def _case_counts(text: str, word: str) -> tuple[int, int]:
    """How often the word is written in lowercase and capitalised in the text."""
    lower = len(re.findall(rf"\b{re.escape(word)}\b", text))
    upper = len(re.findall(rf"\b{re.escape(word.capitalize())}\b", text))
    return lower, upper


_COMPASS = frozenset({"north", "south", "east", "west"})
_COMMON_WORD_LABELS = frozenset({"ORG", "PERSON"})


@functools.cache
def _vocabulary() -> tuple[frozenset[str], ...]:
    """The English nouns, adjectives, verbs and adverbs of the lemmatizer's tables."""
    return tuple(english_words(part) for part in ("noun", "adj", "verb", "adv"))


# An article right before a word: "The Bill was passed" is the law, whoever is named so.
_AFTER_ARTICLE = re.compile(r"(?i:\b(?:the|a|an|this|that))\s+$")


def _named_in_full_before(text: str, group: Group) -> bool:
    """Does a capitalised name open with the group's one word before its first mention?"""
    first = min(m.start for m in group.mentions)
    word = text[first : first + len(group.key)]
    return re.search(rf"\b{re.escape(word)}\s+[A-Z][a-z]", text[:first]) is not None


def _in_vocabulary(word: str) -> bool:
    return any(word in table for table in _vocabulary())


def describes_a_thing(tokens: list[Token], label: str) -> bool:
    """ "American culture", "a Spanish word", "he is French": a demonym used as an
    adjective of a thing or an idea, or as a predicate, mentions no actor. Before a
    person, a body or a place ("Israeli forces", "the French government") it does:
    the reader relies on that mention of the country."""
    if _place_of_content(tokens, label):
        return True
    if len(tokens) != 1 or label != "NORP":
        return False
    word = tokens[0]
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head  # "German, Irish and French ancestry": as the first conjunct
    if word.dep_ in ("acomp", "attr") and word.pos_ == "ADJ":  # "she is French"
        return True
    head = word.head
    if word.dep_ not in ("amod", "compound", "nmod") or head.i < word.i:
        return False
    if _paired(word):
        # "Israeli-Azerbaijani ties", "Indian-Pakistani talks": the parties to a
        # relation, whatever noun names it
        return head.pos_ == "NOUN" and head.is_lower and names_a_thing(head.lemma_)
    if word.tag_ == "JJ" or gaz.country_of_demonym(gaz.normalise(word.text)):
        return _head_is_a_thing(head)
    # A name NER calls a people but used as no adjective ("Zoroastrian law", "Venice
    # Silver Lion"): only a thing by its lowercase noun's ending or list, and only
    # the last noun ("Elbstrasse moving walkway" holds a place).
    last = head.dep_ not in ("compound", "amod")
    return last and head.pos_ == "NOUN" and head.is_lower and names_a_thing(head.lemma_)


# Verbs of putting content somewhere, or of its being there: "put it on X", "it's on X".
_CONTENT_VERBS = frozenset(
    {"put", "upload", "post", "copy", "download", "be", "watch", "stream", "share", "host"}
    | {"store", "find", "view", "publish", "release"}
)
# What is put on someone, not on a medium: "put pressure on X", "put the blame on X".
_BURDENS = frozenset(
    {"pressure", "blame", "sanction", "ban", "tariff", "onus", "emphasis", "focus", "limit"}
    | {"restriction", "tax", "hold", "strain", "burden", "spotlight", "price", "bet", "stake"}
)


def _place_of_content(tokens: list[Token], label: str) -> bool:
    """ "upload the clip on X", "the photos are on X", "find the code on X": a platform as the
    place where content is put or stands, not an actor; "X said", "announced on X"
    (a medium of a statement) and "a channel on X" keep it."""
    if label not in ("ORG", "PRODUCT", "PERSON") or len(tokens) != 1:
        return False
    word = tokens[0]
    preposition = word.head
    if word.dep_ != "pobj" or preposition.lower_ != "on" or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _CONTENT_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj")]
    return not any(o.lemma_.lower() in _BURDENS or o.ent_type_ for o in objects)


def _paired(word: Token) -> bool:
    """Is the word joined by a hyphen to another capitalised word ("Israeli-Azerbaijani")?"""
    doc = word.doc
    before = word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].is_title
    after = word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].is_title
    return before or after


def _head_is_a_thing(head: Token) -> bool:
    """ "Swedish meatballs", "the Italian marble", "Peruvian Potatoes", "a Turkish
    carpet": the noun a demonym modifies is an English noun of no person, body or
    place. Through a second adjective or a noun of a compound ("Swedish-Danish drama",
    "Swiss cheese fondue") to the last noun; a person, body or place on the way
    ("the Chilean government spokesman", "the Polish army band") keeps the demonym."""
    nouns = _vocabulary()[0]
    while True:
        if head.pos_ == "ADJ" and head.dep_ in ("amod", "compound") and head.head.i > head.i:
            head = head.head  # "Swedish-Danish drama", "Kenyan-British architect"
            continue
        if head.pos_ not in ("NOUN", "PROPN", "ADJ") or not head.is_alpha:
            return False
        if head.pos_ == "PROPN" and not (head.is_title or head.is_upper):
            return False
        if names_an_actor(head.lemma_, nouns) or head.lower_ in OWNED_AFFAIRS:
            return False  # "Syrian state media" (lemma "medium"), "Syrian sovereignty"
        if head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head  # "Swiss cheese fondue": on to "fondue"
            continue
        return True


# Short words a title holds besides its nouns ("Dancing on the Edge", "Goodbye to You").
_TITLE_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "on",
        "in",
        "at",
        "to",
        "from",
        "with",
        "by",
        "is",
        "are",
        "no",
        "not",
        "my",
        "your",
        "our",
        "his",
        "her",
        "its",
        "their",
        "we",
        "you",
        "i",
        "it",
    ]
)


def _english_word(word: str, lowercase_words: frozenset[str]) -> bool:
    """A common English word, not a country, a people or a city: written in lowercase
    in the text (maybe in the plural), or as it stands in the lemmatizer's tables."""
    if word in _TITLE_FUNCTION_WORDS or word in lowercase_words:
        return True
    if gaz.country_of_name(word) or gaz.country_of_weak_name(word) or gaz.city_population(word):
        return False
    if gaz.country_of_demonym(word):
        return False
    if word.endswith("s") and word[:-1] in lowercase_words:
        return True
    return _in_vocabulary(word)


def names_a_common_title(
    mentions: list[EntityMention],
    lowercase_words: frozenset[str],
    name_words: frozenset[str] = frozenset(),
) -> bool:
    """ "The Imitation Game", "Diary", "Dancing on the Edge": a title NER calls a work
    of art in every mention, made of common English words alone, names a thing: a
    film, a book, a song, not an actor. One with a name in it ("The Rains of
    Castamere", "Transforming Kenya", "Renew America") may hold a place or a person."""
    if not mentions or any(m.label != "WORK_OF_ART" or m.attribution for m in mentions):
        return False
    words = {w.lower() for m in mentions for w in re.findall(r"[^\W\d_]+", m.text)}
    if any(gaz.country_of_name(gaz.normalise(m.text)) for m in mentions):
        return False
    named = any(gaz.country_of_name(" ".join(pair)) for m in mentions for pair in _pairs(m.text))
    if not words or named or not (words - _TITLE_FUNCTION_WORDS).isdisjoint(name_words):
        return False  # "The History of Peter the Great", where Peter is a person
    return all(_english_word(w, lowercase_words) for w in words)


def _pairs(text: str) -> list[tuple[str, str]]:
    """Two words running in a title ("United States" in "Emperor of the United States")."""
    return list(itertools.pairwise(gaz.normalise(text).split()))
