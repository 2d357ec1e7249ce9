"""Names that are no actors of the story: languages, works, terms (issue 13, precision)."""

from __future__ import annotations

from tests.test_actors import actors_of, surfaces


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


def test_a_capitalised_term_the_text_also_writes_in_lowercase_is_no_actor(nlp):
    text = (
        "The study compares Solid Oxide Fuel Cells (SOFC) with batteries. A solid oxide "
        "fuel cell runs hot, and the SOFC design needs ceramics. Maria Lopez of the "
        "National Energy Council led the work."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Solid Oxide Fuel Cells", "SOFC"}
    assert "National Energy Council" in found


def test_a_name_written_in_lowercase_only_by_a_slip_stays_a_name(nlp):
    text = (
        "Cedar Grove hosts the fair every spring. Visitors to Cedar Grove park by the "
        "river, and Cedar Grove police direct the traffic. Parking in cedar grove is free. "
        "The Harbour Authority runs the ferry to Cedar Grove."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Cedar Grove" in found


def test_a_work_the_writer_introduces_as_one_is_no_actor(nlp):
    text = (
        "Ana Ruiz directed the film Harbour Lights in 2019. She later starred in the TV "
        "series Northern Watch, and the novel Winter Orchard made her famous. Ruiz said "
        "the film Harbour Lights was her favourite."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Harbour Lights", "Northern Watch", "Winter Orchard"}
    assert "Ruiz" in found


def test_a_person_named_beside_a_work_noun_stays_a_person(nlp):
    text = (
        "The documentary premiered on Friday. Its director, Tomas Berg, said the series "
        "would follow. Berg told reporters that his novel was finished."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Tomas Berg" in found


def test_a_capitalised_word_before_the_number_it_labels_is_no_actor(nlp):
    text = (
        "The survey ran in rounds. Respondents in Round 2 were older than those in "
        "Round 1, and Figure 3 shows the gap. In Round 3 the gap closed, as Figure 4 shows."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Round", "Figure"}


def test_a_body_named_with_a_number_stays_an_actor(nlp):
    text = (
        "Channel 4 reported the story first. The broadcaster said on Monday that "
        "Channel 4 would air the interview, and Channel 4 News confirmed it."
    )
    found = surfaces(actors_of(nlp, text))
    assert any("Channel" in surface for surface in found)


def test_a_language_studied_or_listed_among_languages_is_no_actor(nlp):
    text = (
        "The school offers languages like Portuguese and Korean. Students practise "
        "Portuguese every morning, and many study Korean at night."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Portuguese", "Korean"}


def test_a_people_studied_in_the_plural_are_people(nlp):
    text = (
        "Anthropologists study Bolivians in the highlands. The team met Peruvians "
        "near the border, and Bolivians hosted them for a week."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Bolivians" in found


def test_the_initials_of_a_capitalised_term_are_no_actor(nlp):
    text = (
        "Machine Translation has improved. Progress in machine translation was slow, "
        "but MT systems now help the Translators Guild, and the Guild says MT saves time."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Machine Translation", "MT"}


def test_a_storm_a_games_or_a_proclamation_is_no_actor(nlp):
    text = (
        "Hurricane Delia reached the coast on Monday, and Delia's winds toppled trees. "
        "The Winter Paralympics were postponed, and the Harbour Proclamation was read "
        "aloud. The Coastal Safety Board said repairs would take weeks."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Hurricane Delia", "Winter Paralympics", "Harbour Proclamation"}
    assert "Coastal Safety Board" in found


def test_a_team_named_after_storms_stays_an_actor(nlp):
    text = (
        "The Iowa State Cyclones beat Kansas on Saturday. The Iowa State Cyclones "
        "said the win was deserved."
    )
    found = surfaces(actors_of(nlp, text))
    assert any("Cyclones" in surface for surface in found)


def test_a_disease_is_no_actor(nlp):
    text = (
        "Officials confirmed two more cases of COVID-19 on Tuesday. Dr Lena Park said "
        "the Ebola outbreak in the region was contained, and Park warned that COVID-19 "
        "could return in winter. Park earned her PhD in Seoul."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"COVID-19", "Ebola", "PhD"}
    assert "Lena Park" in found


def test_a_name_called_on_in_an_exclamation_is_no_actor(nlp):
    text = (
        '"Oh my God, look at that," she said. "Well, oh my God!" he shouted back, '
        "and the neighbours came out."
    )
    found = surfaces(actors_of(nlp, text))
    assert "God" not in found


def test_a_person_after_my_in_running_text_stays_a_person(nlp):
    text = (
        "I travelled with my Aunt Rosa to Lisbon. Later I wrote to my Rosa, and "
        "Rosa Almeida replied within a week."
    )
    found = surfaces(actors_of(nlp, text))
    assert any("Rosa" in surface for surface in found)


def test_a_field_of_study_is_no_actor(nlp):
    text = (
        "Mara Olsen is Professor of Sociology at the University of Bergen. She earned a "
        "degree in Behavioural Economics and now teaches Sociology to first-year students."
    )
    found = surfaces(actors_of(nlp, text))
    assert not found & {"Sociology", "Behavioural Economics"}
    assert "University of Bergen" in found


def test_a_body_named_for_a_field_of_study_stays_an_actor(nlp):
    text = (
        "The Institute for Coastal Studies said on Monday that sea levels were rising. "
        "The Institute for Coastal Studies has warned before."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Institute for Coastal Studies" in found


def test_a_name_the_text_calls_a_language_is_no_actor(nlp):
    text = (
        "Tarvani is a Pacific language spoken on two islands. Most Tarvani speakers "
        "live abroad, and teachers in Suva want Tarvani taught in schools."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Tarvani" not in found


def test_a_people_or_place_the_text_does_not_call_a_language_stays(nlp):
    text = (
        "Tarvani elders met the governor in Suva. The governor said Suva would fund "
        "the school, and the Tarvani Council thanked him."
    )
    found = surfaces(actors_of(nlp, text))
    assert "Suva" in found
    assert any("Tarvani" in surface for surface in found)


def test_a_technology_acronym_is_no_actor(analyze):
    # A small model calls "AI" a place and "GDP" an organisation; neither acts.
    a = analyze("Many firms now use AI to write code. GDP grew by 2 percent, the IMF said.")
    names = {actor.name for actor in a.actors}
    assert "AI" not in names and "GDP" not in names
    assert "IMF" in names
