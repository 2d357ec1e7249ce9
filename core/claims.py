"""Claims: who said, argued, warned or suggested what.

Built on spaCy's dependency parse, for the way news is written:
- a reporting verb (``dramatis.reporting``) with its subject and a clause, quote or
  object: "Advocates argue that ...", "'...,' he said.", "..., the report said.";
- "according to X, ..." anywhere in a sentence;
- participles that take their source from the main clause: "The report questions
  whether ..., arguing that ...";
- direct quotes, straight or curly, over several sentences and paragraphs, whose
  speaker is found next to them or carried over from the quote they continue;
- nouns that carry a that-clause: "the minister's claim that ...".

Contract with ``dramatis.analyzer``:
- ``collect(doc, offset)`` runs once per paragraph on a parsed spaCy ``Doc`` whose
  text is the paragraph (``offset`` is where it starts in the document text) and
  returns plain data only: nothing may keep a reference to the Doc.
- ``source_hints(collected)`` gives the spans of named sources (e.g. "according to
  X") that the actor layer should consider even where NER missed them.
- ``resolve(text, collected, actors)`` runs once over everything collected, after the
  actors are known, and returns the claims (sources linked to actor ids) plus any
  new actors it created (e.g. a speaking role such as "the foreign minister").

Precision comes first: a construction is only read as a claim when its parts are
all there (a subject, a cue, a content), and quotes are only attributed when the
speaker is next to them or they continue an attributed quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from dramatis.analysis import Actor, Claim, ClaimKind, Source, Span
from dramatis.reporting import (
    AUTHORING_VERBS,
    BELIEF_VERBS,
    COLLECTIVE_NOUNS,
    CONTINUING_VERBS,
    DEMONSTRATIVES,
    DOCUMENT_NOUNS,
    EMPTY_OBJECTS,
    EVIDENCE_NOUNS,
    FINDING_VERBS,
    NAMING_VERBS,
    NON_SOURCES,
    NON_STATEMENT_OBJECTS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    PHRASAL_VERBS,
    PROXY_NOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    VIEW_NOUNS,
    Takes,
    gender_of_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source as written, with what resolution needs to know about it."""

    start: int
    end: int
    text: str
    head_start: int
    head_end: int
    head_word: str  # lower-cased head noun (hyphenated words joined: "op-ed")
    pronoun: str  # lower-cased personal pronoun, or ""
    proper: bool  # the head is a proper name
    plural: bool
    author: tuple[int, int] | None = None  # span of "by X" / "X's" for documents and proxies
    author_head: tuple[int, int] | None = None
    role: str | None = None  # canonical role phrase ("foreign minister")
    gender: str | None = None
    definite: bool = False  # "the report" refers back; "a report" introduces one


@dataclass(frozen=True, slots=True)
class RawClaim:
    """A claim found in one paragraph, its source not yet linked to an actor."""

    kind: ClaimKind
    source: SourceRef | None
    cue: tuple[int, int]
    content: tuple[int, int]
    paragraph: tuple[int, int]
    quote_at_paragraph_start: bool = False
    quote_open_at_end: bool = False  # the quote runs unclosed to the paragraph end
    speaker_turn: bool = False  # an interview answer under a speaker tag: kept only for a person


@dataclass(frozen=True, slots=True)
class QuoteIntroducer:
    """A cue that ends its paragraph with a colon: the quote below is its content."""

    source: SourceRef
    cue: tuple[int, int]
    paragraph: tuple[int, int]

    @property
    def content(self) -> tuple[int, int]:
        return self.cue


@dataclass(frozen=True, slots=True)
class PendingQuote:
    """A quote with no speaker next to it, waiting to inherit one from its neighbours."""

    content: tuple[int, int]
    paragraph: tuple[int, int]
    at_paragraph_start: bool
    open_at_end: bool
    whole_paragraph: bool


@dataclass(frozen=True, slots=True)
class Antecedent:
    """Something a later pronoun or document noun may refer back to."""

    start: int
    end: int
    category: Literal["role", "document", "subject"]
    word: str = ""  # head word (documents) or canonical role phrase (roles)
    plural: bool = False
    gender: str | None = None
    author: tuple[int, int] | None = None
    author_head: tuple[int, int] | None = None


Collected = RawClaim | PendingQuote | QuoteIntroducer | Antecedent

# --------------------------------------------------------------------------- quotes

_OPENING = "\u201c\u201e\u00ab"
_CLOSING = "\u201d\u00bb"
_STRAIGHT = '"'
_QUOTE_MARKS = _OPENING + _CLOSING + _STRAIGHT


@dataclass(frozen=True, slots=True)
class _Quote:
    mark_start: int  # the opening mark
    start: int  # first character inside
    end: int  # end of the inside
    mark_end: int  # after the closing mark (== end when unclosed)
    closed: bool


def find_quotes(text: str) -> list[_Quote]:
    """Double-quoted stretches of ``text`` (outermost only); an unclosed quote runs to
    the end of ``text`` and no further.

    A straight quote opens after a space, an opening bracket or dash, or at the
    start, and closes before a space or punctuation; quotes inside quotes nest, so
    that 'The "United States" is not ...' inside a quote does not unpair the rest.
    """
    quotes: list[_Quote] = []
    depth = 0
    open_at = open_len = 0
    single_closes = [j for j, c in enumerate(text) if c == "\u2019" and _closes_single(text, j)]
    i = 0
    while i < len(text):
        ch = text[i]
        width = 1
        if ch == "\u2018" and depth == 0:  # British style: 'We will win,' he said
            k = bisect.bisect_right(single_closes, i)
            if k < len(single_closes):
                close = single_closes[k]
                quotes.append(_Quote(i, i + 1, close, close + 1, True))
                i = close + 1
                continue
            # never closed: an apostrophe after all, which hides nothing
            i += 1
            continue
        if text.startswith(("``", "''"), i):  # Penn Treebank style, as in the WSJ texts
            width = 2
            opens, closes = ch == "`", ch == "'"
        elif ch in _OPENING:
            opens, closes = True, False
        elif ch in _CLOSING:
            opens, closes = False, True
        elif ch == _STRAIGHT:
            before = text[i - 1] if i > 0 else " "
            opens = before.isspace() or before in "([{\u2014\u2013-/:" or i == 0
            closes = _closes_here(text, i)
            if opens == closes:  # no telling from the context: alternate
                opens, closes = depth == 0, depth > 0
        else:
            i += 1
            continue
        if closes and depth > 0:
            depth -= 1
            if depth == 0:
                quotes.append(_Quote(open_at, open_at + open_len, i, i + width, True))
        elif opens:
            if depth == 0:
                open_at, open_len = i, width
            depth += 1
        i += width
    if depth > 0:
        quotes.append(_Quote(open_at, open_at + open_len, len(text), len(text), False))
    quotes.sort(key=lambda q: q.mark_start)
    return [q for q in quotes if text[q.start : q.end].strip()]


def _closes_single(text: str, i: int) -> bool:
    """A right single quote that ends a quote, not an apostrophe ("the players’ union")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in ",.!?\u2026\u2014-" or after in ",.;:!?)"


def _closes_here(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isspace() or after in ".,;:!?)]}\u2014\u2013-"


# --------------------------------------------------------------------------- collect

_TRIM = " \t\n,;:\u2014\u2013-"


def _trim(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _tok_span(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def _subtree_span(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _head_word(tok: Token) -> str:
    """The whole hyphenated word around a token ("op-ed" for "ed"), lower-cased."""
    doc = tok.doc
    i, j = tok.i, tok.i
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text == "-" or doc[i].text == "-"):
        i -= 1
    while (
        j + 1 < len(doc)
        and not doc[j].whitespace_
        and (doc[j + 1].text == "-" or doc[j].text == "-")
    ):
        j += 1
    return doc[i : j + 1].text.lower()


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


def _author_of(head: Token) -> tuple[Token | None, tuple[int, int] | None]:
    """The author of a document or proxy noun: "by X", "from X", "for X", "X's"."""
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ not in PERSONAL_PRONOUNS and child.tag_ != "PRP$":
            return child, _subtree_span(child)
    queue = [c for c in head.rights if c.dep_ == "prep"]
    while queue:
        prep = queue.pop(0)
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ in ("by", "from", "for") and objects:
            obj = objects[0]
            return obj, _subtree_span(obj)
        for obj in objects:  # "an op-ed in The New York Times by X"
            queue.extend(c for c in obj.rights if c.dep_ == "prep")
    for acl in head.rights:  # "a poll published by NBC News"
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return obj, _subtree_span(obj)
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in AUTHORING_VERBS:
        for child in head.head.children:
            if child.dep_ in ("nsubj", "agent"):
                subject = (
                    child
                    if child.dep_ == "nsubj"
                    else next((c for c in child.children if c.dep_ == "pobj"), None)
                )
                if subject is not None and subject.lower_ not in PERSONAL_PRONOUNS:
                    return subject, _subtree_span(subject)
    return None, None


_SOURCE_RIGHT_DEPS = ("prep", "compound", "nummod", "cc", "conj", "pobj", "case", "nmod", "amod")


# Prepositions that belong to who a source is ("Ambassador to the UN", "an op-ed in
# the Journal by X"), not to how or where it spoke.
_SOURCE_PREPOSITIONS = frozenset({"of", "for", "from", "by", "at", "in", "to"})


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _source_ref(subjects: list[Token], text: str, offset: int) -> SourceRef | None:
    head = subjects[0]
    if head.lower_ in DEMONSTRATIVES or head.tag_ in ("WP", "WDT", "EX"):
        return None
    if head.lower_ in ("nobody", "none", "neither", "nothing") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in head.children
    ):
        return None  # "Nobody has claimed that ...", "No one warned ...": no one said it
    if len(subjects) > 1 and _head_word(head) not in DOCUMENT_NOUNS | PROXY_NOUNS:
        # the parser split "Niger's president Mahamadou Issoufou" into two subjects
        head = next((s for s in subjects if s.pos_ == "PROPN"), head)
    start = min(s.left_edge.idx for s in subjects)
    end_tok = head
    for s in subjects:
        right = s
        for child in s.rights:
            if child.dep_ == "punct" and child.text in "-\u2013" and not right.whitespace_:
                right = child  # "Export–Import"
                continue
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and (child.left_edge.i == right.i + 1 or s.pos_ != "PROPN" or indefinite)
                # "The senator, a Democrat from Ohio": a description, not a name
                and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children)
            ):
                # "chief constable Nick Adderley", "a Republican, Mark Amodei,":
                # the name is the source's head
                if s.i == head.i:
                    head = child
                right = child.right_edge
                continue
            if child.dep_ == "punct" and child.text == "," and (s.pos_ != "PROPN" or indefinite):
                appos = next((c for c in s.rights if c.i > child.i), None)
                if appos is not None and appos.dep_ == "appos" and appos.pos_ == "PROPN":
                    continue
            if child.dep_ not in _SOURCE_RIGHT_DEPS or (
                child.dep_ == "prep" and child.lower_ not in _SOURCE_PREPOSITIONS
            ):
                break  # "the countess with feigned severity", "Joshua Wong on Twitter"
            right = child.right_edge
        if right.i > end_tok.i:
            end_tok = right
    end = end_tok.idx + len(end_tok.text)
    if text[start:end].count("(") > text[start:end].count(")") and text[end : end + 1] == ")":
        end += 1  # "the World Health Organization (WHO)"
    first = head.doc[0]
    for tok in head.doc:
        if tok.idx >= start:
            first = tok
            break
    if (
        first.pos_ == "ADJ"
        and first.text.islower()
        and first.i > 0
        and head.doc[first.i - 1].pos_ in ("PRON", "AUX")
    ):
        start = first.idx + len(first.text)  # "Are you aware X said": "aware" is not X's
    start, end = _trim(text, start, end, _TRIM + "\"'\u201c\u201d\u2018\u2019(")
    possessive = re.search(r"[\u2019']s?$", text[start:end])
    if possessive and end - start > 3:
        end -= len(possessive.group())  # "Kim's assertion that ...": the source is Kim
    if start >= end:
        return None
    pronoun = head.lower_ if head.lower_ in PERSONAL_PRONOUNS else ""
    pronoun = pronoun or _POSSESSIVE_PRONOUNS.get(head.lower_, "")  # "her argument"
    word = _head_word(head)
    author_tok, author = (None, None)
    if (
        word in DOCUMENT_NOUNS
        or head.lemma_.lower() in DOCUMENT_NOUNS
        or head.lemma_.lower() in PROXY_NOUNS
    ):
        author_tok, author = _author_of(head)
    role = _role_phrase(head) if not pronoun else None
    gender = gender_of_word(head.lower_) if pronoun else _noun_gender(head)
    return SourceRef(
        start=start + offset,
        end=end + offset,
        text=text[start:end],
        head_start=head.idx + offset,
        head_end=head.idx + len(head.text) + offset,
        head_word=word,
        pronoun=pronoun,
        proper=head.pos_ == "PROPN",
        plural=_is_plural(head),
        author=(author[0] + offset, author[1] + offset) if author else None,
        author_head=(author_tok.idx + offset, author_tok.idx + len(author_tok.text) + offset)
        if author_tok is not None
        else None,
        role=role,
        gender=gender,
        definite=any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in head.children
        ),
    )


def _can_speak(noun: Token, relative: Token) -> bool:
    """Whether the noun a relative clause hangs on can be a source."""
    if relative.lower_ == "who" or noun.pos_ == "PROPN":
        return True
    lemma = noun.lemma_.lower()
    return (
        lemma in DOCUMENT_NOUNS
        or lemma in PROXY_NOUNS
        or lemma in ROLE_NOUNS
        or lemma in COLLECTIVE_NOUNS
        or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    )


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _find_subjects(verb: Token, content_is_clause: bool) -> list[Token] | None:
    """The subject of a reporting verb, borrowed from the main clause where it has none.

    Returns None when no subject can be trusted (the claim is then dropped).
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "the minister, who said that ...", "the report, which says ...", but not
            # "in a way that indicated ..."
            return [verb.head] if _can_speak(verb.head, subjects[0]) else None
        return subjects
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        return [pobj] if pobj is not None else None
    if verb.dep_ == "conj" and _joins_the_reporter(verb):
        return _find_subjects(verb.head.head, content_is_clause)
    if verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBZ", "VBP"):
        return _find_subjects(verb.head, content_is_clause)  # "said ... and added that ..."
    if _continues(verb):
        return _find_subjects(verb.head, True)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and content_is_clause:
        governor = verb.head.head
        if verb.head.lower_ == "by" and governor.pos_ == "VERB":
            return _find_subjects(governor, True)  # "underlined the offer by saying ..."
        if verb.head.lower_ == "as" and governor.lemma_.lower() in ("quote", "cite"):
            passive = [c for c in governor.children if c.dep_ == "nsubjpass"]
            if passive:
                return passive  # "he was quoted as saying ..."
            quoted = [c for c in governor.children if c.dep_ == "dobj"]
            return quoted or None  # "KCNA quoted Kim as saying ..."
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and content_is_clause:
        head = verb.head  # "The report questions whether ..., arguing that ..."
        while head.dep_ == "ccomp" and _is_reporting_verb(head.head) is not None:
            head = head.head  # 'X said Y "...," further saying ...': X is saying
        subjects = _subjects(head)
        if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
            return [head.head]
        if subjects:
            return subjects
        if head.dep_ == "conj":
            return _find_subjects(head.head, True)
    return None


def _joins_the_reporter(verb: Token) -> bool:
    """'The army said it hit militants, and accused the group of ...': a reporting verb
    set off by ", and" after a reported clause is the reporter's next statement, which
    the parser joined to the clause."""
    head = verb.head
    if head.dep_ != "ccomp" or _is_reporting_verb(head.head) is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[max(verb.left_edge.i - 2, 0) : verb.i]
    takes = _is_reporting_verb(verb)
    # set off by a comma, or in the reporter's tense where the clause has another
    # ("said China opposes the visit and urged ...")
    same_tense = verb.tag_ == head.head.tag_ != head.tag_ and verb.tag_ in ("VBD", "VBZ")
    if takes is None or ("," not in [t.text for t in before] and not same_tense):
        return False
    # only a verb with a content of its own ("and mentioned a route" has none)
    return any(c.dep_ == "ccomp" for c in verb.children) or (
        bool(takes & (Takes.OBJECT | Takes.ADDRESSEE))
        and any(c.dep_ == "dobj" for c in verb.children)
    )


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
        if child.dep_ == "aux" and child.tag_ == "TO" and not _continues(verb):
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
    )


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
        if child.dep_ == "conj" and _joins_the_reporter(child):
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
    start, end = _trim(par.text, start, end)
    trailing = re.search(
        r"[\s,;]*\b(?:and|but|while|though|although|whereas)$", par.text[start:end]
    )
    if trailing:
        end = start + trailing.start()
    return start, end


_CIRCUMSTANCE_MARKS = frozenset(
    {"as", "after", "before", "while", "when", "because", "since", "until", "once"}
)


def _circumstance_clause(tok: Token) -> bool:
    """An adverbial clause of time or cause ("as protests spread", "after talks failed")."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in tok.children
    )


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


def _reports_on_its_own(tok: Token) -> bool:
    """A reporting verb with its own subject, or a participle ("..., further saying")."""
    if _is_reporting_verb(tok) is None or tok.lemma_.lower() in FINDING_VERBS:
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


# A dateline opening a wire story: "JERUSALEM (AP) — ", "LONDON, May 3 (Reuters) - ".
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'\u2019-]*[A-Z](?:,[^()\n\u2014]{0,30})?\s*(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]+\s+"
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


def _sentence_start(text: str, start: int) -> int:
    """Where a sentence's words start, after a wire dateline if it opens with one."""
    dateline = _DATELINE.match(text, start)
    return dateline.end() if dateline is not None else start


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
    before = par.text[head_start : region[0]].strip(_TRIM).lower().split()
    if all(word in _CONNECTIVES for word in before):
        return _trim(par.text, region[1], head_end, _TRIM + ".")
    return _trim(par.text, head_start, head_end, _TRIM + ".")


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


def _content_clause(par: _Paragraph, verb: Token, children: list[Token]) -> Token | None:
    """The clause a cue reports: the first after it, else one before it set off by a
    comma ("..., the report said"), never one separated from it by a whole quote."""
    clauses = [c for c in children if c.dep_ == "ccomp"]
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
    groups or documents (not an event: "the nomination highlighted ...")."""
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subject.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or lemma in ROLE_NOUNS
        or lemma in COLLECTIVE_NOUNS
        or lemma in PROXY_NOUNS
        or lemma in DOCUMENT_NOUNS
        or _head_word(subject) in DOCUMENT_NOUNS
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


_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\]?[\"\u201d\u2019]?(?=\s+[\"\u201c]?[A-Z])")
_ABBREVIATION = re.compile(
    r"\b(?:mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sgt|rep|sen|gov|prof|no|vs|inc|corp|co|ltd|jan|feb|"
    r"aug|sept|oct|nov|dec|[a-z])\.$",
    re.IGNORECASE,
)


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


def _first_sentence_end(text: str, start: int, end: int, quotes: Sequence[_Quote] = ()) -> int:
    """Where a clause's first sentence ends: the parser sometimes runs a clause on
    into the next sentence ('... the victims[.]" She went on to say ...'). A quote
    the clause opens runs over its own sentences."""
    for match in _NEXT_SENTENCE.finditer(text, start, end):
        if any(start <= q.mark_start and q.start < match.end() < q.mark_end for q in quotes):
            continue
        if not _ABBREVIATION.search(text, max(start, match.start() - 6), match.start()):
            return match.end()
    return end


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


def _count_quote_marks(text: str) -> int:
    return sum(text.count(mark) for mark in _OPENING + _CLOSING + _STRAIGHT)


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
            return q
    return None


_NAMING_QUOTE_END = re.compile(
    r"\s*(?:$|[.,;:!?)\u2014\u2013-]|(?:and|or|but|while|as|after|before|in|on|at|during"
    r"|because|for|since|when)\b)"
)


def _is_title(text: str, q: _Quote) -> bool:
    """A short quote whose long words are all capitalised: a title, not speech."""
    words = text[q.start : q.end].strip(" .,!?").split()
    long_words = [w for w in words if len(w) > 3]
    return 0 < len(words) <= 8 and all(w[:1].isupper() for w in long_words)


_COORDINATED_QUOTE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _naming_claim(par: _Paragraph, verb: Token, used: set[int]) -> RawClaim | None:
    """'called it "a grave violation"', 'described the talks as "productive"': the
    quoted words are the source's own (a nickname given to a person is not a claim)."""
    if par.inside_quote(verb.idx) or _hedged(verb):
        return None
    if verb.lemma_.lower() == "call":
        appeal = _call_on_or_for(par, verb)
        if appeal is not None:
            return appeal
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or objects[0].ent_type_ == "PERSON" or objects[0].lower_ in ("him", "her"):
        return None
    # the quote follows the object, with at most its modifiers and "as"/"a" between
    # ("the decision of the court a "travesty"", "the talks as "productive"")
    object_end = _tok_span(objects[0])[1]
    quote = next(
        (
            q
            for q in par.quotes
            if q.closed
            and q.mark_start not in used
            and object_end <= q.mark_start <= object_end + 80
            and re.fullmatch(
                r"[^.,;:!?\"\u201c\u201d]*?(?:\s+(?:as|an?|the))*\s*",
                par.text[object_end : q.mark_start],
            )
            and q.end <= verb.sent.end_char + 2
            # the whole complement, not a word quoted inside it ('an "interesting" case')
            and (
                par.text[q.start : q.end].rstrip()[-1:] in ".!?"
                or _NAMING_QUOTE_END.match(par.text, q.mark_end)
            )
        ),
        None,
    )
    if quote is None:
        return None
    subjects = _find_subjects(verb, True)
    subjects = [t for t in subjects or () if not par.inside_quote(t.idx)]
    if not subjects:
        return None
    source = _source_ref(subjects, par.text, par.offset)
    if source is None:
        return None
    used.add(quote.mark_start)
    content = _quote_content(par, quote)
    # 'called it "null and void" and "ridiculous"': the coordinated labels are one claim
    last = quote
    for other in par.quotes:
        if (
            other.mark_start >= last.mark_end
            and other.closed
            and other.end <= verb.sent.end_char + 2
            and _COORDINATED_QUOTE.fullmatch(par.text, last.mark_end, other.mark_start)
        ):
            used.add(other.mark_start)
            last = other
    if last is not quote:
        content = (content[0], _quote_content(par, last)[1])
    return _raw(par, "direct", source, _tok_span(verb), content, quote)


def _call_on_or_for(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'called on Italy to join the project', 'called for an immediate ceasefire': an
    appeal, like "urged", made by a subject that can speak."""
    prep = next(
        (c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "for")),
        None,
    )
    if prep is None:
        # "called for the government to reduce ...", read as a for-clause
        clause = next((c for c in verb.children if c.dep_ == "advcl"), None)
        mark = next((m for m in clause.children if m.dep_ == "mark"), None) if clause else None
        if clause is None or mark is None or mark.lower_ != "for" or mark.i != verb.i + 1:
            return None
        prep, objects = mark, [c for c in clause.children if c.dep_ == "nsubj"]
        if not objects:
            return None
        return _appeal(par, verb, prep, objects[0], clause)
    if prep.i != verb.i + 1:
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    infinitive = next(
        (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > objects[0].i), None
    )
    if prep.lower_ == "on" and infinitive is None:
        return None  # "called on the minister" visits, or asks nothing said here
    return _appeal(par, verb, prep, objects[0], infinitive)


def _appeal(
    par: _Paragraph, verb: Token, prep: Token, obj: Token, infinitive: Token | None
) -> RawClaim | None:
    """The claim of 'called on/for OBJ [to ...]' once its parts are found."""
    objects = [obj]
    if infinitive is not None and any(a.tag_ == "TO" for a in infinitive.children):
        # "called on Italy to join", "called for the government to reduce corruption"
        end = _subtree_span(infinitive)[1]
        joined = [c for c in infinitive.rights if c.dep_ in ("cc", "conj")]
        if joined:  # "... to reduce corruption but at the same time interfered ..."
            end = joined[0].idx
        content = (_subtree_span(objects[0])[0], end)
    elif prep.lower_ == "on":
        return None  # "called on Italy" with no infinitive asks nothing
    else:
        content = _subtree_span(objects[0])
    subjects = [t for t in _find_subjects(verb, True) or () if not par.inside_quote(t.idx)]
    if not subjects or not _can_state(subjects[0]):
        return None
    source = _source_ref(subjects, par.text, par.offset)
    if source is None:
        return None
    content = _trim(par.text, *content)
    cue = (verb.idx, prep.idx + len(prep.text))
    return _raw(par, "indirect", source, cue, content)


# what "according to X" right after these words vouches for is only the rest of
# the sentence, not what came before them
_OPENS_ATTRIBUTED_PART = re.compile(
    r"\b(?:which|who|whom|whose|that|and|but|or|while|whereas|though|although)$",
    re.IGNORECASE,
)


def _according_to(par: _Paragraph, tok: Token) -> RawClaim | None:
    """'According to X, ...' at the start, middle or end of a sentence."""
    if tok.lower_ != "according" or par.inside_quote(tok.idx):
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    source = _source_ref([obj], par.text, par.offset)
    if source is None or obj.lower_ in ("i", "we", "you") or obj.lemma_.lower() in NON_SOURCES:
        return None  # "according to plan" says who said nothing
    sent = tok.sent
    phrase_start, phrase_end = tok.idx, max(_subtree_span(tok)[1], source.end - par.offset)
    s_start, s_end = _trim(
        par.text, _sentence_start(par.text, sent.start_char), sent.end_char, _TRIM + "."
    )
    before = par.text[s_start:phrase_start].strip(_TRIM)
    after = par.text[phrase_end:s_end].strip(_TRIM)
    if not before:
        content = _trim(par.text, phrase_end, s_end)
        # "According to X, quoting Y, ...": the relay is not part of what was said
        relay = re.match(r"\s*quoting\b[^,]*,", par.text[content[0] : content[1]])
        if relay:
            content = _trim(par.text, content[0] + relay.end(), content[1])
    elif _OPENS_ATTRIBUTED_PART.search(before):
        # "a policy which, according to X, the agency has criticised" / "largely rural
        # and, according to X, hostile to the plan": X vouches only for what follows
        # the relative pronoun or conjunction, which may run past the parser's sentence
        # (the parser may hang that part on the source's name, so it starts after the
        # name and its apposition, not after the phrase's subtree)
        named_end = max(
            [source.end - par.offset]
            + [
                _subtree_span(c)[1]
                for c in obj.children
                if c.dep_ == "prep" or (c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"))
            ]
        )
        end = _first_sentence_end(par.text, named_end, len(par.text), par.quotes)
        content = _trim(par.text, named_end, end, _TRIM + ".")
    elif not after:
        content = _trim(par.text, s_start, phrase_start)
    else:
        content = (s_start, s_end)
    if content[0] >= content[1] or len(par.text[content[0] : content[1]].split()) < 3:
        return None
    cue = (tok.idx, to.idx + len(to.text))
    return _raw(par, "according_to", source, cue, content)


def _in_view_of(par: _Paragraph, prep: Token) -> RawClaim | None:
    """'In his view, the sanctions have failed.', 'In the words of one diplomat, ...':
    an opening phrase that attributes the clause after it."""
    if par.inside_quote(prep.idx) or prep.i != prep.sent.start:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or (noun.lemma_.lower() not in VIEW_NOUNS and noun.lower_ not in VIEW_NOUNS):
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if holder is None:
        return None
    source = _source_ref([holder], par.text, par.offset)
    if source is None:
        return None
    phrase_end = _subtree_span(prep)[1]
    comma = re.match(r"\s*,\s*", par.text[phrase_end:])
    if comma is None:
        return None
    content = _trim(par.text, phrase_end + comma.end(), prep.sent.end_char, _TRIM + ".")
    if len(par.text[content[0] : content[1]].split()) < 3:
        return None
    return _raw(par, "indirect", source, (prep.idx, noun.idx + len(noun.text)), content)


def _noun_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'the minister's claim that ...', 'a warning by the ministry that ...'."""
    if (
        noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in REPORTING_NOUNS
        or par.inside_quote(noun.idx)
    ):
        return None
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "appos")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    author_tok, _ = _author_of(noun)
    if author_tok is None:
        # "her argument that ...": a possessive pronoun speaks through its referent
        author_tok = next(
            (c for c in noun.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS),
            None,
        )
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "Her argument is that the court overstepped its authority."
        clause = next(
            (
                c
                for c in noun.head.children
                if c.dep_ in ("ccomp", "attr")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
    if clause is None and author_tok is not None and author_tok.head.head.i == noun.i:
        # "the claim by the opposition that the vote was rigged": the parser hung the
        # clause on the author
        clause = next(
            (
                c
                for c in author_tok.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
            ),
            None,
        )
    if clause is None:
        return None
    if author_tok is None or author_tok.lower_ in PERSONAL_PRONOUNS:
        return None
    source = _source_ref([author_tok], par.text, par.offset)
    if source is None:
        return None
    content = _trim(par.text, *_subtree_span(clause))
    return _raw(par, "indirect", source, _tok_span(noun), content)


def _antecedents(par: _Paragraph) -> Iterable[Antecedent]:
    """Roles, documents and subjects that later pronouns and nouns may refer back to."""
    off = par.offset
    for tok in par.doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head_start, head_end = _tok_span(tok)
        role = _role_phrase(tok)
        if role is not None:
            yield Antecedent(
                head_start + off, head_end + off, "role", role, False, _noun_gender(tok)
            )
        word = _head_word(tok)
        if word in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
            author_tok, author = _author_of(tok)
            yield Antecedent(
                head_start + off,
                head_end + off,
                "document",
                tok.lemma_.lower() if word not in DOCUMENT_NOUNS else word,
                author=(author[0] + off, author[1] + off) if author else None,
                author_head=(author_tok.idx + off, author_tok.idx + len(author_tok.text) + off)
                if author_tok is not None
                else None,
            )
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "chief constable Nick Adderley" makes Adderley a subject, "the EastMed
            # project" does not make EastMed one
            left = tok.idx  # the head, and names set beside it, not its modifiers
            right = max(
                (c.right_edge for c in tok.rights if c.dep_ in ("appos", "flat")),
                default=tok,
                key=lambda t: t.i,
            )
            yield Antecedent(
                left + off,
                right.idx + len(right.text) + off,
                "subject",
                tok.lower_,
                _is_plural(tok),
            )


# A transcript's speaker tag opening a paragraph: "((Jane Doe)) ..." (Wikinews) or
# "Jane Doe: ..." / "JANE DOE: ...".
_SPEAKER_TAG = re.compile(
    r"\(\((?P<wrapped>[^()\n]{2,60})\)\)\s+"
    r"|(?P<plain>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}):\s+(?=\S)"
)


def _speaker_turn(par: _Paragraph) -> RawClaim | None:
    """An interview answer: the paragraph after a speaker tag is the speaker's own words.

    A question (a turn ending in "?") is no claim; a plain "Name:" tag must be a name
    the parser knows as a person ("Update:" is not); a wrapped tag is checked against
    the actors when resolving.
    """
    match = _SPEAKER_TAG.match(par.text)
    if match is None:
        return None
    group = "wrapped" if match.group("wrapped") else "plain"
    name_start, name_end = _trim(par.text, match.start(group), match.end(group))
    content = _trim(par.text, match.end(), len(par.text))
    answer = par.text[content[0] : content[1]]
    if len(answer.split()) < 3 or answer.rstrip(' "\u201d)')[-1:] == "?":
        return None
    names = [t for t in par.doc if name_start <= t.idx < name_end]
    if not names or (group == "plain" and not any(t.ent_type_ == "PERSON" for t in names)):
        return None
    head = names[-1]
    off = par.offset
    source = SourceRef(
        start=name_start + off,
        end=name_end + off,
        text=par.text[name_start:name_end],
        head_start=head.idx + off,
        head_end=head.idx + len(head.text) + off,
        head_word=head.lower_,
        pronoun="",
        proper=True,
        plural=False,
    )
    tag_end = _trim(par.text, match.start(), match.end())[1]
    return RawClaim(
        kind="direct",
        source=source,
        cue=(match.start() + off, tag_end + off),
        content=(content[0] + off, content[1] + off),
        paragraph=(off, off + len(par.text)),
        speaker_turn=True,
    )


def collect(doc: Doc, offset: int) -> list[Collected]:
    """Claims, unattributed quotes and antecedents of one parsed paragraph."""
    text = doc.text
    par = _Paragraph(doc, text, offset, find_quotes(text))
    claims: list[RawClaim] = []
    turn = _speaker_turn(par)
    if turn is not None:
        claims.append(turn)
    introducers: list[QuoteIntroducer] = []
    used: set[int] = set()
    for tok in doc:
        takes = _is_reporting_verb(tok)
        if takes is not None:
            for found_claim in _verb_claims(par, tok, takes, used):
                if isinstance(found_claim, QuoteIntroducer):
                    introducers.append(found_claim)
                else:
                    claims.append(found_claim)
        elif tok.lemma_.lower() in NAMING_VERBS:
            named = _naming_claim(par, tok, used)
            if named is not None:
                claims.append(named)
        elif tok.lower_ == "in" and tok.dep_ == "prep":
            found = _in_view_of(par, tok)
            if found is not None:
                claims.append(found)
        elif tok.lower_ == "according":
            found = _according_to(par, tok)
            if found is not None:
                claims.append(found)
        elif tok.pos_ == "NOUN":
            found = _noun_claim(par, tok)
            if found is not None:
                claims.append(found)
    claims.extend(_channel_led_quotes(par, used))
    claims = _drop_nested(claims)
    items: list[Collected] = list(_antecedents(par))
    items.extend(claims)
    items.extend(introducers[-1:])
    # Quotes nobody was found next to: they may continue a neighbour's quote.
    claimed = [c.content for c in claims]
    for q in par.quotes:
        if q.mark_start in used:
            continue
        content = _quote_content(par, q)
        absolute = (content[0] + offset, content[1] + offset)
        if any(c[0] <= absolute[0] and absolute[1] <= c[1] for c in claimed):
            continue
        if not _standalone(text, q, 2 if any(c.kind == "direct" for c in claims) else 4):
            continue
        items.append(
            PendingQuote(
                content=absolute,
                paragraph=(offset, offset + len(text)),
                at_paragraph_start=not text[: q.mark_start].strip(),
                open_at_end=not q.closed,
                whole_paragraph=not text[: q.mark_start].strip() and not text[q.mark_end :].strip(),
            )
        )
    items.sort(key=_position)
    return items


# 'In a statement: "..."' / 'In a tweet on Sunday: "..."': the channel names a
# statement whose speaker the sentence leaves out
_CHANNEL_LEAD = re.compile(
    r"(?:^|(?<=[.!?\]\u201d\"]\s))\s*(?P<cue>In (?:an?|its|his|her|their|the) (?:[\w-]+ ){0,2}?"
    r"(?:statement|tweet|post|letter|message|communiqu\u00e9|communique|release))"
    r"(?: [^:\"\u201c\u201d.!?]{0,60})?:\s*$"
)


def _channel_led_quotes(par: _Paragraph, used: set[int]) -> list[RawClaim]:
    """A quote a sentence introduces with only its channel: listed with no source,
    since the sentence names none (precision before a guess from the context)."""
    found = []
    for q in par.quotes:
        if q.mark_start in used or not q.closed:
            continue
        lead = _CHANNEL_LEAD.search(par.text, 0, q.mark_start)
        if lead is None or len(par.text[q.start : q.end].split()) < 3:
            continue
        used.add(q.mark_start)
        found.append(_raw(par, "direct", None, lead.span("cue"), _quote_content(par, q), q))
    return found


def _opens_sentence(text: str, q: _Quote) -> bool:
    """A quote of four words or more that starts its own sentence."""
    before = text[: q.mark_start].rstrip()
    return (not before or before[-1] in ".?!:") and len(text[q.start : q.end].split()) >= 4


def _standalone(text: str, q: _Quote, min_words: int = 4) -> bool:
    """A quote that is a sentence of its own, not a phrase quoted inside a sentence
    (shorter ones count beside a quote already attributed in the paragraph)."""
    before = text[: q.mark_start].rstrip()
    if before and before[-1] not in '.?!:\u201d"':
        return False
    after = text[q.mark_end :].lstrip()
    inner = text[q.start : q.end].strip()
    if after and after[0].islower():
        return False
    return len(inner.split()) >= min_words and (inner[-1:] in ".?!\u2026" or not q.closed)


def _drop_nested(claims: list[RawClaim]) -> list[RawClaim]:
    """A cue inside another claim's content of the same source is part of that claim."""
    kept = []
    for c in claims:
        nested = any(
            o is not c
            and o.content[0] <= c.cue[0] < o.content[1]
            and o.kind == "direct"
            and o.source is not None
            and c.source is not None
            and o.source.start == c.source.start
            for o in claims
        )
        if not nested:
            kept.append(c)
    return kept


def _position(item: Collected) -> tuple[int, int]:
    if isinstance(item, (RawClaim, QuoteIntroducer)):
        return (min(item.cue[0], item.content[0]), 1)
    if isinstance(item, PendingQuote):
        return (item.content[0], 1)
    return (item.start, 0)


# --------------------------------------------------------------------------- hints


def source_hints(collected: Sequence[Collected]) -> list[Span]:
    """Proper-name sources and authors of speaking documents ("An analysis by X"), for
    the actor layer to make actors of where NER missed them."""
    hints: dict[tuple[int, int], Span] = {}
    for item in collected:
        if not isinstance(item, RawClaim) or item.source is None:
            continue
        src = item.source
        spans = []
        if src.proper and not src.pronoun:
            spans.append(_name_span(src.text, src.start, src.head_start))
        if src.author_head is not None and src.start <= src.author_head[0] < src.end:
            spans.append(_name_span(src.text, src.start, src.author_head[0]))
        for span in spans:
            if span is not None:
                hints[(span.start, span.end)] = span
    return sorted(hints.values(), key=lambda s: s.start)


_POSSESSIVE = re.compile(r"[\u2019']s?$")


def _name_span(text: str, start: int, head_start: int) -> Span | None:
    """The run of capitalised words around the head of a source ("Human Rights Watch")."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", text)]
    idx = next((i for i, w in enumerate(words) if w[0] <= head_start < w[1]), None)
    if idx is None or not words[idx][2][:1].isupper():
        return None
    i = j = idx
    while (
        i > 0
        and words[i - 1][2][:1].isupper()
        and words[i - 1][2].lower() not in ("the", "a", "an")
        and not words[i - 1][2].endswith((",", ";", ":"))
    ):
        i -= 1
    while (
        j + 1 < len(words)
        and words[j + 1][2][:1].isupper()
        and not words[j][2].endswith((",", ";", ":"))
    ):
        j += 1
    s, e = words[i][0], words[j][1]
    raw = text[s - start : e - start].rstrip(",.;:)")
    raw = _POSSESSIVE.sub("", raw).rstrip()
    if not raw or raw.lower() in PERSONAL_PRONOUNS:
        return None
    return Span(s, s + len(raw), raw)


# --------------------------------------------------------------------------- resolve

PRONOUN_WINDOW = 2500  # characters back to look for a pronoun's antecedent


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    actor: str
    kind: str


class _ActorIndex:
    def __init__(self, actors: Sequence[Actor]) -> None:
        self.mentions = sorted(
            (_Mention(m.start, m.end, a.id, a.kind) for a in actors for m in a.mentions),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        self.by_name: dict[str, str] = {}
        for a in actors:
            for name in (a.name, *a.aliases):
                self.by_name.setdefault(_normal(name), a.id)
        self.kind = {a.id: a.kind for a in actors}
        self.names = {a.id: a.name for a in actors}

    def overlapping(self, start: int, end: int) -> list[_Mention]:
        i = bisect.bisect_left(self.starts, start - 200)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end > start:
                out.append(m)
        return out

    def before(self, pos: int, window: int) -> list[_Mention]:
        lo = bisect.bisect_left(self.starts, pos - window)
        hi = bisect.bisect_left(self.starts, pos)
        return self.mentions[lo:hi]


def _normal(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    return re.sub(r"[\u2019']s$", "", name)


@dataclass(slots=True)
class _Resolver:
    text: str
    index: _ActorIndex
    roles: dict[str, Actor]
    role_mentions: dict[str, list[Span]]
    # (position, actor id or None, category, plural, gender) of resolved speakers
    speakers: list[tuple[int, str | None, str, bool, str | None]]
    documents: list[tuple[int, str, str | None]]  # (position, word, author actor)
    antecedents: list[Antecedent]
    subjects: list[tuple[int, int]]  # subject phrases, sorted
    genders: dict[str, str]  # person actor -> "m" / "f", from the pronouns after it
    # contents of the claims people made so far: a name inside what a person said is
    # not who a later "he said" refers to ("He believes Harris is eligible. He says
    # ..."); a name inside what a document or an agency reported may well be
    contents: list[tuple[int, int]] = field(default_factory=list)
    lower: str = ""  # the text lower-cased, once
    titles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role -> titled people

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    def actor_at(self, start: int, end: int, kinds: tuple[str, ...] = ()) -> str | None:
        for m in self.index.overlapping(start, end):
            if not kinds or m.kind in kinds:
                return m.actor
        return None

    def author_actor(
        self, author: tuple[int, int] | None, author_head: tuple[int, int] | None
    ) -> str | None:
        if author_head is not None:
            found = self.actor_at(*author_head)
            if found:
                return found
        if author is not None:
            found = self.actor_at(*author, kinds=("person", "organization", "group"))
            if found:
                return found
            name = _normal(self.text[author[0] : author[1]])
            return self.index.by_name.get(name)
        return None

    def role_actor(
        self, role: str, start: int, end: int, gender: str | None, definite: bool = False
    ) -> str:
        named = self.titled_person(role, start)
        if named is not None:
            return named
        key = f"role:{role.lower()}"
        if key not in self.roles and definite:
            # "the foreign minister said ... The minister said": the shorter definite
            # role refers back to the one role it shortens
            longer = [
                k
                for k in self.roles
                if k.endswith(" " + role.lower()) or k.startswith(f"role:{role.lower()} ")
            ]
            if len(longer) == 1:
                key = longer[0]
                found = self.lower.rfind(role.lower(), max(0, start), end)
                if found >= 0:
                    self.role_mentions[key].append(
                        Span(found, found + len(role), self.text[found : found + len(role)])
                    )
                return key
        if key not in self.roles:
            self.roles[key] = Actor(key, role, "person", (role,), ())
            self.role_mentions[key] = []
        found = self.lower.rfind(role.lower(), max(0, start - len(role)), end)
        if found >= 0:  # the role phrase itself, as the other mentions of the role
            start, end = found, found + len(role)
        self.role_mentions[key].append(Span(start, end, self.text[start:end]))
        return key

    def titled_person(self, role: str, before: int) -> str | None:
        """A person introduced earlier with this role as a title: "Foreign Minister X"."""
        key = role.lower()
        if key not in self.titles:
            written = [re.escape(role), *(re.escape(a) for a in TITLE_ABBREVIATIONS.get(key, ()))]
            pattern = re.compile(
                "(?i:"
                + "|".join(written)
                + r")\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*)"
            )
            found = []
            for match in pattern.finditer(self.text):
                actor = self.actor_at(match.start(1), match.end(1), kinds=("person",))
                if actor is not None:
                    found.append((match.start(), actor))
            self.titles[key] = found
        titled = self.titles[key]
        i = bisect.bisect_left(titled, (before, ""))
        return titled[i - 1][1] if i > 0 else None

    def pronoun_actor(self, pronoun: str, pos: int) -> tuple[str | None, bool]:
        """The actor a source pronoun refers to; the flag says an antecedent was found."""
        if pronoun in ("he", "she"):
            gender = "m" if pronoun == "he" else "f"
            best: tuple[int, str | None] | None = None
            for sp_pos, actor, category, plural, sp_gender in reversed(self.speakers):
                if sp_pos < pos - PRONOUN_WINDOW:
                    break
                if sp_pos >= pos:
                    continue
                if (
                    category == "person"
                    and not plural
                    and sp_gender in (None, gender)
                    and self.genders.get(actor or "") in (None, gender)
                ):
                    best = (sp_pos, actor)
                    break
            for m in reversed(self.index.before(pos, PRONOUN_WINDOW)):
                if m.kind != "person" or (best is not None and m.start <= best[0]):
                    continue
                if self._in_content(m.start):
                    continue
                if self._subject_overlaps(m) and self._gender_ok(m, gender):
                    best = (m.start, m.actor)
                    break
            paragraph_start = self.text.rfind("\n", 0, pos) + 1
            if best is None or best[0] < paragraph_start:
                # "For Gonzalez, ... 'What now?' she asks.": a person of the pronoun's
                # known gender named earlier in its own paragraph, in any role, beats
                # someone from before the paragraph
                for m in reversed(self.index.before(pos, pos - paragraph_start)):
                    if (
                        m.kind == "person"
                        and m.start >= paragraph_start
                        and self._known_gender(m.actor) == gender
                        and not self._in_content(m.start)
                    ):
                        best = (m.start, m.actor)
                        break
            for ant in reversed(self.antecedents):
                if ant.start < pos - PRONOUN_WINDOW or (best is not None and ant.start <= best[0]):
                    break
                if ant.start >= pos:
                    continue
                if (
                    ant.category == "role"
                    and ant.gender in (None, gender)
                    and self._subject_overlaps_span(ant.start, ant.end)
                    and not self._in_content(ant.start)
                ):
                    best = (ant.start, self.role_actor(ant.word, ant.start, ant.end, ant.gender))
                    break
            if best is None:
                return None, False
            return best[1], True
        if pronoun in ("it", "they"):
            plural = pronoun == "they"
            found: tuple[int, str | None] | None = None
            for sp_pos, actor, category, sp_plural, _ in reversed(self.speakers):
                if sp_pos < pos - PRONOUN_WINDOW:
                    break
                if sp_pos >= pos:
                    continue
                if category != "person" and (sp_plural == plural or not plural):
                    found = (sp_pos, actor)
                    break
            if not plural:
                # "IG Metall condemned the plan. '...,' it said": an organisation that
                # was the subject of a sentence since the last speaker
                for m in reversed(self.index.before(pos, PRONOUN_WINDOW)):
                    if found is not None and m.end <= found[0]:
                        break
                    if (
                        m.kind == "organization"
                        and self._subject_overlaps(m)
                        and not self._in_content(m.start)
                    ):
                        found = (m.start, m.actor)
                        break
            if found is None:
                return None, False
            return found[1], True
        return None, False

    def _known_gender(self, actor: str) -> str | None:
        """The gender the text showed for an actor: by the pronouns after its mentions,
        or by the pronoun it last spoke as ("He claims ..." resolved to it)."""
        if actor in self.genders:
            return self.genders[actor]
        for _, speaker, _, _, sp_gender in reversed(self.speakers):
            if speaker == actor and sp_gender is not None:
                return sp_gender
        return None

    def _in_content(self, pos: int) -> bool:
        """Whether ``pos`` lies inside what a recent claim said (the last few suffice:
        a pronoun looks back only over the claims just before it)."""
        return any(start <= pos < end for start, end in self.contents[-6:])

    def _subject_overlaps(self, m: _Mention) -> bool:
        return self._subject_overlaps_span(m.start, m.end)

    def _subject_overlaps_span(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.subjects, (end, end))
        return any(
            s_start < end and start < s_end for s_start, s_end in self.subjects[max(0, i - 3) : i]
        )

    def _gender_ok(self, m: _Mention, gender: str) -> bool:
        title = self.text[max(0, m.start - 6) : m.start].strip().lower().split()
        marked = gender_of_word(title[-1]) if title else None
        return marked in (None, gender) and self.genders.get(m.actor) in (None, gender)

    def document_actor(self, word: str, pos: int) -> str | None:
        for doc_pos, doc_word, actor in reversed(self.documents):
            if doc_pos < pos and doc_word == word and actor is not None:
                return actor
        for doc_pos, _, actor in reversed(self.documents):
            if doc_pos < pos and actor is not None:
                return actor
        return None

    def source_actor(self, src: SourceRef) -> tuple[str | None, str]:
        """The actor a source refers to, and its category for later pronouns."""
        if src.pronoun:
            actor, _ = self.pronoun_actor(src.pronoun, src.start)
            kind = self.index.kind.get(
                actor or "", "person" if actor and actor.startswith("role:") else ""
            )
            category = "person" if src.pronoun in ("he", "she") else (kind or "other")
            return actor, category
        is_document = src.head_word in DOCUMENT_NOUNS
        is_proxy = src.head_word in PROXY_NOUNS
        if is_proxy and src.head_word in ROLE_NOUNS:
            # "A spokeswoman for FEMA, Lizzie Litzow": the named person speaks
            named = self.actor_at(src.head_end, src.end, kinds=("person",))
            if named is not None:
                return named, "person"
        if not (is_document or is_proxy):
            head = self.actor_at(src.head_start, src.head_end)
            if head is not None:
                return head, self.index.kind.get(head, "other")
        if src.author is not None:
            author = self.author_actor(src.author, src.author_head)
            if author is not None:
                if is_document:
                    self.documents.append((src.start, src.head_word, author))
                return author, "document" if is_document else self.index.kind.get(author, "other")
        if is_document:
            author = self.document_actor(src.head_word, src.start) if src.definite else None
            self.documents.append((src.start, src.head_word, author))
            return author, "document"
        if src.role is not None and not src.plural:
            role = src.role
            if src.author is not None and src.author[0] >= src.head_end:
                # "a spokesman for the army" and "a spokesman for the opposition" are two
                # people; the unnamed organisation they speak for tells them apart
                tail = self.text[src.head_end : src.author[1]]
                role = role + " " + " ".join(tail.split())
            actor = self.role_actor(role, src.start, src.end, src.gender, src.definite)
            return actor, "person"
        if src.proper:
            name = self.index.by_name.get(_normal(src.text))
            if name is not None:
                return name, self.index.kind.get(name, "other")
        head = self.actor_at(src.head_start, src.head_end)
        if head is not None:
            return head, self.index.kind.get(head, "other")
        if src.definite and not src.plural and src.head_word in COLLECTIVE_NOUNS | PROXY_NOUNS:
            named = self.named_body(src.head_word, src.start)
            if named is not None:
                return named, self.index.kind.get(named, "other")
        return None, "other"

    def named_body(self, word: str, before: int) -> str | None:
        """'the ministry' after 'the Foreign Ministry': the latest organisation whose
        name holds the noun, named shortly before."""
        for m in reversed(self.index.before(before, PRONOUN_WINDOW)):
            if m.kind != "organization":
                continue
            name = self.index.names.get(m.actor, "")
            if word in name.lower().split():
                return m.actor
        return None


def resolve(
    text: str, collected: Sequence[Collected], actors: Sequence[Actor]
) -> tuple[list[Claim], list[Actor]]:
    """Link sources to actors, give quotes their inherited speakers, make role actors."""
    antecedents = [a for a in collected if isinstance(a, Antecedent)]
    subjects = sorted((a.start, a.end) for a in antecedents if a.category == "subject")
    resolver = _Resolver(
        text=text,
        index=_ActorIndex(actors),
        roles={},
        role_mentions={},
        speakers=[],
        documents=[],
        antecedents=[],
        subjects=subjects,
        genders=_person_genders(text, actors, subjects),
    )
    raw = _join_interrupted_quotes(text, _inherit_quotes(collected))
    ant_iter = iter(sorted(antecedents, key=lambda a: a.start))
    pending_ant = next(ant_iter, None)
    claims: list[Claim] = []
    for item in raw:
        pos = min(item.cue[0], item.content[0], item.source.start if item.source else item.cue[0])
        while pending_ant is not None and pending_ant.start < pos:
            resolver.antecedents.append(pending_ant)
            if pending_ant.category == "document":
                author = resolver.author_actor(pending_ant.author, pending_ant.author_head)
                resolver.documents.append((pending_ant.start, pending_ant.word, author))
            pending_ant = next(ant_iter, None)
        source = None
        if item.source is not None:
            src = item.source
            actor, category = resolver.source_actor(src)
            if item.speaker_turn and (
                resolver.index.kind.get(actor or "") in ("", "place")
                or re.fullmatch(r"[A-Z]{1,3}", src.text)
            ):
                continue  # "((WN))", "Q:": the interviewer's tag, or no one we know
            resolver.speakers.append((src.end, actor, category, src.plural, src.gender))
            source = Source(src.start, src.end, src.text, actor)
            if category == "person":
                resolver.contents.append(item.content)
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                kind=item.kind,
                source=source,
                cue=Span(item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]]),
                content=Span(
                    item.content[0], item.content[1], text[item.content[0] : item.content[1]]
                ),
            )
        )
    claims = _drop_repeated(claims)
    role_actors = []
    taken: list[tuple[int, int]] = []  # role mentions kept so far, across all roles
    for key, actor in resolver.roles.items():
        # Every mention of the role phrase is the role's, as far as the text says.
        spans = {(m.start, m.end): m for m in resolver.role_mentions[key]}
        for ant in antecedents:
            if ant.category == "role" and ant.word.lower() == actor.name.lower():
                start = resolver.lower.rfind(
                    ant.word.lower(), max(0, ant.end - len(ant.word) - 40), ant.end
                )
                if start >= 0:
                    spans.setdefault(
                        (start, start + len(ant.word)),
                        Span(start, start + len(ant.word), text[start : start + len(ant.word)]),
                    )
        mentions = tuple(
            sorted(
                (
                    m
                    for m in (_outside_actors(text, resolver.index, m) for m in spans.values())
                    if m
                ),
                key=lambda m: m.start,
            )
        )
        # no two mentions in the analysis overlap: "the foreign minister" and the
        # "minister" inside it, or a role and a name the actor layer found, are one
        # place in the text, and the first claim to it keeps it
        kept = []
        for m in mentions:
            if resolver.index.overlapping(m.start, m.end) or any(
                s < m.end and m.start < e for s, e in taken
            ):
                continue
            kept.append(m)
            taken.append((m.start, m.end))
        mentions = tuple(kept)
        role_actors.append(Actor(actor.id, actor.name, actor.kind, actor.aliases, mentions))
    return claims, role_actors


_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s")


def _person_genders(
    text: str, actors: Sequence[Actor], subjects: Sequence[tuple[int, int]]
) -> dict[str, str]:
    """A person's gender as the text tells it: the pronouns that follow its mentions as
    a subject before any other person is named. Only a clear majority counts."""
    people = sorted(
        ((m.start, m.end, a.id) for a in actors if a.kind == "person" for m in a.mentions),
    )
    subject_starts = [s for s, _ in subjects]
    tally: dict[str, list[int]] = {}
    for i, (start, end, actor) in enumerate(people):
        j = bisect.bisect_right(subject_starts, end) - 1
        if j < 0 or subjects[j][1] <= start:
            continue  # not a subject: the next pronoun is as likely someone else's
        limit = min(end + 300, people[i + 1][0] if i + 1 < len(people) else len(text))
        sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text, end, max(end, limit))]
        if len(sentence_ends) >= 2:
            limit = sentence_ends[1]  # this sentence and the next, no further
        match = _PRONOUN.search(text, end, max(end, limit))
        if match is None:
            continue
        counts = tally.setdefault(actor, [0, 0])
        counts[0 if match.group(1).lower() == "he" else 1] += 1
    return {
        actor: "m" if m > 2 * f else "f"
        for actor, (m, f) in tally.items()
        if m > 2 * f or f > 2 * m
    }


def _outside_actors(text: str, index: _ActorIndex, span: Span) -> Span | None:
    """A role mention without the names of other actors in it: "Red Cross official"
    highlights "official", for "Red Cross" is the Red Cross's."""
    start = span.start
    for m in index.overlapping(span.start, span.end):
        start = max(start, m.end)
    while start < span.end and not text[start].isalnum():
        start += 1
    if start >= span.end:
        return None
    return Span(start, span.end, text[start : span.end])


def _join_interrupted_quotes(text: str, claims: list[RawClaim]) -> list[RawClaim]:
    """'"What hurts most," she said, "is the silence."': one sentence the attribution
    interrupts is one claim, its content running over both halves (and the
    attribution between them, as a span cannot have a hole)."""
    joined: list[RawClaim] = []
    for claim in claims:
        first = joined[-1] if joined else None
        if (
            first is not None
            and first.kind == claim.kind == "direct"
            and first.cue == claim.cue
            and first.source == claim.source
            and first.paragraph == claim.paragraph
            and first.content[1] <= claim.cue[0]
            and claim.cue[1] <= claim.content[0]
            and (claim.source is None or first.content[1] <= claim.source.start)
            and text[first.content[0] : first.content[1]].rstrip()[-1:] not in ".!?"
            and text[claim.content[0] : claim.content[0] + 1].islower()
        ):
            joined[-1] = replace(first, content=(first.content[0], claim.content[1]))
            continue
        joined.append(claim)
    return joined


def _drop_repeated(claims: list[Claim]) -> list[Claim]:
    """A claim inside the content of another by the same actor repeats it: "Smith said
    that he did indicate ..." lists Smith's statement once, not twice."""
    by_actor: dict[str, list[tuple[int, int, int]]] = {}
    for n, claim in enumerate(claims):
        if claim.source is not None and claim.source.actor is not None:
            span = (claim.content.start, claim.content.end, n)
            by_actor.setdefault(claim.source.actor, []).append(span)
    for spans in by_actor.values():
        spans.sort()
    kept = []
    for n, claim in enumerate(claims):
        actor = claim.source.actor if claim.source else None
        spans = by_actor.get(actor or "", [])
        i = bisect.bisect_right(spans, (claim.cue.start, 1 << 62, 0))
        # contents are short and rarely nest: the few starting just before suffice
        repeated = any(
            start <= claim.cue.start < end and other != n
            for start, end, other in spans[max(0, i - 8) : i]
        )
        if not repeated:
            kept.append(claim)
    return kept


def _inherit_quotes(collected: Sequence[Collected]) -> list[RawClaim]:
    """Claims in text order, with speakerless quotes given their neighbour's speaker.

    A quote inherits from an attributed quote in the same paragraph (the nearest
    before it, else after it); a quote that opens its paragraph inherits from the
    previous paragraph when that ends with a claim or a cue and a colon ("X said:");
    a quote that runs unclosed to its paragraph end inherits from the next paragraph
    when that reopens the quote with its speaker.
    """
    items: list[RawClaim | PendingQuote | QuoteIntroducer] = [
        i for i in collected if isinstance(i, (RawClaim, PendingQuote, QuoteIntroducer))
    ]
    items.sort(
        key=lambda i: i.content[0] if isinstance(i, PendingQuote) else min(i.cue[0], i.content[0])
    )
    paragraphs: list[list[int]] = []  # indices of items, grouped by paragraph, in order
    for idx, item in enumerate(items):
        if paragraphs and items[paragraphs[-1][0]].paragraph == item.paragraph:
            paragraphs[-1].append(idx)
        else:
            paragraphs.append([idx])
    changed = True
    while changed:
        changed = False
        for p, members in enumerate(paragraphs):
            for idx in members:
                quote = items[idx]
                if not isinstance(quote, PendingQuote):
                    continue
                previous = paragraphs[p - 1] if p > 0 else []
                following = paragraphs[p + 1] if p + 1 < len(paragraphs) else []
                donor = _donor(items, quote, idx, members, previous, following)
                if donor is not None:
                    items[idx] = RawClaim(
                        kind="direct",
                        source=donor.source,
                        cue=donor.cue,
                        content=quote.content,
                        paragraph=quote.paragraph,
                        quote_at_paragraph_start=quote.at_paragraph_start,
                        quote_open_at_end=quote.open_at_end,
                    )
                    changed = True
    return [i for i in items if isinstance(i, RawClaim)]


def _donor(
    items: list[RawClaim | PendingQuote | QuoteIntroducer],
    quote: PendingQuote,
    idx: int,
    members: list[int],
    previous: list[int],
    following: list[int],
) -> RawClaim | QuoteIntroducer | None:
    for j in reversed([j for j in members if j < idx]):
        other = items[j]
        if isinstance(other, RawClaim) and other.kind == "direct":
            return other
    for j in [j for j in members if j > idx]:
        other = items[j]
        if isinstance(other, RawClaim):
            return other if other.kind == "direct" else None
    if any(isinstance(items[j], RawClaim) for j in members):
        return None
    if quote.at_paragraph_start and previous:
        last = items[previous[-1]]
        if _adjacent_paragraphs(last.paragraph, quote.paragraph):
            if isinstance(last, QuoteIntroducer) and quote.whole_paragraph:
                return last
            if isinstance(last, RawClaim) and last.source is not None:
                if last.kind == "direct" and last.quote_open_at_end:
                    return last
                near_end = last.paragraph[1] - max(last.content[1], last.cue[1]) < 80
                if quote.whole_paragraph and near_end and last.kind in ("direct", "indirect"):
                    return last
    if quote.open_at_end and following:
        first = items[following[0]]
        if (
            isinstance(first, RawClaim)
            and first.kind == "direct"
            and first.quote_at_paragraph_start
            and _adjacent_paragraphs(quote.paragraph, first.paragraph)
        ):
            return first
    return None


def _adjacent_paragraphs(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return 0 <= second[0] - first[1] <= 4
