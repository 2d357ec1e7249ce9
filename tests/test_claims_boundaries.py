"""Where a claim's content starts and ends (issue 13): quotes split by their
attribution, clauses joined to the reported one, and what stays outside."""

from __future__ import annotations

from tests.claim_helpers import one

# --------------------------------------------------------------------- split quotes


def test_a_quote_ending_in_a_quote_of_its_own_continues_the_one_before(analyze):
    a = analyze(
        '"We were stunned," said the farmer. "The inspector kept repeating, '
        "'The permit has expired.'\""
    )
    claim = one(a, "said")
    assert claim.content.text.startswith("We were stunned")
    assert claim.content.text.endswith("The permit has expired.'")


def test_a_short_quoted_phrase_after_the_attribution_continues_nothing(analyze):
    a = analyze(
        "\"We were stunned,\" said the farmer. The inspector called it 'routine.' "
        "The hearing is next week."
    )
    assert one(a, "said").content.text == "We were stunned"
