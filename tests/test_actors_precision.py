"""Names that are no actors of the story: languages, works, terms (issue 13, precision)."""

from __future__ import annotations

from tests.test_actors import actors_of


def surfaces(actors) -> set[str]:
    return {m.text for a in actors for m in a.mentions}


def test_a_language_named_in_a_gloss_or_after_in_is_no_actor(nlp):
    text = (
        "Lisbon (Portuguese: Lisboa) is the capital of Portugal. The museum labels "
        "are written in Portuguese, and the guide explains them in Spanish."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Portugal" in found
    assert not found & {"Portuguese", "Spanish"}


def test_a_people_before_a_colon_outside_a_gloss_still_names_the_country(nlp):
    text = (
        "The talks ended without a deal. Russian officials said on Friday that the "
        "offer stood, and Ukrainian negotiators replied within hours."
    )
    found = surfaces(actors_of(nlp, text))
    assert {"Russian", "Ukrainian"} <= found
