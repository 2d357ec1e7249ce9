"""Quotation marks: where quotes open and close, straight, curly, British or Penn style."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

_OPENING = "\u201c\u201e\u00ab"


_CLOSING = "\u201d\u00bb"


_STRAIGHT = '"'


_QUOTE_MARKS = _OPENING + _CLOSING + _STRAIGHT


@dataclass(frozen=True, slots=True)
class _Quote:
    mark_start: int  # the opening mark
    start: int  # first character inside
    end: int  # end of the inside
    mark_end: int  # after the closing mark (== end when unclosed)
    closed: bool


def find_quotes(text: str) -> list[_Quote]:
    """Double-quoted stretches of ``text`` (outermost only); an unclosed quote runs to
    the end of ``text`` and no further.

    A straight quote opens after a space, an opening bracket or dash, or at the
    start, and closes before a space or punctuation; quotes inside quotes nest, so
    that 'The "United States" is not ...' inside a quote does not unpair the rest.
    """
    quotes: list[_Quote] = []
    depth = 0
    open_at = open_len = 0
    single_closes = [j for j, c in enumerate(text) if c == "\u2019" and _closes_single(text, j)]
    i = 0
    while i < len(text):
        if text[i] == "\u2018" and depth == 0:  # British style: 'We will win,' he said
            k = bisect.bisect_right(single_closes, i)
            if k < len(single_closes):
                close = single_closes[k]
                quotes.append(_Quote(i, i + 1, close, close + 1, True))
                i = close + 1
            else:
                i += 1  # never closed: an apostrophe after all, which hides nothing
            continue
        mark = _double_mark(text, i, depth)
        if mark is None:
            i += 1
            continue
        width, opens, closes = mark
        if closes and depth > 0:
            depth -= 1
            if depth == 0:
                quotes.append(_Quote(open_at, open_at + open_len, i, i + width, True))
        elif opens:
            if depth == 0:
                open_at, open_len = i, width
            depth += 1
        i += width
    if depth > 0:
        quotes.append(_Quote(open_at, open_at + open_len, len(text), len(text), False))
    quotes.sort(key=lambda q: q.mark_start)
    return [q for q in quotes if text[q.start : q.end].strip()]


def _double_mark(text: str, i: int, depth: int) -> tuple[int, bool, bool] | None:
    """(width, opens, closes) of the double quote mark at ``i``, None if there is none;
    ``depth`` is how many quotes are open, which decides a mark the context does not."""
    ch = text[i]
    if text.startswith("``", i):  # Penn Treebank style, as in the WSJ texts
        return 2, True, False
    if text.startswith("''", i):
        # closes a Penn Treebank quote, or opens and closes one where two
        # apostrophes stand for both marks ("''We will,'' he said"): as with a
        # straight quote, the context tells
        opens, closes = _opens_here(text, i), _closes_here(text, i + 1)
        if opens == closes:
            opens, closes = depth == 0, depth > 0
        return 2, opens, closes
    if ch in _OPENING:
        return 1, True, False
    if ch in _CLOSING:
        return 1, False, True
    if ch == _STRAIGHT:
        opens, closes = _opens_here(text, i), _closes_here(text, i)
        if opens == closes:  # no telling from the context: alternate
            opens, closes = depth == 0, depth > 0
        return 1, opens, closes
    return None


def _closes_single(text: str, i: int) -> bool:
    """A right single quote that ends a quote, not an apostrophe ("the players’ union")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in ",.!?\u2026\u2014-" or after in ",.;:!?)"


def _opens_here(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{\u2014\u2013-/:" or i == 0


def _closes_here(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isspace() or after in ".,;:!?)]}\u2014\u2013-"


def _count_quote_marks(text: str) -> int:
    return sum(text.count(mark) for mark in _OPENING + _CLOSING + _STRAIGHT)


def _is_title(text: str, q: _Quote) -> bool:
    """A short quote whose long words are all capitalised: a title, not speech."""
    words = text[q.start : q.end].strip(" .,!?").split()
    long_words = [w for w in words if len(w) > 3]
    return 0 < len(words) <= 8 and all(w[:1].isupper() for w in long_words)


def _opens_sentence(text: str, q: _Quote) -> bool:
    """A quote of four words or more that starts its own sentence."""
    before = text[: q.mark_start].rstrip()
    return (not before or before[-1] in ".?!:") and len(text[q.start : q.end].split()) >= 4


def _standalone(text: str, q: _Quote, min_words: int = 4) -> bool:
    """A quote that is a sentence of its own, not a phrase quoted inside a sentence
    (shorter ones count beside a quote already attributed in the paragraph)."""
    before = text[: q.mark_start].rstrip()
    if before and before[-1] not in '.?!:\u201d"':
        return False
    after = text[q.mark_end :].lstrip()
    inner = text[q.start : q.end].strip()
    if after and after[0].islower():
        return False
    # a quote inside the quote may close it: "... I said, 'Yes I am.'"
    inner = inner.rstrip(" '\u2019\u201d\"")
    return len(inner.split()) >= min_words and (inner[-1:] in ".?!\u2026" or not q.closed)
