"""Attitudes: what a source speaks of, written with a verb and its preposition
("talked about the economy", "railed against the ruling")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.claims.records import RawClaim
from dramatis.claims.site import _Paragraph, _raw
from dramatis.claims.source import _find_subjects, _source_ref
from dramatis.claims.syntax import _can_state, _hedged, _subtree_span
from dramatis.claims.text import _TRIM, _trim
from dramatis.lexicon.verbs import PREPOSITIONAL_VERBS

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
