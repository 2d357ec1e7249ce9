"""Where a reporting verb's content starts and ends, for each way news sets it out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dramatis.claims.site import _attribution_region, _Paragraph
from dramatis.claims.source import _joins_the_reporter
from dramatis.claims.syntax import _is_reporting_verb, _subjects, _subtree_span
from dramatis.claims.text import _TRIM, _sentence_start, _trim
from dramatis.lexicon.verbs import BELIEF_VERBS, FINDING_VERBS, REPORTING_VERBS, Takes

if TYPE_CHECKING:
    from spacy.tokens import Token


def _clause_content(par: _Paragraph, verb: Token, clause: Token, takes: Takes) -> tuple[int, int]:
    """The span of a that-clause, mended where the parse lost its first words and cut
    before a reporting clause of its own ("..., though X notes that ...")."""
    inner = _postposed_inner_clause(clause)
    if inner is not None:
        # "X said that Y, Cyprus Mail reported": the parser made "Cyprus Mail
        # reported" X's clause; what X said is Y
        clause = inner
    start, end = _subtree_span(clause)
    if clause.i > verb.i:
        # Words between the cue and the clause that belong to neither the cue's other
        # dependents nor the clause are the clause's, lost by the parser.
        owned_deps = (
            "prep",
            "advmod",
            "npadvmod",
            "dative",
            "prt",
            "nsubj",
            "agent",  # "asked by a reporter whether ..."
            "dobj" if Takes.ADDRESSEE in takes else "",
        )
        owned = {
            t.i for c in verb.rights if c.i < clause.i and c.dep_ in owned_deps for t in c.subtree
        }
        for tok in par.doc[verb.i + 1 : clause.left_edge.i]:
            if tok.i not in owned and not tok.is_punct:
                start = min(start, tok.idx)
                break
        if Takes.ADDRESSEE in takes and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children
        ):
            start = min(start, _subject_in_addressee(verb, clause))
    for child in clause.rights:
        if child.dep_ == "conj" and (
            _joins_the_reporter(child)
            or _speakers_next_act(verb, child)
            or _sources_next_act(verb, clause, child)
        ):
            end = min(end, child.left_edge.idx)
            break
        if child.dep_ in ("advcl", "conj", "parataxis") and _reports_on_its_own(child):
            end = min(end, child.left_edge.idx)
            break
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in _SOURCING:
            # "..., citing figures from aid agencies": how the source knows, not what
            # it said
            end = min(end, child.left_edge.idx)
            break
    if clause.i > verb.i:
        end = max(end, _second_that_clause_end(verb, clause), _split_clause_end(verb, clause))
    start, end = _trim(par.text, start, end)
    end = _without_trailing_aside(par, start, end)
    trailing = re.search(
        r"[\s,;]*\b(?:and|but|while|though|although|whereas)$", par.text[start:end]
    )
    if trailing:
        end = start + trailing.start()
    return start, end


def _second_that_clause_end(verb: Token, clause: Token) -> int:
    """'predicted that fares would fall, but that the new routes would ...': a second
    complement opened by "that" after a conjunction is part of what was said, even
    where the parser hung it on the cue rather than on the first clause."""
    end = -1
    last = clause
    for child in verb.rights:
        if child.i <= last.i or child.dep_ not in ("conj", "ccomp"):
            continue
        gap = verb.doc[last.right_edge.i + 1 : child.left_edge.i]
        if not gap or not all(t.is_punct or t.dep_ == "cc" for t in gap):
            break
        if not any(t.dep_ == "cc" for t in gap) or child.left_edge.lower_ != "that":
            break
        end = _subtree_span(child)[1]
        last = child
    return end


def _split_clause_end(verb: Token, clause: Token) -> int:
    """'hope [the technology developed abroad] [can aid them]', 'said [it had no role],
    [had started later]': a parse that split what was said in two and hung both
    halves on the cue; the content runs over the second half too, unless that is a
    report of its own (", adding that ...") or a conjunction opens it."""
    doc = verb.doc
    end = -1
    last = clause
    for child in verb.rights:
        if child.i <= last.i or (child.dep_ == "punct" and child.text == ","):
            continue
        if child.dep_ not in ("ccomp", "advcl"):
            break
        first = next((t for t in child.subtree if not t.is_punct), child)
        gap = doc[last.right_edge.i + 1 : first.i]
        if len(gap) > 1 or any(t.text != "," for t in gap) or last.right_edge.text in ":;":
            break
        if (gap or last.right_edge.is_punct) and (
            child.pos_ not in ("VERB", "AUX")
            or child.tag_ == "VBG"  # ", telling reporters ...": the source's next act
            or any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in child.children)
        ):
            break
        if first.dep_ in ("cc", "preconj") or first.lower_ == "however":
            break
        if _is_reporting_verb(child) is not None or any(
            c.dep_ == "conj" and _is_reporting_verb(c) is not None for c in child.children
        ):
            break
        end = _subtree_span(child)[1]
        last = child
    return end


def _without_trailing_aside(par: _Paragraph, start: int, end: int) -> int:
    """'said disagreements broke out over the arrangement, which one former employee
    considered illegal': a relative clause or an indefinite appositive set off by a
    comma at the end of a paraphrase may be the writer's background, and PolNeAR's
    guidelines leave it out when in doubt (a quoted one is the speaker's own)."""
    for tok in par.doc:
        if not start < tok.idx < end or par.inside_quote(tok.idx):
            continue
        left = tok.left_edge
        if left.i == 0 or par.doc[left.i - 1].text != ",":
            continue
        relative = tok.dep_ == "relcl" and left.lower_ in ("which", "who", "whom", "whose")
        aside = tok.dep_ == "appos" and left.lower_ in ("a", "an")
        if not (relative or aside):
            continue
        right = tok.right_edge
        if right.idx + len(right.text) >= end - 1 and not par.inside_quote(right.idx):
            return _trim(par.text, start, par.doc[left.i - 1].idx)[1]
    return end


# Verbs of saying, not of believing: what a speaker does next. (A naming verb is
# left in: "and called her ..." finds no speaker of its own once cut off.)
_SPEECH_ACTS = frozenset(REPORTING_VERBS) - BELIEF_VERBS


def _speakers_next_act(verb: Token, conj: Token) -> bool:
    """'said she regretted her remarks and promised to stay out of it': a verb of
    saying joined to the reported clause, with no subject of its own and
    in the cue's tense, is the speaker's next act (PolNeAR ends the content before it)."""
    return (
        conj.tag_ in ("VBD", "VBZ")
        and conj.tag_ == verb.tag_
        and conj.lemma_.lower() in _SPEECH_ACTS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
        and any(c.dep_ == "cc" and c.i < conj.i for c in conj.head.children)
        # with a content of its own ("and mentioned a route" has none)
        and any(c.dep_ in ("ccomp", "xcomp") for c in conj.children)
    )


def _finite_tense(tok: Token) -> str | None:
    """The tag of the word that carries a verb's tense: its first auxiliary ("has
    championed" is VBZ), else the verb itself; None for a bare infinitive or participle."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    tag = auxes[0].tag_ if auxes else tok.tag_
    return tag if tag in ("VBD", "VBZ", "VBP", "MD") else None


def _sources_next_act(verb: Token, clause: Token, conj: Token) -> bool:
    """'insists the party must change, and has championed ...': a verb joined to the
    reported clause by "and" or "but", with no subject of its own, in the tense of a
    cue in the present where the clause has another tense, is something the source did
    next, not part of what it said. (After a cue in the past the clause is in the past
    too, so a verb in the past may be either; only a subjunctive clause tells.)"""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in conj.children):
        return False
    joins = [c for c in (*conj.lefts, *clause.children) if c.dep_ == "cc" and c.i < conj.i]
    if not any(c.lower_ in ("and", "but") for c in joins):
        return False
    tense = _finite_tense(conj)
    if tense is None or tense == "MD" or tense != _finite_tense(verb):
        return False
    clause_tense = _finite_tense(clause)
    return clause_tense != tense and (tense in ("VBZ", "VBP") or clause_tense is None)


# Participles that name where a source got what it says: "..., citing officials".
_SOURCING = frozenset({"cite", "quote"})


def _postposed_inner_clause(clause: Token) -> Token | None:
    """The clause a postposed attribution inside a clause reports: "renders" in
    "that the pipeline renders the effort useless, Cyprus Mail reported"."""
    if _is_reporting_verb(clause) is None:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    inner = [c for c in clause.children if c.dep_ == "ccomp" and c.i < subjects[0].i]
    if not inner:
        return None
    gap = clause.doc[inner[-1].right_edge.i + 1 : subjects[0].left_edge.i]
    return inner[-1] if any(t.text == "," for t in gap) else None


def _subject_in_addressee(verb: Token, clause: Token) -> int:
    """Where a subjectless clause's subject starts inside the addressee the parser
    swallowed it into: "told [The Jakarta Post radio broadcasts] were used" is told
    The Jakarta Post that radio broadcasts were used. The addressee is the name; the
    common nouns after it are the clause's subject."""
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i
        ),
        None,
    )
    if obj is None:
        return clause.left_edge.idx
    words = [t for t in obj.subtree if t.dep_ != "det"]
    names = 0
    while names < len(words) and words[names].pos_ == "PROPN":
        names += 1
    if 0 < names < len(words) and all(t.pos_ in ("NOUN", "ADJ") for t in words[names:]):
        return words[names].idx
    return clause.left_edge.idx


# Subordinators that make a clause part of the reported one: "the reckoning will arrive
# sooner because Congress agreed to ...", "that A but that B" (a second complement).
_INSIDE_MARKS = frozenset({"that", "because", "if", "unless", "since", "until", "after", "before"})


def _reports_on_its_own(tok: Token) -> bool:
    """A reporting verb with its own subject, or a participle ("..., further saying")."""
    if _is_reporting_verb(tok) is None or tok.lemma_.lower() in FINDING_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _INSIDE_MARKS for c in tok.children):
        return False
    if tok.tag_ == "VBG":  # a participle reports on its own with a clause or a quote
        after = tok.doc.text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 4]
        return any(c.dep_ == "ccomp" for c in tok.children) or bool(
            re.match(r"[\s,:]*[\"\u201c]", after)
        )
    return any(c.dep_ == "nsubj" for c in tok.children)


def _postposed_region(
    par: _Paragraph, verb: Token, subjects: list[Token]
) -> tuple[int, int] | None:
    """'..., the report said.': content is the sentence up to the attribution."""
    start, end = _attribution_region(par, verb, subjects)
    sent = verb.sent
    rest = par.text[end : sent.end_char]
    if rest.strip(' .,;!?"\u201d\u2019)') or start <= sent.start_char:
        return None
    s_start = _sentence_start(par.text, sent.start_char)
    return _trim(par.text, s_start, start)


_CONNECTIVES = frozenset(
    {
        "which",
        "that",
        "who",
        "and",
        "but",
        "however",
        "so",
        "yet",
        "while",
        "although",
        "though",
        "because",
    }
)


# Dependents that may follow a postposed "officials said": when, where, and an
# adverbial clause ("as talks stalled"), never an object or a clause of its own.
_AFTER_POSTPOSED = frozenset({"npadvmod", "advmod", "prep", "advcl", "punct", "tmod"})


def _fronted_content(par: _Paragraph, verb: Token) -> tuple[int, int] | None:
    """The clause after 'X reported in May, ...': from the comma to the sentence end."""
    region_end = _attribution_region(par, verb, _subjects(verb))[1]
    comma = re.match(r"\s*,\s*", par.text[region_end:])
    if comma is None:
        return None
    start = region_end + comma.end()
    end = verb.sent.end_char
    start, end = _trim(par.text, start, end, _TRIM + ".")
    if len(par.text[start:end].split()) < 3 or par.inside_quote(start):
        return None
    return start, end


def _postposed_without_clause(par: _Paragraph, verb: Token) -> tuple[tuple[int, int], Token] | None:
    """'..., Palestinian health officials said Wednesday, as ...' where the parser
    attached the sentence before the comma to the verb as a subject or not at all:
    the content is what stands before the comma that opens the attribution."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    subject = subjects[-1]
    doc = verb.doc
    first = subject.left_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return None
    if any(c.i > verb.i and c.dep_ not in _AFTER_POSTPOSED for c in verb.children):
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in ("he", "she", "they", "it"):
        return None
    sent = verb.sent
    start = _sentence_start(par.text, sent.start_char)
    start, end = _trim(par.text, start, doc[first - 1].idx)
    if len(par.text[start:end].split()) < 4 or par.inside_quote(start):
        return None
    fragment = [t for t in doc if start <= t.idx < end]
    if fragment[0].pos_ in ("ADP", "SCONJ") or not any(t.pos_ in ("VERB", "AUX") for t in fragment):
        return None  # "In the November deal, Turkey agreed": no statement before it
    return (start, end), subject


def _parenthetical_content(par: _Paragraph, verb: Token, subjects: list[Token]) -> tuple[int, int]:
    """'The deal, he said, is dead.': the clause around the attribution, which stays in
    it unless only a connective ("which, the statement said, ...") stands before it."""
    head_start, head_end = _subtree_span(verb.head)
    region = _attribution_region(par, verb, subjects)
    # 'Many closures, he said, involved public courses, though ...': a clause joined
    # after the comma is the writer's, not the interrupted sentence's
    joined = next(
        (
            m.start()
            for m in _JOINED_AFTER_COMMA.finditer(par.text, region[1], head_end)
            if m.start() > region[1] + 12 and not par.inside_quote(m.start())
        ),
        head_end,
    )
    before = par.text[head_start : region[0]].strip(_TRIM).lower().split()
    if all(word in _CONNECTIVES for word in before):
        return _trim(par.text, region[1], joined, _TRIM + ".")
    return _trim(par.text, head_start, joined, _TRIM + ".")


_JOINED_AFTER_COMMA = re.compile(r",\s+(?:but|whether|since|although|though|while)\b")


def _as_clause_content(par: _Paragraph, verb: Token) -> tuple[int, int] | None:
    """'As the report notes, X.' / 'X, as he said.': the main clause, without the
    as-clause."""
    head_start, head_end = _subtree_span(verb.head)
    as_start, as_end = _subtree_span(verb)
    if as_start <= head_start:
        content = _trim(par.text, as_end, head_end, _TRIM + ".")
    elif as_end >= head_end - 1:
        content = _trim(par.text, head_start, as_start, _TRIM + ".")
    else:
        return None
    return content if content[1] - content[0] > 10 else None


def _close_interrupted(par: _Paragraph, verb: Token, start: int, end: int) -> int:
    """'said the name had to be easy to say and, to prevent stigma, it must not ...':
    the parse ended the clause inside the phrase that interrupts its second half; the
    clause runs on to the end of its sentence."""
    if not re.search(r"\b(?:and|but|or),\s[^,]*$", par.text[start:end]):
        return end
    sent_end = _trim(par.text, end, verb.sent.end_char, _TRIM + ".")[1]
    rest = par.text[end:sent_end]
    if not rest.startswith(",") or par.inside_quote(end):
        return end
    return sent_end
