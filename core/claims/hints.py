"""Where the claim layer found someone speaking by name, for the actor layer to
recover the name where NER missed it."""

from __future__ import annotations

from collections.abc import Sequence

from dramatis.claims.records import Collected, RawClaim


def named_sources(collected: Sequence[Collected]) -> list[tuple[int, int]]:
    """The head words (document offsets) of the proper-name sources of these claims
    and of the authors of speaking documents ("An analysis by X argued ..."), in text
    order. Which of them are names worth a mention is the actor layer's decision,
    made on the tokens (``dramatis.actors.recover``)."""
    heads: set[tuple[int, int]] = set()
    for item in collected:
        if not isinstance(item, RawClaim) or item.source is None:
            continue
        source = item.source
        if source.proper and not source.pronoun:
            heads.add((source.head_start, source.head_end))
        if source.author_head is not None and source.start <= source.author_head[0] < source.end:
            heads.add(source.author_head)
    return sorted(heads)
