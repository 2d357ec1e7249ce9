"""Names used as things, not actors (issue 13, precision): a people's adjective
before a thing, products, terms, works and platforms as places of content.

Written from invented sentences; the news actors of each construction must survive.
"""

from __future__ import annotations

from dramatis.actors.filters import _vocabulary
from dramatis.lexicon.heads import names_an_actor

from tests.test_actors import actors_of, find, only


def surfaces(nlp, text: str) -> set[str]:
    return {m.text for a in actors_of(nlp, text) for m in a.mentions}


# --- a demonym before a noun ---------------------------------------------------------


def test_nouns_of_people_bodies_and_places_name_actors():
    nouns = _vocabulary()[0]
    for word in ("troops", "poet", "settlers", "linguist", "embassy", "forces", "actress"):
        assert names_an_actor(word, nouns), word
    for word in ("officials", "government", "mainland", "gardens", "era", "refugee"):
        assert names_an_actor(word, nouns), word


def test_nouns_of_things_name_no_actor():
    nouns = _vocabulary()[0]
    for word in ("milkshakes", "oak", "grape", "chocolate", "beetles", "warplanes", "junk"):
        assert not names_an_actor(word, nouns), word


def test_a_word_the_tables_lack_may_be_an_actor():
    # a name or a spelling no English noun: kept, as a head of an actor's phrase
    assert names_an_actor("Brandvoll", _vocabulary()[0])


def test_a_demonym_before_a_thing_is_no_actor(nlp):
    found = surfaces(
        nlp,
        "After dinner we shared American milkshakes and a box of Belgian chocolate. "
        "The cellar aged its wine in French oak for a year.",
    )
    assert not {"American", "Belgian", "French"} & found, found


def test_a_demonym_before_people_or_a_body_is_kept(nlp):
    text = (
        "Israeli officials said the talks would resume. Chinese troops crossed the "
        "river on Monday, and the Mexican government protested. A Swiss poet met "
        "Danish settlers at the Cuban embassy."
    )
    found = surfaces(nlp, text)
    for demonym in ("Israeli", "Chinese", "Mexican", "Swiss", "Danish", "Cuban"):
        assert demonym in found, (demonym, found)


def test_a_people_that_acts_is_kept(nlp):
    actors = actors_of(nlp, "The Chinese say the plan is fair. The French then moved on.")
    assert find(actors, "Chinese") and find(actors, "French")


def test_a_bare_demonym_noun_is_its_language(nlp):
    found = surfaces(
        nlp,
        "The word comes from German, which has many such words. Spanish is spoken "
        "widely in the valley. She read ancient Greek at school. We met a Dutch "
        "speaking group of students.",
    )
    assert not {"German", "Spanish", "Greek", "Dutch"} & found, found


def test_a_people_with_an_article_is_no_language(nlp):
    found = surfaces(
        nlp,
        "The Spanish found little resistance there. He was not an American. "
        "The British proved willing to sell ships. There were lots of American "
        "down there.",
    )
    assert {"Spanish", "American", "British"} <= found, found


# --- products counted, measured or held --------------------------------------------


def test_a_product_counted_and_measured_is_no_actor(nlp):
    text = (
        "Buy two bags of Fizzlets before you start. Add six Fizzlets to the punch "
        "and stir. Pour the Fizzlets punch into a glass. Keep some Fizzlets for later, "
        "and add 200 g Fizzlets to the second bowl."
    )
    assert not find(actors_of(nlp, text), "Fizzlets")


def test_a_body_whose_staff_are_counted_is_kept(nlp):
    text = (
        "Two Brandvoll engineers joined the project. Brandvoll said the design was "
        "safe, and five Brandvoll employees signed the letter."
    )
    assert find(actors_of(nlp, text), "Brandvoll")


# --- terms ---------------------------------------------------------------------------


def test_a_numbered_part_of_a_text_is_no_actor(nlp):
    text = (
        "The Secretary named several provisions in Title IV that set the terms of the "
        "grants. He may modify any Title IV provision in emergencies. This is not the "
        "sort of harm that Article III demands, Senator Reyes said."
    )
    actors = actors_of(nlp, text)
    assert not find(actors, "Title IV") and not find(actors, "Article III")
    assert find(actors, "Reyes")


def test_an_acronym_in_a_formula_is_a_measure(nlp):
    text = (
        "First find the MAD of the data. MAD = Q2 - M. A value more than 2 × MAD "
        "from the centre is an outlier, so calculate the MAD first. The WHO said the "
        "figures were sound."
    )
    actors = actors_of(nlp, text)
    assert not find(actors, "MAD")
    assert find(actors, "WHO")


# --- works and shows -----------------------------------------------------------------


def test_a_title_of_common_words_cut_at_of_is_a_work(nlp):
    # the small model takes "Clash" and "Thorns" apart, each for a body or a person
    text = (
        "It is no exaggeration to say that HBO’s Clash of Thorns is more than just a "
        "television series. Fans of Clash of Thorns wrote in, and the Clash of Thorns "
        "storyworld is rich."
    )
    found = surfaces(nlp, text)
    assert not {"Clash", "Thorns"} & found, found
    assert "HBO" in found, found


def test_a_body_or_place_joined_by_of_is_kept(nlp):
    text = "The Department of Justice said it would appeal, and the Bank of England agreed."
    found = surfaces(nlp, text)
    assert any("Justice" in s for s in found) and any("England" in s for s in found), found


# --- platforms as places of content --------------------------------------------------


def test_a_platform_where_content_is_put_is_no_actor(nlp):
    text = "It is all open source. It is on CodeHub. Just download it on CodeHub and build it."
    assert not find(actors_of(nlp, text), "CodeHub")


def test_a_platform_that_acts_is_kept(nlp):
    text = (
        "YouTube said the video broke its rules. Google announced a new phone, and "
        "the senators put pressure on Google to act."
    )
    actors = actors_of(nlp, text)
    assert find(actors, "YouTube") and find(actors, "Google")
    assert len(only(actors, "Google").mentions) == 2
