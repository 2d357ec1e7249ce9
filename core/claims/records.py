"""Plain records the claim layer passes from ``collect`` to ``resolve``: they keep
no reference to the spaCy Doc, so they cross process boundaries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dramatis.analysis import ClaimKind


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source as written, with what resolution needs to know about it."""

    start: int
    end: int
    text: str
    head_start: int
    head_end: int
    head_word: str  # lower-cased head noun (hyphenated words joined: "op-ed")
    pronoun: str  # lower-cased personal pronoun, or ""
    proper: bool  # the head is a proper name
    plural: bool
    author: tuple[int, int] | None = None  # span of "by X" / "X's" for documents and proxies
    author_head: tuple[int, int] | None = None
    role: str | None = None  # canonical role phrase ("foreign minister")
    gender: str | None = None
    definite: bool = False  # "the report" refers back; "a report" introduces one
    vague: bool = False  # names nobody: "sources", "officials familiar with the matter"
    # "who" in "the mayor, who said ...": the word that is the source in the claim's own
    # clause, as "he" is in "he said"; the source is shown there once its antecedent
    # (the words above) is linked to an actor
    relative: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class RawClaim:
    """A claim found in one paragraph, its source not yet linked to an actor."""

    kind: ClaimKind
    source: SourceRef | None
    cue: tuple[int, int]
    content: tuple[int, int]
    paragraph: tuple[int, int]
    quote_at_paragraph_start: bool = False
    quote_open_at_end: bool = False  # the quote runs unclosed to the paragraph end
    speaker_turn: bool = False  # an interview answer under a speaker tag: kept only for a person
    rule: str = ""  # the rule that found it ("verb.clause"), shown in the JSON


@dataclass(frozen=True, slots=True)
class QuoteIntroducer:
    """A cue that ends its paragraph with a colon: the quote below is its content."""

    source: SourceRef
    cue: tuple[int, int]
    paragraph: tuple[int, int]

    @property
    def content(self) -> tuple[int, int]:
        return self.cue


@dataclass(frozen=True, slots=True)
class PendingQuote:
    """A quote with no speaker next to it, waiting to inherit one from its neighbours."""

    content: tuple[int, int]
    paragraph: tuple[int, int]
    at_paragraph_start: bool
    open_at_end: bool
    whole_paragraph: bool


@dataclass(frozen=True, slots=True)
class Antecedent:
    """Something a later pronoun or document noun may refer back to."""

    start: int
    end: int
    category: Literal["role", "document", "subject"]
    word: str = ""  # head word (documents) or canonical role phrase (roles)
    plural: bool = False
    gender: str | None = None
    author: tuple[int, int] | None = None
    author_head: tuple[int, int] | None = None


Collected = RawClaim | PendingQuote | QuoteIntroducer | Antecedent
