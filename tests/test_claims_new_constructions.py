"""Claim constructions added in session 8, on sentences written for the test: what is
one, what is not."""

from __future__ import annotations

import pytest
from dramatis.analysis import Analysis, Claim


def claims_of(analysis: Analysis, rule_start: str) -> list[Claim]:
    return [c for c in analysis.claims if (c.rule or "").startswith(rule_start)]


def described(analysis: Analysis) -> list[tuple]:
    return [(c.kind, c.rule, c.cue.text, c.content.text) for c in analysis.claims]


# --------------------------------------------------------------------- appearance verbs


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The new policy appears to have worked better than expected.",
            "appears",
            "The new policy appears to have worked better than expected",
        ),
        (
            "Voters seem weary of the long campaign.",
            "seem",
            "Voters seem weary of the long campaign",
        ),
        (
            "It appears that the talks have collapsed.",
            "It appears",
            "that the talks have collapsed",
        ),
    ],
)
def test_an_appearance_is_a_claim_with_no_source(analyze, sentence, cue, content):
    a = analyze(sentence)
    found = claims_of(a, "hedged.appearance")
    assert len(found) == 1, described(a)
    claim = found[0]
    assert claim.kind == "other"
    assert claim.source is None
    assert claim.cue.text == cue
    assert claim.content.text == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer appeared on television on Sunday.",  # appearing in person
        "The plan did not seem to work.",  # negated
        "The union may seem stronger than it is.",  # modal
        "What seemed most striking was the silence.",  # a free relative
        '"The plan seems to be working," she said.',  # the speaker's words
    ],
)
def test_these_appearances_are_not_claims_of_their_own(analyze, sentence):
    assert not claims_of(analyze(sentence), "hedged.appearance")


def test_an_appearance_inside_a_report_is_the_reporters(analyze):
    a = analyze("The council said the budget appeared to be balanced.")
    assert not claims_of(a, "hedged.appearance")
    assert [c.cue.text for c in a.claims] == ["said"]


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            "The senator seemed to confirm the rumours about her retirement.",
            "confirm",
            "The senator",
            "the rumours about her retirement",
        ),
        (
            "The mayor appeared to blame the unions for the strike.",
            "blame",
            "The mayor",
            "the unions for the strike",
        ),
    ],
)
def test_a_report_that_seems_made_is_the_subjects(analyze, sentence, cue, source, content):
    a = analyze(sentence)
    assert len(a.claims) == 1, described(a)
    claim = a.claims[0]
    assert claim.cue.text == cue
    assert claim.source is not None and claim.source.text == source
    assert claim.content.text == content


def test_a_denied_appearance_reports_nothing(analyze):
    a = analyze("The senator did not seem to confirm the rumours.")
    assert not a.claims, described(a)


# --------------------------------------------------------------------- headline speakers


def _with_headline(nlp, headline: str) -> Analysis:
    from dramatis.analyzer import analyze

    return analyze(headline + "\n\nThe rest of the article follows here.")


@pytest.mark.parametrize(
    ("headline", "source", "content"),
    [
        (
            "Mayor's camp: The bridge tax will hurt commuters.",
            "Mayor's camp",
            "The bridge tax will hurt commuters.",
        ),
        (
            "Governor Alvarez at the summit: Our state will meet its climate goals.",
            "Governor Alvarez",
            "Our state will meet its climate goals.",
        ),
        (
            "City Herald editorial: Bring back the night buses.",
            "City Herald editorial",
            "Bring back the night buses.",
        ),
    ],
)
def test_a_headline_speaker_tag_names_the_speaker(nlp, headline, source, content):
    a = _with_headline(nlp, headline)
    found = claims_of(a, "phrase.speaker_turn")
    assert len(found) == 1, described(a)
    assert found[0].source is not None and found[0].source.text == source
    assert found[0].cue.text == ":"
    assert found[0].content.text == content


@pytest.mark.parametrize(
    "headline",
    [
        "The Long Road: A history of the county railway.",  # a title, nobody speaks
        "Breaking News: Storm closes the airport for a second day.",  # a page label
        "Senator Reyes on the budget: Is anyone listening?",  # a question
    ],
)
def test_these_headline_tags_are_not_speakers(nlp, headline):
    assert not claims_of(_with_headline(nlp, headline), "phrase.speaker_turn")


def test_a_speaker_tag_with_lowercase_words_is_only_read_in_a_headline(analyze):
    a = analyze("Mayor's camp: The bridge tax will hurt commuters.")
    assert not claims_of(a, "phrase.speaker_turn"), described(a)


# --------------------------------------------------------------------- findings about people


def test_a_finding_about_a_pronoun_with_more_to_it(analyze):
    a = analyze("Recent polls show him with a double-digit lead in the state.")
    found = claims_of(a, "verb.finding")
    assert len(found) == 1, described(a)
    assert found[0].source is not None and found[0].source.text == "Recent polls"
    assert found[0].content.text == "him with a double-digit lead in the state"


def test_a_finding_of_a_bare_pronoun_says_nothing(analyze):
    assert not analyze("The poll showed them.").claims


# --------------------------------------------------------------------- a poll named after the clause


def test_a_named_poll_after_the_clause_is_its_source(analyze):
    a = analyze("The mayor leads her rival by ten points in a new county poll.")
    found = claims_of(a, "phrase.in_poll_after")
    assert len(found) == 1, described(a)
    assert found[0].source is not None and found[0].source.text == "a new county poll"
    assert found[0].content.text == "The mayor leads her rival by ten points"


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator rose in the polls after the debate.",  # the polls in general
        "Her aides said she leads in a new county poll.",  # the aides' report
    ],
)
def test_these_polls_after_a_clause_are_no_source(analyze, sentence):
    assert not claims_of(analyze(sentence), "phrase.in_poll_after")
