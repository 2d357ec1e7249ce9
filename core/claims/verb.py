"""Claims made by a reporting verb.

A verb's reading is built in steps walked from tuples, in this order:
- content finders (``CONTENT_FINDERS``): the first construction that gives the verb a
  content wins (a that-clause, an infinitive, "accused X of", an object ...);
- overrides and fallbacks (``ADJUSTMENTS``): quotes next to the cue, which may replace
  a clause the parser found, and the constructions tried only when nothing else gave
  a content ("The deal, he said, is dead.", "..., officials said Wednesday.");
- vetoes (``VETOES``): a source that cannot have said it.
Each step is a small function of the verb's ``Site`` (computed once) and the reading
so far; a new construction is a new step in its place in a tuple.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
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
from dramatis.claims.records import QuoteIntroducer, RawClaim, SourceRef
from dramatis.claims.site import (
    Site,
    _adjacent_quotes,
    _infinitive_end,
    _inverted_subject,
    _quote_after_colon,
    _quote_content,
    _quote_opening_at,
    _raw,
    read_site,
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
from dramatis.lexicon.verbs import (
    AMOUNT_WORDS,
    BELIEF_VERBS,
    FINDING_MEDIA,
    FINDING_SETS,
    FINDING_VERBS,
    GERUND_VERBS,
    NARRATIVE_NOUNS,
    PHRASAL_VERBS,
    QUESTION_VERBS,
    Takes,
)
from dramatis.syntax import hyphenated_word

if TYPE_CHECKING:
    from dramatis.claims.site import _Paragraph
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Reading:
    """What the steps so far made of a reporting verb."""

    content: tuple[int, int] | None = None
    rule: str = ""  # the construction that gave the content
    is_clause: bool = False
    object_content: bool = False  # a noun phrase, the weakest sign of a statement
    adjacent: tuple[_Quote, ...] = ()  # quotes next to the "he said" region
    inverted: Token | None = None  # '"...," said Graham'
    postposed_subject: Token | None = None
    introduces: bool = False  # "X commented:" closing its paragraph


# --------------------------------------------------------------------------- content finders


def _that_clause(site: Site) -> Reading | None:
    """'said that ...', or a clause before the cue: '..., the report said.'"""
    if site.clause is None:
        return None
    if site.clause.i < site.verb.i:
        postposed = _postposed_region(site.par, site.verb, site.region_subjects)
        if postposed is not None:
            return Reading(postposed, "verb.postposed", is_clause=True)
        content = _clause_content(site.par, site.verb, site.clause, site.takes)
        return Reading(content, "verb.clause_before", is_clause=True)
    content = _clause_content(site.par, site.verb, site.clause, site.takes)
    return Reading(content, "verb.clause", is_clause=True)


def _infinitive(site: Site) -> Reading | None:
    """'urged the union to resume talks', 'promised to resign'."""
    takes, objects, infinitive = site.takes, site.objects, site.infinitive
    if (
        Takes.INFINITIVE not in takes
        or infinitive is None
        # "asked not to be named" asks nobody, but "was asked to resign" asks its subject
        or not (objects or Takes.ADDRESSEE not in takes or _addressed_passive(site))
    ):
        return None
    first = objects[0] if objects and Takes.ADDRESSEE in takes else infinitive
    end = _subtree_span(infinitive)[1]
    finite = [c for c in infinitive.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")]
    if finite:
        # "urged the embassy to reconsider and spoke with Pompeo": the finite verb
        # is the subject's next act, not part of the appeal
        joined = [c for c in infinitive.rights if c.dep_ == "cc" and c.i < finite[0].i]
        end = (joined[-1] if joined else finite[0].left_edge).idx
    end = _infinitive_end(site.par, infinitive.left_edge, end)
    return Reading((_subtree_span(first)[0], end), "verb.infinitive")


def _addressed_passive(site: Site) -> bool:
    """'He was asked to resign', 'Asked by the court to testify': the addressee is the
    passive subject or unnamed."""
    verb = site.verb
    return verb.tag_ == "VBN" and (
        any(c.dep_ == "nsubjpass" for c in site.children) or verb.dep_ == "advcl"
    )


def _accused_of(site: Site) -> Reading | None:
    """'accused the West of hysteria': "of" on the verb, or on its object."""
    objects = site.objects
    if Takes.ADDRESSEE not in site.takes or not objects or site.verb.lemma_.lower() != "accuse":
        return None
    prep = next(
        (c for c in (*site.children, *objects[0].rights) if c.dep_ == "prep" and c.lower_ == "of"),
        None,
    )
    if prep is None:
        return None
    return Reading((_subtree_span(objects[0])[0], _subtree_span(prep)[1]), "verb.accused_of")


def _statement_object(site: Site) -> Reading | None:
    """'questions the necessity of ...': an object that can be what was said."""
    objects = site.objects
    if Takes.OBJECT not in site.takes or not objects or not _is_statement_object(objects[0]):
        return None
    content = _subtree_span(objects[0])
    # "announced a curfew as protests spread": the clause the parser hung on the
    # object says when or why, not what was announced
    circumstance = next((c for c in objects[0].rights if _circumstance_clause(c)), None)
    if circumstance is not None:
        content = _trim(site.par.text, content[0], circumstance.left_edge.idx)
    return Reading(content, "verb.object", object_content=True)


def _told_story(site: Site) -> Reading | None:
    """'told the story of how he met her', 'tells a joke about the senator', 'Exit polls
    told a tale of two parties': what a story or a joke tells is the teller's account."""
    if site.verb.lemma_.lower() != "tell" or site.clause is not None:
        return None
    story = next(
        (
            c
            for c in site.children
            if c.dep_ == "dobj" and c.i > site.verb.i and c.lemma_.lower() in NARRATIVE_NOUNS
        ),
        None,
    )
    if story is None:
        return None
    return Reading(_subtree_span(story), "verb.told_story", object_content=True)


def _said_object(site: Site) -> Reading | None:
    """'She says outrageous things', 'they had said the same thing', 'he said his
    polls show ...' (a clause read as an object): what "say" takes as its object is
    what was said (PolNeAR annotates it), unlike the objects of most reporting verbs."""
    objects = site.objects
    if site.verb.lemma_.lower() != "say" or site.clause is not None or not objects:
        return None
    obj = objects[0]
    if not _is_statement_object(obj) or obj.i < site.verb.i or _amount_of_talk(obj):
        return None
    return Reading(_subtree_span(obj), "verb.said_object", object_content=True)


def _amount_of_talk(obj: Token) -> bool:
    """'said little', 'said so many things', 'said no more than a few words': how much
    was said, not what."""
    if obj.lemma_.lower() in AMOUNT_WORDS:
        return True
    return any(
        c.dep_ in ("amod", "det", "nummod", "advmod") and (c.lower_ in AMOUNT_WORDS or c.like_num)
        for c in obj.subtree
        if c.i < obj.i
    )


def _gerund_clause(site: Site) -> Reading | None:
    """'said raising it could cost jobs': a clause whose gerund subject the parser hung
    on the cue as a complement, and the clause's own verb on the gerund."""
    if Takes.CLAUSE not in site.takes or site.clause is not None or site.objects:
        return None
    verb = site.verb
    gerund = next((c for c in site.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is None or gerund.i < verb.i or gerund.i > verb.i + 2:
        return None
    if not any(
        c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD") and c.i > gerund.i
        for c in gerund.children
    ):
        return None
    start, end = _subtree_span(gerund)
    return Reading(_trim(site.par.text, start, end), "verb.gerund_clause", is_clause=True)


def _clause_as_object(site: Site) -> Reading | None:
    """'he says the phrase "subject to" referred to ...': a clause the parser read as
    an object, its verb buried inside it."""
    objects = site.objects
    if site.takes != Takes.CLAUSE or not objects or not _clause_read_as_object(objects[0]):
        return None
    par = site.par
    begin = objects[0].left_edge.idx
    # the sentence as punctuation ends it: a parse this confused may split it too
    end = _first_sentence_end(par.text, begin, len(par.text), par.quotes)
    return Reading(_trim(par.text, begin, end, _TRIM + "."), "verb.clause_as_object", True)


# Words that stand for a whole answer or a statement made before: "55 percent said
# so", "46 percent said yes", "64 percent say the same of Sanders".
_PRO_FORMS = frozenset({"so", "yes", "no"})


def _pro_form(site: Site) -> Reading | None:
    """'after half said so in the earlier poll', 'only 49 percent say the same of
    Trump': the pro-form is what was said (PolNeAR annotates it as the content)."""
    verb = site.verb
    if verb.lemma_.lower() != "say" or site.clause is not None:
        return None
    for child in site.children:
        if child.i < verb.i or child.i > verb.i + 2:
            continue
        if child.lower_ in _PRO_FORMS and child.dep_ in ("advmod", "dobj", "intj", "ccomp"):
            return Reading(_tok_span(child), "verb.pro_form")
        if child.dep_ == "dobj" and child.lemma_.lower() == "same":
            return Reading(_subtree_span(child), "verb.pro_form")
    return None


def _finding_object(site: Site) -> Reading | None:
    """'A new poll shows Smith with a 10-point lead', 'the records showed no payment':
    what a document or evidence shows is a finding, whatever its object."""
    verb, objects = site.verb, site.objects
    if verb.lemma_.lower() not in FINDING_VERBS or not objects or site.clause is not None:
        return None
    subjects = [c for c in site.children if c.dep_ == "nsubj"]
    if (
        not subjects
        or not _finding_source(subjects[0])
        or objects[0].lower_ in _EMPTY_FINDINGS - _PEOPLE_FOUND
        or objects[0].tag_ in ("WDT", "WP", "IN")
    ):
        return None
    # the object with what the parser hung on the verb after it ('Smith with 40 percent,
    # followed by Jones'), up to a clause of its own
    end_tok = objects[0].right_edge
    for child in verb.rights:
        if child.i <= end_tok.i or child.dep_ == "punct":
            continue
        if child.dep_ in ("cc", "conj", "parataxis", "ccomp", "dep"):
            break
        end_tok = child.right_edge
    if objects[0].lower_ in _PEOPLE_FOUND and end_tok == objects[0].right_edge:
        return None  # "the poll showed them": what of them is not said
    end = _trim(site.par.text, objects[0].left_edge.idx, end_tok.idx + len(end_tok.text))[1]
    return Reading((objects[0].left_edge.idx, end), "verb.finding")


# Pronoun objects a finding is about when more follows: "polls show him with a lead".
_PEOPLE_FOUND = frozenset({"him", "her", "them"})


_EMPTY_FINDINGS = frozenset(
    {"that", "this", "it", "which", "what", "them", "us", "me", "him", "her"}
)


def _finding_source(subject: Token) -> bool:
    """A subject that finds: a poll, a document, evidence (by its lemma), a reckoning
    ("a projection shows ..."), or a set of them ("an average of recent polls", "a new
    batch of emails")."""
    if _finding_word(subject):
        return True
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj is not None and subject.lemma_.lower() in FINDING_SETS and _finding_word(pobj)


def _finding_word(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        lemma in _FINDING_SOURCES
        or lemma in FINDING_MEDIA
        or hyphenated_word(noun) in DOCUMENT_NOUNS
    )


def _gerund(site: Site) -> Reading | None:
    """'reported raising $9 million', 'proposed taxing carbon', 'denied having met
    him': a gerund that is what was reported, proposed or denied."""
    if site.verb.lemma_.lower() not in GERUND_VERBS or site.objects:
        return None
    gerund = next((c for c in site.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is None or gerund.i < site.verb.i:
        return None
    start, end = _subtree_span(gerund)
    finite = [
        c for c in gerund.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP", "VBN")
    ]
    if finite:
        # "proposed banning X and signaled support for Y": the subject's next act
        joined = [c for c in gerund.rights if c.dep_ == "cc" and c.i < finite[0].i]
        end = (joined[-1] if joined else finite[0].left_edge).idx
    return Reading(_trim(site.par.text, start, end), "verb.gerund")


def _regarded_as(site: Site) -> Reading | None:
    """'Many voters see him as the stronger candidate': the object and its "as"
    phrase (on the verb or on the object) are the view."""
    if site.takes != Takes.AS or not site.objects:
        return None
    obj = site.objects[0]
    prep = next(
        (c for c in (*site.children, *obj.rights) if c.dep_ == "prep" and c.lower_ == "as"),
        None,
    )
    if prep is None or prep.i < obj.i or obj.lower_ in _EMPTY_FINDINGS - {"him", "her", "them"}:
        return None
    end = max(_subtree_span(prep)[1], _subtree_span(obj)[1])
    return Reading((_subtree_span(obj)[0], end), "verb.regarded_as")


CONTENT_FINDERS: tuple[Callable[[Site], Reading | None], ...] = (
    _that_clause,
    _told_story,
    _infinitive,
    _accused_of,
    _finding_object,
    _gerund,
    _statement_object,
    _clause_as_object,
    _pro_form,
    _gerund_clause,
    _said_object,
)


# --------------------------------------------------------------------------- overrides, fallbacks


def _as_clause(site: Site, reading: Reading) -> Reading:
    """'As the report notes, ...' (but "As he spoke, ...": while, not what)."""
    verb = site.verb
    if (
        reading.content is not None
        or verb.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in site.children)
        or site.takes == Takes.QUOTE
        or any(c.dep_ == "dobj" and c.lower_ != "it" for c in verb.children)
    ):
        return reading
    content = _as_clause_content(site.par, verb)
    if content is None:
        return reading
    return replace(reading, content=content, rule="verb.as_clause", is_clause=True)


def _quotes_next_to_cue(site: Site, reading: Reading) -> Reading:
    """Quotes before or after the "he said" region, but not one inside the subject's
    phrase or a participle set before the cue ('Smith, who calls the plan "reckless,"
    said ...', 'Jones, citing "new evidence," said ...': not what was said)."""
    adjacent = _adjacent_quotes(site.par, site.region, bool(site.region_subjects))
    inside = [
        _subtree_span(c)
        for c in site.children
        if c.i < site.verb.i and c.dep_ in ("nsubj", "nsubjpass", "advcl")
    ]
    kept = [
        q
        for q in adjacent
        if not any(start < q.mark_start and q.start < end for start, end in inside)
        or q.mark_start > site.verb.idx
    ]
    return replace(reading, adjacent=tuple(kept))


def _quote_before_beats_clause(site: Site, reading: Reading) -> Reading:
    """'"...," said the count, addressing the visitor ...': the quote before is what
    he said; the parser's clause after it is not."""
    clause, verb = site.clause, site.verb
    if (
        clause is not None
        and clause.i > verb.i
        and any(q.mark_end <= verb.idx for q in reading.adjacent)
        and clause.left_edge.lower_ not in ("that", "whether", "how", "if", "why", "what", "when")
    ):
        return replace(reading, content=None, rule="", is_clause=False)
    return reading


def _titles_are_not_quotes(site: Site, reading: Reading) -> Reading:
    """'wrote a book, "The Art of the Deal."': a title set beside the object."""
    if not site.objects or Takes.ADDRESSEE in site.takes:
        return reading
    text, verb = site.par.text, site.verb
    kept = tuple(q for q in reading.adjacent if q.mark_end <= verb.idx or not _is_title(text, q))
    return replace(reading, adjacent=kept)


def _quote_verbs_take_sentences(site: Site, reading: Reading) -> Reading:
    """A verb that only attributes the quote next to it: a quote after it must be a
    sentence of its own ('defended the decision, "We had no choice."')."""
    if site.takes != Takes.QUOTE:
        return reading
    text, verb = site.par.text, site.verb
    # '"Honestly," she continued, "we may ...": the sentence the attribution interrupts
    interrupted = any(
        q.mark_end <= verb.idx and text[q.start : q.end].rstrip(" ,")[-1:] not in ".!?"
        for q in reading.adjacent
    )
    kept = tuple(
        q
        for q in reading.adjacent
        if q.mark_end <= verb.idx
        or (text[q.start : q.start + 1].isupper() and len(text[q.start : q.end].split()) >= 3)
        or (interrupted and text[q.start : q.start + 1].islower())
    )
    return replace(reading, adjacent=kept)


def _parenthetical(site: Site, reading: Reading) -> Reading:
    """'The deal is dead, he said.' / 'The deal, he said, is dead.'"""
    if (
        reading.content is not None
        or reading.adjacent
        or site.verb.dep_ != "parataxis"
        or site.takes == Takes.QUOTE
    ):
        return reading
    par, verb, subjects = site.par, site.verb, site.region_subjects
    postposed = _postposed_region(par, verb, subjects)
    if postposed is not None:
        return replace(reading, content=postposed, rule="verb.postposed", is_clause=True)
    content = _parenthetical_content(par, verb, subjects)
    return replace(reading, content=content, rule="verb.parenthetical", is_clause=True)


def _inverted(site: Site, reading: Reading) -> Reading:
    """'"...," said Graham': only a quote before makes "said X" inverted."""
    if reading.content is not None or site.region_subjects:
        return reading
    inverted = _inverted_subject(site.par, site.verb, site.children)
    if inverted is None:
        return reading
    region = (site.verb.idx, _subtree_span(inverted)[1])
    adjacent = _adjacent_quotes(site.par, region, True)
    if not any(q.mark_end <= site.verb.idx for q in adjacent):
        return replace(reading, adjacent=())
    return replace(reading, adjacent=tuple(adjacent), inverted=inverted)


def _reports_a_clause(site: Site, reading: Reading) -> bool:
    """Nothing found yet, and the verb can report a clause not only a quote."""
    return (
        reading.content is None
        and not reading.adjacent
        and Takes.CLAUSE in site.takes
        and site.takes != Takes.QUOTE
    )


def _fronted(site: Site, reading: Reading) -> Reading:
    """'Deutsche Welle reported in mid-2019, 62 outlets had closed': the parser made
    the reported clause the head of its attribution."""
    verb = site.verb
    if (
        not _reports_a_clause(site, reading)
        or verb.dep_ != "ccomp"
        or verb.i >= verb.head.i
        or not site.region_subjects
    ):
        return reading
    content = _fronted_content(site.par, verb)
    if content is None:
        return reading
    return replace(reading, content=content, rule="verb.fronted", is_clause=True)


def _lede(site: Site, reading: Reading) -> Reading:
    """'Airstrikes killed 20 people overnight, health officials said Wednesday, as
    talks stalled.': the parser found no clause, only a second subject."""
    if not _reports_a_clause(site, reading):
        return reading
    found = _postposed_without_clause(site.par, site.verb)
    if found is None:
        return reading
    content, subject = found
    return replace(
        reading, content=content, rule="verb.lede", is_clause=True, postposed_subject=subject
    )


def _introducer(site: Site, reading: Reading) -> Reading:
    """'X commented:' closing its paragraph introduces the block quote below."""
    if reading.content is not None or reading.adjacent:
        return reading
    introduces = site.par.text[site.region[1] :].strip() == ":"
    return replace(reading, introduces=introduces)


ADJUSTMENTS: tuple[Callable[[Site, Reading], Reading], ...] = (
    _as_clause,
    _quotes_next_to_cue,
    _quote_before_beats_clause,
    _titles_are_not_quotes,
    _quote_verbs_take_sentences,
    _parenthetical,
    _inverted,
    _fronted,
    _lede,
    _introducer,
)


# --------------------------------------------------------------------------- vetoes


def _first_person_belief(site: Site, reading: Reading, subject: Token, source: SourceRef) -> bool:
    """'I think it is legal': the writer's own hedge, not a claim."""
    return site.verb.lemma_.lower() in BELIEF_VERBS and subject.lower_ in ("i", "we", "you")


def _event_states_object(site: Site, reading: Reading, subject: Token, source: SourceRef) -> bool:
    """'Her nomination highlighted these questions': events say nothing."""
    return reading.object_content and not _can_state(subject)


def _finding_without_document(
    site: Site, reading: Reading, subject: Token, source: SourceRef
) -> bool:
    """'The study found that ...', not 'He found that the door was locked'."""
    if site.verb.lemma_.lower() not in FINDING_VERBS or reading.rule == "verb.finding":
        return False
    if site.clause is None:
        return True
    if _finding_source(subject) or source.head_word in _FINDING_SOURCES:
        return False  # "polls show ...", "the FEC filings show that ..."
    # "Pew found that ...", "Mr. Autor and his colleagues found that ...": a named
    # researcher's finding stated as a that-clause ("He found that the door was
    # locked" is a discovery: a pronoun is no researcher)
    said_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in site.clause.children)
    researcher = subject.pos_ != "PRON" and _can_state(subject)
    return not (site.verb.lemma_.lower() == "find" and said_that and researcher)


# What a finding verb's subject can be: a document or evidence (by its lemma, so
# plurals count: "polls", "filings"), or polling and footage.
_FINDING_SOURCES = DOCUMENT_NOUNS | EVIDENCE_NOUNS | {"polling", "email", "e-mail", "footage"}


VETOES: tuple[Callable[[Site, Reading, Token, SourceRef], bool], ...] = (
    _first_person_belief,
    _event_states_object,
    _finding_without_document,
)


# --------------------------------------------------------------------------- the walk


def _verb_claims(
    par: _Paragraph, verb: Token, takes: Takes, used: set[int]
) -> list[RawClaim | QuoteIntroducer]:
    if par.inside_quote(verb.idx) or _hedged(verb):
        return []
    site = read_site(par, verb, takes)
    finders = (_regarded_as,) if takes == Takes.AS else CONTENT_FINDERS
    reading = next((found for find in finders if (found := find(site)) is not None), Reading())
    if takes == Takes.AS and reading.content is None:
        return []
    for adjust in ADJUSTMENTS if takes != Takes.AS else ():
        reading = adjust(site, reading)
    if reading.content is None:
        if not reading.adjacent and not reading.introduces:
            return []
        reading = replace(reading, is_clause=True)
    kept, source = _claim_source(site, reading)
    if not kept:
        return []
    if source is None:
        reading = replace(reading, rule="verb.asked")
    if reading.introduces and reading.content is None and source is not None:
        off = par.offset
        cue_span = _tok_span(verb)
        return [
            QuoteIntroducer(
                source, (cue_span[0] + off, cue_span[1] + off), (off, off + len(par.text))
            )
        ]
    cue = _cue(site)
    if reading.content is None:
        rule = "verb.quote_inverted" if reading.inverted is not None else "verb.quote"
        return _quote_claims(site, reading.adjacent, source, cue, used, rule)
    span = _content_span(site.par, reading.content)
    if span is None:
        return []
    quote = (
        site.par.quote_at(*span)
        or _quote_opening_at(site.par, reading.content[0], span[1])
        or _quote_after_colon(site.par, *span)
    )
    if quote is None:
        return _indirect_claims(site, reading, source, cue, span, used)
    # '"The bridge," he said, "will reopen."': both halves are his
    quotes = sorted({quote, *reading.adjacent}, key=lambda q: q.start)
    return _quote_claims(site, quotes, source, cue, used, reading.rule + ".quote")


def _speaker(site: Site, reading: Reading) -> tuple[Token, SourceRef] | None:
    """The verb's source: its subject (never one inside a quote, the parser's mistake:
    '"The bridge," he said, "will ..."'), the speaker after an inverted cue, or the
    subject a postposed attribution left standing."""
    par, verb = site.par, site.verb
    if reading.postposed_subject is not None:
        found: list[Token] | None = [reading.postposed_subject]
    elif reading.inverted is not None and reading.adjacent:
        found = [reading.inverted]
    else:
        found = _find_subjects(verb, reading.is_clause) or _asking_agent(site)
    subjects = [t for t in found or () if not par.inside_quote(t.idx)]
    if not subjects:
        return None
    source = _source_ref(subjects, par.text, par.offset)
    if source is None:
        return None
    text, off = par.text, par.offset
    verb_end = verb.idx + len(verb.text) + off
    if source.start <= verb.idx + off < source.end:
        # '"...", added KCNA': the parser took the cue for a word of the name
        rest = text[verb_end - off :]
        start = verb_end + len(rest) - len(rest.lstrip())
        if start >= source.end:
            return None
        source = replace(source, start=start, text=text[start - off : source.end - off])
    return subjects[0], source


def _claim_source(site: Site, reading: Reading) -> tuple[bool, SourceRef | None]:
    """Whether the verb makes a claim, and its source: its speaker unless a veto says
    the speaker cannot have said it, or no source for a question nobody named asked."""
    found = _speaker(site, reading)
    if found is None:
        return _asked_by_nobody_named(site, reading), None
    subject, source = found
    return not any(veto(site, reading, subject, source) for veto in VETOES), source


def _asked_by_nobody_named(site: Site, reading: Reading) -> bool:
    """'Asked whether he would run, Smith said ...', 'He was asked what happened': a
    question put by someone the text does not name (PolNeAR: an attribution without a
    source). Only a participle or a passive with no subject and no agent of its own."""
    verb = site.verb
    if (
        verb.lemma_.lower() not in QUESTION_VERBS
        or reading.content is None
        or any(c.dep_ in ("nsubj", "agent", "expl") for c in site.children)
    ):
        return False
    if any(c.dep_ == "nsubjpass" for c in site.children):
        return verb.tag_ == "VBN"
    # the parser tags a sentence's first "Asked" as a past tense
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD")


def _asking_agent(site: Site) -> list[Token] | None:
    """'Asked by the moderator whether ...': the participle's agent asks."""
    verb = site.verb
    if verb.lemma_.lower() not in QUESTION_VERBS or verb.dep_ != "advcl":
        return None
    agent = next((c for c in site.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return [pobj] if pobj is not None else None


def _cue(site: Site) -> tuple[int, int]:
    """The verb, with its particle for a phrasal verb ("pointed out")."""
    verb = site.verb
    cue = _tok_span(verb)
    if verb.lemma_.lower() in PHRASAL_VERBS:
        prt = next(c for c in site.children if c.dep_ == "prt")
        cue = (min(cue[0], prt.idx), max(cue[1], prt.idx + len(prt.text)))
    return cue


def _content_span(par: _Paragraph, content: tuple[int, int]) -> tuple[int, int] | None:
    """A content trimmed of quote marks, but keeping a partial quote whole."""
    text = par.text
    start, end = _trim(text, *content, _TRIM + _QUOTE_MARKS + "`'")
    if start >= end:
        return None
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
    if opened is not None and opened.closed:
        # the parse cut a partial quote short: keep it whole, over as many sentences
        # as it runs ('said he is "weak on trade. Weak like a baby."')
        end = opened.mark_end
    return start, end


def _indirect_claims(
    site: Site,
    reading: Reading,
    source: SourceRef | None,
    cue: tuple[int, int],
    span: tuple[int, int],
    used: set[int],
) -> list[RawClaim | QuoteIntroducer]:
    """The reported content, and a quote a colon adds to it."""
    par, text = site.par, site.par.text
    start, end = span
    if start > cue[1]:  # a clause after its cue ends with its sentence
        end = _first_sentence_end(text, start, end, par.quotes)
        end = _close_interrupted(par, site.verb, start, end)
    claims: list[RawClaim | QuoteIntroducer] = [
        _raw(par, "indirect", source, cue, (start, end), rule=reading.rule)
    ]
    # 'told the press the drugs were only part of it: "What will stop ..."'
    after = next((q for q in par.quotes if q.mark_start >= end), None)
    if (
        after is not None
        and re.fullmatch(r"\s*:\s*", text[end : after.mark_start])
        and len(text[after.start : after.end].split()) >= 4
    ):
        used.add(after.mark_start)
        claims.append(
            _raw(
                par,
                "direct",
                source,
                cue,
                _quote_content(par, after),
                after,
                rule="verb.colon_quote",
            )
        )
    return claims


def _quote_claims(
    site: Site,
    quotes: Sequence[_Quote],
    source: SourceRef | None,
    cue: tuple[int, int],
    used: set[int],
    rule: str,
) -> list[RawClaim | QuoteIntroducer]:
    """A direct claim for each quote not already taken by another cue."""
    claims: list[RawClaim | QuoteIntroducer] = []
    for q in quotes:
        if q.mark_start in used:
            continue
        used.add(q.mark_start)
        span = _quote_content(site.par, q)
        if span[0] < span[1]:
            claims.append(_raw(site.par, "direct", source, cue, span, q, rule=rule))
    return claims
