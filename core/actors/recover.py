"""Names NER missed: the sources of attributions, and named sources the claim layer found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.mention import EntityMention
from dramatis.actors.syntax import is_capitalised
from dramatis.analysis import Span
from dramatis.lexicon.name_context import DETERMINERS, FUNCTION_WORDS, PRONOUNS
from dramatis.lexicon.names import NAME_CONNECTORS
from dramatis.lexicon.nouns import DOCUMENT_NOUNS
from dramatis.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_phrase(root: Token) -> list[Token]:
    """The capitalised name around a source word: "Human Rights Watch", "Brookings Institution"."""
    doc = root.doc
    sentence = root.sent
    start = root.i
    while start - 1 >= sentence.start:
        previous = doc[start - 1]
        if not is_capitalised(previous) or previous.pos_ not in ("PROPN", "ADJ", "NOUN"):
            break
        if previous.lower_ in DETERMINERS or previous.lower_ in PRONOUNS:
            break
        start -= 1
    end = root.i
    while end + 1 < sentence.end:
        following = doc[end + 1]
        if following.pos_ != "PROPN" or not is_capitalised(following) or following.head.i < start:
            break
        end += 1
    return list(doc[start : end + 1])


def name_tail(phrase: list[Token]) -> list[Token]:
    """ "from Poland" after "Notes", "Without Borders" after "Reporters": the rest of
    a source's name, a connector and capitalised proper nouns (NER may have taken
    them as a place of their own)."""
    doc = phrase[0].doc
    end = phrase[-1].i + 1
    sentence_end = phrase[-1].sent.end
    if end + 1 >= sentence_end or doc[end].lower_ not in NAME_CONNECTORS:
        return []
    stop = end + 1
    while stop < sentence_end and doc[stop].pos_ == "PROPN" and is_capitalised(doc[stop]):
        stop += 1
    return list(doc[end:stop]) if stop > end + 1 else []


def is_recoverable_name(tokens: list[Token]) -> bool:
    if not tokens or not all(is_capitalised(t) for t in tokens):
        return False
    if all(t.lower_ in PRONOUNS or t.is_stop for t in tokens):
        return False
    if any(t.like_num or (not t.is_alpha and t.text != "-") for t in tokens):
        return False
    first = tokens[0]
    initial = first.is_sent_start or first.i == 0
    # At a sentence start a capital proves nothing ("Advocates argue"): need PROPN.
    return not initial or all(t.pos_ == "PROPN" for t in tokens)


def hint_mentions(
    text: str, hints: Sequence[Span], taken: list[tuple[int, int]]
) -> list[EntityMention]:
    """Named claim sources from the claims layer, when they look like proper names."""
    index = SpanIndex((s, e, None) for s, e in taken)
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
        if index.overlaps(start, end):
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
