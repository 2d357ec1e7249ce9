"""Split what NER ran together: an entity into the names it holds (per paragraph), and a
group of mentions into the groups of the names it holds (per document)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.group import Group
from dramatis.actors.syntax import (
    between_letters,
    is_capitalised,
    is_gazetteer_place,
    place_label,
    tokens_key,
)
from dramatis.actors.text import DASHES, SEPARATORS, gazetteer_label
from dramatis.lexicon.name_context import STRONG_SPATIAL
from dramatis.lexicon.names import (
    FACILITY_WORDS,
    ORG_WORDS,
    ORGANISATION_ENDS,
    OTHER_WORDS,
    PLACE_WORDS,
    TITLES,
)
from dramatis.lexicon.verbs import SOURCE_VERBS
from dramatis.text import without_possessive

if TYPE_CHECKING:
    from spacy.tokens import Token


def split_entity(tokens: list[Token], label: str) -> list[tuple[list[Token], str]]:
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
        glued = len(token.text) > 1 and any(c in SEPARATORS for c in token.text)
        if glued:  # 'himself”—and', one token to the tokenizer: the name ended before
            break
        letters = token.text == "/" and between_letters(token)  # "A/S" is one legal form
        if (token.text in SEPARATORS and not letters) or (token.text in DASHES and spaced):
            if current:
                pieces.append((current, label))
            current = []
        elif token.text in ("'s", "\u2019s") and current and place_label(current):
            pieces.append((current, place_label(current)))
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
        part_labels = [gazetteer_label(t.text) for t in words] if hyphenated else []
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
    if label not in ("PERSON", "ORG", "") or is_gazetteer_place(tokens):
        return [(tokens, label)]
    cut = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), -1)
    head, country = tokens[:cut], tokens[cut + 1 :]
    if cut < 2 or not country or not gaz.country_of_name(tokens_key(country)):
        return [(tokens, label)]
    words = {t.lower_ for t in head}
    if not all(is_capitalised(t) for t in head) or words & (ORG_WORDS | PLACE_WORDS | TITLES):
        return [(tokens, label)]
    return [(head, "PERSON" if label == "PERSON" else ""), (country, "GPE")]


def _speaks_or_follows_role(tokens: list[Token]) -> bool:
    """Is this entity the speaker of a report ("... X said") or does it follow a role
    and a preposition ("director of X", "spokesman for X")?"""
    root = tokens[-1]
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SOURCE_VERBS:
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
    shaped = all(is_capitalised(t) and t.is_alpha for t in words[:1]) and all(
        t.is_alpha or t.text == "-" for t in tail
    )
    if not shaped or not 1 <= len(words) <= 4 or tail[0].text == "-" or tail[-1].text == "-":
        return [(tokens, label)]
    # Parts of a hyphenated given name may be lowercase ("Jo-ann"); whole words not.
    capitalised = all(
        is_capitalised(t) for i, t in enumerate(tail) if i == 0 or tail[i - 1].whitespace_
    )
    lowered = {t.lower_ for t in words}
    if not capitalised or lowered & (
        ORG_WORDS | PLACE_WORDS | TITLES | OTHER_WORDS | ORGANISATION_ENDS
    ):
        return [(tokens, label)]
    if any(gazetteer_label(t.text) for t in words) or not _speaks_or_follows_role(tokens):
        return [(tokens, label)]
    return [(head, "ORG"), (tail, "PERSON")]


def _split_coordination(tokens: list[Token], label: str) -> list[tuple[list[Token], str]]:
    """ "Crete and Cyprus" is two places; "Trinidad and Tobago" is one country."""
    joints = [
        i for i, t in enumerate(tokens) if t.lower_ in ("and", "&") and 0 < i < len(tokens) - 1
    ]
    if len(joints) != 1 or is_gazetteer_place(tokens):
        return [(tokens, label)]
    left, right = tokens[: joints[0]], tokens[joints[0] + 1 :]
    if is_gazetteer_place(left) and is_gazetteer_place(right):
        return [(left, label), (right, label)]
    return [(tokens, label)]


def split_coordinated_groups(by_key: dict[str, Group]) -> None:
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
            head = without_possessive(m.text[: match.start()])  # "Rostóv's and ..."
            tail = m.text[match.end() :]
            # Each is listed with the other: a country beside it votes place.
            first = replace(
                m,
                end=m.start + len(head),
                text=head,
                tokens=1,
                sibling_label=gazetteer_label(tail) or m.sibling_label,
            )
            second = replace(
                m,
                start=m.start + match.end(),
                text=tail,
                sentence_initial=False,
                sibling_label=gazetteer_label(head) or m.sibling_label,
            )
            by_key[left].mentions.append(first)
            by_key[right].mentions.append(second)


def _is_spatial_place(group: Group) -> bool:
    """A name the text uses as a place: mostly GPE/LOC, never a person, and found
    at least once after "in", "near", "over"... ("in Petersburg")."""
    labels = group.labels
    if labels["PERSON"] or (labels["GPE"] + labels["LOC"]) * 2 <= labels.total():
        return False
    return any(m.preposition in STRONG_SPATIAL for m in group.mentions)


def split_places_run_into_names(by_key: dict[str, Group]) -> None:
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


# "the Palace of Forty Columns" cut to "Palace": the capitalised complement names
# which one. "its Chair", "the new Administration": another's, or another one.
_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")
_OTHER_ONE = re.compile(
    r"\b(?:its|their|his|her|our|your|new|former|previous|next|another)\s+$", re.IGNORECASE
)
_OTHER_LOOK_BACK = 10  # characters: "previous " and a space


_GENERIC_HEADS = ORG_WORDS | FACILITY_WORDS
_COMPASS = frozenset({"north", "south", "east", "west"})  # "East of Main": a direction


def split_generic_heads(
    text: str, groups: list[Group], lowercase_words: frozenset[str] = frozenset()
) -> None:
    """A one-word name that is the head noun of organisations or buildings ("Palace",
    "Court", "Administration") names one actor only as far as the text says which:
    written with a capitalised "of" complement it is the longer name, each complement
    apart ("the Palace of Forty Columns", "the Palace of Eight Paradises"); after a
    possessive or "new", "former" it is someone else's, or another one, each mention
    on its own. Another common word or plural, no person's ("the Members of the
    House", "the Members of the Senate"), is split by a complement that names an
    organisation or place of the text ("Kennedy of Massachusetts" stays Kennedy)."""
    by_key = {group.key: group for group in groups}
    for group in list(groups):
        if len(group.words) != 1 or group.country:
            continue
        generic = group.key in _GENERIC_HEADS
        common = group.key in lowercase_words or group.key.endswith("s")  # "Members"
        personal = group.labels["PERSON"] or any(m.titled for m in group.mentions)
        if not generic and (not common or personal or group.key in _COMPASS):
            continue
        kept: list = []
        recurs = len(group.mentions) > 1 and not all(m.sentence_initial for m in group.mentions)
        for m in (replace(m, recurs=recurs) for m in group.mentions):
            complement = _COMPLEMENT.match(text, m.end)
            if complement is not None and not generic:
                complement = complement if _names_a_body(by_key, complement.group(1)) else None
            other = _OTHER_ONE.search(text, max(0, m.start - _OTHER_LOOK_BACK), m.start)
            if complement is not None:
                end = complement.end()
                longer = replace(m, end=end, text=text[m.start : end], tokens=m.tokens + 2)
                key = gaz.normalise(longer.text)
                if key not in by_key:
                    by_key[key] = Group(key, tuple(key.split()))
                    groups.append(by_key[key])
                by_key[key].mentions.append(longer)
            elif other is not None and generic:
                groups.append(Group(f"{group.key}#{m.start}", group.words, [m]))
            else:
                kept.append(m)
        if len(kept) < len(group.mentions):
            group.mentions[:] = kept
            if not kept:
                groups.remove(group)


def _names_a_body(by_key: dict[str, Group], name: str) -> bool:
    """Is this the name of an organisation or place the text names on its own?"""
    group = by_key.get(gaz.normalise(name))
    if group is None:
        return False
    labels = group.labels
    return labels["ORG"] + labels["GPE"] + labels["LOC"] + labels["FAC"] > labels["PERSON"]


_COMPASS_NAMES = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def split_bare_compass_words(text: str, groups: list[Group]) -> None:
    """ "the South" is a region; a bare "South" ("North / South Street", "flew
    Southwest") a direction or a name of something else: two groups."""
    for group in list(groups):
        if group.key not in _COMPASS_NAMES:
            continue
        bare = [
            m for m in group.mentions if not _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
        ]
        if bare and len(bare) < len(group.mentions):
            # Either part keeps the recurrence that vouched for the name.
            recurs = not all(m.sentence_initial for m in group.mentions)
            ids = {id(m) for m in bare}
            the = [replace(m, recurs=recurs) for m in group.mentions if id(m) not in ids]
            group.mentions[:] = the
            bare = [replace(m, recurs=recurs) for m in bare]
            groups.append(Group(f"{group.key}#bare", group.words, bare))
