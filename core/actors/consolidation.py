"""Per document: one actor per real-world actor, from all the mentions collected.

``consolidate`` merges by structure first and by similarity last, in time close to
linear in the number of mentions (a 3 MB novel has tens of thousands): identical
normalised names form one group; groups are then joined through the country
gazetteer, acronyms, and surnames of full names, each looked up in an index;
finally rapidfuzz compares only names that share a blocking key.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from dramatis import gazetteer as gaz
from dramatis.actors.filters import acronyms_of_terms, is_junk
from dramatis.actors.frames import (
    framed_names,
    known_place,
    places_of_runs,
    repeated_full_names,
    surnames_of_runs,
)
from dramatis.actors.group import Group, Merging, UnionFind
from dramatis.actors.kind import actor_kind, is_listed, mark_families
from dramatis.actors.mention import EntityMention, names_a_road, with_road_number
from dramatis.actors.merge import MERGE_PASSES
from dramatis.actors.recover import (
    confirmed_nested,
    known_names,
    known_surnames,
    signed_names,
    without_orphans,
    without_own_nested,
)
from dramatis.actors.regions import names_region, regions_of_places
from dramatis.actors.rules import FRAME_PREFIX
from dramatis.actors.split import (
    split_bare_compass_words,
    split_coordinated_groups,
    split_generic_heads,
    split_places_run_into_names,
)
from dramatis.actors.text import (
    display,
    first_key,
    is_acronym,
    without_legal_form,
    words_in_lowercase,
)
from dramatis.actors.titles import split_bare_titles, with_bare_titles
from dramatis.analysis import Actor, Explanation, KindVote, Merge, Span


def _groups(text: str, mentions: Iterable[EntityMention]) -> list[Group]:
    by_key: dict[str, Group] = {}
    peoples: dict[str, Group] = {}  # "the British" as a noun: the people, apart
    for m in mentions:
        key = gaz.normalise(without_legal_form(m.text))
        if _demonym_as_noun(text, m, key):
            peoples.setdefault(key, Group(key, (key,), people=True)).mentions.append(m)
            continue
        if _one_of_a_kind(text, m):
            key = f"{key}#{m.start}"  # "a Democrat", "a World Heritage Site": each apart
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = Group(key, tuple(key.split("#")[0].split()))
        group.mentions.append(m)
    split_coordinated_groups(by_key)
    split_places_run_into_names(by_key)
    lowercase_words = words_in_lowercase(text)
    name_words = frozenset(w for key in by_key if " " in key for w in key.split())
    terms = acronyms_of_terms(text)
    kept = list(peoples.values())
    for group in by_key.values():
        _resolve_country(group)
        if names_region(group) or not is_junk(group, lowercase_words, name_words, terms, text):
            kept.append(group)
    split_generic_heads(text, kept, lowercase_words)
    split_bare_compass_words(text, kept)
    return kept


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_A_BEFORE = re.compile(r"(?:^|\s)an?\s+$")  # lowercase: "A Coruña" is a name
_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _one_of_a_kind(text: str, mention: EntityMention) -> bool:
    """ "He was a Democrat", "the square is a UNESCO World Heritage Site": after the
    indefinite article a member of a group (NER's NORP), or a name that ends its
    phrase, says what something is, one of many; it names no one actor with others."""
    if _A_BEFORE.search(text, max(0, mention.start - 4), mention.start) is None:
        return False
    return mention.label == "NORP" or _PHRASE_ENDS.match(text, mention.end) is not None


def _demonym_as_noun(text: str, mention: EntityMention, key: str) -> bool:
    """ "the British proved willing", "defeated by the French": a demonym whose
    plural is the same word, used as a noun after "the" (the subject or the object
    of a preposition, or ending its phrase: "defeated the French in 1862"; not "the
    British government"), names the people."""
    if " " in key or not gaz.country_of_demonym(key) or gaz.country_of_name(key):
        return False
    if names_a_people(key):
        return False  # "Americans" names the people anyway, with "the" or without
    if not (mention.acts or mention.preposition or _ENDS_NOUN_PHRASE.match(text, mention.end)):
        return False
    return _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) is not None


# After a noun phrase's head: punctuation, or a word that begins a new phrase ("defeated
# the French in 1862"), not a noun the demonym modifies ("the French government").
_ENDS_NOUN_PHRASE = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:in|on|at|by|to|for|with|from|and|or|but|who|which|that|"
    r"again|then|twice|once)\b)"
)


def _resolve_country(group: Group) -> None:
    key = group.key
    labels = group.labels
    if labels and labels.most_common(1)[0][0] == "PERSON" and not labels["GPE"]:
        # "Jordan" the person, "Georgia" a first name; but a lone demonym that never
        # acts, speaks or bears a title ("Moldovan state media") is the country's
        # adjective, whatever NER's label ("French said" is a person's surname).
        adjective = gaz.country_of_demonym(key) and not gaz.country_of_name(key)
        personal = any(m.acts or m.titled or m.attribution or m.tokens > 1 for m in group.mentions)
        if not adjective or personal:
            return
    if names_a_people(key):
        group.people = True  # "Kenyans", "the Russians": the people, a group of its own
        return
    code = gaz.country_of_name(key) or gaz.country_of_demonym(key)
    place_votes = labels["GPE"] + labels["LOC"] + labels["NORP"]
    if code is None and place_votes * 2 > sum(labels.values()):
        code = gaz.country_of_weak_name(key)  # "America", "Persian", as places only
    # ISO codes ("US", "USA") only where NER read them as a place, and only if the
    # text does not spell the acronym out otherwise (AU: African Union).
    placed = labels["GPE"] or labels["NORP"] or labels["LOC"]
    if code is None and placed and any(is_acronym(m.text) for m in group.mentions):
        group.iso_country = gaz.country_of_code(key)
    group.country = code
    if code is None:
        group.capital_of = gaz.country_of_capital(key)
    if code is None and " " not in key and any(is_acronym(m.text) for m in group.mentions):
        group.initials_country = gaz.country_of_initials(key)


def names_a_people(key: str) -> bool:
    """Is this normalised name the plural of a country's demonym ("kenyans",
    "englishmen")? It names the people, a group, not the state: "Kenyans abroad sent
    money home" is about people, wherever they live. The singular stays the
    country's adjective ("Kenyan troops")."""
    if gaz.country_of_name(key):
        return False  # "Bahamas", "Netherlands": a country's name ending so
    if key.endswith("men"):
        singular = key[:-3] + "man"
    elif key.endswith("s"):
        singular = key[:-1]
    else:
        return False
    code = gaz.country_of_demonym(key) or gaz.country_of_weak_name(key)
    of_singular = gaz.country_of_demonym(singular) or gaz.country_of_weak_name(singular)
    return code is not None and code == (of_singular or gaz.country_of_name(singular))


def _canonical_name(
    groups: list[Group], mentions: list[EntityMention], place_keys: set[str]
) -> str:
    codes = [g.country for g in groups if g.country]
    if codes:
        return gaz.country_name(Counter(codes).most_common(1)[0][0])
    forms: Counter[str] = Counter(display(m.text) for m in mentions)
    names = [f for f in forms if not is_acronym(f)] or list(forms)
    # "Beside Kutúzov", "Petersburg Natásha": a stop word or a place run into the
    # name by NER; the rest of it, written on its own, is the name.
    # A first word that is this actor's own name ("Jamal" read as a place by NER
    # in "Jamal Khashoggi") is not a place run into it.
    own_keys = {g.key for g in groups}
    doubtful = {
        display(m.text)
        for m in mentions
        if (m.opener or first_key(m.text) in place_keys - own_keys)
        and " " in m.text
        and display(m.text).split(" ", 1)[1] in forms
    }
    names = [f for f in names if f not in doubtful] or names

    def fullness(form: str) -> tuple[int, bool, int, int]:
        bare = without_legal_form(form)  # "Salling Group", if written so, before "... A/S"
        words = [w for w in bare.split() if len(w.strip(".")) > 1 or not w.endswith(".")]
        return (len(words), bare == form, forms[form], len(form))

    return max(names, key=fullness)


def _governs(mention: EntityMention) -> bool:
    """Does a capital here stand for its government ("Beijing has warned")?"""
    return mention.label != "PERSON" and mention.governs


def consolidate(text: str, mentions: Sequence[EntityMention]) -> list[Actor]:
    """One actor per real-world actor, from all the mentions collected in ``text``."""
    mentions = [*mentions, *signed_names(text, mentions)]
    mentions = places_of_runs(framed_names(text, mentions))
    mentions = [*mentions, *known_surnames(text, mentions)]
    mentions = [*mentions, *surnames_of_runs(text, mentions)]
    mentions = [*mentions, *repeated_full_names(text, mentions)]
    mentions = sorted([*mentions, *known_names(text, mentions)], key=lambda m: (m.start, -m.end))
    kept, titles = split_bare_titles(confirmed_nested(mentions))
    kept = [with_road_number(text, m) for m in kept]
    ordered = sorted(regions_of_places(text, kept), key=lambda m: (m.start, -m.end))
    groups = _groups(text, ordered)
    state = Merging(text, groups, UnionFind(len(groups)))
    for merge_pass in MERGE_PASSES:
        merge_pass(state)
    mark_families(groups)
    uf = state.uf
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(groups)):
        members[uf.find(i)].append(i)
    place_keys = {
        g.key
        for g in groups
        if g.country
        or g.capital_of
        or (g.labels["GPE"] + g.labels["LOC"] and not g.labels["PERSON"])
    }
    # The words of the people and places named: a title holding one holds a name.
    person_words = frozenset(
        w for g in groups if g.labels["PERSON"] or g.labels["GPE"] or g.country for w in g.words
    )
    merges = _merges(state)
    actors: list[Actor] = []
    for root, root_mentions in _assign(state, merges).items():
        root_groups = [groups[i] for i in members[root]]
        made = tuple(dict.fromkeys(merges.get(root, ())))  # once each, in order
        actor = _actor(
            text, f"a{root}", root_groups, root_mentions, (place_keys, person_words), made
        )
        if actor is not None:
            actors.append(actor)
    actors = with_bare_titles(text, without_orphans(actors, kept), titles)
    actors.sort(key=lambda a: a.mentions[0].start if a.mentions else 0)
    return actors


def _group_name(group: Group) -> str:
    return display(group.mentions[0].text)


def _merges(state: Merging) -> dict[int, list[Merge]]:
    """The joins and moves the passes made, by the root of the actor they made."""
    groups, uf = state.groups, state.uf
    merges: dict[int, list[Merge]] = defaultdict(list)
    for a, b, rule in uf.joins:
        merges[uf.find(a)].append(Merge(_group_name(groups[b]), _group_name(groups[a]), rule))
    for pairs in state.moves.values():
        for m, root, rule in pairs:
            merges[uf.find(root)].append(Merge(display(m.text), _group_name(groups[root]), rule))
    return merges


def _assign(state: Merging, merges: dict[int, list[Merge]]) -> dict[int, list[EntityMention]]:
    """The mentions of each joined set of groups (by root), with the moves applied;
    a capital moved to its country's government is noted in ``merges``."""
    groups, uf, by_country, moves = state.groups, state.uf, state.by_country, state.moves
    assigned: dict[int, list[EntityMention]] = defaultdict(list)
    moved = {id(m) for pairs in moves.values() for m, _, _ in pairs}
    for i, group in enumerate(groups):
        root = uf.find(i)
        for m in group.mentions:
            if id(m) in moved:
                continue
            # A capital that acts ("Beijing has warned") is its country's government.
            if group.capital_of in by_country and _governs(m):
                country = by_country[group.capital_of]
                assigned[uf.find(country)].append(m)
                into = _group_name(groups[country])
                merges[uf.find(country)].append(Merge(display(m.text), into, "capital.government"))
            else:
                assigned[root].append(m)
    for pairs in moves.values():
        for m, root, _ in pairs:
            assigned[uf.find(root)].append(m)
    return assigned


def _words_of_letters(surface: str) -> int:
    return sum(any(c.isalpha() for c in word) for word in surface.split())


def _actor(
    text: str,
    actor_id: str,
    root_groups: list[Group],
    root_mentions: list[EntityMention],
    keys: tuple[set[str], frozenset[str]],
    merges: tuple[Merge, ...],
) -> Actor | None:
    """The actor these groups and mentions make, or None if they are no actor.
    ``keys``: the keys of the places named, and the words of people's and places' names."""
    place_keys, name_words = keys
    root_mentions = without_own_nested(root_mentions)
    kept = {id(m) for m in root_mentions}
    root_groups = [g for g in root_groups if any(id(m) in kept for m in g.mentions)]
    sources = {m.source for m in root_mentions}
    # Proper-noun runs nobody else vouches for must recur, once mid-sentence.
    unconfirmed = len(root_mentions) < 2 or all(m.sentence_initial for m in root_mentions)
    unconfirmed = unconfirmed and not any(m.recurs for m in root_mentions)
    # ... unless a title vouches for a full name ("President Muhammadu Buhari").
    unconfirmed = unconfirmed and not any(m.titled and m.tokens >= 2 for m in root_mentions)
    # ... or a road's number its name ("I-44 West").
    unconfirmed = unconfirmed and not any(names_a_road(m.text) for m in root_mentions)
    if sources <= {"propn"} and unconfirmed:
        return None
    # Only ever in capitals over several words: a heading ("CHAPTER VIII"; not the
    # road "US 169", one word and a number).
    framed = any(m.source.startswith(FRAME_PREFIX) for m in root_mentions)  # "By ANN LEE"
    # "NEW DELHI", "NORTH DAKOTA": a place the gazetteer knows, in a letter's capitals.
    framed = framed or any(known_place(m.text) for m in root_mentions)
    if not framed and all(
        m.text.isupper() and _words_of_letters(m.text) > 1 for m in root_mentions
    ):
        return None
    root_mentions.sort(key=lambda m: (m.start, -m.end))  # a name before one nested in it
    spans: list[Span] = []
    last_end = -1
    for m in root_mentions:
        if m.start < last_end:
            continue
        spans.append(Span(m.start, m.end, text[m.start : m.end]))
        last_end = m.end
    aliases = Counter(display(s.text) for s in spans)
    # "Africa", not its adjective "African", names the actor and decides its kind.
    named_by = [g for g in root_groups if not g.adjective] or root_groups
    adjectives = {id(m) for g in root_groups if g.adjective for m in g.mentions}
    naming_mentions = [m for m in root_mentions if id(m) not in adjectives] or root_mentions
    # A name nested in a longer one counts as a mention but names the actor only if
    # nothing else does.
    naming_mentions = [m for m in naming_mentions if not m.nested] or naming_mentions
    decision = actor_kind(named_by, naming_mentions)
    if not is_listed(decision, root_mentions, words_in_lowercase(text), name_words):
        return None
    return Actor(
        id=actor_id,
        name=_canonical_name(named_by, naming_mentions, place_keys),
        kind=decision.kind,
        aliases=tuple(a for a, _ in aliases.most_common()),
        mentions=tuple(spans),
        explain=Explanation(
            kind_rule=decision.rule,
            kind_votes=tuple(KindVote(*vote) for vote in decision.votes),
            merges=merges,
        ),
    )
