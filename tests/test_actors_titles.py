"""Bare titles ("the President") as mentions of the one person named with that title."""

from __future__ import annotations

import pytest
from dramatis.actors.titles import holder_title
from dramatis.analysis import Analysis


def _owner(analysis: Analysis, text: str, surface: str, nth: int = 0) -> str | None:
    """The name of the actor with a mention at the ``nth`` ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    owners = [a.name for a in analysis.actors if any(m.start == start for m in a.mentions)]
    return owners[0] if owners else None


def _body(analyze, text: str) -> tuple[Analysis, str]:
    analysis = analyze(text)
    return analysis, analysis.text


# --- positive -----------------------------------------------------------------------


def test_the_president_is_the_person_named_president_before(analyze):
    analysis, text = _body(
        analyze,
        "President Maria Alvarez visited the port on Monday. "
        "The President said the harbour would reopen in June.",
    )
    assert _owner(analysis, text, "President", 1) == "Maria Alvarez"
    alvarez = next(a for a in analysis.actors if a.name == "Maria Alvarez")
    assert "person.bare_title" in {m.rule for m in alvarez.explain.merges}
    assert alvarez.kind == "person"


def test_a_lowercase_title_after_the_counts_too(analyze):
    analysis, text = _body(
        analyze,
        "Senator Tom Hadley spoke to reporters in Denver on Friday. "
        "Later the senator met farmers near the river.",
    )
    assert _owner(analysis, text, "senator") == "Tom Hadley"


def test_a_vice_president_is_the_vice_president_not_the_president(analyze):
    analysis, text = _body(
        analyze,
        "Vice President Ana Ruiz opened the new school in Leeds. "
        "The Vice President thanked the teachers. The President was abroad.",
    )
    assert _owner(analysis, text, "Vice President", 1) == "Ana Ruiz"
    # Nobody named President: a person of its own, not Ana Ruiz.
    assert _owner(analysis, text, "President", 2) in (None, "President")


# --- negative -----------------------------------------------------------------------


def test_two_people_with_the_title_leave_it_to_nobody(analyze):
    analysis, text = _body(
        analyze,
        "President Maria Alvarez met President Jonas Berg in Oslo on Tuesday. "
        "The President said the talks had gone well.",
    )
    assert _owner(analysis, text, "President", 2) is None


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("A senator from the north objected to the bill.", "senator"),
        ("The next senator will have to deal with the budget.", "senator"),
        ("Former senators signed a letter.", "senators"),
        ("The Senator from Ohio objected to the bill.", "Senator"),
    ],
)
def test_generic_and_other_senators_are_nobody(analyze, sentence, surface):
    analysis, text = _body(analyze, "Senator Tom Hadley spoke in Denver on Friday. " + sentence)
    assert _owner(analysis, text, surface) is None


def test_a_former_holder_does_not_hold_the_title(analyze):
    analysis, text = _body(
        analyze,
        "Former President Maria Alvarez visited the port on Monday. "
        "The President said nothing about her visit.",
    )
    assert _owner(analysis, text, "President", 1) in (None, "President")  # not Alvarez


def test_the_title_before_a_name():
    text = "So Secretary of Energy Paul Brandt and Vice President Ana Ruiz and ex-President Li"
    assert holder_title(text, text.index("Paul")) == "secretary"
    assert holder_title(text, text.index("Ana")) == "vice president"
    assert holder_title(text, text.index("Li")) == ""
    assert holder_title("Sen. Tom Hadley", 5) == "senator"
    assert holder_title("Dr. Tom Hadley", 4) == ""  # a form of address is no office


def test_a_bare_title_in_a_quote_is_no_pronouns_antecedent(analyze):
    analysis, _ = _body(
        analyze,
        "President Maria Alvarez announced a tax plan on Monday. Campaign chairman Tom "
        "Hadley told reporters that the plan was firm.\n\n"
        '"What the president chooses to do is up to him," he said.',
    )
    (claim,) = [c for c in analysis.claims if "chooses" in c.content.text]
    names = {a.id: a.name for a in analysis.actors}
    assert names.get(claim.source.actor) == "Tom Hadley"
    assert _owner(analysis, analysis.text, "president") == "Maria Alvarez"


# --- a title said of the name beside it -----------------------------------------------


@pytest.mark.parametrize(
    "body, surface, owner",
    [
        (
            "The prize went to Helen Marsh, Professor of Geology at the academy, last week.",
            "Professor",
            "Helen Marsh",
        ),
        (
            "Helen Marsh is Professor of Geology at the academy in Bergen.",
            "Professor",
            "Helen Marsh",
        ),
        (
            "Oskar Lind served as Governor of the province for nine years.",
            "Governor",
            "Oskar Lind",
        ),
        (
            "Helen Marsh is Associate Professor of Geology, Bergen Polytechnic.",
            "Associate Professor",
            "Helen Marsh",
        ),
        (
            "The guests cheered the Regent, Oskar Lind, when he arrived in the hall.",
            "Regent",
            "Oskar Lind",
        ),
    ],
)
def test_a_title_beside_a_name_is_that_persons(analyze, body, surface, owner):
    analysis, text = _body(analyze, body)
    assert _owner(analysis, text, surface) == owner


@pytest.mark.parametrize(
    "body, surface",
    [
        # Said of nobody by name: a form of address, or a pronoun.
        ("Mr. President, I thank you for the invitation to Bergen.", "President"),
        ("As President, I will lower the taxes on farms.", "President"),
        # Not held: denied, or someone else's act of naming.
        ("Oskar Lind is not Governor of the province any more.", "Governor"),
        ("Helen Marsh praised Oskar Lind as Governor of the province.", "Governor"),
        # A title in a list of offices, after no name.
        ("The board named a new Director of Research on Monday.", "Director"),
    ],
)
def test_a_title_tied_to_no_one_name_is_nobodys(analyze, body, surface):
    analysis, text = _body(analyze, body)
    # No named person's; an office held may be a person of its own ("As President, I").
    assert _owner(analysis, text, surface) in (None, surface)
