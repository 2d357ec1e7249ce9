"""Names NER missed, recovered per paragraph while the tokens are there: the sources of
attributions (found by the syntax here, or by the claim layer, which passes the head
words of its named sources to ``collect``) and runs of proper nouns.

This is the one place that decides which unlabelled words become mentions."""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dramatis import gazetteer as gaz
from dramatis.actors.mention import EntityMention, make_mention
from dramatis.actors.syntax import attribution_role, is_capitalised, is_title_word
from dramatis.actors.text import display
from dramatis.analysis import Actor
from dramatis.lexicon.name_context import DETERMINERS, PRONOUNS
from dramatis.lexicon.names import (
    ADDRESS_WORDS,
    DEITY_NAMES,
    EXCLAIMING_WORDS,
    FACILITY_WORDS,
    GENERIC_WORDS,
    NAME_CONNECTORS,
    ORG_WORDS,
    OTHER_WORDS,
    PLACE_WORDS,
    TITLES,
)
from dramatis.pipeline import FALLBACK_MODEL
from dramatis.spans import SpanIndex
from dramatis.text import POSSESSIVE

if TYPE_CHECKING:
    from dramatis.actors.collection import Found
    from spacy.tokens import Doc, Span, Token


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


def recover_deities(found: Found) -> None:
    """ "God" in "hoping God will take sides", "devote himself to God": a god's name
    alone, as a person's; not in an oath or exclamation ("oh God", "by God")."""
    doc = found.doc
    for token in doc:
        if token.lower_ not in DEITY_NAMES or not token.text[:1].isupper():
            continue
        if found.taken[token.i] or token.tag_ != "NNP" or token.dep_ == "compound":
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if before is not None and before.lower_ in EXCLAIMING_WORDS:
            continue
        if after is not None and after.pos_ == "PROPN":
            continue  # "God Save the Queen", "Jesus Christ" (NER's, or a run)
        if _exclaimed(token):
            continue
        found.add([token], "PERSON", "known")


def _exclaimed(token: Token) -> bool:
    """ "God, I don't know", "God these guys never stop", "for God's sake": a god's
    name as an exclamation, outside the sentence it opens."""
    doc = token.doc
    if token.dep_ in ("intj", "npadvmod"):
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text in (",", "!") and (token.is_sent_start or token.i == 0):
        return True
    if token.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i != token.i for c in token.head.children
    ):
        return True  # a second subject: the name stands outside the clause
    return token.dep_ == "poss" and token.head.lower_ in ("sake", "sakes")


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


# Names that may hold another actor's name: organisations, facilities, places,
# events, works and laws, and names NER missed. Not a person's name nor a people's
# ("Patrick Gordon of Aberdeen" is one man; "Heidenreich & Turano" is split elsewhere).
_HOST_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT", ""})
_MAX_INNER_WORDS = 4
NESTED_CITY_POPULATION = 15_000
# Province names in the gazetteer that are also words for a part of any place.
_GENERIC_PLACE_WORDS = frozenset(
    {
        "central",
        "centre",
        "center",
        "eastern",
        "western",
        "northern",
        "southern",
        "coast",
        "bay",
        "delta",
    }
)


def _is_name_word(token: Token) -> bool:
    return is_capitalised(token) and any(c.isalpha() for c in token.text) and not token.is_punct


def _inner_runs(tokens: list[Token]) -> list[list[Token]]:
    """The runs of capitalised words in a name, split at its connectors, commas and
    lowercase words: "University of California, Berkeley" -> University, California, Berkeley."""
    runs: list[list[Token]] = [[]]
    for t in tokens:
        if _is_name_word(t) and t.lower_ not in DETERMINERS:
            runs[-1].append(t)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _nested_place(tokens: list[Token], whole_run: bool) -> bool:
    """A country, a capital or a province in the gazetteer; a country's shorter name
    ("America", "Korea") only as a whole run ("Bank of America", not "Great Lakes").
    A word the gazetteer lists as a province but which is a common place or compass
    word ("Lake", "Central") is no place on its own."""
    key = gaz.normalise("".join(t.text_with_ws for t in tokens))
    if key in PLACE_WORDS or key in _GENERIC_PLACE_WORDS:
        return False
    if whole_run and gaz.country_of_weak_name(key):
        return True
    return bool(gaz.country_of_name(key) or gaz.country_of_capital(key) or gaz.is_province(key))


# Names NER labelled that may hold a city's: not a name NER missed ("Roy Lake" may be a man).
_CITY_HOSTS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT"})
# Words of a name that a city also bears ("University", "Temple", "Federal", "Best").
_NOT_CITY_WORDS = TITLES | ORG_WORDS | PLACE_WORDS | FACILITY_WORDS | GENERIC_WORDS | OTHER_WORDS


@functools.cache
def english_words(part: str) -> frozenset[str]:
    """English words of one part of speech ("adj": "best", "federal"), from the
    lemmatizer tables of the pipeline dramatis always installs; empty without it."""
    try:
        from spacy.lookups import Lookups

        package = Path(importlib.import_module(FALLBACK_MODEL).__file__ or "").parent
        folder = next(package.glob("*/lemmatizer/lookups"))
        index = Lookups().from_disk(folder).get_table("lemma_index")
    except (ImportError, StopIteration, OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(index.get(part, ()))


@functools.cache
def english_modifiers() -> frozenset[str]:
    """English adjectives, adverbs and verbs: "best", "federal", "mobile"."""
    return english_words("adj") | english_words("adv") | english_words("verb")


def _common_word(token: Token) -> bool:
    """ "Pirates", "Castle", "High", "Red": a plural, an institution word or an English
    adjective, adverb or verb, not a name ("Verch"; the lemmatizer's nouns hold
    famous names too: "Tolstoy")."""
    word = token.lower_
    return token.tag_ == "NNPS" or word in _NOT_CITY_WORDS or word in english_modifiers()


def _nested_city(inner: list[Token], host: Span) -> bool:
    """ "Pittsburgh" in "Pittsburgh Pirates", "Leiden" in "Leiden University", "Pisa"
    in "University of Pisa": a city of GeoNames (15,000 people or more) inside a
    longer name, as a proper noun that modifies the name's head, not the head itself
    ("the Temple of the Sun"), nor a person's name, a common or an institution word
    ("Best Actress", "Federal Circuit", "Golden Age"), nor a people's adjective."""
    if any(t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "NORP") for t in inner):
        return False
    if host.root in inner or any(t.lower_ in _NOT_CITY_WORDS for t in inner):
        return False
    if len(inner) == 1 and inner[0].lower_ in english_modifiers():
        return False  # "Best Actress", "Federal Circuit", "Golden Age", "Union Station"
    following = host.doc[inner[-1].i + 1] if inner[-1].i + 1 < host.end else None
    # "Pittsburgh Pirates", "Auckland Castle"; not "Marco Verch", "San Ildefonso".
    if following is not None and _is_name_word(following) and not _common_word(following):
        return False
    if following is not None and following.text == "-":
        return False  # "Mary-Kate", "García-Paje": one name
    return _is_city(inner)


def _is_city(tokens: list[Token]) -> bool:
    key = gaz.normalise("".join(t.text_with_ws for t in tokens))
    return gaz.city_population(key) >= NESTED_CITY_POPULATION


def _is_demonym(tokens: list[Token]) -> bool:
    key = gaz.normalise("".join(t.text_with_ws for t in tokens))
    return bool(gaz.country_of_demonym(key)) or all(t.pos_ == "ADJ" for t in tokens)


def nested_names(found: Found) -> None:
    """Names inside the longer names found ("Minnesota" in "University of Minnesota",
    "Boston" in "Boston Red Sox"): every run of capitalised words in a host name, and
    the first words of one, become candidate mentions, nested in the host's.
    A gazetteer place stands on its own (label GPE); any other is kept by
    ``confirmed_nested`` only if the document names it outside a longer name."""
    doc, offset = found.doc, found.offset
    hosts = [
        m
        for m in found.mentions
        if (m.label in _HOST_LABELS or m.label == "PERSON") and not m.nested
    ]
    for host in hosts:
        span = doc.char_span(host.start - offset, host.end - offset, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct]
        # A country, capital or province is named by all its words: no "Congo" of
        # its own in "Democratic Republic of the Congo", no "Washington" in "Washington, D.C.".
        if len(words) < 2 or _nested_place(list(span), False):
            continue
        if host.label in ("GPE", "LOC", "") and _is_city(list(span)):
            continue  # no "San" in "San Francisco" (but "Prussia" in "King of Prussia")
        for run in _inner_runs(list(span)):
            # In a person's name, only what follows "of": "the Earl of Clare".
            if host.label == "PERSON" and (
                run[0].i <= span.start or doc[run[0].i - 1].lower_ != "of"
            ):
                continue
            # The first words of a run only: "York" in "New York", "Sudan" in "South
            # Sudan" or "Columbia" in "British Columbia" name another place.
            for size in range(min(len(run), _MAX_INNER_WORDS, len(words) - 1), 0, -1):
                inner = run[:size]
                if _is_demonym(inner):  # "Syrian" in "Syrian Democratic Forces"
                    continue
                place = _nested_place(inner, size == len(run))
                place = place or (host.label in _CITY_HOSTS and _nested_city(inner, span))
                label = "GPE" if place else ""
                mention = make_mention(doc, inner, label, "nested", offset, False, False)
                found.mentions.append(as_nested(mention))


def as_nested(mention: EntityMention) -> EntityMention:
    """A nested name plays no role of its own in the sentence: its host does."""
    return dataclasses.replace(
        mention,
        nested=True,
        acts=False,
        verb="",
        attribution=False,
        governs=False,
        published_on=False,
        entered=False,
        titled=False,
        sibling_label="",
        descriptor="",
    )


def confirmed_nested(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """The mentions with the nested candidates that pay: a gazetteer place, or a name
    the document also writes on its own; of overlapping ones, the longest."""
    keys = {gaz.normalise(m.text) for m in mentions if not m.nested and m.source != "propn"}
    # A run of proper nouns counts once it recurs, not only at a sentence start (as in
    # ``consolidation``): nested copies of it must not make it recur.
    runs = Counter(gaz.normalise(m.text) for m in mentions if m.source == "propn")
    initial = {
        gaz.normalise(m.text) for m in mentions if m.source == "propn" and not m.sentence_initial
    }
    keys |= {key for key, n in runs.items() if n >= 2 and key in initial}
    kept = [m for m in mentions if not m.nested]
    nested = [m for m in mentions if m.nested and (m.label or gaz.normalise(m.text) in keys)]
    nested.sort(key=lambda m: (m.start - m.end, m.start))
    chosen: list[EntityMention] = []
    for m in nested:
        if not any(c.start < m.end and m.start < c.end for c in chosen):
            chosen.append(m)
    return sorted(kept + chosen, key=lambda m: (m.start, -m.end))


def without_orphans(actors: list[Actor], mentions: Sequence[EntityMention]) -> list[Actor]:
    """The actors without the nested mentions whose host is no mention of another
    actor any more (dropped as junk, or unconfirmed): "York" stays a mention in
    "York Minster" only while "York Minster" is one; a place the gazetteer knows
    stays."""
    # A country, capital, province or city ("Berlin" in "the Berlin Film Festival")
    # names its place whatever becomes of the longer name.
    nested = {(m.start, m.end) for m in mentions if m.nested and m.label != "GPE"}
    if not nested:
        return actors
    hosts = SpanIndex((s.start, s.end, a.id) for a in actors for s in a.mentions)
    result = []
    for actor in actors:
        spans = tuple(
            s
            for s in actor.mentions
            if (s.start, s.end) not in nested
            or any(
                start <= s.start
                and s.end <= end
                and (start, end) != (s.start, s.end)
                and other != actor.id
                for start, end, other in hosts.overlapping(s.start, s.end)
            )
        )
        if len(spans) == len(actor.mentions):
            result.append(actor)
        elif spans:
            forms = {display(s.text) for s in spans}
            aliases = tuple(a for a in actor.aliases if a in forms)
            result.append(dataclasses.replace(actor, mentions=spans, aliases=aliases))
    return result


def without_own_nested(mentions: list[EntityMention]) -> list[EntityMention]:
    """One actor's mentions without the names nested in its own longer names ("Ohio"
    joined to "Ohio State University"): a name inside itself is no second mention,
    and must not vote on the actor's kind or name."""
    hosts = [m for m in mentions if not m.nested]
    return [
        m
        for m in mentions
        if not m.nested or not any(h.start <= m.start and m.end <= h.end for h in hosts)
    ]


# A year in a reference ("2016", "2011a"); the words "et al." after a first author.
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?")
_AUTHOR_JOINS = frozenset({",", "&", "and"})
_ET_AL = frozenset({"et", "al", "al.", "."})
# What may stand before a parenthetical reference's first author: "(Li, Polat, &
# Bavelier, 2010)", "...; Feng & Pratt, 2007", "(e.g., Dye, 2010)", "(see Roe, 2017)".
_REFERENCE_OPENERS = frozenset({"(", "[", ";", ",", "see", "cf", "cf."})


def _author_word(token: Token) -> bool:
    """A word of an author's surname: capitalised, letters, maybe a hyphen inside
    ("Morgan-Short" is three tokens), no date and no country."""
    if token.text == "-" or token.text in ("'", "\u2019"):
        return True
    if not is_capitalised(token) or not token.is_alpha or token.is_stop:
        return False
    return token.ent_type_ not in _NOT_AUTHORS


_NOT_AUTHORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _authors_before(doc: Doc, end: int) -> tuple[list[list[Token]], int]:
    """The authors named right before token ``end`` ("Rueda, Checa, & Cómbita"),
    last first, and the index of the token before the first of them."""
    authors: list[list[Token]] = []
    i = end
    while True:
        while i >= 0 and doc[i].lower_ in _ET_AL:
            i -= 1
        stop = i
        while i >= 0 and _author_word(doc[i]) and stop - i < 4:
            i -= 1
        name = list(doc[i + 1 : stop + 1])
        if not name or not name[0].is_alpha or not name[-1].is_alpha:
            return authors, stop
        authors.append(name)
        joins = 0
        while i >= 0 and doc[i].lower_ in _AUTHOR_JOINS and joins < 2:
            i, joins = i - 1, joins + 1
        if not joins:
            return authors, i
        if i < 0 or not _author_word(doc[i]):
            return authors, i + joins  # the join belongs to the text before


def cited_authors(doc: Doc) -> list[list[Token]]:
    """The authors of the references a text cites: "(Li, Polat, & Bavelier, 2010)",
    "(Roe et al., 2017)", "Quilis (1964) found": the capitalised names right before
    a year, in parentheses (or after a semicolon) or with the year in parentheses.
    A reference's authors are people (or the body that wrote it), whatever label a
    small model gives them; "the London 2012 Olympics" is no reference."""
    found: list[list[Token]] = []
    for year in doc:
        if not _YEAR.fullmatch(year.text) or year.i < 2:
            continue
        after = doc[year.i + 1].text if year.i + 1 < len(doc) else ""
        previous = doc[year.i - 1].text
        if previous == "(":  # "Quilis (1964) found": the year in parentheses
            authors, before = _authors_before(doc, year.i - 2)
            if not authors or not _cites_by_name(doc, authors[-1][0], authors[0][-1], before):
                continue
        elif after in (")", ";", ",") or previous == ",":
            authors, before = _authors_before(doc, year.i - (2 if previous == "," else 1))
            opener = doc[before].lower_ if before >= 0 else ""
            if opener not in _REFERENCE_OPENERS and not (opener == "" and after in (")", ";")):
                continue
        else:
            continue
        found.extend(a for a in authors if not _is_place_name(a))
    return found


# Words before an author named in the text: "see Roe (2017)", "adapted from Roe (2017)".
_NARRATIVE_OPENERS = frozenset({"see", "cf", "cf.", "from", "by", "in", "following"})


def _cites_by_name(doc: Doc, first: Token, last: Token, before: int) -> bool:
    """ "Quilis (1964) performed", "see Roe (2017)": authors named with the year in
    parentheses act in the sentence or follow a word that cites them; a title with
    its year ("starred in The Lookout (2007), A Single Man (2009)") does neither."""
    opener = doc[before] if before >= 0 else None
    close = last.i + 3  # the token after "(1964)"
    if close >= last.sent.end or (doc[close].is_punct and close + 1 >= last.sent.end):
        return False  # "Boston Red Sox (2013)" alone: a heading
    if opener is not None and opener.lower_ in DETERMINERS:
        return False
    if opener is None or opener.is_sent_start or first.is_sent_start:
        return True
    return last.dep_ in ("nsubj", "nsubjpass") or opener.lower_ in _NARRATIVE_OPENERS


def _is_place_name(tokens: list[Token]) -> bool:
    return _is_place_name_key(gaz.normalise("".join(t.text_with_ws for t in tokens)))


def _is_place_name_key(key: str) -> bool:
    return bool(gaz.country_of_name(key) or gaz.country_of_capital(key) or gaz.is_province(key))


def _one_entity(tokens: list[Token]) -> bool:
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    return (
        first.ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in tokens[1:])
        and (last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I")
    )


def recover_cited_authors(found: Found) -> None:
    """The authors of the references the paragraph cites, as people; before spaCy's
    entities, which often join two of them into one organisation ("Baron & Roe")."""
    for authors in cited_authors(found.doc):
        if _one_entity(authors) and authors[0].ent_type_ in ("PERSON", "ORG"):
            continue  # spaCy's own person or body: added with the others
        label = "ORG" if any(t.lower_ in ORG_WORDS for t in authors) else "PERSON"
        found.add(authors, label, "citation")


# A capitalised word as written: letters, with an apostrophe or a hyphen inside
# ("L'Enfant", "d'Herbinville", "Morgan-Short").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?(?!\w)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)\.?[ \t]+$")
_SENTENCE_END = re.compile(r"(?:[.!?:;\"\u201c\u201d\u2018\u2019()\[\]\u2013\u2014-]|\n|^)\s*$")


def _surname(mention: EntityMention) -> str | None:
    """The last word of a person's full name found by NER ("Sarvis" of "Robert
    Sarvis"), or None: not a name of two words or more, or no surname word."""
    if mention.label != "PERSON" or mention.nested or not mention.all_propn:
        return None
    words = [w for w in mention.text.split() if len(w.strip(".")) > 1]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1]
    if _WORD.fullmatch(last) is None or last.lower() in TITLES or last.isupper():
        return None
    return last


def known_surnames(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """ "Robert Sarvis ... Sarvis for Governor", "Carroll put on his pants": a
    capitalised word that stands alone in the text (no capitalised word beside it,
    in no mention) and is the surname of a person the text names in full is a
    mention of that person, NER's miss; of which person, if several share it, the
    people passes decide as for any bare surname. So is the first name of exactly
    one full name ("Love, Marcie"). The whole text, not one paragraph: the full
    name is often a paragraph or more before."""
    every = {last for m in mentions if (last := _surname(m)) is not None}
    # The first word of another name ("Taylor" of "Taylor Swift"), or a gazetteer
    # place NER never calls a person alone ("Washington"), is no surname here.
    firsts = {gaz.normalise(m.text).split()[0] for m in mentions if " " in m.text.strip()}
    persons = {gaz.normalise(m.text) for m in mentions if m.label == "PERSON"}
    surnames = {
        w
        for w in every
        if (key := gaz.normalise(w)) not in firsts
        and (key in persons or not _is_place_name_key(key))
    }
    names = surnames | _first_names(mentions, every)
    return _free_standing(text, mentions, dict.fromkeys(names, "PERSON"), "surname")


def _first_names(mentions: Sequence[EntityMention], surnames: set[str]) -> set[str]:
    """ "Marcie" of "Marcie Keller": the first word of exactly one full name, which
    is no surname, title, form of address or place."""
    full_names: dict[str, set[str]] = {}
    for m in mentions:
        if _surname(m) is not None:
            full_names.setdefault(m.text.split()[0], set()).add(gaz.normalise(m.text))
    lasts = {gaz.normalise(w) for w in surnames}
    return {
        first
        for first, names in full_names.items()
        if len(names) == 1
        and _WORD.fullmatch(first)
        and (key := gaz.normalise(first)) not in lasts
        and key not in TITLES
        and key not in ADDRESS_WORDS
        and not _is_place_name_key(key)
    }


# A letter's closing line ("Yours,", "Best wishes,", "Love always,") and the name
# signed on the line after it, alone.
SIGN_OFF = re.compile(
    r"(?:^|\n)[ \t]*(?:yours|sincerely|best|kind regards|warm|regards|love|cheers"
    r"|affectionately|cordially|faithfully|respectfully)\b[^\n.!?]{0,30}[,.!]?[ \t]*\n+[ \t]*"
    r"(?P<name>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_.]*\.?){0,2})[ \t]*(?=\n|$)",
    re.IGNORECASE,
)


def signed_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """ "Bill" under "Yours," at a letter's end: the name it is signed with, a person."""
    taken = SpanIndex((m.start, m.end, 0) for m in mentions)
    found: list[EntityMention] = []
    for match in SIGN_OFF.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if not name[:1].isupper() or taken.overlaps(start, end) or name.isupper():
            continue
        if name.split()[0].lower() in TITLES | ADDRESS_WORDS:
            continue
        found.append(
            EntityMention(
                start, end, name, "PERSON", "known", tokens=len(name.split()), sentence_initial=True
            )
        )
    return found


# Labels of the actors a bare word names: no people's adjective ("Spanish").
_KNOWN_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*$")
_NUMBER_AFTER = re.compile(r"[ \-]?\d{1,3}(?!\d)")  # "Terminal 2", not "Joyce 2006"


def known_names(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """ "Neiafu", "Quantcast", "Elsevier": a one-word name found elsewhere in the
    text (by NER, the gazetteer or as a source, not a mere run of proper nouns)
    that stands alone and capitalised where nothing found it names the same."""
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.nested or m.source in ("propn", "nested") or m.label not in _KNOWN_LABELS:
            continue
        if _WORD.fullmatch(m.text) is None or m.text.lower() in TITLES:
            continue
        if gaz.country_of_demonym(gaz.normalise(m.text)):
            continue  # "Spanish art", "in Spanish": an adjective or a language
        votes.setdefault(m.text, Counter())[m.label] += 1
    labels = {word: counts.most_common(1)[0][0] for word, counts in votes.items()}
    return _free_standing(text, mentions, labels, "known")


def _free_standing(
    text: str, mentions: Sequence[EntityMention], labels: dict[str, str], source: str
) -> list[EntityMention]:
    """The capitalised words of ``labels`` that stand alone in the text, outside
    every mention, as mentions with their label."""
    if not labels:
        return []
    lowercase = {w.lower() for w in re.findall(r"\b[a-z][^\W\d_]*\b", text)}
    taken = SpanIndex((m.start, m.end, 0) for m in mentions)
    found: list[EntityMention] = []
    for match in _WORD.finditer(text):
        word = POSSESSIVE.sub("", match.group())  # "Carroll's"
        start, end = match.start(), match.start() + len(word)
        if word not in labels or not word[:1].isupper() or taken.overlaps(start, end):
            continue
        initial = _alone_at(text, start, end)
        if initial is None or (initial and word.lower() in lowercase):
            continue  # "Hill", "Noble" at a sentence start, where the text has "hill"
        found.append(
            EntityMention(start, end, word, labels[word], source, sentence_initial=initial)
        )
    return found


def _opening_adverb(before: str, previous: re.Match[str]) -> bool:
    """Is the capitalised word before a name an English adverb opening its sentence
    ("Currently", "Later", "Then"), not a word of the name?"""
    word = previous.group(1)
    opens = _SENTENCE_END.search(before, 0, previous.start(1)) is not None
    return opens and word.lower() in english_words("adv") and word.lower() not in TITLES


def _alone_at(text: str, start: int, end: int) -> bool | None:
    """Does the word at ``start:end`` stand alone, and if so, does it begin a
    sentence? None if a capitalised word or a number stands beside it."""
    before = text[max(0, start - 40) : start]
    previous = _WORD_BEFORE.search(before)
    title = previous is not None and previous.group(1).lower() in TITLES
    # "Robert Sarvis" itself, "The Sarvis Plan"; not "... 1777. Sarvis".
    joined = previous is not None and not previous.group().rstrip().endswith(".")
    # "Currently Okri is": an adverb opening the sentence is no word of the name.
    if (
        joined
        and not title
        and previous.group(1)[:1].isupper()
        and not _opening_adverb(before, previous)
    ):
        return None
    possessive = _POSSESSIVE_AFTER.match(text, end)
    after = text[possessive.end() if possessive else end :][:40]
    following = _WORD.match(after.lstrip(" "))
    if following is not None and following.group()[:1].isupper() and after[:1] == " ":
        return None  # "Prince Series", "the Toyota Way"
    if _NUMBER_AFTER.match(after) or (text[start:end].isupper() and _NUMBER_BEFORE.search(before)):
        return None  # "Terminal 2", "Tab 3", "US-75"; "25 CUC", "40 DKK": a unit
    return not title and _SENTENCE_END.search(before) is not None
