"""Questions about spaCy tokens that the claim and the actor layer both ask.

One definition each, so that both layers read a word the same way (the layers'
own token helpers are in ``dramatis.claims.syntax`` and ``dramatis.actors.syntax``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def hyphenated_word(token: Token) -> str:
    """The whole hyphenated word around a token, lower-cased: "op-ed" for "ed" (the
    tokenizer splits it), a plain word as it is."""
    doc = token.doc
    i, j = token.i, token.i
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text == "-" or doc[i].text == "-"):
        i -= 1
    while (
        j + 1 < len(doc)
        and not doc[j].whitespace_
        and (doc[j + 1].text == "-" or doc[j].text == "-")
    ):
        j += 1
    return doc[i : j + 1].text.lower()
