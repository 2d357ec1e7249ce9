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
