"""One paragraph's claims, unattributed quotes and antecedents (``collect``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from dramatis.claims.hedged import hedged_claims, mark_vague_sources
from dramatis.claims.nominal import nominal_claims
from dramatis.claims.phrases import (
    _according_to,
    _channel_led_quotes,
    _in_poll,
    _in_view_of,
    _known_as,
    _made_clear,
    _naming_claim,
    _noun_claim,
    _speaker_turn,
)
from dramatis.claims.quotes import _standalone, find_quotes
from dramatis.claims.records import Antecedent, Collected, PendingQuote, QuoteIntroducer, RawClaim
from dramatis.claims.site import _Paragraph, _quote_content
from dramatis.claims.source import _author_of
from dramatis.claims.stance import drop_nested_stances, stance_claims
from dramatis.claims.syntax import (
    _is_plural,
    _is_reporting_verb,
    _noun_gender,
    _role_phrase,
    _tok_span,
)
from dramatis.claims.verb import _verb_claims
from dramatis.lexicon.nouns import DOCUMENT_NOUNS, RELATIVE_PRONOUNS
from dramatis.lexicon.verbs import NAMING_VERBS, REGARD_VERBS, Takes
from dramatis.syntax import hyphenated_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _antecedents(par: _Paragraph) -> Iterable[Antecedent]:
    """Roles, documents and subjects that later pronouns and nouns may refer back to."""
    off = par.offset
    for tok in par.doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head_start, head_end = _tok_span(tok)
        role = _role_phrase(tok)
        if role is not None:
            yield Antecedent(
                head_start + off, head_end + off, "role", role, False, _noun_gender(tok)
            )
        word = hyphenated_word(tok)
        if word in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
            author_tok, author = _author_of(tok)
            yield Antecedent(
                head_start + off,
                head_end + off,
                "document",
                tok.lemma_.lower() if word not in DOCUMENT_NOUNS else word,
                author=(author[0] + off, author[1] + off) if author else None,
                author_head=(author_tok.idx + off, author_tok.idx + len(author_tok.text) + off)
                if author_tok is not None
                else None,
            )
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "chief constable Nick Adderley" makes Adderley a subject, "the EastMed
            # project" does not make EastMed one
            left = tok.idx  # the head, and names set beside it, not its modifiers
            right = max(
                (c.right_edge for c in tok.rights if c.dep_ in ("appos", "flat")),
                default=tok,
                key=lambda t: t.i,
            )
            yield Antecedent(
                left + off,
                right.idx + len(right.text) + off,
                "subject",
                tok.lower_,
                _is_plural(tok),
            )


def collect(doc: Doc, offset: int) -> list[Collected]:
    """Claims, unattributed quotes and antecedents of one parsed paragraph."""
    text = doc.text
    par = _Paragraph(doc, text, offset, find_quotes(text))
    claims: list[RawClaim] = []
    turn = _speaker_turn(par)
    if turn is not None:
        claims.append(turn)
    introducers: list[QuoteIntroducer] = []
    used: set[int] = set()
    for tok in doc:
        for found in _token_claims(par, tok, used) or stance_claims(par, tok):
            if isinstance(found, QuoteIntroducer):
                introducers.append(found)
            else:
                claims.append(found)
    claims.extend(_channel_led_quotes(par, used))
    claims.extend(nominal_claims(par, claims))
    claims = mark_vague_sources(doc, offset, drop_nested_stances(_drop_nested(claims)))
    claims = [_with_relative_source(doc, offset, c) for c in claims]
    items: list[Collected] = list(_antecedents(par))
    items.extend(claims)
    items.extend(mark_vague_sources(doc, offset, introducers[-1:]))
    # Quotes nobody was found next to: they may continue a neighbour's quote.
    claimed = [c.content for c in claims]
    for q in par.quotes:
        if q.mark_start in used:
            continue
        content = _quote_content(par, q)
        absolute = (content[0] + offset, content[1] + offset)
        if any(c[0] <= absolute[0] and absolute[1] <= c[1] for c in claimed):
            continue
        if not _standalone(text, q, 2 if any(c.kind == "direct" for c in claims) else 4):
            continue
        items.append(
            PendingQuote(
                content=absolute,
                paragraph=(offset, offset + len(text)),
                at_paragraph_start=not text[: q.mark_start].strip(),
                open_at_end=not q.closed,
                whole_paragraph=not text[: q.mark_start].strip() and not text[q.mark_end :].strip(),
            )
        )
    # last, so that no other rule sees them: hedges take part in no quote inheritance
    items.extend(hedged_claims(doc, offset, par.inside_quote, claims))
    items.sort(key=_position)
    return items


def _drop_nested(claims: list[RawClaim]) -> list[RawClaim]:
    """A cue inside another claim's content of the same source is part of that claim."""
    kept = []
    for c in claims:
        nested = any(
            o is not c
            and o.content[0] <= c.cue[0] < o.content[1]
            and o.kind == "direct"
            and o.source is not None
            and c.source is not None
            and o.source.start == c.source.start
            for o in claims
        )
        if not nested:
            kept.append(c)
    return kept


def _with_relative_source(doc: Doc, offset: int, claim: RawClaim) -> RawClaim:
    """'The mayor, who has long argued that ...': the claim's own clause names its
    source with "who" (PolNeAR marks the pronoun, as it marks "he" in "he said"); the
    noun it stands for stays the source's words, for resolution and for the reader
    when no actor is found."""
    src = claim.source
    if src is None or src.relative is not None:
        return claim
    start, end = claim.cue[0] - offset, claim.cue[1] - offset
    for tok in doc:
        if not (start <= tok.idx < end) or tok.dep_ != "relcl":
            continue
        noun = tok.head
        if not (src.head_start <= noun.idx + offset < src.head_end):
            continue
        pronoun = next(
            (c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS),
            None,
        )
        if pronoun is not None and pronoun.i > noun.i:
            span = (pronoun.idx + offset, pronoun.idx + len(pronoun.text) + offset)
            return replace(claim, source=replace(src, relative=span))
    return claim


def _position(item: Collected) -> tuple[int, int]:
    if isinstance(item, (RawClaim, QuoteIntroducer)):
        return (min(item.cue[0], item.content[0]), 1)
    if isinstance(item, PendingQuote):
        return (item.content[0], 1)
    return (item.start, 0)


def _token_claims(par: _Paragraph, tok: Token, used: set[int]) -> list[RawClaim | QuoteIntroducer]:
    """The claims a token cues: as a reporting verb, a naming verb, "in X's view",
    "according to" or a reporting noun."""
    takes = _is_reporting_verb(tok)
    found: RawClaim | None = _known_as(par, tok) if tok.lower_ == "known" else None
    if found is not None:
        return [found]
    if takes is not None:
        return _verb_claims(par, tok, takes, used)
    if tok.lemma_.lower() in REGARD_VERBS and tok.tag_.startswith("VB"):
        return _verb_claims(par, tok, Takes.AS, used)  # "sees the deal as a mistake"
    if tok.lemma_.lower() in NAMING_VERBS:
        found = _naming_claim(par, tok, used)
    elif tok.lower_ == "in" and tok.dep_ == "prep":
        found = _in_view_of(par, tok) or _in_poll(par, tok)
    elif tok.lower_ == "according":
        found = _according_to(par, tok)
    elif tok.lemma_.lower() == "make" and tok.pos_ in ("VERB", "AUX"):
        found = _made_clear(par, tok)
    elif tok.pos_ == "NOUN":
        found = _noun_claim(par, tok)
    return [found] if found is not None else []
