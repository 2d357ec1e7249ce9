"""Actors across documents (dramatis.entities), on small hand-made analyses."""

from __future__ import annotations

import json

from dramatis.analysis import Actor, ActorKind, Analysis, Claim, Source, Span
from dramatis.entities import analysis_dict, index_dict, link, text_report


def _analysis(source: str, *actors: tuple[str, ActorKind, tuple[str, ...], int]) -> Analysis:
    """An analysis whose actors are (name, kind, aliases, mentions), in that order."""
    made = []
    offset = 0
    for number, (name, kind, aliases, count) in enumerate(actors, 1):
        mentions = []
        for _ in range(count):
            mentions.append(Span(offset, offset + len(name), name))
            offset += len(name) + 10
        made.append(Actor(f"A{number}", name, kind, aliases or (name,), tuple(mentions)))
    return Analysis(source, source, "x" * offset, "test-model", tuple(made))


def _entity_names(index) -> dict[str, set[str]]:
    """Entity name -> the names its documents give it."""
    return {e.name: {a.name for a in e.appearances} for e in index.entities}


def _same_entity(index, first: tuple[int, str], second: tuple[int, str]) -> bool:
    return index.by_actor[first] == index.by_actor[second]


def test_one_name_in_several_documents_is_one_entity_with_its_counts():
    index = link(
        [
            _analysis("a", ("Tesco", "organization", (), 3), ("Poland", "place", (), 1)),
            _analysis("b", ("Poland", "place", ("Poland", "Polish"), 2)),
            _analysis("c", ("Tesco", "organization", ("Tesco",), 1)),
        ]
    )
    assert [(e.id, e.name, e.documents, e.mentions) for e in index.entities] == [
        ("E1", "Tesco", 2, 4),
        ("E2", "Poland", 2, 3),
    ]
    assert index.by_actor == {(0, "A1"): "E1", (0, "A2"): "E2", (1, "A1"): "E2", (2, "A1"): "E1"}
    assert [e.name for e in index.by_documents()] == ["Tesco", "Poland"]


def test_a_country_and_its_demonym_are_one_entity_but_austria_is_not_australia():
    index = link(
        [
            _analysis("a", ("Israel", "place", (), 2), ("Austria", "place", (), 1)),
            _analysis("b", ("Israelis", "group", (), 1), ("Australia", "place", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert not _same_entity(index, (0, "A2"), (1, "A2"))
    assert len(index.entities) == 3


def test_diacritics_possessives_and_a_leading_the_do_not_split_a_name():
    index = link(
        [
            _analysis("a", ("Recep Tayyip Erdoğan", "person", (), 2)),
            _analysis("b", ("Recep Tayyip Erdogan", "person", (), 1)),
            _analysis("c", ("The Guardian", "organization", (), 1)),
            _analysis("d", ("Guardian", "organization", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert _same_entity(index, (2, "A1"), (3, "A1"))
    assert not _same_entity(index, (0, "A1"), (2, "A1"))


def test_a_bare_surname_is_the_one_person_with_that_full_name_in_the_set():
    index = link(
        [
            _analysis("a", ("Donald Trump", "person", ("Trump", "Donald Trump"), 5)),
            _analysis("b", ("Trump", "person", (), 1), ("Erdoğan", "person", (), 1)),
            _analysis("c", ("Recep Tayyip Erdoğan", "person", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert _same_entity(index, (1, "A2"), (2, "A1"))
    assert index.entity_of(1, "A1").name == "Donald Trump"  # the full name names it


def test_a_surname_two_people_share_stays_apart_unless_one_dominates_the_set():
    shared = [
        _analysis("a", ("Joe Biden", "person", (), 2)),
        _analysis("b", ("Hunter Biden", "person", (), 2)),
        _analysis("c", ("Biden", "person", (), 1)),
    ]
    index = link(shared)
    assert len({index.by_actor[(d, "A1")] for d in range(3)}) == 3
    # Named in three documents, ten times as often as the other: the surname is his.
    dominant = [
        _analysis("a", ("Joe Biden", "person", (), 4)),
        _analysis("b", ("Joe Biden", "person", (), 3)),
        _analysis("c", ("Joe Biden", "person", (), 3), ("Hunter Biden", "person", (), 1)),
        _analysis("d", ("Biden", "person", (), 1)),
    ]
    index = link(dominant)
    assert _same_entity(index, (0, "A1"), (3, "A1"))
    assert not _same_entity(index, (2, "A2"), (3, "A1"))


def test_a_bare_surname_its_own_document_kept_apart_from_a_full_name_stays_apart():
    index = link(
        [
            _analysis("a", ("Melania Trump", "person", (), 2), ("Trump", "person", (), 3)),
            _analysis("b", ("Melania Trump", "person", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert not _same_entity(index, (0, "A2"), (1, "A1"))


def test_two_word_name_joins_the_one_longer_name_it_shortens():
    index = link(
        [
            _analysis("a", ("Tayyip Erdoğan", "person", (), 1)),
            _analysis("b", ("Recep Tayyip Erdoğan", "person", (), 1)),
            _analysis("c", ("George Bush", "person", (), 1)),
            _analysis("d", ("George W. Bush", "person", (), 1)),
            _analysis("e", ("Laura Bush", "person", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert _same_entity(index, (2, "A1"), (3, "A1"))
    assert not _same_entity(index, (4, "A1"), (3, "A1"))


def test_acronyms_join_the_name_they_abbreviate():
    index = link(
        [
            _analysis(
                "a",
                (
                    "Syrian Democratic Forces",
                    "organization",
                    ("SDF", "Syrian Democratic Forces"),
                    3,
                ),
                ("United Nations", "organization", ("UN", "United Nations"), 2),
            ),
            _analysis("b", ("SDF", "organization", (), 1)),
            _analysis("c", ("UN General Assembly", "organization", (), 1)),
            _analysis("d", ("United Nations General Assembly", "organization", (), 1)),
            _analysis("e", ("World Health Organization", "organization", (), 1)),
            _analysis("f", ("WHO", "organization", (), 2)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert _same_entity(index, (2, "A1"), (3, "A1"))
    assert not _same_entity(index, (0, "A2"), (2, "A1"))
    assert _same_entity(index, (4, "A1"), (5, "A1"))
    assert index.entity_of(5, "A1").name == "World Health Organization"


def test_a_one_word_short_form_joins_the_one_name_written_so():
    index = link(
        [
            _analysis(
                "a", ("Burisma Holdings", "organization", ("Burisma Holdings", "Burisma"), 2)
            ),
            _analysis("b", ("Burisma", "organization", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))


def test_spelling_variants_join_last_and_never_a_person_with_a_place():
    index = link(
        [
            _analysis(
                "a", ("Mohammad bin Salman", "person", (), 2), ("Washington", "place", (), 1)
            ),
            _analysis("b", ("Mohammed bin Salman", "person", (), 1)),
            _analysis("c", ("Washington", "person", (), 1)),
            _analysis("d", ("Rostov", "place", (), 1)),
            _analysis("e", ("Rostova", "place", (), 1)),
        ]
    )
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert not _same_entity(index, (0, "A2"), (2, "A1"))
    assert not _same_entity(index, (3, "A1"), (4, "A1"))


def test_two_actors_of_one_document_never_become_one_entity():
    # Document a kept "Hong Kong" the place and "Hong Kong" the organisation apart;
    # b's one "Hong Kong" joins the first of them, never both.
    index = link(
        [
            _analysis("a", ("Hong Kong", "place", (), 2), ("Hong Kong", "organization", (), 1)),
            _analysis("b", ("Hong Kong", "place", (), 1)),
        ]
    )
    assert not _same_entity(index, (0, "A1"), (0, "A2"))
    assert _same_entity(index, (0, "A1"), (1, "A1"))
    assert len(index.entities) == 2


def test_ids_follow_first_appearance_and_are_the_same_for_the_same_input():
    analyses = [
        _analysis("a", ("Kurds", "group", (), 1), ("Turkey", "place", (), 1)),
        _analysis("b", ("Turkey", "place", (), 4), ("Ankara", "place", (), 1)),
    ]
    first, again = link(analyses), link(list(analyses))
    assert first == again
    assert [(e.id, e.name) for e in first.entities] == [
        ("E1", "Kurds"),
        ("E2", "Turkey"),
        ("E3", "Ankara"),
    ]
    reversed_ids = link(analyses[::-1])
    assert [(e.id, e.name) for e in reversed_ids.entities] == [
        ("E1", "Turkey"),
        ("E2", "Ankara"),
        ("E3", "Kurds"),
    ]


def _with_claims(analysis: Analysis, *sources: tuple[str, int]) -> Analysis:
    """Claims attributed to these (actor id, offset) pairs."""
    claims = tuple(
        Claim(
            f"C{n}",
            "direct",
            Source(offset, offset + 1, "x", actor),
            Span(offset + 2, offset + 3, f"said{n}"),
            Span(offset + 4, offset + 9, f"content {n}"),
        )
        for n, (actor, offset) in enumerate(sources, 1)
    )
    return Analysis(
        analysis.source, analysis.title, analysis.text, analysis.model, analysis.actors, claims
    )


def test_each_appearance_counts_the_claims_and_keeps_the_first():
    a = _with_claims(
        _analysis("a", ("Iran", "place", (), 2), ("Hassan Rouhani", "person", (), 3)),
        ("A2", 40),
        ("A2", 10),
        ("A1", 5),
    )
    b = _analysis("b", ("Hassan Rouhani", "person", ("Rouhani", "Hassan Rouhani"), 1))
    index = link([a, b])
    rouhani = index.entity_of(0, "A2")
    assert [(x.document, x.mentions, x.claims) for x in rouhani.appearances] == [
        (0, 3, 2),
        (1, 1, 0),
    ]
    assert rouhani.appearances[0].first_claim.content.text == "content 2"  # earliest in the text
    assert rouhani.appearances[1].first_claim is None
    assert (rouhani.documents, rouhani.mentions, rouhani.claims) == (2, 4, 2)
    assert rouhani.aliases[0] == "Hassan Rouhani"


def test_json_outputs_carry_the_entity_ids_and_the_report_lists_every_entity():
    analyses = [
        _analysis("a.txt", ("Ghana", "place", (), 2), ("Nigeria", "place", (), 1)),
        _analysis("b.txt", ("Nigeria", "place", (), 3)),
    ]
    index = link(analyses)
    first = analysis_dict(analyses[1], 1, index)
    assert [(a["id"], a["entity"]) for a in first["actors"]] == [("A1", "E2")]
    assert first["schema"] == "dramatis.analysis/1"
    whole = json.loads(json.dumps(index_dict(analyses, index)))
    assert whole["schema"] == "dramatis.entities/1"
    assert [d["source"] for d in whole["documents"]] == ["a.txt", "b.txt"]
    nigeria = whole["entities"][0]
    assert (nigeria["id"], nigeria["documents"], nigeria["mentions"]) == ("E2", 2, 4)
    assert [x["source"] for x in nigeria["appearances"]] == ["a.txt", "b.txt"]
    report = text_report(analyses, index).splitlines()
    assert report[0] == "2 actors across 2 documents"
    assert report[3].split() == ["E2", "place", "2", "4", "Nigeria"]
    assert report[4].split() == ["E1", "place", "1", "2", "Ghana"]


def test_no_analyses_or_no_actors_give_an_empty_index():
    assert link([]).entities == ()
    index = link([_analysis("a")])
    assert index.entities == () and index.entity_of(0, "A1") is None


def test_the_entities_are_ranked_as_the_jump_ranks_actors():
    from dramatis.entity_search import rank, search_index

    index = link(
        [
            _analysis("a", ("Recep Tayyip Erdoğan", "person", (), 2), ("Austria", "place", (), 1)),
            _analysis("b", ("Erdoğan", "person", (), 1), ("Australia", "place", (), 5)),
        ]
    )
    search = search_index(index)
    found = rank(search, index, "erdgoan")  # a transposition, no diacritic
    assert [(m.entity.name, m.entity.mentions) for m in found] == [("Recep Tayyip Erdoğan", 3)]
    assert [m.entity.name for m in rank(search, index, "austria")] == ["Austria"]
    browsing = rank(search, index, "")
    assert [m.entity.name for m in browsing] == ["Australia", "Recep Tayyip Erdoğan", "Austria"]
    assert all(m.score == 0 for m in browsing)
