"""Character-level helpers: trimming spans, sentence ends, wire datelines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dramatis.claims.quotes import _Quote
from dramatis.text import SENTENCE_END, sentence_mark_end

_TRIM = " \t\n,;:\u2014\u2013-"


def _trim(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# A dateline opening a wire story: "JERUSALEM (AP) — ", "LONDON, May 3 (Reuters) - ".
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'\u2019-]*[A-Z](?:,[^()\n\u2014]{0,30})?\s*(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]+\s+"
)


def _sentence_start(text: str, start: int) -> int:
    """Where a sentence's words start, after a wire dateline if it opens with one."""
    dateline = _DATELINE.match(text, start)
    return dateline.end() if dateline is not None else start


# What opens the next sentence after a sentence end: a capital, perhaps quoted.
_NEXT_SENTENCE_START = re.compile(r"[\"\u201c]?[A-Z]")


_ABBREVIATION = re.compile(
    r"\b(?:mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sgt|rep|sen|gov|prof|no|vs|inc|corp|co|ltd|jan|feb|"
    r"aug|sept|oct|nov|dec|[a-z])\.$",
    re.IGNORECASE,
)


def _first_sentence_end(text: str, start: int, end: int, quotes: Sequence[_Quote] = ()) -> int:
    """Where a clause's first sentence ends: the parser sometimes runs a clause on
    into the next sentence ('... the victims[.]" She went on to say ...'). A quote
    the clause opens runs over its own sentences."""
    for match in SENTENCE_END.finditer(text, start, end):
        if not _NEXT_SENTENCE_START.match(text, match.end(), end):
            continue
        mark_end = sentence_mark_end(match)
        if any(start <= q.mark_start and q.start < mark_end < q.mark_end for q in quotes):
            continue
        if not _ABBREVIATION.search(text, max(start, match.start() - 5), match.start() + 1):
            return mark_end
    return end
