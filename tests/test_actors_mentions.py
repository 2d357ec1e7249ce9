"""Which names are mentions of actors at all: adjectives, units, terms, works."""

from __future__ import annotations

from tests.test_actors import actors_of, surfaces


def test_a_demonym_before_a_thing_or_an_idea_mentions_no_actor(nlp):
    text = (
        "The shop sells French wine and Italian cheese. She studies American "
        "literature and Japanese architecture, and the menu uses a Spanish word. "
        "My neighbour is Portuguese, of Irish, Dutch and Polish ancestry."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"French", "Italian", "American", "Japanese", "Spanish", "Portuguese"}
    assert not found & {"Irish", "Dutch", "Polish"}


def test_a_demonym_before_a_person_body_or_place_mentions_the_country(nlp):
    text = (
        "Israeli forces entered the town on Monday. The French government protested, "
        "and Turkish officials met Greek diplomats in a Swiss village."
    )
    found = surfaces(actors_of(nlp, text))
    assert {"Israeli", "French", "Turkish", "Greek", "Swiss"} <= found


def test_an_acronym_after_the_number_it_counts_is_a_unit(nlp):
    text = (
        "The temple was built around 450 BC and rebuilt in 120 CE. A night at the inn "
        "costs 300 SEK, and the guide charges 40 NOK an hour."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"BC", "CE", "SEK", "NOK"}


def test_an_acronym_after_a_number_that_modifies_a_noun_names_its_body(nlp):
    text = "The summit hosted 30 NATO members. Later, 12 UN inspectors visited the first EU office."
    found = surfaces(actors_of(nlp, text))
    assert {"NATO", "UN", "EU"} <= found


def test_a_demonym_after_in_is_a_language(nlp):
    text = (
        "The letters were written in German, and the new edition in Spanish sold well. "
        "The collection was later translated into Greek."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"German", "Spanish", "Greek"}


def test_a_people_after_in_or_a_sea_named_so_is_no_language(nlp):
    text = (
        "There is little trust in Germans among the voters, said the poll. "
        "The ferry sank in the Adriatic, and Italy sent a ship."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Germans" in found


def test_a_language_named_on_its_own_is_no_actor(nlp):
    text = (
        "English is the main language of the city. Latin was taught at the school, "
        "and many residents speak English at home and read Latin in the library."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"English", "Latin"}


def test_an_acronym_defined_from_lowercase_words_is_a_term(nlp):
    text = (
        "The probe measures the land surface temperature (LST) every day. "
        "Models of LST improved, and LST maps were published by the team."
    )
    assert "LST" not in surfaces(actors_of(nlp, text))


def test_an_acronym_of_a_capitalised_name_stays_an_organisation(nlp):
    text = (
        "The report came from the International Energy Agency (IEA). "
        "The IEA said demand would rise, and the IEA warned of shortages."
    )
    actors = actors_of(nlp, text)
    assert "IEA" in surfaces(actors)


def test_a_law_or_an_event_is_no_actor(nlp):
    text = (
        "The Clean Water Act was passed after the Second World War. Farmers said the "
        "Clean Water Act hurt them, and the Olympic Games brought visitors to the city."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Clean Water Act", "Second World War", "Olympic Games"}


def test_a_law_cited_as_a_source_stays(nlp):
    text = (
        "According to the Clean Water Act, the plant must report every spill. "
        "The Clean Water Act was passed in 1972."
    )
    assert "Clean Water Act" in surfaces(actors_of(nlp, text))


def test_the_authors_of_a_cited_reference_are_people(nlp):
    text = (
        "Sleep helps memory (Okafor, Lindqvist, & Barrancos, 2014; Tamm & Iwu, 2019). "
        "Earlier work agrees (see Vasquel et al., 2011). Perrault (1987) measured the "
        "same effect in mice, and the results were confirmed by Anwuli and Sorensk (2002)."
    )
    people = {m.text for a in actors_of(nlp, text) if a.kind == "person" for m in a.mentions}
    assert {"Okafor", "Lindqvist", "Barrancos", "Tamm", "Iwu"} <= people
    assert {"Vasquel", "Perrault", "Anwuli", "Sorensk"} <= people


def test_a_title_with_its_year_or_a_year_in_a_name_cites_nobody(nlp):
    from dramatis.actors.recover import cited_authors

    doc = nlp(
        "She starred in The Quiet Harbour (2004), A Long Winter (2008) and Grey "
        "Orchard (2011). He watched the Tokyo 2020 Games on television. Harbour Lights (1999)"
    )
    assert cited_authors(doc) == []


def test_a_city_inside_a_longer_name_is_a_place(nlp):
    text = (
        "She worked for the Leiden Institute of Physics and taught at the University of Pisa. "
        "Her brother pitched for the Pittsburgh Pirates for two seasons."
    )
    places = {m.text for a in actors_of(nlp, text) if a.kind == "place" for m in a.mentions}
    assert {"Leiden", "Pisa", "Pittsburgh"} <= places


def test_a_common_word_or_a_first_name_a_city_bears_is_no_place_in_a_name(nlp):
    text = (
        "He won the award for Best Actor at the Golden Lantern Festival. The Federal "
        "Circuit Court agreed with the Union Station Authority. The photo is by Marco "
        "Tellavanti Studios. Title: A Long Road. Author: Leo Tolstoy."
    )
    actors = actors_of(nlp, text)
    assert not surfaces(actors) & {"Best", "Golden", "Federal", "Union", "Marco"}
    assert "Leo" not in {m.text for a in actors if a.kind == "place" for m in a.mentions}


def test_a_place_inside_an_event_that_is_no_actor_stays_a_place(nlp):
    text = (
        "In 1999 she chaired the jury of the 40th Berlin International Film Festival, "
        "and a year later she opened the Vienna Energy Forum."
    )
    places = {m.text for a in actors_of(nlp, text) if a.kind == "place" for m in a.mentions}
    assert {"Berlin", "Vienna"} <= places
