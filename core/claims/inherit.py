"""Quotes with no speaker next to them inherit one from their neighbours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dramatis.claims.records import Collected, PendingQuote, QuoteIntroducer, RawClaim
from dramatis.claims.text import _first_sentence_end


def _join_interrupted_quotes(text: str, claims: list[RawClaim]) -> list[RawClaim]:
    """'"What hurts most," she said, "is the silence."': one sentence the attribution
    interrupts is one claim, its content running over both halves (and the
    attribution between them, as a span cannot have a hole)."""
    joined: list[RawClaim] = []
    for claim in claims:
        first = joined[-1] if joined else None
        if (
            first is not None
            and first.kind == claim.kind == "direct"
            and first.cue == claim.cue
            and first.source == claim.source
            and first.paragraph == claim.paragraph
            and first.content[1] <= claim.cue[0]
            and claim.cue[1] <= claim.content[0]
            and (claim.source is None or first.content[1] <= claim.source.start)
            and text[first.content[0] : first.content[1]].rstrip()[-1:] not in ".!?"
            and text[claim.content[0] : claim.content[0] + 1].islower()
        ):
            joined[-1] = _joined(first, claim)
            continue
        joined.append(claim)
    return joined


def _inherit_quotes(collected: Sequence[Collected], text: str = "") -> list[RawClaim]:
    """Claims in text order, with speakerless quotes given their neighbour's speaker.

    A quote inherits from an attributed quote in the same paragraph (the nearest
    before it, else after it); a quote that opens its paragraph inherits from the
    previous paragraph when that ends with a claim or a cue and a colon ("X said:");
    a quote that runs unclosed to its paragraph end inherits from the next paragraph
    when that reopens the quote with its speaker.
    """
    items: list[RawClaim | PendingQuote | QuoteIntroducer] = [
        i for i in collected if isinstance(i, (RawClaim, PendingQuote, QuoteIntroducer))
    ]
    items.sort(
        key=lambda i: i.content[0] if isinstance(i, PendingQuote) else min(i.cue[0], i.content[0])
    )
    paragraphs: list[list[int]] = []  # indices of items, grouped by paragraph, in order
    for idx, item in enumerate(items):
        if paragraphs and items[paragraphs[-1][0]].paragraph == item.paragraph:
            paragraphs[-1].append(idx)
        else:
            paragraphs.append([idx])
    changed = True
    while changed:
        changed = False
        for p, members in enumerate(paragraphs):
            for idx in members:
                quote = items[idx]
                if not isinstance(quote, PendingQuote):
                    continue
                previous = paragraphs[p - 1] if p > 0 else []
                following = paragraphs[p + 1] if p + 1 < len(paragraphs) else []
                found = _donor(text, items, quote, idx, members, previous, following)
                if found is not None:
                    donor, rule = found
                    items[idx] = RawClaim(
                        kind="direct",
                        source=donor.source,
                        cue=donor.cue,
                        content=quote.content,
                        paragraph=quote.paragraph,
                        quote_at_paragraph_start=quote.at_paragraph_start,
                        quote_open_at_end=quote.open_at_end,
                        rule=rule,
                    )
                    changed = True
    return [i for i in items if isinstance(i, RawClaim)]


def _donor(
    text: str,
    items: list[RawClaim | PendingQuote | QuoteIntroducer],
    quote: PendingQuote,
    idx: int,
    members: list[int],
    previous: list[int],
    following: list[int],
) -> tuple[RawClaim | QuoteIntroducer, str] | None:
    """The claim a speakerless quote inherits its speaker from, and how (the rule)."""
    for j in reversed([j for j in members if j < idx]):
        other = items[j]
        if isinstance(other, RawClaim) and _quoting(text, other):
            return other, "quote.continuation"
    for j in [j for j in members if j > idx]:
        other = items[j]
        if isinstance(other, RawClaim):
            return (other, "quote.before_attributed") if other.kind == "direct" else None
    if any(isinstance(items[j], RawClaim) for j in members):
        return None
    if quote.at_paragraph_start and previous:
        last = items[previous[-1]]
        if _adjacent_paragraphs(last.paragraph, quote.paragraph):
            if isinstance(last, QuoteIntroducer) and quote.whole_paragraph:
                return last, "quote.introduced"
            if isinstance(last, RawClaim) and last.source is not None:
                if last.kind == "direct" and last.quote_open_at_end:
                    return last, "quote.open_paragraph"
                near_end = last.paragraph[1] - max(last.content[1], last.cue[1]) < 80
                if quote.whole_paragraph and near_end and last.kind in ("direct", "indirect"):
                    return last, "quote.next_paragraph"
    if quote.open_at_end and following:
        first = items[following[0]]
        if (
            isinstance(first, RawClaim)
            and first.kind == "direct"
            and first.quote_at_paragraph_start
            and _adjacent_paragraphs(quote.paragraph, first.paragraph)
        ):
            return first, "quote.reopened"
    return None


def _quoting(text: str, claim: RawClaim) -> bool:
    """A quote, or a paraphrase that ends or opens with the speaker's own words ('Rubio "apologized
    numerous times," Hannity said. "I think ..."'): a quote after it continues it."""
    if claim.kind == "direct":
        return True
    if claim.kind != "indirect":
        return False
    start, end = claim.content
    # or opens with them: '"We were celebrating" before the crash, she said. "..."'
    return text[end - 1 : end] in _CLOSING_QUOTES or text[start - 1 : start] in _OPENING_QUOTES


_CLOSING_QUOTES = frozenset({'"', "\u201d", "'"})
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "`"})


def _adjacent_paragraphs(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return 0 <= second[0] - first[1] <= 4


# At most this many words of the writer's own between a quote and its continuation
# besides the attribution ('"...," she said on Tuesday. "..."').
_CONTINUATION_GAP_WORDS = 3


def _join_continuations(text: str, claims: list[RawClaim]) -> list[RawClaim]:
    """'"We will be here for a while," she said. "These cases take patience."': a
    quote that continues the attributed quote before it in the same paragraph is
    part of the same statement, one claim whose content runs over both quotes (and
    the attribution between them, as a span cannot have a hole)."""
    joined: list[RawClaim] = []
    for claim in claims:
        first = joined[-1] if joined else None
        if (
            first is not None
            and claim.rule == "quote.continuation"
            and _quoting(text, first)
            and first.cue == claim.cue
            and first.source == claim.source
            and first.paragraph == claim.paragraph
            and first.content[1] <= claim.content[0]
            and _only_attribution_between(text, first, claim)
        ) or _continues_in_next_paragraph(text, first, claim):
            assert first is not None
            # the claim ends in the paragraph of its last part, where a further
            # continuation is looked for
            joined[-1] = replace(_joined(first, claim), paragraph=claim.paragraph)
            continue
        joined.append(claim)
    return joined


# How a quote inherits from the quote of the paragraph before: the quote runs on
# over the paragraph break ("quote.open_paragraph"), or a paragraph that is all quote
# follows a paragraph ending with the claim ("quote.next_paragraph").
_NEXT_PARAGRAPH_RULES = frozenset({"quote.open_paragraph", "quote.next_paragraph"})


def _continues_in_next_paragraph(text: str, first: RawClaim | None, then: RawClaim) -> bool:
    """A direct quote continued by the quote that opens the next paragraph, with
    only the attribution, quote marks and punctuation between them."""
    return (
        first is not None
        and then.rule in _NEXT_PARAGRAPH_RULES
        and first.kind == then.kind == "direct"
        and first.cue == then.cue
        and first.source == then.source
        and first.paragraph[1] <= then.paragraph[0]
        and first.content[1] <= then.content[0]
        and _only_attribution_between(text, first, then)
    )


def _joined(first: RawClaim, then: RawClaim) -> RawClaim:
    """One claim over two parts of a quote. Its content cannot have a hole: it runs
    over the attribution between them, unless that outweighs the quotes ('"Fine," said
    Ann Lee, a lawyer in Ohio who represents the family and has sued the county
    twice, "if slow."'), where the content is the longer part, the speaker's words
    rather than the writer's."""
    lengths = (first.content[1] - first.content[0], then.content[1] - then.content[0])
    if then.content[0] - first.content[1] <= sum(lengths):
        return replace(first, content=(first.content[0], then.content[1]))
    return first if lengths[0] >= lengths[1] else replace(first, content=then.content)


def _only_attribution_between(text: str, first: RawClaim, then: RawClaim) -> bool:
    """Between the two contents stands only the attribution: the cue, the source and a
    few words ("on Tuesday"), or the one sentence that holds the cue ('," said Ann
    Lee, a lawyer in Ohio who represents the family. "')."""
    return _few_words_between(text, first, then) or _attribution_sentence_between(text, first, then)


# Words of an attribution sentence between two parts of a quote, at most.
_ATTRIBUTION_SENTENCE_WORDS = 40


def _attribution_sentence_between(text: str, first: RawClaim, then: RawClaim) -> bool:
    start, end = first.content[1], then.content[0]
    if not start <= first.cue[0] < first.cue[1] <= end:
        return False
    inner_end = end
    while inner_end > start and not text[inner_end - 1].isalnum():
        if text[inner_end - 1] in ".!?":
            break
        inner_end -= 1
    words = len(text[start:inner_end].split())
    return (
        words <= _ATTRIBUTION_SENTENCE_WORDS
        and _first_sentence_end(text, start, inner_end - 1) >= inner_end - 1
    )


def _few_words_between(text: str, first: RawClaim, then: RawClaim) -> bool:
    start, end = first.content[1], then.content[0]
    gap = list(text[start:end])
    spans = [first.cue] + ([(first.source.start, first.source.end)] if first.source else [])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            gap[i - start] = " "
    return len(re.findall(r"\w+", "".join(gap))) <= _CONTINUATION_GAP_WORDS
