"""Questions a reader asks of one analysis, as plain functions.

Who is named together with whom, how the claims group by source, where the next
mention or claim is from a position, and where an actor's mentions and claims lie
in the document. The reader's widgets call these and only draw the answers; none
of them knows about the screen (what is visible is the caller's to say).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dramatis.analysis import Actor, Analysis, Claim, Span

UNATTRIBUTED = "Unattributed"  # no accountable source: hedged, or no source named at all
OTHER_SOURCES = "Other sources"  # a source the text names but no actor was found for
# A paragraph naming more actors than this is a list of names: it says nothing
# about who goes with whom, and would make everyone everyone's companion.
CROWDED_PARAGRAPH = 50

Cooccurrence = dict[str, Counter[str]]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """The claims of one source actor (``actor_id`` None: the unattributed ones)."""

    title: str
    actor_id: str | None
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Step:
    """Where a step through a sorted sequence lands, and whether it went round an end."""

    index: int
    wrapped: bool


def claim_groups(analysis: Analysis) -> list[ClaimGroup]:
    """Claims by source actor, most claims first (ties: earliest); then the claims whose
    written source is no known actor ("Other sources"); the unattributed ones (hedged,
    from a source that names nobody, or with no source at all) last."""
    groups: dict[str | None, list[Claim]] = defaultdict(list)
    unattributed: list[Claim] = []
    for claim in analysis.claims:
        if claim.unattributed:
            unattributed.append(claim)
            continue
        actor_id = claim.source.actor if claim.source else None
        groups[actor_id if analysis.actor(actor_id) else None].append(claim)
    named = [(k, v) for k, v in groups.items() if k is not None]
    named.sort(key=lambda kv: (-len(kv[1]), kv[1][0].start))
    result = []
    for actor_id, claims in named:
        actor = analysis.actor(actor_id)
        result.append(ClaimGroup(actor.name if actor else actor_id, actor_id, tuple(claims)))
    if None in groups:
        result.append(ClaimGroup(OTHER_SOURCES, None, tuple(groups[None])))
    if unattributed:
        result.append(ClaimGroup(UNATTRIBUTED, None, tuple(unattributed)))
    return result


def cooccurrence(analysis: Analysis, paragraph_starts: Sequence[int]) -> Cooccurrence:
    """For each actor, how many paragraphs it shares with each other actor.

    ``paragraph_starts``: the sorted start offsets of the document's paragraphs.
    """
    by_paragraph: dict[int, set[str]] = defaultdict(set)
    for actor in analysis.actors:
        for mention in actor.mentions:
            by_paragraph[bisect_right(paragraph_starts, mention.start) - 1].add(actor.id)
    table: Cooccurrence = defaultdict(Counter)
    for ids in by_paragraph.values():
        if len(ids) > CROWDED_PARAGRAPH:
            continue
        for a in ids:
            table[a].update(b for b in ids if b != a)
    return dict(table)


def cooccurring(
    analysis: Analysis, table: Cooccurrence, actor_id: str, limit: int = 5
) -> list[tuple[Actor, int]]:
    """The actors most often named in the same paragraphs as ``actor_id``, with counts;
    ties go to the actor that appears first (not to set order, which varies by run)."""
    counts = table.get(actor_id, Counter())
    rank = {a.id: i for i, a in enumerate(analysis.actors)}
    pairs = heapq.nsmallest(
        limit, counts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0])
    )
    return [(actor, n) for other, n in pairs if (actor := analysis.actor(other))]


def mention_starts(actor: Actor) -> list[int]:
    return [m.start for m in actor.mentions]


def mention_number(actor: Actor, start: int) -> int:
    """1-based number of the mention at (or the first after) ``start``."""
    return bisect_left(mention_starts(actor), start) + 1


def step_through(
    starts: Sequence[int],
    step: int,
    *,
    offset: int,
    current: int | None = None,
    include_at_offset: bool = False,
) -> Step | None:
    """The item ``step`` (+1 or -1) from ``current`` (an index into the sorted
    ``starts``), or, without one, the first item after / last before ``offset``.

    ``include_at_offset``: going back from ``offset``, an item starting exactly
    there counts as before it. Past either end the step wraps round. None when
    there are no items.
    """
    if not starts:
        return None
    if current is not None:
        i = current + step
    elif step > 0:
        i = bisect_left(starts, offset)
    elif include_at_offset:
        i = bisect_right(starts, offset) - 1
    else:
        i = bisect_left(starts, offset) - 1
    return Step(i % len(starts), not 0 <= i < len(starts))


def first_mention_from(actor: Actor, offset: int) -> Span | None:
    """The actor's first mention at or after ``offset``, wrapping to its first."""
    if not actor.mentions:
        return None
    i = bisect_left(mention_starts(actor), offset)
    return actor.mentions[i % len(actor.mentions)]


def claims_in_order(analysis: Analysis) -> list[Claim]:
    """Every claim in text order (ties by id), the order ``]`` and ``[`` step in."""
    return sorted(analysis.claims, key=lambda c: (c.start, c.id))


def claim_number(analysis: Analysis, claim_id: str) -> int:
    """1-based position of a claim among the analysis's claims (0 if absent)."""
    ids = [c.id for c in analysis.claims]
    return ids.index(claim_id) + 1 if claim_id in ids else 0


def find_claim(analysis: Analysis | None, claim_id: str | None) -> Claim | None:
    if analysis is None or claim_id is None:
        return None
    return next((c for c in analysis.claims if c.id == claim_id), None)


def same_actor(previous: Analysis | None, current: Analysis, actor_id: str) -> str | None:
    """The id an actor of ``previous`` has in ``current``, matched by name (ids follow
    first appearance, so a partial and the final analysis can number one actor apart)."""
    if current.actor(actor_id) is not None:
        return actor_id
    old = previous.actor(actor_id) if previous else None
    if old is None:
        return None
    return next((a.id for a in current.actors if a.name == old.name), None)


# ----- where an actor is, across the document --------------------------------------


def claim_starts_of(analysis: Analysis, actor_id: str) -> list[int]:
    """Sorted start offsets of the claims attributed to the actor."""
    return sorted(c.start for c in analysis.claims_by(actor_id))


def nearest(starts: Sequence[int], offset: int) -> int | None:
    """Index of the item of the sorted ``starts`` nearest ``offset`` (earlier on a tie)."""
    if not starts:
        return None
    i = bisect_left(starts, offset)
    if i == 0:
        return 0
    if i == len(starts):
        return len(starts) - 1
    return i - 1 if offset - starts[i - 1] <= starts[i] - offset else i


def density(starts: Sequence[int], length: int, bins: int) -> list[int]:
    """How many of ``starts`` fall in each of ``bins`` equal stretches of ``length``."""
    counts = [0] * max(0, bins)
    if bins <= 0:
        return counts
    length = max(1, length)
    for start in starts:
        counts[min(bins - 1, max(0, start) * bins // length)] += 1
    return counts
