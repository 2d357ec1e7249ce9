"""``dramatis analyze --explain``: the renderer, the JSON it reads, and the command."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from dramatis.actors.rules import KIND_RULES, MERGE_RULES, VOTE_RULES
from dramatis.analysis import (
    Actor,
    Analysis,
    Claim,
    Explanation,
    KindVote,
    Merge,
    Source,
    Span,
)
from dramatis.explain import explain_actor, explain_claim, explain_report
from dramatis.tui.cli import main

ACTORS = Path(__file__).resolve().parent.parent / "core" / "actors"

TEXT = "Jo Reyes of Acme Corp. said Reyes would go. Acme denied it."


def _analysis(claim: Claim | None = None) -> Analysis:
    reyes = Actor(
        "A1",
        "Jo Reyes",
        "person",
        ("Jo Reyes", "Reyes"),
        (Span(0, 8, "Jo Reyes"), Span(28, 33, "Reyes")),
        Explanation(
            kind_rule="kind.full_name",
            kind_votes=(
                KindVote("person", "kind.ner_label", 2),
                KindVote("place", "kind.ner_label", 1),
            ),
            merges=(Merge("Reyes", "Jo Reyes", "person.surname"),),
        ),
    )
    acme = Actor(
        "A2",
        "Acme Corp.",
        "organization",
        ("Acme Corp.", "Acme"),
        (Span(12, 22, "Acme Corp."), Span(44, 48, "Acme")),
        Explanation("kind.votes", (KindVote("organization", "kind.organisation_word", 3),)),
    )
    role = Actor("A3", "the spokesman", "person", ("the spokesman",), ())
    claims = () if claim is None else (claim,)
    return Analysis("t.txt", "Title", TEXT, "m", (reyes, acme, role), claims)


def test_an_actor_shows_its_kind_rule_votes_aliases_and_each_merge():
    lines = explain_actor(_analysis().actors[0])
    text = "\n".join(lines)
    assert lines[0] == "A1  Jo Reyes  [person]"
    assert "kind: kind.full_name: " + KIND_RULES["kind.full_name"] in text
    assert "votes: person 2 (ner_label 2); place 1 (ner_label 1)" in text
    assert "aliases: Jo Reyes, Reyes" in text
    assert f'"Reyes" joined "Jo Reyes" by person.surname: {MERGE_RULES["person.surname"]}' in text


def test_aliases_without_merges_are_said_to_be_one_name():
    text = "\n".join(explain_actor(_analysis().actors[1]))
    assert "merges: none" in text and "joined" not in text


def test_an_actor_the_claim_layer_made_says_so_and_has_no_merges():
    text = "\n".join(explain_actor(_analysis().actors[2]))
    assert "claim layer" in text and "merges" not in text and "kind:" not in text


def test_a_claim_shows_its_rule_when_it_has_one_and_says_when_not():
    claim = Claim(
        "C1",
        "indirect",
        Source(0, 8, "Jo Reyes", "A1"),
        Span(23, 27, "said"),
        Span(28, 42, "Reyes would go"),
    )
    plain = "\n".join(explain_claim(_analysis(claim), claim))
    assert 'C1  [indirect]  "Jo Reyes" -> A1  cue "said"' in plain
    assert "rule: (not recorded)" in plain

    @dataclass(frozen=True)
    class RuledClaim:  # the claim layer adds Claim.rule; the renderer reads it if there
        id: str
        kind: str
        source: Source | None
        cue: Span
        content: Span
        rule: str

    ruled = RuledClaim("C1", "indirect", None, claim.cue, claim.content, "said.subject")
    text = "\n".join(explain_claim(_analysis(), ruled))  # type: ignore[arg-type]
    assert "(unattributed)" in text and "rule: said.subject" in text


def test_the_report_lists_every_actor_and_claim():
    claim = Claim("C1", "indirect", None, Span(23, 27, "said"), Span(28, 42, "Reyes would go"))
    report = explain_report(_analysis(claim))
    assert "Actors (3)" in report and "Claims (1)" in report
    assert [line.split()[0] for line in report.splitlines() if re.match(r"[AC]\d", line)] == [
        "A1",
        "A2",
        "A3",
        "C1",
    ]


def test_the_explanation_survives_the_json_the_cache_stores():
    analysis = _analysis()
    data = json.loads(analysis.to_json())
    assert data["actors"][0]["explain"] == {
        "kind": {
            "rule": "kind.full_name",
            "votes": [
                {"kind": "person", "rule": "kind.ner_label", "weight": 2},
                {"kind": "place", "rule": "kind.ner_label", "weight": 1},
            ],
        },
        "merges": [{"alias": "Reyes", "into": "Jo Reyes", "rule": "person.surname"}],
    }
    assert "explain" not in data["actors"][2]  # a role actor has none
    assert Analysis.from_dict(data) == analysis


def test_every_rule_the_actor_layer_names_is_described():
    """Each rule id written in the actor layer's code is in the rules table, and back."""
    source = "\n".join(p.read_text() for p in ACTORS.glob("*.py") if p.name != "rules.py")
    used = set(
        re.findall(
            r'"((?:kind|country|acronym|person|organisation|variant|group|name|adjective|fuzzy|capital)\.[a-z_.]+)"',
            source,
        )
    )
    described = {*MERGE_RULES, *KIND_RULES, *VOTE_RULES}
    assert used - described == set()
    assert described - used == set()


def test_analyze_explain_prints_why_for_a_real_article(nlp, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks in Vienna\n\nMaria Lindqvist, the Swedish envoy, met the press on Monday. "
        "Lindqvist said the talks would resume. The International Atomic Energy Agency "
        "(IAEA) said it was ready. The IAEA has inspectors in the region.\n"
    )
    assert main(["analyze", "--no-cache", "--explain", str(article)]) == 0
    out = capsys.readouterr().out
    assert '"Lindqvist" joined "Maria Lindqvist" by person.surname' in out
    assert '"IAEA" joined "International Atomic Energy Agency" by acronym.introduced' in out
    assert re.search(r"Maria Lindqvist  \[person\]\n    kind: kind\.full_name", out)
    assert "Claims (" in out and "rule: " in out
