"""The analysis queries behind the reader: companions, claim groups, stepping, density."""

from __future__ import annotations

from collections import Counter

from dramatis.analysis import Actor, Analysis, Claim, ClaimKind, Source, Span
from dramatis.queries import (
    OTHER_SOURCES,
    UNATTRIBUTED,
    claim_groups,
    claim_number,
    claim_starts_of,
    claims_in_order,
    cooccurrence,
    cooccurring,
    density,
    find_claim,
    first_mention_from,
    mention_number,
    nearest,
    same_actor,
    step_through,
)

#          0         1         2         3         4         5         6
#          0123456789012345678901234567890123456789012345678901234567890123
TEXT = "Ann met Bob.\n\nAnn and Cy spoke. Bob left.\n\nCy said it was late, Ann said."


def _spans(word: str) -> tuple[Span, ...]:
    out, i = [], TEXT.find(word)
    while i >= 0:
        out.append(Span(i, i + len(word), word))
        i = TEXT.find(word, i + 1)
    return tuple(out)


def _analysis(claims: tuple[Claim, ...] = ()) -> Analysis:
    actors = tuple(
        Actor(f"A{i}", name, "person", (name,), _spans(name))
        for i, name in enumerate(("Ann", "Bob", "Cy"), 1)
    )
    return Analysis("t.txt", "t", TEXT, "m", actors, claims)


def _claim(
    cid: str, who: str | None, cue: str, actor: str | None, kind: ClaimKind = "indirect"
) -> Claim:
    cue_at = TEXT.index(cue)
    source = None
    if who is not None:
        at = TEXT.rindex(who, 0, cue_at)
        source = Source(at, at + len(who), who, actor)
    end = cue_at + len(cue)
    return Claim(cid, kind, source, Span(cue_at, end, cue), Span(end, end + 1, TEXT[end : end + 1]))


PARAGRAPH_STARTS = [0, TEXT.index("Ann and"), TEXT.index("Cy said")]


def test_cooccurrence_counts_shared_paragraphs():
    analysis = _analysis()
    table = cooccurrence(analysis, PARAGRAPH_STARTS)
    # Ann is in all three paragraphs, Bob in the first two, Cy in the last two.
    assert table["A1"]["A2"] == 2 and table["A1"]["A3"] == 2
    assert table["A2"]["A3"] == 1
    assert "A1" not in table["A1"]
    together = cooccurring(analysis, table, "A2")
    assert [(a.name, n) for a, n in together] == [("Ann", 2), ("Cy", 1)]
    assert cooccurring(analysis, table, "A9") == []
    # Ties: the actor that appears first comes first, whatever order the table holds.
    shuffled = {"A1": Counter({"A3": 2, "A2": 2})}
    assert [a.id for a, _ in cooccurring(analysis, shuffled, "A1")] == ["A2", "A3"]
    assert [a.id for a, _ in cooccurring(analysis, shuffled, "A1", limit=1)] == ["A2"]


def test_a_crowded_paragraph_makes_no_companions():
    text = " ".join(f"N{i:02d}" for i in range(60))
    actors = tuple(
        Actor(
            f"A{i}", f"N{i:02d}", "person", (f"N{i:02d}",), (Span(4 * i, 4 * i + 3, f"N{i:02d}"),)
        )
        for i in range(60)
    )
    analysis = Analysis("t", "t", text, "m", actors, ())
    assert cooccurrence(analysis, [0]) == {}
    few = Analysis("t", "t", text, "m", actors[:3], ())
    assert cooccurrence(few, [0])["A0"] == {"A1": 1, "A2": 1}


def test_claim_groups_most_claims_first_unattributed_last():
    claims = (
        _claim("C1", "Cy", "said it", "A3"),
        _claim("C2", "Ann", "said.", "A1"),
        _claim("C3", "Ann", "spoke", None),  # a source written, but no actor found for it
        _claim("C4", "Bob", "left", "A9"),  # an actor the analysis does not have
        _claim("C5", "Cy", "spoke", "A3"),
        _claim("C6", None, "left", None, kind="other"),  # hedged: no accountable source
        _claim("C7", None, "said it", None),  # no source named at all ("amid claims that")
    )
    groups = claim_groups(_analysis(claims))
    assert [(g.title, g.actor_id, [c.id for c in g.claims]) for g in groups] == [
        ("Cy", "A3", ["C1", "C5"]),
        ("Ann", "A1", ["C2"]),
        (OTHER_SOURCES, None, ["C3", "C4"]),
        (UNATTRIBUTED, None, ["C6", "C7"]),
    ]
    assert claim_groups(_analysis()) == []


def test_step_through_from_current_or_from_the_offset_and_wrapping():
    starts = [10, 20, 30]
    assert step_through(starts, 1, offset=0, current=0).index == 1
    last = step_through(starts, 1, offset=0, current=2)
    assert (last.index, last.wrapped) == (0, True)
    first = step_through(starts, -1, offset=0, current=0)
    assert (first.index, first.wrapped) == (2, True)
    # Without a current item: the first at or after the offset going on ...
    assert step_through(starts, 1, offset=20).index == 1
    assert step_through(starts, 1, offset=21).index == 2
    # ... and the last before it going back; an item at the offset counts as
    # before it only when asked (claims do, mentions do not).
    assert step_through(starts, -1, offset=20).index == 0
    assert step_through(starts, -1, offset=20, include_at_offset=True).index == 1
    assert step_through(starts, 1, offset=31).wrapped
    assert step_through([], 1, offset=0) is None


def test_mentions_and_claims_by_number_and_position():
    claims = (_claim("C2", "Cy", "said it", "A3"), _claim("C1", "Ann", "said.", "A1"))
    analysis = _analysis(claims)
    ann = analysis.actor("A1")
    assert mention_number(ann, ann.mentions[1].start) == 2
    assert first_mention_from(ann, ann.mentions[1].start + 1) == ann.mentions[2]
    assert first_mention_from(ann, len(TEXT)) == ann.mentions[0]  # wraps round
    assert [c.id for c in claims_in_order(analysis)] == ["C2", "C1"]
    assert claim_number(analysis, "C1") == 2 and claim_number(analysis, "C9") == 0
    assert find_claim(analysis, "C1") is claims[1] and find_claim(None, "C1") is None
    assert claim_starts_of(analysis, "A3") == [claims[0].start]


def test_same_actor_follows_the_name_into_a_renumbered_analysis():
    old = _analysis()
    new = Analysis(
        "t",
        "t",
        TEXT,
        "m",
        tuple(Actor(f"B{a.id}", a.name, a.kind, a.aliases, a.mentions) for a in old.actors),
    )
    assert same_actor(old, new, "A2") == "BA2"
    assert same_actor(old, old, "A2") == "A2"
    assert same_actor(None, new, "A2") is None


def test_nearest_and_density():
    assert nearest([10, 20, 30], 14) == 0
    assert nearest([10, 20, 30], 16) == 1
    assert nearest([10, 20, 30], 15) == 0  # a tie goes to the earlier
    assert nearest([10, 20, 30], 99) == 2 and nearest([10, 20, 30], -5) == 0
    assert nearest([], 3) is None
    assert density([0, 1, 50, 99, 100], 100, 4) == [2, 0, 1, 2]
    assert sum(density(list(range(0, 1000, 7)), 1000, 13)) == len(range(0, 1000, 7))
    assert density([5], 0, 3) == [0, 0, 1] and density([5], 10, 0) == []
