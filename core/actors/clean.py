"""Strip from an entity what is not part of the name; complete names NER cut short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.syntax import (
    is_capitalised,
    is_gazetteer_place,
    is_plural_title,
    is_title_word,
    opens_sentence,
    tokens_key,
)
from dramatis.actors.text import DASHES, camel_case, gazetteer_label
from dramatis.lexicon.name_context import DETERMINERS, POSSESSIVE
from dramatis.lexicon.names import (
    CAMPUS_HEADS,
    FACILITY_WORDS,
    INSTITUTION_WORDS,
    ORG_WORDS,
    OTHER_WORDS,
    PLACE_WORDS,
    SHORE_WORDS,
    TITLE_ONLY_AFTER_TITLE,
    TITLES,
    WORD_OR_TITLE,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Parts of speech that cannot begin or end a name ("of", "and", "'s").
_EDGE_POS = frozenset({"ADP", "CCONJ", "PART", "SCONJ", "PUNCT"})


def clean_tokens(doc: Doc, tokens: list[Token], label: str) -> tuple[list[Token], bool, bool]:
    """Strip what is not part of a name: articles, titles, possessives, punctuation.

    Returns the remaining tokens, whether a title was stripped, and whether a
    capitalised mid-sentence "The" was kept as part of the name.
    """
    titled = False
    kept_article = False
    if not label and (numbered_label(tokens) or in_exclamation(tokens)):
        return [], False, False
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or tokens[0].pos_ in _EDGE_POS
        or tokens[0].text in POSSESSIVE
    ):
        tokens = tokens[1:]
    # A capitalised sentence opener run into a name ("Evidently Natásha", "Beside
    # Kutúzov": the tagger may call a capitalised preposition a proper noun).
    while len(tokens) > 1 and tokens[0].is_sent_start and opens_sentence(tokens[0]):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].text in POSSESSIVE
        or tokens[-1].is_punct
        or tokens[-1].is_space
        or tokens[-1].like_num
        or (tokens[-1].pos_ in _EDGE_POS | {"PRON"} and tokens[-1].is_lower)  # "X himself"
    ):
        tokens = tokens[:-1]  # "Patrice Talon of", "Sweden 1", "Macron's"
    if tokens and tokens[0].lower_ in DETERMINERS:
        first = tokens[0]
        sentence_initial = first.is_sent_start or first.i == 0
        if first.text == "The" and not sentence_initial and len(tokens) > 1 and label != "GPE":
            kept_article = True  # "The New York Times" written so mid-sentence
        else:
            tokens = tokens[1:]
    institution = bool(tokens) and tokens[-1].lower_ in ORG_WORDS | PLACE_WORDS
    if not kept_article and not institution:
        # "Prime Minister Narendra Modi", "Sheikh Tamim bin Hamad": keep at least one
        # word; "Foreign Ministry" and "Supreme Court" keep theirs.
        while len(tokens) > 1 and is_capitalised(tokens[1]):
            plural = is_plural_title(tokens[0])  # "Presidents X of A and Y of B"
            if not (is_title_word(tokens[0]) or plural):
                break
            if tokens[0].lower_ in TITLE_ONLY_AFTER_TITLE and not titled:
                break
            word = tokens[0].lower_.rstrip(".")
            word = word[:-1] if plural else word
            if word in WORD_OR_TITLE and label not in ("PERSON", ""):
                break  # "General Motors", "Justice Department", "Crown Estate"
            tokens = tokens[1:]
            titled = True
    return tokens, titled, kept_article


def numbered_label(tokens: list[Token]) -> bool:
    """ "Figure 2", "Wave 4 respondents", "Tab 8", "Method 1": one capitalised word
    right before the number it labels names a part, a step or a round, not an actor.
    Only for words NER left unlabelled: it knows "Channel 4" and "Terminal 2"."""
    if len(tokens) != 1:
        return False
    doc = tokens[0].doc
    following = doc[tokens[0].i + 1] if tokens[0].i + 1 < len(doc) else None
    return following is not None and following.is_digit and len(following.text) < 4


def in_exclamation(tokens: list[Token]) -> bool:
    """ "Oh my God!", "oh, my Lord.", "Well, my God, ...": a capitalised word after an
    exclamation's "my" and before its punctuation calls on nobody in the story."""
    if len(tokens) != 1 or tokens[0].i < 1:
        return False
    word = tokens[0]
    doc = word.doc
    my = doc[word.i - 1]
    before = doc[my.i - 1] if my.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    opens = before is None or before.is_punct or before.lower_ == "oh" or my.is_sent_start
    return my.lower_ == "my" and opens and (after is None or after.is_punct)


def whole_organisation(tokens: list[Token]) -> tuple[list[Token], bool]:
    """Extend an organisation NER cut before a title or institution word.

    "Office of the UN" + "High Commissioner for Human Rights" is one name. A name
    that, so extended, ends in a title right before a person's name is a title
    ("NATO Secretary-General Jens Stoltenberg"): the organisation stays as NER
    found it, unless that was a fragment ending a coordination ("Police and
    Crime" of "Police and Crime Commissioner Stephen Mold"), which is dropped.
    """
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if tokens[-1].text in POSSESSIVE:
        return tokens, False

    def continues(i: int, new_entity: bool = False) -> bool:
        token = doc[i]
        return (
            is_capitalised(token)
            and token.pos_ in ("PROPN", "NOUN")
            and token.ent_type_ in ("", "ORG")
            and (new_entity or token.ent_iob_ != "B")
            and not token.is_sent_start
        )

    def hyphenated(i: int) -> bool:  # "Secretary-General"
        return (
            doc[i].text in DASHES
            and not doc[i - 1].whitespace_
            and i + 1 < len(doc)
            and not doc[i].whitespace_
            and continues(i + 1)
        )

    run = end
    while run < len(doc) and (continues(run) or hyphenated(run)):
        run += 1
    if not any(t.lower_ in TITLES | ORG_WORDS for t in doc[end:run]):
        return tokens, False
    end = run
    while end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and continues(end + 1, True):
        end += 2
        while end < len(doc) and (continues(end) or hyphenated(end)):
            end += 1
    whole = list(doc[tokens[0].i : end])
    last = whole[-1].lower_
    if end < len(doc) and doc[end].ent_type_ == "PERSON" and last in TITLES - ORG_WORDS:
        fragment = any(t.lower_ in ("and", "&") for t in tokens)
        return (whole, True) if fragment else (tokens, False)
    return whole, False


def adjective_led_organisation(tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """ "Polish State Naval Archive", "Leeds Rugby Stadium": a country's adjective or a
    place NER tagged alone, then a run of capitalised proper nouns outside every other
    entity that ends in an institution or facility word, is that body's or building's
    name, not the country or the place."""
    if label not in ("NORP", "GPE"):
        return tokens, label
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and is_capitalised(doc[end])
        and doc[end].ent_type_ in ("", "NORP")
        and not doc[end].is_sent_start
        and doc[end].text not in POSSESSIVE
    ):
        end += 1
    last = doc[end - 1].lower_
    if end == tokens[-1].i + 1 or last not in ORG_WORDS | INSTITUTION_WORDS | FACILITY_WORDS:
        return tokens, label
    return list(doc[tokens[0].i : end]), "FAC" if last in FACILITY_WORDS else "ORG"


def brand_and_place(tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """ "(StyleHouse Leeds)": a camel-case brand outside every entity right before a
    place NER tagged alone is that brand's branch in the place, one organisation."""
    doc = tokens[0].doc
    first = tokens[0].i
    if label != "GPE" or first == 0 or tokens[0].text in DETERMINERS:
        return tokens, label
    brand = doc[first - 1]
    if brand.ent_type_ or brand.pos_ != "PROPN" or not camel_case(brand.text):
        return tokens, label
    return [brand, *tokens], "ORG"


def coast_of_place(tokens: list[Token], label: str) -> list[Token]:
    """ "the Pacific Coast of Chile": a coast NER tagged alone, then "of" and a country
    or province, is one stretch of land, named with the place it lies in."""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if label != "LOC" or tokens[-1].lower_ not in SHORE_WORDS or end + 1 >= len(doc):
        return tokens
    if doc[end].lower_ != "of":
        return tokens
    start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    run = start
    while run < len(doc) and doc[run].pos_ == "PROPN" and is_capitalised(doc[run]):
        run += 1
    if run == start or not is_gazetteer_place(list(doc[start:run])):
        return tokens
    return list(doc[tokens[0].i : run])


def university_and_campus(tokens: list[Token]) -> list[Token] | None:
    """ "University of Wisconsin, Madison": a university named after a state or
    province, then a comma and one city's name, is the one campus in that city;
    the whole name, whether NER ran it across the comma or stopped at it, else None."""
    doc = tokens[0].doc
    commas = [t.i for t in tokens if t.text == ","]
    end = commas[0] if commas else tokens[-1].i + 1
    words = [t for t in doc[tokens[0].i : end] if t.lower_ not in DETERMINERS]
    if (
        len(words) < 3
        or words[0].lower_ not in CAMPUS_HEADS
        or words[1].lower_ != "of"
        or not gaz.is_province(tokens_key(words[2:]))
        or end + 1 >= len(doc)
        or doc[end].text != ","
    ):
        return None
    town = end + 1
    while town < len(doc) and doc[town].pos_ == "PROPN" and is_capitalised(doc[town]):
        town += 1
    key = tokens_key(list(doc[end + 1 : town]))
    if town == end + 1 or town < tokens[-1].i + 1 or not gaz.city_population(key):
        return None
    if gaz.is_province(key) or gaz.country_of_name(key) or (town < len(doc) and doc[town].is_alpha):
        return None
    return list(doc[tokens[0].i : town])


def _plain_name_word(token: Token) -> bool:
    """A capitalised proper noun outside every entity that is no title, institution,
    place or country word: a part of a personal name the model left out."""
    return (
        token.pos_ == "PROPN"
        and token.ent_iob_ == "O"
        and token.is_alpha
        and is_capitalised(token)
        and token.lower_ not in TITLES | ORG_WORDS | PLACE_WORDS | OTHER_WORDS
        and not gazetteer_label(token.text)
    )


def rejoin_split_name(tokens: list[Token], label: str) -> list[Token]:
    """ "Jan Kowalczyk" of which NER tagged one word: the given name or surname next
    to it, joined to it as a compound in the parse, is part of the same name.

    Only for a one-word PERSON or ORG entity and a one-word neighbour, so that a
    name is completed, never run into the next one.
    """
    if label not in ("PERSON", "ORG") or len(tokens) != 1 or is_title_word(tokens[0]):
        return tokens
    word = tokens[0]
    doc = word.doc
    if word.lower_ in ORG_WORDS | PLACE_WORDS or gazetteer_label(word.text):
        return tokens
    if word.i > 0:
        before = doc[word.i - 1]
        alone = before.i == 0 or doc[before.i - 1].pos_ != "PROPN"
        if alone and before.dep_ == "compound" and before.head == word and _plain_name_word(before):
            return [before, word]
    if word.i + 1 < len(doc):
        after = doc[word.i + 1]
        alone = after.i + 1 == len(doc) or doc[after.i + 1].pos_ != "PROPN"
        if alone and word.dep_ == "compound" and word.head == after and _plain_name_word(after):
            return [word, after]
    return tokens


def country_in_heading(tokens: list[Token]) -> list[Token]:
    """In a title-case heading, an entity that begins with a country and runs on
    ("North Korea Expels") is the country: the rest is the headline's verb."""
    for cut in range(len(tokens) - 1, 0, -1):
        if gaz.country_of_name(tokens_key(tokens[:cut])):
            return tokens[:cut]
    return tokens
