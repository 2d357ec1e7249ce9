"""Questions about one token of the dependency parse, shared by every rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.lexicon.nouns import (
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    EMPTY_OBJECTS,
    NON_STATEMENT_OBJECTS,
    PERSON_NOUNS,
    PROXY_NOUNS,
    ROLE_NOUNS,
    gender_of_word,
)
from dramatis.lexicon.verbs import (
    APPEARANCE_VERBS,
    CONTINUING_VERBS,
    PHRASAL_VERBS,
    PURPOSE_VERBS,
    REPORTING_VERBS,
    Takes,
)
from dramatis.syntax import hyphenated_word

if TYPE_CHECKING:
    from spacy.tokens import Token


def _tok_span(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def _subtree_span(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _noun_that_clause(noun: Token) -> Token | None:
    """The "that"-clause a noun takes ("the claim that ...", "confidence that ...")."""
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "appos")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _is_plural(tok: Token) -> bool:
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    return tok.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in tok.children)


def _role_phrase(tok: Token) -> str | None:
    """'foreign minister' for "the foreign minister" (singular role nouns only)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in ROLE_NOUNS:
        return None
    if any(c.dep_ == "compound" and _is_name(c) and c.i > tok.i for c in tok.children) or (
        tok.dep_ in ("compound", "appos") and _is_name(tok.head)
    ):
        return None  # part of a name: "Foreign Minister Zarif"
    words = [
        c
        for c in tok.lefts
        if c.dep_ in ("amod", "compound", "nmod") and c.tag_ not in ("JJR", "JJS")
    ]
    first = min((w.left_edge.i for w in words), default=tok.i)
    # common words lower-cased ("The Foreign minister" -> "foreign minister"), proper
    # adjectives kept ("Turkish official")
    return " ".join(
        t.text if t.ent_type_ in ("NORP", "GPE") or t.tag_ in ("NNP", "NNPS") else t.lower_
        for t in tok.doc[first : tok.i + 1]
        if not t.is_punct
    )


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _noun_gender(tok: Token) -> str | None:
    gender = gender_of_word(tok.lower_)
    if gender is None:
        for child in tok.lefts:
            gender = gender or gender_of_word(child.lower_)
    return gender


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _is_reporting_verb(tok: Token) -> Takes | None:
    if tok.pos_ not in ("VERB",) and not tok.tag_.startswith("VB"):
        return None
    lemma = tok.lemma_.lower()
    if lemma == "put":
        # "As one diplomat put it, ...": only in this fixed phrase
        has_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        has_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        if not has_it:
            return None
        # "Smith put it bluntly: "..."" takes only the quote next to it
        return Takes.CLAUSE if has_as else Takes.QUOTE
    if lemma in PHRASAL_VERBS:
        if any(c.dep_ == "prt" and c.lower_ == PHRASAL_VERBS[lemma] for c in tok.children):
            return Takes.CLAUSE
        return None
    return REPORTING_VERBS.get(lemma)


def _hedged(verb: Token) -> bool:
    """Negated, modal, infinitival or questioned uses do not attribute a statement."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True  # "if he says that ...": a condition, not a statement
        if child.dep_ == "aux" and child.tag_ == "MD":
            return True
        if (
            child.dep_ == "aux"
            and child.tag_ == "TO"
            and not _continues(verb)
            and _purpose_governor(verb) is None
        ):
            return True
        if (
            child.dep_ == "aux"
            and child.lemma_ == "do"
            and child.i < min((s.i for s in _subjects(verb)), default=-1)
        ):
            return True
    # an imperative or bare infinitive: "Note that ...", "let him say"
    return verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)


def _continues(verb: Token) -> bool:
    """'She went on to say ...', 'He continued to argue ...'."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CONTINUING_VERBS


def _purpose_governor(verb: Token) -> Token | None:
    """The finite verb whose subject speaks in an infinitive of purpose or likelihood:
    "took to Twitter to say ...", "interjected to say ..." (a verb of going on air or
    taking the floor), "Democrats are more likely to say ..." (a poll's finding about
    them); None for any other infinitive ("wants to say", "was asked to say")."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "xcomp")
        or head.i > verb.i
        or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    ):
        return None
    if head.lower_ == "likely" and head.dep_ == "acomp" and verb.dep_ == "xcomp":
        head = head.head
    elif head.lemma_.lower() in APPEARANCE_VERBS and verb.dep_ == "xcomp":
        pass  # "seemed to confirm the critiques": the subject confirms them
    elif head.lemma_.lower() not in PURPOSE_VERBS:
        return None
    # "used the speech to say": "use" alone takes the means as its object
    barred = ("neg", "nsubjpass") if head.lemma_.lower() == "use" else ("neg", "nsubjpass", "dobj")
    if not head.tag_.startswith("VB") or any(
        c.dep_ in barred or (c.dep_ == "aux" and c.tag_ in ("MD", "TO")) for c in head.children
    ):
        return None
    return head


_CIRCUMSTANCE_MARKS = frozenset(
    {"as", "after", "before", "while", "when", "because", "since", "until", "once"}
)


def _circumstance_clause(tok: Token) -> bool:
    """An adverbial clause of time or cause ("as protests spread", "after talks failed")."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in tok.children
    )


def _clause_read_as_object(obj: Token) -> bool:
    """An object whose subtree holds a finite verb with no subject of its own that is
    not a relative clause: the object is really that verb's subject. Or the object is
    the complementizer itself ("writes in an essay that the term derived ...")."""
    if obj.lower_ == "that" and obj.tag_ == "IN":
        return True
    for tok in obj.subtree:
        if (
            tok.tag_ in ("VBD", "VBZ", "VBP")
            and tok.dep_ in ("pcomp", "dep")  # hung on a word of the "object"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        ):
            return True
    return False


def _can_state(subject: Token) -> bool:
    """A subject that can make a statement: a name, a pronoun, or a noun for people,
    groups or documents (not an event: "the nomination highlighted ..."). Also the
    one test for the noun a relative clause hangs on ("the report, which says")."""
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subject.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or lemma in ROLE_NOUNS
        or lemma in COLLECTIVE_NOUNS
        or lemma in PROXY_NOUNS
        or lemma in DOCUMENT_NOUNS
        or hyphenated_word(subject) in DOCUMENT_NOUNS
        or gender_of_word(lemma) is not None
    )


def _is_statement_object(obj: Token) -> bool:
    """An object that can be what was said: not a pronoun, a person or a thing granted
    ("questioned the suspect", "denied him entry")."""
    if obj.lower_ in EMPTY_OBJECTS or obj.pos_ in ("PRON", "PROPN", "NUM"):
        return False
    if obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.lemma_.lower() in ROLE_NOUNS:
        return False
    return obj.lemma_.lower() not in NON_STATEMENT_OBJECTS
