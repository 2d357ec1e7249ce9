"""Actors across documents: one entity per real-world actor over a set of analyses.

``link(analyses)`` takes finished analyses (each already consolidated within its
document) and joins the actors of different documents that are the same actor, by
the rules that work within a document, strongest first:

1. *structure*: the same country (names, demonyms, ISO codes and initials through the
   gazetteer: "Israel" and "Israeli" are one, Austria and Australia never); the same
   normalised name or multi-word alias ("Erdoğan's" is "erdogan"); an acronym one
   document writes beside its expansion ("SDF"), and a name that contains such an
   acronym ("UN General Assembly" is "United Nations General Assembly");
2. *people*: "Tayyip Erdoğan" is "Recep Tayyip Erdoğan" when the longer name is the
   only one it can be; a bare surname ("Trump") is the person whose full name ends
   with it, if exactly one such person appears anywhere in the set;
3. *short forms*: a one-word name is the one entity that writes it as an alias
   ("Burisma" of "Burisma Holdings"), an acronym the one name it abbreviates;
4. *spelling*, last and conservative: names of as many words, each alike
   (``similar_names``: "Mohammad bin Salman" and "Mohammed bin Salman").

Every join is refused when it would put two actors of one document into one entity
(that document's consolidation already decided they differ), a person with a
non-person, or two different countries: a false merge across articles misleads a
reader more than a split does.

Entity ids are ``E1``, ``E2``, … in order of first appearance: the document's
position in the input, then the offset of the entity's first mention there. The same
input set in the same order therefore always gets the same ids (a folder's articles
come sorted by file name).

Pure functions over frozen dataclasses; nothing here imports Textual or spaCy.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

# Everything this module needs from the within-document actor layer, in one place
# (after actors.py becomes a package, only these lines move).
from dramatis.actors import similar_names
from dramatis.analysis import ActorKind, Analysis, Claim
from dramatis.gazetteer import (
    country_of_code,
    country_of_demonym,
    country_of_initials,
    country_of_name,
    country_of_weak_name,
    normalise,
)

SCHEMA = "dramatis.entities/1"

# Spelling variants only between names at least this long (shorter names are too
# often different words one letter apart: "Mali", "Bali") and at most this many
# characters apart in length.
_FUZZY_MIN_LENGTH = 6
_FUZZY_MAX_LENGTH_GAP = 2
_FUZZY_MAX_BLOCK = 400
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "du", "la", "le"})
# A full name owns a surname others share when the set names it this many times more
# often (in documents and in mentions) than all the others together.
_DOMINANT_FACTOR = 3
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,7}$")


@dataclass(frozen=True, slots=True)
class Appearance:
    """One entity in one document: the actor there and what it does."""

    document: int  # position of the analysis in the input
    actor_id: str
    name: str  # as that document names it
    mentions: int
    claims: int
    first_mention: int  # offset of the first mention in that document's text
    first_claim: Claim | None  # the earliest claim attributed to it there


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world actor over all the documents."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # in document order

    @property
    def documents(self) -> int:
        return len(self.appearances)

    @property
    def mentions(self) -> int:
        return sum(a.mentions for a in self.appearances)

    @property
    def claims(self) -> int:
        return sum(a.claims for a in self.appearances)

    def to_dict(self, sources: Sequence[str]) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "documents": self.documents,
            "mentions": self.mentions,
            "claims": self.claims,
            "appearances": [
                {
                    "source": sources[a.document],
                    "actor": a.actor_id,
                    "mentions": a.mentions,
                    "claims": a.claims,
                }
                for a in self.appearances
            ],
        }


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The entities of a set of analyses, and which entity each actor is."""

    entities: tuple[Entity, ...] = ()
    # (document position, actor id) -> entity id
    by_actor: dict[tuple[int, str], str] = field(default_factory=dict)
    _by_id: dict[str, Entity] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({entity.id: entity for entity in self.entities})

    def entity(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def entity_of(self, document: int, actor_id: str) -> Entity | None:
        return self.entity(self.by_actor.get((document, actor_id)))

    def by_documents(self) -> list[Entity]:
        """Most documents first, then most mentions, then first appearance."""
        return sorted(self.entities, key=lambda e: (-e.documents, -e.mentions, _number(e.id)))


def _number(entity_id: str) -> int:
    return int(entity_id[1:])


# ----- the actors being linked -------------------------------------------------------


class _Member(NamedTuple):
    """An actor of one document, with what linking compares (a tuple: thousands are made)."""

    document: int
    actor_id: str
    name: str
    kind: ActorKind
    key: str  # normalised name
    words: tuple[str, ...]
    aliases: tuple[str, ...]  # as written
    alias_keys: frozenset[str]  # normalised multi-word aliases and acronyms
    short_aliases: frozenset[str]  # normalised one-word aliases other than the name
    initials: frozenset[str]  # of a name of several words
    country: str | None
    mentions: int
    first_mention: int
    person: bool


@functools.lru_cache(maxsize=65536)
def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    if not _ACRONYM.match(letters):
        return False
    return sum(c.isupper() for c in letters) * 2 > len(letters)


def _initials(words: Sequence[str]) -> set[str]:
    if len(words) < 2:
        return set()
    content = [w for w in words if w not in _FUNCTION_WORDS]
    return {"".join(w[0] for w in words), "".join(w[0] for w in content)} - {""}


def _country(name: str, aliases: Iterable[str], kind: ActorKind) -> str | None:
    """The country an actor's name (or failing that, its one country alias) names."""
    if kind == "person":
        return None  # "Jordan" the person, "Georgia" a first name

    def lookup(form: str) -> str | None:
        key = normalise(form)
        code = country_of_name(key) or country_of_demonym(key)
        if code is None and kind == "place":
            code = country_of_weak_name(key)
            if code is None and _is_acronym(form):
                code = country_of_code(key) or country_of_initials(key)
        return code

    code = lookup(name)
    if code is not None:
        return code
    codes = {c for c in map(lookup, aliases) if c}
    return codes.pop() if len(codes) == 1 else None


class _NameFacts(NamedTuple):
    key: str
    words: tuple[str, ...]
    alias_keys: frozenset[str]
    short_aliases: frozenset[str]
    initials: frozenset[str]
    country: str | None


@functools.lru_cache(maxsize=65536)
def _name_facts(name: str, aliases: tuple[str, ...], kind: ActorKind) -> _NameFacts:
    """What linking compares of an actor's names, once per name: a folder repeats them."""
    key = normalise(name)
    words = tuple(key.split())
    alias_keys = {normalise(alias) for alias in aliases if _is_acronym(alias) or " " in alias}
    short = {normalise(alias) for alias in aliases} - {key}
    return _NameFacts(
        key=key,
        words=words,
        alias_keys=frozenset(alias_keys - {"", key}),
        short_aliases=frozenset(a for a in short if a and " " not in a),
        initials=frozenset(_initials(words)),
        country=_country(name, aliases, kind),
    )


def _members(analyses: Sequence[Analysis]) -> list[_Member]:
    members = []
    for position, analysis in enumerate(analyses):
        for actor in analysis.actors:
            facts = _name_facts(actor.name, actor.aliases, actor.kind)
            if not facts.key or not actor.mentions:
                continue
            members.append(
                _Member(
                    position,
                    actor.id,
                    actor.name,
                    actor.kind,
                    facts.key,
                    facts.words,
                    actor.aliases,
                    facts.alias_keys,
                    facts.short_aliases,
                    facts.initials,
                    facts.country,
                    len(actor.mentions),
                    actor.mentions[0].start,
                    actor.kind == "person",
                )
            )
    return members


# ----- joining, with the joins that must never happen refused --------------------------


class _Linker:
    """Union-find over members whose roots remember what a join must not mix."""

    def __init__(self, members: Sequence[_Member]) -> None:
        self.members = members
        self.parent = list(range(len(members)))
        self.documents = [{m.document} for m in members]
        self.person = [m.person for m in members]
        self.country = [m.country for m in members]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> bool:
        """Join the entities of ``a`` and ``b`` unless that mixes what must stay apart."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.person[ra] != self.person[rb] or self.documents[ra] & self.documents[rb]:
            return False
        ca, cb = self.country[ra], self.country[rb]
        if ca and cb and ca != cb:
            return False
        if rb < ra:  # the earlier member stays the root: joins are order-independent in ids
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.documents[ra] |= self.documents[rb]
        self.country[ra] = ca or cb
        return True

    def roots(self, indices: Iterable[int]) -> set[int]:
        return {self.find(i) for i in indices}


def _join_by_key(linker: _Linker, keyed: dict[Any, list[int]]) -> None:
    for indices in keyed.values():
        first, *others = indices
        for other in others:
            linker.join(first, other)


def _join_structure(linker: _Linker, expansions: dict[str, str]) -> None:
    members = linker.members
    countries: dict[str, list[int]] = defaultdict(list)
    names: dict[tuple[bool, str], list[int]] = defaultdict(list)
    for i, member in enumerate(members):
        if member.country:
            countries[member.country].append(i)
            continue
        # A one-word person is a bare surname: the people rules decide it.
        if not (member.person and len(member.words) == 1):
            names[(member.person, member.key)].append(i)
        expanded = _expand(member.words, expansions)
        if expanded != member.key:
            names[(member.person, expanded)].append(i)
        if not member.person:
            for alias in sorted(member.alias_keys):
                names[(False, alias)].append(i)
    _join_by_key(linker, countries)
    _join_by_key(linker, names)


def _acronym_expansions(members: Sequence[_Member]) -> dict[str, str]:
    """Acronym -> the one normalised name the set writes it beside ("sdf" -> ...)."""
    found: dict[str, set[str]] = defaultdict(set)
    for member in members:
        if member.person or len(member.words) < 2:
            continue
        for alias in member.aliases:
            if _is_acronym(alias):
                acronym = normalise(alias)
                if acronym in member.initials:
                    found[acronym].add(member.key)
    return {acronym: next(iter(keys)) for acronym, keys in found.items() if len(keys) == 1}


def _expand(words: tuple[str, ...], expansions: dict[str, str]) -> str:
    """The name with each acronym in it spelt out ("un general assembly" -> "united ...")."""
    if len(words) < 2:
        return " ".join(words)
    return " ".join(expansions.get(word, word) for word in words)


def _join_people(linker: _Linker) -> None:
    members = linker.members
    full = [i for i, m in enumerate(members) if m.person and len(m.words) >= 2]
    # "Tayyip Erdoğan" is "Recep Tayyip Erdoğan"; "George Bush" is "George W. Bush".
    longer: dict[str, list[int]] = defaultdict(list)
    for i in full:
        if len(members[i].words) >= 3:
            longer[members[i].words[-1]].append(i)
    for i in full:
        if len(members[i].words) != 2:
            continue
        first, last = members[i].words
        owners = linker.roots(
            j for j in longer.get(last, ()) if first in (members[j].words[0], members[j].words[-2])
        )
        if len(owners) == 1:
            linker.join(owners.pop(), i)
    # A bare surname: the one person whose full name ends with it, anywhere in the set.
    by_surname: dict[str, set[int]] = defaultdict(set)
    documents_with: dict[str, set[int]] = defaultdict(set)
    for i in full:
        by_surname[members[i].words[-1]].add(i)
        documents_with[members[i].words[-1]].add(members[i].document)
    bare: dict[str, list[int]] = defaultdict(list)
    for i, member in enumerate(members):
        # Left apart from a full name in its own document: that text saw two people.
        lone = member.document not in documents_with[member.key]
        if member.person and len(member.words) == 1 and lone:
            bare[member.key].append(i)
    for surname, indices in bare.items():
        owner = _owner_of_surname(linker, by_surname.get(surname, set()))
        if owner is _NOBODY:
            continue
        anchor = indices[0] if owner is None else owner
        for i in indices:
            linker.join(anchor, i)


_NOBODY = -1


def _owner_of_surname(linker: _Linker, full_names: set[int]) -> int | None:
    """The entity a bare surname means: the one person with a full name ending in it,
    or the one the set names far more than all the others together (Donald Trump
    in four articles before Melania Trump in one), as a text's dominant full name
    owns its bare surname. None: nobody has that full name; ``_NOBODY``: undecided."""
    documents: Counter[int] = Counter()
    mentions: Counter[int] = Counter()
    for i in sorted(full_names):
        root = linker.find(i)
        documents[root] += 1
        mentions[root] += linker.members[i].mentions
    if len(documents) <= 1:
        return next(iter(documents), None)
    (top, top_documents), *others = documents.most_common()
    other_documents = sum(count for _, count in others)
    other_mentions = sum(mentions.values()) - mentions[top]
    dominant = (
        top_documents >= _DOMINANT_FACTOR * other_documents
        and mentions[top] >= _DOMINANT_FACTOR * other_mentions
    )
    return top if dominant else _NOBODY


def _join_short_forms(linker: _Linker) -> None:
    """One-word names (not people) to the one entity that writes them so, or abbreviates."""
    members = linker.members
    aliases: dict[str, set[int]] = defaultdict(set)
    initials: dict[str, set[int]] = defaultdict(set)
    for i, member in enumerate(members):
        if member.person or member.country or len(member.words) < 2:
            continue
        for alias in member.short_aliases:
            aliases[alias].add(i)
        for acronym in member.initials:
            initials[acronym].add(i)
    for i, member in enumerate(members):
        if member.person or member.country or len(member.words) != 1:
            continue
        owners = linker.roots(aliases.get(member.key, ()))
        if not owners and _is_acronym(member.name):
            owners = linker.roots(initials.get(member.key, ()))
        if len(owners) == 1:
            linker.join(owners.pop(), i)


def _join_spellings(linker: _Linker) -> None:
    """Last: names of as many words whose words are each spelt alike."""
    spelt: dict[tuple[bool, str], list[int]] = defaultdict(list)
    for i, member in enumerate(linker.members):
        if not member.country and len(member.key) >= _FUZZY_MIN_LENGTH:
            spelt[(member.person, member.key)].append(i)
    # Distinct names are compared, not members: a folder repeats its names often.
    blocks: dict[tuple[bool, str], list[tuple[bool, str]]] = defaultdict(list)
    for name in spelt:
        person, key = name
        last = key.rsplit(" ", 1)[-1]
        blocks[(person, "<" + last[:3])].append(name)
        blocks[(person, ">" + last[-3:])].append(name)
    for names in blocks.values():
        if not 2 <= len(names) <= _FUZZY_MAX_BLOCK:
            continue
        for x, (_, a) in enumerate(names):
            for name in names[x + 1 :]:
                b = name[1]
                if abs(len(a) - len(b)) > _FUZZY_MAX_LENGTH_GAP:
                    continue
                if a.startswith(b) or b.startswith(a):
                    continue  # "Africa"/"African": derived, not misspelt
                if similar_names(a, b):
                    _join_all(linker, spelt[names[x]], spelt[name])


def _join_all(linker: _Linker, ours: Sequence[int], theirs: Sequence[int]) -> None:
    """Join each of ``theirs`` to the first of ``ours`` that it may join."""
    for j in theirs:
        for i in ours:
            if linker.join(i, j):
                break


# ----- the entities ------------------------------------------------------------------


def _entity_name(group: Sequence[_Member]) -> str:
    """The name most documents use, a full name before a bare one."""
    documents: Counter[str] = Counter(m.name for m in group)
    mentions: Counter[str] = Counter()
    for m in group:
        mentions[m.name] += m.mentions
    return max(
        documents,
        key=lambda n: (" " in n, documents[n], mentions[n], len(n), n),
    )


def _entity_kind(group: Sequence[_Member]) -> ActorKind:
    votes: Counter[ActorKind] = Counter()
    for m in group:
        votes[m.kind] += m.mentions
    return max(votes, key=lambda kind: (votes[kind], kind))


def _entity_aliases(group: Sequence[_Member]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for m in group:
        for alias in m.aliases:
            counts[alias] = counts.get(alias, 0) + 1
    return tuple(sorted(counts, key=lambda alias: -counts[alias]))  # stable: first seen first


def _claims_by_actor(analysis: Analysis) -> dict[str, list[Claim]]:
    """Each actor's claims in the order of the text."""
    claims: dict[str, list[Claim]] = defaultdict(list)
    for claim in sorted(analysis.claims, key=lambda c: (c.start, c.id)):
        if claim.source is not None and claim.source.actor:
            claims[claim.source.actor].append(claim)
    return claims


def _appearance(member: _Member, claims: list[Claim]) -> Appearance:
    return Appearance(
        document=member.document,
        actor_id=member.actor_id,
        name=member.name,
        mentions=member.mentions,
        claims=len(claims),
        first_mention=member.first_mention,
        first_claim=claims[0] if claims else None,
    )


def link(analyses: Sequence[Analysis]) -> EntityIndex:
    """The entities of ``analyses`` (in this order), one per real-world actor."""
    members = _members(analyses)
    linker = _Linker(members)
    _join_structure(linker, _acronym_expansions(members))
    _join_people(linker)
    _join_short_forms(linker)
    _join_spellings(linker)

    groups: dict[int, list[_Member]] = defaultdict(list)
    for i, member in enumerate(members):
        groups[linker.find(i)].append(member)
    ordered = sorted(
        groups.values(), key=lambda g: min((m.document, m.first_mention, m.key) for m in g)
    )
    claims = [_claims_by_actor(analysis) for analysis in analyses]
    entities = []
    by_actor: dict[tuple[int, str], str] = {}
    for number, group in enumerate(ordered, 1):
        entity_id = f"E{number}"
        group.sort(key=lambda m: (m.document, m.first_mention))
        for m in group:
            by_actor[(m.document, m.actor_id)] = entity_id
        entities.append(
            Entity(
                id=entity_id,
                name=_entity_name(group),
                kind=_entity_kind(group),
                aliases=_entity_aliases(group),
                appearances=tuple(
                    _appearance(m, claims[m.document].get(m.actor_id, [])) for m in group
                ),
            )
        )
    return EntityIndex(tuple(entities), by_actor)


# ----- output --------------------------------------------------------------------------


def analysis_dict(analysis: Analysis, document: int, index: EntityIndex) -> dict[str, Any]:
    """``analysis.to_dict()`` with each actor's ``"entity"`` id added (schema unchanged)."""
    data = analysis.to_dict()
    for actor in data["actors"]:
        actor["entity"] = index.by_actor.get((document, actor["id"]))
    return data


def index_dict(analyses: Sequence[Analysis], index: EntityIndex) -> dict[str, Any]:
    """The cross-document actors as one JSON object (``dramatis actors --format json``)."""
    sources = [a.source for a in analyses]
    return {
        "schema": SCHEMA,
        "documents": [{"source": a.source, "title": a.title} for a in analyses],
        "entities": [entity.to_dict(sources) for entity in index.by_documents()],
    }


def text_report(analyses: Sequence[Analysis], index: EntityIndex) -> str:
    """One line per entity, most documents first: id, kind, name, documents, mentions."""
    entities = index.by_documents()
    count = len(analyses)
    lines = [
        f"{len(entities)} actors across {count} document{'s' * (count != 1)}",
        "",
        f"{'id':<6} {'kind':<12} {'documents':>9} {'mentions':>8}  name",
    ]
    for entity in entities:
        lines.append(
            f"{entity.id:<6} {entity.kind:<12} {entity.documents:>9} {entity.mentions:>8}  "
            f"{' '.join(entity.name.split())}"
        )
    return "\n".join(lines)
