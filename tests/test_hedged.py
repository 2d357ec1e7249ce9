"""Hedged and unattributed statements (claim kind ``other``), on sentences written for
the test: what is one, what is not, and that finding them changes no other claim."""

from __future__ import annotations

import importlib

import pytest
from dramatis.analysis import Analysis, Claim
from dramatis.document import load_path

from tests.conftest import corpus_paths


def others(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "other"]


def the_other(analysis: Analysis) -> Claim:
    found = others(analysis)
    assert len(found) == 1, [(c.kind, c.cue.text, c.content.text) for c in analysis.claims]
    return found[0]


# --------------------------------------------------------------------- with no source


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "rule"),
    [
        (
            "He reportedly told aides that the deal was dead.",
            "reportedly",
            "He reportedly told aides that the deal was dead",
            "hedged.adverb",
        ),
        (
            "On Monday, the navy allegedly fired on two fishing boats near the coast.",
            "allegedly",
            "the navy allegedly fired on two fishing boats near the coast",
            "hedged.adverb",
        ),
        (
            "Police arrested the man who allegedly shot three people on Friday.",
            "allegedly",
            "who allegedly shot three people on Friday",
            "hedged.adverb",
        ),
        (
            "It is believed that the ship sank near the coast.",
            "It is believed",
            "that the ship sank near the coast",
            "hedged.impersonal_passive",
        ),
        (
            "It has been widely reported that the minister will resign, but she denied it.",
            "It has been widely reported",
            "that the minister will resign",
            "hedged.impersonal_passive",
        ),
        (
            "The minister is said to have resigned on Monday.",
            "is said",
            "The minister is said to have resigned on Monday",
            "hedged.raising_passive",
        ),
        (
            # by whom? The text does not say: an unsourced forecast (PolNeAR agrees)
            "Biden is expected to win the primary easily.",
            "is expected",
            "Biden is expected to win the primary easily",
            "hedged.raising_passive",
        ),
        (
            "The bill, widely expected to pass on Tuesday, faces a legal challenge.",
            "widely expected",
            "The bill, widely expected to pass on Tuesday",
            "hedged.raising_passive",
        ),
        (
            "There are expected to be five hundred guests at the dinner.",
            "are expected",
            "There are expected to be five hundred guests at the dinner",
            "hedged.raising_passive",
        ),
    ],
)
def test_a_hedged_statement_is_a_claim_with_no_source(analyze, sentence, cue, content, rule):
    claim = the_other(analyze(sentence))
    assert (claim.cue.text, claim.content.text, claim.rule) == (cue, content, rule)
    assert claim.source is None
    assert Claim.from_dict(claim.to_dict()) == claim


# --------------------------------------------------------------------- with a vague source


@pytest.mark.parametrize(
    ("sentence", "source", "rule"),
    [
        ("Sources said the talks had collapsed.", "Sources", "hedged.vague_source.verb.clause"),
        (
            "Officials familiar with the matter said the talks had collapsed.",
            "Officials familiar with the matter",
            "hedged.vague_source.verb.clause",
        ),
        (
            "People close to the senator told reporters he would not run.",
            "People close to the senator",
            "hedged.vague_source.verb.clause",
        ),
        ("Critics say the law is unfair.", "Critics", "hedged.vague_source.verb.clause"),
        ("Some argue that the law is unfair.", "Some", "hedged.vague_source.verb.clause"),
        (
            "According to sources familiar with the talks, the deal is close.",
            "sources familiar with the talks",
            "hedged.vague_source.phrase.according_to",
        ),
        (
            '"We will not give up," a senior official said.',
            "a senior official",
            "hedged.vague_source.verb.postposed.quote",
        ),
    ],
)
def test_a_source_that_names_nobody_is_kept_but_the_claim_is_unattributed(
    analyze, sentence, source, rule
):
    claim = the_other(analyze(sentence))
    assert claim.source is not None and claim.source.text == source
    assert claim.rule == rule


def test_a_quote_continuing_an_anonymous_source_is_unattributed_too(analyze):
    a = analyze(
        '"We will fight on," a senior official said. "Nothing has changed."\n\n'
        '"We will not give up," a senior official said.\n\n"Our position is unchanged."'
    )
    assert a.claims and all(c.kind == "other" for c in a.claims)
    assert all(c.source.text == "a senior official" for c in a.claims)
    assert a.claims[0].content.text.endswith("Nothing has changed.")  # one statement
    # the next paragraph's quote is the same speaker's (joined or inherited)
    assert a.claims[-1].content.text.endswith("Our position is unchanged.")


# --------------------------------------------------------------------- what is not one


@pytest.mark.parametrize(
    "sentence",
    [
        "The report said the deal was dead.",  # a source the reader can hold to account
        "The critics said the law was unfair.",  # the critics the text has named
        "Analysts at Goldman Sachs expect rates to rise.",  # who they speak for
        "It was reported by Reuters that the minister had resigned.",  # an agent
        "Officials said the road would reopen on Monday.",  # the institution speaking
        "A source, Jan Novak, said the talks had collapsed.",  # named after all
        "Critics like Huffman say the law would help the incumbent.",  # one named
        # "close to" says what they are, not that they are hidden
        "Local lawmakers, who are close to the industry, said the rule would cost jobs.",
    ],
)
def test_a_source_the_text_names_is_attributed(analyze, sentence):
    a = analyze(sentence)
    assert a.claims and not others(a), [(c.kind, c.cue.text) for c in a.claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is clear that the deal is dead.",  # the author's own statement
        "It is known that the river floods every spring.",  # presented as fact
        "It cannot be said that the talks failed.",  # modal: nothing is said
        "The minister is supposed to attend the summit.",  # an obligation
        "The reportedly stolen car was found in a river.",  # a description
        "The car apparently broke down on the bridge.",  # the author's inference
        "As expected, the bill passed easily.",
        "He expected to win the race.",  # active: he is the source, not a hedge
    ],
)
def test_these_are_not_hedged_claims(analyze, sentence):
    assert not others(analyze(sentence))


def test_a_hedge_inside_a_quote_is_the_speakers(analyze):
    a = analyze('"He reportedly left the country," she said.')
    assert not others(a)
    assert [c.kind for c in a.claims] == ["direct"]


def test_a_hedge_inside_an_attributed_statement_is_the_sources(analyze):
    a = analyze("The ministry said the ship was reportedly seized by pirates.")
    assert [(c.kind, c.cue.text) for c in a.claims] == [("indirect", "said")]


def test_a_hedged_report_of_speech_is_listed_beside_the_speech(analyze):
    # "reportedly" vouches for nothing he said: both claims stand, and neither twice
    a = analyze("He reportedly told aides that the deal was dead.")
    assert sorted((c.kind, c.cue.text) for c in a.claims) == [
        ("indirect", "told"),
        ("other", "reportedly"),
    ]


# --------------------------------------------------------------------- no other rule changes


# articles with a "reportedly" the detector reads as a hedge
_HEDGED_ARTICLES = [p for p in corpus_paths() if p.name[:3] in ("007", "011", "012", "019")]


@pytest.mark.parametrize("path", _HEDGED_ARTICLES, ids=lambda p: p.name)
def test_hedges_change_no_other_claim(nlp, monkeypatch, path):
    from dramatis.analyzer import analyze_document

    collect_module = importlib.import_module("dramatis.claims.collect")

    document = load_path(path)
    with_hedges = analyze_document(document)
    monkeypatch.setattr(collect_module, "hedged_claims", lambda *args: [])
    without = analyze_document(document)

    def key(c: Claim) -> tuple:
        return (c.cue.start, c.content.start, c.content.end, c.source, c.rule)

    found = [c for c in with_hedges.claims if not (c.rule or "").startswith("hedged.")]
    assert [key(c) for c in found] == [
        key(c) for c in without.claims if not (c.rule or "").startswith("hedged.")
    ]
    assert len(with_hedges.claims) > len(without.claims)  # the article has a hedge
    assert with_hedges.actors == without.actors
