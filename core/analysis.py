"""The result of analysing one document: actors, their mentions, and claims.

Every span is a pair of Python string offsets (code points, end-exclusive) into
``Analysis.text``. These types are the JSON schema ``dramatis.analysis/1``; they are
frozen so that the reader, the cache and the command line can share them safely.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

SCHEMA = "dramatis.analysis/1"

ActorKind = Literal["person", "organization", "place", "group", "other"]
ClaimKind = Literal["direct", "indirect", "according_to", "other"]
ACTOR_KINDS: tuple[ActorKind, ...] = ("person", "organization", "place", "group", "other")
CLAIM_KINDS: tuple[ClaimKind, ...] = ("direct", "indirect", "according_to", "other")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim is attributed to, as written, and the actor it refers to (if any)."""

    start: int
    end: int
    text: str
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "actor": self.actor}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        actor = data.get("actor")
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), actor)


@dataclass(frozen=True, slots=True)
class Merge:
    """Why two names are one actor: ``alias`` joined the name ``into`` by ``rule``
    (an id listed in ``dramatis.actors.rules``)."""

    alias: str
    into: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"alias": self.alias, "into": self.into, "rule": self.rule}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Merge:
        return cls(str(data["alias"]), str(data["into"]), str(data["rule"]))


@dataclass(frozen=True, slots=True)
class KindVote:
    """A vote counted towards an actor's kind: ``weight`` for ``kind`` by ``rule``."""

    kind: str
    rule: str
    weight: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "rule": self.rule, "weight": self.weight}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KindVote:
        return cls(str(data["kind"]), str(data["rule"]), int(data["weight"]))


@dataclass(frozen=True, slots=True)
class Explanation:
    """How the actor layer made an actor: the rule that decided its kind, the votes
    it counted, and every merge that joined a name to it, in the order made."""

    kind_rule: str
    kind_votes: tuple[KindVote, ...] = ()
    merges: tuple[Merge, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": {"rule": self.kind_rule, "votes": [v.to_dict() for v in self.kind_votes]},
            "merges": [m.to_dict() for m in self.merges],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Explanation:
        kind = data.get("kind") or {}
        return cls(
            kind_rule=str(kind.get("rule", "")),
            kind_votes=tuple(KindVote.from_dict(v) for v in kind.get("votes", ())),
            merges=tuple(Merge.from_dict(m) for m in data.get("merges", ())),
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world actor, however many ways the text writes it."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    # Why the actor layer made it so; None for actors it did not make (roles).
    explain: Explanation | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.explain is not None:
            data["explain"] = self.explain.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        explain = data.get("explain")
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            kind=data["kind"],
            aliases=tuple(str(a) for a in data["aliases"]),
            mentions=tuple(Span.from_dict(m) for m in data["mentions"]),
            explain=Explanation.from_dict(explain) if isinstance(explain, dict) else None,
        )


def nested_mentions(actors: Iterable[Actor]) -> frozenset[tuple[str, int, int]]:
    """The mentions (actor id, start, end) that lie inside a longer mention of another
    actor: "Minnesota" in "University of Minnesota". Mentions of one actor never
    overlap; mentions of two actors either do not overlap or one nests in the other."""
    spans = sorted((m.start, -m.end, a.id) for a in actors for m in a.mentions)
    nested: set[tuple[str, int, int]] = set()
    open_hosts: list[tuple[int, str]] = []  # (end, actor) of the mentions that may hold the next
    for start, negative_end, actor in spans:
        end = -negative_end
        open_hosts = [(e, a) for e, a in open_hosts if e > start]
        if any(e >= end and a != actor for e, a in open_hosts):
            nested.add((actor, start, end))
        open_hosts.append((end, actor))
    return frozenset(nested)


BARE_TITLE_RULE = "person.bare_title"


def bare_title_mentions(actors: Iterable[Actor]) -> frozenset[tuple[str, int, int]]:
    """The mentions (actor id, start, end) that are a bare title given to the person
    named with it ("the President" after "President Obama"; ``dramatis.actors.titles``)."""
    found: set[tuple[str, int, int]] = set()
    for a in actors:
        forms = (
            {m.alias for m in a.explain.merges if m.rule == BARE_TITLE_RULE} if a.explain else ()
        )
        found.update((a.id, s.start, s.end) for s in a.mentions if s.text in forms)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement the text attributes to a source: who, the reporting cue, and what."""

    id: str
    kind: ClaimKind
    source: Source | None
    cue: Span
    content: Span
    # the claim layer's rule that found it ("verb.clause", "phrase.according_to"), for
    # measuring each rule's precision; None for claims made elsewhere
    rule: str | None = None

    @property
    def unattributed(self) -> bool:
        """No accountable source: a hedge (kind ``other``: "it is believed that", "sources
        say") or a claim whose text names no one ("amid complaints that ...")."""
        return self.kind == "other" or self.source is None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
        }
        if self.rule is not None:
            data["rule"] = self.rule
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        source = data.get("source")
        return cls(
            id=str(data["id"]),
            kind=data["kind"],
            source=Source.from_dict(source) if source else None,
            cue=Span.from_dict(data["cue"]),
            content=Span.from_dict(data["content"]),
            rule=str(data["rule"]) if data.get("rule") is not None else None,
        )

    @property
    def start(self) -> int:
        spans = [self.cue.start, self.content.start]
        if self.source:
            spans.append(self.source.start)
        return min(spans)

    @property
    def end(self) -> int:
        spans = [self.cue.end, self.content.end]
        if self.source:
            spans.append(self.source.end)
        return max(spans)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything dramatis knows about one document."""

    source: str
    title: str
    text: str
    model: str
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    _by_id: dict[str, Actor] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({actor.id: actor for actor in self.actors})

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return self._by_id.get(actor_id) if actor_id else None

    def claims_by(self, actor_id: str) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.source and c.source.actor == actor_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "model": self.model,
            "actors": [a.to_dict() for a in self.actors],
            "claims": [c.to_dict() for c in self.claims],
        }

    def to_json(self) -> str:
        # ensure_ascii keeps the output valid 7-bit JSON whatever the text holds
        # (lone surrogates, control characters), so any consumer can read it.
        return json.dumps(self.to_dict(), ensure_ascii=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} object")
        return cls(
            source=str(data["source"]),
            title=str(data["title"]),
            text=str(data["text"]),
            model=str(data["model"]),
            actors=tuple(Actor.from_dict(a) for a in data["actors"]),
            claims=tuple(Claim.from_dict(c) for c in data["claims"]),
        )


def renumber(
    actors: Iterable[Actor], claims: Iterable[Claim]
) -> tuple[tuple[Actor, ...], tuple[Claim, ...]]:
    """Give actors ids A1.. by first appearance and claims C1.. in text order.

    Stable ids by position make the JSON diffable between runs and let a claim's
    ``source.actor`` keep pointing at the right actor after renumbering.
    """
    ordered = sorted(actors, key=lambda a: (a.mentions[0].start if a.mentions else 1 << 62, a.name))
    new_id = {a.id: f"A{i}" for i, a in enumerate(ordered, 1)}
    new_actors = tuple(replace(a, id=new_id[a.id]) for a in ordered)
    new_claims = []
    for i, c in enumerate(sorted(claims, key=lambda c: (c.cue.start, c.content.start)), 1):
        source = c.source
        if source is not None:
            source = Source(source.start, source.end, source.text, new_id.get(source.actor or ""))
        new_claims.append(Claim(f"C{i}", c.kind, source, c.cue, c.content, c.rule))
    return new_actors, tuple(new_claims)
