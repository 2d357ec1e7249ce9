"""What is around a cue in its paragraph: the attribution region, the quotes next
to it, the clause it reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dramatis.analysis import ClaimKind
from dramatis.claims.quotes import _QUOTE_MARKS, _count_quote_marks, _opens_sentence, _Quote
from dramatis.claims.records import RawClaim, SourceRef
from dramatis.claims.text import _TRIM, _trim
from dramatis.lexicon.verbs import QUESTION_VERBS, Takes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(slots=True)
class _Paragraph:
    doc: Doc
    text: str
    offset: int
    quotes: list[_Quote]

    def quote_at(self, start: int, end: int) -> _Quote | None:
        """The quote whose inside holds [start, end), if any."""
        for q in self.quotes:
            if q.start <= start and end <= q.end:
                return q
        return None

    def inside_quote(self, pos: int) -> bool:
        return any(q.mark_start <= pos < max(q.mark_end, q.end) for q in self.quotes)


def _attribution_region(par: _Paragraph, verb: Token, subjects: list[Token]) -> tuple[int, int]:
    """The "he said" part around a cue: the verb with its subject and light modifiers
    (never what the parser hung on it from inside a quote)."""
    tokens = [verb]
    for s in subjects:
        if s.head.i == verb.i:
            tokens.extend([s.left_edge, s.right_edge])
    for child in verb.children:
        if par.inside_quote(child.idx):
            continue
        if child.dep_ in (
            "aux",
            "auxpass",
            "advmod",
            "npadvmod",
            "prep",
            "dobj",
            "dative",
            "prt",
            "agent",
        ):
            tokens.extend([child.left_edge, child.right_edge])
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last.text)
    # what the parser hung on a dependent from inside a quote is not the attribution's:
    # 'told the press in an interview, "People ... accused ..."'
    for q in par.quotes:
        introduced = par.text[: q.mark_start].rstrip()[-1:] in ",:\u2014\u2013-"
        if verb.idx < q.mark_start < end and introduced:
            end = q.mark_start
        if start < q.mark_end <= verb.idx:
            start = q.mark_end
    # a quotation mark the parser hung on the subject belongs to the quote
    return _trim(par.text, start, end, _TRIM + _QUOTE_MARKS)


_QUOTE_END_PUNCT = ",?!\u2014\u2013-\u2026"


def _adjacent_quotes(par: _Paragraph, region: tuple[int, int], before: bool) -> list[_Quote]:
    """Quotes the "he said" region introduces or closes: '"...," he said' / 'said: "..."'.

    A quote before the cue is only taken when the cue has a subject of its own: a
    participle after a quote ('"...," further saying') belongs to another speaker's turn.
    """
    text = par.text
    found = []
    for q in par.quotes:
        if q.mark_end <= region[0] and q.closed and before:
            gap = text[q.mark_end : region[0]]
            inner_end = text[q.start : q.end].rstrip()
            if re.fullmatch(r"\s*,?\s*", gap) and (
                inner_end[-1:] in _QUOTE_END_PUNCT or "," in gap or _opens_sentence(text, q)
            ):
                found.append(q)
        elif q.mark_start >= region[1]:
            gap = text[region[1] : q.mark_start]
            if re.fullmatch(r"\s*[:,\u2014\u2013-]?\s*", gap):
                found.append(q)
    return found


def _quote_content(par: _Paragraph, q: _Quote) -> tuple[int, int]:
    return _trim(par.text, q.start, q.end, _TRIM + " ")


def _raw(
    par: _Paragraph,
    kind: ClaimKind,
    source: SourceRef | None,
    cue: tuple[int, int],
    content: tuple[int, int],
    quote: _Quote | None = None,
    *,
    rule: str,
) -> RawClaim:
    off = par.offset
    return RawClaim(
        kind=kind,
        source=source,
        cue=(cue[0] + off, cue[1] + off),
        content=(content[0] + off, content[1] + off),
        paragraph=(off, off + len(par.text)),
        quote_at_paragraph_start=quote is not None and not par.text[: quote.mark_start].strip(),
        quote_open_at_end=quote is not None and not quote.closed,
        rule=rule,
    )


def _content_clause(par: _Paragraph, verb: Token, children: list[Token]) -> Token | None:
    """The clause a cue reports: the first after it, else one before it set off by a
    comma ("..., the report said"), never one separated from it by a whole quote."""
    clauses = [c for c in children if c.dep_ == "ccomp" or _question_clause(verb, c)]
    for prep in (c for c in children if c.dep_ == "prep" and c.i > verb.i):
        # "said in a statement that ...": the parser hangs the clause on the noun
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            clauses.extend(
                c
                for c in obj.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            )
    after = [c for c in clauses if c.i > verb.i]
    if after:
        clause = after[0]
        between = (verb.idx + len(verb.text), clause.left_edge.idx)
        if any(between[0] <= q.mark_start and q.mark_end <= between[1] for q in par.quotes):
            return None  # 'told the press, "...[.]" As of Tuesday ...': the quote is it
        return clause
    subject_start = min((c.left_edge.idx for c in children if c.dep_ == "nsubj"), default=verb.idx)
    for clause in reversed(clauses):
        right = clause.right_edge
        while (right.is_punct or right.is_quote) and right.i > clause.left_edge.i:
            right = right.nbor(-1)  # the comma may hang on the clause, or sit inside its quote
        gap = par.text[right.idx + len(right.text) : subject_start]
        if re.search(r"[,\u2014\u2013]", gap):
            return clause
    return None


def _question_clause(verb: Token, child: Token) -> bool:
    """'asked the students if they were serious': the parser hung the question on a
    verb of asking as a condition."""
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and verb.lemma_.lower() in QUESTION_VERBS
        and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children)
    )


def _inverted_subject(par: _Paragraph, verb: Token, children: list[Token]) -> Token | None:
    """'"...," said Graham' / 'tweeted executive Ken Gude': a speaker after the cue,
    which the parser may take for an object."""
    head = verb.head
    if (
        verb.dep_ == "amod"
        and head.i == verb.i + 1 + sum(1 for t in head.lefts if t.i > verb.i)
        and head.pos_ in ("PROPN", "NOUN")
        and not par.inside_quote(head.idx)
    ):
        return head  # '"...", added KCNA.': the parser read "added" as an adjective
    own = [c for c in children if not par.inside_quote(c.idx)]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in own) or verb.tag_ not in (
        "VBD",
        "VBZ",
        "VBP",
    ):
        return None
    for child in children:
        if (
            child.i > verb.i
            and child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubj")
            and child.pos_ in ("PROPN", "NOUN")
            and not par.inside_quote(child.idx)
        ):
            return child
    return None


def _quote_after_colon(par: _Paragraph, start: int, end: int) -> _Quote | None:
    """'wrote a letter to the editor: "I am ashamed ..."': a quote that a colon
    introduces and that closes the content is what was said; the words before the
    colon only say how."""
    for q in par.quotes:
        if (
            start < q.mark_start
            and q.closed
            and q.end <= end <= q.mark_end + 1
            and par.text[start : q.mark_start].rstrip().endswith(":")
            and _count_quote_marks(par.text[start : q.mark_start]) == 0
        ):
            return q
    return None


def _quote_opening_at(par: _Paragraph, start: int, end: int) -> _Quote | None:
    """A quote that the content opens with and that closes inside it: the parser hung
    a trailing phrase on the quoted clause ('said, "They need us", while ...')."""
    start = _trim(par.text, start, end)[0]
    for q in par.quotes:
        if start in (q.mark_start, q.start) and q.closed and q.mark_end <= end:
            if _clause_runs_on(par.text, q, end):
                return None
            return q
    return None


def _clause_runs_on(text: str, q: _Quote, end: int) -> bool:
    """'"We are appalled" by the ruling, she said': the quote opens a clause that runs
    on past it (no comma or stop inside the quote, no "and ..." after it), so the
    clause is the content, not the quote alone."""
    rest = text[q.mark_end : end]
    inner = text[q.start : q.end].rstrip()
    return (
        re.match(r" [a-z]", rest) is not None
        and len(rest.split()) >= 2
        and inner[-1:].isalnum()
        and not re.match(r" (and|but|or)\b", rest)
    )


@dataclass(frozen=True, slots=True)
class Site:
    """A reporting verb in its paragraph, with what every rule asks about it, found
    once: its dependents, the clause it reports, its objects, its infinitive, its own
    subjects outside quotes and the "he said" region they make."""

    par: _Paragraph
    verb: Token
    takes: Takes
    children: list[Token]
    clause: Token | None
    objects: list[Token]
    infinitive: Token | None
    region_subjects: list[Token]
    region: tuple[int, int]


def read_site(par: _Paragraph, verb: Token, takes: Takes) -> Site:
    children = list(verb.children)
    if takes == Takes.QUOTE:
        children = [c for c in children if c.dep_ not in ("ccomp", "dobj", "xcomp")]
    region_subjects = [
        c for c in children if c.dep_ in ("nsubj", "nsubjpass") and not par.inside_quote(c.idx)
    ]
    return Site(
        par=par,
        verb=verb,
        takes=takes,
        children=children,
        clause=_content_clause(par, verb, children),
        objects=[c for c in children if c.dep_ == "dobj"],
        infinitive=next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VB"), None),
        region_subjects=region_subjects,
        region=_attribution_region(par, verb, region_subjects),
    )


# What a comma or dash after an infinitive's words may open that is the writer's, not
# part of the intention: "vowed to repeal the law, a provision that ...", "refused to
# sign it, which ...", "pledged to rearm, reversing ...", "sought to rally voters,
# contrasting ...".
_INFINITIVE_ASIDES = frozenset({"relcl", "appos", "advcl", "acl", "npadvmod", "parataxis"})


def _infinitive_end(par: _Paragraph, first: Token, end: int) -> int:
    """Where an infinitive's content ends: before an aside set off by a comma or a double
    hyphen (a coordination of words, "to rally older, rural voters", runs on; a single
    dash more often sets off an apposition of the infinitive's own)."""
    doc = first.doc
    for tok in doc[first.i :]:
        if tok.idx >= end:
            break
        if tok.text not in (",", "--") or par.inside_quote(tok.idx):
            continue
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].idx >= end:
            break
        after = doc[tok.i + 1]
        head = after
        while head.head.i != head.i and head.head.left_edge.i == after.i:
            head = head.head
        if head.dep_ in _INFINITIVE_ASIDES and head.head.i < tok.i:
            return _trim(par.text, first.idx, tok.idx)[1]
    return end
