"""Reporting verbs' attributions the claim layer used to miss: quotes inside the
subject's phrase, questions asked, unquoted namings."""

from __future__ import annotations

from tests.claim_helpers import one

# --------------------------------------------------------------------- quotes before the cue


def test_a_quote_inside_the_subjects_relative_clause_is_not_what_was_said(analyze):
    a = analyze(
        "Dalton, who calls the mayor a “wrecker,” said the new bridge would open two years late."
    )
    claim = one(a, "said")
    assert claim.content.text == "the new bridge would open two years late"
    assert claim.source is not None and claim.source.text == "Dalton"


def test_a_quote_inside_a_participle_before_the_cue_is_not_what_was_said(analyze):
    a = analyze(
        "The inspector, citing “a pattern of neglect,” said the agency had ignored the "
        "warnings for years."
    )
    assert one(a, "said").content.text.startswith("the agency had ignored the warnings")


def test_a_quote_before_the_subject_is_still_what_was_said(analyze):
    a = analyze("“The ferry will not run this winter,” the harbour master said.")
    claim = one(a, "said")
    assert claim.content.text == "The ferry will not run this winter"
    assert claim.source is not None and claim.source.text == "the harbour master"
