"""Hedged and unattributed statements: what the text reports without an accountable source.

A news reader most needs to see the statements nobody answers for. Five constructions
carry them, read here on spaCy's dependency parse of one paragraph:

- a hedging adverb scoping over its clause: "He *reportedly* told aides that ...",
  "the man who *allegedly* shot ...";
- an impersonal passive with expletive "it": "*It is believed* that ...", "*it has been
  reported* that ..." (no "by ..." agent: with one, the agent is the source);
- a raising passive: "The minister *is said to* have resigned", "*is expected to* win";
- a verb of appearance: "The deal *seems* to have stalled", "*it appears* that ...";
- an anonymous or generic source as the subject of a reporting cue: "sources said",
  "officials familiar with the matter said", "a person briefed on the talks told ...",
  "critics say". Here the ordinary claim rules already find the claim; the source is
  only recognised as vague (``is_vague_source``), and the claim keeps the vague words as
  its source span, so that a reader sees *who* is vaguely meant.

Decisions, each for precision (PolNeAR's guidelines, section "Some attributions have no
source", treat the first three as attributions with no source, and vague noun phrases
as sources):
- "apparently" and "seemingly" are left out: they mark the author's own inference far
  more often than a report. A verb of appearance with its complement ("X seems to ...",
  "X appeared unmoved", "it appears that ...") is read (``hedged.appearance``): PolNeAR
  counts the impression, with no source, though only about half of them (measured on
  PolNeAR train: 129 of 223 matched); negated and modal ones ("did not seem to", "may
  seem") match a third as often and are left out.
- "It is clear / unclear / known / likely that ..." is not a claim: the author states it.
- "X is expected to win" is a claim with no source: someone expects it, the text does not
  say who (PolNeAR counts it; it is the commonest unsourced forecast in news). "X is
  supposed to" (an obligation) and "X is known to" (presented as fact) are not.
- Negated and modal passives ("it cannot be said that ...") state nothing and are left
  out, except a negated expectation ("is not expected to attend"), which is a forecast.
- Anything inside a direct quote is the speaker's hedge, not the author's, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from dramatis.analysis import ClaimKind
from dramatis.claims.records import QuoteIntroducer, RawClaim
from dramatis.lexicon.verbs import (
    APPEARANCE_VERBS,
    REPORTING_VERBS,
    STANCE_OBJECT_VERBS,
    STANCE_PREPOSITIONS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ADVERB_RULE = "hedged.adverb"
IMPERSONAL_RULE = "hedged.impersonal_passive"
RAISING_RULE = "hedged.raising_passive"
APPEARANCE_RULE = "hedged.appearance"
VAGUE_SOURCE_RULE = "hedged.vague_source"

# Adverbs that say the clause is someone's report, not the author's knowledge.
HEDGING_ADVERBS = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "rumoredly"}
)

# Passive verbs that report what unnamed people say or believe, in both hedged forms.
_REPORTED_BY_NOBODY = frozenset(
    {
        *("say", "believe", "report", "understand", "think", "allege", "rumor", "rumour"),
        *("claim", "fear", "expect", "estimate", "suspect", "assume", "presume"),
    }
)

# Their expletive-"it" form: "it is believed that ...".
IMPERSONAL_VERBS = _REPORTED_BY_NOBODY | {"suggest", "hope", "argue", "speculate"}

# The form that raises the reported clause's subject: "X is said to have ...".
RAISING_VERBS = _REPORTED_BY_NOBODY | {"reckon", "reput", "repute", "purport"}

# Subjects that make no statement of their own: "what seemed most striking".
_FREE_RELATIVES = frozenset({"what", "whatever", "whichever"})

# Heads of a source that names nobody: "sources said", "a source close to ...".
ANONYMOUS_HEADS = frozenset({"source"})

# People-nouns that are anonymous when the phrase says so ("officials familiar with the
# matter", "a person briefed on", "an aide who spoke on condition of anonymity").
PERSON_HEADS = frozenset(
    {
        "official",
        "person",
        "people",
        "aide",
        "insider",
        "diplomat",
        "officer",
        "employee",
        "staffer",
        "executive",
        "member",
        "adviser",
        "advisor",
        "lawmaker",
        "individual",
        "someone",
        "somebody",
        "figure",
        "ally",
        "associate",
        "friend",
        "relative",
        "colleague",
        "negotiator",
        "investigator",
    }
)

# Generic groups that, bare, are the weasel words of news: "critics say", "experts warn".
GENERIC_HEADS = frozenset(
    {
        "analyst",
        "expert",
        "critic",
        "observer",
        "commentator",
        "pundit",
        "insider",
        "skeptic",
        "sceptic",
        "people",
        "some",
        "many",
    }
)
GENERIC_DETERMINERS = frozenset({"some", "many", "most", "several", "other", "few"})

# What makes a person-noun anonymous: adjectives, and the phrases news uses for it.
ANONYMOUS_ADJECTIVES = frozenset({"unnamed", "anonymous", "unidentified"})
# ... inside the source's own phrase: "officials familiar with the matter"
ANONYMOUS_MODIFIER = re.compile(
    r"\b(?:familiar with|close to|briefed (?:on|about)|with (?:direct )?knowledge of|"
    r"knowledgeable about|privy to)\b",
    re.IGNORECASE,
)
# ... anywhere in the sentence: "..., an official said, speaking on condition of anonymity"
ANONYMITY = re.compile(
    r"\b(?:condition of anonymity|on condition that (?:he|she|they) not be|"
    r"(?:not|declined) to be (?:named|identified)|anonymously|"
    r"not authori[sz]ed to (?:speak|discuss|comment))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Hedge:
    """One hedged statement in a parsed text, as offsets into that text."""

    rule: str
    cue: tuple[int, int]
    content: tuple[int, int]


_TRIM = " \t\n,;:\u2014\u2013-"
_END_TRIM = _TRIM + ".!?\u201c"  # and a quote that opens after the clause


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    return start, end


def _clause_end(verb: Token) -> int:
    """Where the verb's clause ends: its subtree, short of a coordinated clause with a
    subject of its own (", but she denied it" is another statement) and of a semicolon."""
    end = verb.right_edge.i + 1
    for child in verb.rights:
        own_clause = child.dep_ == "conj" and _has_subject(child)
        if own_clause:
            joiners = [c for c in verb.rights if c.dep_ in ("cc", "punct") and c.i < child.i]
            end = min(end, joiners[-1].i if joiners else child.left_edge.i)
            break
    semicolon = next((t.i for t in verb.doc[verb.i : end] if t.text == ";"), None)
    return semicolon if semicolon is not None else end


def _char_end(doc: Doc, i: int) -> int:
    """Character end of the token before index ``i``."""
    tok = doc[i - 1]
    return tok.idx + len(tok.text)


def _clause_start(verb: Token) -> int:
    """The first token of the clause: its subject, or the verb group where it has none.
    Fronted adverbials ("On Monday, ...") are context, not the statement."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects:
        return subjects[0].left_edge.i
    group = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    return min([verb.i, *(c.i for c in group)])


# Heads that modify a word rather than make a clause of their own.
_NOT_CLAUSES = frozenset({"amod", "compound", "nmod", "prep", "pobj", "npadvmod", "appos"})


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _adverb_hedge(adverb: Token, text: str) -> Hedge | None:
    """'He reportedly told aides that ...': the adverb's clause is the content."""
    clause = adverb.head
    if clause.dep_ in _NOT_CLAUSES or clause.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None  # "the reportedly stolen car", "reportedly including ...": no clause
    if clause.pos_ in ("ADJ", "NOUN") and not _has_subject(clause):
        return None
    participle = clause.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    )
    if participle and not _has_subject(clause) and clause.dep_ != "relcl":
        return None  # "on allegedly trespassing protesters": a modifier, not a clause
    # "who allegedly shot ...": a relative clause from its pronoun
    relative = clause.dep_ == "relcl"
    start = clause.left_edge.i if relative else min(_clause_start(clause), adverb.i)
    end = _clause_end(clause)
    if end - start < 3:
        return None
    content = _trim(text, clause.doc[start].idx, _char_end(clause.doc, end))
    return Hedge(ADVERB_RULE, (adverb.idx, adverb.idx + len(adverb.text)), content)


def _passive_group(verb: Token, reduced: bool = False) -> tuple[Token, ...] | None:
    """The auxiliaries and adverbs just before a passive ("has been widely", "is"), or
    None when the verb is no agentless passive, or is modal. ``reduced`` also admits a
    passive with no auxiliary ("a bill expected to pass")."""
    children = list(verb.children)
    if verb.tag_ != "VBN" and not (reduced and verb.tag_ == "VBD"):
        return None  # (the parser takes a reduced passive for a past tense at times)
    if not reduced and not any(c.dep_ == "auxpass" for c in children):
        return None
    if any(c.dep_ == "agent" for c in children):
        return None  # "it was reported by Reuters that ...": Reuters is the source
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return None  # "it could be said that ...": nothing is said
    group = []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i:
        if verb.doc[i].dep_ not in ("aux", "auxpass", "neg", "advmod"):
            break
        group.append(verb.doc[i])
        i -= 1
    return tuple(group)


def _cue_span(verb: Token, group: tuple[Token, ...]) -> tuple[int, int]:
    first = min([verb, *group], key=lambda t: t.i)
    return first.idx, verb.idx + len(verb.text)


def _impersonal_hedge(verb: Token, text: str) -> Hedge | None:
    """'It is believed that ...': an expletive subject, a that-clause, no agent."""
    if verb.lemma_.lower() not in IMPERSONAL_VERBS:
        return None
    group = _passive_group(verb)
    if group is None or any(c.dep_ == "neg" for c in group):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "expl")), None)
    if subject is None or subject.lower_ != "it":
        return None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    start = clause.left_edge
    marked = any(t.dep_ == "mark" and t.lower_ in ("that", "whether") for t in clause.lefts)
    if not marked and start.i != verb.i + 1:
        return None  # only "it is said that ..." or "it is said X ..." right after
    content = _trim(text, start.idx, _char_end(verb.doc, _clause_end(clause)))
    if content[1] - content[0] < 8:
        return None
    return Hedge(IMPERSONAL_RULE, (subject.idx, _cue_span(verb, group)[1]), content)


# "X is said to", "there are expected to be", "with X expected to"
_RAISED_SUBJECTS = ("nsubjpass", "expl", "nsubj")


def _raising_hedge(verb: Token, text: str) -> Hedge | None:
    """'The minister is said to have resigned', 'a bill expected to pass': the subject
    and the infinitive are the content, the passive the cue."""
    lemma = verb.lemma_.lower()
    if lemma not in RAISING_VERBS:
        return None
    reduced_relative = verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    absolute = verb.dep_ == "pcomp" and verb.head.lower_ == "with"  # "with X expected to"
    reduced = reduced_relative or absolute
    group = _passive_group(verb, reduced)
    if group is None:
        return None
    if any(c.dep_ == "neg" for c in group) and lemma != "expect":
        return None
    infinitive = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if infinitive is None or not any(c.tag_ == "TO" for c in infinitive.lefts):
        return None
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None  # "as is expected to happen"
    subject = next((c for c in verb.children if c.dep_ in _RAISED_SUBJECTS), None)
    if absolute and subject is None:
        return None
    if subject is not None:
        start = subject.i if verb.dep_ == "relcl" else subject.left_edge.i
    elif reduced_relative:
        start = verb.head.left_edge.i  # "Rubio and Murphy expected to win"
    elif verb.dep_ == "conj":
        start = min([verb, *group], key=lambda t: t.i).i  # "... and is expected to sign"
    else:
        return None
    end = _clause_end(infinitive)
    content = _trim(text, verb.doc[start].idx, _char_end(verb.doc, end))
    return Hedge(RAISING_RULE, _cue_span(verb, group), content)


def _appearance_start(verb: Token, subject: Token) -> int | None:
    """The first token of what seems: the subject, or for a relative clause ("a ritual
    that may seem dated") the noun it is about."""
    if subject.lower_ in _FREE_RELATIVES:
        return None
    if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        return verb.head.left_edge.i
    return subject.left_edge.i


def _first_comma_after(tok: Token, end: int) -> int:
    """A content runs to the first comma, dash or semicolon after its complement's head
    at the clause's own level, and short of an adverbial clause: ", when ...", "even if
    ...", "as ..." are the author's context, not what seems."""
    for t in tok.doc[tok.i + 1 : end]:
        if t.head not in (tok, tok.head):
            continue
        if t.dep_ == "punct" and t.text in (",", ";", "\u2014", "\u2013", "--"):
            return t.i
    return end


def _reports_itself(comp: Token) -> bool:
    """'seemed to confirm the critiques', 'appeared to mock him': a report or a stance
    whose own object is the content, not an impression of the subject."""
    lemma = comp.lemma_.lower()
    return lemma in REPORTING_VERBS or lemma in STANCE_OBJECT_VERBS or lemma in STANCE_PREPOSITIONS


def _appearance_hedge(verb: Token, text: str) -> Hedge | None:
    """'The deal seems to have stalled', 'voters appeared unmoved', 'it appears that
    ...': the subject and its complement (or the clause that seems) are the content."""
    if verb.lemma_.lower() not in APPEARANCE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    comp = next((c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd", "ccomp")), None)
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if comp is None or subject is None:
        return None
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.lefts):
        return None  # "made him appear weak": the maker's doing
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.lefts):
        return None  # "did not seem to care", "may seem odd": little is said to seem so
    verbal = comp.dep_ == "xcomp" and comp.pos_ in ("VERB", "AUX")
    if verbal and (not any(c.tag_ == "TO" for c in comp.lefts) or _reports_itself(comp)):
        return None  # "seemed to confirm X": the confirming is the claim (``verb``)
    expletive = subject.lower_ == "it" and not any(c.dep_ == "xcomp" for c in verb.children)
    if expletive:
        start = comp.left_edge.i  # "it seems (likely) that ...": what seems so
    elif comp.dep_ == "ccomp":
        return None
    else:
        first = _appearance_start(verb, subject)
        if first is None:
            return None
        start = first
    end = _first_comma_after(comp, _clause_end(verb))
    if end - start < 3:
        return None
    content = _trim(text, verb.doc[start].idx, _char_end(verb.doc, end))
    group = [c for c in verb.lefts if c.dep_ in ("aux", "neg") and c.i > subject.i]
    cue_start = subject if expletive else min([verb, *group], key=lambda t: t.i)
    return Hedge(APPEARANCE_RULE, (cue_start.idx, verb.idx + len(verb.text)), content)


def find_hedges(doc: Doc, inside_quote: Callable[[int], bool]) -> list[Hedge]:
    """The hedged statements of one parsed text (adverbs, impersonal and raising
    passives), with offsets into ``doc.text``; those inside a quote are the speaker's."""
    text = doc.text
    found: list[Hedge] = []
    for tok in doc:
        hedge: Hedge | None = None
        if tok.lower_ in HEDGING_ADVERBS and tok.dep_ == "advmod":
            hedge = _adverb_hedge(tok, text)
        elif tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBN", "VBD"):
            hedge = _impersonal_hedge(tok, text) or _raising_hedge(tok, text)
        if hedge is None and tok.lemma_.lower() in APPEARANCE_VERBS:
            hedge = _appearance_hedge(tok, text)
        if hedge is not None and not inside_quote(hedge.cue[0]):
            found.append(hedge)
    return found


# "analysts at X", "critics like X", "experts such as X": X answers for them
_NAMING_PREPOSITIONS = frozenset({"at", "from", "with", "for", "of", "like", "including", "such"})


def _names_someone(tok: Token) -> bool:
    """An apposed or prepositional proper name: "analysts at Goldman Sachs", "a source,
    John Smith, ...", "critics like Huffman" say who, or for whom, they speak."""
    for child in tok.children:
        if child.dep_ == "appos" and any(t.pos_ == "PROPN" for t in child.subtree):
            return True
        speaks_for = child.dep_ == "prep" and child.lower_ in _NAMING_PREPOSITIONS
        if speaks_for and any(t.pos_ == "PROPN" for t in child.subtree):
            return True
        if child.dep_ in ("acl", "relcl") and any(t.lower_ == "by" for t in child.subtree):
            return True  # "economists polled by Reuters"
    return False


def _generic(head: Token) -> bool:
    """'Critics say', 'many analysts believe', 'some argue': a group nobody is in."""
    lemma = head.lemma_.lower()
    if lemma not in GENERIC_HEADS and head.lower_ not in GENERIC_HEADS:
        return False
    if head.lower_ in ("some", "many") and head.pos_ != "PRON" and head.dep_ == "det":
        return False
    if head.lower_ in ("some", "many") and any(c.dep_ == "prep" for c in head.children):
        return False  # "some of the residents": someone the text has named
    if head.tag_ not in ("NNS", "NNPS") and head.lower_ not in ("people", "some", "many"):
        return False
    determiners = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
    if any(d.lower_ not in GENERIC_DETERMINERS for d in determiners):
        return False  # "the analysts", "his critics", "two experts": people meant
    return not _names_someone(head)


def is_vague_source(head: Token) -> bool:
    """Whether a source, given by its head word, names nobody who answers for it."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG"):
        return False
    lemma = head.lemma_.lower()
    if lemma in ANONYMOUS_HEADS:
        return not any(c.dep_ == "appos" for c in head.children)
    if _generic(head):
        return True
    if lemma not in PERSON_HEADS and head.lower_ not in PERSON_HEADS:
        return False
    if any(c.dep_ == "appos" for c in head.children):
        return False
    phrase = head.doc.text[head.left_edge.idx : head.right_edge.idx + len(head.right_edge.text)]
    if any(c.lower_ in ANONYMOUS_ADJECTIVES for c in head.children if c.dep_ == "amod"):
        return True
    if ANONYMOUS_MODIFIER.search(_without_relative_clauses(head)) or ANONYMITY.search(phrase):
        return True
    # "a senior official said": one person the text chooses not to name (bare plurals,
    # "officials said", are as often the institution speaking and are left alone)
    if _introduced(head) and head.tag_ == "NN":
        return True
    # "..., officials said, speaking on condition of anonymity."
    return bool(ANONYMITY.search(head.sent.text)) and (_introduced(head) or _bare(head))


def _without_relative_clauses(head: Token) -> str:
    """The source's phrase short of its relative clauses: "officials close to the talks"
    hides who they are, "lawmakers, who are close to the industry," says what they are."""
    hidden = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    return " ".join(t.text for t in head.subtree if t.i not in hidden)


def _introduced(head: Token) -> bool:
    """'a senior official', 'one aide', 'two people': someone new, left unnamed."""
    determiners = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
    return bool(determiners) and all(
        d.lower_ in ("a", "an", "one", "another", "two", "three", "several", "some")
        for d in determiners
    )


def _bare(head: Token) -> bool:
    return not any(c.dep_ in ("det", "poss") for c in head.children)


# --------------------------------------------------------------------------- the claim layer

_Sourced = TypeVar("_Sourced", RawClaim, QuoteIntroducer)


def mark_vague_sources(doc: Doc, offset: int, items: Sequence[_Sourced]) -> list[_Sourced]:
    """The claims (or quote introducers) of one paragraph, their source marked vague
    where it names nobody; ``resolve`` lists those as kind ``other``. Marking the source
    rather than the claim keeps every other rule as it was: a quote that continues an
    anonymous official's inherits the mark with the source."""
    heads = {tok.idx + offset: tok for tok in doc}
    marked = []
    for item in items:
        src = item.source
        head = heads.get(src.head_start) if src is not None else None
        if src is not None and head is not None and is_vague_source(head):
            item = replace(item, source=replace(src, vague=True))
        marked.append(item)
    return marked


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_content(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared >= 0.8 * (a[1] - a[0]) and shared >= 0.8 * (b[1] - b[0])


def _found_already(hedge: RawClaim, claims: Sequence[RawClaim]) -> bool:
    """A hedge another rule has found, or that a source's own statement holds:
    the same cue, the same content, or the cue inside an attributed content ("The
    ministry said the ship was reportedly seized": the ministry hedges, not the text)."""
    return any(
        _overlaps(hedge.cue, c.cue)
        or _same_content(hedge.content, c.content)
        or (c.source is not None and c.content[0] <= hedge.cue[0] < c.content[1])
        for c in claims
    )


def hedged_claims(
    doc: Doc, offset: int, inside_quote: Callable[[int], bool], claims: Sequence[RawClaim]
) -> list[RawClaim]:
    """Claims of kind ``other`` with no source for the paragraph's hedged statements
    that ``claims`` (the other rules' claims of the paragraph) do not already hold."""
    paragraph = (offset, offset + len(doc.text))
    found: list[RawClaim] = []
    for hedge in find_hedges(doc, inside_quote):
        raw = RawClaim(
            kind="other",
            source=None,
            cue=(hedge.cue[0] + offset, hedge.cue[1] + offset),
            content=(hedge.content[0] + offset, hedge.content[1] + offset),
            paragraph=paragraph,
            rule=hedge.rule,
        )
        if not _found_already(raw, [*claims, *found]):
            found.append(raw)
    return found


def is_hedge(item: RawClaim) -> bool:
    """A claim ``hedged_claims`` made (kept out of quote inheritance)."""
    return item.rule.startswith("hedged.")


def kind_of(item: RawClaim) -> ClaimKind:
    """A source that names nobody ("sources said") leaves the claim unattributed."""
    return "other" if item.source is not None and item.source.vague else item.kind


def rule_of(item: RawClaim) -> str | None:
    """The claim's rule; for a vague source, ``hedged.vague_source.`` before the rule
    that found the claim ("hedged.vague_source.verb.clause"): both stay measurable."""
    if item.source is not None and item.source.vague:
        return f"{VAGUE_SOURCE_RULE}.{item.rule}" if item.rule else VAGUE_SOURCE_RULE
    return item.rule or None
