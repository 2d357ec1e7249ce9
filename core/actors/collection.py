"""Per paragraph: spaCy's entities and the names NER missed, as plain mentions.

``collect(doc, offset)`` turns spaCy's entities into clean name mentions (no leading
"the" or title, no possessive, hyphenated demonym compounds split) and records the
syntax around each one. It also recovers names NER missed: countries and demonyms from
the gazetteer, the sources of attributions, and runs of proper nouns (kept later only if
they recur or match a known name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.actors.clean import (
    clean_tokens,
    country_in_heading,
    rejoin_split_name,
    whole_organisation,
)
from dramatis.actors.filters import (
    describes_a_thing,
    is_time_zone,
    is_unit_after_number,
    role_in_apposition,
    used_as_language,
)
from dramatis.actors.mention import KIND_OF_LABEL, EntityMention, make_mention
from dramatis.actors.recover import is_recoverable_name, name_phrase, name_tail
from dramatis.actors.split import split_entity
from dramatis.actors.syntax import (
    attribution_role,
    is_capitalised,
    is_title_case_heading,
    is_title_word,
)
from dramatis.actors.text import gazetteer_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Entity labels that are never actors, nor to be recovered as names.
_NEVER_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def collect(doc: Doc, offset: int) -> list[EntityMention]:
    """Name mentions in one parsed paragraph, as plain data, in text order."""
    found = _Found(doc, offset)
    _entities(found)
    _gazetteer_names(found)
    _attribution_sources(found)
    _proper_noun_runs(found)
    found.mentions.sort(key=lambda m: m.start)
    return found.mentions


class _Found:
    """The mentions found in a paragraph so far, and the tokens taken: by a mention,
    or by something that is no actor and must not be recovered as a name."""

    def __init__(self, doc: Doc, offset: int) -> None:
        self.doc = doc
        self.offset = offset
        self.mentions: list[EntityMention] = []
        self.taken = bytearray(len(doc))

    def take(self, tokens: list[Token]) -> None:
        for t in tokens:
            self.taken[t.i] = 1

    def add(self, tokens: list[Token], label: str, source: str, titled: bool = False) -> None:
        tokens, stripped_title, kept_article = clean_tokens(self.doc, tokens, label)
        if not tokens or any(self.taken[t.i] for t in tokens):
            return
        if not any(c.isalpha() for t in tokens for c in t.text):
            return
        self.mentions.append(
            make_mention(
                self.doc,
                tokens,
                label,
                source,
                self.offset,
                titled or stripped_title,
                kept_article,
            )
        )
        self.take(tokens)


def _entities(found: _Found) -> None:
    """spaCy's entities, cleaned and split into the names they hold."""
    doc = found.doc
    heading = is_title_case_heading(doc)
    for ent in doc.ents:
        if ent.label_ in KIND_OF_LABEL:
            tokens = list(ent)
            tokens = rejoin_split_name(tokens, ent.label_)
            if ent.label_ == "ORG":
                tokens, is_title = whole_organisation(tokens)
                if is_title:  # "Police and Crime Commissioner" before a name: a role
                    found.take(tokens)
                    continue
            if (
                is_time_zone(tokens)
                or is_unit_after_number(tokens)
                or used_as_language(tokens, ent.label_)
                or role_in_apposition(tokens, ent.label_)
                or describes_a_thing(tokens, ent.label_)
            ):
                found.take(tokens)  # nor to be recovered as a run of proper nouns
                continue
            if heading:
                tokens = country_in_heading(tokens)
            for piece, label in split_entity(tokens, ent.label_):
                found.add(piece, label, "ner")
    # Dates, times, numbers, money: never actors, nor to be recovered as names.
    for ent in doc.ents:
        if ent.label_ in _NEVER_ACTORS:
            found.take(list(ent))


def _gazetteer_names(found: _Found) -> None:
    """Countries and demonyms NER missed ("Indian-Pakistani talks")."""
    for token in found.doc:
        if found.taken[token.i] or not is_capitalised(token) or not token.is_alpha:
            continue
        label = gazetteer_label(token.text)
        if label and not describes_a_thing([token], label) and not used_as_language([token], label):
            found.add([token], label, "gazetteer")


def _attribution_sources(found: _Found) -> None:
    """Sources of attributions NER missed, and flags on the ones it found."""
    taken, offset = found.taken, found.offset
    for token in found.doc:
        if not is_capitalised(token) or not attribution_role(token):
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


def _proper_noun_runs(found: _Found) -> None:
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
