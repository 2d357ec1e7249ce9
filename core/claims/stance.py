"""Claims of intention, stance and topic made by a verb: "plans to run", "endorsed
Clinton", "talked about the wall".

PolNeAR counts intentions, desires, support and attitudes towards a thing as
attributions, not only statements. These verbs are read only where no reporting-verb
rule found a claim for them (``collect`` calls ``stance_claims`` last), and, since an
attribution is never annotated inside another one's content (not once in PolNeAR's
train split), a stance whose cue lies in another claim's content is dropped
(``drop_nested_stances``): "He said he wants to run" is one claim, the saying.

Rules (the claim's ``rule``):
- ``stance.infinitive``: an intention, commitment or refusal verb with its infinitive
  ("refused to comment", "plans to run"); the content is the infinitive clause, "to"
  included;
- ``stance.object``: a stance verb with its object ("endorsed Clinton", "criticized
  the deal over its cost", "described the talks as productive");
- ``stance.passive``: a stance verb in the passive with its agent ("was endorsed by
  the union"): the agent is the source, the passive subject the content;
- ``stance.verb_prep``: a verb with the preposition that introduces its topic or
  target ("talked about the wall", "voted for Sanders", "pushed back on the claims");
  the preposition is part of the cue, its object is the content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.claims.site import _infinitive_end, _raw
from dramatis.claims.source import _find_subjects, _source_ref
from dramatis.claims.syntax import _can_state, _is_reporting_verb, _subtree_span, _tok_span
from dramatis.claims.text import _TRIM, _trim
from dramatis.lexicon.verbs import (
    APPEARANCE_VERBS,
    DESIRE_VERBS,
    FAVOR_VERBS,
    INTENTION_VERBS,
    SHARE_HEADS,
    STANCE_OBJECT_VERBS,
    STANCE_PREPOSITIONS,
)

if TYPE_CHECKING:
    from dramatis.claims.records import RawClaim, SourceRef
    from dramatis.claims.site import _Paragraph
    from spacy.tokens import Token

# The parser's lemmas for forms it gets wrong ("hoping" -> "hop").
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}

# Complements of a stance verb after its object that say what the stance holds
# against or of it: "criticized X for Y", "attacked X over Y", "described X as Y".
_OBJECT_COMPLEMENT_PREPS = frozenset({"for", "as", "over", "on", "against"})

STANCE_RULES = ("stance.infinitive", "stance.object", "stance.passive", "stance.verb_prep")

# Rules whose claims are dropped when nested in another claim's content: the stances
# and the naming verbs ("She said he called the plan 'reckless'" is one claim), and a
# reputation in passing ("reported that the firm, which is known for ..., lost money").
NESTED_DROPPED_RULES = (
    *STANCE_RULES,
    "phrase.naming",
    "phrase.naming_label",
    "phrase.in_poll",
    "phrase.known_as",
)


def _lemma(verb: Token) -> str:
    return _LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())


def stance_claims(par: _Paragraph, verb: Token) -> list[RawClaim]:
    """The stance claim a verb makes, if it makes one."""
    if not verb.tag_.startswith("VB") or par.inside_quote(verb.idx) or _unasserted(verb):
        return []
    for read in (_intention, _stance_object, _verb_prep):
        found = read(par, verb)
        if found is not None:
            return [found]
    return []


def _unasserted(verb: Token) -> bool:
    """A stance the text does not give as held: "would support", "Do you back ...?",
    "whether he endorses", "voters who want to ..." (a description of the voters),
    "not to oppose", and a stance inside a clause ("showing that they backed X"), which
    is another attribution's content or the author's."""
    if verb.dep_ == "ccomp" or (verb.dep_ == "relcl" and not _held_by_antecedent(verb)):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD"):
            return True
        if child.dep_ == "aux" and child.tag_ == "TO" and not _appearing(verb):
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "whether", "unless"):
            return True
        if child.dep_ == "aux" and child.lemma_ == "do" and subjects and child.i < subjects[0].i:
            return True
    return False


def _appearing(verb: Token) -> bool:
    """'Cruz seemed to blame the network': the subject's stance, as it appears."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in APPEARANCE_VERBS
        and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children)
    )


def _held_by_antecedent(verb: Token) -> bool:
    """'Smith, who opposed the bill, ...': a relative clause set off by a comma says
    what its antecedent holds; "voters who want to ..." (no comma) only describes the
    voters, and "said Smith, who backs Cruz" describes the speaker, whose source
    PolNeAR marks with the clause in it."""
    pronoun = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")),
        None,
    )
    noun = verb.head
    if pronoun is None or pronoun.i < noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "nsubj" and _is_reporting_verb(noun.head) is not None:
        return False
    return _comma_before(pronoun) is not None


def _speaker(par: _Paragraph, verb: Token) -> SourceRef | None:
    """The verb's subject, when it is someone who can hold a stance, or the agent of a
    passive ("was endorsed by X"; the passive subject is then the content)."""
    if any(c.dep_ == "nsubjpass" for c in verb.children) and not _agent(verb):
        return None
    subjects = [t for t in _find_subjects(verb, True) or () if not par.inside_quote(t.idx)]
    if not subjects or not (_can_state(subjects[0]) or _share_of_people(subjects[0])):
        return None
    return _source_ref(subjects, par.text, par.offset)


def _agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _share_of_people(subject: Token) -> bool:
    """A share of people, which holds a stance as its people do: "52 percent of voters
    support ...", "a majority of Republicans opposed ...", "most of the delegates", and
    a bare share of those polled ("two-thirds back the ban", "most oppose it")."""
    lemma = subject.lemma_.lower().split("-")[-1]  # "two-thirds"
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return lemma in SHARE_HEADS
    people = next((c for c in of.children if c.dep_ == "pobj"), None)
    return (
        (lemma in SHARE_HEADS or subject.tag_ == "CD")
        and people is not None
        and people.tag_ not in ("WP", "WDT")  # "the majority of whom": a relative clause
        and _can_state(people)
    )


def _claim(
    par: _Paragraph, verb: Token, cue: tuple[int, int], content: tuple[int, int], rule: str
) -> RawClaim | None:
    content = _trim(par.text, *content, _TRIM + ".")
    if content[0] >= content[1] or par.inside_quote(content[0]):
        return None
    source = _speaker(par, verb)
    if source is None:
        return None
    return _raw(par, "indirect", source, cue, content, rule=rule)


def _intention(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'refused to comment', 'plans to run for the Senate'."""
    if _lemma(verb) not in INTENTION_VERBS:
        return None
    infinitive = next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.i > verb.i and any(a.tag_ == "TO" for a in c.lefts)
        ),
        None,
    )
    if infinitive is None:
        infinitive = _controlled_clause(verb)
    if infinitive is None:
        return None
    start, end = _subtree_span(infinitive)
    finite = [c for c in infinitive.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")]
    if finite:
        # "refused to comment and left": the finite verb is the subject's next act
        end = finite[0].left_edge.idx
    end = _infinitive_end(par, infinitive.left_edge, end)
    return _claim(par, verb, _tok_span(verb), (start, end), "stance.infinitive")


def _controlled_clause(verb: Token) -> Token | None:
    """'wants voters to know ...', 'want all migrants to be deported': a desire for
    what someone else should do, which the parser reads as a clause with its own
    subject and "to"; the clause, its subject included, is the content."""
    if _lemma(verb) not in DESIRE_VERBS:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and any(a.tag_ == "TO" for a in c.lefts)
            and any(a.dep_ in ("nsubj", "nsubjpass") for a in c.lefts)
        ),
        None,
    )


def _cut(head: Token, end: int) -> int:
    """Where an object ends before what the author adds about it: a circumstance
    ("criticized the plan as he toured ..."), a comment set off by a comma ("the trade
    pact, which caused ...") or the subject's next act."""
    for child in head.rights:
        comma = _comma_before(child.left_edge)
        if child.dep_ in ("relcl", "acl", "appos") and comma is not None:
            return min(end, comma.idx)
        if child.dep_ == "advcl" or (child.dep_ == "conj" and child.tag_ in ("VBD", "VBZ")):
            return min(end, child.left_edge.idx)
    return end


def _cut_deep(obj: Token, end: int) -> int:
    """'cited the case of Guccifer 2.0, a group of hackers who ...': a comment set off by
    a comma deeper in the object is the writer's too (a name in apposition is not)."""
    for tok in obj.subtree:
        if tok.i == obj.i or tok.idx >= end:
            continue
        for child in tok.rights:
            comma = _comma_before(child.left_edge)
            if (
                (child.dep_ == "relcl" or (child.dep_ == "appos" and child.pos_ != "PROPN"))
                and comma is not None
                and comma.idx < end
            ):
                end = comma.idx
    return end


def _stance_object(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'endorsed Clinton', 'criticized Trump for his remarks'."""
    if _lemma(verb) not in STANCE_OBJECT_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and _agent(verb):
        return _passive(par, verb)
    if obj is None or obj.tag_ in ("WP", "WDT"):
        return None  # "whom he described as ...": the object is elsewhere
    start, end = _subtree_span(obj)
    end = _cut(obj, end)
    end = _cut_deep(obj, end)
    for child in verb.rights:
        if child.i > obj.i and (
            child.dep_ in ("oprd", "xcomp")
            or (child.dep_ == "prep" and child.lower_ in _OBJECT_COMPLEMENT_PREPS)
            or _object_infinitive(child)
        ):
            end = max(end, _subtree_span(child)[1])
    return _claim(par, verb, _tok_span(verb), (start, end), "stance.object")


def _passive(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'Smith was endorsed by the union': the agent holds the stance, the passive
    subject is what it is about."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.tag_ in ("WP", "WDT", "PRP"):
        return None  # "who was backed by ...", "it was endorsed by ...": elsewhere
    start, end = _subtree_span(subject)
    return _claim(par, verb, _tok_span(verb), (start, _cut(subject, end)), "stance.passive")


def _object_infinitive(child: Token) -> bool:
    """'dismissed the council's plans to raise the fares': an infinitive the parser hung
    on the verb, right after the object, is the object's (a purpose set off by a comma
    is not)."""
    return (
        child.dep_ == "advcl"
        and any(a.tag_ == "TO" and a.i == child.left_edge.i for a in child.lefts)
        and _comma_before(child.left_edge) is None
    )


def _comma_before(tok: Token) -> Token | None:
    """The comma right before a token, perhaps with a quotation mark between them."""
    before = [t for t in reversed(tok.doc[: tok.i]) if not t.is_quote][:1]
    return before[0] if before and before[0].text == "," else None


def _particle(verb: Token) -> Token | None:
    return next(
        (c for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1), None
    )


def _topic_preposition(verb: Token) -> Token | None:
    """The preposition that introduces a stance verb's topic: "talked about", "pushed
    back on", and the "of" of "voted in favor of", "spoke out in favor of"."""
    lemma = _lemma(verb)
    particle = _particle(verb)
    keys = [f"{lemma} {particle.lower_}", lemma] if particle is not None else [lemma]
    if any(k in FAVOR_VERBS for k in keys):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i:
                noun = next((n for n in c.children if n.dep_ == "pobj"), None)
                if noun is not None and noun.lower_ in ("favor", "favour"):
                    of = [o for o in noun.children if o.dep_ == "prep" and o.lower_ == "of"]
                    if of:
                        return of[0]
    preps = next((STANCE_PREPOSITIONS[k] for k in keys if k in STANCE_PREPOSITIONS), None)
    if preps is None:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("prep", "prt") and c.i > verb.i and c.lower_ in preps
        ),
        None,
    )


def _verb_prep(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'talked about the wall', 'pushed back on the claims'."""
    prep = _topic_preposition(verb)
    if prep is None:
        return None
    between = par.doc[verb.i + 1 : prep.i]
    if any(t.is_punct for t in between):
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or obj.tag_ in ("WP", "WDT"):
        return None
    cue = (verb.idx, prep.idx + len(prep.text))
    start, end = _subtree_span(obj)
    end = _cut(obj, end)
    end = _cut_deep(obj, end)
    # "spoke about the need for drivers to ...": the object's modifier, hung on the verb
    after = [c for c in verb.rights if c.i > prep.right_edge.i][:1]
    if (
        after
        and _comma_before(after[0].left_edge) is None
        and (
            (after[0].dep_ == "prep" and after[0].lower_ in ("for", "of"))
            or (after[0].dep_ == "advcl" and after[0].tag_ == "VBG")
        )
    ):
        end = max(end, _subtree_span(after[0])[1])
    # "referred to Rubio as a bright leader": the label is what the source said of him
    label = next(
        (c for c in verb.rights if c.i > prep.i and c.dep_ == "prep" and c.lower_ == "as"), None
    )
    if label is not None:
        end = _subtree_span(label)[1]
    return _claim(par, verb, cue, (start, end), "stance.verb_prep")


def drop_nested_stances(claims: list[RawClaim]) -> list[RawClaim]:
    """A stance inside another claim's content is not a claim of its own: PolNeAR
    annotates only the outermost attribution."""
    return [
        c
        for c in claims
        if c.rule not in NESTED_DROPPED_RULES
        or not any(o is not c and o.content[0] <= c.cue[0] < o.content[1] for o in claims)
    ]
