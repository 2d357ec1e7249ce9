"""Speech verbs' content boundaries."""

from __future__ import annotations

import pytest
from dramatis.analysis import Analysis, Claim


@pytest.fixture(scope="module")
def analyze(nlp):
    from dramatis.analyzer import analyze

    def run(body: str) -> Analysis:
        return analyze("A test article\n\n" + body)

    return run


def one(analysis: Analysis, cue: str) -> Claim:
    found = [c for c in analysis.claims if c.cue.text == cue]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in analysis.claims]
    return found[0]


# --------------------------------------------------------------------- content boundaries


def test_a_second_that_clause_is_part_of_the_content(analyze):
    a = analyze(
        "The mayor said that the plan involved hard choices but that if the council "
        "voted for it, he would have insisted on a referendum."
    )
    assert one(a, "said").content.text.endswith("he would have insisted on a referendum")


def test_a_because_clause_stays_in_the_content(analyze):
    a = analyze(
        "The budget office now says the deficit will grow sooner because Congress agreed "
        "last year to extend a raft of tax cuts."
    )
    assert one(a, "says").content.text.endswith("to extend a raft of tax cuts")
