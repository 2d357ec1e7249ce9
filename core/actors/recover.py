"""Names NER missed, recovered per paragraph while the tokens are there: the sources of
attributions (found by the syntax here, or by the claim layer, which passes the head
words of its named sources to ``collect``) and runs of proper nouns.

This is the one place that decides which unlabelled words become mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.actors.syntax import attribution_role, is_capitalised, is_title_word
from dramatis.lexicon.name_context import DETERMINERS, PRONOUNS
from dramatis.lexicon.names import NAME_CONNECTORS

if TYPE_CHECKING:
    from dramatis.actors.collection import Found
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


def recover_sources(found: Found) -> None:
    """Sources NER missed: of an attribution the syntax shows ("X said", "by X",
    "according to X"), or one the claim layer found speaking."""
    taken, offset = found.taken, found.offset
    for token in found.doc:
        if not is_capitalised(token):
            continue
        if token.i not in found.speakers and not attribution_role(token):
            continue
        phrase = name_phrase(token)
        if any(taken[t.i] for t in phrase) or not is_recoverable_name(phrase):
            continue
        tail = name_tail(phrase)
        if tail:
            # "Notes from Poland": a name that holds a place is the name, not the place.
            first, last = tail[0].idx + offset, tail[-1].idx + len(tail[-1].text) + offset
            inside = [m for m in found.mentions if m.start < last and m.end > first]
            if all(first <= m.start and m.end <= last for m in inside):
                found.mentions[:] = [m for m in found.mentions if m not in inside]
                for t in tail:
                    taken[t.i] = 0
                phrase = phrase + tail
        found.add(phrase, "", "attribution")


def recover_proper_noun_runs(found: Found) -> None:
    """Runs of proper nouns: candidates, kept by consolidate if they recur."""
    run: list[Token] = []
    for token in [*found.doc, None]:
        extends = token is not None and not found.taken[token.i] and token.pos_ == "PROPN"
        if extends and is_capitalised(token) and (token.is_alpha or (token.text == "-" and run)):
            run.append(token)
            continue
        words = [t for t in run if t.text != "-"]
        if (
            run
            and len(run) <= 6
            and not all(is_title_word(t) for t in words)
            and is_recoverable_name(words)
        ):
            found.add(run, "", "propn")
        run = []
