"""The 23 claims of the bundled article (issue 4's gold table), found and linked."""

from __future__ import annotations

import pytest

# (source span, actor name, cue, content begins); "…" in a source means "anything here".
GOLD = [
    (
        "An analysis by Responsible Statecraft",
        "Responsible Statecraft",
        "highlighted",
        "growing efforts in the US and the Israeli occupation",
    ),
    ("The report", "Responsible Statecraft", "suggests", "that while Azerbaijan already enjoys"),
    (
        "The analysis",
        "Responsible Statecraft",
        "notes",
        "that a campaign advocating for Azerbaijan’s inclusion",
    ),
    (
        "The Israeli think tank Begin-Sadat Center",
        "Begin-Sadat Center",
        "argued",
        "that Baku would be a fitting addition",
    ),
    ("Responsible Statecraft", "Responsible Statecraft", "questions", "the necessity of this push"),
    (
        "The report",
        "Responsible Statecraft",
        "suggests",
        "that the real motivation behind the effort",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu’s office",
        "Netanyahu",
        "stated",
        'its desire to establish a "strong foundation',
    ),
    (
        "An op-ed … by Seth Cropsey and Joseph Epstein",
        "Seth Cropsey",
        "emphasized",
        "that such an alliance would help",
    ),
    ("the report", "Responsible Statecraft", "highlights", "a major obstacle: Section 907"),
    # the administrations' reason for the waiver: stance.object (PolNeAR: "citing X")
    (
        "Successive US administrations",
        None,  # several governments of the US over the years: no one actor
        "citing",
        "Azerbaijan’s strategic cooperation",
    ),
    ("Advocates", None, "argue", "that an anticipated peace deal"),
    (
        "Responsible Statecraft",
        "Responsible Statecraft",
        "notes",
        "that Baku has continued to stall negotiations",
    ),
    (
        "The report",
        "Responsible Statecraft",
        "details",
        "how Azerbaijan’s President Ilham Aliyev has laid claims",
    ),
    # a stance (PolNeAR counts "lack of support for something"): stance.object
    ("Iran", "Iran", "opposed", "any border changes"),
    ("Iran", "Iran", "warning", "that it would take military action if necessary"),
    (
        "the report",
        "Responsible Statecraft",
        "said",
        "Tehran has already conducted large-scale military exercises",
    ),
    (
        "Responsible Statecraft",
        "Responsible Statecraft",
        "According to",
        "pushing Azerbaijan into the Abraham Accords could embolden Baku",
    ),
    ("the report", "Responsible Statecraft", "according to", "US-based groups"),
    (
        "The report",
        "Responsible Statecraft",
        "questions",
        "whether such a move aligns with US interests",
    ),
    (
        "The report",
        "Responsible Statecraft",
        "arguing",
        "that entrenching Washington in another regional conflict",
    ),
    ("Trump", "Trump", "told", "that he had sent a letter to Sayyed Ali Khamenei"),
    ("Iran", "Iran", "stated", "that it will not engage in talks with the US"),
    ("the foreign minister", "foreign minister", "explained", "that Iran's refusal to negotiate"),
    ("He", "foreign minister", "emphasized", "that Iran had previously used diplomacy"),
    ("he", "foreign minister", "said", "After the agreement, we adhered to all our commitments"),
]


def _find(analysis, cue: str, content: str):
    found = [c for c in analysis.claims if c.cue.text == cue and c.content.text.startswith(content)]
    assert len(found) == 1, f"claim {cue!r} {content!r}: found {len(found)}"
    return found[0]


def _source_matches(written: str, expected: str) -> bool:
    if "…" in expected:
        head, tail = expected.split("…")
        return written.startswith(head.strip()) and written.endswith(tail.strip())
    return written == expected


@pytest.mark.parametrize(
    ("source", "actor", "cue", "content"), GOLD, ids=[f"{g[2]}:{g[3][:25]}" for g in GOLD]
)
def test_gold_claim_is_found_with_its_source(seed_analysis, source, actor, cue, content):
    claim = _find(seed_analysis, cue, content)
    assert claim.source is not None
    assert _source_matches(claim.source.text, source), claim.source.text
    if actor is None:
        assert claim.source.actor is None
    else:
        linked = seed_analysis.actor(claim.source.actor)
        assert linked is not None, f"{source!r} is linked to no actor"
        assert actor in linked.name or actor in linked.aliases, linked.name


def test_nothing_is_invented(seed_analysis):
    attributed = [c for c in seed_analysis.claims if c.kind != "other"]
    found = {(c.cue.text, c.content.text[:30]) for c in attributed}
    expected = {(cue, content[:30]) for _, _, cue, content in GOLD}
    extra = {
        f for f in found if not any(f[0] == e[0] and f[1].startswith(e[1][:30]) for e in expected)
    }
    assert not extra
    assert len(attributed) == len(GOLD)


def test_every_claim_names_its_rule(seed_analysis):
    assert seed_analysis.claims
    assert all(c.rule and "." in c.rule for c in seed_analysis.claims)


def test_unattributed_claims_have_no_source_or_a_vague_one(seed_analysis):
    unattributed = [c for c in seed_analysis.claims if c.kind == "other"]
    assert [c.cue.text for c in unattributed] == ["reportedly"]
    assert all(c.source is None or c.rule.startswith("hedged.vague_source.") for c in unattributed)


def test_claim_spans_are_consistent(seed_analysis):
    text = seed_analysis.text
    for claim in seed_analysis.claims:
        for span in (claim.cue, claim.content, claim.source):
            if span is None:
                continue
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text


def test_kinds(seed_analysis):
    kind = {(c.cue.text, c.content.text[:12]): c.kind for c in seed_analysis.claims}
    assert kind[("According to", "pushing Azer")] == "according_to"
    assert kind[("according to", "US-based gro")] == "according_to"
    assert kind[("said", "After the ag")] == "direct"
    assert kind[("stated", "that it will")] == "indirect"


def test_the_role_actor_groups_its_claims(seed_analysis):
    minister = [a for a in seed_analysis.actors if a.name == "foreign minister"]
    assert len(minister) == 1
    claims = seed_analysis.claims_by(minister[0].id)
    assert [c.cue.text for c in claims] == ["explained", "emphasized", "said"]
    assert minister[0].kind == "person"
    assert minister[0].mentions and all(
        seed_analysis.text[m.start : m.end] == m.text for m in minister[0].mentions
    )
