"""Attitudes: what a source speaks of or takes a stance on, written with a verb and
its preposition ("talked about the economy") or a stance noun ("her support for the
bill", "voiced concerns about the plan")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.claims.records import RawClaim
from dramatis.claims.site import _Paragraph, _raw
from dramatis.claims.source import _find_subjects, _source_ref
from dramatis.claims.syntax import _can_state, _hedged, _subtree_span
from dramatis.claims.text import _TRIM, _trim
from dramatis.lexicon.nouns import STANCE_NOUNS
from dramatis.lexicon.verbs import LIGHT_VERBS, PREPOSITIONAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _prepositional_claim(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'talked about the economy', 'railed against the ruling': the object of the
    verb's preposition is what the subject spoke of (a subject that can speak)."""
    preps = PREPOSITIONAL_VERBS.get(verb.lemma_.lower())
    if preps is None or verb.pos_ != "VERB" or par.inside_quote(verb.idx) or _hedged(verb):
        return None
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in preps),
        None,
    )
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or obj is None or par.inside_quote(obj.idx):
        return None
    if any(c.dep_ == "dobj" for c in verb.children) or obj.pos_ == "PRON":
        return None  # "wrote a book about ...", "talked about it": no content here
    between = par.doc[verb.i + 1 : prep.i]
    if any(t.pos_ not in ("ADV", "PART") for t in between):
        return None  # the preposition belongs to a phrase of its own
    subjects = [t for t in _find_subjects(verb, True) or () if not par.inside_quote(t.idx)]
    if not subjects or not _can_state(subjects[0]):
        return None
    source = _source_ref(subjects, par.text, par.offset)
    if source is None:
        return None
    content = _trim(par.text, *_subtree_span(obj), _TRIM + ".")
    if content[0] >= content[1]:
        return None
    cue = (verb.idx, prep.idx + len(prep.text))
    return _raw(par, "indirect", source, cue, content, rule="phrase.prepositional")


def _stance_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'her support for the bill', 'the senator's criticism of the deal', 'voiced
    concerns about the plan': a stance noun whose holder the sentence names."""
    preps = STANCE_NOUNS.get(noun.lemma_.lower())
    if preps is None or par.inside_quote(noun.idx):
        return None
    prep = next(
        (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps and c.i == noun.i + 1),
        None,
    )
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or obj is None or obj.pos_ == "PRON":
        return None
    holder = _stance_holder(noun)
    if holder is None or not _can_state(holder):
        return None
    source = _source_ref([holder], par.text, par.offset)
    if source is None:
        return None
    content = _trim(par.text, *_subtree_span(obj), _TRIM + ".")
    if content[0] >= content[1]:
        return None
    cue = (noun.idx, prep.idx + len(prep.text))
    return _raw(par, "indirect", source, cue, content, rule="phrase.stance")


def _stance_holder(noun: Token) -> Token | None:
    """Who holds a stance: the possessor ("her support"), "by X", or the subject of
    the light verb that carries the noun ("X voiced support for")."""
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None:
        return possessor
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"):
        agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS and not _hedged(verb):
        subjects = _find_subjects(verb, True)
        if subjects and subjects[0].lower_ not in ("it", "this", "that"):
            return subjects[0]
    return None
