"""Claims carried by a stance noun and its preposition: "voiced support for the bill",
"raised questions about the deal", "won the endorsement of the union".

A stance noun says little by itself: these rules take it only as the object of a verb
that says who holds the stance (the verb's subject expresses it, or gains the backing
named), and never inside the content of another claim of the paragraph, where
PolNeAR-style attribution keeps only the outer claim.

Rules (the claim's ``rule``): ``nominal.expressed`` / ``nominal.expressed_object``
("voiced support for X", "reiterated his support for X"), ``nominal.gained`` ("won the
endorsement of the union") and ``nominal.that_clause``: a noun of saying or believing
with its "that"-clause ("expressed confidence that ...", "despite complaints that ...",
"the suggestion that ..."), held by the possessor, the "by"/"from" phrase, or the
subject of the verb that governs the noun, else by nobody named; and
``nominal.possessed_subject``: a person's stance noun as a clause's subject ("Mr. Lee's
sharp critique of the budget drew applause", "His support for the plan is firm");
``nominal.possessed``: a possessed act of stance that a verb keeps up or a preposition of
time or manner takes ("stepped up his attacks on the mayor", "after her endorsement of
the mayor"), held by the verb's subject or the possessor; ``nominal.drawn``: criticism
a subject draws, faces or comes under from someone named ("The plan drew criticism from
the union": the union's claim about the plan); ``nominal.light_verb``: a light verb and
a noun of attack or objection ("took aim at", "took a swipe at", "made no secret of").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.claims.records import RawClaim, SourceRef
from dramatis.claims.site import _Paragraph, _raw
from dramatis.claims.source import _author_of, _source_ref
from dramatis.claims.stance import _cut
from dramatis.claims.syntax import _can_state, _noun_that_clause, _subtree_span, _tok_span
from dramatis.claims.text import _trim
from dramatis.lexicon.nouns import (
    CLAUSE_STANCE_NOUNS,
    DOCUMENT_NOUNS,
    DRAWN_STANCE_NOUNS,
    ENDORSEMENT_NOUNS,
    EVIDENCE_NOUNS,
    HELD_STANCE_NOUN_PREPOSITIONS,
    LIGHT_STANCE_NOUN_PREPOSITIONS,
    POSSESSED_STANCE_NOUN_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    STANCE_NOUN_PREPOSITIONS,
)
from dramatis.lexicon.verbs import EXPRESSING_VERBS, GAINING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose subject may be a thing that prompts the stance rather than holds it
_IMPERSONAL_VERBS = frozenset({"raise", "pose", "renew", "signal", "show"})


def nominal_claims(par: _Paragraph, claims: list[RawClaim]) -> list[RawClaim]:
    """The stance-noun claims of a paragraph whose cue lies outside every claim found."""
    found = []
    for tok in par.doc:
        if tok.pos_ != "NOUN" or par.inside_quote(tok.idx):
            continue
        claim = (
            _light_verb_claim(par, tok)
            or _drawn_claim(par, tok)
            or _stance_claim(par, tok)
            or _clause_claim(par, tok)
            or _possessed_claim(par, tok)
            or _held_claim(par, tok)
        )
        if claim is None:
            continue
        cue = claim.cue[0]
        if any(c.content[0] <= cue < c.content[1] for c in claims):
            continue  # "X said Y voiced support for Z": only the outer claim counts
        if claim.rule == "nominal.that_clause" and any(_same_content(claim, c) for c in claims):
            continue  # "made the claim that ...": another rule has it
        found.append(claim)
    return found


def _same_content(a: RawClaim, b: RawClaim) -> bool:
    shared = min(a.content[1], b.content[1]) - max(a.content[0], b.content[0])
    return shared > 0 and 2 * shared >= min(
        a.content[1] - a.content[0], b.content[1] - b.content[0]
    )


def _clause_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'expressed confidence that ...', 'despite complaints that ...'."""
    if noun.lemma_.lower() not in CLAUSE_STANCE_NOUNS:
        return None
    clause = _noun_that_clause(noun)
    if clause is None:
        return None
    content = _trim(par.text, *_subtree_span(clause))
    if content[0] >= content[1] or par.inside_quote(content[0]):
        return None
    verb = _governing_verb(noun)
    holder = _clause_holder(noun, clause, verb)
    if holder is not None and par.inside_quote(holder.idx):
        return None
    if holder is None and _points_back(noun):
        # "the notion that ...", "this claim that ...": someone's particular statement,
        # named outside the sentence; without its holder the claim misleads.
        return None
    source = _source_ref([holder], par.text, par.offset) if holder is not None else None
    cue = _tok_span(noun)
    if verb is not None and 0 < noun.i - verb.i <= 4:
        cue = (verb.idx, cue[1])  # "expressed confidence", "bristled at the suggestion"
    return _raw(par, "indirect", source, cue, content, rule="nominal.that_clause")


def _points_back(noun: Token) -> bool:
    """A definite stance noun ("the idea", "that claim") refers to one holder's stance;
    a bare one ("complaints that", "amid speculation that") is nobody's in particular."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


# Prepositions by which a verb's subject takes up a stance noun: "bristled at the
# suggestion", "cling to the hope", "operating under the assumption"; not a
# circumstance ("despite complaints that ...", "amid reports that ...").
_TAKING_UP_PREPOSITIONS = frozenset(
    {"with", "at", "to", "under", "in", "on", "about", "over", "from"}
)

# Verbs whose subject meets, prompts or handles the stance of others: "drew complaints
# that", "faced criticism that", "sparked fears that", "investigated complaints that".
_OTHERS_STANCE_VERBS = (GAINING_VERBS - {"have"}) | {
    "face",
    "investigate",
    "receive",
    "field",
    "hear",
    "spark",
    "prompt",
    "fuel",
    "stoke",
    "provoke",
    "trigger",
    "contradict",
    "address",
    "assuage",
}


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or by a preposition after it."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        return head
    if noun.dep_ != "pobj" or head.lower_ not in _TAKING_UP_PREPOSITIONS:
        return None
    verb = head.head
    if verb.dep_ in ("advmod", "prt") and verb.head.pos_ == "VERB":
        verb = verb.head  # "backed away from the suggestion"
    return verb if verb.pos_ == "VERB" and verb.i < head.i else None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "my", "our", "your"})


def _possessed_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'Mr. Lee's critique of the budget drew applause': the possessor holds the stance."""
    preps = POSSESSED_STANCE_NOUN_PREPOSITIONS.get(noun.lemma_.lower())
    if preps is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or par.inside_quote(poss.idx):
        return None
    if poss.lower_ not in _POSSESSIVE_PRONOUNS and poss.ent_type_ != "PERSON":
        return None  # "the bill's support for ...", "the party's push for ..."
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = _object_of(prep)
    if prep is None or obj is None:
        return None
    start, end = _subtree_span(obj)
    content = _trim(par.text, start, _cut(obj, end))
    source = _source_ref([poss], par.text, par.offset)
    if source is None or content[0] >= content[1]:
        return None
    first = min((c for c in noun.lefts if c.dep_ == "amod"), default=noun, key=lambda t: t.i)
    cue = (first.idx, prep.idx + len(prep.text))  # "sharp critique of"
    return _raw(par, "indirect", source, cue, content, rule="nominal.possessed_subject")


# Verbs that make a stance of a noun of attack or objection: "took aim at", "landed a dig
# at", "took issue with", "made no secret of".
_LIGHT_VERBS = frozenset({"take", "land", "make", "fire", "throw", "aim"})


def _light_verb_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'The senator took a swipe at the governor', 'made no secret of her plans'."""
    preps = LIGHT_STANCE_NOUN_PREPOSITIONS.get(noun.lemma_.lower())
    verb = noun.head
    if preps is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in _LIGHT_VERBS:
        return None
    if noun.lower_ == "secret" and not any(c.lower_ == "no" for c in noun.children):
        return None  # "made a secret of" is no statement
    prep = next(
        (c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ in preps),
        None,
    )
    obj = _object_of(prep)
    if prep is None or obj is None or prep.i < noun.i:
        return None
    subject = _own_subject(verb)
    if subject is None or par.inside_quote(subject.idx) or not _holds_views(subject):
        return None
    start, end = _subtree_span(obj)
    content = _trim(par.text, start, _cut(obj, end))
    source = _source_ref([subject], par.text, par.offset)
    if source is None or content[0] >= content[1]:
        return None
    return _raw(par, "indirect", source, _cue(verb, prep), content, rule="nominal.light_verb")


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject, borrowed along coordinated verbs; for a relative "who" the
    noun it stands for ("O'Malley, who had taken a shot at ..."), which the claim layer
    then shows as "who" once it is linked to an actor, as for every relative clause."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if subject is not None or verb.dep_ not in ("conj", "xcomp", "advcl"):
            return subject
        verb = verb.head
    return None


# Verbs by which a subject meets the criticism of others: "The plan drew criticism
# from the union", "She faced criticism for the delay", "sparked criticism from ...".
_MEETING_VERBS = frozenset(
    {
        "draw", "face", "receive", "get", "attract", "endure", "spark", "provoke",
        "prompt", "earn", "invite", "field", "weather", "trigger",
    }
)  # fmt: skip


def _drawn_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'The plan drew sharp criticism from the union': the union criticizes the plan;
    'She faced criticism from rivals for the delay': the whole clause is criticized."""
    if noun.lemma_.lower() not in DRAWN_STANCE_NOUNS or _noun_that_clause(noun) is not None:
        return None  # "faced criticism that ...": the clause is said (nominal.that_clause)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() == "come":
        verb = verb.head  # "came under heavy criticism"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _MEETING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("WP", "WDT") or par.inside_quote(subject.idx):
        return None
    preps = [c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.i > noun.i]
    by = next((c for c in preps if c.lower_ in ("from", "by")), None)
    backer = _object_of(by)
    if by is not None and backer is None:  # "from within his own party"
        backer = _object_of(next((c for c in by.children if c.dep_ == "prep"), None))
    if backer is None and noun.lemma_.lower() == "criticism":
        backer = _object_of(next((c for c in noun.children if c.lower_ == "of"), None))
    if backer is None:
        return None  # "faced criticism for ...": whose, the gold names as often as not
    reason = next((c for c in preps if c.lower_ in ("for", "over")), None)
    if reason is None and subject.pos_ == "PRON":
        return None  # "He drew criticism": the criticized one is named elsewhere
    start, end = _subtree_span(subject)
    end = _cut(subject, end)  # "the deal, which would ...": not the relative clause
    if reason is not None:  # "She faced criticism for the delay": all of it is criticized
        end = max(
            _subtree_span(c)[1]
            for c in (noun, *verb.children)
            if c.i >= noun.i and c.dep_ not in ("cc", "conj", "punct", "advcl", "ccomp")
        )
    content = _trim(par.text, start, end)
    source = _source_ref([backer], par.text, par.offset)
    if content[0] >= content[1] or source is None:
        return None
    cue = (verb.idx, noun.idx + len(noun.text))
    return _raw(par, "indirect", source, cue, content, rule="nominal.drawn")


def _held_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'in her criticism of the plan', 'stepped up his attacks on the mayor': a person's
    act of stance, taken up by the verb it is the object of or by a preposition of manner."""
    preps = HELD_STANCE_NOUN_PREPOSITIONS.get(noun.lemma_.lower())
    if preps is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or par.inside_quote(poss.idx):
        return None
    verb = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    if verb is not None and verb.lemma_.lower() not in _KEEPING_UP_VERBS:
        return None  # "defended his criticism of ...": the verb reports the whole stance
    if verb is None and not (noun.dep_ == "pobj" and noun.head.lower_ in _MANNER_PREPOSITIONS):
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = _object_of(prep)
    if prep is None or obj is None:
        return None
    holder = _held_by(par, poss, verb)
    if holder is None:
        return None
    start, end = _subtree_span(obj)
    content = _trim(par.text, start, _cut(obj, end))
    source = _source_ref([holder], par.text, par.offset)
    if source is None or content[0] >= content[1]:
        return None
    first = min((c for c in noun.lefts if c.dep_ == "amod"), default=noun, key=lambda t: t.i)
    start = verb.idx if verb is not None and 0 < noun.i - verb.i <= 4 else first.idx
    cue = (start, prep.idx + len(prep.text))  # "stepped up his attacks on"
    return _raw(par, "indirect", source, cue, content, rule="nominal.possessed")


# Verbs that keep up, sharpen or soften a stance one already holds: "stepped up his
# attacks on", "toned down her criticism of" (the stance is still theirs).
_KEEPING_UP_VERBS = frozenset(
    {
        "step", "ratchet", "escalate", "continue", "keep", "renew", "reboot", "intensify",
        "tone", "soften", "stiffen", "sharpen", "resume", "launch", "lay", "reserve",
        "level", "unleash", "direct", "turn", "double", "redouble", "broaden", "expand",
        "press", "mount", "amplify", "temper", "moderate",
    }
)  # fmt: skip

# Prepositions by which a clause says how or when one takes a stance: "struck a chord
# with his attacks on", "since her endorsement of". Not "in": "unsparing in their
# criticism of" is held by the clause's subject as often as by the possessive.
_MANNER_PREPOSITIONS = frozenset({"with", "during", "after", "before", "since", "from"})


def _held_by(par: _Paragraph, poss: Token, verb: Token | None) -> Token | None:
    """Who holds a possessed stance: the subject of the verb that takes it up ("He
    stepped up his attacks"), else the possessor if it is a person."""
    if verb is not None and poss.lower_ in _POSSESSIVE_PRONOUNS | {"its"}:
        subject = _subject_of(verb)
        if subject is not None and _holds_views(subject) and not par.inside_quote(subject.idx):
            return subject
    if poss.lower_ in _POSSESSIVE_PRONOUNS or poss.ent_type_ == "PERSON":
        return poss
    return None


def _clause_holder(noun: Token, clause: Token, verb: Token | None) -> Token | None:
    """Who holds what the clause says: "her complaint", "criticism from rivals", or
    the subject of the verb that takes the noun up ("He expressed confidence")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    author, _ = _author_of(noun)
    if author is not None and author.i < clause.i:
        return author
    if verb is not None and verb.lemma_.lower() in _OTHERS_STANCE_VERBS:
        return None
    while verb is not None:
        # "began floating the idea", "stirred controversy ... and pushed the notion"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if _holds_views(subject) and subject.tag_ not in ("WP", "WDT") else None
        borrows = verb.dep_ in ("xcomp", "conj") or (
            verb.dep_ == "advcl" and any(c.tag_ == "TO" for c in verb.lefts)
        )  # "relied on precedent to defend the view"
        verb = verb.head if borrows and verb.head.i != verb.i else None
    return None


def _stance_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """The claim of a stance noun that is the object of a verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    lemma, verb_lemma = noun.lemma_.lower(), verb.lemma_.lower()
    if lemma in ENDORSEMENT_NOUNS and verb_lemma in GAINING_VERBS:
        gained = _gained_backing(par, verb, noun)
        if gained is not None:
            return gained
    preps = STANCE_NOUN_PREPOSITIONS.get(lemma)
    if preps is None or verb_lemma not in EXPRESSING_VERBS:
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = _object_of(prep)
    if prep is None or obj is None:
        return None
    source = _stance_holder(par, noun, verb)
    if any(c.dep_ == "poss" for c in noun.children):
        # "reiterated his support for Mr. Trump": the verb reports the whole stance
        content = _trim(par.text, *_subtree_span(noun))
        return _raw(
            par, "indirect", source, _tok_span(verb), content, rule="nominal.expressed_object"
        )
    content = _trim(par.text, *_subtree_span(obj))
    if content[0] >= content[1]:
        return None
    return _raw(par, "indirect", source, _cue(verb, prep), content, rule="nominal.expressed")


def _gained_backing(par: _Paragraph, verb: Token, noun: Token) -> RawClaim | None:
    """'The senator won the endorsement of the union': the union backs the senator."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    backer = _object_of(prep)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if prep is None or backer is None or not subjects or par.inside_quote(subjects[0].idx):
        return None
    source = _source_ref([backer], par.text, par.offset)
    if source is None:
        return None
    content = _trim(par.text, *_subtree_span(subjects[0]))
    if content[0] >= content[1]:
        return None
    return _raw(par, "indirect", source, _cue(verb, prep), content, rule="nominal.gained")


def _stance_holder(par: _Paragraph, noun: Token, verb: Token) -> SourceRef | None:
    """Who holds the stance: a group named on the noun ("renewed Republican calls for"),
    else the verb's subject, which must be one that can speak for the verbs that also
    take things ("The documents raise questions about ..." names nobody)."""
    group = next(
        (
            c
            for c in noun.lefts
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "ORG", "PERSON")
        ),
        None,
    )
    if group is not None:
        return _source_ref([group], par.text, par.offset)
    subject = _subject_of(verb)
    if subject is None:
        # "its calls for ...": the possessor holds the stance
        subject = next((c for c in noun.children if c.dep_ == "poss"), None)
    if subject is None or par.inside_quote(subject.idx):
        return None
    if verb.lemma_.lower() in _IMPERSONAL_VERBS and not _holds_views(subject):
        return None
    return _source_ref([subject], par.text, par.offset)


def _holds_views(subject: Token) -> bool:
    """A speaker that can hold a view, not a document or an event that prompts one."""
    word = subject.lemma_.lower()
    return _can_state(subject) and word not in DOCUMENT_NOUNS and word not in EVIDENCE_NOUNS


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the one it borrows: "began raising questions", "a senator
    who voiced support", "voters expressing concern"."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _object_of(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _cue(verb: Token, prep: Token) -> tuple[int, int]:
    """The verb group through the preposition: "raised new questions about"."""
    start = verb.idx if verb.i < prep.i else _tok_span(prep)[0]
    return start, prep.idx + len(prep.text)
