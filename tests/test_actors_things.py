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
    for word in ("cartels", "intelligence", "startup", "watchdog", "area", "oligarchs"):
        assert names_an_actor(word, nouns), word


def test_nouns_of_things_name_no_actor():
    nouns = _vocabulary()[0]
    for word in ("meatballs", "marble", "potato", "carpet", "ferns", "blankets", "porcelain"):
        assert not names_an_actor(word, nouns), word


def test_a_word_the_tables_lack_may_be_an_actor():
    # a name or a spelling no English noun: kept, as a head of an actor's phrase
    assert names_an_actor("Brandvoll", _vocabulary()[0])


def test_a_demonym_before_a_thing_is_no_actor(nlp):
    found = surfaces(
        nlp,
        "After dinner we shared Swedish meatballs and a plate of Peruvian potatoes. "
        "The hall was paved in Italian marble.",
    )
    assert not {"Swedish", "Peruvian", "Italian"} & found, found


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
        "The word was borrowed from Italian, which has many such words. In the valley, "
        "Portuguese is the language of trade. She read modern Turkish at school. We "
        "met a Swedish speaking group of students.",
    )
    assert not {"Italian", "Portuguese", "Turkish", "Swedish"} & found, found


def test_a_people_with_an_article_is_no_language(nlp):
    found = surfaces(
        nlp,
        "The Dutch met little resistance there. She was not a Canadian. "
        "The British were willing to sell grain. We saw lots of Canadian "
        "in the harbour.",
    )
    assert {"Dutch", "Canadian", "British"} <= found, found


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
        "The Secretary named several provisions in Title IX that set the terms of the "
        "grants. He may modify any Title IX provision in emergencies. This is not the "
        "sort of harm that Article II forbids, Senator Reyes said."
    )
    actors = actors_of(nlp, text)
    assert not find(actors, "Title IX") and not find(actors, "Article II")
    assert find(actors, "Reyes")


def test_an_acronym_in_a_formula_is_a_measure(nlp):
    text = (
        "First find the MAD of the data. MAD = Q2 - M. Points beyond 2 × MAD are "
        "flagged, so work out the MAD first. The WHO said the "
        "figures were sound."
    )
    actors = actors_of(nlp, text)
    assert not find(actors, "MAD")
    assert find(actors, "WHO")


# --- works and shows -----------------------------------------------------------------


def test_a_title_of_common_words_cut_at_of_is_a_work(nlp):
    # the small model takes "Shadows" alone for a body, in "Storm of Shadows"
    text = (
        "My sister loves Storm of Shadows. She watched Storm of Shadows twice last "
        "winter, and the Storm of Shadows books sit on her shelf, beside an HBO mug."
    )
    found = surfaces(nlp, text)
    assert not {"Storm", "Shadows"} & found, found


def test_a_body_or_place_joined_by_of_is_kept(nlp):
    text = "The Department of Justice said it would appeal, and the Bank of England agreed."
    found = surfaces(nlp, text)
    assert any("Justice" in s for s in found) and any("England" in s for s in found), found


# --- platforms as places of content --------------------------------------------------


def test_a_platform_where_content_is_put_is_no_actor(nlp):
    text = "The code is free. The files are on CodeHub. Find them on CodeHub and build it."
    assert not find(actors_of(nlp, text), "CodeHub")


def test_a_platform_that_acts_is_kept(nlp):
    text = (
        "YouTube said the video broke its rules. Google announced a new phone, and "
        "the senators put pressure on Google to act."
    )
    actors = actors_of(nlp, text)
    assert find(actors, "YouTube") and find(actors, "Google")
    assert len(only(actors, "Google").mentions) == 2


def test_a_title_of_common_words_cut_at_in_the_is_a_work(nlp):
    text = (
        "Our club screened Ghost in the Lantern on Friday. The plot of Ghost in the "
        "Lantern is simple, and Ghost in the Lantern has a ghost for a hero."
    )
    assert "Lantern" not in surfaces(nlp, text)


# --- what a state or a body owns or does names it ------------------------------------


def test_a_demonym_before_what_its_country_holds_or_does_names_the_country(nlp):
    text = (
        "The offensive began on Monday. According to Moldovan state media, the army "
        "will defend Moldovan sovereignty, and Estonian interests were discussed. The "
        "strike halved Kuwaiti oil output, and the firm sold its Hungarian branch."
    )
    found = surfaces(nlp, text)
    assert {"Moldovan", "Estonian", "Kuwaiti", "Hungarian"} <= found, found


def test_a_demonym_before_a_dish_or_a_material_still_names_no_country(nlp):
    text = "We served Swedish meatballs on an Italian marble table with a Turkish carpet."
    assert not surfaces(nlp, text) & {"Swedish", "Italian", "Turkish"}


def test_a_demonym_ner_reads_as_a_person_is_still_its_country(nlp):
    text = (
        "The President of the Senate replied that the Senate would vote on Friday. "
        "According to Moldovan state media, the plan would also protect Moldovan sovereignty."
    )
    actors = actors_of(nlp, text)
    assert find(actors, "Moldovan")
    assert only(actors, "Moldovan").kind == "place"
    assert only(actors, "Moldovan").name == "Moldova"


def test_a_surname_spelled_like_a_demonym_stays_a_person(nlp):
    text = "Dawn French opened the festival. French said the crowd was the largest yet."
    actors = actors_of(nlp, text)
    assert only(actors, "Dawn French").kind == "person"
