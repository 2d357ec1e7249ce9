"""Refusals to merge: two real actors that share a name stay two (issue 13)."""

from __future__ import annotations

from dramatis import actors as actor_layer
from dramatis.actors.mention import EntityMention
from dramatis.actors.regions import region_of_place
from dramatis.analysis import Actor


def mention(text: str, surface: str, label: str, nth: int = 0, **evidence) -> EntityMention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as a mention NER labelled ``label``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    words = len(surface.split())
    return EntityMention(start, start + len(surface), surface, label, tokens=words, **evidence)


def actor_at(actors: list[Actor], text: str, surface: str, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    (found,) = [a for a in actors if any(m.start <= start < m.end for m in a.mentions)]
    return found


# --- a region of a place is not the place --------------------------------------------


def test_a_region_word_before_a_place_takes_the_region_apart():
    text = "Farmers in Norway moved to northern Norway, where Norway pays them more."
    mentions = [mention(text, "Norway", "GPE", n) for n in range(3)]
    actors = actor_layer.consolidate(text, mentions)
    country = actor_at(actors, text, "Norway")
    region = actor_at(actors, text, "northern Norway")
    assert region is not country
    assert region.name == "northern Norway"
    assert actor_at(actors, text, "Norway", 2) is country


def test_a_capitalised_region_word_at_a_sentence_start_counts_too():
    text = "Central Asia is vast."
    found = region_of_place(text, mention(text, "Asia", "GPE"))
    assert (found.start, found.text) == (0, "Central Asia")


def test_no_region_word_no_change():
    text = "He flew north to Oslo and then to the northern coast."
    oslo = mention(text, "Oslo", "GPE")
    assert region_of_place(text, oslo) is oslo
    # A region word inside another word is none ("Southwestern" is one, "Midsouth" not).
    text = "The Midsouth Bank lent to Memphis."
    memphis = mention(text, "Memphis", "GPE")
    assert region_of_place(text, memphis) is memphis


def test_a_person_after_a_region_word_is_not_a_region():
    text = "She met central Smith again."
    smith = mention(text, "Smith", "PERSON")
    assert region_of_place(text, smith) is smith


# --- a building or a street named after someone is not that person -------------------


def test_a_name_ending_in_a_building_noun_is_no_full_personal_name():
    text = "Visitors pray at the Nasser Mosque. Later Nasser Hotel opened. Nasser left town."
    mentions = [
        mention(text, "Nasser Mosque", "PERSON"),
        mention(text, "Nasser Hotel", "PERSON"),
        mention(text, "Nasser", "PERSON", 2),
    ]
    actors = actor_layer.consolidate(text, mentions)
    bare = actor_at(actors, text, "Nasser", 2)
    assert bare is not actor_at(actors, text, "Nasser Mosque")
    assert bare is not actor_at(actors, text, "Nasser Hotel")


def test_a_surname_that_is_also_a_street_word_still_joins_its_person():
    text = "Pamela Street wrote the novel. Street later moved to Leeds."
    mentions = [mention(text, "Pamela Street", "PERSON"), mention(text, "Street", "PERSON", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Street", 1) is actor_at(actors, text, "Pamela Street")
    text = "Omar Hakim played drums. Hakim toured Europe."
    mentions = [mention(text, "Omar Hakim", "PERSON"), mention(text, "Hakim", "PERSON", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Hakim", 1) is actor_at(actors, text, "Omar Hakim")


# --- a shared surname after a relative named in passing ----------------------------


def test_a_shared_surname_after_a_relative_listed_in_passing_is_the_subject():
    text = (
        "Helen Marsh is a British painter. She married in 2001 and has a daughter, "
        "Ruby Marsh. Marsh exhibited in Paris in 2010."
    )
    mentions = [
        mention(text, "Helen Marsh", "PERSON", acts=True),
        mention(text, "Ruby Marsh", "PERSON"),
        mention(text, "Marsh", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    bare = actor_at(actors, text, "Marsh exhibited")
    assert bare is actor_at(actors, text, "Helen Marsh")
    assert bare is not actor_at(actors, text, "Ruby Marsh")


def test_a_shared_surname_after_a_full_name_that_acted_is_that_person():
    text = (
        "Helen Marsh is a British painter. Her brother Tom Marsh sold the farm. "
        "Marsh then left for Canada."
    )
    mentions = [
        mention(text, "Helen Marsh", "PERSON", acts=True),
        mention(text, "Tom Marsh", "PERSON", acts=True),
        mention(text, "Marsh", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Marsh then") is actor_at(actors, text, "Tom Marsh")


def test_a_shared_surname_in_the_same_sentence_is_the_name_before_it():
    text = "Helen Marsh is a painter. She thanked her son, Ruby Marsh, and Marsh smiled."
    mentions = [
        mention(text, "Helen Marsh", "PERSON", acts=True),
        mention(text, "Ruby Marsh", "PERSON"),
        mention(text, "Marsh", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Marsh smiled") is actor_at(actors, text, "Ruby Marsh")


# --- a person is not the organisation named after them ---------------------------------


def test_a_titled_person_is_not_the_organisation_named_after_them():
    text = "The Keller Government resigned. Critics said Dr. Keller had misled voters."
    mentions = [
        mention(text, "Keller Government", "ORG"),
        mention(text, "Keller", "PERSON", 1, titled=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Keller", 1) is not actor_at(actors, text, "Keller Government")


def test_an_untitled_short_form_still_joins_its_organisation():
    text = "The Keller Foundation gave money. Keller also funds schools."
    mentions = [mention(text, "Keller Foundation", "ORG"), mention(text, "Keller", "PERSON", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Keller", 1) is actor_at(actors, text, "Keller Foundation")


# --- two sets of initials are two people ----------------------------------------------


def test_different_initials_are_different_people_and_the_bare_name_joins_neither():
    text = "John Q. Adams wrote to John T. Adams. John Adams replied."
    mentions = [
        mention(text, "John Q. Adams", "PERSON"),
        mention(text, "John T. Adams", "PERSON"),
        mention(text, "John Adams", "PERSON"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    q, t = actor_at(actors, text, "John Q. Adams"), actor_at(actors, text, "John T. Adams")
    assert q is not t
    assert actor_at(actors, text, "John Adams") not in (q, t)


def test_one_set_of_initials_joins_the_bare_name():
    text = "John Q. Adams wrote home. John Adams replied."
    mentions = [mention(text, "John Q. Adams", "PERSON"), mention(text, "John Adams", "PERSON")]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "John Adams") is actor_at(actors, text, "John Q. Adams")


# --- the second of two names joined by "&" is not a short form of the pair -------------


def test_the_name_after_an_ampersand_is_not_a_short_form_of_the_pair():
    text = "Grant-Wood & Field-Lane (2019) disagreed. Field-Lane (2021) later replied."
    mentions = [
        mention(text, "Grant-Wood & Field-Lane", "ORG"),
        mention(text, "Field-Lane", "ORG", 1),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Field-Lane", 1) is not actor_at(actors, text, "Grant-Wood")


def test_the_tail_of_one_longer_name_still_joins_it():
    text = "The Grant Field Lane Trust met. Later Field Lane Trust voted."
    mentions = [
        mention(text, "Grant Field Lane Trust", "ORG"),
        mention(text, "Field Lane Trust", "ORG", 1),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Field Lane Trust", 1) is actor_at(actors, text, "Grant Field")


# --- a demonym's plural names the people, not the state --------------------------------


def test_a_demonym_plural_is_its_own_group_not_the_country():
    text = "Peru signed the treaty. Peruvian diplomats were pleased, but Peruvians abroad were not."
    mentions = [
        mention(text, "Peru", "GPE"),
        mention(text, "Peruvian", "NORP"),
        mention(text, "Peruvians", "NORP"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    country = actor_at(actors, text, "Peru")
    people = actor_at(actors, text, "Peruvians")
    assert people is not country
    assert people.kind == "group"
    assert people.name == "Peruvians"
    # The singular stays the country's adjective.
    assert actor_at(actors, text, "Peruvian") is country
    assert country.kind == "place"


def test_a_demonym_plural_is_no_misspelling_of_a_continent():
    text = "Colonists reached the Americas early. Later Americans moved west across the Americas."
    mentions = [
        mention(text, "Americas", "LOC"),
        mention(text, "Americans", "NORP"),
        mention(text, "Americas", "LOC", 1),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Americans") is not actor_at(actors, text, "Americas")


def test_a_country_whose_name_ends_like_a_plural_is_still_the_country():
    text = "The Bahamas voted. Bahamian officials said the Bahamas would sign."
    mentions = [
        mention(text, "Bahamas", "GPE"),
        mention(text, "Bahamian", "NORP"),
        mention(text, "Bahamas", "GPE", 1),
    ]
    actors = actor_layer.consolidate(text, mentions)
    country = actor_at(actors, text, "Bahamas")
    assert country.kind == "place"
    assert actor_at(actors, text, "Bahamian") is country
    assert actor_at(actors, text, "Bahamas", 1) is country


# --- a part of an organisation, or a city, is not the organisation --------------------


def test_a_committee_of_a_body_is_not_the_body():
    text = "The Assembly passed the bill. Then the Assembly Committee rewrote it."
    mentions = [mention(text, "Assembly", "ORG"), mention(text, "Assembly Committee", "ORG")]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Assembly Committee") is not actor_at(actors, text, "Assembly")


def test_a_name_without_its_generic_words_still_joins_its_organisation():
    text = "Brenner Holdings bought the port. Brenner also owns ships."
    mentions = [mention(text, "Brenner Holdings", "ORG"), mention(text, "Brenner", "ORG", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Brenner", 1) is actor_at(actors, text, "Brenner Holdings")


def test_a_city_one_moves_to_is_not_the_university_named_after_it():
    text = "She moved to Dunmore in 1990 and taught at Dunmore University for years."
    mentions = [
        mention(text, "Dunmore", "GPE", preposition="to"),
        mention(text, "Dunmore University", "ORG"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    city = actor_at(actors, text, "Dunmore")
    assert city is not actor_at(actors, text, "Dunmore University")
    assert city.kind == "place"


def test_a_bare_name_read_once_as_a_place_but_not_located_still_joins():
    # One odd GPE on a company's short name, with no place syntax, is the model's noise.
    text = "Brenner Holdings bought the port. Brenner owns ships too."
    mentions = [mention(text, "Brenner Holdings", "ORG"), mention(text, "Brenner", "GPE", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Brenner", 1) is actor_at(actors, text, "Brenner Holdings")


def test_a_city_someone_grew_up_in_is_not_a_first_name():
    text = "Austin Velde was born in 1990. He grew up in Austin before he moved north."
    mentions = [
        mention(text, "Austin Velde", "PERSON"),
        mention(text, "Austin", "GPE", 1, preposition="in"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Austin", 1) is not actor_at(actors, text, "Austin Velde")


def test_a_first_name_after_the_full_name_still_joins_it():
    text = "Austin Velde was born in 1990. Later Austin moved north."
    mentions = [
        mention(text, "Austin Velde", "PERSON"),
        mention(text, "Austin", "PERSON", 1, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Austin", 1) is actor_at(actors, text, "Austin Velde")


# --- a place's name that is the surname of the one full name ---------------------------


def test_a_place_name_unmarked_as_a_place_after_the_full_name_is_the_person():
    text = (
        "The envoy met George Washington at camp. A painter made a portrait of Washington "
        "that winter. The envoy later settled in Washington, and built a house near "
        "Washington, D.C. for his family."
    )
    mentions = [
        mention(text, "George Washington", "PERSON"),
        mention(text, "Washington", "GPE", 1, preposition="of"),
        mention(text, "Washington", "GPE", 2, preposition="in"),
        mention(text, "Washington", "GPE", 3, preposition="near"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    person = actor_at(actors, text, "George Washington")
    assert actor_at(actors, text, "Washington", 1) is person  # "a portrait of Washington"
    place = actor_at(actors, text, "Washington", 2)  # "settled in Washington"
    assert place is not person
    assert actor_at(actors, text, "Washington", 3) is place
    (moved,) = [m for m in person.explain.merges if m.rule == "person.surname_not_place"]
    assert moved.alias == "Washington"


def test_a_place_name_before_the_full_name_or_marked_as_a_place_stays_the_place():
    text = (
        "The plan for Washington, D.C. was drawn in 1791. George Washington approved "
        "it. Washington imposed a tax on the farms."
    )
    mentions = [
        mention(text, "Washington", "GPE", 0, preposition="for"),
        mention(text, "George Washington", "PERSON"),
        mention(text, "Washington", "GPE", 2, governs=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    person = actor_at(actors, text, "George Washington")
    assert actor_at(actors, text, "Washington") is not person
    assert actor_at(actors, text, "Washington", 2) is not person


# --- a full name the model misread, vouched for by its surname -------------------------


def test_two_name_words_ending_in_a_persons_surname_are_a_full_name():
    text = "Haden Vorst led the settlers. Vorst signed the charter, and Vorst left in May."
    mentions = [
        mention(text, "Haden Vorst", "ORG"),
        mention(text, "Vorst", "PERSON", 1, acts=True),
        mention(text, "Vorst", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    person = actor_at(actors, text, "Haden Vorst")
    assert actor_at(actors, text, "Vorst", 1) is person
    assert person.kind == "person"


def test_a_persons_name_first_in_an_organisation_does_not_make_it_a_full_name():
    text = "Quist Harbor opened a new dock. Quist said the harbor would grow, Quist added."
    mentions = [
        mention(text, "Quist Harbor", "ORG"),
        mention(text, "Quist", "PERSON", 1, acts=True),
        mention(text, "Quist", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Quist", 1) is not actor_at(actors, text, "Quist Harbor")


def test_a_form_of_address_before_an_office_is_no_full_name():
    text = "Madam Chair, I yield. The Chair thanked the member; the Chair then spoke."
    mentions = [
        mention(text, "Madam Chair", "ORG"),
        mention(text, "Chair", "PERSON", 1, titled=True),
        mention(text, "Chair", "PERSON", 2, titled=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Chair", 1) is not actor_at(actors, text, "Madam Chair")


# --- a middle name more is the same person, unless written as someone's kin ------------


def test_a_full_name_with_a_middle_name_joins_the_shorter_full_name():
    text = "Lena Marie Voss was born in Graz. Lena Voss studied law, and Voss later taught."
    mentions = [
        mention(text, "Lena Marie Voss", "PERSON"),
        mention(text, "Lena Voss", "PERSON", acts=True),
        mention(text, "Voss", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    person = actor_at(actors, text, "Lena Marie Voss")
    assert actor_at(actors, text, "Lena Voss") is person
    assert actor_at(actors, text, "Voss", 2) is person
    assert "person.middle_name" in {m.rule for m in person.explain.merges}


def test_two_different_middle_names_leave_the_short_full_name_apart():
    text = "Anna Maria Kern and Anna Sofia Kern are twins. Anna Kern was their aunt."
    mentions = [
        mention(text, "Anna Maria Kern", "PERSON"),
        mention(text, "Anna Sofia Kern", "PERSON"),
        mention(text, "Anna Kern", "PERSON"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    short = actor_at(actors, text, "Anna Kern")
    assert short is not actor_at(actors, text, "Anna Maria Kern")
    assert short is not actor_at(actors, text, "Anna Sofia Kern")


def test_a_parent_named_of_the_child_is_another_person():
    text = "Pierre Anton Kern was a painter, the son of Pierre Kern, a carpenter."
    mentions = [
        mention(text, "Pierre Anton Kern", "PERSON"),
        mention(text, "Pierre Kern", "PERSON"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Pierre Kern") is not actor_at(actors, text, "Pierre Anton Kern")


# --- a surname before "family" is the family ------------------------------------------


def test_a_surname_before_family_is_not_the_one_person():
    text = "Ida Brandt was born into the Brandt family in Bern. Brandt later moved to Basel."
    mentions = [
        mention(text, "Ida Brandt", "PERSON"),
        mention(text, "Brandt", "PERSON", 1),
        mention(text, "Brandt", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    person = actor_at(actors, text, "Ida Brandt")
    assert actor_at(actors, text, "Brandt", 1) is not person  # "the Brandt family"
    assert actor_at(actors, text, "Brandt", 2) is person  # "Brandt later moved"


def test_a_shared_surname_before_family_joins_neither_relative():
    text = "Ida Brandt and Otto Brandt left. The Brandt family stayed; Brandt wrote to Ida."
    mentions = [
        mention(text, "Ida Brandt", "PERSON"),
        mention(text, "Otto Brandt", "PERSON"),
        mention(text, "Brandt", "PERSON", 2),
    ]
    actors = actor_layer.consolidate(text, mentions)
    family = actor_at(actors, text, "Brandt", 2)
    assert family not in (
        actor_at(actors, text, "Ida Brandt"),
        actor_at(actors, text, "Otto Brandt"),
    )


# --- a titled shared surname goes to the full name written with that title -------------


def test_a_titled_shared_surname_goes_to_the_full_name_with_that_title():
    text = (
        "Judge Carla Moss and Rob Moss came. Rob Moss spoke first, and Rob Moss spoke "
        "again. Later Judge Moss thanked them."
    )
    mentions = [
        mention(text, "Carla Moss", "PERSON", titled=True),
        mention(text, "Rob Moss", "PERSON"),
        mention(text, "Rob Moss", "PERSON", 1, acts=True),
        mention(text, "Rob Moss", "PERSON", 2, acts=True),
        mention(text, "Moss", "PERSON", 4, titled=True, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Moss", 4) is actor_at(actors, text, "Carla Moss")


def test_an_untitled_shared_surname_still_goes_to_the_dominant_full_name():
    text = (
        "Judge Carla Moss and Rob Moss came. Rob Moss spoke first, and Rob Moss spoke "
        "again. Much later, after the long recess and the vote on the motion, Moss left."
    )
    mentions = [
        mention(text, "Carla Moss", "PERSON", titled=True),
        mention(text, "Rob Moss", "PERSON"),
        mention(text, "Rob Moss", "PERSON", 1, acts=True),
        mention(text, "Rob Moss", "PERSON", 2, acts=True),
        mention(text, "Moss", "PERSON", 4, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Moss", 4) is actor_at(actors, text, "Rob Moss")


def test_a_region_of_a_two_word_place_is_no_longer_name_of_it():
    text = "Maize spread across North America. Farmers in eastern North America grew it."
    mentions = [mention(text, "North America", "LOC"), mention(text, "North America", "LOC", 1)]
    actors = actor_layer.consolidate(text, mentions)
    region = actor_at(actors, text, "eastern North America")
    assert region.name == "eastern North America"
    assert region is not actor_at(actors, text, "North America")


def test_the_tail_of_a_longer_organisation_name_still_joins_it():
    text = "The Grand Harbour Port Authority met. Later the Port Authority voted."
    mentions = [
        mention(text, "Grand Harbour Port Authority", "ORG"),
        mention(text, "Port Authority", "ORG", 1),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Port Authority", 1) is actor_at(actors, text, "Grand Harbour")


# --- a word that ends other names too is no surname of the one person ending so -------


def test_a_word_ending_several_names_is_no_surname_of_the_one_person():
    text = "Ferries leave Upper Holm daily. Lower Holm is quiet, and Jon Holm runs the inn at Holm."
    mentions = [
        mention(text, "Upper Holm", ""),
        mention(text, "Lower Holm", ""),
        mention(text, "Jon Holm", "PERSON"),
        mention(text, "Holm", "", 3, preposition="at"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Holm", 3) is not actor_at(actors, text, "Jon Holm")


def test_a_surname_no_other_name_ends_with_still_joins_its_person():
    text = "Ferries leave Upper Ness daily. Jon Holm runs the inn, and Holm cooks."
    mentions = [
        mention(text, "Upper Ness", ""),
        mention(text, "Jon Holm", "PERSON"),
        mention(text, "Holm", "PERSON", 1, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Holm", 1) is actor_at(actors, text, "Jon Holm")


# --- a province the model reads as an organisation may be its school -------------------


def test_a_province_name_read_as_an_organisation_joins_its_school():
    text = "He was sent to Durham School in 1801. At Durham he rowed, and Durham expelled him."
    mentions = [
        mention(text, "Durham School", "ORG"),
        mention(text, "Durham", "ORG", 1),
        mention(text, "Durham", "ORG", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Durham", 1) is actor_at(actors, text, "Durham School")


def test_a_province_name_read_as_a_place_is_not_the_newspaper():
    text = "The Durham Times reported the fire. Durham was cold, and Durham voted later."
    mentions = [
        mention(text, "Durham Times", "ORG"),
        mention(text, "Durham", "GPE", 1),
        mention(text, "Durham", "ORG", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Durham", 1) is not actor_at(actors, text, "Durham Times")


# --- a national park's short name ------------------------------------------------------


def test_a_national_parks_short_name_joins_it():
    text = "Hikers love Tarnby National Park. In Tarnby the trails are steep."
    mentions = [
        mention(text, "Tarnby National Park", "FAC"),
        mention(text, "Tarnby", "LOC", 1, preposition="in"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    park = actor_at(actors, text, "Tarnby National Park")
    assert actor_at(actors, text, "Tarnby", 1) is park
    assert "name.short_form_of_place" in {m.rule for m in park.explain.merges}


def test_the_person_a_national_park_is_named_after_is_not_the_park():
    text = "Ella Tarnby founded Tarnby National Park. Tarnby said the trails were steep."
    mentions = [
        mention(text, "Ella Tarnby", "PERSON"),
        mention(text, "Tarnby National Park", "FAC"),
        mention(text, "Tarnby", "PERSON", 2, acts=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    bare = actor_at(actors, text, "Tarnby", 2)
    assert bare is actor_at(actors, text, "Ella Tarnby")
    assert bare is not actor_at(actors, text, "Tarnby National Park")


def test_an_unlabelled_surname_that_speaks_vouches_for_the_full_name():
    text = "The study was led by Marla Quist. Quist explained the method to us."
    mentions = [
        mention(text, "Marla Quist", "WORK_OF_ART"),
        mention(text, "Quist", "", 1, acts=True, attribution=True, source="attribution"),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Quist", 1) is actor_at(actors, text, "Marla Quist")


def test_an_unlabelled_surname_that_does_not_speak_vouches_for_nothing():
    text = "The study was led by Marla Quist. The Quist method is old."
    mentions = [mention(text, "Marla Quist", "WORK_OF_ART"), mention(text, "Quist", "", 1)]
    actors = actor_layer.consolidate(text, mentions)
    found = [a for a in actors if any(m.text == "Quist" for m in a.mentions)]
    assert all(a is not actor_at(actors, text, "Marla Quist") for a in found)


# --- a name written family name first --------------------------------------------------


def test_a_name_in_the_other_order_is_the_same_person():
    text = "Kenji Sato was born in Osaka. In Japan he is known as Sato Kenji."
    mentions = [mention(text, "Kenji Sato", "PERSON"), mention(text, "Sato Kenji", "FAC")]
    actors = actor_layer.consolidate(text, mentions)
    person = actor_at(actors, text, "Kenji Sato")
    assert actor_at(actors, text, "Sato Kenji") is person
    assert "person.reversed_order" in {m.rule for m in person.explain.merges}


def test_two_names_in_either_order_without_a_person_stay_apart():
    text = "Delta Bank lent money to Bank Delta, a rival in the next town."
    mentions = [mention(text, "Delta Bank", "ORG"), mention(text, "Bank Delta", "ORG")]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Delta Bank") is not actor_at(actors, text, "Bank Delta")


def test_a_demonym_used_as_a_noun_after_the_is_the_people():
    text = "Dutch ships sailed in 1664. Later the Dutch traded with Japan, and Dutch law changed."
    mentions = [
        mention(text, "Dutch", "NORP"),
        mention(text, "Dutch", "NORP", 1, acts=True),
        mention(text, "Japan", "GPE"),
        mention(text, "Dutch", "NORP", 2),
    ]
    actors = actor_layer.consolidate(text, mentions)
    people = actor_at(actors, text, "Dutch", 1)
    assert people.kind == "group"
    assert people is not actor_at(actors, text, "Dutch")  # "Dutch ships": the country's
    assert actor_at(actors, text, "Dutch", 2) is actor_at(actors, text, "Dutch")


def test_a_demonym_after_the_as_a_modifier_stays_the_countrys():
    text = "Netherlands officials spoke. Later the Dutch government denied it."
    mentions = [mention(text, "Netherlands", "GPE"), mention(text, "Dutch", "NORP")]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Dutch") is actor_at(actors, text, "Netherlands")


# --- post-nominal letters are no part of a name ---------------------------------------


def test_a_name_with_post_nominal_letters_is_the_same_person():
    text = "Ada Lind FRS was a chemist. Ada Lind later taught in Leeds."
    mentions = [mention(text, "Ada Lind FRS", "PERSON"), mention(text, "Ada Lind", "PERSON", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Ada Lind", 1) is actor_at(actors, text, "Ada Lind FRS")


def test_junior_is_another_person_than_his_father():
    text = "Carl Brandt Jr. ran the mill. His father Carl Brandt built it."
    mentions = [
        mention(text, "Carl Brandt Jr.", "PERSON"),
        mention(text, "Carl Brandt", "PERSON", 1, titled=True),
    ]
    actors = actor_layer.consolidate(text, mentions)
    assert actor_at(actors, text, "Carl Brandt", 1) is not actor_at(actors, text, "Carl Brandt Jr.")


# --- a new paragraph: a bare shared surname is the text's person again ---------------


def _delgado(text: str) -> list[Actor]:
    mentions = [
        mention(text, "Rosa Delgado", "PERSON"),
        mention(text, "Luis Delgado", "PERSON"),
        mention(text, "Delgado", "PERSON", text.count("Delgado") - 1),
    ]
    return actor_layer.consolidate(text, mentions)


def test_a_shared_surname_opening_a_paragraph_is_not_the_kin_named_just_before():
    text = (
        "Rosa Delgado is a painter from Leon. Her son, Luis Delgado, was born in 2001."
        "\n\nDelgado later opened a studio of her own."
    )
    actors = _delgado(text)
    later = actor_at(actors, text, "Delgado later")
    assert later is actor_at(actors, text, "Rosa Delgado")
    assert later is not actor_at(actors, text, "Luis Delgado")


def test_a_shared_surname_in_the_same_paragraph_still_goes_to_the_name_before():
    text = (
        "Rosa Delgado is a painter from Leon. Her son, Luis Delgado, was born in 2001. "
        "Delgado later opened a studio of his own."
    )
    actors = _delgado(text)
    assert actor_at(actors, text, "Delgado later") is actor_at(actors, text, "Luis Delgado")


# --- a place's name, first written only inside one organisation's, then alone ---------

_TITLE = "A title line\n\n"


def _exact(actors: list[Actor], text: str, surface: str, nth: int = 0) -> Actor:
    """The actor with a mention spanning exactly the ``nth`` ``surface``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    (found,) = [a for a in actors if any((m.start, m.end) == (start, end) for m in a.mentions)]
    return found


def _varrow(text: str, *bare: EntityMention, label: str = "GPE") -> list[Actor]:
    """ "Varrow University" with its "Varrow" nested, and the bare mentions given."""
    start = text.index("Varrow University")
    host = mention(text, "Varrow University", "ORG")
    nested = EntityMention(start, start + 6, "Varrow", label, source="nested", nested=True)
    return actor_layer.consolidate(text, sorted([host, nested, *bare], key=lambda m: m.start))


def test_a_place_name_after_the_one_organisation_named_with_it_is_that_organisation():
    text = _TITLE + "She studied at Varrow University in 2001. At Varrow she read law."
    actors = _varrow(text, mention(text, "Varrow", "GPE", 1, preposition="at"))
    university = _exact(actors, text, "Varrow University")
    assert _exact(actors, text, "Varrow", 1) is university
    assert "organisation.place_short_form" in {m.rule for m in university.explain.merges}
    # The name inside the longer one stays the place's.
    assert _exact(actors, text, "Varrow", 0) is not university


def test_a_place_name_marked_as_a_place_stays_the_place():
    text = _TITLE + "She studied at Varrow University in 2001. Then she moved to Varrow."
    actors = _varrow(text, mention(text, "Varrow", "GPE", 1, preposition="to"))
    assert _exact(actors, text, "Varrow", 1) is not _exact(actors, text, "Varrow University")


def test_a_place_named_on_its_own_first_stays_the_place():
    text = _TITLE + "She grew up near Varrow. She studied at Varrow University. Varrow grew."
    first = mention(text, "Varrow", "GPE", 0, preposition="near")
    last = mention(text, "Varrow", "GPE", 2)
    actors = _varrow(text, first, last)
    assert _exact(actors, text, "Varrow", 2) is not _exact(actors, text, "Varrow University")


def test_a_name_in_an_organisation_named_only_in_the_title_line_stays_apart():
    text = "Varrow University Rises\n\nThe town grew. At Varrow the mills closed."
    actors = _varrow(text, mention(text, "Varrow", "GPE", 1, preposition="at"))
    assert _exact(actors, text, "Varrow", 1) is not _exact(actors, text, "Varrow University")


# --- a road's number: "US 169", "I-44 West" name the road, not the country or region --


def test_a_country_code_before_a_road_number_names_the_road():
    text = _TITLE + "The US has many roads. Drivers take US 169 north to the lake."
    code = mention(text, "US", "GPE")
    road = mention(text, "US", "GPE", 1)
    actors = actor_layer.consolidate(text, [code, road])
    start = text.index("US 169")
    (highway,) = [a for a in actors if any(m.start == start for m in a.mentions)]
    assert highway.name == "US 169"
    assert highway is not _exact(actors, text, "US")


def test_a_compass_word_after_a_road_number_is_the_road_not_the_region():
    text = _TITLE + "Settlers came from the West. Today drivers take I-44 West to the coast."
    region = mention(text, "West", "LOC")
    direction = mention(text, "West", "LOC", 1)
    actors = actor_layer.consolidate(text, [region, direction])
    start = text.index("I-44 West")
    (highway,) = [a for a in actors if any(m.start == start for m in a.mentions)]
    assert highway.name == "I-44 West"
    assert highway is not _exact(actors, text, "West")


def test_a_country_code_before_other_numbers_stays_the_country():
    text = _TITLE + "The US 10-year bond fell as the US 2020 census began."
    mentions = [mention(text, "US", "GPE"), mention(text, "US", "GPE", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert _exact(actors, text, "US") is _exact(actors, text, "US", 1)
    assert _exact(actors, text, "US").name == "United States"


def test_a_currency_code_before_an_amount_is_no_road():
    text = _TITLE + "The CUC replaced the peso. A taxi costs CUC 25 in the city."
    mentions = [mention(text, "CUC", "ORG"), mention(text, "CUC", "ORG", 1)]
    actors = actor_layer.consolidate(text, mentions)
    assert _exact(actors, text, "CUC") is _exact(actors, text, "CUC", 1)


# --- a generic head ("Palace", "Administration") names one actor only as the text says -


def test_a_generic_head_with_a_capitalised_of_complement_is_each_longer_name():
    text = _TITLE + (
        "Visit the Palace of Nine Gates first. Then walk on to the Palace of Seven Pools. "
        "The Palace of Nine Gates closes early."
    )
    palaces = [mention(text, "Palace", "ORG", n) for n in range(3)]
    actors = actor_layer.consolidate(text, palaces)
    gates = _exact(actors, text, "Palace of Nine Gates")
    assert gates.name == "Palace of Nine Gates"
    assert gates is not _exact(actors, text, "Palace of Seven Pools")
    assert _exact(actors, text, "Palace of Nine Gates", 1) is gates


def test_a_generic_head_after_a_possessive_or_new_is_another_one():
    text = _TITLE + (
        "The board praised the Administration for its work. The union and its Administration "
        "disagreed. Voters hope the new Administration will do better. The Administration left."
    )
    heads = [mention(text, "Administration", "ORG", n) for n in range(4)]
    actors = actor_layer.consolidate(text, heads)
    first = _exact(actors, text, "Administration")
    assert _exact(actors, text, "Administration", 3) is first
    assert _exact(actors, text, "Administration", 1) is not first
    assert _exact(actors, text, "Administration", 2) is not first


def test_a_generic_head_without_complement_or_modifier_stays_one_actor():
    text = _TITLE + "The Court heard the case. Later the Court ruled for the city."
    actors = actor_layer.consolidate(text, [mention(text, "Court", "ORG", n) for n in range(2)])
    assert _exact(actors, text, "Court") is _exact(actors, text, "Court", 1)


# --- after the indefinite article a name says what something is, one of many ----------


def test_a_group_member_after_the_indefinite_article_is_not_the_group():
    text = _TITLE + "Voters backed the Greens. Her uncle was a Green, like many farmers."
    plural = mention(text, "Greens", "NORP")
    member = mention(text, "Green", "NORP", 1)
    actors = actor_layer.consolidate(text, [plural, member])
    assert _exact(actors, text, "Green", 1) is not _exact(actors, text, "Greens")


def test_two_places_each_called_a_heritage_site_stay_apart():
    text = _TITLE + (
        "The old square is a Carrow Heritage Site. The mosque beside it is a Carrow Heritage Site."
    )
    sites = [mention(text, "Carrow Heritage Site", "ORG", n) for n in range(2)]
    actors = actor_layer.consolidate(text, sites)
    assert _exact(actors, text, "Carrow Heritage Site") is not _exact(
        actors, text, "Carrow Heritage Site", 1
    )


def test_a_name_after_the_indefinite_article_inside_a_longer_phrase_still_joins():
    text = _TITLE + "Carrow Bank grew fast. She took a Carrow Bank loan in May."
    banks = [mention(text, "Carrow Bank", "ORG", n) for n in range(2)]
    actors = actor_layer.consolidate(text, banks)
    assert _exact(actors, text, "Carrow Bank") is _exact(actors, text, "Carrow Bank", 1)


def test_a_capital_a_opening_a_place_name_is_no_article():
    text = _TITLE + "She works in A Varra, Spain. The port of A Varra is busy."
    places = [mention(text, "Varra", "GPE", n) for n in range(2)]
    actors = actor_layer.consolidate(text, places)
    assert _exact(actors, text, "Varra") is _exact(actors, text, "Varra", 1)


# --- a street with its house number is no person ----------------------------------------


def test_a_name_followed_by_a_house_number_is_a_street_not_a_full_name():
    text = _TITLE + "The cafe sits at Varnholm Kirkevej 12 near the harbour. Varnholm is tiny."
    street = mention(text, "Varnholm Kirkevej", "PERSON")
    island = mention(text, "Varnholm", "GPE", 1)
    actors = actor_layer.consolidate(text, [street, island])
    assert _exact(actors, text, "Varnholm", 1) is not _exact(actors, text, "Varnholm Kirkevej")


def test_a_full_name_without_a_number_after_it_still_takes_its_surname():
    text = _TITLE + "Anna Varnholm spoke first. Later Varnholm thanked the crowd."
    full = mention(text, "Anna Varnholm", "PERSON")
    bare = mention(text, "Varnholm", "PERSON", 1)
    actors = actor_layer.consolidate(text, [full, bare])
    assert _exact(actors, text, "Varnholm", 1) is _exact(actors, text, "Anna Varnholm")


# --- a part of a place set apart by its setting ("rural Montana") is not the place -----


def test_a_rural_or_mainland_part_of_a_place_is_its_own_region():
    text = _TITLE + "Doctors are few in rural Norland, though Norland pays them well."
    mentions = [mention(text, "Norland", "GPE", n) for n in range(2)]
    actors = actor_layer.consolidate(text, mentions)
    region = actor_at(actors, text, "rural Norland")
    assert region.name == "rural Norland"
    assert region is not actor_at(actors, text, "Norland", 1)


def test_a_plural_with_an_of_complement_naming_a_body_is_each_longer_name():
    text = _TITLE + (
        "The vote rests with the Wardens of the Guild and the Wardens of the Mint. "
        "The Guild met in May; the Mint met in June."
    )
    mentions = [
        mention(text, "Wardens", "", 0),
        mention(text, "Wardens", "", 1),
        mention(text, "Guild", "ORG", 1),
        mention(text, "Mint", "ORG", 1),
    ]
    actors = actor_layer.consolidate(text, sorted(mentions, key=lambda m: m.start))
    guild = _exact(actors, text, "Wardens of the Guild")
    assert guild is not _exact(actors, text, "Wardens of the Mint")


def test_a_person_of_a_place_stays_the_person():
    text = _TITLE + "Senator Varrick of Norland spoke. Norland voted. Later Varrick left."
    mentions = [
        mention(text, "Varrick", "PERSON", 0, titled=True),
        mention(text, "Norland", "GPE", 0),
        mention(text, "Norland", "GPE", 1),
        mention(text, "Varrick", "PERSON", 1),
    ]
    actors = actor_layer.consolidate(text, sorted(mentions, key=lambda m: m.start))
    assert _exact(actors, text, "Varrick") is _exact(actors, text, "Varrick", 1)


# --- "the French" ending its phrase names the people, not the state ---------------------


def test_a_demonym_after_the_ending_its_phrase_is_the_people():
    text = _TITLE + "France sent ships. Rebels fought the French in the hills for a year."
    country = mention(text, "France", "GPE")
    people = mention(text, "French", "NORP")
    actors = actor_layer.consolidate(text, [country, people])
    assert _exact(actors, text, "French") is not _exact(actors, text, "France")


def test_a_demonym_after_the_modifying_a_noun_is_still_the_country():
    text = _TITLE + "France sent ships. Rebels fought the French navy in the hills."
    country = mention(text, "France", "GPE")
    adjective = mention(text, "French", "NORP")
    actors = actor_layer.consolidate(text, [country, adjective])
    assert _exact(actors, text, "French") is _exact(actors, text, "France")


# --- "the South" is a region; a bare "South" a direction or another name ----------------


def test_a_compass_word_with_the_and_without_are_two_actors():
    text = _TITLE + (
        "Settlers came from the South in wagons. Streets run North and South here. "
        "The South grew fast. Avenues run South to the river."
    )
    mentions = [mention(text, "South", "LOC", n) for n in range(4)]
    actors = actor_layer.consolidate(text, mentions)
    region = _exact(actors, text, "South")
    assert _exact(actors, text, "South", 2) is region
    assert _exact(actors, text, "South", 1) is not region
    assert _exact(actors, text, "South", 3) is _exact(actors, text, "South", 1)


def test_a_compass_word_always_with_the_stays_one_region():
    text = _TITLE + "Settlers came from the South in wagons. The South grew fast."
    mentions = [mention(text, "South", "LOC", n) for n in range(2)]
    actors = actor_layer.consolidate(text, mentions)
    assert _exact(actors, text, "South") is _exact(actors, text, "South", 1)


# --- a country's adjective that opens an organisation's name -------------------------


def test_an_adjective_opening_an_institution_name_is_the_institution(analyze):
    text = "The letters lie in the Polish State Naval Archive in Gdansk. Poland wants them."
    actors = analyze(text).actors
    archive = [a for a in actors if a.name == "Polish State Naval Archive"]
    assert len(archive) == 1
    country = [a for a in actors if any(m.text == "Poland" for m in a.mentions)]
    assert country and country[0] is not archive[0]


def test_an_adjective_before_a_common_noun_stays_the_country(analyze):
    text = "Russian officials met the Russian army in the east. Russia said nothing."
    actors = analyze(text).actors
    (country,) = [a for a in actors if any(m.text == "Russia" for m in a.mentions)]
    assert sorted(m.text for m in country.mentions) == ["Russia", "Russian", "Russian"]


# --- a state university and its campus town -------------------------------------------


def test_a_state_university_and_its_campus_town_are_one_name(analyze):
    text = "She taught at the University of Wisconsin, Madison, for a decade."
    names = [a.name for a in analyze(text).actors]
    assert "University of Wisconsin, Madison" in names


def test_a_university_then_its_country_stays_two_names(analyze):
    text = "He studied at the University of Portsmouth, United Kingdom, then left."
    names = [a.name for a in analyze(text).actors]
    assert "University of Portsmouth" in names
    assert "United Kingdom" in names


def _collected_with_place_entity(nlp, text: str, place: str) -> list[str]:
    """The mentions ``collect`` finds when NER tagged only ``place`` (as GPE)."""
    from dramatis.actors.collection import collect
    from spacy.tokens import Span

    doc = nlp(text)
    span = doc.char_span(text.index(place), text.index(place) + len(place))
    doc.ents = [Span(doc, span.start, span.end, label="GPE")]
    return [m.text for m in collect(doc, 0) if not m.nested]


def test_a_place_opening_a_facility_name_is_the_facility(nlp):
    text = "Fans filled Denver Broncos Stadium on the night."
    assert "Denver Broncos Stadium" in _collected_with_place_entity(nlp, text, "Denver")


def test_a_place_before_other_proper_nouns_stays_the_place(nlp):
    text = "Fans in Denver Broncos colours filled the streets."
    assert "Denver" in _collected_with_place_entity(nlp, text, "Denver")


# --- a coast named with the country it lies in ----------------------------------------


def test_a_coast_of_a_country_is_one_place_apart_from_the_country(analyze):
    text = "Towns on the Pacific Coast of Chile grew fast. Chile is long."
    actors = analyze(text).actors
    (coast,) = [a for a in actors if a.name == "Pacific Coast of Chile"]
    (country,) = [a for a in actors if a.name == "Chile"]
    assert country is not coast
    assert "Chile" in [m.text for m in country.mentions]


def test_a_coast_before_another_preposition_stays_the_coast(analyze):
    text = "The Pacific Coast was cold for Chile."
    names = [a.name for a in analyze(text).actors]
    assert "Pacific Coast" in names
    assert "Chile" in names


def test_a_brand_right_before_a_place_is_its_branch_there(nlp):
    text = "Parents like the play museum (FunLab Leeds) for its rooms."
    assert "FunLab Leeds" in _collected_with_place_entity(nlp, text, "Leeds")


def test_a_plain_word_before_a_place_leaves_the_place_alone(nlp):
    text = "Parents like the play museum (Grand Leeds) for its rooms."
    mentions = _collected_with_place_entity(nlp, text, "Leeds")
    assert "Leeds" in mentions
    assert "Grand Leeds" not in mentions
