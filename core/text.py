"""Character-level patterns both layers share: where a sentence ends, and the
possessive ending of a name.

One definition each, so that the analyzer's chunks, the claim layer's clauses and
the actor layer's names agree on what a sentence end or an "'s" is.
"""

from __future__ import annotations

import re

# The end of a sentence: ".", "!" or "?", the closing quotes and brackets after it,
# and the white space before the next sentence ('... the victims."  She said').
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


# A possessive ending, straight or curly: "Kim's", "Rostóv’s", "the Joneses'".
POSSESSIVE = re.compile(r"['\u2019]s?$")


def sentence_mark_end(match: re.Match[str]) -> int:
    """Where a ``SENTENCE_END`` match's marks end, before the white space."""
    return match.start() + len(match.group().rstrip())


def without_possessive(text: str) -> str:
    """ "Kim's" -> "Kim"; a word without a possessive ending is left as it is."""
    return POSSESSIVE.sub("", text)
