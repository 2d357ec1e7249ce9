"""Names used as things, not actors (issue 13, precision, round 2).

Written from invented sentences: each rule's positive case and the actors it must
leave alone (a body or a painter whose name modifies a noun, a name that speaks).
"""

from __future__ import annotations

import re

from dramatis.actors.filters import _used_as_a_thing
from dramatis.actors.group import Group
from dramatis.actors.mention import EntityMention

from tests.test_actors import actors_of


def _group(text: str, name: str, label: str = "", **flags: bool) -> Group:
    """Every capitalised occurrence of ``name`` in ``text`` as one group's mentions."""
    mentions = [
        EntityMention(m.start(), m.end(), name, label, source="propn", **flags)
        for m in re.finditer(rf"\b{name}\b", text)
    ]
    return Group(name.lower(), (name.lower(),), mentions)


_PLANT = (
    "How to grow Zarbex cactus. The Zarbex cactus likes sand. Plant your Zarbex "
    "cuttings in spring. A Zarbex cactus needs little water. Zarbex seeds sprout "
    "slowly. Water the Zarbex cactus once a month."
)


# --- a name modifying the noun of a thing ----------------------------------------------


def test_a_name_nobody_labels_that_modifies_thing_nouns_is_a_thing():
    assert _used_as_a_thing(_group(_PLANT, "Zarbex"), _PLANT)


def test_a_name_ner_labels_a_person_or_body_is_left_alone():
    # "the Okri paintings", "Acme shares": a painter's works, a body's shares
    assert not _used_as_a_thing(_group(_PLANT, "Zarbex", "PERSON"), _PLANT)
    assert not _used_as_a_thing(_group(_PLANT, "Zarbex", "ORG"), _PLANT)


def test_a_name_that_speaks_or_governs_is_an_actor():
    assert not _used_as_a_thing(_group(_PLANT, "Zarbex", attribution=True), _PLANT)
    assert not _used_as_a_thing(_group(_PLANT, "Zarbex", titled=True), _PLANT)


def test_a_name_that_acts_more_than_once_is_an_actor():
    assert not _used_as_a_thing(_group(_PLANT, "Zarbex", acts=True), _PLANT)


def test_an_adverb_after_a_name_is_no_thing_it_modifies():
    text = "We want Brakko now. We need Brakko now. Brakko now! Brakko now."
    assert not _used_as_a_thing(_group(text, "Brakko"), text)


def test_too_few_modifiers_say_nothing():
    text = "The Zarbex cactus grows. Zarbex said it would sell. Ask Zarbex. Zarbex agreed."
    assert not _used_as_a_thing(_group(text, "Zarbex"), text)


def test_news_actors_that_modify_nouns_survive(nlp):
    text = (
        "YouTube said on Monday it would remove the videos. YouTube channels that "
        "broke the rules were closed, and YouTube videos about the vote were flagged. "
        "Israeli officials said the YouTube policy was welcome."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert "YouTube" in names


# --- a place-labelled name counted or held -----------------------------------------------


_SHOES = (
    "I bought these Zarvos on Friday. I have two other pairs of Zarvos at home, "
    "so I will exchange those Zarvos. Black Zarvos look cute."
)


def test_a_place_counted_in_most_mentions_is_a_product():
    assert _used_as_a_thing(_group(_SHOES, "Zarvos", "GPE"), _SHOES)


def test_a_place_named_as_a_place_is_left_alone():
    text = "We flew to Zarvos. In Zarvos it rained. These Zarvos hills are green. Zarvos is far."
    assert not _used_as_a_thing(_group(text, "Zarvos", "GPE"), text)


def test_a_people_counted_is_still_a_people():
    text = "These Zarvans voted. Some Zarvans left. Those Zarvans stayed. My Zarvans won."
    group = _group(text, "Zarvans", "NORP")
    assert not _used_as_a_thing(group, text)
