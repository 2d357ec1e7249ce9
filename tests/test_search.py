"""Fuzzy actor search: ranking, cut-off, snippets, text fallback and `dramatis find`."""

from __future__ import annotations

import json
import re

import pytest
from dramatis.analysis import Actor, Analysis, Span
from dramatis.search import (
    ActorIndex,
    context_snippet,
    find_report,
    first_mention_after,
    fold,
    mentions_after,
    name_tokens,
    search_sentences,
    typo_budget,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED


def make_analysis(names: dict[str, tuple[str, list[str]]]) -> Analysis:
    """An Analysis whose text mentions each actor's forms, written out by hand.

    ``names`` maps an actor's canonical name to (kind, the forms the text uses);
    every form is written once in the text, in order, as its own sentence.
    """
    text = ""
    actors = []
    for i, (name, (kind, forms)) in enumerate(names.items(), 1):
        spans = []
        for form in forms:
            text += "Then "
            spans.append(Span(len(text), len(text) + len(form), form))
            text += form + " spoke again.\n"
        aliases = tuple(dict.fromkeys([name, *forms]))
        actors.append(Actor(f"A{i}", name, kind, aliases, tuple(spans)))
    return Analysis("test", "test", text, "none", tuple(actors))


WORLD = make_analysis(
    {
        "Recep Tayyip Erdoğan": ("person", ["Recep Tayyip Erdoğan", "Erdoğan", "Erdoğan"]),
        "Benjamin Netanyahu": ("person", ["Benjamin Netanyahu", "Netanyahu"]),
        "Ilham Aliyev": ("person", ["Ilham Aliyev", "Aliyev's"]),
        "Ali Khamenei": ("person", ["Sayyed Ali Khamenei"]),
        "The Wall Street Journal": ("organization", ["The Wall Street Journal", "the Journal"]),
        "Responsible Statecraft": ("organization", ["Responsible Statecraft"]),
        "Australia": ("place", ["Australia"]),
        "Iraq": ("place", ["Iraq", "Iraq"]),
        "Nagorno-Karabakh": ("place", ["Nagorno-Karabakh"]),
        "U.S.": ("place", ["U.S.", "U.S.", "U.S.", "U.S."]),
        "United Nations": ("organization", ["United Nations"]),
        "Netherlands": ("place", ["Netherlands"]),
        "Donald Trump": ("person", ["Donald Trump"]),
        "Trump": ("person", ["Trump", "Trump", "Trump"]),
        "Kurds": ("group", ["Kurds"] * 5),
        "Kurdistan": ("place", ["Kurdistan"]),
        "Russian government": ("organization", ["the Russian government", "the Kremlin"]),
    }
)
INDEX = ActorIndex.build(WORLD)


def best(query: str) -> tuple[str, str, int] | None:
    matches = INDEX.rank(query, 5)
    return (matches[0].actor.name, matches[0].alias, matches[0].score) if matches else None


def names(query: str) -> list[str]:
    return [m.actor.name for m in INDEX.rank(query, 10)]


@pytest.mark.parametrize(
    ("query", "actor"),
    [
        ("netanyhu", "Benjamin Netanyahu"),  # a letter left out
        ("netnayahu", "Benjamin Netanyahu"),  # two letters swapped: one OSA edit
        ("khamenai", "Ali Khamenei"),
        ("netanyahoo", "Benjamin Netanyahu"),  # two slips in a long word
        ("aliev", "Ilham Aliyev"),  # a transliteration variant
        ("khamenei", "Ali Khamenei"),  # one word of the name
        ("erdogan", "Recep Tayyip Erdoğan"),  # no diacritics typed
        ("ERDOĞAN", "Recep Tayyip Erdoğan"),
        ("wsj", "The Wall Street Journal"),  # initials, "The" skipped
        ("wall street", "The Wall Street Journal"),  # part of the name
        ("journal wall", "The Wall Street Journal"),  # word order
        ("statecraft", "Responsible Statecraft"),
        ("statecrat", "Responsible Statecraft"),
        ("karabakh", "Nagorno-Karabakh"),
        ("nagorno karabakh", "Nagorno-Karabakh"),
        ("nagornokarabakh", "Nagorno-Karabakh"),  # the name run together
        ("us", "U.S."),  # dots join: "U.S." is the word "us"
        ("netan", "Benjamin Netanyahu"),  # still typing
        ("netanyh", "Benjamin Netanyahu"),  # still typing, with a slip
        ("aliyevs", "Ilham Aliyev"),
        ("aliyev's", "Ilham Aliyev"),  # possessive stripped from the query too
    ],
)
def test_queries_that_must_find_their_actor(query, actor):
    found = best(query)
    assert found is not None, query
    assert found[0] == actor


@pytest.mark.parametrize(
    "query",
    [
        "austria",  # two edits from "australia": a different country, not a typo
        "iran",  # one letter from "Iraq", but 4-letter names allow no slips
        "trmp",  # "trump" with a letter missing: too short to guess
        "donald speech",  # every word typed must match something
        "zzz",
        "",
        "   ",
        "'s",
    ],
)
def test_near_misses_do_not_match(query):
    assert INDEX.rank(query, 10) == []


def test_why_an_edit_budget_and_not_a_ratio_cut_off():
    from rapidfuzz import fuzz

    # A ratio cannot tell a typo from a different name of the same shape...
    assert fuzz.ratio("khamenai", "khamenei") == fuzz.ratio("austria", "australia")
    # ...an edit budget can: one substitution is a slip, two insertions are a new word.
    assert names("khamenai") == ["Ali Khamenei"]
    assert names("austria") == []


def test_typo_budget_grows_with_word_length():
    assert [typo_budget(n) for n in (1, 4, 5, 8, 9, 20)] == [0, 0, 1, 1, 2, 2]


def test_exact_word_beats_prefix_beats_typo():
    exact = best("aliyev")
    prefix = best("aliy")
    typo = best("aliev")
    assert exact is not None and prefix is not None and typo is not None
    assert exact[2] == 100
    assert 90 <= prefix[2] < 100
    assert 0 < typo[2] < 90


def test_whole_word_prefix_ranks_above_fuzzy_match_of_a_frequent_actor():
    # "kurdi" is one edit from "Kurds" (5 mentions) and a whole-word prefix of
    # "Kurdistan" (1 mention): the prefix wins.
    assert names("kurdi") == ["Kurdistan", "Kurds"]
    assert names("nether")[0] == "Netherlands"
    # "neta" is a prefix of "netanyahu" and, as a word still being typed, one slip
    # from the start of "netherlands": both listed, the prefix first.
    assert names("neta") == ["Benjamin Netanyahu", "Netherlands"]


def test_every_keystroke_of_a_misspelling_keeps_the_actor_listed():
    for end in range(1, len("aliev") + 1):
        assert "Ilham Aliyev" in names("aliev"[:end]), "aliev"[:end]
    for end in range(5, len("netanyhu") + 1):
        assert names("netanyhu"[:end])[0] == "Benjamin Netanyahu", "netanyhu"[:end]


def test_prefixes_tie_so_the_most_mentioned_actor_comes_first():
    # Kurds (5 mentions) before Kurdistan, Khamenei and the Kremlin (1 each),
    # whatever the length of the word that "k" begins.
    ranked = INDEX.rank("k", 10)
    assert ranked[0].actor.name == "Kurds"
    assert {m.actor.name for m in ranked} >= {"Kurdistan", "Ali Khamenei", "Russian government"}
    assert len({m.score for m in ranked}) == 1


def test_ties_go_to_the_actor_mentioned_most():
    # "trump" is a whole word of both; the one with three mentions comes first.
    matches = INDEX.rank("trump", 5)
    assert [m.actor.name for m in matches] == ["Trump", "Donald Trump"]
    assert matches[0].score == matches[1].score == 100


def test_the_matched_alias_is_reported_as_written():
    kremlin = INDEX.rank("kremlin", 1)[0]
    assert (kremlin.actor.name, kremlin.alias) == ("Russian government", "the Kremlin")
    # When several forms match equally, the canonical name is the one reported.
    aliyev = INDEX.rank("aliyev", 1)[0]
    assert aliyev.alias == "Ilham Aliyev"


def test_limit_and_scores_are_bounded():
    matches = INDEX.rank("n", 3)
    assert len(matches) == 3
    assert all(0 < m.score <= 100 for m in matches)
    assert len({m.actor.id for m in INDEX.rank("n", 50)}) == len(INDEX.rank("n", 50))


def test_empty_index_and_empty_query():
    empty = ActorIndex.build(())
    assert empty.rank("anything") == []
    assert [m.actor.name for m in INDEX.most_mentioned(2)] == ["Kurds", "U.S."]


def test_normalisation():
    assert fold("Erdoğan Łódź Øresund STRAßE") == "erdogan lodz oresund strasse"
    assert name_tokens("Armenia’s Syunik") == ("armenia", "syunik")
    assert name_tokens("O'Brien, U.S.-backed") == ("obrien", "us", "backed")


def test_mentions_after_starts_at_the_reading_position_and_wraps():
    erdogan = WORLD.actors[0]
    starts = [m.start for m in erdogan.mentions]
    assert [m.start for m in mentions_after(erdogan, 0)] == starts
    assert [m.start for m in mentions_after(erdogan, starts[1])] == [
        starts[1],
        starts[2],
        starts[0],
    ]
    assert [m.start for m in mentions_after(erdogan, starts[2] + 1)] == starts


def test_first_mention_after_prefers_the_matched_form():
    government = next(a for a in WORLD.actors if a.name == "Russian government")
    said, kremlin = government.mentions
    assert first_mention_after(government, 0) == said
    assert first_mention_after(government, 0, "the Kremlin") == kremlin
    assert first_mention_after(government, kremlin.end, "the Kremlin") == kremlin  # wraps
    assert first_mention_after(government, kremlin.end, "Putin's office") == said
    assert first_mention_after(Actor("X", "X", "other", (), ()), 0) is None


def test_context_snippet_is_one_line_with_the_mention_marked():
    text = "First line of the story.\nThe minister  Ilham Aliyev said on Monday that\nthe talks went well."
    start = text.index("Ilham")
    snippet = context_snippet(text, start, start + len("Ilham Aliyev"), width=40)
    assert snippet.text[snippet.mark_start : snippet.mark_end] == "Ilham Aliyev"
    assert "\n" not in snippet.text and "  " not in snippet.text
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert len(snippet.text) <= 44
    # Words are never cut in half.
    for word in re.findall(r"\w+", snippet.text.strip("…")):
        assert word in text.split() or word in "Ilham Aliyev"
    whole = context_snippet("Aliyev", 0, 6)
    assert (whole.text, whole.mark_start, whole.mark_end) == ("Aliyev", 0, 6)


def test_sentence_search_exact_then_fuzzy():
    text = "Baku signed a deal.\nThe Abraham Accords were discussed. Later, the accords stalled."
    hits = search_sentences(text, "accords", 5)
    assert [text[h.start : h.end] for h in hits] == ["Accords", "accords"]
    assert all(h.score == 100 for h in hits)
    fuzzy = search_sentences(text, "abraham acords", 5)
    assert text[fuzzy[0].start : fuzzy[0].end] == "Abraham Accords"
    assert 80 <= fuzzy[0].score < 100
    assert search_sentences(text, "zanzibar", 5) == []
    assert search_sentences(text, "a", 5) == []


def test_sentence_search_offsets_survive_accents():
    text = "Président Erdoğan a parlé. Puis Erdoğan est parti."
    hits = search_sentences(text, "erdogan", 5)
    assert [text[h.start : h.end] for h in hits] == ["Erdoğan", "Erdoğan"]


def test_find_report_json_shape():
    data = json.loads(find_report(WORLD, "erdogan", limit=3, fmt="json"))
    assert isinstance(data, list) and data
    first = data[0]
    assert first["actor"] == {"id": "A1", "name": "Recep Tayyip Erdoğan", "kind": "person"}
    assert first["alias"] in WORLD.actors[0].aliases
    assert 0 < first["score"] <= 100
    assert len(first["mentions"]) == 3
    for mention in first["mentions"]:
        assert WORLD.text[mention["start"] : mention["end"]].startswith("Erdoğan") or WORLD.text[
            mention["start"] : mention["end"]
        ].startswith("Recep")
        assert WORLD.text[mention["start"] : mention["end"]] in mention["context"]
    assert json.loads(find_report(WORLD, "zzz", fmt="json")) == []


def test_find_report_text_lists_at_most_ten_mentions_per_actor():
    many = make_analysis({"Kutuzov": ("person", ["Kutuzov"] * 14)})
    report = find_report(many, "kutusov")
    assert report.splitlines()[0].endswith("Kutuzov (person, 14 mentions)")
    assert sum("Then Kutuzov spoke" in line for line in report.splitlines()) == 10
    assert "and 4 more" in report
    assert len(json.loads(find_report(many, "kutusov", fmt="json"))[0]["mentions"]) == 14


def test_find_report_text_falls_back_to_text_search():
    report = find_report(WORLD, "spoke again", fmt="text")
    assert "no actor matches" in report
    assert "spoke again" in report
    assert "Netanyahu" in find_report(WORLD, "netanyhu")


def test_real_pipeline_on_the_seed(seed_analysis):
    index = ActorIndex.build(seed_analysis)
    for query, expected in [
        ("netanyhu", "Netanyahu"),
        ("aliev", "Aliyev"),
        ("khamenei", "Khamenei"),
        ("wsj", "Wall Street Journal"),
        ("wall street", "Wall Street Journal"),
        ("azerbajan", "Azerbaijan"),
        ("statecraft", "Responsible Statecraft"),
        ("statecrat", "Responsible Statecraft"),
    ]:
        matches = index.rank(query, 3)
        assert matches, query
        assert expected in matches[0].actor.name, (query, matches[0])
    # And as plain text, whatever the actor layer makes of it.
    hits = search_sentences(seed_analysis.text, "statecraft", 3)
    assert hits and all(seed_analysis.text[h.start : h.end] == "Statecraft" for h in hits)


def test_cli_find_json(capsys):
    from dramatis.tui.cli import main

    assert main(["find", str(SEED), "netanyhu", "--format", "json", "--limit", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 1 <= len(data) <= 2
    assert "Netanyahu" in data[0]["actor"]["name"]
    assert data[0]["mentions"] and all("Netanyahu" in m["context"] for m in data[0]["mentions"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_query_ranks_without_error_best_first(query):
    matches = INDEX.rank(query, 50)
    scores = [m.score for m in matches]
    assert all(0 < score <= 100 for score in scores)
    assert scores == sorted(scores, reverse=True)
    assert len({m.actor.id for m in matches}) == len(matches)
    for m in matches:
        assert (
            m.alias == m.actor.name
            or m.alias in m.actor.aliases
            or any(m.alias == span.text for span in m.actor.mentions)
        )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.data())
def test_snippets_and_text_hits_stay_inside_the_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    snippet = context_snippet(text, start, end, width=40)
    assert "\n" not in snippet.text
    assert snippet.text[snippet.mark_start : snippet.mark_end] == re.sub(
        r"\s+", " ", text[start:end]
    )
    query = data.draw(st.text(max_size=12))
    for hit in search_sentences(text, query, 5):
        assert 0 <= hit.start < hit.end <= len(text)
        assert 0 < hit.score <= 100
