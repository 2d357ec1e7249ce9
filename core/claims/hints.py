"""Named sources the actor layer should consider even where NER missed them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dramatis.analysis import Span
from dramatis.claims.records import Collected, RawClaim
from dramatis.lexicon.nouns import PERSONAL_PRONOUNS
from dramatis.text import without_possessive


def source_hints(collected: Sequence[Collected]) -> list[Span]:
    """Proper-name sources and authors of speaking documents ("An analysis by X"), for
    the actor layer to make actors of where NER missed them."""
    hints: dict[tuple[int, int], Span] = {}
    for item in collected:
        if not isinstance(item, RawClaim) or item.source is None:
            continue
        src = item.source
        spans = []
        if src.proper and not src.pronoun:
            spans.append(_name_span(src.text, src.start, src.head_start))
        if src.author_head is not None and src.start <= src.author_head[0] < src.end:
            spans.append(_name_span(src.text, src.start, src.author_head[0]))
        for span in spans:
            if span is not None:
                hints[(span.start, span.end)] = span
    return sorted(hints.values(), key=lambda s: s.start)


def _name_span(text: str, start: int, head_start: int) -> Span | None:
    """The run of capitalised words around the head of a source ("Human Rights Watch")."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text)]
    idx = next((i for i, w in enumerate(words) if w[0] <= head_start < w[1]), None)
    if idx is None or not words[idx][2][:1].isupper():
        return None
    i = j = idx
    while (
        i > 0
        and words[i - 1][2][:1].isupper()
        and words[i - 1][2].lower() not in ("the", "a", "an")
        and not words[i - 1][2].endswith((",", ";", ":"))
    ):
        i -= 1
    while (
        j + 1 < len(words)
        and words[j + 1][2][:1].isupper()
        and not words[j][2].endswith((",", ";", ":"))
    ):
        j += 1
    s, e = words[i][0], words[j][1]
    raw = text[s - start : e - start].rstrip(",.;:)")
    raw = without_possessive(raw).rstrip()
    if not raw or raw.lower() in PERSONAL_PRONOUNS:
        return None
    return Span(s, s + len(raw), raw)
