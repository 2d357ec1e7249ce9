"""Capitalised titles that stand for a person by themselves: a courtesy title before an
office ("Mr. President", "Madam Speaker"), a title the speaker calls someone ("General,
is this a waiver?", "my Lords"). Given to the one person the text names with that office,
or to the name they follow after a comma; otherwise a person actor of their own."""

from __future__ import annotations

import pytest
from dramatis.analysis import Actor, Analysis


def _actor_at(analysis: Analysis, surface: str, nth: int = 0) -> Actor | None:
    """The actor with a mention over the start of the ``nth`` ``surface`` in the text."""
    text = analysis.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    owners = [a for a in analysis.actors if any(m.start <= start < m.end for m in a.mentions)]
    return owners[0] if owners else None


# --- positive -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, surface",
    [
        ("Mr. President, I thank you for the warm welcome to Bergen.", "Mr. President"),
        ("Thank you, Madam Speaker. The bill before us is long overdue.", "Madam Speaker"),
        ("We met Mr Chairman at the door of the committee room.", "Mr Chairman"),
        ("Mr. Chief Justice, and may it please the Court: the rule is clear.", "Justice"),
        ("Don't talk back to Mrs. K and you will have a good year in the house.", "Mrs. K"),
        ("The lease has expired. Counsel, are you arguing that it was renewed?", "Counsel"),
        ("So, Your Honor, this case was sent back for a new trial in May.", "Your Honor"),
        ("So, my Lords, to that extent the statute governs the question.", "my Lords"),
        (
            "Sir,\n\nIn one week the council will vote. But where, Sir, does your party stand?",
            "Sir",
        ),
    ],
)
def test_a_title_of_address_is_a_person(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is not None and actor.kind == "person"


def test_the_same_title_of_address_is_one_person(analyze):
    analysis = analyze(
        "Mr. President, the harbour is ready. We thank you, Mr. President, for the loan."
    )
    assert _actor_at(analysis, "Mr. President") is _actor_at(analysis, "Mr. President", 1)


def test_a_vocative_office_is_the_one_person_named_with_it(analyze):
    analysis = analyze(
        "The court heard General Ana Ruiz for the government on Tuesday morning.\n\n"
        "General, is this a waiver, or is it a change to the rule?"
    )
    actor = _actor_at(analysis, "General", 1)
    assert actor is not None and actor.name == "Ana Ruiz"


def test_a_title_of_address_after_a_name_and_comma_is_that_persons(analyze):
    analysis = analyze(
        "And I commend Congresswoman Karen Bass, Madam Chair, for her work on the bill."
    )
    actor = _actor_at(analysis, "Madam Chair")
    assert actor is not None and actor.name == "Karen Bass"


# --- negative -----------------------------------------------------------------------


def test_a_list_of_titles_of_address_gives_none_to_the_name_before(analyze):
    analysis = analyze(
        "Senator Hadley, Mr. Chief Justice, Mr. President, and my fellow citizens: we meet "
        "today in peace."
    )
    actor = _actor_at(analysis, "Mr. Chief")
    assert actor is None or actor.name != "Hadley"


@pytest.mark.parametrize(
    "body, surface",
    [
        # A courtesy title before a surname is a name, left to the name layers.
        ("Mr. Brandt, thank you for the report on the harbour.", "Mr. Brandt"),
        # Lowercase, or a title said of something else.
        ("In general, the rules are clear to the farmers in the valley.", "general"),
        ("The General Assembly voted on the budget on Monday.", "General"),
        ("My Lord the Chief Justice may recognise the point.", "My Lord"),
        ("We built this hall in your honor, and we thank you.", "honor"),
        ("His Honor Guard marched past the hall in the rain.", "Honor"),
    ],
)
def test_no_title_of_address_here(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is None or (actor.explain and actor.explain.kind_rule) != "kind.title_alone"


# --- an office held, said of no name beside it -------------------------------------------


@pytest.mark.parametrize(
    "body, surface",
    [
        ("As President, I will lower the taxes on farms in the valley.", "President"),
        ("My father was Mayor of Bergen for twelve years before the war.", "Mayor"),
        ("He was the party's nominee for Governor of Ohio in the last election.", "Governor"),
        ("The old general was proclaimed Emperor in the city in the spring.", "Emperor"),
        ("The council created the position of Regent for the young heir.", "Regent"),
    ],
)
def test_an_office_held_is_a_person(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is not None and actor.kind == "person"


def test_the_speakers_office_is_one_person(analyze):
    analysis = analyze(
        "As President, I will serve all of the people. And as President, I will keep "
        "that promise to the farmers."
    )
    assert _actor_at(analysis, "President") is _actor_at(analysis, "President", 1)


def test_an_office_held_is_the_one_person_named_with_it(analyze):
    analysis = analyze(
        "Governor Oskar Lind signed the budget on Monday after a long debate.\n\n"
        "Critics say his record as Governor is mixed at best."
    )
    actor = _actor_at(analysis, "Governor", 1)
    assert actor is not None and actor.name == "Oskar Lind"


@pytest.mark.parametrize(
    "body, surface",
    [
        ("Oskar Lind is not Governor of the province any more.", "Governor"),
        ("She worked as the President of the club for years.", "President"),
        ("The Emperor penguin lives on the ice near the coast.", "Emperor"),
        ("We walked down President Street to the harbour in the rain.", "President"),
    ],
)
def test_no_office_held_here(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is None or (actor.explain and actor.explain.kind_rule) != "kind.title_alone"


# --- a capitalised bare title nobody in the text is named with ------------------------------


def test_a_capitalised_bare_title_nobody_holds_is_one_person(analyze):
    analysis = analyze(
        "The Tsar employed him to train the army in the new manner. In return the Tsar "
        "gave him an estate near the river."
    )
    first, second = _actor_at(analysis, "Tsar"), _actor_at(analysis, "Tsar", 1)
    assert first is not None and first is second and first.kind == "person"


def test_a_lowercase_bare_title_nobody_holds_is_nobody(analyze):
    analysis = analyze("The farmers waited for hours, but the king never came to the market.")
    assert _actor_at(analysis, "king") is None


def test_a_title_of_a_place_with_the_name_after_it_is_that_persons(analyze):
    analysis = analyze(
        "At the villa I met the Prince of Spain, Alfonso, who is the son of the old King."
    )
    actor = _actor_at(analysis, "Prince")
    assert actor is not None and actor.name == "Alfonso"


@pytest.mark.parametrize(
    "body, surface",
    [
        ("Olav the Bold was first proclaimed Emperor in the city of York.", "Emperor"),
        (
            'In 1859 he sent letters to the newspapers in the city, proclaiming himself "Emperor '
            'of these islands".',
            "Emperor",
        ),
    ],
)
def test_an_office_proclaimed_is_a_person(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is not None and actor.kind == "person"


def test_a_bare_title_two_held_is_the_one_named_last_long_after_the_other(analyze):
    filler = "The harvest that year was poor, and the roads to the south were closed. " * 8
    analysis = analyze(
        "He joined the army under Tsar Ivan Petrov in the spring. "
        + filler
        + "\n\nLater he became a friend of Tsar Boris Orlov. The Tsar gave him an estate."
    )
    actor = _actor_at(analysis, "Tsar", 2)
    assert actor is not None and actor.name == "Boris Orlov"


def test_the_office_of_a_named_country_is_a_person(analyze):
    analysis = analyze("The envoys said the President of Brazil had signed the order on Friday.")
    actor = _actor_at(analysis, "President")
    assert actor is not None and actor.kind == "person"


@pytest.mark.parametrize(
    "body, surface",
    [
        ("The president of the club signed the order on Friday.", "president"),
        ("She works for the Office of the President in Brasilia.", "President"),
    ],
)
def test_no_office_of_a_place_here(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is None or (actor.explain and actor.explain.kind_rule) != "kind.title_alone"


@pytest.mark.parametrize(
    "body, surface",
    [
        ("He joined the President's Club in 1990 and paid the dues each year.", "President"),
        (
            "The Role of the President\n\nThe office has grown since 1900, and the courts let it.",
            "President",
        ),
    ],
)
def test_no_bare_title_in_a_name_or_a_heading(analyze, body, surface):
    analysis = analyze(body)
    actor = _actor_at(analysis, surface)
    assert actor is None or actor.kind != "person"
