"""Names NER missed, recovered by the construction they stand in: a frame that only a
name fills. "Dear Jean:" opens a letter to a person; "By Ann Lee" under a title names
its author; "Photo by X under a CC license" credits one. The frame, not the word,
says it is a name: a bare first name ("Jean", "Bill") is also an English word, and
one name alone never recurs enough to be kept as a run of proper nouns.

``framed_names`` works on the whole text, after every paragraph's mentions are
collected: a frame spans lines (a closing and the signature under it) and its words
may be taken by a run of proper nouns that ran into the frame's own word ("Dear Jean").
The ids of the frames are listed in ``dramatis.actors.rules.FRAME_RULES``; each is the
``source`` of the mentions it makes, which the junk filters trust."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from dramatis.actors.mention import EntityMention
from dramatis.actors.recover import SIGN_OFF, english_words
from dramatis.lexicon.names import ADDRESS_WORDS, KINSHIP_WORDS, TITLES

SALUTATION = "frame.salutation"
SIGNATURE = "frame.signature"
BYLINE = "frame.byline"
CREDIT = "frame.credit"

# Mentions a frame may replace: its words read as a longer run of proper nouns ("Dear
# Jean"), or as a name nested in that run.
_REPLACEABLE = frozenset({"propn", "nested"})

# One to three capitalised words, maybe with initials ("Ann B. Lee") or a particle
# ("Ludwig van Beethoven"), on one line.
_NAME = (
    r"(?P<name>[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?"
    r"(?:[ \t]+(?:[A-Z]\.|(?:van|von|de|da|del|della|di|du|le|la|bin|ibn)(?=[ \t]+[A-Z])"
    r"|[A-Z][^\W\d_]+(?:[\-'\u2019][^\W\d_]+)?)){0,3})"
)

# "Dear Jean:", "Dearest Kat,", "Hi Kat!", "Hello Ann -": a greeting that opens a line,
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
    r"|\b(?i:illustrated|photographed|drawn|translated)|[\"\u201d])[ \t]+(?i:by)[ \t]+" + _NAME
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
    """ "By Anonymous", "Photo by Staff": one English word, no name."""
    word = name.lower()
    return " " not in word and any(
        word in english_words(part) for part in ("noun", "adj", "verb", "adv")
    )


def framed_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """The mentions with the names the frames hold: new mentions where nothing found
    the name, the mention itself where NER found it, re-sourced to the frame (its
    capital, at a line's start, says nothing otherwise: "Bill" under "Yours,")."""
    result = list(mentions)
    for frame, start, end, label, rule in _frames(text):
        result = _placed(text, result, (frame, start, end), label, rule)
    return result


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
        name = match.group("name")
        quoted = match.group()[:1] in '"\u201d'
        if quoted and _LICENSED.match(text, match.end()) is None:
            continue  # '"Home" by Night' is a title, not a credit
        if not _names_no_one(name) and not _common_word(name):
            found.append((match.start(), *match.span("name"), "", CREDIT))
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
    frame's own words in ("Dear Hannah"), or a new one in place of the runs of proper
    nouns overlapping it. A mention NER found that overlaps the name otherwise is left
    as it is."""
    frame, start, end = where
    overlapping = [m for m in mentions if m.start < end and start < m.end]
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
    name = text[start:end]
    mention = EntityMention(
        start, end, name, label, rule, tokens=len(name.split()), sentence_initial=False
    )
    return [*(m for m in mentions if m not in overlapping), mention]
