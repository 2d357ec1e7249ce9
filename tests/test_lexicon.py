"""The lexicon and helpers the claim and actor layers share: one list, one behaviour."""

from __future__ import annotations

import pytest
from dramatis.actors.syntax import attribution_role
from dramatis.lexicon.verbs import REPORTING_VERBS, SOURCE_VERBS


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
