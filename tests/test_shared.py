"""The lexicon and helpers the claim and actor layers share: one list, one behaviour."""

from __future__ import annotations

import pytest
from dramatis.actors.syntax import attribution_role
from dramatis.claims.text import _first_sentence_end
from dramatis.lexicon.verbs import REPORTING_VERBS, SOURCE_VERBS
from dramatis.spans import SpanIndex
from dramatis.syntax import hyphenated_word
from dramatis.text import POSSESSIVE, SENTENCE_END, sentence_mark_end, without_possessive
from hypothesis import given
from hypothesis import strategies as st


def test_every_verb_that_makes_a_claim_names_a_source_for_the_actors():
    assert set(REPORTING_VERBS) <= SOURCE_VERBS


@pytest.mark.parametrize("verb", ["tweeted", "testified", "reiterated", "said"])
def test_the_subject_of_a_reporting_verb_is_an_attribution_source(nlp, verb):
    """ "X tweeted that ...": a verb that makes a claim marks its subject as the source
    of an attribution in the actor layer too."""
    doc = nlp(f"Responsible Statecraft {verb} that the deal was off.")
    head = next(t for t in doc if t.text == "Statecraft")
    assert attribution_role(head)


@pytest.mark.parametrize("noun", ["lawsuit", "ruling", "essay", "report"])
def test_the_author_of_a_document_is_an_attribution_source(nlp, noun):
    """ "A ruling by X": one list of document nouns, so the actor layer knows the
    authors of every document the claim layer lets speak."""
    doc = nlp(f"A {noun} by Blue Harbor Analytics argued that the deal was off.")
    author = next(t for t in doc if t.text == "Analytics")
    assert attribution_role(author)


def test_both_layers_read_a_hyphenated_document_noun_as_one_word(nlp):
    """ "An op-ed by X": the tokenizer splits "op-ed"; the claim layer's source and
    the actor layer's author of a document read the same whole word."""
    doc = nlp("An op-ed by Blue Harbor Analytics argued that the deal was off.")
    ed = next(t for t in doc if t.text == "ed")
    assert hyphenated_word(ed) == "op-ed"
    assert attribution_role(next(t for t in doc if t.text == "Analytics"))


def test_a_word_with_no_hyphen_is_read_as_it_is(nlp):
    doc = nlp("The Report - as drafted - said little.")
    assert [hyphenated_word(t) for t in doc if t.is_alpha][:2] == ["the", "report"]
    assert hyphenated_word(next(t for t in doc if t.text == "-")) == "-"


# --- shared text patterns: sentence ends and possessives -----------------------------------


def test_a_sentence_ends_after_its_closing_quotes_and_brackets():
    text = 'He spoke of "the victims." She left (in 2019.) Then 3.5 more. End'
    ends = [sentence_mark_end(m) for m in SENTENCE_END.finditer(text)]
    assert [text[:e][-3:] for e in ends] == ['s."', "9.)", "re."]


def test_the_claim_layer_cuts_a_clause_at_the_next_sentence_not_an_abbreviation():
    text = 'that Mr. Lee lied about the victims." She went on. "We know it," he said.'
    end = _first_sentence_end(text, 0, len(text))
    assert text[:end].endswith('victims."')
    bracketed = "that it was over (in 2019.) Then he left."
    assert bracketed[: _first_sentence_end(bracketed, 0, len(bracketed))].endswith("2019.)")
    assert _first_sentence_end("that it rained. and then", 0, 24) == 24  # no capital: no end


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Kim's", "Kim"),
        ("Rostóv\u2019s", "Rostóv"),
        ("the Joneses'", "the Joneses"),
        ("Kansas", "Kansas"),
    ],
)
def test_a_possessive_ending_is_taken_off_a_name(name, bare):
    assert without_possessive(name) == bare
    assert bool(POSSESSIVE.search(name)) == (name != bare)


# --- one index of mentions by position -----------------------------------------------------

spans_strategy = st.lists(
    st.tuples(st.integers(0, 400), st.integers(1, 300)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)


@given(spans_strategy, st.integers(0, 700), st.integers(0, 50))
def test_the_span_index_finds_exactly_the_overlapping_spans(spans, start, length):
    index = SpanIndex((s, e, n) for n, (s, e) in enumerate(spans))
    end = start + length
    expected = sorted(
        ((s, e, n) for n, (s, e) in enumerate(spans) if s < end and e > start),
        key=lambda span: (span[0], span[2]),
    )
    assert index.overlapping(start, end) == expected
    assert index.overlaps(start, end) == bool(expected)


@given(spans_strategy, st.integers(0, 700), st.integers(0, 300))
def test_the_span_index_finds_what_starts_before_a_position(spans, position, window):
    index = SpanIndex((s, e, n) for n, (s, e) in enumerate(spans))
    before = sorted(
        ((s, e, n) for n, (s, e) in enumerate(spans) if s < position),
        key=lambda span: (span[0], span[2]),
    )
    assert index.previous(position) == (before[-1] if before else None)
    assert index.starting_before(position, window) == [
        s for s in before if s[0] >= position - window
    ]
