"""Linking sources to actors: names, roles, pronouns, documents (``resolve``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from dramatis.analysis import Actor, Claim, Source, Span, bare_title_mentions, nested_mentions
from dramatis.claims.hedged import is_hedge, kind_of, rule_of
from dramatis.claims.inherit import _inherit_quotes, _join_continuations, _join_interrupted_quotes
from dramatis.claims.records import Antecedent, Collected, RawClaim, SourceRef
from dramatis.lexicon.nouns import (
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    PROXY_NOUNS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    gender_of_word,
)
from dramatis.spans import SpanIndex
from dramatis.text import SENTENCE_END, without_possessive

PRONOUN_WINDOW = 2500  # characters back to look for a pronoun's antecedent


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    actor: str
    kind: str


class _ActorIndex:
    def __init__(self, actors: Sequence[Actor]) -> None:
        # A name nested in another actor's ("Minnesota" in "University of Minnesota")
        # is not who speaks, nor a pronoun's antecedent: its host is.
        # Nor is a bare title given to a person ("the President"): a role source finds its
        # titled person itself (``titled_person``), and the title is no pronoun's antecedent
        # ("... the president's plan,' he said") nor the speaker of "the senator's aide".
        nested = nested_mentions(actors) | bare_title_mentions(actors)
        self.positions = SpanIndex(
            (m.start, m.end, _Mention(m.start, m.end, a.id, a.kind))
            for a in actors
            for m in a.mentions
            if (a.id, m.start, m.end) not in nested
        )
        self.by_name: dict[str, str] = {}
        for a in actors:
            for name in (a.name, *a.aliases):
                self.by_name.setdefault(_normal(name), a.id)
        self.kind = {a.id: a.kind for a in actors}
        self.names = {a.id: a.name for a in actors}

    def overlapping(self, start: int, end: int) -> list[_Mention]:
        return [m for _, _, m in self.positions.overlapping(start, end)]

    def before(self, pos: int, window: int) -> list[_Mention]:
        return [m for _, _, m in self.positions.starting_before(pos, window)]


def _normal(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    return without_possessive(name)


@dataclass(slots=True)
class _Resolver:
    text: str
    index: _ActorIndex
    roles: dict[str, Actor]
    role_mentions: dict[str, list[Span]]
    # (position, actor id or None, category, plural, gender) of resolved speakers
    speakers: list[tuple[int, str | None, str, bool, str | None]]
    documents: list[tuple[int, str, str | None]]  # (position, word, author actor)
    antecedents: list[Antecedent]
    subjects: list[tuple[int, int]]  # subject phrases, sorted
    genders: dict[str, str]  # person actor -> "m" / "f", from the pronouns after it
    # contents of the claims people made so far: a name inside what a person said is
    # not who a later "he said" refers to ("He believes Harris is eligible. He says
    # ..."); a name inside what a document or an agency reported may well be
    contents: list[tuple[int, int]] = field(default_factory=list)
    lower: str = ""  # the text lower-cased, once
    titles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role -> titled people

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    def actor_at(self, start: int, end: int, kinds: tuple[str, ...] = ()) -> str | None:
        for m in self.index.overlapping(start, end):
            if not kinds or m.kind in kinds:
                return m.actor
        return None

    def author_actor(
        self, author: tuple[int, int] | None, author_head: tuple[int, int] | None
    ) -> str | None:
        if author_head is not None:
            found = self.actor_at(*author_head)
            if found:
                return found
        if author is not None:
            found = self.actor_at(*author, kinds=("person", "organization", "group"))
            if found:
                return found
            name = _normal(self.text[author[0] : author[1]])
            return self.index.by_name.get(name)
        return None

    def role_actor(
        self, role: str, start: int, end: int, gender: str | None, definite: bool = False
    ) -> str:
        named = self.titled_person(role, start)
        if named is not None:
            return named
        key = f"role:{role.lower()}"
        if key not in self.roles and definite:
            # "the foreign minister said ... The minister said": the shorter definite
            # role refers back to the one role it shortens
            longer = [
                k
                for k in self.roles
                if k.endswith(" " + role.lower()) or k.startswith(f"role:{role.lower()} ")
            ]
            if len(longer) == 1:
                key = longer[0]
                found = self.lower.rfind(role.lower(), max(0, start), end)
                if found >= 0:
                    self.role_mentions[key].append(
                        Span(found, found + len(role), self.text[found : found + len(role)])
                    )
                return key
        if key not in self.roles:
            self.roles[key] = Actor(key, role, "person", (role,), ())
            self.role_mentions[key] = []
        found = self.lower.rfind(role.lower(), max(0, start - len(role)), end)
        if found >= 0:  # the role phrase itself, as the other mentions of the role
            start, end = found, found + len(role)
        self.role_mentions[key].append(Span(start, end, self.text[start:end]))
        return key

    def titled_person(self, role: str, before: int) -> str | None:
        """A person introduced earlier with this role as a title: "Foreign Minister X"."""
        key = role.lower()
        if key not in self.titles:
            written = [re.escape(role), *(re.escape(a) for a in TITLE_ABBREVIATIONS.get(key, ()))]
            pattern = re.compile(
                "(?i:"
                + "|".join(written)
                + r")\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*)"
            )
            found = []
            for match in pattern.finditer(self.text):
                actor = self.actor_at(match.start(1), match.end(1), kinds=("person",))
                if actor is not None:
                    found.append((match.start(), actor))
            self.titles[key] = found
        titled = self.titles[key]
        i = bisect.bisect_left(titled, (before, ""))
        return titled[i - 1][1] if i > 0 else None

    def pronoun_actor(self, pronoun: str, pos: int) -> tuple[str | None, bool]:
        """The actor a source pronoun refers to; the flag says an antecedent was found."""
        if pronoun in ("he", "she"):
            best = self._person_antecedent("m" if pronoun == "he" else "f", pos)
        elif pronoun in ("it", "they"):
            best = self._thing_antecedent(pronoun == "they", pos)
        else:
            return None, False
        if best is None:
            return None, False
        return best[1], True

    def _person_antecedent(self, gender: str, pos: int) -> tuple[int, str | None] | None:
        """Who "he" or "she" at ``pos`` is: the last person who spoke or was a subject,
        a person of that gender named in the paragraph, or a role."""
        best: tuple[int, str | None] | None = None
        for sp_pos, actor, category, plural, sp_gender in reversed(self.speakers):
            if sp_pos < pos - PRONOUN_WINDOW:
                break
            if sp_pos >= pos:
                continue
            if (
                category == "person"
                and not plural
                and sp_gender in (None, gender)
                and self.genders.get(actor or "") in (None, gender)
            ):
                best = (sp_pos, actor)
                break
        for m in reversed(self.index.before(pos, PRONOUN_WINDOW)):
            if m.kind != "person" or (best is not None and m.start <= best[0]):
                continue
            if self._in_content(m.start):
                continue
            if self._subject_overlaps(m) and self._gender_ok(m, gender):
                best = (m.start, m.actor)
                break
        paragraph_start = self.text.rfind("\n", 0, pos) + 1
        if best is None or best[0] < paragraph_start:
            # "For Gonzalez, ... 'What now?' she asks.": a person of the pronoun's
            # known gender named earlier in its own paragraph, in any role, beats
            # someone from before the paragraph
            for m in reversed(self.index.before(pos, pos - paragraph_start)):
                if (
                    m.kind == "person"
                    and m.start >= paragraph_start
                    and self._known_gender(m.actor) == gender
                    and not self._in_content(m.start)
                ):
                    best = (m.start, m.actor)
                    break
        return self._role_antecedent(gender, pos, best)

    def _role_antecedent(
        self, gender: str, pos: int, best: tuple[int, str | None] | None
    ) -> tuple[int, str | None] | None:
        """A role subject ("the foreign minister") after the best antecedent so far."""
        for ant in reversed(self.antecedents):
            if ant.start < pos - PRONOUN_WINDOW or (best is not None and ant.start <= best[0]):
                break
            if ant.start >= pos:
                continue
            if (
                ant.category == "role"
                and ant.gender in (None, gender)
                and self._subject_overlaps_span(ant.start, ant.end)
                and not self._in_content(ant.start)
            ):
                best = (ant.start, self.role_actor(ant.word, ant.start, ant.end, ant.gender))
                break
        return best

    def _thing_antecedent(self, plural: bool, pos: int) -> tuple[int, str | None] | None:
        """What "it" or "they" at ``pos`` is: the last organisation, document or group
        that spoke, or an organisation that was a subject since."""
        found: tuple[int, str | None] | None = None
        for sp_pos, actor, category, sp_plural, _ in reversed(self.speakers):
            if sp_pos < pos - PRONOUN_WINDOW:
                break
            if sp_pos >= pos:
                continue
            if category != "person" and (sp_plural == plural or not plural):
                found = (sp_pos, actor)
                break
        if not plural:
            # "IG Metall condemned the plan. '...,' it said": an organisation that
            # was the subject of a sentence since the last speaker
            for m in reversed(self.index.before(pos, PRONOUN_WINDOW)):
                if found is not None and m.end <= found[0]:
                    break
                if (
                    m.kind == "organization"
                    and self._subject_overlaps(m)
                    and not self._in_content(m.start)
                ):
                    found = (m.start, m.actor)
                    break
        return found

    def _known_gender(self, actor: str) -> str | None:
        """The gender the text showed for an actor: by the pronouns after its mentions,
        or by the pronoun it last spoke as ("He claims ..." resolved to it)."""
        if actor in self.genders:
            return self.genders[actor]
        for _, speaker, _, _, sp_gender in reversed(self.speakers):
            if speaker == actor and sp_gender is not None:
                return sp_gender
        return None

    def _in_content(self, pos: int) -> bool:
        """Whether ``pos`` lies inside what a recent claim said (the last few suffice:
        a pronoun looks back only over the claims just before it)."""
        return any(start <= pos < end for start, end in self.contents[-6:])

    def _subject_overlaps(self, m: _Mention) -> bool:
        return self._subject_overlaps_span(m.start, m.end)

    def _subject_overlaps_span(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.subjects, (end, end))
        return any(
            s_start < end and start < s_end for s_start, s_end in self.subjects[max(0, i - 3) : i]
        )

    def _gender_ok(self, m: _Mention, gender: str) -> bool:
        title = self.text[max(0, m.start - 6) : m.start].strip().lower().split()
        marked = gender_of_word(title[-1]) if title else None
        return marked in (None, gender) and self.genders.get(m.actor) in (None, gender)

    def document_actor(self, word: str, pos: int) -> str | None:
        for doc_pos, doc_word, actor in reversed(self.documents):
            if doc_pos < pos and doc_word == word and actor is not None:
                return actor
        for doc_pos, _, actor in reversed(self.documents):
            if doc_pos < pos and actor is not None:
                return actor
        return None

    def source_actor(self, src: SourceRef) -> tuple[str | None, str]:
        """The actor a source refers to, and its category for later pronouns."""
        if src.pronoun:
            actor, _ = self.pronoun_actor(src.pronoun, src.start)
            kind = self.index.kind.get(
                actor or "", "person" if actor and actor.startswith("role:") else ""
            )
            category = "person" if src.pronoun in ("he", "she") else (kind or "other")
            return actor, category
        is_document = src.head_word in DOCUMENT_NOUNS
        is_proxy = src.head_word in PROXY_NOUNS
        if is_proxy and src.head_word in ROLE_NOUNS:
            # "A spokeswoman for FEMA, Lizzie Litzow": the named person speaks
            named = self.actor_at(src.head_end, src.end, kinds=("person",))
            if named is not None:
                return named, "person"
        if not (is_document or is_proxy):
            head = self.actor_at(src.head_start, src.head_end)
            if head is not None:
                return head, self.index.kind.get(head, "other")
        if src.author is not None:
            author = self.author_actor(src.author, src.author_head)
            if author is not None:
                if is_document:
                    self.documents.append((src.start, src.head_word, author))
                return author, "document" if is_document else self.index.kind.get(author, "other")
        if is_document:
            author = self.document_actor(src.head_word, src.start) if src.definite else None
            self.documents.append((src.start, src.head_word, author))
            return author, "document"
        if src.role is not None and not src.plural:
            role = src.role
            if src.author is not None and src.author[0] >= src.head_end:
                # "a spokesman for the army" and "a spokesman for the opposition" are two
                # people; the unnamed organisation they speak for tells them apart
                tail = self.text[src.head_end : src.author[1]]
                role = role + " " + " ".join(tail.split())
            actor = self.role_actor(role, src.start, src.end, src.gender, src.definite)
            return actor, "person"
        if src.proper:
            name = self.index.by_name.get(_normal(src.text))
            if name is not None:
                return name, self.index.kind.get(name, "other")
        head = self.actor_at(src.head_start, src.head_end)
        if head is not None:
            return head, self.index.kind.get(head, "other")
        if src.definite and not src.plural and src.head_word in COLLECTIVE_NOUNS | PROXY_NOUNS:
            named = self.named_body(src.head_word, src.start)
            if named is not None:
                return named, self.index.kind.get(named, "other")
        return None, "other"

    def named_body(self, word: str, before: int) -> str | None:
        """'the ministry' after 'the Foreign Ministry': the latest organisation whose
        name holds the noun, named shortly before."""
        for m in reversed(self.index.before(before, PRONOUN_WINDOW)):
            if m.kind != "organization":
                continue
            name = self.index.names.get(m.actor, "")
            if word in name.lower().split():
                return m.actor
        return None


def resolve(
    text: str, collected: Sequence[Collected], actors: Sequence[Actor]
) -> tuple[list[Claim], list[Actor]]:
    """Link sources to actors, give quotes their inherited speakers, make role actors."""
    antecedents = [a for a in collected if isinstance(a, Antecedent)]
    subjects = sorted((a.start, a.end) for a in antecedents if a.category == "subject")
    resolver = _Resolver(
        text=text,
        index=_ActorIndex(actors),
        roles={},
        role_mentions={},
        speakers=[],
        documents=[],
        antecedents=[],
        subjects=subjects,
        genders=_person_genders(text, actors, subjects),
    )
    # hedges ("it is believed that ...") take no part in quote inheritance or joining
    hedges = [i for i in collected if isinstance(i, RawClaim) and is_hedge(i)]
    others = [i for i in collected if not (isinstance(i, RawClaim) and is_hedge(i))]
    raw = _join_continuations(text, _join_interrupted_quotes(text, _inherit_quotes(others, text)))
    raw = sorted([*raw, *hedges], key=lambda c: min(c.cue[0], c.content[0]))
    ant_iter = iter(sorted(antecedents, key=lambda a: a.start))
    pending_ant = next(ant_iter, None)
    claims: list[Claim] = []
    for item in raw:
        pos = min(item.cue[0], item.content[0], item.source.start if item.source else item.cue[0])
        while pending_ant is not None and pending_ant.start < pos:
            resolver.antecedents.append(pending_ant)
            if pending_ant.category == "document":
                author = resolver.author_actor(pending_ant.author, pending_ant.author_head)
                resolver.documents.append((pending_ant.start, pending_ant.word, author))
            pending_ant = next(ant_iter, None)
        source = None
        if item.source is not None:
            src = item.source
            actor, category = resolver.source_actor(src)
            if item.speaker_turn and (
                resolver.index.kind.get(actor or "") in ("", "place")
                or re.fullmatch(r"[A-Z]{1,3}", src.text)
            ):
                continue  # "((WN))", "Q:": the interviewer's tag, or no one we know
            resolver.speakers.append((src.end, actor, category, src.plural, src.gender))
            source = _source_as_shown(src, actor, text)
            if category == "person":
                resolver.contents.append(item.content)
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                kind=kind_of(item),
                source=source,
                cue=Span(item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]]),
                content=Span(
                    item.content[0], item.content[1], text[item.content[0] : item.content[1]]
                ),
                rule=rule_of(item),
            )
        )
    claims = _drop_repeated(claims)
    return claims, _role_actors(text, resolver, antecedents)


def _source_as_shown(src: SourceRef, actor: str | None, text: str) -> Source:
    """The source's words, or the relative pronoun standing for them ("who") once they
    are linked to an actor: the words stay where the reader needs them to see who."""
    if src.relative is not None and actor is not None:
        start, end = src.relative
        return Source(start, end, text[start:end], actor)
    return Source(src.start, src.end, src.text, actor)


def _role_actors(text: str, resolver: _Resolver, antecedents: Sequence[Antecedent]) -> list[Actor]:
    """The actors made of speaking roles ("the foreign minister"), with their mentions."""
    role_actors = []
    taken: list[tuple[int, int]] = []  # role mentions kept so far, across all roles
    for key, actor in resolver.roles.items():
        # Every mention of the role phrase is the role's, as far as the text says.
        spans = {(m.start, m.end): m for m in resolver.role_mentions[key]}
        for ant in antecedents:
            if ant.category == "role" and ant.word.lower() == actor.name.lower():
                start = resolver.lower.rfind(
                    ant.word.lower(), max(0, ant.end - len(ant.word) - 40), ant.end
                )
                if start >= 0:
                    spans.setdefault(
                        (start, start + len(ant.word)),
                        Span(start, start + len(ant.word), text[start : start + len(ant.word)]),
                    )
        mentions = tuple(
            sorted(
                (
                    m
                    for m in (_outside_actors(text, resolver.index, m) for m in spans.values())
                    if m
                ),
                key=lambda m: m.start,
            )
        )
        # no two mentions in the analysis overlap: "the foreign minister" and the
        # "minister" inside it, or a role and a name the actor layer found, are one
        # place in the text, and the first claim to it keeps it
        kept = []
        for m in mentions:
            if resolver.index.overlapping(m.start, m.end) or any(
                s < m.end and m.start < e for s, e in taken
            ):
                continue
            kept.append(m)
            taken.append((m.start, m.end))
        mentions = tuple(kept)
        role_actors.append(Actor(actor.id, actor.name, actor.kind, actor.aliases, mentions))
    return role_actors


_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)


def _person_genders(
    text: str, actors: Sequence[Actor], subjects: Sequence[tuple[int, int]]
) -> dict[str, str]:
    """A person's gender as the text tells it: the pronouns that follow its mentions as
    a subject before any other person is named. Only a clear majority counts."""
    nested = nested_mentions(actors)
    people = sorted(
        (m.start, m.end, a.id)
        for a in actors
        if a.kind == "person"
        for m in a.mentions
        if (a.id, m.start, m.end) not in nested
    )
    subject_starts = [s for s, _ in subjects]
    tally: dict[str, list[int]] = {}
    for i, (start, end, actor) in enumerate(people):
        j = bisect.bisect_right(subject_starts, end) - 1
        if j < 0 or subjects[j][1] <= start:
            continue  # not a subject: the next pronoun is as likely someone else's
        limit = min(end + 300, people[i + 1][0] if i + 1 < len(people) else len(text))
        sentence_ends = [m.end() for m in SENTENCE_END.finditer(text, end, max(end, limit))]
        if len(sentence_ends) >= 2:
            limit = sentence_ends[1]  # this sentence and the next, no further
        match = _PRONOUN.search(text, end, max(end, limit))
        if match is None:
            continue
        counts = tally.setdefault(actor, [0, 0])
        counts[0 if match.group(1).lower() == "he" else 1] += 1
    return {
        actor: "m" if m > 2 * f else "f"
        for actor, (m, f) in tally.items()
        if m > 2 * f or f > 2 * m
    }


def _outside_actors(text: str, index: _ActorIndex, span: Span) -> Span | None:
    """A role mention without the names of other actors in it: "Red Cross official"
    highlights "official", for "Red Cross" is the Red Cross's."""
    start = span.start
    for m in index.overlapping(span.start, span.end):
        start = max(start, m.end)
    while start < span.end and not text[start].isalnum():
        start += 1
    if start >= span.end:
        return None
    return Span(start, span.end, text[start : span.end])


def _drop_repeated(claims: list[Claim]) -> list[Claim]:
    """A claim inside the content of another by the same actor repeats it: "Smith said
    that he did indicate ..." lists Smith's statement once, not twice."""
    by_actor: dict[str, list[tuple[int, int, int]]] = {}
    for n, claim in enumerate(claims):
        if claim.source is not None and claim.source.actor is not None:
            span = (claim.content.start, claim.content.end, n)
            by_actor.setdefault(claim.source.actor, []).append(span)
    for spans in by_actor.values():
        spans.sort()
    kept = []
    for n, claim in enumerate(claims):
        actor = claim.source.actor if claim.source else None
        spans = by_actor.get(actor or "", [])
        i = bisect.bisect_right(spans, (claim.cue.start, 1 << 62, 0))
        # contents are short and rarely nest: the few starting just before suffice
        repeated = any(
            start <= claim.cue.start < end and other != n
            for start, end, other in spans[max(0, i - 8) : i]
        )
        if not repeated:
            kept.append(claim)
    return kept
