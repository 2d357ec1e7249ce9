"""Claims not made by a reporting verb: naming verbs, "call on/for", "according
to", "in X's view", "in the latest poll", reporting nouns, interview turns,
channel-led quotes, "made it clear that"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dramatis.claims.records import RawClaim, SourceRef
from dramatis.claims.site import _Paragraph, _quote_content, _raw
from dramatis.claims.source import _POSSESSIVE_PRONOUNS, _author_of, _find_subjects, _source_ref
from dramatis.claims.stance import _comma_before
from dramatis.claims.syntax import (
    _can_state,
    _hedged,
    _is_reporting_verb,
    _noun_that_clause,
    _subtree_span,
    _tok_span,
)
from dramatis.claims.text import _TRIM, _first_sentence_end, _sentence_start, _trim
from dramatis.lexicon.nouns import (
    EDITORIAL_LABELS,
    NON_SOURCES,
    PERSONAL_PRONOUNS,
    POLL_NOUNS,
    REPORTING_NOUNS,
    VIEW_NOUNS,
)
from dramatis.lexicon.verbs import IDIOM_LABELS, LABEL_VERBS

if TYPE_CHECKING:
    from dramatis.claims.quotes import _Quote
    from spacy.tokens import Token


_NAMING_QUOTE_END = re.compile(
    r"\s*(?:$|[.,;:!?)\u2014\u2013-]|(?:and|or|but|while|as|after|before|in|on|at|during"
    r"|because|for|since|when)\b)"
)


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
        return _label_claim(par, verb, used)
    quote = _label_quote(par, verb, _tok_span(objects[0])[1], used)
    if quote is None:
        return _label_claim(par, verb, used)
    subjects = _find_subjects(verb, True)
    subjects = [t for t in subjects or () if not par.inside_quote(t.idx)]
    if not subjects:
        return None
    source = _source_ref(subjects, par.text, par.offset)
    if source is None:
        return None
    used.add(quote.mark_start)
    content = _quote_content(par, quote)
    last = _last_coordinated_label(par, verb, quote, used)
    if last is not quote:
        content = (content[0], _quote_content(par, last)[1])
    if objects[0].i > verb.i:
        # PolNeAR's content is the object with its label ('the talks as "productive"');
        # a relative object ('which he called "a disaster"') stays out of it
        content = (_subtree_span(objects[0])[0], content[1])
    return _raw(par, "direct", source, _tok_span(verb), content, quote, rule="phrase.naming")


def _label_claim(par: _Paragraph, verb: Token, used: set[int]) -> RawClaim | None:
    """'called him a loser', 'labeled the plan reckless', 'branded the tax a theft': an
    object and the label the source gives it (the object's complement), quoted or not.
    A name given in passing ("a company called Acme", "the town is called X") has no
    subject that names; "called 911" has no label."""
    if verb.lemma_.lower() not in LABEL_VERBS or not verb.tag_.startswith("VB"):
        return None
    if (verb.dep_ in ("acl", "amod") and verb.tag_ != "VBG") or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
    ):
        return None  # "a company called Acme", "the town is called Springfield"
    found = _object_and_label(verb)
    if found is None:
        return None
    start, label = found
    if label.lower_ in IDIOM_LABELS or label.like_num:
        return None
    first = next(t for t in par.doc if t.idx >= start)
    if label.left_edge.pos_ == "PROPN" and first.lower_.endswith(("self", "selves")):
        return None  # "a group that calls itself Blue Dawn Media": a name, not a verdict  # "a group that calls itself Asawitiri Media": a name, not a verdict
    # whoever gives a label speaks ("Others call it ...", "64 percent call him ...")
    subjects = [t for t in _find_subjects(verb, True) or () if not par.inside_quote(t.idx)]
    source = _source_ref(subjects, par.text, par.offset) if subjects else None
    if source is None:
        return None
    end = _label_end(label)
    closing = re.match(r"[,.]?[\"\u201d\u2019']", par.text[end:])
    if closing and par.inside_quote(end - 1):
        end += closing.end()  # 'called him the "ultimate hypocrite,"': the quote's close
    content = (start, end)
    for q in par.quotes:
        if content[0] <= q.mark_start < content[1]:
            used.add(q.mark_start)
    return _raw(par, "indirect", source, _tok_span(verb), content, rule="phrase.naming_label")


def _object_and_label(verb: Token) -> tuple[int, Token] | None:
    """Where a naming verb's object starts, and the head of its label: "called [him] [a
    loser]" (object and complement), "calling [Trump a fascist]" (parsed as one clause
    whose subject or head is the object), "called [her third-rate]" (a complement that
    takes the object in)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None:
        if obj.tag_ in ("WP", "WDT"):
            return None  # "what he calls ...": the object is elsewhere
        label = next(
            (
                c
                for c in verb.rights
                if c.i > obj.i
                and c.pos_ not in ("VERB", "AUX")  # "called Sanders to congratulate him"
                and (
                    c.dep_ in ("oprd", "xcomp", "attr", "acomp", "dobj")
                    or (c.dep_ == "prep" and c.lower_ == "as")
                )
            ),
            None,
        )
        if label is None:
            # "branded the contract a betrayal", read as an apposition with no comma
            label = next(
                (c for c in obj.rights if c.dep_ == "appos" and _comma_before(c.left_edge) is None),
                None,
            )
        return (_subtree_span(obj)[0], label) if label is not None else None
    return _small_clause_label(verb)


def _small_clause_label(verb: Token) -> tuple[int, Token] | None:
    """A naming verb with no direct object: the parser read the object and its label
    as one phrase or clause right after the verb."""
    first = next((c for c in verb.rights if not c.is_punct), None)
    if first is None or first.left_edge.i != verb.i + 1:
        return None
    later = [c for c in verb.rights if c.i > first.i and c.dep_ in ("oprd", "dobj")]
    if first.dep_ == "oprd" and later and first.pos_ in ("NOUN", "PRON", "PROPN"):
        return (first.left_edge.idx, later[0])  # "called [her rival] [a liar]", both oprd
    if first.dep_ == "oprd":
        # "called both Trump and Clinton crazy", 'called her "third-rate"', but not a
        # name the parser split ("called Jane Doe") or a relative ("the state he calls a
        # second home")
        inner = [
            t for t in first.subtree if t.i < first.i and t.pos_ not in ("DET", "ADV", "PUNCT")
        ]
        quoted = any(t.is_quote for t in first.subtree)
        named = first.pos_ != "PROPN" and any(
            t.pos_ in ("NOUN", "PRON", "VERB") and t.dep_ != "compound" for t in inner
        )
        return (
            (first.left_edge.idx, first)
            if inner and (quoted or named or first.pos_ == "ADJ")
            else None
        )
    adjective = first.tag_ in ("JJ", "VBN", "VBD")  # "unqualified" may be read as a verb
    if first.dep_ in ("ccomp", "xcomp") and (adjective or first.pos_ in ("NOUN", "PROPN", "PRON")):
        # "calls Clinton unqualified" (a subject and its adjective), "calling Trump a
        # fascist" (a name and its object)
        parts = [c for c in first.children if c.dep_ in ("nsubj", "dobj", "attr", "oprd")]
        aux = any(c.dep_ in ("aux", "auxpass") for c in first.children)
        if parts and parts[0].i < first.i and adjective and not aux:
            return (first.left_edge.idx, first)
        if parts and parts[0].i > first.i and not adjective:
            return (first.left_edge.idx, parts[0])
    return None


# where a label ends before the circumstances of its saying: "a clown on his show"
_LABEL_CIRCUMSTANCES = frozenset({"on", "in", "at", "during", "after", "before", "while"})


def _label_end(label: Token) -> int:
    end = _subtree_span(label)[1]
    for child in label.rights:
        if (
            (child.dep_ == "prep" and child.lower_ in _LABEL_CIRCUMSTANCES)
            or child.dep_ in ("advcl", "npadvmod")
            or (child.dep_ == "acl" and child.tag_ == "VBG" and _comma_before(child) is not None)
        ):
            before = [t for t in label.doc[child.left_edge.i - 1 : child.left_edge.i]]
            return min(end, before[0].idx + len(before[0].text) if before else end)
    return end


def _label_quote(par: _Paragraph, verb: Token, object_end: int, used: set[int]) -> _Quote | None:
    """The quoted label after a naming verb's object, with at most the object's modifiers
    and "as"/"a" between ("the decision of the court a "travesty"", "the talks as
    "productive"")."""
    return next(
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


def _last_coordinated_label(par: _Paragraph, verb: Token, quote: _Quote, used: set[int]) -> _Quote:
    """'called it "null and void" and "ridiculous"': the coordinated labels are one claim,
    ending at the last of them."""
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
    return last


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
    return _raw(par, "indirect", source, cue, content, rule=f"phrase.call_{prep.lower_}")


# what "according to X" right after these words vouches for is only the rest of
# the sentence, not what came before them
_OPENS_ATTRIBUTED_PART = re.compile(
    r"\b(?:which|who|whom|whose|that|and|but|or|while|whereas|though|although|because|after)$",
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
    else:
        content = _according_head_span(par, tok, phrase_start) or (
            _trim(par.text, s_start, phrase_start)
            if not after
            else _according_mid_sentence(par.text, s_start, s_end, phrase_start, phrase_end)
        )
    if content[0] >= content[1] or len(par.text[content[0] : content[1]].split()) < 3:
        return None
    cue = (tok.idx, to.idx + len(to.text))
    return _raw(par, "according_to", source, cue, content, rule="phrase.according_to")


# what may follow "..., according to X" that X does not vouch for: the writer's
# contrast, aside or next step ("..., according to X, even as ...", "..., according
# to X (a sizable margin)", "..., according to X, taking a step toward ...")
_AFTER_VOUCHED = re.compile(
    r"\s*(?:\(|[,\u2014\u2013-]+\s*(?:but|even|although|though|while|whereas|where|"
    r"[a-z]+ing)\b)"
)


def _according_mid_sentence(
    text: str, s_start: int, s_end: int, phrase_start: int, phrase_end: int
) -> tuple[int, int]:
    """What 'according to X' in the middle of a sentence vouches for: the clause
    before it where what follows is the writer's ('X won 54 percent, according to exit
    polls, even as ...'), the clause after it where only an opening adverb stands
    before it ('Now, according to X, some are swinging'), else the whole sentence."""
    if _AFTER_VOUCHED.match(text, phrase_end):
        return _trim(text, s_start, phrase_start)
    if len(text[s_start:phrase_start].strip(_TRIM).split()) <= 2:
        return _trim(text, phrase_end, s_end)
    return s_start, s_end


# what a clause or appositive that "according to X" hangs on may go on with, outside
# what X vouches for: "..., which would cut the rate, according to X, compared with
# ...", "..., according to X - the same as ..." (a joined clause, "..., according to
# X, and ...", more often is what X vouches for)
_AFTER_ACCORDING = frozenset({"parataxis", "punct", "npadvmod", "prep", "appos"})
# the constituents, short of the sentence, that "according to X" may vouch for alone
_ACCORDING_HEADS = frozenset({"relcl", "appos", "npadvmod"})


def _according_head_span(par: _Paragraph, tok: Token, phrase_start: int) -> tuple[int, int] | None:
    """What 'according to X' after its words vouches for where that is less than the
    sentence: the relative clause or appositive it hangs on ('..., which stood at 263,
    according to X', 'the level reached in 2008, according to X'), without what its
    clause goes on with after the phrase ('..., according to X - the same as ...');
    None where it is the whole sentence."""
    head = tok.head
    while head.dep_ not in _ACCORDING_HEADS and head.head.i != head.i:
        head = head.head
    after = [c for c in head.rights if c.i > tok.i]
    if head.i > tok.i or not all(c.dep_ in _AFTER_ACCORDING for c in after):
        if head.dep_ not in _ACCORDING_HEADS:
            return None
        last = head.right_edge
        end = last.idx + len(last.text)
    elif head.dep_ not in _ACCORDING_HEADS and not after:
        return None
    else:
        end = phrase_start
    start = head.left_edge.idx
    if head.dep_ not in _ACCORDING_HEADS:
        start = _sentence_start(par.text, head.sent.start_char)
    content = _trim(par.text, start, end, _TRIM + ".")
    return content if len(par.text[content[0] : content[1]].split()) >= 3 else None


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
    cue = (prep.idx, noun.idx + len(noun.text))
    return _raw(par, "indirect", source, cue, content, rule="phrase.in_view_of")


def _in_poll(par: _Paragraph, prep: Token) -> RawClaim | None:
    """'In the latest poll, the mayor leads by ten points': an opening phrase that makes
    the survey the source of the clause after it, unless a reporting verb of the clause
    says it ("In a survey, voters told pollsters ..."). A trailing "in the polls" ("he
    rose in the polls") is not annotated as an attribution as a rule and is left; one
    named poll after the clause is (``_trailing_poll``: 7 of 10 matched on PolNeAR)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    trailing = _trailing_poll(par, prep, noun)
    if trailing is not None:
        return trailing
    if (
        noun is None
        or (noun.lemma_.lower() not in POLL_NOUNS and noun.lower_ not in POLL_NOUNS)
        or par.inside_quote(prep.idx)
        or not (prep.i == prep.sent.start or prep.nbor(-1).dep_ in ("cc", "advmod"))
        or verb.pos_ not in ("VERB", "AUX")
        or verb.i < prep.i
        or _is_reporting_verb(verb) is not None
    ):
        return None
    phrase_end = _subtree_span(prep)[1]
    comma = re.match(r"\s*,\s*", par.text[phrase_end:])
    if comma is None:
        return None
    end = _subtree_span(verb)[1]
    for child in verb.rights:  # "..., largely because ...": the author's explanation
        before = _comma_before(child.left_edge)
        if child.dep_ == "advcl" and before is not None:
            end = min(end, before.idx)
    content = _trim(par.text, phrase_end + comma.end(), end, _TRIM + ".")
    if len(par.text[content[0] : content[1]].split()) < 2 or par.inside_quote(content[0]):
        return None
    source = _source_ref([noun], par.text, par.offset)
    if source is None:
        return None
    return _raw(par, "indirect", source, _tok_span(prep), content, rule="phrase.in_poll")


def _trailing_poll(par: _Paragraph, prep: Token, noun: Token | None) -> RawClaim | None:
    """'Smith leads by ten points in a new Fox poll': one named survey (singular, with a
    modifier: not "rose in the polls") after the main clause is the clause's source."""
    verb = prep.head
    if (
        noun is None
        or noun.lemma_.lower() not in ("poll", "survey")
        or noun.tag_ != "NN"
        or not any(c.dep_ in ("amod", "compound") for c in noun.children)
        or verb.dep_ != "ROOT"
        or verb.pos_ not in ("VERB", "AUX")
        or prep.i < verb.i
        or _is_reporting_verb(verb) is not None
        or par.inside_quote(prep.idx)
    ):
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    content = _trim(par.text, subject.left_edge.idx, prep.idx, _TRIM + ".")
    if len(par.text[content[0] : content[1]].split()) < 3:
        return None
    source = _source_ref([noun], par.text, par.offset)
    if source is None:
        return None
    return _raw(par, "indirect", source, _tok_span(prep), content, rule="phrase.in_poll_after")


def _noun_claim(par: _Paragraph, noun: Token) -> RawClaim | None:
    """'the minister's claim that ...', 'a warning by the ministry that ...'."""
    if (
        noun.pos_ != "NOUN"
        or noun.lemma_.lower() not in REPORTING_NOUNS
        or par.inside_quote(noun.idx)
    ):
        return None
    clause = _noun_that_clause(noun)
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
    return _raw(par, "indirect", source, _tok_span(noun), content, rule="phrase.noun_claim")


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
    found = _speaker_tag(par)
    if found is None:
        return None
    match, group, names = found
    name_start, name_end = _trim(par.text, match.start(group), match.end(group))
    content = _trim(par.text, match.end(), len(par.text))
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
    if group == "plain":
        # PolNeAR's cue of "NAME: ..." is the colon, the only word of attribution
        colon = par.text.index(":", match.end(group))
        cue = (colon, colon + 1)
    else:
        cue = (match.start(), _trim(par.text, match.start(), match.end())[1])
    return RawClaim(
        kind="direct",
        source=source,
        cue=(cue[0] + off, cue[1] + off),
        content=(content[0] + off, content[1] + off),
        paragraph=(off, off + len(par.text)),
        speaker_turn=True,
        rule="phrase.speaker_turn",
    )


def _speaker_tag(par: _Paragraph) -> tuple[re.Match[str], str, list[Token]] | None:
    """The paragraph's speaker tag, its group and the tag's words: a tag the text knows
    as a speaker's, or in a headline one that names someone ("Clinton camp: ...", "NY
    Post: ...", "Former AG Mukasey at RNC: ...")."""
    for regex, check in ((_SPEAKER_TAG, _names_a_speaker), (_HEADLINE_TAG, _headline_speaker)):
        if regex is _HEADLINE_TAG and not _is_headline(par):
            return None
        match = regex.match(par.text)
        if match is None:
            continue
        group = "wrapped" if match.groupdict().get("wrapped") else "plain"
        name_start, name_end = _trim(par.text, match.start(group), match.end(group))
        content = _trim(par.text, match.end(), len(par.text))
        answer = par.text[content[0] : content[1]]
        if len(answer.split()) < 3 or answer.rstrip(' "\u201d)')[-1:] == "?":
            return None
        names = [t for t in par.doc if name_start <= t.idx < name_end]
        if names and (group == "wrapped" or check(names)):
            return match, group, names
    return None


# A headline's speaker, with whom or what it speaks to or about after it: "Clinton to
# Planned Parenthood: ...", "CNN President On Trump: ..." (an "EXCLUSIVE -" before it).
_HEADLINE_TAG = re.compile(
    r"(?:[A-Z]+\s*[\u2013\u2014-]\s*)?(?P<plain>[^:\n]{2,50}?)"
    r"(?:\s+(?:on|to|at|On|To|At)\s+[^:\n]{2,60}?)?:\s+(?=\S)"
)


def _is_headline(par: _Paragraph) -> bool:
    """The first paragraph of a text, one short line: its title."""
    text = par.text.strip()
    return par.offset == 0 and "\n" not in text and len(text.split()) <= 25


def _headline_speaker(names: list[Token]) -> bool:
    """A headline's tag names a speaker: nouns and names only ("Clinton camp", "NY
    Post", "WSJ editorial"), one of them a name, and no page label at its head."""
    head = names[-1]
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in EDITORIAL_LABELS:
        return False
    if any(t.lower_ in EDITORIAL_LABELS and t.ent_type_ != "ORG" for t in names):
        return False
    allowed = ("NOUN", "PROPN", "ADJ", "DET", "PART", "PUNCT")
    if any(t.pos_ not in allowed for t in names) or names[0].pos_ == "DET":
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in names)


def _names_a_speaker(names: list[Token]) -> bool:
    """A plain "Name:" tag names a speaker: a person the parser knows, or a proper name
    alone ("Lynch: ...", a headline's speaker) that the resolver must find an actor for."""
    if any(t.ent_type_ == "PERSON" for t in names):
        return True
    if any(t.lower_ in EDITORIAL_LABELS or (len(t) > 1 and t.text.isupper()) for t in names):
        return False  # "Breaking:", "UPDATE:", "BOOM:": the page's labels, not speakers
    return all(
        t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and t.ent_type_ in ("", "ORG", "NORP")
        for t in names
    )


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
        content = _quote_content(par, q)
        found.append(
            _raw(par, "direct", None, lead.span("cue"), content, q, rule="quote.channel_lead")
        )
    return found


# "made it clear that ...", "made plain his intention to ...": the subject says it
_MADE_CLEAR_WORDS = frozenset({"clear", "plain"})
_CLEAR_CONTENT_DEPS = frozenset({"ccomp", "advcl", "nsubj", "dobj"})


def _made_clear(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'The governor made it clear that she would veto the bill', 'made clear on
    Monday she would not run', 'made clear his intention to run': what was made clear
    is the subject's statement."""
    found = _clear_and_content(verb)
    if found is None or par.inside_quote(verb.idx):
        return None
    clear, span = found
    subjects = [t for t in _find_subjects(verb, True) or () if not par.inside_quote(t.idx)]
    if not subjects or not _can_state(subjects[0]) or subjects[0].lower_ == "it":
        return None
    source = _source_ref(subjects, par.text, par.offset)
    content = _trim(par.text, *span)
    if source is None or content[0] >= content[1] or par.inside_quote(content[0]):
        return None
    cue = (verb.idx, clear.idx + len(clear.text))
    return _raw(par, "indirect", source, cue, content, rule="phrase.made_clear")


def _clear_and_content(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """The "clear" of "made (it) clear" and the span of what was made clear."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for clear in (*verb.children, *(c for o in objects for c in o.children)):
        if clear.lower_ not in _MADE_CLEAR_WORDS:
            continue
        if clear.head.i != verb.i:  # "made clear his intention to run", clear on the object
            if clear.i != verb.i + 1 or clear.dep_ not in ("acomp", "amod"):
                continue
            right = clear.head.right_edge
            return clear, (clear.doc[clear.i + 1].idx, right.idx + len(right.text))
        if clear.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
            continue
        head = min(
            (
                c
                for c in (*clear.children, *verb.children)
                if c.i > clear.i and c.dep_ in _CLEAR_CONTENT_DEPS and _states_content(c)
            ),
            default=None,
            key=lambda t: t.i,
        )
        return (clear, _subtree_span(head)) if head is not None else None
    return None


def _states_content(tok: Token) -> bool:
    """A clause made clear ("that she would veto"), not a circumstance ("when ...")."""
    mark = next((m for m in tok.children if m.dep_ == "mark"), None)
    if tok.dep_ == "advcl":
        return mark is not None and mark.lower_ == "that"
    return mark is None or mark.lower_ in ("that", "whether", "if")


def _known_as(par: _Paragraph, verb: Token) -> RawClaim | None:
    """'X is known as Y' / 'X, who was best known for Y': a reputation the text states
    for no one in particular; PolNeAR's content is the subject with what it is known
    as or for, and the claim has no source. The participle alone ("a town known as
    X", a name given in passing) and "it is not known whether ..." are left out."""
    if verb.lower_ != "known" or verb.tag_ != "VBN" or par.inside_quote(verb.idx):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in ("as", "for")
            and c.i > verb.i
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ),
        None,
    )
    if subject is None or prep is None or subject.lower_ in ("it", "this"):
        return None
    after = verb.doc[prep.i + 1] if prep.i + 1 < len(verb.doc) else prep
    if after is prep or (after.is_punct and not after.is_quote):
        return None  # "the energy he is known for - ...": the object is the antecedent
    cue_start = min(
        [
            verb.i,
            *(
                c.i
                for c in verb.children
                if c.dep_ in ("auxpass", "advmod", "neg") and subject.i < c.i < verb.i
            ),
        ]
    )
    cue = (verb.doc[cue_start].idx, prep.idx + len(prep.text))
    content = (_subtree_span(subject)[0], _subtree_span(prep)[1])
    return _raw(par, "indirect", None, cue, _trim(par.text, *content), rule="phrase.known_as")
