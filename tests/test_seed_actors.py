"""The gold actor table of issue 3 on the bundled article."""

from __future__ import annotations

import itertools

import pytest
from dramatis.analysis import Actor

# actor name -> (kind, surface forms that must be mentions of it, not actors of their own)
GOLD: dict[str, tuple[str, tuple[str, ...]]] = {
    "Ilham Aliyev": ("person", ("Aliyev",)),
    "Donald Trump": ("person", ("Trump",)),
    "Benjamin Netanyahu": ("person", ("Netanyahu",)),
    "Seth Cropsey": ("person", ()),
    "Joseph Epstein": ("person", ()),
    "Ali Khamenei": ("person", ("Sayyed Ali Khamenei",)),
    "Responsible Statecraft": ("organization", ()),
    "The Wall Street Journal": ("organization", ()),
    "Forbes": ("organization", ()),
    "Begin-Sadat Center": ("organization", ()),
    "Foundation for Defense of Democracies": ("organization", ()),
    "Hudson Institute": ("organization", ("the Hudson Institute",)),
    "Fox News": ("organization", ()),
    "Iran": ("place", ()),
    "United States": ("place", ("US", "The United States")),
    "Azerbaijan": ("place", ()),
    "Israel": ("place", ("the Israeli occupation",)),
    "Armenia": ("place", ()),
    # "the mass displacement of Armenians from Nagorno-Karabakh": ethnic Armenians,
    # the people, not Armenia's state.
    "Armenians": ("group", ()),
    "Nagorno-Karabakh": ("place", ()),
}

# Other genuine entities the article names; anything else listed is noise.
ALSO_ALLOWED = {
    "Abraham Accords",
    "Section 907 of the Freedom Support Act",
    "Freedom Support Act",
    "Syunik",
    "Zangezur",
    "COP29 UN Climate Summit",
    "AP",
    "Baku",
    "Tehran",
    "Washington",
    "Azeri",
    "Turkey",
    "Islamic Republic",
    "foreign minister",
    "the foreign minister",
}


def _by_name(actors: tuple[Actor, ...]) -> dict[str, list[Actor]]:
    found: dict[str, list[Actor]] = {}
    for actor in actors:
        found.setdefault(actor.name, []).append(actor)
    return found


@pytest.mark.parametrize("name", sorted(GOLD))
def test_gold_actor_appears_once_with_its_kind(seed_analysis, name):
    kind, _ = GOLD[name]
    matches = _by_name(seed_analysis.actors).get(name, [])
    assert len(matches) == 1, [(a.name, a.kind) for a in seed_analysis.actors]
    assert matches[0].kind == kind


@pytest.mark.parametrize("name", sorted(GOLD))
def test_variants_are_not_separate_actors(seed_analysis, name):
    _, variants = GOLD[name]
    names = {a.name.casefold() for a in seed_analysis.actors}
    for variant in variants:
        assert variant.casefold() not in names


def test_surname_mentions_belong_to_the_full_name(seed_analysis):
    text = seed_analysis.text
    by_name = _by_name(seed_analysis.actors)
    trump = by_name["Donald Trump"][0]
    # Every "Trump" in the text is a mention of Donald Trump.
    assert len(trump.mentions) == text.count("Trump")
    assert {m.text for m in trump.mentions} == {"Donald Trump", "Trump"}


def test_demonyms_are_mentions_of_their_country(seed_analysis):
    by_name = _by_name(seed_analysis.actors)
    assert "Israeli" in {m.text for m in by_name["Israel"][0].mentions}
    # A demonym's plural names the people: its own group actor, not the state.
    assert "Armenians" not in {m.text for m in by_name["Armenia"][0].mentions}
    assert {m.text for m in by_name["Armenians"][0].mentions} == {"Armenians"}
    assert "Azerbaijani" in {m.text for m in by_name["Azerbaijan"][0].mentions}
    us = {m.text for m in by_name["United States"][0].mentions}
    assert {"US", "United States"} <= us


def test_nothing_but_entities_is_listed(seed_analysis):
    listed = {a.name for a in seed_analysis.actors}
    assert listed - set(GOLD) - ALSO_ALLOWED == set()


def test_mentions_are_clean_disjoint_spans(nlp, seed_analysis):
    from dramatis import actors as actor_layer
    from dramatis.analyzer import chunks
    from dramatis.document import load_path

    from tests.conftest import SEED

    document = load_path(SEED)
    collected = []
    for doc, offset in nlp.pipe(chunks(document), as_tuples=True):
        collected.extend(actor_layer.collect(doc, offset))
    actors = actor_layer.consolidate(document.text, collected)
    assert {a.name for a in actors} <= {a.name for a in seed_analysis.actors}
    text = document.text
    spans = sorted((m.start, m.end) for a in actors for m in a.mentions)
    for (_s1, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2
    for actor in actors:
        for m in actor.mentions:
            assert m.text == text[m.start : m.end]
            assert m.text == m.text.strip() and m.text
            assert not m.text.endswith(("'s", "\u2019s"))
        assert [m.start for m in actor.mentions] == sorted(m.start for m in actor.mentions)
