"""Naming verbs with an unquoted (or person-directed) label, ``phrase.naming_label``:
"called him a loser", "labeled the plan reckless"; on sentences written for the test."""

from __future__ import annotations

import pytest
from dramatis.analysis import Analysis

from tests.test_claims import assert_spans_consistent


def labels(analysis: Analysis) -> list[tuple[str, str, str]]:
    assert_spans_consistent(analysis)
    return [
        (c.source.text if c.source else "", c.cue.text, c.content.text)
        for c in analysis.claims
        if c.rule == "phrase.naming_label"
    ]


@pytest.mark.parametrize(
    ("body", "source", "cue", "content"),
    [
        (
            "Governor Lena Ostrow called him a coward.",
            "Governor Lena Ostrow",
            "called",
            "him a coward",
        ),
        (
            "The senator called the pipeline plan reckless.",
            "The senator",
            "called",
            "the pipeline plan reckless",
        ),
        (
            "Two senators dubbed the levy a giveaway to landlords.",
            "Two senators",
            "dubbed",
            "the levy a giveaway to landlords",
        ),
        (
            "The union branded the new contract a betrayal.",
            "The union",
            "branded",
            "the new contract a betrayal",
        ),
        (
            'Mayor Ruiz called her rival a "career opportunist" on local radio.',
            "Mayor Ruiz",
            "called",
            'her rival a "career opportunist"',
        ),
    ],
)
def test_an_object_and_its_label_are_the_claim(analyze, body, source, cue, content):
    assert labels(analyze(body)) == [(source, cue, content)]


def test_a_participle_takes_the_subject_of_its_clause(analyze):
    found = labels(analyze("The minister hit back on Monday, calling the report a smear."))
    assert found == [("The minister", "calling", "the report a smear")]


@pytest.mark.parametrize(
    "body",
    [
        "A startup called Brightwell won the contract.",
        "The village is called Lower Marsh.",
        "The neighbour called 911 at once.",
        "The coach called it quits after ten seasons.",
        "The president called Anna Verhoeven on Friday.",
        "She called the driver to ask about the delay.",
        "A forum user calling himself Karl Brandt posted the photos.",
        "The council called an emergency meeting.",
        "He would never call his brother a liar.",
    ],
)
def test_a_name_given_in_passing_or_a_phone_call_is_no_label_claim(analyze, body):
    assert labels(analyze(body)) == []


def test_a_quoted_label_of_a_thing_stays_phrase_naming(analyze):
    analysis = analyze('The mayor called the ruling "a grave injustice" and left.')
    rules = [c.rule for c in analysis.claims if c.cue.text == "called"]
    assert rules == ["phrase.naming"]


def test_a_label_inside_a_report_is_not_a_claim_of_its_own(analyze):
    analysis = analyze("The aide said the governor called the deal a disaster.")
    assert labels(analysis) == []
    assert [c.cue.text for c in analysis.claims] == ["said"]


def made_clear(analysis: Analysis) -> list[tuple[str, str, str]]:
    assert_spans_consistent(analysis)
    return [
        (c.source.text if c.source else "", c.cue.text, c.content.text)
        for c in analysis.claims
        if c.rule == "phrase.made_clear"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Councilwoman Ada Brisco made it clear that she would veto the zoning plan.",
            ("Councilwoman Ada Brisco", "made it clear", "that she would veto the zoning plan"),
        ),
        (
            "The union made clear on Tuesday that its members would strike.",
            ("The union", "made clear", "that its members would strike"),
        ),
        (
            "Mayor Olu Benning made clear his intention to seek a third term.",
            ("Mayor Olu Benning", "made clear", "his intention to seek a third term"),
        ),
    ],
)
def test_what_a_speaker_made_clear_is_their_claim(analyze, body, expected):
    assert made_clear(analyze(body)) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "The flood figures made it clear that the levee had failed.",
        "Coach Dray made it clear when the team arrived at the stadium.",
        "The new lighting made the stage clear for the dancers.",
    ],
)
def test_made_clear_by_a_thing_or_without_a_clause_is_no_claim(analyze, body):
    assert made_clear(analyze(body)) == []


def turns(analysis: Analysis) -> list[tuple[str, str]]:
    return [
        (c.source.text if c.source else "", c.content.text)
        for c in analysis.claims
        if c.rule == "phrase.speaker_turn"
    ]


def test_a_headline_tag_of_a_surname_alone_is_a_speaker_turn(analyze):
    a = analyze(
        "Okafor: Harbor plan will bring thousands of jobs\n\n"
        "Mayor Ada Okafor said the harbor plan would go ahead."
    )
    assert turns(a) == [("Okafor", "Harbor plan will bring thousands of jobs")]


@pytest.mark.parametrize(
    "label",
    [
        "Breaking: Council approves the harbor plan after a long night",
        "UPDATE: The vote moved to Friday",
    ],
)
def test_a_page_label_before_a_colon_is_no_speaker(analyze, label):
    a = analyze(label + "\n\nMayor Ada Okafor said the harbor plan would go ahead.")
    assert turns(a) == []


def known_as(analysis: Analysis) -> list[tuple[str | None, str, str]]:
    assert_spans_consistent(analysis)
    return [
        (c.source.text if c.source else None, c.cue.text, c.content.text)
        for c in analysis.claims
        if c.rule == "phrase.known_as"
    ]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The senator is best known for her work on veterans' pensions.",
            "is best known for",
            "The senator is best known for her work on veterans' pensions",
        ),
        (
            "The mayor, who is known for his blunt remarks, declined to comment.",
            "is known for",
            "who is known for his blunt remarks",
        ),
        (
            "The valley was known as a quiet farming town.",
            "was known as",
            "The valley was known as a quiet farming town",
        ),
        (
            "Back then the port was known as ''the Gate of the North,'' and ships crowded it.",
            "was known as",
            "the port was known as ''the Gate of the North",
        ),
    ],
)
def test_a_reputation_stated_for_no_one_is_a_claim_without_source(analyze, body, cue, content):
    assert known_as(analyze(body)) == [(None, cue, content)]


@pytest.mark.parametrize(
    "body",
    [
        "The town, known as the gateway to the lakes, hosts a fair.",
        "It is not known whether the ship will sail.",
        "This is known as the Smith rule.",
        "Little is known about the new owner.",
        "Voters have known for years that the bridge needs repair.",
        "Friends say the warmth he is known for - on stage or off - has faded.",
    ],
)
def test_a_name_in_passing_or_an_unknown_is_no_reputation_claim(analyze, body):
    assert known_as(analyze(body)) == []


def test_a_reputation_inside_a_reported_clause_is_part_of_that_claim(analyze):
    a = analyze("The paper reported that the bakery, which is best known for its rye, had closed.")
    assert known_as(a) == []
    assert any(c.cue.text == "reported" for c in a.claims)
