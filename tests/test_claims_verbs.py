"""Reporting verbs' attributions the claim layer used to miss: quotes inside the
subject's phrase, questions asked, unquoted namings."""

from __future__ import annotations

import pytest

from tests.claim_helpers import one

# --------------------------------------------------------------------- quotes before the cue


def test_a_quote_inside_the_subjects_relative_clause_is_not_what_was_said(analyze):
    a = analyze(
        "Dalton, who calls the mayor a “wrecker,” said the new bridge would open two years late."
    )
    claim = one(a, "said")
    assert claim.content.text == "the new bridge would open two years late"
    assert claim.source is not None and claim.source.text == "Dalton"


def test_a_quote_inside_a_participle_before_the_cue_is_not_what_was_said(analyze):
    a = analyze(
        "The inspector, citing “a pattern of neglect,” said the agency had ignored the "
        "warnings for years."
    )
    assert one(a, "said").content.text.startswith("the agency had ignored the warnings")


def test_a_quote_before_the_subject_is_still_what_was_said(analyze):
    a = analyze("“The ferry will not run this winter,” the harbour master said.")
    claim = one(a, "said")
    assert claim.content.text == "The ferry will not run this winter"
    assert claim.source is not None and claim.source.text == "the harbour master"


# --------------------------------------------------------------------- questions asked


def test_a_question_put_by_nobody_named_has_no_source(analyze):
    a = analyze("Asked whether the plant would close, the manager said no.")
    claim = one(a, "Asked")
    assert claim.source is None
    assert claim.content.text == "whether the plant would close"


def test_a_passive_question_without_an_agent_has_no_source(analyze):
    a = analyze("At the hearing, the mayor was asked what the repairs would cost.")
    claim = one(a, "asked")
    assert claim.source is None
    assert claim.content.text == "what the repairs would cost"


def test_the_agent_of_a_question_asks_it(analyze):
    a = analyze("Asked by a reporter whether the strike would end soon, the union leader shrugged.")
    claim = one(a, "Asked")
    assert claim.source is not None and claim.source.text == "a reporter"
    assert claim.content.text == "whether the strike would end soon"


def test_a_question_hung_on_ask_as_a_condition_is_its_content(analyze):
    a = analyze("The teacher asked the pupils if they had finished the book.")
    claim = one(a, "asked")
    assert claim.source is not None and claim.source.text == "The teacher"
    assert claim.content.text == "if they had finished the book"


def test_asking_not_to_be_named_and_a_question_asked_are_not_claims(analyze):
    a = analyze(
        "The officer, who asked not to be named, left the room. "
        "The same question was asked by several people."
    )
    assert not [c for c in a.claims if c.cue.text == "asked"]


# --------------------------------------------------------------------- findings and gerunds


def test_what_a_poll_shows_is_a_finding_whatever_its_object(analyze):
    a = analyze("The latest survey shows the governor with a narrow lead over her challenger.")
    claim = one(a, "shows")
    assert claim.content.text == "the governor with a narrow lead over her challenger"
    assert claim.source is not None and claim.source.text == "The latest survey"


def test_what_a_person_shows_is_no_finding(analyze):
    a = analyze("The guide showed the visitors the old mill before lunch.")
    assert not [c for c in a.claims if c.cue.text == "showed"]


def test_a_reported_gerund_is_the_content(analyze):
    a = analyze("The treasurer reported raising $2 million in March.")
    assert one(a, "reported").content.text == "raising $2 million in March"


def test_a_proposed_gerund_stops_before_the_next_act(analyze):
    a = analyze("The mayor proposed closing the old bridge and called for patience.")
    assert one(a, "proposed").content.text == "closing the old bridge"


def test_reporting_a_theft_is_no_claim(analyze):
    a = analyze("She reported the theft to the police on Monday.")
    assert not [c for c in a.claims if c.cue.text == "reported"]


# --------------------------------------------------------------------- "those" as a source


def test_those_with_words_saying_who_they_are_is_a_source(analyze):
    a = analyze("In the spring survey, those polled said the ferry fares were too high.")
    claim = one(a, "said")
    assert claim.source is not None and claim.source.text == "those polled"


def test_a_bare_those_is_no_source(analyze):
    a = analyze("Those said the ferry fares were too high.")
    assert not [c for c in a.claims if c.cue.text == "said"]


# --------------------------------------------------------------------- regarding "as"


def test_seeing_something_as_something_is_a_view(analyze):
    a = analyze("Many farmers see the new levy as a threat to their livelihood.")
    claim = one(a, "see")
    assert claim.content.text == "the new levy as a threat to their livelihood"
    assert claim.source is not None and claim.source.text == "Many farmers"


def test_seeing_a_thing_or_that_something_is_so_is_no_view(analyze):
    a = analyze("She saw the crash from her kitchen window. He saw that the gate was open.")
    assert not [c for c in a.claims if c.cue.text in ("saw", "see")]


def test_what_a_third_party_knows_is_its_claim(analyze):
    claim = one(analyze("Investors know the rate rise is coming."), "know")
    assert (claim.source.text, claim.content.text) == ("Investors", "the rate rise is coming")


@pytest.mark.parametrize(
    "body", ["I know the answer is yes.", "The coach knew the referee for decades."]
)
def test_knowing_in_the_first_person_or_a_person_is_no_claim(analyze, body):
    assert [c for c in analyze(body).claims if c.cue.text in ("know", "knew")] == []


@pytest.mark.parametrize(
    ("body", "cue", "source", "content"),
    [
        (
            "A projection by the state board shows that the fund could run dry by 2030.",
            "shows",
            "A projection by the state board",
            "that the fund could run dry by 2030",
        ),
        (
            "An average of recent polls shows the mayor leading by six points.",
            "shows",
            "An average of recent polls",
            "the mayor leading by six points",
        ),
    ],
)
def test_reckonings_and_sets_of_polls_show_findings(analyze, body, cue, source, content):
    claim = one(analyze(body), cue)
    assert (claim.source.text, claim.content.text) == (source, content)


def test_a_set_of_things_that_are_not_findings_shows_nothing(analyze):
    body = "A batch of new trucks showed up at the depot on Monday."
    assert [c for c in analyze(body).claims if c.cue.text == "showed"] == []


def test_a_told_story_is_the_tellers_account(analyze):
    claim = one(analyze("The mayor told the story of how she met the governor."), "told")
    assert (claim.rule, claim.source.text, claim.content.text) == (
        "verb.told_story",
        "The mayor",
        "the story of how she met the governor",
    )


def test_telling_someone_the_time_is_no_story(analyze):
    found = analyze("The guard told the visitors the time.").claims
    assert [c for c in found if c.cue.text == "told"] == []


# ------------------------------------------------------- infinitives of purpose or likelihood


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "Mayor Ruth Okafor took to Twitter to say that the bridge would reopen in May.",
            "Mayor Ruth Okafor",
            "that the bridge would reopen in May",
        ),
        (
            "Renters are more likely to say that the city is too expensive.",
            "Renters",
            "that the city is too expensive",
        ),
        (
            "The mayor used her speech to say that the bridge would reopen in May.",
            "The mayor",
            "that the bridge would reopen in May",
        ),
    ],
)
def test_an_infinitive_of_purpose_or_likelihood_reports(analyze, body, source, content):
    claim = one(analyze(body), "say")
    assert (claim.source.text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    "body",
    [
        "The mayor wanted to say that the bridge would reopen in May.",
        "The mayor was asked to say whether the bridge would reopen in May.",
        "The mayor took the bus to say goodbye to her staff.",
        "Renters are unlikely to say that the city is too expensive.",
    ],
)
def test_other_infinitives_of_saying_report_nothing(analyze, body):
    assert [c for c in analyze(body).claims if c.cue.text == "say"] == []
