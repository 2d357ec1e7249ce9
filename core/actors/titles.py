"""Bare titles ("the President", "the Secretary") as mentions of the one person the text
named with that title before ("President Obama ... the President said").

``collect_bare_titles`` finds, per paragraph, a singular office noun after "the" or "this"
that is the head of its own phrase, with no modifier that makes it generic or another
office ("a senator", "the next president", "presidents", "the Senator from Alaska").
``with_bare_titles`` gives each to the person actor named with that title before it, when
exactly one person was so named before in the text and that person was mentioned not too
far back; otherwise (nobody, or two people hold the title) the title is dropped.

A title that stands for a person by itself, capitalised ("Mr. President", "Madam Speaker",
"General, is this a waiver?", "my Lords") is a mention with source ``title.alone``: it
goes to the one person the text names with that office, near it, as a bare title does;
otherwise it is a person actor of its own, one per form of the title in the text.
An office held in a clause about no name ("As President, I", "was Mayor of Baltimore",
source ``title.role``) goes to the one holder too, else is a person of its own each time
(the speaker's: one per office); the office of a named place ("the President of the
United States", ``title.of``) is a person of its own each time, as is a capitalised
office after "a" or "our" ("a President must", "our new President"). A capitalised bare title
nobody is named with ("the Tsar") is a person of its own per form, outside headings.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dramatis.actors.mention import EntityMention, make_mention
from dramatis.actors.syntax import is_title_case_heading
from dramatis.analysis import BARE_TITLE_RULE, Actor, Explanation, Merge, Span
from dramatis.lexicon.names import (
    ABBREVIATED_TITLES,
    ADDRESS_WORDS,
    BARE_TITLES,
    COURTESY_TITLES,
    LINKED_TITLES,
    OTHER_OFFICE_WORDS,
    PAST_TITLE_WORDS,
    TITLE_NARROWERS,
    VOCATIVE_TITLES,
)

if TYPE_CHECKING:
    from dramatis.actors.collection import Found
    from spacy.tokens import Token

RULE = "person.bare_title"
assert RULE == BARE_TITLE_RULE  # what the claim layer looks for
SOURCE = "title"  # EntityMention.source of a bare title
ALONE = "title.alone"  # ... of a title that is a person even when nobody holds it
ROLE = "title.role"  # ... of an office held in a clause about nobody by name
SPEAKER_ROLE = "title.role.speaker"  # ... about the speaker ("As President, I will")
PLACE_OFFICE = "title.of"  # ... of a named place or body ("the President of France")
ALONE_KIND_RULE = "kind.title_alone"
_TITLE_SOURCES = frozenset({SOURCE, ALONE, ROLE, SPEAKER_ROLE, PLACE_OFFICE})

_DETERMINERS = frozenset({"the", "this"})
# Children that make the title generic or someone else's ("the next president", "a
# former senator", "her secretary", "the President Obama", "the Senate's chairman").
_MODIFIER_DEPS = frozenset({"amod", "nummod", "compound", "poss", "nmod", "appos", "quantmod"})
_OFFICE_WORDS = TITLE_NARROWERS | OTHER_OFFICE_WORDS


def collect_bare_titles(found: Found) -> None:
    """Bare titles in one paragraph, as mentions with source ``title``; a title said of a
    name beside it records where that name stands (``holder``)."""
    doc = found.doc
    # In a title-case heading ("The Role of the President") every word is capitalised:
    # only a title said of a name, or of the one person with that title, is one there.
    heading = is_title_case_heading(doc)
    for token in doc:
        phrase = _bare_title(token)
        holder = None
        source = SOURCE
        if not phrase:
            phrase, holder = _linked_title(token)
        if not phrase and heading:
            continue
        if not phrase:
            phrase = _addressed(token) or _vocative(token)
            source = ALONE
            holder = _addressee(phrase)
        if not phrase:
            phrase = _role_title(token)
            source = SPEAKER_ROLE if phrase and _of_speaker(token) else ROLE
        if not phrase:
            phrase = _office_of_place(token) or _some_office(token)
            source = PLACE_OFFICE
        if not phrase:
            continue
        mention = make_mention(doc, phrase, "", source, found.offset, False, False)
        if holder is not None:
            mention = dataclasses.replace(mention, holder=holder.idx + found.offset)
        if holder is not None or source != SOURCE or _title_read_as_name(found, phrase):
            # A title NER read as a name of its own ("the Regent" as a place, "Madam
            # Speaker" as a body, "K" of "Mrs. K" as a name) is the title.
            span = (mention.start, mention.end)
            if source != SOURCE or holder is None:
                others = [m for m in found.mentions if not _within(m, span)]
            else:
                others = [m for m in found.mentions if (m.start, m.end) != span]
            if len(others) < len(found.mentions):
                found.mentions = others
                for t in phrase:
                    found.taken[t.i] = 0
        if not any(found.taken[t.i] for t in phrase):
            found.mentions.append(mention)
            found.take(phrase)


def _title_read_as_name(found: Found, phrase: list[Token]) -> bool:
    """Did NER read the title of "the Tsar" as a name of its own ("Tsar")?"""
    start, end = phrase[0].idx + found.offset, phrase[-1].idx + len(phrase[-1]) + found.offset
    words = {t.lower_.rstrip(".") for t in phrase} - _DETERMINERS
    return any(_within(m, (start, end)) and _words_of(m.text) <= words for m in found.mentions)


def _words_of(text: str) -> set[str]:
    return {w.lower().rstrip(".") for w in text.split()}


def _within(mention: EntityMention, span: tuple[int, int]) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


# Verbs by which a name holds an office "as" ("served as Governor"), and those that
# give it one straight ("was crowned Emperor", "was elected President"). Not "sworn in
# as President": the office, not yet its holder.
_AS_OFFICE_VERBS = frozenset({"serve", "act", "remain", "continue"})
_OFFICE_VERBS = frozenset({"elect", "reelect", "appoint", "name", "crown", "proclaim"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_PLACE_OR_BODY = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
_PLACES = frozenset({"GPE", "LOC"})
# Words before a title that rank the office, part of it ("Assistant Professor").
_RANK_WORDS = frozenset({"assistant", "associate", "adjunct", "visiting", "acting", "interim"})


def _linked_title(token: Token) -> tuple[list[Token], Token | None]:
    """ "Professor" in "Ann Lee, Professor of Law", "Ann Lee is Professor of Law", "Ann
    Lee served as Professor", "the Regent, Ann Lee": a capitalised title and the head word
    of the one name it is said of; ([], None) for anything else."""
    if token.lower_.rstrip(".") not in LINKED_TITLES or token.tag_ not in ("NN", "NNP"):
        return [], None
    if not token.text[:1].isupper() or token.dep_ == "compound":
        return [], None
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("PROPN", "NOUN"):
        return [], None  # "Professor Lee", "the President Obama"
    start = token.i
    while start > 0 and doc[start - 1].lower_ in _OFFICE_WORDS | _RANK_WORDS:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.tag_ in _NAME_TAGS or before.lower_ in ("mr", "mr.")):
        return [], None  # "Mr. President", a name before the title
    holder = _holder_of(token)
    if holder is None or any(c.dep_ == "neg" for c in token.head.children):
        return [], None
    return list(doc[start : token.i + 1]), holder


# Nouns and verbs an office is named after, as the office a person holds or seeks ("the
# position of Emperor", "nominee for Governor", "running for President").
_OFFICE_OF_HEADS = frozenset({"position", "post", "office", "role", "rank", "title", "job"})
_OFFICE_FOR_HEADS = frozenset({"nominee", "candidate", "run", "bid", "campaign", "candidacy"})


def _role_title(token: Token) -> list[Token]:
    """ "President" in "As President, I will", "sworn in as President", "was Mayor of
    Baltimore", "nominee for Governor of Virginia", "proclaimed Emperor", "the position of
    Emperor": a capitalised office someone holds, said of no name beside it."""
    if token.lower_.rstrip(".") not in LINKED_TITLES or token.tag_ not in ("NN", "NNP"):
        return []
    if not token.text[:1].isupper() or token.dep_ == "compound":
        return []
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("PROPN", "NOUN"):
        return []  # "President Obama", "as President Street"
    if any(c.dep_ == "det" or c.dep_ == "neg" for c in token.children):
        return []  # "as the President": a bare title's
    head = token.head
    if any(c.dep_ == "neg" for c in head.children):
        return []  # "is not Governor"
    held = (
        (token.dep_ == "pobj" and head.lower_ == "as")
        or (token.dep_ == "attr" and head.lemma_ == "be")
        or (token.dep_ == "oprd" and head.lemma_ in _OFFICE_VERBS)
        or (token.dep_ == "dobj" and _made_office(token))
        or (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _OFFICE_OF_HEADS)
        or (
            token.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.lemma_.lower() in _OFFICE_FOR_HEADS
        )
    )
    if not held:
        return []
    start = token.i
    while start > 0 and doc[start - 1].lower_ in _OFFICE_WORDS | _RANK_WORDS:
        start -= 1
    return list(doc[start : token.i + 1])


_DECLARING_VERBS = _OFFICE_VERBS | {"declare"}


def _made_office(token: Token) -> bool:
    """ "was first proclaimed Emperor", "proclaiming himself Emperor": the parser reads the
    office as the object of a passive verb of office, or of one with a reflexive object."""
    verb = token.head
    if verb.lemma_ not in _DECLARING_VERBS:
        return False
    return any(
        c.dep_ in ("auxpass", "nsubjpass")
        or (c.dep_ == "dobj" and c.i < token.i and c.lower_.endswith("self"))
        for c in verb.children
    )


_SPEAKER_PRONOUNS = frozenset({"i", "we"})


def _of_speaker(token: Token) -> bool:
    """Is the clause of an office about the speaker ("As President, I will")?"""
    verb = token.head.head if token.head.lower_ in ("as", "of", "for") else token.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SPEAKER_PRONOUNS for c in verb.children
    )


def _is_name(token: Token) -> bool:
    return (
        token.tag_ in _NAME_TAGS
        and token.text[:1].isupper()
        and token.lower_.rstrip(".") not in LINKED_TITLES
    )


def _after_comma(token: Token) -> bool:
    """Does the phrase of ``token`` open after a comma ("Ann Lee, the Dean")?"""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ","


def _holder_of(token: Token) -> Token | None:
    """The head word of the one name a title is said of, by apposition, by "be", "as"
    after a verb of office, or as the complement of one ("was crowned Emperor")."""
    head = token.head
    names: set[Token] = set()
    if token.dep_ == "appos" and _after_comma(token):
        names |= {head} if _is_name(head) else set()
        names |= {c for c in head.children if c.dep_ == "appos" and c.i != token.i}
    names |= {c for c in token.children if c.dep_ == "appos" and c.i > token.i and _after_comma(c)}
    # "the Prince of Spain, Alphonso": the parser sets the name beside the place.
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in of.children if c.dep_ == "pobj" and c.ent_type_ in _PLACE_OR_BODY):
            names |= {
                c
                for c in place.children
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and _after_comma(c)
            }
    # Not a body or a place beside it ("Professor of Law, Oslo University").
    names = {n for n in names if _is_name(n) and n.ent_type_ not in _PLACE_OR_BODY}
    if token.dep_ == "attr" and head.lemma_ == "be":
        names |= {c for c in head.children if c.dep_ == "nsubj" and _is_name(c)}
    verb = None
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _AS_OFFICE_VERBS:
        verb = head.head
    elif token.dep_ == "oprd" and head.lemma_ in _OFFICE_VERBS:
        verb = head
    if verb is not None:
        names |= {c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _is_name(c)}
    return next(iter(names)) if len(names) == 1 else None


def _office_of_place(token: Token) -> list[Token]:
    """ "President" in "we impeached the President of the United States": a capitalised
    office of a named place or body, one person though the text may not say who."""
    if token.lower_.rstrip(".") not in BARE_TITLES or token.tag_ not in ("NN", "NNP"):
        return []
    if not token.text[:1].isupper() or token.dep_ == "compound":
        return []
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].lower_ in _OFFICE_WORDS:
        start -= 1
    if start == 0 or doc[start - 1].lower_ != "the":
        return []
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.lower_ not in ("of", "from") or following.head.i != token.i:
        return []
    places = [c for c in following.children if c.dep_ == "pobj"]
    # "of" a place or a body; "from" a place only ("the Senator from Ohio" is who sits
    # for it; "the Director from the agency" is nobody's office).
    wanted = _PLACE_OR_BODY if following.lower_ == "of" else _PLACES
    if len(places) != 1:
        return []
    named = places[0].ent_type_ in wanted and places[0].text[:1].isupper()
    if not named and not _pointed_at_place(places[0]):
        return []
    # Nothing else said of it ("the President of France at the time", "... who ...").
    others = [c for c in token.children if c.i < start - 1 or c.i > following.i]
    if any(c.dep_ in _MODIFIER_DEPS or c.dep_ in ("prep", "relcl", "acl") for c in others):
        return []
    return list(doc[start : token.i + 1])


# A place named by a noun the text points at: "the President of that country", "the
# Senator from this State"; not "the President of a country", which is anyone's.
_PLACE_NOUNS = frozenset({"country", "nation", "state", "republic", "kingdom", "city"})
_POINTING = frozenset({"this", "that", "our"})


def _pointed_at_place(noun: Token) -> bool:
    return noun.lower_ in _PLACE_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in _POINTING for c in noun.children
    )


# Determiners before a capitalised office that is someone, though not said who: "a
# President must execute", "our new President".
_SOME_DETERMINERS = frozenset({"a", "an", "our", "your", "their"})


def _some_office(token: Token) -> list[Token]:
    """ "President" in "a full-time President": an office the text capitalises mid-sentence
    after "a" or "our", with only lowercase words between, is a person (whoever holds it)
    of its own each time; not "a President's day", "our President Smith"."""
    if token.lower_.rstrip(".") not in BARE_TITLES or token.tag_ not in ("NN", "NNP"):
        return []
    if not token.text[:1].isupper() or token.dep_ == "compound" or token.is_sent_start:
        return []
    doc = token.doc
    start = token.i
    while start > 0 and start > token.i - 4 and doc[start - 1].lower_ not in _SOME_DETERMINERS:
        before = doc[start - 1]
        if not (before.is_lower or before.text == "-") or not before.i < before.head.i <= token.i:
            return []
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in _SOME_DETERMINERS:
        return []
    if doc[start - 1].head.i != token.i:
        return []
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and (following.pos_ in ("PROPN", "NOUN") or following.tag_ == "POS"):
        return []
    if following is not None and following.lower_ == "of":
        return []  # "a sitting Secretary of State": the office runs on, a name of its own
    return [token]  # the office alone: "full-time" in "a full-time President" is no name


def _names_a_thing(token: Token) -> bool:
    """ "the President's Club", "the King's Cup": a title's possessive opening a name."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return (
        len(after) == 2
        and after[0].tag_ == "POS"
        and after[1].text[:1].isupper()
        and after[1].pos_ in ("PROPN", "NOUN")
    )


def _bare_title(token: Token) -> list[Token]:
    """ "President" in "the President said", "Vice President" in "the Vice President"."""
    if token.lower_.rstrip(".") not in BARE_TITLES or token.tag_ not in ("NN", "NNP"):
        return []
    if token.dep_ == "compound" or token.pos_ not in ("NOUN", "PROPN"):
        return []
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].lower_ in _OFFICE_WORDS:
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in _DETERMINERS:
        return []
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("PROPN", "NOUN"):
        return []  # "the President Obama", "the Secretary General", "the king cobra"
    if _names_a_thing(token):
        return []
    for child in token.children:
        if start <= child.i < token.i:
            continue
        if child.dep_ in _MODIFIER_DEPS or child.dep_ == "prep":
            return []  # "the President of France", "the Senator from Alaska"
    return list(doc[start : token.i + 1])


# Words of an office a courtesy title may stand before ("Mr. Chief Justice").
_ADDRESSED_OFFICES = VOCATIVE_TITLES | ADDRESS_WORDS | TITLE_NARROWERS | OTHER_OFFICE_WORDS


def _addressed(token: Token) -> list[Token]:
    """ "Mr. President", "Mr Chairman", "Mr. Chief Justice", "Madam Speaker", "Mrs. G": a
    courtesy title before a capitalised office or an initial (no name: a surname after
    it is a name, left to the name layers)."""
    if token.lower_.rstrip(".") not in COURTESY_TITLES or not token.text[:1].isupper():
        return []
    doc = token.doc
    words: list[Token] = []
    for following in doc[token.i + 1 : token.i + 4]:
        if not following.text[:1].isupper() or not following.text.rstrip(".").isalpha():
            break
        words.append(following)
    if not words:
        return []
    offices = all(w.lower_.rstrip(".") in _ADDRESSED_OFFICES for w in words)
    initial = len(words) == 1 and len(words[0].text.rstrip(".")) == 1
    if not (offices or initial):
        return []
    last = words[-1]
    if last.text.endswith(".") and len(last.text) > 2:
        return []  # "Mr. President." is the office; a stop of its own is punctuation
    return [token, *words]


def _addressee(phrase: list[Token]) -> Token | None:
    """The name a title of address follows after a comma ("I thank Karen Bass, Madam
    Chair, for"): the title is said of that name, unless the three open a list."""
    if not phrase or phrase[0].i < 2:
        return None
    doc = phrase[0].doc
    comma, name = doc[phrase[0].i - 2 + 1], doc[phrase[0].i - 2]
    if comma.text != "," or name.ent_type_ != "PERSON" or not _is_name(name):
        return None
    after = doc[phrase[-1].i + 1 : phrase[-1].i + 3]
    if len(after) == 2 and after[0].text == "," and after[1].text[:1].isupper():
        return None  # "Senator Hatfield, Mr. Chief Justice, Mr. President": a list of three
    return name


# Forms of address a speaker sets off by commas inside a sentence too ("But where, Sir,
# does"), not offices, which a comma also sets beside a name ("Ann Lee, Governor, said").
_PURE_ADDRESS = frozenset({"sir", "madam"})
# Honours a speaker addresses someone by after "Your" ("Your Honor", "Your Majesty").
_HONOURS = frozenset({"honor", "honour", "majesty", "excellency", "highness"})
_AFTER_VOCATIVE = frozenset({",", "?", "!"})


def _vocative(token: Token) -> list[Token]:
    """ "General" in "General, is this a waiver?", "Sir" in "Sir, In one week's time" and
    "But where, Sir, does", "my Lords": a capitalised title the speaker calls someone."""
    word = token.lower_.rstrip(".")
    if word not in VOCATIVE_TITLES or not token.text[:1].isupper():
        return []
    if token.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return []
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # "my Lords will know", "Yes, my Lord?"; not "My Lord the Chief Justice", the office
    # said beside it.
    my = before is not None and before.lower_ == "my" and word in ("lord", "lords", "lady")
    if my and (after is None or (after.pos_ not in ("PROPN", "NOUN") and after.lower_ != "the")):
        return [before, token]
    if after is None or after.text not in _AFTER_VOCATIVE:
        return []
    if word in _HONOURS:
        # "So, Your Honor, this was remanded": only so is the honour a person.
        if before is not None and before.lower_ == "your" and before.text[:1].isupper():
            return [before, token]
        return []
    if token.is_sent_start or before is None or before.is_space:
        return [token]
    if word in _PURE_ADDRESS and before.text == ",":
        return [token]
    return []


def split_bare_titles(
    mentions: Sequence[EntityMention],
) -> tuple[list[EntityMention], list[EntityMention]]:
    """The mentions that are names, and the bare titles (which join no group)."""
    names = [m for m in mentions if m.source not in _TITLE_SOURCES]
    return names, [m for m in mentions if m.source in _TITLE_SOURCES]


# How far back (characters, a few paragraphs) the titled person must have been mentioned
# last, by name or by the title, for a bare title to be theirs (GUM dev, measured).
_HOLDER_DISTANCE = 1500

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?(?:-|\s+)$")


def _words_before(text: str, pos: int, count: int = 6) -> list[str]:
    """The words just before ``pos``, nearest first."""
    words: list[str] = []
    for _ in range(count):
        found = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if found is None:
            break
        words.append(found.group(1))
        pos = found.start()
    return words


def holder_title(text: str, start: int) -> str:
    """The office a name at ``start`` is written with ("vice president" in "Vice
    President Harris", "secretary" in "Secretary of Education Miguel Cardona"), or ""
    (no title, or a past one: "former President X")."""
    words = _words_before(text, start)
    lower = [w.lower() for w in words]
    i = 0
    if lower and ABBREVIATED_TITLES.get(lower[0], lower[0]) not in BARE_TITLES:
        of = next((k for k in (1, 2, 3) if k < len(lower) and lower[k] == "of"), 0)
        if not of or not all(w[:1].isupper() for w in words[:of]):
            return ""
        i = of + 1
    if i >= len(lower) or ABBREVIATED_TITLES.get(lower[i], lower[i]) not in BARE_TITLES:
        return ""
    title = [ABBREVIATED_TITLES.get(lower[i], lower[i])]
    for word in lower[i + 1 :]:
        if word in PAST_TITLE_WORDS:
            return ""
        if word not in _OFFICE_WORDS:
            break
        title.insert(0, word)
    return " ".join(title)


def _offices(title: str) -> set[str]:
    """The bare titles a title answers to: "prime minister" to "the Prime Minister" and
    "the Minister", but "vice president" not to "the President"."""
    words = title.split()
    if len(words) > 1 and words[0] not in OTHER_OFFICE_WORDS:
        return {title, words[-1]}
    return {title}


def with_bare_titles(
    text: str, actors: list[Actor], titles: Sequence[EntityMention]
) -> list[Actor]:
    """The actors with the bare titles that are theirs (see the module's docstring)."""
    if not titles:
        return actors
    holders: dict[str, list[tuple[int, str]]] = defaultdict(list)  # office -> (start, actor)
    seen: dict[str, list[int]] = {}  # person actor -> starts of its mentions
    named: dict[str, list[int]] = {}  # ... of its names, without the titles given it here
    for actor in actors:
        if actor.kind != "person":
            continue
        seen[actor.id] = sorted(s.start for s in actor.mentions)
        named[actor.id] = seen[actor.id][:]
        for span in actor.mentions:
            title = holder_title(text, span.start)
            for office in _offices(title) if title else ():
                holders[office].append((span.start, actor.id))
    added: dict[str, list[Span]] = defaultdict(list)
    linked = [m for m in titles if m.holder >= 0]
    for m in linked:
        owner = _actor_at(actors, m.holder)
        if owner is None:
            continue
        added[owner].append(Span(m.start, m.end, m.text))
        bisect.insort(seen[owner], m.start)
    for found in holders.values():
        found.sort()
    alone: dict[str, list[Span]] = defaultdict(list)  # form -> the titles nobody holds
    for m in sorted((m for m in titles if m.holder < 0), key=lambda m: m.start):
        office = _office_of(m.text)
        if m.source == PLACE_OFFICE:
            # Whoever holds it then, which a text about two presidents of one country
            # would not say: a person of its own, each time.
            alone[f"{m.start}"].append(Span(m.start, m.end, m.text))
            continue
        if m.source == SPEAKER_ROLE:
            # The speaker, whom the text may never name: one person per office.
            alone[f"I {_form_of(m.text)}"].append(Span(m.start, m.end, m.text))
            continue
        if m.source == ROLE:
            owner = _near_holder(holders.get(office, ()), seen, m.start)
            if owner is None:
                alone[f"{m.start}"].append(Span(m.start, m.end, m.text))
                continue
        elif m.source == ALONE:
            owner = _near_holder(holders.get(office, ()), seen, m.start)
            if owner is None:
                alone[_form_of(m.text)].append(Span(m.start, m.end, m.text))
                continue
        else:
            before = [a for start, a in holders.get(office, ()) if start < m.start]
            if not before and m.text.split()[-1][:1].isupper() and not _in_heading(text, m):
                # Nobody named so: "the Tsar" of a story that never names him.
                alone[_form_of(m.text)].append(Span(m.start, m.end, m.text))
                continue
            owner = _latest(set(before), named, m.start)
            if owner is None:
                continue  # nobody named so, or two people hold the title and both are near
            starts = seen[owner]
            last = bisect.bisect_left(starts, m.start) - 1
            if last < 0 or m.start - starts[last] > _HOLDER_DISTANCE:
                continue
        bisect.insort(seen[owner], m.start)
        added[owner].append(Span(m.start, m.end, m.text))
    actors = [_with_spans(a, added[a.id]) if a.id in added else a for a in actors]
    return actors + [_title_actor(f"t{i}", spans) for i, spans in enumerate(alone.values())]


# Words that open a title standing alone but are no part of its office ("my Lords").
_ADDRESS_OPENERS = COURTESY_TITLES | _DETERMINERS | {"my"}


_WORDS = re.compile(r"[^\W\d_]{4,}")


def _in_heading(text: str, mention: EntityMention) -> bool:
    """Is the mention on a short line with every longer word capitalised (a heading)?"""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start : end if end >= 0 else len(text)]
    words = _WORDS.findall(line)
    return len(words) >= 2 and len(line) <= 150 and all(w[0].isupper() for w in words)


def _office_of(title: str) -> str:
    """ "president" of "Mr. President", "chief justice" of "the Chief Justice"."""
    words = [w.lower().rstrip(".") for w in title.split()]
    while len(words) > 1 and words[0] in _ADDRESS_OPENERS:
        words = words[1:]
    return " ".join(words)


def _form_of(title: str) -> str:
    """One key for the ways a text writes the same title ("Mr. President", "Mr President",
    "my Lords", "My Lords")."""
    words = [w.lower().strip(".") for w in title.split()]
    if len(words) > 1 and words[0] in _DETERMINERS | {"my"}:
        words = words[1:]
    return " ".join(words)


# How much longer ago (characters, a paragraph) than the last of the holders of a title
# the others must have been mentioned for the title to be the last one's.
_OTHER_HOLDERS_BEFORE = 500


def _latest(owners: set[str], named: dict[str, list[int]], start: int) -> str | None:
    """Of the people who hold a title, the one the text mentioned last before ``start``,
    when the others were mentioned well before ("Tsar Aleksei ... Tsar Peter ... Peter
    ... the Tsar"); None when none, or two were mentioned close together."""

    def last(owner: str) -> int:
        starts = named[owner]
        return starts[max(0, bisect.bisect_left(starts, start) - 1)]

    ranked = sorted(owners, key=last, reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and last(ranked[0]) - last(ranked[1]) < _OTHER_HOLDERS_BEFORE:
        return None
    return ranked[0]


def _near_holder(
    holders: Sequence[tuple[int, str]], seen: dict[str, list[int]], start: int
) -> str | None:
    """The one person the text names with the office, before or after ``start`` (a
    speech says "Mr. President" before it names him), however far: a title of address
    is said to someone in the story, not to whoever held the office last."""
    owners = {a for _, a in holders}
    if len(owners) != 1:
        return None
    return next(iter(owners))


def _title_actor(actor_id: str, spans: list[Span]) -> Actor:
    """A person actor made of a title nobody in the text holds ("Mr. President")."""
    name = spans[0].text
    aliases = tuple(dict.fromkeys(s.text for s in spans if s.text != name))
    # Told as bare titles, so the claim layer reads them as it reads "the President".
    moves = tuple(Merge(s.text, name, RULE) for s in spans)
    explain = Explanation(ALONE_KIND_RULE, (), moves)
    return Actor(actor_id, name, "person", aliases, tuple(spans), explain)


def _actor_at(actors: Sequence[Actor], offset: int) -> str | None:
    """The id of the person actor with a mention over ``offset``, if any."""
    for actor in actors:
        if actor.kind == "person" and any(s.start <= offset < s.end for s in actor.mentions):
            return actor.id
    return None


def _with_spans(actor: Actor, spans: list[Span]) -> Actor:
    mentions = tuple(sorted((*actor.mentions, *spans), key=lambda s: (s.start, -s.end)))
    explain = actor.explain or Explanation("", (), ())
    moves = tuple(Merge(s.text, actor.name, RULE) for s in spans)
    explain = dataclasses.replace(explain, merges=(*explain.merges, *moves))
    return dataclasses.replace(actor, mentions=mentions, explain=explain)
