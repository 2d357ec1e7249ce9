"""Who speaks: a reporting verb's subject (borrowed where it has none) as a SourceRef."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dramatis.claims.records import SourceRef
from dramatis.claims.syntax import (
    _can_state,
    _continues,
    _is_plural,
    _is_reporting_verb,
    _noun_gender,
    _purpose_governor,
    _role_phrase,
    _subjects,
    _subtree_span,
)
from dramatis.claims.text import _TRIM, _trim
from dramatis.lexicon.nouns import (
    DEMONSTRATIVES,
    DOCUMENT_NOUNS,
    PERSONAL_PRONOUNS,
    PROXY_NOUNS,
    RELATIVE_PRONOUNS,
    gender_of_word,
)
from dramatis.lexicon.verbs import AUTHORING_VERBS, Takes
from dramatis.syntax import hyphenated_word
from dramatis.text import POSSESSIVE

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    """The source these subjects name, or None where they name nobody ("nobody",
    "that", "there")."""
    head = subjects[0]
    if _names_nobody(head):
        return None
    if len(subjects) > 1 and hyphenated_word(head) not in DOCUMENT_NOUNS | PROXY_NOUNS:
        # the parser split "Niger's president Mahamadou Issoufou" into two subjects
        head = next((s for s in subjects if s.pos_ == "PROPN"), head)
    head, start, end = _source_bounds(subjects, head, text)
    if start >= end:
        return None
    return _source_record(head, text, start, end, offset)


def _names_nobody(head: Token) -> bool:
    """A demonstrative, a wh-word or "there", or a negative: "Nobody has claimed that
    ...", "No one warned ...": no one said it."""
    if _people_described(head):
        return False
    if head.lower_ in DEMONSTRATIVES or head.tag_ in ("WP", "WDT", "EX"):
        return True
    return head.lower_ in ("nobody", "none", "neither", "nothing") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in head.children
    )


def _people_described(head: Token) -> bool:
    """'those surveyed', 'those who back her', 'those in the hall': "those" with words
    that say who they are names a group of people."""
    return head.lower_ == "those" and any(
        c.dep_ in ("acl", "relcl", "prep")
        and c.i > head.i
        # "those who said X": the group is what it said, not someone who says more
        and not any(t.dep_ in ("ccomp", "xcomp") or t.lemma_ == "say" for t in c.subtree)
        for c in head.children
    )


def _source_bounds(subjects: list[Token], head: Token, text: str) -> tuple[Token, int, int]:
    """The source's head and where its words start and end in the paragraph: the
    subjects with the words that say who they are, without quotes, brackets around
    them or a possessive ending."""
    start = min(s.left_edge.idx for s in subjects)
    head, end_tok = _source_extent(subjects, head)
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
    possessive = POSSESSIVE.search(text[start:end])
    if possessive and end - start > 3:
        end -= len(possessive.group())  # "Kim's assertion that ...": the source is Kim
    return head, start, end


def _source_record(head: Token, text: str, start: int, end: int, offset: int) -> SourceRef:
    """The SourceRef of the words ``text[start:end]`` around ``head``: who they are
    (pronoun, role, gender, the author of a document) as resolution needs it."""
    pronoun = head.lower_ if head.lower_ in PERSONAL_PRONOUNS else ""
    pronoun = pronoun or _POSSESSIVE_PRONOUNS.get(head.lower_, "")  # "her argument"
    word = hyphenated_word(head)
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


def _source_extent(subjects: list[Token], head: Token) -> tuple[Token, Token]:
    """The source's head (a name set beside a common noun replaces it) and its last
    token: the subjects with the modifiers that say who they are, not how they spoke."""
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
            if child.dep_ in ("acl", "relcl") and _people_described(s):
                right = child.right_edge  # "those surveyed", "those who back her"
                continue
            if child.dep_ not in _SOURCE_RIGHT_DEPS or (
                child.dep_ == "prep" and child.lower_ not in _SOURCE_PREPOSITIONS
            ):
                break  # "the countess with feigned severity", "Joshua Wong on Twitter"
            right = child.right_edge
        if right.i > end_tok.i:
            end_tok = right
    return head, end_tok


def _find_subjects(verb: Token, content_is_clause: bool) -> list[Token] | None:
    """The subject of a reporting verb, borrowed from the main clause where it has none.

    Returns None when no subject can be trusted (the claim is then dropped).
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        if subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "the minister, who said that ...", "the report, which says ...", but not
            # "in a way that indicated ...": anyone "who", else what can state, but no
            # pronoun ("something that worries them")
            noun = verb.head
            speaks = subjects[0].lower_ == "who" or (noun.pos_ != "PRON" and _can_state(noun))
            return [noun] if speaks else None
        return subjects
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        return [pobj] if pobj is not None else None
    if verb.dep_ == "conj" and _joins_the_reporter(verb):
        return _find_subjects(verb.head.head, content_is_clause)
    if verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        # "said ... and added that ...", "has disputed both critiques, but says ..."
        return _find_subjects(verb.head, content_is_clause)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and content_is_clause:
        return _participle_speaker(verb.head)
    if _continues(verb):
        return _find_subjects(verb.head, True)
    governor = _purpose_governor(verb)
    if governor is not None:
        return _find_subjects(governor, True)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and content_is_clause:
        governor = verb.head.head
        if verb.head.lower_ in _SAYING_PREPOSITIONS and governor.pos_ == "VERB":
            # "underlined the offer by saying ...", "erred in saying ...", "before saying"
            return _find_subjects(governor, True)
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
    swallowed = _subject_in_fronted_phrase(verb)
    return [swallowed] if swallowed is not None else None


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said
    ...', 'As part of his plea, Marcel Lazar, 44, said ...': the parser hung the
    subject on the phrase before it (as an apposition or a conjunct), leaving the
    finite verb with none. The subject is the noun phrase set off by a comma that
    ends right before the verb."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("nsubjpass", "expl", "csubj") for c in verb.children
    ):
        return None
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and doc[before].text == ",":
        before -= 1
    for child in verb.lefts:
        if child.dep_ not in ("prep", "advcl") or child.right_edge.i < before:
            continue
        for tok in child.subtree:
            left = tok.left_edge
            if (
                tok.dep_ in ("appos", "conj")
                and tok.pos_ in ("PROPN", "NOUN", "NUM")
                and tok.right_edge.i == before
                and left.i > 0
                and doc[left.i - 1].text == ","
            ):
                named = doc[left.i - 2] if left.i >= 2 else None
                if tok.pos_ == "NUM" and named is not None and named.pos_ == "PROPN":
                    return named  # "Marcel Lazar, 44, said": the age after the name
                return tok
    return None


# Prepositions whose "saying" has the subject of the verb they modify.
_SAYING_PREPOSITIONS = frozenset({"by", "in", "before", "after", "upon", "on", "while"})


def _participle_speaker(noun: Token) -> list[Token] | None:
    """Who is "saying" in 'issued a statement saying ...' (the statement's author) or
    'the share of voters saying ...', '50 percent saying ...' (the noun itself)."""
    lemma = noun.lemma_.lower()
    if lemma in DOCUMENT_NOUNS or hyphenated_word(noun) in DOCUMENT_NOUNS:
        if noun.dep_ == "dobj":
            subjects = _find_subjects(noun.head, True)
            if subjects:
                return subjects
        return [noun]
    if noun.pos_ in ("PROPN", "NUM") or noun.lower_ == "percent" or _can_state(noun):
        return [noun] if noun.pos_ != "PRON" else None
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
