"""Known names found again over the whole text: a bare surname NER missed is a mention
of the person the text names in full (``recover.known_surnames``)."""

from __future__ import annotations

import dataclasses
import re

from dramatis.actors.mention import EntityMention
from dramatis.actors.recover import known_names, known_surnames


def _mention(text: str, surface: str, label: str = "PERSON", nth: int = 0) -> EntityMention:
    starts = [m.start() for m in re.finditer(re.escape(surface), text)]
    start = starts[nth]
    return EntityMention(start, start + len(surface), surface, label, tokens=len(surface.split()))


def _found(text: str, *mentions: EntityMention) -> list[tuple[int, str]]:
    return [(m.start, m.text) for m in known_surnames(text, list(mentions))]


# --- positive -----------------------------------------------------------------------


def test_a_bare_surname_after_the_full_name_is_a_mention():
    text = "Helena Brandvik won the race in May.\n\nBrandvik trained in Oslo for a year."
    found = known_surnames(text, [_mention(text, "Helena Brandvik")])
    assert [(m.text, m.label, m.source) for m in found] == [("Brandvik", "PERSON", "surname")]
    assert found[0].start == text.index("Brandvik trained")
    assert found[0].sentence_initial


def test_a_surname_mid_sentence_and_with_a_possessive():
    text = "We met Osric Talbourne at noon. Later the crowd cheered for Talbourne's dog."
    assert _found(text, _mention(text, "Osric Talbourne")) == [
        (text.index("Talbourne's"), "Talbourne")
    ]


def test_a_surname_after_a_title_and_after_a_full_stop():
    text = "Ines Kovarik spoke first. Then Dr. Kovarik left. It rained in 1999. Kovarik sang."
    found = _found(text, _mention(text, "Ines Kovarik"))
    assert [t for _, t in found] == ["Kovarik", "Kovarik"]


def test_a_surname_with_an_apostrophe():
    text = "Jean-Luc D'Aubrac was born in Lyon. D'Aubrac studied law."
    assert _found(text, _mention(text, "Jean-Luc D'Aubrac")) == [
        (text.index("D'Aubrac studied"), "D'Aubrac")
    ]


# --- negative -----------------------------------------------------------------------


def test_no_surname_inside_a_longer_name_or_beside_a_capitalised_word():
    text = "Petra Lindqvist ran. The Lindqvist Prize went to Anna. Visit Lindqvist Hall today."
    assert _found(text, _mention(text, "Petra Lindqvist")) == []


def test_no_surname_inside_an_existing_mention():
    text = "Petra Lindqvist ran. Lindqvist smiled."
    lindqvist = _mention(text, "Lindqvist", "PERSON", 1)
    assert _found(text, _mention(text, "Petra Lindqvist"), lindqvist) == []


def test_a_common_word_at_a_sentence_start_is_no_surname():
    text = "Marta Hill lives near the hill. Hill walking is popular there."
    assert _found(text, _mention(text, "Marta Hill")) == []


def test_a_single_word_person_or_an_organisation_gives_no_surname():
    text = "Zorvath arrived. Kelmar Group grew. Zorvath left and Group shares fell."
    assert _found(text, _mention(text, "Zorvath"), _mention(text, "Kelmar Group", "ORG")) == []


def test_the_first_word_of_another_name_is_no_surname():
    text = "Arlen Marsh met Marsh Tomlin. Later, Marsh spoke."
    found = _found(text, _mention(text, "Arlen Marsh"), _mention(text, "Marsh Tomlin"))
    assert found == []


def test_a_place_the_gazetteer_knows_is_no_surname_unless_a_person_alone():
    text = "Lena Kenya sang. She flew to Nairobi, then Kenya welcomed her."
    assert _found(text, _mention(text, "Lena Kenya")) == []


def test_the_surname_of_a_sentence_initial_lowercase_text_word_mid_sentence_counts():
    text = "Rosa Baker bakes bread. The baker is famous, and we met Baker there."
    assert _found(text, _mention(text, "Rosa Baker")) == [(text.rindex("Baker"), "Baker")]


def test_a_surname_before_a_small_number_is_no_mention_but_before_a_year_is():
    text = "Ilse Warrender wrote it, as in Warrender 2011 and the form Warrender 2 below."
    assert _found(text, _mention(text, "Ilse Warrender")) == [
        (text.index("Warrender 2011"), "Warrender")
    ]


def test_the_first_name_of_one_full_name_is_a_mention():
    text = "Odalys Fenwright wrote from Leeds.\n\nWith love, Odalys"
    assert _found(text, _mention(text, "Odalys Fenwright")) == [(text.rindex("Odalys"), "Odalys")]


def test_a_first_name_two_full_names_share_or_a_form_of_address_is_not():
    text = "Odalys Fenwright met Odalys Brun. St Kevin Moor came. Later Odalys and St left."
    mentions = (
        _mention(text, "Odalys Fenwright"),
        _mention(text, "Odalys Brun"),
        _mention(text, "St Kevin Moor"),
    )
    assert _found(text, *mentions) == []


# --- one-word names known elsewhere in the text ---------------------------------------


def _known(text: str, *mentions: EntityMention) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in known_names(text, list(mentions))]


def test_a_known_one_word_name_is_found_again_where_ner_missed_it():
    text = "Brovania exports tin. Traders said that Brovania raised its tariffs."
    assert _known(text, _mention(text, "Brovania", "GPE")) == [("Brovania", "GPE")]


def test_a_known_name_in_a_longer_name_or_before_a_number_is_not():
    text = "Kestrane hired staff. The Kestrane Group grew. Gate Kestrane 4 opened."
    assert _known(text, _mention(text, "Kestrane", "ORG")) == []


def test_a_run_of_proper_nouns_a_people_or_a_unit_is_no_known_name():
    text = "Velorian art sold well; Velorian was spoken. Kip Tovar paid 40 KZX. KZX rose."
    mentions = (
        _mention(text, "Velorian", "NORP"),
        dataclasses.replace(_mention(text, "Kip"), source="propn", label=""),
        _mention(text, "KZX", "ORG"),
    )
    assert _known(text, *mentions) == [("KZX", "ORG")]


def test_no_known_name_from_a_lowercase_or_title_mention():
    text = "The President spoke. Later the President left. Aid flowed."
    assert _known(text, _mention(text, "President", "PERSON")) == []


# --- through the whole analysis -----------------------------------------------------


def test_the_bare_surname_joins_the_full_name_in_the_analysis(analyze):
    analysis = analyze(
        "Dorothea Wexley founded the rowing club in Leeds in 1921.\n\n"
        "Early years\n\nWexley grew up on a farm and later moved to York."
    )
    text = analysis.text
    start = text.index("Wexley grew")
    owners = [a for a in analysis.actors if any(m.start == start for m in a.mentions)]
    assert [a.name for a in owners] == ["Dorothea Wexley"]
    assert owners[0].kind == "person"


# --- a god's name alone (``recover.recover_deities``) -----------------------------------


def _names(analyze, body: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in analyze(body).actors]


def test_a_gods_name_alone_is_a_person(analyze):
    assert ("God", "person") in _names(analyze, "The old farmer prayed that God would send rain.")
    assert ("God", "person") in _names(analyze, "After the war she gave her life to God.")


def test_a_gods_name_in_an_exclamation_is_nobody(analyze):
    for body in (
        "Oh God, the bus has left without us.",
        "God, I have no idea where the keys are.",
        "Thank God the rain stopped before the match.",
        "For God's sake, close the door behind you.",
    ):
        assert all(name != "God" for name, _ in _names(analyze, body)), body


# --- the name a letter is signed with (``recover.signed_names``) ------------------------


def test_the_name_under_a_letters_closing_is_a_person(analyze):
    names = _names(analyze, "See you all in May, I hope.\n\nBest wishes,\n\nAnna")
    assert ("Anna", "person") in names
    names = _names(analyze, "Give my love to the children.\n\nLove always,\n\nTomasz")
    assert ("Tomasz", "person") in names


def test_a_line_after_other_words_is_no_signature(analyze):
    names = _names(analyze, "The best part of the trip was the food.\n\nOrange")
    assert all(name != "Orange" for name, _ in names)
    names = _names(analyze, "Yours,\n\nThe Committee for Safer Roads and Bridges")
    assert ("The Committee for Safer Roads and Bridges", "person") not in names
