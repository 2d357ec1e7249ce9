"""Join surnames and shorter forms of personal names to the full names they belong to."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from dramatis import gazetteer as gaz
from dramatis.actors.group import Group, Merging, UnionFind
from dramatis.actors.mention import EntityMention
from dramatis.actors.text import REGNAL_NUMBER
from dramatis.lexicon.name_context import LOCATING_PREPOSITIONS
from dramatis.lexicon.names import (
    ADDRESS_WORDS,
    DESCRIBED_KIND,
    FACILITY_WORDS,
    KINSHIP_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    POSTNOMINALS,
    TITLES,
)
from dramatis.spans import SpanIndex


def _has_regnal_number(group: Group) -> bool:
    return any(REGNAL_NUMBER.match(w) for w in group.words[1:])


def person_words(group: Group) -> tuple[str, ...]:
    """The words that name a person: no initials ("John F. Kennedy"), no regnal
    numbers after a name ("Napoleon III" is no Mr. III; "Xi Jinping" keeps "Xi"), and
    no post-nominal letters after it ("Daniel Bernoulli FRS")."""
    words = group.words
    end = len(words)
    while end > 2 and words[end - 1] in POSTNOMINALS:
        end -= 1
    return tuple(
        w for n, w in enumerate(words[:end]) if len(w) > 1 and not (n and REGNAL_NUMBER.match(w))
    )


def names_a_site(words: tuple[str, ...]) -> bool:
    """Does the name end in the head noun of a building or a street ("Hakim Mosque")?"""
    return bool(words) and words[-1] in FACILITY_WORDS


def is_full_personal_name(group: Group) -> bool:
    """A name of two words or more, besides initials, that NER labels a person."""
    words = person_words(group)
    personal = bool(group.labels["PERSON"]) and not group.country and not names_a_site(words)
    return len(words) >= 2 and personal


def _name_shaped(group: Group) -> bool:
    """Is every lowercase word of the name a particle ("bin", "de", "van")?"""
    surface = group.mentions[0].text
    words = re.split(r"[\s\-\u2010]+", surface)
    return all(w.lower() in NAME_PARTICLES for w in words if w[:1].islower())


def merge_people(state: Merging) -> None:
    """Join surnames and shorter forms to the full names they belong to.

    A short form with one candidate full name joins it. With several (two people
    share a surname), each mention goes to the full name mentioned most recently
    before it, or stays on its own; ``state.moves`` lists those moves.
    """
    groups = state.groups
    full_names, first_names = _full_names(state.text, groups)
    _merge_initials(groups, state.uf)
    _merge_middle_names(state.text, groups, state.uf, full_names)
    _merge_reversed_names(groups, state.uf, full_names)
    order = sorted(range(len(groups)), key=lambda i: -len(groups[i].words))
    other_ends = _ends_of_other_names(groups, full_names)
    for i in order:
        candidates, by_surname = _full_name_candidates(groups, i, full_names, first_names)
        # "Terre" after "Petite Terre" (a person to a small model), "Basse Terre" and
        # "Grande Terre": no surname of the one person, when only one person ends so.
        one_person = len({state.uf.find(j) for j in candidates}) == 1
        if by_surname and one_person and groups[i].key in other_ends:
            continue
        if candidates:
            _join_short_form(state, i, candidates, by_surname)
    _move_surnames_out_of_places(state, full_names)


def _full_names(
    text: str, groups: list[Group]
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The groups that are full personal names, by last word and by first word."""
    full_names: dict[str, list[int]] = defaultdict(list)  # last word -> full-name groups
    first_names: dict[str, list[int]] = defaultdict(list)
    place_keys = {g.key for g in groups if g.country or g.capital_of or gaz.is_province(g.key)}
    people = {g.key for g in groups if len(g.words) == 1 and _mostly_person(g)}
    for i, group in enumerate(groups):
        words = person_words(group)
        # "Haden Edwards" read as an organisation by a small model, but "Edwards" alone
        # as a person: two name words ending in a person's surname are a personal name.
        by_part = len(words) == 2 and words[-1] in people and not set(words) & _NOT_NAME_WORDS
        personal = group.person_evidence() or by_part
        personal = personal and not any(w in ORG_WORDS for w in words)
        personal = personal and not names_a_site(words)
        # NER sometimes runs a place into a name ("in Orël Pierre"), or a name into
        # a phrase ("Napoleon the Order of St. Andrew"): not full names.
        if words and (words[0] in place_keys or not _name_shaped(group)):
            continue
        if all(_HOUSE_NUMBER.match(text, m.end) for m in group.mentions):
            continue  # "Kirkevej 12", "Calle Mayor 5": a street, numbered, no person
        if len(words) >= 2 and personal and not group.country:
            full_names[words[-1]].append(i)
            first_names[words[0]].append(i)
    return full_names, first_names


_NOT_NAME_WORDS = TITLES | ADDRESS_WORDS
_HOUSE_NUMBER = re.compile(r" \d{1,4}[a-z]?\b(?![.,:]?\d)")


def _ends_of_other_names(groups: list[Group], full_names: dict[str, list[int]]) -> set[str]:
    """The last words of names of two words or more that are no personal names: a
    word that also ends one of those is no surname of the one person ending so."""
    personal = {i for members in full_names.values() for i in members}
    return {
        group.words[-1]
        for i, group in enumerate(groups)
        if len(group.words) >= 2
        and i not in personal
        and not group.person_evidence()
        and not set(group.words) & _NOT_NAME_WORDS  # "St Jerome": a person, titled
    }


def _mostly_person(group: Group) -> bool:
    """Mostly PERSON to NER, or titled; or no label but the source of a report
    ("Daly explained"): who speaks unlabelled is more often a person."""
    labels = group.labels
    if labels["PERSON"] * 2 > labels.total() or any(m.titled for m in group.mentions):
        return True
    return not labels and any(m.attribution and m.acts for m in group.mentions)


def _merge_initials(groups: list[Group], uf: UnionFind) -> None:
    """ "John F. Kennedy" and "John Kennedy": the same words but for an initial.

    Two different sets of initials are two people ("George H. W. Bush" is not
    "George W. Bush"), and the bare form, which could be either, joins neither."""
    with_initials: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        words = person_words(group)
        initials_only = words != group.words and not _has_regnal_number(group)
        if words and initials_only and group.labels["PERSON"] and not group.country:
            with_initials[words].append(i)
    for i, group in enumerate(groups):
        found = with_initials.get(group.words, ())
        if len(found) == 1 and group.labels["PERSON"]:
            uf.union(found[0], i, "person.initials")


def _merge_middle_names(
    text: str, groups: list[Group], uf: UnionFind, full_names: dict[str, list[int]]
) -> None:
    """ "Brock Wyatt Holt" and "Brock Holt": a full name with a middle name more.

    The shorter name's words, first and last the same, all in the longer one in
    order; with two longer names that differ ("Anna Maria Kern", "Anna Sofia Kern")
    the shorter, which could be either, joins neither."""
    for members in full_names.values():
        for i in members:
            if any(_kin_of(text, m) for m in groups[i].mentions):
                continue  # "the son of Pierre Kern": his father, not "Pierre Anton Kern"
            words = person_words(groups[i])
            longer = {
                uf.find(j) for j in members if _adds_middle_names(person_words(groups[j]), words)
            }
            if len(longer) == 1:
                uf.union(longer.pop(), i, "person.middle_name")


def _merge_reversed_names(
    groups: list[Group], uf: UnionFind, full_names: dict[str, list[int]]
) -> None:
    """ "Ichiyō Higuchi" and "Higuchi Ichiyō": one person, the family name first in
    one and last in the other (Japanese, Chinese, Hungarian names in English text)."""
    personal = {person_words(groups[i]): i for members in full_names.values() for i in members}
    # The other order may be any name of two words a small model misread ("FAC").
    named = {g.words: i for i, g in enumerate(groups) if len(g.words) == 2 and not g.country}
    for words, i in personal.items():
        j = named.get(words[::-1])
        if len(words) == 2 and j is not None and j != i and not names_a_site(words[::-1]):
            uf.union(i, j, "person.reversed_order")


_KIN_OF = re.compile(rf"\b(?:{'|'.join(sorted(KINSHIP_WORDS))})\s+of\s+$", re.IGNORECASE)
_KIN_LOOK_BACK = 20  # characters: "granddaughter of " and some spaces


def _kin_of(text: str, mention: EntityMention) -> bool:
    """Is this name written as someone's kin ("the son of Pierre Kern")?"""
    return _KIN_OF.search(text[max(0, mention.start - _KIN_LOOK_BACK) : mention.start]) is not None


def _adds_middle_names(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    if len(longer) <= len(shorter) or longer[0] != shorter[0] or longer[-1] != shorter[-1]:
        return False
    rest = iter(longer)
    return all(word in rest for word in shorter)  # a subsequence, in order


def _full_name_candidates(
    groups: list[Group],
    i: int,
    full_names: dict[str, list[int]],
    first_names: dict[str, list[int]],
) -> tuple[list[int], bool]:
    """The full names group ``i`` may be a short form of, and whether by its surname."""
    group = groups[i]
    words = person_words(group)
    if not words or group.country or any(w in ORG_WORDS for w in words) or names_a_site(words):
        return [], False
    if _has_regnal_number(group):  # "Napoleon III" is a whole name, no short form
        return [], False
    labels = group.labels
    # A gazetteer place ("Washington", "Jordan") is only a surname when NER says so.
    gazetteer_place = group.capital_of or gaz.is_province(group.key)
    if gazetteer_place and labels["PERSON"] * 2 <= sum(labels.values()):
        return [], False
    # Nor is a name NER never calls a person, read as a place where it is one ("grew
    # up in Austin"), the first name of "Austin Shepherd".
    located = any(
        m.label in ("GPE", "LOC") and m.preposition in LOCATING_PREPOSITIONS and not m.attribution
        for m in group.mentions
    )
    if located and not labels["PERSON"]:
        return [], False
    candidates = [
        j
        for j in full_names.get(words[-1], ())
        if j != i
        and len(person_words(groups[j])) > len(words)
        and person_words(groups[j])[-len(words) :] == words
    ]
    # A first name a small model mostly calls an organisation ("Napoleon") is
    # still one if it is sometimes a person or titled ("Emperor Napoleon").
    sometimes_person = labels["PERSON"] * 10 >= labels.total() or any(
        m.titled for m in group.mentions
    )
    by_surname = bool(candidates)
    if len(words) == 1 and (labels["ORG"] <= labels["PERSON"] or sometimes_person):
        candidates += [j for j in first_names.get(words[0], ()) if j != i]
    return candidates, by_surname


def _join_short_form(state: Merging, i: int, candidates: list[int], by_surname: bool) -> None:
    groups, uf = state.groups, state.uf
    group = groups[i]
    roots = {uf.find(j) for j in candidates}
    if len(roots) == 1 and not by_surname and len(group.mentions) < 3:
        # A first name named in passing is that person's only once the full name
        # has been given ("Mark and Patricia ..." long before "Mark Seidenberg" is
        # another); one used again and again (a novel's "Pétya") is the person.
        (root,) = roots
        introduced = min(m.start for j in candidates for m in groups[j].mentions)
        later = [m for m in group.mentions if m.start > introduced]
        rule = "person.first_name_after_full_name"
        if len(later) == len(group.mentions):
            uf.union(root, i, rule)
        elif later:
            state.moves.setdefault(i, []).extend((m, root, rule) for m in later)
        return
    # "the Bernoulli family": the family, not one of its members.
    family = {id(m) for m in group.mentions if _FAMILY_AFTER.match(state.text, m.end)}
    if len(roots) == 1 and not family:
        uf.union(roots.pop(), i, "person.surname" if by_surname else "person.first_name")
        return
    if len(roots) == 1:
        root, rule = roots.pop(), "person.surname" if by_surname else "person.first_name"
        moved = [(m, root, rule) for m in group.mentions if id(m) not in family]
        state.moves.setdefault(i, []).extend(moved)
        return
    # Ambiguous (two people share the surname): see _owner_of_shared_surname.
    positions = sorted(
        (m.start, m.end, (uf.find(j), _in_passing(state.text, m)))
        for j in candidates
        for m in groups[j].mentions
    )
    dominant = _dominant_full_name(Counter(root for _, _, (root, _) in positions))
    index = SpanIndex(positions)
    first = positions[0][2][0]
    titles = _titles_of(state.text, groups, candidates, uf)
    for m in group.mentions:
        if id(m) in family:
            continue
        previous = index.previous(m.start)
        owner, rule = _owner_of_shared_surname(state.text, m, previous, dominant, first)
        # "Dr. Nelson" is "Dr. Alondra Nelson", not "Administrator Bill Nelson".
        titled = [root for root, found in titles.items() if _title_before(state.text, m) in found]
        if len(titled) == 1:
            owner, rule = titled[0], "person.shared_surname.title"
        if owner is not None:
            state.moves.setdefault(i, []).append((m, owner, rule))


_TITLE_BEFORE = re.compile(r"\b(\w+)\.?\s+$")
_TITLE_LOOK_BACK = 16  # characters: "Congresswoman " and some spaces


def _title_before(text: str, mention: EntityMention) -> str:
    """The title written just before a name ("dr" in "Dr. Nelson"), or ""."""
    found = _TITLE_BEFORE.search(text, max(0, mention.start - _TITLE_LOOK_BACK), mention.start)
    word = found.group(1).lower() if found else ""
    return word if word in TITLES else ""


def _titles_of(
    text: str, groups: list[Group], candidates: list[int], uf: UnionFind
) -> dict[int, set[str]]:
    """The titles written before each candidate person's full names, by root."""
    titles: dict[int, set[str]] = defaultdict(set)
    for j in candidates:
        for m in groups[j].mentions:
            title = _title_before(text, m)
            if title:
                titles[uf.find(j)].add(title)
    return titles


_FAMILY_AFTER = re.compile(r"\s+(?:family|clan|dynasty)\b", re.IGNORECASE)


# How far (in characters, about one sentence of news) a full name still decides
# whom a bare shared surname after it means ("Michelle Obama spoke. Obama said ...");
# further on, the text's default person does (see _owner_of_shared_surname).
_SURNAME_CONTEXT = 150
_LISTED_AFTER = re.compile(r"(?:,|\band|\bor)\s*$")
_LOOK_BACK = 8  # characters: ", and " and some spaces


def _in_passing(text: str, mention: EntityMention) -> bool:
    """Is this name only listed, in a list or in apposition at the end of its
    clause ("and Anne Moreau", "a son, Ralph Goode."), rather than acting in its
    sentence? An apposition set off on both sides belongs to the subject ("Her
    father, Tomas Delgado, was a carpenter"): that name is in the foreground."""
    if mention.acts:
        return False
    listed = _LISTED_AFTER.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    if listed is None:
        return False
    in_apposition = listed.group().startswith(",")
    return not (in_apposition and text[mention.end : mention.end + 1] == ",")


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)\]]*\s|\n")


def _dominant_full_name(counts: Counter[int]) -> int | None:
    """The person a text means by a shared surname by default: the one whose full
    name it writes at least twice as often as all the others together (the
    candidate in a campaign report, not his wife named once)."""
    (top, top_count), *others = counts.most_common()
    return top if top_count >= 2 * sum(count for _, count in others) else None


def _owner_of_shared_surname(
    text: str,
    mention: EntityMention,
    previous: tuple[int, int, tuple[int, bool]] | None,
    dominant: int | None,
    first: int,
) -> tuple[int | None, str]:
    """Whom a bare surname shared by several full names in the text belongs to.

    A full name just before it decides: in the same sentence, or in the sentence
    before unless that name was only listed in passing there ("and a son, Ralph
    Goode. Goode played" is the subject again, but "Hunter Biden stayed home.
    Biden later flew" is Hunter), and in the same paragraph. Otherwise the dominant person, if one is; otherwise the person named
    first, whom the text is about (a life story names the parents after its
    subject, and "Padalecki" far from "Sherri Padalecki" is still the actor).
    Before any full name, only the dominant person; with none it stays apart
    rather than join a wrong person.
    """
    if previous is None:
        return dominant, "person.shared_surname.dominant"
    _, previous_end, (previous_owner, in_passing) = previous
    # A new paragraph starts afresh: its bare surname is the text's person again.
    near = mention.start - previous_end <= _SURNAME_CONTEXT
    near = near and "\n\n" not in text[previous_end : mention.start]
    same_sentence = not _SENTENCE_END.search(text, previous_end, mention.start)
    if near and (same_sentence or not in_passing):
        return previous_owner, "person.shared_surname.previous"
    if dominant is not None:
        return dominant, "person.shared_surname.dominant"
    return first, "person.shared_surname.first_named"


# "Washington, D.C.", "Paris, Texas": a place followed by the larger place it is in.
_PLACE_THEN_REGION = re.compile(r",\s*[A-Z]")


def marked_as_place(
    text: str, mention: EntityMention, locating: frozenset[str] = LOCATING_PREPOSITIONS
) -> bool:
    """Does the syntax around this mention make it a place (or a capital's state)?"""
    located = mention.preposition in locating and not mention.attribution
    described = DESCRIBED_KIND.get(mention.descriptor) == "place"
    in_region = _PLACE_THEN_REGION.match(text, mention.end) is not None
    marked = mention.place_noun or mention.entered or mention.governs or described
    return located or marked or in_region


def _move_surnames_out_of_places(state: Merging, full_names: dict[str, list[int]]) -> None:
    """ "a portrait of Washington" after "George Washington": a gazetteer place's name
    (which never joins a person as a whole, see _full_name_candidates) that is the
    surname of the one full name ending so, is that person wherever the text has
    named them before and nothing marks it a place ("the plan for Washington, D.C.",
    "moved to Washington", "Washington imposed sanctions" stay the place)."""
    groups, uf, text = state.groups, state.uf, state.text
    for i, group in enumerate(groups):
        if len(group.words) != 1 or group.country or group.labels["PERSON"]:
            continue
        if not (group.capital_of or gaz.is_province(group.key)) or i in state.moves:
            continue
        owners = [j for j in full_names.get(group.key, ()) if not names_a_site(groups[j].words)]
        roots = {uf.find(j) for j in owners} - {uf.find(i)}
        if len(roots) != 1:
            continue
        (root,) = roots
        introduced = min(m.start for j in owners for m in groups[j].mentions)
        moved = [m for m in group.mentions if m.start > introduced and not marked_as_place(text, m)]
        if moved:
            state.moves[i] = [(m, root, "person.surname_not_place") for m in moved]
