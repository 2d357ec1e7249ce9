"""Which names are mentions of actors at all: adjectives, units, terms, works."""

from __future__ import annotations

from tests.test_actors import actors_of


def surfaces(actors) -> set[str]:
    return {m.text for a in actors for m in a.mentions}


def test_a_demonym_before_a_thing_or_an_idea_mentions_no_actor(nlp):
    text = (
        "The shop sells French wine and Italian cheese. She studies American "
        "literature and Japanese architecture, and the menu uses a Spanish word. "
        "My neighbour is Portuguese."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"French", "Italian", "American", "Japanese", "Spanish", "Portuguese"}


def test_a_demonym_before_a_person_body_or_place_mentions_the_country(nlp):
    text = (
        "Israeli forces entered the town on Monday. The French government protested, "
        "and Turkish officials met Greek diplomats in a Swiss village."
    )
    found = surfaces(actors_of(nlp, text))
    assert {"Israeli", "French", "Turkish", "Greek", "Swiss"} <= found
