"""The merge passes that join groups naming one actor, structure first and fuzzy last."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from dramatis import gazetteer as gaz
from dramatis.actors.frames import merge_state_codes
from dramatis.actors.group import Group, Merging
from dramatis.actors.mention import KIND_OF_LABEL
from dramatis.actors.people import is_full_personal_name, marked_as_place, merge_people
from dramatis.actors.regions import names_region
from dramatis.actors.text import abbreviates, initials_of, is_acronym
from dramatis.lexicon.name_context import LOCATING_PREPOSITIONS
from dramatis.lexicon.names import (
    ADJECTIVE_ENDINGS,
    COMPASS,
    COMPASS_ADJECTIVES,
    ORG_WORDS,
    PLACE_NAME_HEADS,
    SUBUNIT_WORDS,
)
from rapidfuzz import fuzz


def merge_countries(state: Merging) -> None:
    """Join every group that names the same country; note country code -> group."""
    groups, uf, by_country = state.groups, state.uf, state.by_country
    for i, group in enumerate(groups):
        if group.country:
            if group.country in by_country:
                uf.union(by_country[group.country], i, "country.same")
            else:
                by_country[group.country] = i
    # "DPRK", "UAE": initials of the formal name of a country the text names, when
    # the text spells them out as nothing else ("IRA" in a text without Afghanistan
    # is not the Islamic Republic of Afghanistan).
    for i, group in enumerate(groups):
        code = group.initials_country
        if code in by_country and uf.find(i) == i and not group.person_evidence():
            group.country = code
            uf.union(by_country[code], i, "country.initials")
    # "the North" in a text about North and South Korea: the one country named so.
    for i, group in enumerate(groups):
        if group.country or group.key not in COMPASS or group.person_evidence():
            continue
        codes = {g.country for g in groups if g.country and g.key.startswith(group.key + " ")}
        if len(codes) == 1:
            (code,) = codes
            group.country = code
            uf.union(by_country[code], i, "country.compass_point")
    # "the Islamic Republic": a formal-name prefix of exactly one country in the text.
    for i, group in enumerate(groups):
        if group.country or len(group.words) < 2:
            continue
        candidates = gaz.countries_by_title_prefix(group.key) & by_country.keys()
        if len(candidates) == 1 and not group.person_evidence():
            (code,) = candidates
            group.country = code
            uf.union(by_country[code], i, "country.formal_name_prefix")


def merge_acronyms(state: Merging) -> None:
    """Join an acronym to the name it abbreviates: the one it follows in parentheses,
    else the one name in the text with its initials."""
    text, groups, uf = state.text, state.groups, state.uf
    by_end: dict[int, int] = {}
    for i, group in enumerate(groups):
        for m in group.mentions:
            by_end[m.end] = i
    by_initials: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        if len(group.words) >= 2 and not group.person_evidence():
            for initials in initials_of(group.words):
                by_initials[initials].add(i)
    for i, group in enumerate(groups):
        if group.country or not any(is_acronym(m.text) for m in group.mentions):
            continue
        # Introduced in parentheses: "Foundation for Defense of Democracies (FDD)".
        for m in group.mentions:
            before = text[max(0, m.start - 3) : m.start]
            if text[m.end : m.end + 1] == ")" and before.endswith("("):
                long_end = m.start - 1 - (1 if before.endswith(" (") else 0)
                j = by_end.get(long_end)
                if j is not None and j != i and _introduces(group, groups[j]):
                    uf.union(j, i, "acronym.introduced")
                    break
        else:
            candidates = {uf.find(j) for j in by_initials.get(group.key.replace(" ", ""), ())}
            candidates.discard(uf.find(i))
            if len(candidates) == 1:
                uf.union(candidates.pop(), i, "acronym.initials")
            elif group.iso_country and uf.find(i) == i:
                group.country = group.iso_country


def _introduces(acronym: Group, name: Group) -> bool:
    """Is "(YPG)" right after this name its short form?

    When its letters abbreviate the name ("Foundation for Defense of Democracies
    (FDD)"); or, for an acronym of three letters or more after an organisation's
    name of several words, also when they do not: the acronym of the name in its
    own language ("People's Protection Units (YPG)"). A place or a person before
    a parenthesis is more often followed by a credit or a party ("(AP)", "(D)").
    """
    if abbreviates(acronym.key, name.words):
        return True
    if len(acronym.key) < 3 or len(name.words) < 2 or name.country or name.capital_of:
        return False
    if any(initials in acronym.key for initials in initials_of(name.words)):
        return False  # "Infectious Diseases (NIAID)": the tail of a longer name
    labels = name.labels
    return not name.person_evidence() and labels["GPE"] + labels["LOC"] == 0


def merge_spacing_variants(state: Merging) -> None:
    """ "MarineTraffic"/"Marine Traffic": names equal without their spaces are one name."""
    groups, uf = state.groups, state.uf
    by_letters: dict[str, int] = {}
    for i, group in enumerate(groups):
        if group.people:
            continue  # "the British" is not the adjective "British" written apart
        letters = group.key.replace(" ", "")
        j = by_letters.setdefault(letters, i)
        if j != i and not (group.person_evidence() ^ groups[j].person_evidence()):
            uf.union(j, i, "variant.spacing")


def merge_acronym_expansions(state: Merging) -> None:
    """ "U.S. Constitution"/"United States Constitution": names equal once an acronym
    in them is replaced by the expansion it was merged with."""
    groups, uf = state.groups, state.uf
    # Acronym -> the longest name it was merged with ("us" -> "united states").
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(groups)):
        members[uf.find(i)].append(i)
    expansion: dict[str, str] = {}
    for group_ids in members.values():
        longest = max((groups[i].key for i in group_ids), key=len)
        for i in group_ids:
            group = groups[i]
            shorter = " " not in group.key and group.key != longest and " " in longest
            if shorter and any(is_acronym(m.text) for m in group.mentions):
                expansion[group.key] = longest
    by_key = {group.key: i for i, group in enumerate(groups)}
    for i, group in enumerate(groups):
        if len(group.words) < 2:
            continue
        surface = group.mentions[0].text.split()
        words = list(group.words)
        if len(surface) == len(words):
            for n, (word, written) in enumerate(zip(words, surface, strict=True)):
                code = gaz.country_of_name(word) or gaz.country_of_code(word)
                if word not in expansion and code and is_acronym(written):
                    words[n] = gaz.normalise(gaz.country_name(code))  # "U.S. Constitution"
        expanded = " ".join(expansion.get(w, w) for w in words)
        j = by_key.get(expanded)
        if j is not None and j != i:
            uf.union(j, i, "variant.acronym_expanded")


def merge_compass_adjectives(state: Merging) -> None:
    """ "Eastern Mediterranean"/"East Mediterranean": one region, written two ways.

    Never when either spelling is itself a country's name: "South Africa" is a
    country and "Southern Africa" a region around it.
    """
    groups, uf = state.groups, state.uf
    by_compass: dict[str, int] = {}
    for i, group in enumerate(groups):
        words = group.key.split()
        if len(words) < 2 or group.person_evidence() or gaz.country_of_name(group.key):
            continue
        key = " ".join([COMPASS_ADJECTIVES.get(words[0], words[0]), *words[1:]])
        if gaz.country_of_name(key):
            continue
        j = by_compass.setdefault(key, i)
        if j != i:
            uf.union(j, i, "variant.compass_adjective")


def merge_plurals_and_longer_names(state: Merging) -> None:
    """ "Republican"/"Republicans"; "World Cup"/"FIFA World Cup"; "State Department"/
    "US State Department".

    A group noun and its plural are one group. A name of two or more words that ends
    exactly one longer organisation, event or law in the text is a short form of it
    (with two candidates, as "Foreign Ministry" of two countries, it stays apart).
    """
    groups, uf = state.groups, state.uf
    by_key = {group.key: i for i, group in enumerate(groups)}
    for i, group in enumerate(groups):
        j = by_key.get(group.key + "s")
        # "American" is the country's adjective and "Americans" the people: apart.
        if j is None or group.country:
            continue
        if group.labels["NORP"] and groups[j].labels["NORP"]:
            uf.union(i, j, "group.plural")
    by_tail: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        words = group.words
        if len(words) < 3 or group.person_evidence() or group.country:
            continue
        if names_region(group):
            continue  # "eastern North America" is a part of North America, not its name
        # "Smith-Jones & Lee-Park": the second of two names joined by "&".
        second = {_after_ampersand(m.text) for m in group.mentions} - {None}
        for cut in range(1, len(words) - 1):
            if words[cut:] in second:
                continue
            # "General Assembly of the United Nations" ends with its owner's name, and
            # "North and South America" with the second of two: another actor each,
            # not a short form ("Search and Rescue Agency" still ends "National ...").
            other = words[cut - 1] in ("of", "and") or words[cut - 2 : cut] == ("of", "the")
            if not other:
                by_tail[words[cut:]].add(i)
    for i, group in enumerate(groups):
        if len(group.words) < 2 or group.person_evidence() or group.country:
            continue
        roots = {uf.find(j) for j in by_tail.get(group.words, ())}
        roots.discard(uf.find(i))
        if len(roots) == 1:
            uf.union(roots.pop(), i, "name.tail_of_longer_name")


def _after_ampersand(surface: str) -> tuple[str, ...] | None:
    """The words of the name after the last "&" in a surface, if any."""
    head, ampersand, tail = surface.rpartition("&")
    return tuple(gaz.normalise(tail).split()) if ampersand and head.strip() else None


# A place name may run up to this many letters past the adjective's stem
# ("Engl-and", "Scot-land", "Texa-s"); more and the stem is a coincidence.
_PLACE_NAME_TAIL = 4


def merge_adjectives_of_peoples(state: Merging) -> None:
    """ "Kurdish" joins "Kurds", "English" joins "England", "African" joins "Africa".

    The gazetteer links the adjectives of countries; this links those of peoples,
    regions and continents by their shape: a one-word NORP adjective is its stem plus
    an adjective ending, and joins the one plural group noun (stem + "s") or the one
    place (the stem plus a short tail) that the text names, if there is exactly one.
    """
    groups, uf = state.groups, state.uf
    plural_groups: dict[str, int] = {}
    places_by_prefix: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        if len(group.words) != 1 or group.person_evidence():
            continue
        labels = group.labels
        place_votes = labels["GPE"] + labels["LOC"]
        if group.key.endswith("s") and labels["NORP"] * 2 > labels.total():
            plural_groups[group.key] = i
        elif group.country or group.capital_of or place_votes * 2 > labels.total():
            key = group.key
            for cut in range(max(4, len(key) - _PLACE_NAME_TAIL), len(key) + 1):
                places_by_prefix[key[:cut]].append(i)
    for i, group in enumerate(groups):
        labels = group.labels
        if len(group.words) != 1 or group.country or labels["NORP"] * 2 <= labels.total():
            continue
        if group.people:
            continue  # "the French" is the people, not an adjective of France
        key = group.key
        candidates: set[int] = set()
        for ending in ADJECTIVE_ENDINGS:
            stem = key[: -len(ending)]
            if not key.endswith(ending) or len(stem) < 3:
                continue
            if stem + "s" in plural_groups:
                candidates.add(plural_groups[stem + "s"])
            if len(stem) >= 4:
                # "Roman" is no adjective of "Romania": the place goes on from it.
                places = places_by_prefix.get(stem, ())
                candidates.update(j for j in places if not groups[j].key.startswith(key))
        roots = {uf.find(j) for j in candidates} - {uf.find(i)}
        if len(roots) == 1:
            group.adjective = True
            uf.union(roots.pop(), i, "adjective.of_people_or_place")


def merge_organisation_short_forms(state: Merging) -> None:
    """Join "Burisma" to "Burisma Holdings" and "NBC" to "NBC News".

    Only when the longer name is the shorter plus generic organisation words, the
    shorter is no country, and exactly one such organisation is named.
    """
    groups, uf = state.groups, state.uf
    by_stem: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        words = group.words
        cut = len(words)
        while cut > 1 and words[cut - 1] in ORG_WORDS:
            cut -= 1
        part_of = any(w in SUBUNIT_WORDS for w in words[cut:])  # "House Committee"
        if 0 < cut < len(words) and not group.country and not part_of:
            by_stem[words[:cut]].add(i)
        # "House of Representatives" is "the House"; "Court of Justice" "the Court".
        if len(words) >= 3 and words[1] == "of" and not group.country:
            by_stem[("<head>", words[0])].add(i)
    people: set[int] | None = None  # roots joined to a full personal name, when needed
    for i, group in enumerate(groups):
        labels = group.labels
        stems = by_stem.get(group.words, set())
        if len(group.words) == 1 and labels["ORG"] * 2 > labels.total():
            stems = stems | by_stem.get(("<head>", group.key), set())
        if not stems or group.country or group.capital_of or group.people:
            continue
        # "African" is not the African Union, nor "New York" the Times; but a province
        # the model mostly reads as an organisation ("went to Harrow") is its school.
        province = gaz.is_province(group.key) and labels["ORG"] * 2 <= labels.total()
        if labels["NORP"] + labels["LOC"] > labels["ORG"] or province:
            continue
        # Nor is a city its university: a name the model reads as a place more than
        # once (one odd GPE on a company's name is a small model's noise) and more
        # often than as an organisation.
        places = labels["GPE"] + labels["LOC"] + labels["FAC"]
        if places > max(labels["ORG"], 1) or _used_as_place(group):
            continue
        # Nor is a person given a title the organisation named after them
        # ("Dr. Smith" is not "the Smith Government"; a bare "Rice" may be "Rice
        # University").
        if any(m.titled for m in group.mentions) and labels["PERSON"] >= labels["ORG"]:
            continue
        # Nor is a surname already joined to a person's full name the foundation
        # named after that person.
        if people is None:
            people = {uf.find(j) for j, g in enumerate(groups) if is_full_personal_name(g)}
        if uf.find(i) in people:
            continue
        roots = {uf.find(j) for j in stems}
        if len(roots) == 1:
            uf.union(roots.pop(), i, "organisation.short_form")


# "studied at Suffolk", "played for Boston": an organisation's place, not the place.
_AT_AN_INSTITUTION = LOCATING_PREPOSITIONS - {"at"}


def move_place_names_to_their_organisation(state: Merging) -> None:
    """ "At Suffolk she studied psychology" after "Suffolk University": a place's name
    that the text first writes only inside one organisation's name, then on its own,
    is that organisation where nothing marks it a place ("moved to Suffolk" stays the
    place; so does a province or capital unless NER reads it as an organisation
    there). The mentions inside the longer name stay the place's."""
    groups, uf, text = state.groups, state.uf, state.text
    for i, group in enumerate(groups):
        labels = group.labels
        placed = labels["GPE"] + labels["LOC"] and not labels["PERSON"]
        if group.country or group.people or i in state.moves or not placed:
            continue
        nested = [m for m in group.mentions if m.nested]
        alone = [m for m in group.mentions if not m.nested]
        owners = _organisations_nesting(state, i, nested) if nested and alone else []
        roots = {uf.find(j) for j in owners} - {uf.find(i)}
        if len(roots) != 1:
            continue
        introduced = min(m.start for j in owners for m in groups[j].mentions)
        if any(m.start < introduced for m in alone):
            continue  # named on its own first: the place
        gazetteer_place = bool(group.capital_of) or gaz.is_province(group.key)
        moved = [
            m
            for m in alone
            if not marked_as_place(text, m, _AT_AN_INSTITUTION)
            and (m.label == "ORG" or not gazetteer_place)
        ]
        if moved:
            root = roots.pop()
            state.moves[i] = [(m, root, "organisation.place_short_form") for m in moved]


def _organisations_nesting(state: Merging, i: int, nested: list) -> list[int]:
    """The organisations whose names begin or end with group ``i``'s name and hold
    one of its nested mentions ("Suffolk University", "University of Helsinki"),
    named below the title line (a title's words are no name: "The Union Triumphant")."""
    groups = state.groups
    title_end = state.text.find("\n")
    words = groups[i].words
    size = len(words)
    found = []
    for j, other in enumerate(groups):
        if j == i or len(other.words) <= size:
            continue
        if other.words[:size] != words and other.words[-size:] != words:
            continue
        # An organisation word in the name, or a name NER reads as an organisation
        # again and again (a team); one such reading may be a heading's words.
        labels = other.labels
        if not set(other.words) & ORG_WORDS and (
            labels["ORG"] * 2 <= labels.total() or labels["ORG"] < 2
        ):
            continue
        if all(o.start < title_end for o in other.mentions):
            continue
        if any(o.start <= m.start and m.end <= o.end for o in other.mentions for m in nested):
            found.append(j)
    return found


def _used_as_place(group: Group) -> bool:
    """Never read as an organisation, and read as a place where it is one ("moved
    to Boston"): the city, not the university named after it."""
    return not group.labels["ORG"] and any(
        m.label in ("GPE", "LOC") and m.preposition in LOCATING_PREPOSITIONS and not m.attribution
        for m in group.mentions
    )


def merge_place_short_forms(state: Merging) -> None:
    """Join "Glacier" to "Glacier National Park": the name without the generic head
    words of a place, when exactly one such place is named and the short name is no
    person's (nor a country)."""
    groups, uf = state.groups, state.uf
    by_stem: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        for head in PLACE_NAME_HEADS:
            if len(group.words) > len(head) and group.words[-len(head) :] == head:
                by_stem[group.words[: -len(head)]].add(i)
    if not by_stem:
        return
    people = {uf.find(j) for j, g in enumerate(groups) if is_full_personal_name(g)}
    for i, group in enumerate(groups):
        stems = by_stem.get(group.words)
        if not stems or group.country or any(m.titled for m in group.mentions):
            continue
        roots = {uf.find(j) for j in stems} - {uf.find(i)}
        if len(roots) == 1 and uf.find(i) not in people and not roots & people:
            uf.union(roots.pop(), i, "name.short_form_of_place")


# Two spellings of one name ("Tchaikovsky"/"Tchaikovski" 90.9, "Zelensky"/"Zelenskyy"
# 94.1) score >= 90 with fuzz.ratio; different names that look alike stay below it
# ("Austria"/"Australia" 87.5, "Mali"/"Bali" 75). Multi-word names must also match
# word by word ("John Smith"/"Joan Smith" is 90 overall but "john"/"joan" is 75).
# tests/test_actors.py checks both sides.
FUZZY_THRESHOLD = 90.0
FUZZY_WORD_THRESHOLD = 80.0
_FUZZY_MIN_LENGTH = 6
_FUZZY_MAX_BLOCK = 400


def similar_names(a: str, b: str) -> bool:
    """Are two normalised names spellings of one name (same words, each alike)?"""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return a == b
    if fuzz.ratio(a, b) < FUZZY_THRESHOLD:
        return False
    return all(fuzz.ratio(x, y) >= FUZZY_WORD_THRESHOLD for x, y in zip(wa, wb, strict=True))


def _kind_family(group: Group) -> str:
    labels = group.labels
    if not labels:
        return "?"
    return KIND_OF_LABEL.get(labels.most_common(1)[0][0], "?")


def merge_fuzzy(state: Merging) -> None:
    """Last: join spellings of one name that share a blocking key ("Zelensky"/"Zelenskyy")."""
    groups, uf = state.groups, state.uf
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        if group.country or group.capital_of or len(group.key) < _FUZZY_MIN_LENGTH:
            continue
        if group.people:  # "Americans" is no misspelling of "the Americas"
            continue
        last = group.words[-1]
        blocks["<" + last[:3]].append(i)
        blocks[">" + last[-3:]].append(i)
    for members in blocks.values():
        if len(members) < 2 or len(members) > _FUZZY_MAX_BLOCK:
            continue
        for x in range(len(members)):
            a = groups[members[x]]
            for y in range(x + 1, len(members)):
                b = groups[members[y]]
                if uf.find(members[x]) == uf.find(members[y]):
                    continue
                if abs(len(a.key) - len(b.key)) > 2:
                    continue
                fa, fb = _kind_family(a), _kind_family(b)
                if fa != fb and "person" in (fa, fb):
                    continue  # a person is never a misspelt organisation or place
                if a.key.startswith(b.key) or b.key.startswith(a.key):
                    continue  # "Africa"/"African", "Rostov"/"Rostova": derived, not misspelt
                if similar_names(a.key, b.key):
                    uf.union(members[x], members[y], "fuzzy.spelling")


# The merge passes, in order: structure first, similarity last. Each joins groups
# through ``state.uf`` under the ids of its rules (listed in dramatis.actors.rules).
MERGE_PASSES: tuple[Callable[[Merging], None], ...] = (
    merge_acronyms,
    merge_countries,
    merge_people,
    merge_organisation_short_forms,
    move_place_names_to_their_organisation,
    merge_place_short_forms,
    merge_spacing_variants,
    merge_compass_adjectives,
    merge_acronym_expansions,
    merge_plurals_and_longer_names,
    merge_adjectives_of_peoples,
    merge_state_codes,
    merge_fuzzy,
)
