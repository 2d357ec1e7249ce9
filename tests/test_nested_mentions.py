"""Names nested in longer names: "Minnesota" in "University of Minnesota" is a mention
of Minnesota as well as a part of the university's mention (``recover.nested_names``,
``recover.confirmed_nested``, ``analysis.nested_mentions``)."""

from __future__ import annotations

import itertools
import json

from dramatis import actors as actor_layer
from dramatis.analysis import Actor, Analysis, Span, nested_mentions


def _actor(analysis: Analysis, name: str) -> Actor:
    found = [a for a in analysis.actors if a.name == name]
    assert len(found) == 1, [(a.name, [m.text for m in a.mentions]) for a in analysis.actors]
    return found[0]


def _names(analysis: Analysis) -> set[str]:
    return {a.name for a in analysis.actors}


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


# --- core: which nested names become mentions ---------------------------------------------


def test_a_province_inside_a_university_name_is_a_mention_of_its_own(analyze):
    analysis = analyze(
        "Dr. Helen Okafor teaches at the University of Minnesota. The university said "
        "on Monday that its budget would grow."
    )
    university = _actor(analysis, "University of Minnesota")
    minnesota = _actor(analysis, "Minnesota")
    assert minnesota.kind == "place"
    assert len(university.mentions) == 1 and len(minnesota.mentions) == 1
    assert _inside(minnesota.mentions[0], university.mentions[0])
    assert nested_mentions(analysis.actors) == {
        (minnesota.id, minnesota.mentions[0].start, minnesota.mentions[0].end)
    }


def test_a_place_named_on_its_own_also_counts_inside_a_team_name(analyze):
    """Chicago is in no gazetteer here: the text names it on its own, so its name
    inside the team's counts too."""
    analysis = analyze(
        "The Chicago Bulls beat the Knicks on Sunday. Fans in Chicago celebrated "
        "late into the night."
    )
    chicago = _actor(analysis, "Chicago")
    team = _actor(analysis, "Chicago Bulls")
    assert chicago.kind == "place" and team.kind == "organization"
    assert len(chicago.mentions) == 2 and _inside(chicago.mentions[0], team.mentions[0])


def test_a_country_inside_an_organisation_name_counts_once_per_mention(analyze):
    analysis = analyze(
        "Ministers met at the Council of Kenya Elders in May. Kenya sent its trade "
        "minister, and the Council of Kenya Elders published a statement."
    )
    kenya = _actor(analysis, "Kenya")
    # Once on its own and once inside each of the two mentions of the council.
    assert len(kenya.mentions) == 3
    assert len(nested_mentions(analysis.actors)) == 2


def test_an_unknown_name_inside_a_longer_one_makes_no_actor(analyze):
    analysis = analyze(
        "The Quillon Varde Foundation gave two million dollars to the school. "
        "The foundation said it would give more next year."
    )
    assert "Quillon Varde" not in _names(analysis)
    assert "Quillon" not in _names(analysis) and "Varde" not in _names(analysis)
    assert nested_mentions(analysis.actors) == frozenset()


def test_a_fragment_of_a_country_name_inside_a_name_is_no_country(analyze):
    """ "Great" is a shorter name of Great Britain only on its own, never as the first
    word of "Great Lakes"; "Central" is a province somewhere, not in "Central Bank"."""
    analysis = analyze(
        "The Great Lakes Fishery Board met in Toledo. The Central Bank of Norvania "
        "raised its rates, and the Great Lakes Fishery Board objected."
    )
    kinds = {a.name: a.kind for a in analysis.actors}
    assert "United Kingdom" not in kinds and "Great" not in kinds and "Central" not in kinds


def test_a_name_inside_its_own_longer_name_is_not_a_second_mention(analyze):
    analysis = analyze(
        "Talks at the Alden Group broke down. The Alden Group said it would try again, "
        "and Alden Group shares fell."
    )
    for actor in analysis.actors:
        spans = [(m.start, m.end) for m in actor.mentions]
        assert all(e <= s for (_, e), (s, _) in itertools.pairwise(spans))


def test_collect_marks_the_candidates_nested_and_gives_them_no_role(nlp):
    doc = nlp("The University of Minnesota said it would cut fees.")
    mentions = actor_layer.collect(doc, 0)
    nested = [m for m in mentions if m.nested]
    assert [(m.text, m.label, m.source) for m in nested if m.text == "Minnesota"] == [
        ("Minnesota", "GPE", "nested")
    ]
    # The host speaks; the name inside it does not.
    assert all(not m.attribution and not m.acts and not m.verb for m in nested)
    host = next(m for m in mentions if not m.nested and "Minnesota" in m.text)
    assert host.start < nested[0].end <= host.end


def test_a_claim_by_an_organisation_stays_the_organisation_s(analyze):
    analysis = analyze(
        "The University of Minnesota said on Monday that tuition would rise by four percent."
    )
    university = _actor(analysis, "University of Minnesota")
    sources = [c.source.actor for c in analysis.claims if c.source]
    assert sources and set(sources) == {university.id}


# --- the data model -----------------------------------------------------------------------


def test_nested_mentions_finds_only_mentions_inside_another_actor_s():
    text = "Bank of America and America."
    bank = Actor("A1", "Bank of America", "organization", (), (Span(0, 15, text[0:15]),))
    america = Actor("A2", "America", "place", (), (Span(8, 15, "America"), Span(20, 27, "America")))
    assert nested_mentions([bank, america]) == {("A2", 8, 15)}
    assert nested_mentions([america]) == frozenset()


def test_nested_mentions_survive_the_json_round_trip(analyze):
    analysis = analyze("She works for the Bank of Kenya. Kenya is growing.")
    again = Analysis.from_dict(json.loads(analysis.to_json()))
    assert nested_mentions(again.actors) == nested_mentions(analysis.actors)
    assert nested_mentions(analysis.actors)


def test_the_last_word_of_a_place_name_is_not_another_place(analyze):
    """ "Mexico" in "New Mexico", "Congo" in "Democratic Republic of the Congo": a
    name's first words may name a place of their own, its last ones not."""
    analysis = analyze(
        "The New Mexico Ledger reported the fire on Tuesday. Mexico sent two planes, and "
        "aid also reached the Democratic Republic of the Congo."
    )
    mexico = _actor(analysis, "Mexico")
    assert [m.text for m in mexico.mentions] == ["Mexico"]
    assert mexico.mentions[0].start == analysis.text.index("Mexico sent")
    assert not any(
        "Congo" in a.name and a.name != "Democratic Republic of the Congo" for a in analysis.actors
    )


def test_in_a_person_s_name_only_what_follows_of_is_a_place(analyze):
    analysis = analyze(
        "The letter was signed by Thomas Ashby, 3rd Earl of Kent, in 1790. He had never "
        "visited Kent. A cousin of Thomas Ashby wrote back."
    )
    kent = _actor(analysis, "Kent")
    earl = next(a for a in analysis.actors if "Earl of Kent" in a.name)
    assert len(kent.mentions) == 2 and _inside(kent.mentions[0], earl.mentions[0])
    # A person's own names are no names nested in it, "of" before it or not.
    ashby = _actor(analysis, "Thomas Ashby")
    assert len(ashby.mentions) == 2
    assert all(
        a is ashby or not any(_inside(m, n) for m in a.mentions for n in ashby.mentions)
        for a in analysis.actors
    )
