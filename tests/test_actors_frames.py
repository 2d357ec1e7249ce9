"""Names recovered by the frame they stand in (dramatis.actors.frames): a greeting, a
signature, a byline, a credit; a conjunct, an apposition, a fixed place frame."""

from __future__ import annotations


def _names(analyze, body: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in analyze(body).actors]


def _surfaces(analyze, body: str) -> set[str]:
    return {m.text for a in analyze(body).actors for m in a.mentions}


def test_the_name_a_letter_greets_is_a_person(analyze):
    body = "Dear Rosalind:\n\nThe parcel came on Tuesday, and the garden is green again."
    assert ("Rosalind", "person") in _names(analyze, body)
    body = "Hi Vell! The notes from our meeting are in the shared folder now."
    assert ("Vell", "person") in _names(analyze, body)


def test_a_greeting_to_no_one_person_names_no_one(analyze):
    body = "Dear Friends:\n\nThe river rose again this spring, and the bridge is closed."
    assert all(name != "Friends" for name, _ in _names(analyze, body))
    body = "Hi guys! I finished my chemistry exam a little after noon today."
    assert all(name != "guys" for name, _ in _names(analyze, body))
    body = "Dear Sir,\n\nWe write about the bridge over the river."
    assert all(name != "Sir" for name, _ in _names(analyze, body))


def test_a_greeting_taken_into_the_name_is_cut_off(analyze):
    body = "Dear Hannelore:\n\nThe house is quiet. Hannelore, you would love the view."
    names = [name for name, _ in _names(analyze, body)]
    assert "Dear Hannelore" not in names


def test_a_signature_that_is_also_a_word_is_a_person(analyze):
    body = "We shall be seeing you soon, and the bill for the boat is paid.\n\nYours,\n\nBill"
    assert ("Bill", "person") in _names(analyze, body)
    body = "The rain stopped at last this morning.\n\nBest wishes,\n\nMark"
    assert ("Mark", "person") in _names(analyze, body)


def test_the_name_on_a_byline_is_a_mention(analyze):
    body = "Why We Sleep Less in Winter\n\nBy Marguerite Oduya\n\nThe nights grow long and cold."
    assert "Marguerite Oduya" in _surfaces(analyze, body)


def test_a_byline_of_one_common_word_names_no_one(analyze):
    body = "Keeping Bees in Town\n\nBy Hand\n\nThe old ways of working the land come back."
    assert "Hand" not in _surfaces(analyze, body)


def test_the_name_a_picture_credits_is_a_mention(analyze):
    body = "Photo by Bluefern Okri under a CC license.\n\nThe harvest came early this year."
    assert "Bluefern Okri" in _surfaces(analyze, body)
    body = '"Red Barn at Dusk" by Okri is licensed under CC BY 2.0\n\nThe barn is old.'
    assert "Okri" in _surfaces(analyze, body)


def test_a_credit_in_capitals_is_no_heading(analyze):
    body = "THE LONG WINTER: A NOVEL illustrated by MARTA QUELL\n\nThe story begins in spring."
    assert "MARTA QUELL" in _surfaces(analyze, body)


def test_a_proper_noun_joined_to_a_persons_name_by_and_is_a_person(analyze):
    body = '"We learnt to sail last summer," she said. Quillon and Patel showed us how.'
    assert "Quillon" in _surfaces(analyze, body)
    body = "The harvest starts on Monday. Teodor and Hector and I will pick the pears."
    assert "Teodor" in _surfaces(analyze, body)


def test_a_common_word_joined_to_a_name_is_no_conjunct(analyze):
    body = '"We learnt to sail last summer," she said. Trial and Patel showed us how.'
    assert "Trial" not in _surfaces(analyze, body)


def test_a_proper_noun_beside_a_noun_for_a_person_is_a_name(analyze):
    body = "The house has many rooms. Tavish, the gardener, knows every one of them."
    assert "Tavish" in _surfaces(analyze, body)
    body = "The poet mailed the poems to her publisher, Okri, who printed them."
    assert "Okri" in _surfaces(analyze, body)


def test_the_place_an_event_is_named_after_is_a_place(analyze):
    analysis = analyze("The old fort fell during the Siege of Kestrel, after a long winter.")
    assert ("Kestrel", "place") in [(a.name, a.kind) for a in analysis.actors]


def test_a_us_state_code_after_a_town_is_the_state(analyze):
    body = "Oklahoma has many small towns. Drive north from Tallbrook, OK, or from Pinecrest, OK."
    analysis = analyze(body)
    states = [a for a in analysis.actors if any(m.text == "OK" for m in a.mentions)]
    assert states and states[0].name == "Oklahoma"


def test_a_state_code_needs_a_town_before_it(analyze):
    body = "Is that OK with you? Sure, OK, we can go now."
    assert "OK" not in _surfaces(analyze, body)


def test_a_name_called_before_you_is_the_person_spoken_to(analyze):
    body = "The forms are all signed now.\n\nVell? You wanna take these to the office?\n\nSure."
    assert ("Vell", "person") in _names(analyze, body)


def test_the_proper_noun_before_interviews_is_the_interviewer(analyze):
    body = "Quillon interviews the head of the county fire brigade about the drought."
    assert "Quillon" in _surfaces(analyze, body)


def test_the_subject_of_a_yes_no_question_is_a_name(analyze):
    body = "The new cast list came out today. Is Teodor on it, or did they drop him?"
    assert "Teodor" in _surfaces(analyze, body)
    body = "The new cast list came out today. Is Trial on it, or did they drop it?"
    assert "Fair" not in _surfaces(analyze, body)


def test_a_name_after_a_lowercase_noun_for_a_person_is_that_person(analyze):
    assert ("Teodor", "person") in _names(analyze, "She wrote to her friend Teodor about the farm.")


def test_ner_running_a_lowercase_word_into_a_name_keeps_the_name(nlp):
    from dramatis.actors.collection import Found
    from dramatis.actors.frames import recover_frames

    doc = nlp("A picture of the juggler Martin Kessel at the county fair.")
    found = Found(doc, 0)
    found.add(list(doc[4:7]), "PERSON", "ner")  # as NER read it: "juggler Martin Kessel"
    recover_frames(found)
    assert [m.text for m in found.mentions] == ["Martin Kessel"]
    doc = nlp("The letter went to de Vries Okri in the capital.")
    found = Found(doc, 0)
    found.add(list(doc[4:7]), "PERSON", "ner")
    recover_frames(found)
    assert [m.text for m in found.mentions] == ["de Vries Okri"]


def test_the_name_a_figure_credits_is_a_mention(analyze):
    body = "Copper turns green in the rain (credit: modification of work by \u201cquillpix\u201d / Flickr)."
    assert "quillpix" in _surfaces(analyze, body)
    body = "Soldiers drilled on the lawn in 1863 (credit: Library of Okri)."
    assert "Library of Okri" in _surfaces(analyze, body)
    body = "The salt dissolves slowly (credit: modification of work by \u201cthe\u201d / Flickr)."
    assert "the" not in _surfaces(analyze, body)


def test_a_surname_after_an_adverb_opening_the_sentence_stands_alone():
    from dramatis.actors.mention import EntityMention
    from dramatis.actors.recover import known_surnames

    text = (
        "Teodor Okri was born in 1958. Currently Okri teaches at a college. The Okri Plan failed."
    )
    full = EntityMention(0, 11, "Teodor Okri", "PERSON", "ner", tokens=2)
    found = known_surnames(text, [full])
    assert [text[m.start : m.end] for m in found] == ["Okri"]
    assert found[0].start == text.index("Okri teaches")


def test_a_run_naming_a_known_place_in_capitals_is_the_place(nlp):
    from dramatis.actors.frames import places_of_runs
    from dramatis.actors.mention import EntityMention

    runs = [
        EntityMention(0, 9, "CAPE TOWN", "", "propn", tokens=2, sentence_initial=True),
        EntityMention(20, 33, "Quillon Marsh", "", "propn", tokens=2),
    ]
    placed = places_of_runs(runs)
    assert [(m.text, m.label) for m in placed] == [("CAPE TOWN", "GPE"), ("Quillon Marsh", "")]


def test_the_name_after_an_image_credits_colon_is_a_mention(analyze):
    body = "The beekeeper at the county fair in 2008. Image: Bluefern.\n\nThe hives are busy."
    assert "Bluefern" in _surfaces(analyze, body)


def test_a_name_in_a_roll_call_with_known_people_is_a_person(analyze):
    body = (
        "The sergeant unrolled the list.\n\n"
        "\u201cJohnson! Mendez! Williams! Garcia! Marrow ...\u201d a voice called out.\n\n"
        "Nobody answered."
    )
    assert ("Marrow", "person") in _names(analyze, body)


def test_a_repeated_cry_is_no_roll_call(analyze):
    body = "The crowd rose as one.\n\n\u201cGo! Go! Go! Go!\u201d they shouted at the runners."
    assert "Go" not in _surfaces(analyze, body)


def test_a_street_after_a_house_number_is_a_place(analyze):
    body = "Quick Cabs, 418 Okri Plaza North, tel: 555 0100. Open all night."
    assert "Okri Plaza North" in _surfaces(analyze, body)
    body = "The walk is 3 miles along the river road, then 2 more up the hill."
    assert not _surfaces(analyze, body)


def test_a_full_name_between_commas_in_a_list_of_people_is_a_person(analyze):
    body = "The team sent Maria Lopez, Okri Teodor, James Carter, and Anna Schmidt to the final."
    assert "Okri Teodor" in _surfaces(analyze, body)
