"""Names that are no actors: titles of works, terms, products (issue 13, precision).

Written from invented sentences; mentions are built by hand where the rule reads only
them, so the tests do not hang on what a small model labels.
"""

from __future__ import annotations

import re

from dramatis.actors.filters import (
    _stands_alone,
    acronyms_of_terms,
    is_junk,
    languages_defined,
    names_a_common_title,
)
from dramatis.actors.group import Group
from dramatis.actors.mention import EntityMention

from tests.test_actors import actors_of


def mention(text: str, label: str = "WORK_OF_ART", **fields) -> EntityMention:
    return EntityMention(0, len(text), text, label, **fields)


def test_a_work_titled_with_common_words_is_no_actor():
    for title in ("The Silent Orchard", "Dancing in the Rain", "Diary", "Broken Clocks"):
        assert names_a_common_title([mention(title)], frozenset())


def test_a_work_whose_title_holds_a_name_may_hold_an_actor():
    # a country, a city, a people, or a word of a person's name the text gives
    assert not names_a_common_title([mention("Letters from Portugal")], frozenset())
    assert not names_a_common_title([mention("The United States Papers")], frozenset())
    assert not names_a_common_title([mention("A Night in Chicago")], frozenset())
    assert not names_a_common_title(
        [mention("The Journals of Wilbert")], frozenset(), frozenset({"wilbert"})
    )
    assert not names_a_common_title([mention("The Castamoor Saga")], frozenset())


def test_a_title_is_no_work_unless_every_mention_is_labelled_one():
    assert not names_a_common_title(
        [mention("Silent Orchard"), mention("Silent Orchard", "ORG")], frozenset()
    )
    assert not names_a_common_title([mention("Silent Orchard", "PERSON")], frozenset())


def test_a_work_that_speaks_is_kept():
    # "the report said": a source of a claim is listed whatever it is
    assert not names_a_common_title([mention("Annual Review", attribution=True)], frozenset())


def group_of(text: str, label: str = "ORG", **fields) -> Group:
    key = text.lower()
    return Group(key, (key,), [EntityMention(0, len(text), text, label, **fields)])


def test_a_common_word_the_text_writes_in_lowercase_is_no_body():
    # "The sonnet finds Harmony amidst Chaos ... the harmony of the lines"
    lowercase = frozenset({"harmony", "the", "of", "lines"})
    assert is_junk(group_of("Harmony"), lowercase)


def test_a_body_word_an_acronym_or_an_acting_name_stays_a_body():
    lowercase = frozenset({"senate", "nasa", "harmony"})
    assert not is_junk(group_of("Senate"), lowercase)  # the body's own word
    assert not is_junk(group_of("NASA"), lowercase)  # "nasa.gov" is no lowercase word
    # "Harmony announced a merger": a firm of that name acts
    assert not is_junk(group_of("Harmony", acts=True), lowercase)
    # not written in lowercase anywhere: a name
    assert not is_junk(group_of("Harmony"), frozenset({"the"}))


def test_a_name_before_languages_or_speakers_or_after_speakers_of_is_a_language():
    text = (
        "Tavuni is spoken on two islands. Tavuni speakers also know the Kelari dialects, "
        "and speakers of Morandu live further south, among other Pelagic languages."
    )
    assert {"tavuni", "kelari", "morandu", "pelagic"} <= languages_defined(text)


def test_a_people_that_gives_its_language_its_name_stays_a_people():
    text = (
        "The first settlers were the Tavuni, who farmed the valley. Few young people "
        "learn the Tavuni language now. The Ethnologue language codes follow each name."
    )
    defined = languages_defined(text)
    assert "tavuni" not in defined
    assert "ethnologue" not in defined


def test_a_verb_capitalised_at_a_step_is_no_person():
    # "Knead for ten minutes." in a recipe, read as a person by a small model
    assert is_junk(group_of("Knead", "PERSON"), frozenset({"knead", "for"}))
    assert not is_junk(group_of("Knead", "PERSON", titled=True), frozenset({"knead"}))


def test_an_acronym_of_capitalised_words_none_a_body_word_is_a_term():
    text = (
        "Each Remote Sensing Unit (RSU) logs the tide. The RSU stores a week of data. "
        "The Coastal Survey Agency (CSA) installs them; the Kenyan Tidal Network (KTN) "
        "pays for them."
    )
    terms = acronyms_of_terms(text)
    assert {"rsu", "remote sensing unit"} <= terms
    assert "csa" not in terms  # "Agency": a body
    assert "ktn" not in terms  # "Kenyan": a country's people


def test_a_body_abbreviated_after_its_name_stays_a_body(nlp):
    text = (
        "The Coastal Water Partnership (CWP) met in Leeds. The CWP welcomed the plan, "
        "and the CWP will fund it."
    )
    actors = actors_of(nlp, text)
    assert any(m.text == "CWP" for a in actors for m in a.mentions)


def test_an_acronym_of_hyphenated_or_following_words_is_a_term():
    text = (
        "We count self-paced reading (SPR) times. The RTU (remote terminal unit) logs "
        "them, and the WHO (World Health Organization) funds the study."
    )
    terms = acronyms_of_terms(text)
    assert {"spr", "rtu"} <= terms
    assert "who" not in terms


def test_a_work_named_after_its_kind_of_work_is_no_actor(nlp):
    text = (
        "Lena Ostrova wrote the book Quiet Harbours in 2011 and then the play Northern "
        "Lanterns. Critics loved the comedy Paper Boats, and Ostrova said it was her best."
    )
    found = {m.text for a in actors_of(nlp, text) for m in a.mentions}
    assert not found & {"Quiet Harbours", "Northern Lanterns", "Paper Boats"}
    assert "Lena Ostrova" in found


def test_a_person_after_a_kind_of_person_stays_a_person(nlp):
    text = "The playwright Lena Ostrova spoke in Leeds. Ostrova said the theatre would reopen."
    found = {m.text for a in actors_of(nlp, text) for m in a.mentions}
    assert "Lena Ostrova" in found


def test_an_acronym_in_the_plural_is_a_kind_of_thing():
    assert is_junk(group_of("GPUs", ""), frozenset())
    assert is_junk(group_of("NGOs", "ORG"), frozenset())
    assert not is_junk(group_of("NGO", "ORG"), frozenset())  # one body, maybe
    assert not is_junk(group_of("UNHCR", "ORG"), frozenset())


def test_a_genus_and_its_latin_epithet_name_a_living_thing():
    text = "Leaves of Quercia fuscata fed the beetles. Quercia grows slowly, Mara Venn said."
    terms = acronyms_of_terms(text)
    assert {"quercia", "quercia fuscata"} <= terms
    assert "mara venn" not in terms


def test_a_name_before_an_english_word_is_no_genus():
    text = (
        "Biden versus Nebraska was argued in May. Sarvis notes the ruling, and Kestrel monasteries"
    )
    terms = acronyms_of_terms(text)
    assert not terms & {"biden", "sarvis", "kestrel"}


def test_a_spelled_out_acronym_that_speaks_is_a_body():
    # "Mothers Against Drunk Driving" holds no institution word, but a term never says
    # anything: the source of an attribution is an actor, however its name is spelled.
    text = "Mothers Against Drunk Driving (MADD) said the law came too late."
    terms = acronyms_of_terms(text)
    assert "madd" in terms
    speaking = Group(
        "madd",
        ("madd",),
        mentions=[mention("MADD", "ORG", attribution=True, acts=True, verb="say")],
    )
    assert not is_junk(speaking, frozenset(), frozenset(), terms)
    named_source = Group("madd", ("madd",), mentions=[mention("MADD", "ORG", attribution=True)])
    assert not is_junk(named_source, frozenset(), frozenset(), terms)
    quiet = Group("madd", ("madd",), mentions=[mention("MADD", "ORG")])
    assert is_junk(quiet, frozenset(), frozenset(), terms)
    # "MADD is spoken in the north", as a language would be: no body's act
    spoken = Group(
        "madd", ("madd",), mentions=[mention("MADD", "ORG", attribution=True, verb="speak")]
    )
    assert is_junk(spoken, frozenset(), frozenset(), terms)


def _opening_group(text: str, word: str) -> Group:
    """The one-word group of every capitalised ``word`` in ``text``, as the tagger
    would read it: a proper noun, a person to a small model, opening its sentence
    (or in its heading line)."""
    group = Group(word.lower(), (word.lower(),))
    for found in re.finditer(rf"\b{word}\b", text):
        opens = found.start() == 0 or text[: found.start()].rstrip(" ")[-1:] in ".!?\n"
        group.mentions.append(
            EntityMention(
                found.start(), found.end(), word, "PERSON", sentence_initial=opens, acts=True
            )
        )
    return group


def test_a_plant_capitalised_by_place_and_written_in_lowercase_is_the_word():
    text = (
        "How to Grow Sage\n"
        "Sage likes dry soil. Water the sage once a week, and keep the sage in sun.\n"
        "Part 2: Picking Your Sage\n"
        "Sage tastes best before it flowers. Dry the sage leaves in the shade, and store "
        "the dried sage in a jar."
    )
    group = _opening_group(text, "Sage")
    lowercase = frozenset(re.findall(r"\b[a-z]+\b", text))
    # "Grow Sage" is a longer capitalised phrase of the heading: no full name
    assert is_junk(group, lowercase, frozenset({"grow", "sage"}), text=text)


def test_a_surname_that_is_a_common_word_stays_a_name():
    for surname, common in (("Rice", "rice"), ("Bush", "bush"), ("Hill", "hill")):
        text = (
            f"Ambassador Dana {surname} met the ministers. {surname} said the talks went "
            f"well. {surname} added that a deal was close. Farmers near the {common} "
            f"waited.\nTalks With {surname} Resume"
        )
        group = _opening_group(text, surname)
        group.mentions = [
            m for m in group.mentions if m.sentence_initial or "\n" in text[: m.start]
        ]
        lowercase = frozenset(re.findall(r"\b[a-z]+\b", text))
        name_words = frozenset({"dana", surname.lower()})
        assert not is_junk(group, lowercase, name_words, text=text), surname


def test_a_surname_the_text_writes_in_lowercase_as_often_is_kept_when_named_mid_sentence():
    text = "Brown called the meeting. The brown dog slept. Voters backed Brown."
    group = _opening_group(text, "Brown")
    lowercase = frozenset(re.findall(r"\b[a-z]+\b", text))
    assert not is_junk(group, lowercase, frozenset({"brown"}), text=text)


def _alone(text: str, word: str, **fields) -> Group:
    start = text.index(word)
    group = Group(word.lower(), (word.lower(),))
    group.mentions.append(
        EntityMention(start, start + len(word), word, "PERSON", sentence_initial=True, **fields)
    )
    return group


def test_a_word_said_alone_and_read_as_a_common_word_is_no_name():
    text = "Did you lock the van?  Wallet? No, I left it at home."
    assert is_junk(_alone(text, "Wallet", all_propn=False), frozenset(), text=text)
    text = "She opened the oven.  Ahhhh! That smells good."
    assert is_junk(_alone(text, "Ahhhh"), frozenset(), text=text)


def test_a_name_said_alone_stays_a_name():
    text = "Who is at the door?  Marguerite. Oh, let her in."
    assert not is_junk(_alone(text, "Marguerite"), frozenset(), text=text)
    # the stop of a title is no sentence's end
    text = "We asked Dr. Okonkwo. She agreed."
    assert not _stands_alone(text, _alone(text, "Okonkwo").mentions[0])
    assert _stands_alone("Yes. Okonkwo. She agreed.", EntityMention(5, 12, "Okonkwo", "PERSON"))
    # a word of a longer name in the text ("Tess Wallet") is a surname
    text = "Tess Wallet came late. Wallet? She never came."
    group = Group("wallet", ("wallet",))
    group.mentions.append(EntityMention(23, 29, "Wallet", "PERSON", all_propn=False))
    assert not is_junk(group, frozenset(), frozenset({"tess", "wallet"}), text=text)


def _phrase(text: str, phrase: str, label: str = "PERSON", **fields) -> Group:
    start = text.index(phrase)
    words = tuple(phrase.lower().split())
    group = Group(" ".join(words), words)
    group.mentions.append(EntityMention(start, start + len(phrase), phrase, label, **fields))
    return group


def test_an_instruction_in_a_heading_is_no_name():
    text = "How to Plant Garlic\nPlant the cloves in autumn, and plant garlic deep."
    group = _phrase(text, "Plant Garlic", all_propn=False)
    assert is_junk(group, frozenset(re.findall(r"\b[a-z]+\b", text)), text=text)


def test_a_name_opening_with_a_verb_stays_a_name():
    text = "Will Foster Speaks\nWe will see. Mark Brown said he would mark the date."
    lowercase = frozenset(re.findall(r"\b[a-z]+\b", text))
    # the tagger reads both words as proper nouns
    assert not is_junk(_phrase(text, "Will Foster"), lowercase, text=text)
    group = _phrase(text, "Mark Brown", sentence_initial=True, acts=True, all_propn=False)
    assert not is_junk(group, lowercase, text=text)  # a person who speaks
    text = "Save the Children said aid was late. We save money."
    group = _phrase(text, "Save the Children", "ORG", sentence_initial=True, acts=True)
    assert not is_junk(group, frozenset(re.findall(r"\b[a-z]+\b", text)), text=text)


def test_a_word_written_mostly_in_lowercase_is_the_word():
    text = (
        "Add honey and lemon. The lemon should be fresh; squeeze the lemon well. "
        "Honey, lemon, ginger. We talked about Lemon as a flavour."
    )
    group = _phrase(text, "Lemon", "ORG", acts=True)
    assert is_junk(group, frozenset(re.findall(r"\b[a-z]+\b", text)), text=text)


def test_a_word_named_by_its_number_possessive_or_often_capitalised_stays():
    lowercase = frozenset({"route", "rice", "stone"})
    text = "Take the old route, then the route north, or the route west, or Route 9."
    assert not is_junk(_phrase(text, "Route", "ORG", acts=True), lowercase, text=text)
    text = "The stone was wet; the stone cracked; the stone dried. Stone's report was out."
    assert not is_junk(_phrase(text, "Stone", "ORG", acts=True), lowercase, text=text)
    text = "Rice said rice prices rose. Rice met farmers. Rice left."
    assert not is_junk(_phrase(text, "Rice", "ORG", acts=True), lowercase, text=text)


def test_a_name_opening_with_an_auxiliary_or_a_handle_stays():
    text = "[Will Okoro, The Daily Ledger] We will see what they will do."
    group = _phrase(text, "Will Okoro", sentence_initial=True, all_propn=False)
    assert not is_junk(group, frozenset(re.findall(r"\b[a-z]+\b", text)), text=text)
    text = "Thanks @mayaruns! As @mayaruns said, @mayaruns is right; mayaruns rules."
    group = Group("mayaruns", ("mayaruns",))  # the key of "@mayaruns"
    group.mentions.append(EntityMention(7, 16, "@mayaruns", "ORG", acts=True))
    assert not is_junk(group, frozenset({"mayaruns"}), text=text)
