"""Per paragraph: spaCy's entities and the names NER missed, as plain mentions.

``collect(doc, offset)`` turns spaCy's entities into clean name mentions (no leading
"the" or title, no possessive, hyphenated demonym compounds split) and records the
syntax around each one. It also recovers names NER missed: countries and demonyms from
the gazetteer, and (in ``recover``) the sources of attributions, those the claim layer
found speaking included, and runs of proper nouns (kept later only if they recur or
match a known name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.actors.clean import (
    adjective_led_organisation,
    brand_and_place,
    clean_tokens,
    coast_of_place,
    country_in_heading,
    rejoin_split_name,
    university_and_campus,
    whole_organisation,
)
from dramatis.actors.definite import recover_definite_heads
from dramatis.actors.filters import (
    describes_a_thing,
    is_time_zone,
    is_unit_after_number,
    role_in_apposition,
    used_as_language,
)
from dramatis.actors.frames import recover_frames
from dramatis.actors.mention import KIND_OF_LABEL, EntityMention, make_mention
from dramatis.actors.recover import (
    nested_names,
    recover_cited_authors,
    recover_deities,
    recover_proper_noun_runs,
    recover_sources,
)
from dramatis.actors.split import split_entity
from dramatis.actors.syntax import is_capitalised, is_title_case_heading
from dramatis.actors.text import gazetteer_label
from dramatis.actors.titles import collect_bare_titles

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token


# Entity labels that are never actors, nor to be recovered as names.
_NEVER_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


def collect(doc: Doc, offset: int, speakers: Iterable[tuple[int, int]] = ()) -> list[EntityMention]:
    """Name mentions in one parsed paragraph, as plain data, in text order.

    ``speakers``: where (document offsets) words stand that the claim layer found
    speaking by name (``dramatis.claims.named_sources``); a name there that NER
    missed is recovered as the source of an attribution.
    """
    found = Found(doc, offset, speakers)
    recover_cited_authors(found)  # before NER joins two authors into one body
    _entities(found)
    _gazetteer_names(found)
    collect_bare_titles(found)  # before a title is recovered as a source or a name
    recover_deities(found)
    recover_sources(found)
    recover_definite_heads(found)
    recover_frames(found)
    recover_proper_noun_runs(found)
    nested_names(found)
    found.mentions.sort(key=lambda m: (m.start, -m.end))
    return found.mentions


class Found:
    """The mentions found in a paragraph so far, and the tokens taken: by a mention,
    or by something that is no actor and must not be recovered as a name; and the
    tokens the claim layer found speaking."""

    def __init__(self, doc: Doc, offset: int, speakers: Iterable[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.offset = offset
        self.mentions: list[EntityMention] = []
        self.taken = bytearray(len(doc))
        starts = {start - offset for start, _ in speakers}
        self.speakers = frozenset(t.i for t in doc if t.idx in starts) if starts else frozenset()

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
                speaks=any(t.i in self.speakers for t in tokens),
            )
        )
        self.take(tokens)


def _entities(found: Found) -> None:
    """spaCy's entities, cleaned and split into the names they hold."""
    doc = found.doc
    heading = is_title_case_heading(doc)
    for ent in doc.ents:
        if ent.label_ in KIND_OF_LABEL:
            tokens = list(ent)
            tokens = rejoin_split_name(tokens, ent.label_)
            tokens, label = adjective_led_organisation(tokens, ent.label_)
            tokens = coast_of_place(tokens, label)
            tokens, label = brand_and_place(tokens, label)
            if label == "ORG":
                tokens, is_title = whole_organisation(tokens)
                if is_title:  # "Police and Crime Commissioner" before a name: a role
                    found.take(tokens)
                    continue
                campus = university_and_campus(tokens)
                if campus:  # one name across its comma: not split there
                    found.add(campus, label, "ner")
                    continue
            if (
                is_time_zone(tokens)
                or is_unit_after_number(tokens)
                or used_as_language(tokens, label)
                or role_in_apposition(tokens, label)
                or describes_a_thing(tokens, label)
            ):
                found.take(tokens)  # nor to be recovered as a run of proper nouns
                continue
            if heading:
                tokens = country_in_heading(tokens)
            for piece, piece_label in split_entity(tokens, label):
                found.add(piece, piece_label, "ner")
    # Dates, times, numbers, money: never actors, nor to be recovered as names.
    for ent in doc.ents:
        if ent.label_ in _NEVER_ACTORS:
            found.take(list(ent))


def _gazetteer_names(found: Found) -> None:
    """Countries and demonyms NER missed ("Indian-Pakistani talks")."""
    for token in found.doc:
        if found.taken[token.i] or not is_capitalised(token) or not token.is_alpha:
            continue
        label = gazetteer_label(token.text) or _country_code_before_name(token)
        if not label:
            continue
        if describes_a_thing([token], label) or used_as_language([token], label):
            found.take([token])  # nor to be recovered as a run of proper nouns
        else:
            found.add([token], label, "gazetteer")


# Country codes the gazetteer leaves out, being words too ("LET US GO").
_COUNTRY_CODES = frozenset({"US", "USA"})


def _country_code_before_name(token: Token) -> str:
    """ "US" in "US Second Amendment rights", "the US West Coast", "US $ 8": a country's
    code before a name in title case or a price is the country; in a shouted line the
    next word is in capitals too, and before a verb ("Help US Build") "US" is "us"."""
    if token.text not in _COUNTRY_CODES or token.i + 1 >= len(token.doc):
        return ""
    after = token.doc[token.i + 1]
    if after.text == "$":
        return "GPE"
    if after.pos_ == "PROPN" and after.text[:1].isupper() and not after.is_upper:
        return "GPE"
    return ""
