"""Names NER missed, recovered by the construction they stand in: a frame that only a
name fills. "Dear Rosalind:" opens a letter to a person; "By Ann Lee" under a title names
its author; "Photo by X under a CC license" credits one. The frame, not the word,
says it is a name: a bare first name ("Mark", "Rose") is also an English word, and
one name alone never recurs enough to be kept as a run of proper nouns.

``framed_names`` works on the whole text, after every paragraph's mentions are
collected: a frame spans lines (a closing and the signature under it) and its words
may be taken by a run of proper nouns that ran into the frame's own word ("Dear Rosalind").
The ids of the frames are listed in ``dramatis.actors.rules.FRAME_RULES``; each is the
``source`` of the mentions it makes, which the junk filters trust."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.mention import EntityMention, make_mention
from dramatis.actors.recover import (
    SIGN_OFF,
    as_nested,
    english_words,
    is_recoverable_name,
    known_surnames,
    name_phrase,
)
from dramatis.actors.syntax import is_capitalised, is_title_word
from dramatis.lexicon.names import (
    ADDRESS_WORDS,
    KINSHIP_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    PERSON_DESCRIPTORS,
    PLACE_WORDS,
    TITLES,
)
from dramatis.lexicon.nouns import PERSON_NOUNS, ROLE_NOUNS
from dramatis.spans import SpanIndex

if TYPE_CHECKING:
    from dramatis.actors.collection import Found
    from dramatis.actors.group import Merging
    from spacy.tokens import Token

SALUTATION = "frame.salutation"
SIGNATURE = "frame.signature"
BYLINE = "frame.byline"
CREDIT = "frame.credit"
ADDRESS = "frame.address"
ROLL_CALL = "frame.roll_call"
GAZETTEER_RUN = "frame.gazetteer_run"

# Mentions a frame may replace: its words read as a longer run of proper nouns ("Dear
# Rosalind"), or as a name nested in that run.
_REPLACEABLE = frozenset({"propn", "nested"})

# One to three capitalised words, maybe with initials ("Ann B. Lee") or a particle
# ("Ludwig van Beethoven"), on one line.
_NAME = (
    r"(?P<name>[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?"
    r"(?:[ \t]+(?:[A-Z]\.|(?:van|von|de|da|del|della|di|du|le|la|bin|ibn)(?=[ \t]+[A-Z])"
    r"|[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?)){0,3})"
)

# "Dear Rosalind:", "Dearest Vell,", "Hi Vell!", "Hello Ann -": a greeting that opens a line,
# the name, then the stop of the greeting.
_SALUTATION = re.compile(
    r"(?:^|\n)[ \t]*(?i:dear(?:est)?|hi|hello|hey|my dear)[ \t]+" + _NAME + r"[ \t]*(?:[:,;!]|\n)"
)

# "By Ann Lee" on a line of its own: the byline under a title.
_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?i:by|written by)[ \t]+" + _NAME + r"[ \t]*(?=\n|$)")

# A picture's credit: "Photo by X", "illustrated by X", and a licensed work's author,
# '"Old Barn" by X is licensed under CC BY 2.0'.
_CREDIT = re.compile(
    r"(?:\b(?i:photo(?:graph)?|image|picture|illustration|drawing|artwork|cover art)"
    r"|\b(?i:illustrated|photographed|drawn|translated)|[\"\u201d])[ \t]+(?i:by)[ \t]+"
    + _NAME
    + r"|\b(?:Image|Photo|Photograph|Picture|Credit):[ \t]+"
    + _NAME.replace("<name>", "<named>")
)
# A figure's credit in parentheses: "(credit: Archive of Plessy)", "(credit:
# modification of work by “quillpix” / PhotoShare)": a body's name, or a user's handle in quotes.
_CREDIT_LINE = re.compile(
    r"\((?i:credit|photo|image|source):[ \t]*(?i:modification of[ \t]+)?(?i:work by[ \t]+)?"
    r"(?:[\"\u201c](?P<handle>[^\"\u201c\u201d\n/()]{2,40})[\"\u201d]"
    r"|(?P<name>[A-Z][^\W\d_]*(?:[ \t]+(?:of|the|and|for|[A-Z][^\W\d_]*\.?))*))"
    r"[ \t]*(?=[/),;])"
)
# A street address: the house number, then the street's name and its street word
# ("418 Okri Avenue", "52 N Tavish Ave.", "9 Quill Plaza North").
_ADDRESS = re.compile(
    r"\b\d{1,5}[ \t]+(?P<name>(?:[NSEW][ \t]+)?[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,3}"
    r"[ \t]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Plaza|Terrace|Drive|Lane|Place|Way)"
    r"(?:[ \t]+(?:North|South|East|West))?)\b"
)
_LICENSED = re.compile(r"[ \t]+(?:is|are)[ \t]+licensed\b|[ \t]+under[ \t]+(?:a|the)[ \t]")

# Words after a greeting that name no one person: "Dear Sir", "Dear Friends", "Hi all".
_NO_NAME_WORDS = frozenset(
    {"all", "everyone", "everybody", "guys", "folks", "friend", "friends", "colleague"}
    | {"colleagues", "team", "there", "sir", "sirs", "madam", "madame", "mom", "mum", "dad"}
    | {"mommy", "daddy", "grandma", "grandpa", "honey", "darling", "sweetheart", "love"}
    | {"reader", "readers", "members", "editor", "editors", "customer", "customers"}
)


def _names_no_one(name: str) -> bool:
    """A word of address, a title, a kin word or a plural after a greeting: "Dear
    Friends", "Dear Mr. Gorbachev" (the title's own rules find him), "Hi guys"."""
    first = name.split()[0].lower().rstrip(".")
    if first in _NO_NAME_WORDS or first in TITLES or first in ADDRESS_WORDS:
        return True
    return first in KINSHIP_WORDS or (name.isupper() and len(name) <= 3)


def _common_word(name: str) -> bool:
    """ "By Hand", "Photo by Staff": one English word, no name."""
    word = name.lower()
    return " " not in word and any(
        word in english_words(part) for part in ("noun", "adj", "verb", "adv")
    )


def framed_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """The mentions with the names the frames hold: new mentions where nothing found
    the name, the mention itself where NER found it, re-sourced to the frame (its
    capital, at a line's start, says nothing otherwise: "Mark" under "Yours,")."""
    result = list(mentions)
    for frame, start, end, label, rule in [*_frames(text), *_roll_calls(text, mentions)]:
        result = _placed(text, result, (frame, start, end), label, rule)
    return result


# Names called out one after another: "Garcia! Mendez! Novak! Marrow ...".
_ROLL_CALL = re.compile(
    r"(?:[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?![ \t]+){2,}"
    r"[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?(?:!|[ \t]*(?:\.\.\.|\u2026))"
)
_CALLED = re.compile(r"[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?")


def _roll_calls(
    text: str, mentions: Sequence[EntityMention]
) -> list[tuple[int, int, int, str, str]]:
    """The words of a roll call, three names or more each called out alone, of which
    NER knew two or more as people's: each is a person's name ("Marrow", "Bishop")."""
    people = SpanIndex((m.start, m.end, 0) for m in mentions if m.label == "PERSON")
    found: list[tuple[int, int, int, str, str]] = []
    for call in _ROLL_CALL.finditer(text):
        words = [w.span() for w in _CALLED.finditer(call.group())]
        known = sum(people.overlaps(call.start() + a, call.start() + b) for a, b in words)
        if known < 2 or len({call.group()[a:b] for a, b in words}) < len(words):
            continue  # "Go! Go! Go!": no names
        for a, b in words:
            start, end = call.start() + a, call.start() + b
            found.append((start, start, end, "PERSON", ROLL_CALL))
    return found


def _frames(text: str) -> list[tuple[int, int, int, str, str]]:
    """(where the frame starts, where its name starts and ends, label, rule id)."""
    found: list[tuple[int, int, int, str, str]] = []
    for match in _SALUTATION.finditer(text):
        if not _names_no_one(match.group("name")):
            found.append((match.start(), *match.span("name"), "PERSON", SALUTATION))
    for match in _BYLINE.finditer(text):
        if not _names_no_one(match.group("name")) and not _common_word(match.group("name")):
            found.append((match.start(), *match.span("name"), "PERSON", BYLINE))
    for match in _CREDIT.finditer(text):
        group = "name" if match.group("name") else "named"
        name = match.group(group)
        quoted = match.group()[:1] in '"\u201d'
        if quoted and _LICENSED.match(text, match.end()) is None:
            continue  # '"Home" by Night' is a title, not a credit
        if not _names_no_one(name) and not _common_word(name):
            found.append((match.start(), *match.span(group), "", CREDIT))
    for match in _CREDIT_LINE.finditer(text):
        group = "handle" if match.group("handle") else "name"
        start, end = match.span(group)
        name = match.group(group)
        if name.split()[-1] in ("of", "the", "and", "for") or _common_word(name):
            continue
        found.append((match.start(), start, end, "", CREDIT))
    for match in _ADDRESS.finditer(text):
        found.append((match.start("name"), *match.span("name"), "FAC", ADDRESS))
    for match in SIGN_OFF.finditer(text):
        if not _names_no_one(match.group("name")):
            found.append((match.start("name"), *match.span("name"), "PERSON", SIGNATURE))
    return found


def _placed(
    text: str,
    mentions: list[EntityMention],
    where: tuple[int, int, int],
    label: str,
    rule: str,
) -> list[EntityMention]:
    """The mentions with the frame's name at ``start:end`` (the frame begins at
    ``frame``): the mention found there re-sourced, cut to the name if it took the
    frame's own words in ("Dear Hannelore"), or a new one in place of the runs of proper
    nouns overlapping it. A mention NER found that overlaps the name otherwise is left
    as it is."""
    frame, start, end = where
    overlapping = [m for m in mentions if m.start < end and start < m.end]
    # A street's name holds the pieces NER read apart ("Okri" and "Plaza North").
    if rule == ADDRESS and all(start <= m.start and m.end <= end for m in overlapping):
        overlapping = [m for m in overlapping if (m.start, m.end) != (start, end)]
        if len(overlapping) > 1 or (overlapping and overlapping[0].source in _REPLACEABLE):
            return _replaced(text, mentions, overlapping, (start, end), label, rule)
    same = [
        m
        for m in overlapping
        if frame <= m.start <= start and start < m.end <= end and not m.nested
    ]
    if same:
        kept = [m for m in mentions if m not in same]
        framed = [
            dataclasses.replace(
                m,
                start=start,
                text=text[start : m.end],
                tokens=len(text[start : m.end].split()),
                source=rule,
                label=m.label or label,
            )
            for m in same
        ]
        return [*kept, *framed]
    if any(m.source not in _REPLACEABLE for m in overlapping):
        return mentions
    return _replaced(text, mentions, overlapping, (start, end), label, rule)


def _replaced(
    text: str,
    mentions: list[EntityMention],
    overlapping: list[EntityMention],
    span: tuple[int, int],
    label: str,
    rule: str,
) -> list[EntityMention]:
    """The mentions with the frame's name at ``span`` in place of ``overlapping``."""
    start, end = span
    name = text[start:end]
    mention = EntityMention(
        start, end, name, label, rule, tokens=len(name.split()), sentence_initial=False
    )
    return [*(m for m in mentions if m not in overlapping), mention]


# --- Frames in one parsed paragraph -------------------------------------------------

CONJUNCT = "frame.conjunct"
APPOSITION = "frame.apposition"
EVENT_PLACE = "frame.event_place"
STATE_CODE = "frame.state_code"
VOCATIVE = "frame.vocative"
INTERVIEWER = "frame.interviewer"
QUESTION_SUBJECT = "frame.question_subject"
ROLE_BEFORE = "frame.role_before"

# Labels of a recognised name whose kind a conjunct shares ("Ottoline and Hector").
_CONJUNCT_LABELS = frozenset({"PERSON"})

# Common nouns for a person, in apposition to a name ("his publisher, Bramwell, who";
# "Ysolde, the maid, is"): the name is a person's.
_PERSON_ROLES = (
    PERSON_DESCRIPTORS
    | ROLE_NOUNS
    | KINSHIP_WORDS
    | (PERSON_NOUNS - {"people", "nation", "country", "state", "side", "family", "source"})
    | {"maid", "servant", "friend", "boyfriend", "girlfriend", "assistant", "butler", "cook"}
    | {"nanny", "agent", "boss", "colleague", "landlord", "landlady", "tutor", "pupil"}
    | {"mentor", "publisher", "housekeeper", "roommate", "housemother", "caretaker"}
)

# Nouns for a person that stand right before the name ("the reformer Okri"):
# not "member" or "people", which take a body or a place ("member Nations").
_ROLES_BEFORE_NAME = (
    _PERSON_ROLES - {"member", "people", "person", "authority", "partner"}
    | {"reformer", "grammarian", "magician", "composer"}
    | {"philosopher", "painter", "sculptor", "architect"}
)

# The capitalised head of an event named after its place: "the Battle of Tarvenna",
# "the Siege of Kestrel", "the Treaty of Ghent".
_EVENT_HEADS = frozenset(
    {"battle", "siege", "sack", "fall", "relief", "capture", "liberation", "massacre"}
    | {"bombardment", "bombing", "occupation", "treaty", "peace", "surrender", "burning"}
    | {"evacuation", "defence", "defense", "storming", "raid", "landing", "landings"}
)

# US states' postal codes and the District's ("Tallbrook, OK", "Washington, D.C."),
# with the name each stands for: ``gazetteer.us_states()``.

_SECOND_PERSON = frozenset({"you", "your", "you're", "you've", "you'll", "ya", "yours"})


def recover_frames(found: Found) -> None:
    """Names NER missed in this paragraph, by the frame around them; before runs of
    proper nouns, which would take them unlabelled."""
    _trim_lowercase_lead(found)
    for token in found.doc:
        if not is_capitalised(token):
            continue
        if found.taken[token.i]:
            _event_place(found, token)  # "Tarvenna" in NER's "Battle of Tarvenna"
            continue
        for frame in _TOKEN_FRAMES:
            if frame(found, token):
                break


def _trim_lowercase_lead(found: Found) -> None:
    """ "juggler Martin Kessel", "the united Germany", "reElect Lisbon": NER's name
    run on from a lowercase word before it (a descriptor, an adjective, a word run
    into the name) is the capitalised rest; a name's particle stays ("de Villiers")."""
    doc, offset = found.doc, found.offset
    for n, m in enumerate(found.mentions):
        if m.source != "ner" or not m.text[:1].islower():
            continue
        span = doc.char_span(m.start - offset, m.end - offset)
        if span is None or len(span) < 2:
            continue
        tokens = list(span)
        lead = 0
        while lead < len(tokens) - 1 and tokens[lead].is_lower and tokens[lead].is_alpha:
            lead += 1
        if not lead or tokens[0].lower_ in NAME_PARTICLES or not is_capitalised(tokens[lead]):
            continue
        rest = tokens[lead:]
        if not any(c.isalpha() for t in rest for c in t.text):
            continue
        trimmed = make_mention(doc, rest, m.label, "ner", offset, m.titled, m.kept_article)
        found.mentions[n] = trimmed
        for t in tokens[:lead]:
            found.taken[t.i] = 0


def _free_name(found: Found, root: Token) -> list[Token]:
    """The capitalised name around ``root`` that nothing took, or []."""
    phrase = name_phrase(root)
    if any(found.taken[t.i] for t in phrase) or not is_recoverable_name(phrase):
        return []
    if all(is_title_word(t) for t in phrase) or phrase[0].lower_ in TITLES:
        return []
    return phrase


def _conjunct(found: Found, token: Token) -> bool:
    """ "Ottoline and Hector and I", "Anselm and Ferdinand II": a proper noun coordinated
    with a name NER recognised is a name of the same kind."""
    if token.pos_ != "PROPN":
        return False
    siblings = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        siblings.append(token.head)
    labels = [s.ent_type_ for s in siblings if found.taken[s.i] and s.ent_type_ in _CONJUNCT_LABELS]
    if not labels:
        return False
    phrase = _free_name(found, token)
    if not phrase or _common_words(phrase) or not _joined_by_and(phrase, labels[0]):
        return False  # "Trial and Error", "Dark Forest and ..."
    if any(not t.text[1:].islower() for t in phrase if len(t) > 2 and t.is_alpha):
        return False  # "Acme and QuickBot": a brand's camel case
    found.add(phrase, labels[0], CONJUNCT)
    return True


def _apposition(found: Found, token: Token) -> bool:
    """ "his publisher, Bramwell, who", "Ysolde, the maid, is": a proper noun set off by
    commas beside a common noun for a person is that person's name."""
    if token.pos_ != "PROPN":
        return False
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    roles = [n for n in nouns if n.is_lower and n.pos_ == "NOUN" and n.lemma_ in _PERSON_ROLES]
    if not roles:
        return False
    doc = found.doc
    phrase = _free_name(found, token)
    if not phrase:
        return False
    before = doc[phrase[0].i - 1] if phrase[0].i > 0 else None
    after = doc[phrase[-1].i + 1] if phrase[-1].i + 1 < len(doc) else None
    if not any(t is not None and t.text == "," for t in (before, after)):
        return False  # "the maid Ysolde" is the title rules' business
    found.add(phrase, "PERSON", APPOSITION)
    return True


def _event_place(found: Found, token: Token) -> bool:
    """ "the Battle of Tarvenna", "the Siege of Kestrel": the proper noun after a
    capitalised event word and "of" is the place the event is named after, also
    inside the event's own name."""
    doc = found.doc
    i = token.i
    if i < 2 or doc[i - 1].lower_ != "of" or not is_capitalised(doc[i - 2]):
        return False
    if doc[i - 2].lower_ not in _EVENT_HEADS or token.pos_ != "PROPN":
        return False
    end = i
    while (
        end + 1 < token.sent.end and doc[end + 1].pos_ == "PROPN" and is_capitalised(doc[end + 1])
    ):
        end += 1
    place = list(doc[i : end + 1])
    lowercase = {t.text for t in doc if t.is_lower}
    if not is_recoverable_name(place) or any(t.lower_ in lowercase for t in place):
        return False
    if any(t.lower_ in TITLES or t.lower_ in ORG_WORDS for t in place):
        return False  # "the Fall of Man", "the Treaty of Friendship"
    taken = [found.taken[t.i] for t in place]
    if not any(taken):
        found.add(place, "GPE", EVENT_PLACE)
        return True
    hosts = [m for m in found.mentions if _holds(m, found.offset, doc[i - 2], place[-1])]
    if not all(taken) or not any(m.label == "EVENT" for m in hosts):
        return False
    mention = make_mention(doc, place, "GPE", EVENT_PLACE, found.offset, False, False)
    found.mentions.append(as_nested(mention))
    return True


def _joined_by_and(phrase: list[Token], label: str) -> bool:
    """Is the phrase joined to a name with that label by a bare "and" ("Anselm and
    Ferdinand II"), not listed after commas with names NER may have misread ("the
    Percherons, Suffolks")?"""
    doc = phrase[0].doc
    first, last = phrase[0].i, phrase[-1].i
    before = first >= 2 and doc[first - 1].lower_ == "and" and doc[first - 2].ent_type_ == label
    after = last + 2 < len(doc) and doc[last + 1].lower_ == "and"
    if before or (after and doc[last + 2].ent_type_ == label):
        return True
    # "Ana Ruiz, Okri Teodor, Jo Reyes": a full name between two commas,
    # each side a name with that label.
    if len(phrase) < 2 or first < 2 or last + 2 >= len(doc):
        return False
    return (
        doc[first - 1].text == ","
        and doc[last + 1].text == ","
        and doc[first - 2].ent_type_ == label
        and doc[last + 2].ent_type_ == label
    )


def _common_words(phrase: list[Token]) -> bool:
    """Is every word an English noun or adjective ("Trial", "Dark Forest")?"""
    nouns, adjectives = english_words("noun"), english_words("adj")
    return all(
        t.lower_ in nouns or t.lower_ in adjectives or t.lemma_.lower() in nouns for t in phrase
    )


def _holds(mention: EntityMention, offset: int, first: Token, last: Token) -> bool:
    start, end = first.idx + offset, last.idx + len(last.text) + offset
    return mention.start <= start and end <= mention.end and not mention.nested


def _state_code(found: Found, token: Token) -> bool:
    """ "Tallbrook, OK", "Millford PA 17001": a US state's postal code after a
    town's name (and its comma), before a stop or a ZIP code, names the state."""
    doc = found.doc
    i = token.i
    if token.text not in gaz.us_states() or i < 1:
        return False
    previous = doc[i - 1]
    if previous.text == "," and i >= 2:
        previous = doc[i - 2]
    if not is_capitalised(previous) or previous.pos_ != "PROPN" or previous.text in gaz.us_states():
        return False  # "Sure, OK": no town before it
    after = doc[i + 1] if i + 1 < len(doc) else None
    zip_code = after is not None and after.is_digit and len(after.text) == 5
    if after is not None and not (after.is_punct or zip_code or after.is_space):
        return False
    if doc[i - 1].text != "," and not zip_code:
        return False
    found.add([token], "GPE", STATE_CODE)
    return True


def _vocative(found: Found, token: Token) -> bool:
    """ "Mirelle? You wanna put this away?", "Marta, you know that": a proper noun
    called on its own, or opening a sentence with a comma, before "you", names the
    person spoken to."""
    doc = found.doc
    sentence = token.sent
    if token.pos_ != "PROPN" or token.i != sentence.start or _common_word(token.text):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.text not in ("?", "!", ","):
        return False
    if after.text == ",":
        rest = doc[after.i + 1 : sentence.end]
    else:
        if sentence.end - sentence.start > 2 or sentence.end >= len(doc):
            return False
        rest = doc[sentence.end].sent
    if not rest or rest[0].lower_ not in _SECOND_PERSON:
        return False
    phrase = _free_name(found, token)
    if len(phrase) != 1:
        return False
    found.add(phrase, "PERSON", VOCATIVE)
    return True


def _interviewer(found: Found, token: Token) -> bool:
    """ "Newsline interviews Ann Lee", "Newsline interviewed him": the proper noun
    right before a verb "interview" is the one who asks, a person or a body."""
    doc = found.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ != "PROPN" or after is None or after.pos_ != "VERB":
        return False
    if after.lower_ not in ("interview", "interviews", "interviewed"):
        return False
    phrase = _free_name(found, token)
    if not phrase or phrase[-1].i != token.i:
        return False
    found.add(phrase, "", INTERVIEWER)
    return True


# Auxiliaries that open a yes-no question: "Is Teodor in there?", "Did Marta call?"
_QUESTION_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "does", "did", "has", "had", "can", "could", "will", "would"}
)


def _question_subject(found: Found, token: Token) -> bool:
    """ "Is Teodor in there or did they cut him?": the proper noun that is the
    subject of a yes-no question, right after the auxiliary that opens it, is a name:
    its capital does not open the sentence."""
    doc = found.doc
    i = token.i
    if token.pos_ != "PROPN" or token.dep_ != "nsubj" or i < 1:
        return False
    auxiliary = doc[i - 1]
    if auxiliary.lower_ not in _QUESTION_AUXILIARIES or auxiliary.i != auxiliary.sent.start:
        return False
    if doc[auxiliary.sent.end - 1].text != "?":
        return False
    phrase = _free_name(found, token)
    if not phrase or _common_words(phrase):
        return False
    found.add(phrase, "", QUESTION_SUBJECT)
    return True


def _after_role_noun(found: Found, token: Token) -> bool:
    """ "the Dutch reformer Okri", "the grammarian Varro Quill", "his friend
    Marta": a proper noun right after a lowercase noun for a person names that person."""
    doc = found.doc
    if token.pos_ != "PROPN" or token.i < 2:
        return False
    noun = doc[token.i - 1]
    if not noun.is_lower or noun.pos_ != "NOUN" or noun.lemma_ not in _ROLES_BEFORE_NAME:
        return False
    if noun.tag_ not in ("NN", "NNS") or noun.i == noun.sent.start:
        return False
    end = token.i
    while (
        end + 1 < token.sent.end and doc[end + 1].pos_ == "PROPN" and is_capitalised(doc[end + 1])
    ):
        end += 1  # "writer Teodor Okri": the whole run, whatever the parse joins
    phrase = list(doc[token.i : end + 1])
    if any(found.taken[t.i] for t in phrase) or not is_recoverable_name(phrase):
        return False
    if any(t.lower_ in TITLES for t in phrase) or _common_words(phrase):
        return False
    found.add(phrase, "PERSON", ROLE_BEFORE)
    return True


_TOKEN_FRAMES = (
    _conjunct,
    _apposition,
    _event_place,
    _state_code,
    _vocative,
    _interviewer,
    _question_subject,
    _after_role_noun,
)


def merge_state_codes(state: Merging) -> None:
    """ "Tallbrook, OK" ... "Oklahoma": a state's postal code, recovered after a town,
    is the state the text names in full."""
    by_key = {g.key: i for i, g in enumerate(state.groups)}
    for i, group in enumerate(state.groups):
        if not all(m.source == STATE_CODE for m in group.mentions):
            continue
        name = gaz.us_states().get(group.mentions[0].text)
        other = by_key.get(gaz.normalise(name)) if name else None
        if other is not None and other != i:
            state.uf.union(other, i, "name.state_code")


def surnames_of_runs(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """ "Teodor Okri ... Currently Okri is a professor": the surname of a full name
    NER never labelled, but read as a run of proper nouns that recurs (so kept), is a
    mention of that person as a labelled full name's is (``known_surnames``). The run
    must look like a personal name: two or three words, none of them an English noun or
    adjective, a title, an institution or place word, and no place of the gazetteer."""
    runs = Counter(gaz.normalise(m.text) for m in mentions if m.source == "propn")
    names = [
        dataclasses.replace(m, label="PERSON")
        for m in mentions
        if m.source == "propn" and runs[gaz.normalise(m.text)] >= 2 and _personal_name(m.text)
    ]
    if not names:
        return []
    return known_surnames(text, [*mentions, *names])


def _personal_name(surface: str) -> bool:
    words = surface.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    key = gaz.normalise(surface)
    if gaz.country_of_name(key) or gaz.country_of_capital(key) or gaz.is_province(key):
        return False
    vocabulary = english_words("noun") | english_words("adj")
    institution = TITLES | ORG_WORDS | PLACE_WORDS
    return not any(w.lower() in vocabulary or w.lower() in institution for w in words)


def repeated_full_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """ "Interview / Teodor Okri / What are you ...": a name of two words or more found
    elsewhere in the text (by NER, or as a run of proper nouns that recurs), written
    again where nothing found it, is a mention of the same name with the same label."""
    runs = Counter(m.text for m in mentions if m.source == "propn")
    labels: dict[str, str] = {}
    for m in mentions:
        if m.nested or len(m.text.split()) < 2 or "\n" in m.text:
            continue
        if m.source == "ner" or (m.source == "propn" and runs[m.text] >= 2):
            labels.setdefault(m.text, m.label)
    if not labels:
        return []
    taken = SpanIndex((m.start, m.end, 0) for m in mentions)
    found: list[EntityMention] = []
    pattern = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(map(re.escape, labels)) + r")(?![\w-])")
    for match in pattern.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end) or not _stands_apart(text, start, end):
            continue
        name = match.group()
        found.append(
            EntityMention(start, end, name, labels[name], "known", tokens=len(name.split()))
        )
    return found


def _stands_apart(text: str, start: int, end: int) -> bool:
    """No capitalised word runs into the name on either side ("The Teodor Okri Prize")."""
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 30) : start])
    after = re.match(r"[ \t]+([^\W\d_]+)", text[end : end + 30])
    return not any(m is not None and m.group(1)[:1].isupper() for m in (before, after))


def known_place(surface: str) -> bool:
    """A country, a capital, a province or a city of 100,000 people or more in the
    gazetteer ("Cape Town", "South Dakota"), however it is cased."""
    key = gaz.normalise(surface)
    return bool(
        gaz.country_of_name(key)
        or gaz.country_of_capital(key)
        or gaz.is_province(key)
        or gaz.city_population(key) >= _KNOWN_CITY_POPULATION
    )


_KNOWN_CITY_POPULATION = 100_000


def places_of_runs(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """ "NEW DELHI" over a letter, "North Dakota" that NER left: a run of proper nouns
    of two words or more that names a place the gazetteer knows is that place, vouched
    for as NER's would be."""
    return [
        dataclasses.replace(m, label="GPE", source=GAZETTEER_RUN)
        if m.source == "propn" and " " in m.text.strip() and known_place(m.text)
        else m
        for m in mentions
    ]
