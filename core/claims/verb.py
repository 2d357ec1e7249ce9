"""Claims made by a reporting verb: its content, its source, and what vetoes it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dramatis.claims.content import (
    _as_clause_content,
    _clause_content,
    _close_interrupted,
    _fronted_content,
    _parenthetical_content,
    _postposed_region,
    _postposed_without_clause,
)
from dramatis.claims.quotes import (
    _CLOSING,
    _QUOTE_MARKS,
    _STRAIGHT,
    _count_quote_marks,
    _is_title,
    _Quote,
)
from dramatis.claims.records import QuoteIntroducer, RawClaim
from dramatis.claims.site import (
    _adjacent_quotes,
    _attribution_region,
    _content_clause,
    _inverted_subject,
    _Paragraph,
    _quote_after_colon,
    _quote_content,
    _quote_opening_at,
    _raw,
)
from dramatis.claims.source import _find_subjects, _source_ref
from dramatis.claims.syntax import (
    _can_state,
    _circumstance_clause,
    _clause_read_as_object,
    _hedged,
    _is_statement_object,
    _subtree_span,
    _tok_span,
)
from dramatis.claims.text import _TRIM, _first_sentence_end, _trim
from dramatis.lexicon.nouns import DOCUMENT_NOUNS, EVIDENCE_NOUNS
from dramatis.lexicon.verbs import BELIEF_VERBS, FINDING_VERBS, PHRASAL_VERBS, Takes

if TYPE_CHECKING:
    from spacy.tokens import Token


def _verb_claims(
    par: _Paragraph, verb: Token, takes: Takes, used: set[int]
) -> list[RawClaim | QuoteIntroducer]:
    if par.inside_quote(verb.idx) or _hedged(verb):
        return []
    text = par.text
    children = list(verb.children)
    if takes == Takes.QUOTE:
        children = [c for c in children if c.dep_ not in ("ccomp", "dobj", "xcomp")]
    clause = _content_clause(par, verb, children)
    objects = [c for c in children if c.dep_ == "dobj"]
    infinitive = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    region_subjects = [
        c for c in children if c.dep_ in ("nsubj", "nsubjpass") and not par.inside_quote(c.idx)
    ]
    content: tuple[int, int] | None = None
    is_clause = False
    object_content = False  # a noun phrase, the weakest sign of a statement
    if clause is not None:
        is_clause = True
        if clause.i < verb.i:
            content = _postposed_region(par, verb, region_subjects) or _clause_content(
                par, verb, clause, takes
            )
        else:
            content = _clause_content(par, verb, clause, takes)
    elif (
        Takes.INFINITIVE in takes
        and infinitive is not None
        and (objects or Takes.ADDRESSEE not in takes)  # "asked not to be named" asks nobody
    ):
        first = objects[0] if objects and Takes.ADDRESSEE in takes else infinitive
        end = _subtree_span(infinitive)[1]
        finite = [c for c in infinitive.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")]
        if finite:
            # "urged the embassy to reconsider and spoke with Pompeo": the finite verb
            # is the subject's next act, not part of the appeal
            joined = [c for c in infinitive.rights if c.dep_ == "cc" and c.i < finite[0].i]
            end = (joined[-1] if joined else finite[0].left_edge).idx
        content = (_subtree_span(first)[0], end)
    elif Takes.ADDRESSEE in takes and objects and verb.lemma_.lower() == "accuse":
        # "accused the West of hysteria": "of" on the verb, or on its object
        prep = next(
            (c for c in (*children, *objects[0].rights) if c.dep_ == "prep" and c.lower_ == "of"),
            None,
        )
        if prep is not None:
            content = (_subtree_span(objects[0])[0], _subtree_span(prep)[1])
    elif Takes.OBJECT in takes and objects and _is_statement_object(objects[0]):
        content = _subtree_span(objects[0])
        # "announced a curfew as protests spread": the clause the parser hung on the
        # object says when or why, not what was announced
        circumstance = next((c for c in objects[0].rights if _circumstance_clause(c)), None)
        if circumstance is not None:
            content = _trim(text, content[0], circumstance.left_edge.idx)
        object_content = True
    elif takes == Takes.CLAUSE and objects and _clause_read_as_object(objects[0]):
        # 'he says the phrase "subject to" referred to ...': a clause the parser read
        # as an object, its verb buried inside it
        begin = objects[0].left_edge.idx
        # the sentence as punctuation ends it: a parse this confused may split it too
        content = _trim(
            par.text, begin, _first_sentence_end(text, begin, len(text), par.quotes), _TRIM + "."
        )
        is_clause = True
    if (
        content is None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        # "As he spoke, ...", "As she said this, ...": while, not what
        and takes != Takes.QUOTE
        and not any(c.dep_ == "dobj" and c.lower_ != "it" for c in verb.children)
    ):
        content = _as_clause_content(par, verb)  # "As the report notes, ..."
        is_clause = content is not None
    adjacent = _adjacent_quotes(
        par, _attribution_region(par, verb, region_subjects), bool(region_subjects)
    )
    if (
        clause is not None
        and clause.i > verb.i
        and any(q.mark_end <= verb.idx for q in adjacent)
        and clause.left_edge.lower_ not in ("that", "whether", "how", "if", "why", "what", "when")
    ):
        # '"...," said the count, addressing the visitor ...': the quote before is what
        # he said; the parser's clause after it is not
        content, is_clause = None, False
    if objects and Takes.ADDRESSEE not in takes:
        # 'wrote a book, "The Art of the Deal."': a title set beside the object
        adjacent = [q for q in adjacent if q.mark_end <= verb.idx or not _is_title(text, q)]
    if takes == Takes.QUOTE:
        # a verb that only attributes the quote next to it: a quote after it must be
        # a sentence of its own ('defended the decision, "We had no choice."')
        adjacent = [
            q
            for q in adjacent
            if q.mark_end <= verb.idx
            or (text[q.start : q.start + 1].isupper() and len(text[q.start : q.end].split()) >= 3)
        ]
    if content is None and not adjacent and verb.dep_ == "parataxis" and takes != Takes.QUOTE:
        # "The deal is dead, he said." / "The deal, he said, is dead."
        is_clause = True
        content = _postposed_region(par, verb, region_subjects) or _parenthetical_content(
            par, verb, region_subjects
        )
    inverted = (
        _inverted_subject(par, verb, children) if content is None and not region_subjects else None
    )
    if inverted is not None:
        adjacent = _adjacent_quotes(par, (verb.idx, _subtree_span(inverted)[1]), True)
        if not any(q.mark_end <= verb.idx for q in adjacent):
            inverted, adjacent = None, []  # only a quote before makes "said X" inverted
    if (
        content is None
        and not adjacent
        and Takes.CLAUSE in takes
        and takes != Takes.QUOTE
        and verb.dep_ == "ccomp"
        and verb.i < verb.head.i
        and region_subjects
    ):
        # "Deutsche Welle reported in mid-2019, 62 outlets had closed": the parser
        # made the reported clause the head of its attribution
        content = _fronted_content(par, verb)
        is_clause = content is not None
    postposed_subject = None
    if content is None and not adjacent and Takes.CLAUSE in takes and takes != Takes.QUOTE:
        # "Airstrikes killed 20 people overnight, health officials said Wednesday, as
        # talks stalled.": the parser found no clause, only a second subject
        found_lede = _postposed_without_clause(par, verb)
        if found_lede is not None:
            content, postposed_subject = found_lede
            is_clause = True
    introduces = False
    if content is None and not adjacent:
        # "X commented:" closing its paragraph introduces the block quote below
        region_end = _attribution_region(par, verb, region_subjects)[1]
        introduces = text[region_end:].strip() == ":"
    quotes: list[_Quote] = []
    if content is None:
        quotes = adjacent
        if not quotes and not introduces:
            return []
        is_clause = True
    # a subject inside a quote is the parser's mistake: '"The bridge," he said, "will ..."'
    if postposed_subject is not None:
        found = [postposed_subject]
    elif inverted is not None and adjacent:
        found = [inverted]
    else:
        found = _find_subjects(verb, is_clause)
    subjects = [t for t in found or () if not par.inside_quote(t.idx)]
    if not subjects:
        return []
    source = _source_ref(subjects, text, par.offset)
    if source is None:
        return []
    verb_end = verb.idx + len(verb.text) + par.offset
    if source.start <= verb.idx + par.offset < source.end:
        # '"...", added KCNA': the parser took the cue for a word of the name
        start = (
            verb_end
            + len(text[verb_end - par.offset :])
            - len(text[verb_end - par.offset :].lstrip())
        )
        if start >= source.end:
            return []
        source = replace(
            source, start=start, text=text[start - par.offset : source.end - par.offset]
        )
    if verb.lemma_.lower() in BELIEF_VERBS and subjects[0].lower_ in ("i", "we", "you"):
        return []
    if object_content and not _can_state(subjects[0]):
        return []  # "Her nomination highlighted these questions": events say nothing
    if verb.lemma_.lower() in FINDING_VERBS and (
        (source.head_word not in DOCUMENT_NOUNS and source.head_word not in EVIDENCE_NOUNS)
        or clause is None
    ):
        return []  # "The study found that ...", not "He found that the door was locked"
    if introduces and not quotes:
        off = par.offset
        cue_span = _tok_span(verb)
        return [
            QuoteIntroducer(source, (cue_span[0] + off, cue_span[1] + off), (off, off + len(text)))
        ]
    cue = _tok_span(verb)
    if verb.lemma_.lower() in PHRASAL_VERBS:
        prt = next(c for c in children if c.dep_ == "prt")
        cue = (min(cue[0], prt.idx), max(cue[1], prt.idx + len(prt.text)))
    claims = []
    if content is not None:
        start, end = _trim(text, *content, _TRIM + _QUOTE_MARKS + "`'")
        if start >= end:
            return []
        if (
            _count_quote_marks(text[start:end]) % 2
            and end < len(text)
            and text[end] in _CLOSING + _STRAIGHT
        ):
            end += 1  # keep a partial quote's closing mark: 'said X "costs $5 billion"'
        elif _count_quote_marks(text[start:end]) % 2 and re.match(
            r"[.,!?\u2026][\"\u201d\u2019]", text[end : end + 2]
        ):
            end += 2  # 'would support Ukraine "for as long as it takes."'
        opened = next((q for q in par.quotes if start <= q.mark_start < end < q.mark_end), None)
        if (
            opened is not None
            and opened.closed
            and (
                not text[end : opened.end].count(".")
                # 'noting that "Using ... [...] If ..."': a quote that opens the content
                # is all of it, over as many sentences as it runs
                or re.fullmatch(r"(?:that)?\s*", text[start : opened.mark_start])
            )
        ):
            end = opened.mark_end  # the parse cut a partial quote short: keep it whole

        quote = (
            par.quote_at(start, end)
            or _quote_opening_at(par, content[0], end)
            or _quote_after_colon(par, start, end)
        )
        if quote is not None:
            # '"The bridge," he said, "will reopen."': both halves are his
            quotes = sorted({quote, *adjacent}, key=lambda q: q.start)
        else:
            if start > cue[1]:  # a clause after its cue ends with its sentence
                end = _first_sentence_end(text, start, end, par.quotes)
                end = _close_interrupted(par, verb, start, end)
            claims.append(_raw(par, "indirect", source, cue, (start, end)))
            # 'told the press the drugs were only part of it: "What will stop ..."'
            after = next((q for q in par.quotes if q.mark_start >= end), None)
            if (
                after is not None
                and re.fullmatch(r"\s*:\s*", text[end : after.mark_start])
                and len(text[after.start : after.end].split()) >= 4
            ):
                used.add(after.mark_start)
                claims.append(_raw(par, "direct", source, cue, _quote_content(par, after), after))
            return claims
    for q in quotes:
        if q.mark_start in used:
            continue
        used.add(q.mark_start)
        span = _quote_content(par, q)
        if span[0] < span[1]:
            claims.append(_raw(par, "direct", source, cue, span, q))
    return claims
