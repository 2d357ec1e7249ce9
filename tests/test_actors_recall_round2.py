"""Recall, round 2: more general constructions that name an actor (invented sentences)."""

from __future__ import annotations

from dramatis.analysis import Analysis


def _kinds_at(analysis: Analysis, surface: str, nth: int = 0) -> set[str]:
    """The kinds of the actors with a mention overlapping the ``nth`` ``surface``."""
    text = analysis.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return {a.kind for a in analysis.actors for m in a.mentions if m.start < end and start < m.end}


# --- an office "from" a place -------------------------------------------------------


def test_the_senator_from_a_state_is_a_person(analyze):
    analysis = analyze(
        "Yesterday the Senator from Ohio, in explaining her vote, said it was wrong."
    )
    assert _kinds_at(analysis, "Senator") == {"person"}


def test_an_office_from_a_body_is_nobody(analyze):
    analysis = analyze("The Director from the agency came by.")
    assert _kinds_at(analysis, "Director") == set()


# --- a capitalised office after "a" or "our" ----------------------------------------


def test_a_capitalised_office_after_a_is_a_person(analyze):
    analysis = analyze("Voters decide what kind of laws a President must sign.")
    assert _kinds_at(analysis, "President") == {"person"}


def test_a_capitalised_office_after_our_and_an_adjective_is_a_person(analyze):
    analysis = analyze("We will help our new Governor succeed in the spring.")
    assert _kinds_at(analysis, "Governor") == {"person"}


def test_a_lowercase_office_after_a_is_nobody(analyze):
    analysis = analyze("He was a president of the chess club once.")
    assert _kinds_at(analysis, "president") == set()


def test_an_office_opening_a_possessive_name_is_no_person(analyze):
    analysis = analyze("She met a President's aide in the hall.")
    assert "person" not in _kinds_at(analysis, "President")


# --- "US" before a name ---------------------------------------------------------------


def test_us_before_a_title_case_name_is_the_country(analyze):
    analysis = analyze("He backed US Second Amendment rights and lower taxes.")
    assert _kinds_at(analysis, "US") == {"place"}


def test_us_before_a_capitalised_verb_is_us(analyze):
    analysis = analyze("Help US Build a better school.")
    assert _kinds_at(analysis, "US") == set()


# --- a generic word that is a first name ------------------------------------------


def test_a_generic_word_after_a_full_name_is_the_first_name(analyze):
    analysis = analyze("The only guest here who has sailed alone, Bill Okafor. Bill, you're brave.")
    owners = [a for a in analysis.actors if any(m.text == "Bill" for m in a.mentions)]
    assert [a.name for a in owners] == ["Bill Okafor"]


def test_a_generic_word_before_any_full_name_stays_dropped(analyze):
    analysis = analyze("What's Bill doing now? Not Bill Okafor, the other one.")
    assert _kinds_at(analysis, "Bill") == set()


def test_a_bill_after_the_is_no_person(analyze):
    analysis = analyze("Bill Okafor spoke first. The Bill was passed by Parliament later.")
    assert _kinds_at(analysis, "Bill", 1) == set()


# --- an office of a place the text points at ------------------------------------------


def test_the_president_of_that_country_is_a_person(analyze):
    analysis = analyze("He withheld aid until the President of that country promised to help.")
    assert _kinds_at(analysis, "President") == {"person"}


def test_the_president_of_a_country_is_anyone(analyze):
    analysis = analyze("Any President of a country must sign it.")
    assert _kinds_at(analysis, "President") == set()


def test_an_office_after_a_is_the_office_alone_and_not_cut_before_of(analyze):
    analysis = analyze(
        "It was unusual for a sitting Secretary of State to speak there. "
        "He said that a full-time President must sign the bill."
    )
    surfaces = {m.text for a in analysis.actors for m in a.mentions}
    assert "sitting Secretary" not in surfaces and "Secretary" not in surfaces
    assert "President" in surfaces and "full-time President" not in surfaces
