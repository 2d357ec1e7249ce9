"""A capitalised head noun after a lowercase determiner names one body or place
("this State", "the Convention", "a National Convention"; issue 13, recall)."""

from __future__ import annotations

from tests.test_actors import actors_of, surfaces


def test_a_capitalised_state_after_a_possessive_is_an_actor(nlp):
    text = (
        "I thank the voters of this State for their trust. The first senator from our "
        "State to serve two terms was a farmer."
    )
    actors = actors_of(nlp, text)
    assert "State" in surfaces(actors)
    assert any(a.name == "State" and a.kind in ("place", "organization") for a in actors)


def test_a_capitalised_head_found_only_in_its_frame_is_recovered(nlp):
    text = (
        "The Vava'u Group has about forty islands. Neiafu is the largest town in the "
        "Group, and ferries link the Group with the main island twice a week."
    )
    actors = actors_of(nlp, text)
    group = [a for a in actors if a.name == "Group"]
    assert group and len(group[0].mentions) == 2


def test_the_same_nouns_in_lowercase_are_no_actors(nlp):
    text = (
        "The state raised taxes last year. A party of hikers reached the convention "
        "centre, and the group waited for the bus."
    )
    found = {s.lower() for s in surfaces(actors_of(nlp, text))}
    assert not found & {"state", "party", "convention", "group"}


def test_an_indefinite_article_before_one_capitalised_head_names_no_one(nlp):
    text = "She said that a Party could never win alone, and that a Group of friends would help."
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Party", "Group"}


def test_a_title_case_headline_says_nothing_by_its_capitals(nlp):
    text = "Why the State Must Stop Raising Taxes Before the Election"
    assert "State" not in surfaces(actors_of(nlp, text))


def test_a_head_cut_from_a_longer_name_stays_dropped(nlp):
    text = (
        "The subpoena asked the State Department for documents. Secretary of State Mike "
        "Pompeo did not reply, and a spokesman for the State Department declined to comment."
    )
    found = surfaces(actors_of(nlp, text))
    assert "State" not in found
