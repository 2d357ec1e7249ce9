"""Stance claims (``dramatis.claims.stance``): intentions with an infinitive, stance
verbs with an object, verbs with the preposition of their topic; on sentences
written for the test."""

from __future__ import annotations

import pytest
from dramatis.analysis import Analysis

from tests.claim_helpers import one
from tests.test_claims import assert_spans_consistent


def stances(analysis: Analysis) -> list[tuple[str, str, str, str]]:
    assert_spans_consistent(analysis)
    return [
        (c.rule, c.source.text if c.source else "", c.cue.text, c.content.text)
        for c in analysis.claims
        if c.rule.startswith("stance.")
    ]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The mayor refused to comment on the closure of the bridge.",
            "refused",
            "to comment on the closure of the bridge",
        ),
        (
            "The union plans to strike next month over the pension cuts.",
            "plans",
            "to strike next month over the pension cuts",
        ),
        ("Senator Jane Holm declined to endorse the bill.", "declined", "to endorse the bill"),
    ],
)
def test_an_intention_is_its_infinitive(analyze, body, cue, content):
    found = stances(analyze(body))
    assert [(r, c, t) for r, _, c, t in found] == [("stance.infinitive", cue, content)]


def test_declining_to_say_is_a_refusal_not_a_statement(analyze):
    # PolNeAR's guidelines: declining is the expression of an intention not to
    a = analyze("The official declined to say when the talks would resume.")
    assert [(c.rule, c.cue.text, c.content.text) for c in a.claims] == [
        ("stance.infinitive", "declined", "to say when the talks would resume")
    ]
    assert analyze("The minister did not say whether the plan would go ahead.").claims == ()


def test_an_intention_inside_a_reported_clause_is_the_saying(analyze):
    a = analyze("The mayor said that she wants to rebuild the old bridge.")
    assert stances(a) == []
    assert any(c.cue.text == "said" for c in a.claims)


def test_a_hypothetical_stance_is_no_claim(analyze):
    a = analyze("Asked in Ohio whether he would support the governor, the senator smiled.")
    assert stances(a) == []
    b = analyze("Do you support the new tax on sugar?")
    assert stances(b) == []


def test_a_stance_object_takes_its_complement(analyze):
    found = stances(analyze("Governor Mark Ellis criticized the council for its slow response."))
    assert found == [
        ("stance.object", "Governor Mark Ellis", "criticized", "the council for its slow response")
    ]


def test_a_stance_object_stops_at_the_authors_comment(analyze):
    found = stances(
        analyze("The senator endorsed the trade pact, which later cost thousands of jobs.")
    )
    assert [t for *_, t in found] == ["the trade pact"]


def test_a_reason_cited_is_the_citers(analyze):
    found = stances(analyze("The city council delayed the vote, citing safety concerns."))
    assert found == [("stance.object", "The city council", "citing", "safety concerns")]
    # being cited (for speeding) is no one's stance
    assert stances(analyze("The driver was cited for speeding on the bridge.")) == []


def test_an_event_holds_no_stance(analyze):
    assert stances(analyze("The storm attacked the coast for three days.")) == []


def test_a_verb_with_its_topic_preposition(analyze):
    found = stances(analyze("Prime Minister Anna Berg talked about the housing shortage."))
    assert found == [
        ("stance.verb_prep", "Prime Minister Anna Berg", "talked about", "the housing shortage")
    ]


def test_a_phrasal_verb_with_its_preposition(analyze):
    found = stances(analyze("The minister pushed back on the claims of fraud."))
    assert [(c, t) for _, _, c, t in found] == [("pushed back on", "the claims of fraud")]


def test_a_preposition_not_of_the_verbs_topic_is_no_claim(analyze):
    assert stances(analyze("The minister talked in Paris for an hour.")) == []


def test_a_passive_stance_is_its_agents(analyze):
    found = stances(analyze("The new zoning plan was endorsed by the chamber of commerce."))
    assert found == [
        ("stance.passive", "the chamber of commerce", "endorsed", "The new zoning plan")
    ]


def test_a_passive_stance_without_an_agent_is_nobodys(analyze):
    assert stances(analyze("The new zoning plan was endorsed on Monday.")) == []


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "About 60 percent of the farmers oppose the new water tax.",
            "About 60 percent of the farmers",
            "the new water tax",
        ),
        (
            "A majority of residents supported the library levy.",
            "A majority of residents",
            "the library levy",
        ),
        ("Most oppose the new water tax.", "Most", "the new water tax"),
        (
            "About three-quarters support the ban on plastic bags.",
            "About three-quarters",
            "the ban on plastic bags",
        ),
    ],
)
def test_a_share_of_people_holds_a_stance(analyze, body, source, content):
    found = stances(analyze(body))
    assert [(s, t) for _, s, _, t in found] == [(source, content)]


def test_a_share_of_things_holds_no_stance(analyze):
    assert stances(analyze("Sixty percent of the budget supports the new stadium.")) == []


def test_a_desire_for_what_others_should_do_is_its_clause(analyze):
    found = stances(analyze("The mayor wants the council to approve the budget."))
    assert found == [
        ("stance.infinitive", "The mayor", "wants", "the council to approve the budget")
    ]


def test_a_desire_for_a_thing_is_no_stance_claim(analyze):
    assert stances(analyze("The mayor wants a bigger budget.")) == []


def test_a_stance_in_a_comma_relative_clause_is_its_antecedents(analyze):
    """'Okafor, who opposed the levy, ...': the clause set off by commas says what she
    holds, and its "who" is the source, as "he" is in "he opposed"."""
    a = analyze("Ruth Okafor, who opposed the new parking levy, resigned on Monday.")
    assert [(r, s, c, t) for r, s, c, t in stances(a)] == [
        ("stance.object", "who", "opposed", "the new parking levy")
    ]


def test_a_restrictive_relative_clause_only_describes_its_noun(analyze):
    # "the drivers who oppose the levy" picks out drivers; it reports no one's stance
    a = analyze("The drivers who oppose the parking levy gathered outside the hall.")
    assert stances(a) == []


def test_a_relative_clause_of_a_thing_holds_no_stance(analyze):
    a = analyze("The bridge, which supports the railway line, was closed on Monday.")
    assert stances(a) == []


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The council voted in favor of the new cycle lanes on Tuesday.",
            "voted in favor of",
            "the new cycle lanes",
        ),
        (
            "Dr. Lena Marsh spoke out in favour of the smoking ban.",
            "spoke out in favour of",
            "the smoking ban",
        ),
    ],
)
def test_in_favor_of_introduces_a_stance(analyze, body, cue, content):
    assert [(r, c, t) for r, _, c, t in stances(analyze(body))] == [
        ("stance.verb_prep", cue, content)
    ]


def test_in_favor_of_after_another_verb_is_no_stance(analyze):
    # a thing dropped in favor of another is nobody's stance
    a = analyze("The old bridge design was dropped in favor of a cheaper one.")
    assert stances(a) == []


def test_a_relative_clause_describing_a_speaker_is_no_stance(analyze):
    # "said Marsh, who backs the ban": the clause tells the reader who is speaking
    a = analyze("“The levy is unfair,” said Ruth Okafor, who opposes the parking levy.")
    assert stances(a) == []
    assert one(a, "said").content.text == "The levy is unfair"


def test_an_organization_holds_a_stance_through_which(analyze):
    a = analyze("The teachers' union, which endorsed Ruth Okafor in May, held a rally.")
    # no actor for the union: the source keeps the antecedent's words
    assert [(s, c, t) for _, s, c, t in stances(a)] == [
        ("The teachers' union", "endorsed", "Ruth Okafor")
    ]
    assert stances(analyze("The bill, which endorsed nothing, was passed.")) == []
