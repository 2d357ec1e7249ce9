"""Speech verbs' content boundaries, participle speakers and quote continuations."""

from __future__ import annotations

import pytest

from tests.claim_helpers import one

# --------------------------------------------------------------------- content boundaries


def test_a_second_that_clause_is_part_of_the_content(analyze):
    a = analyze(
        "The mayor said that the plan involved hard choices but that if the council "
        "voted for it, he would have insisted on a referendum."
    )
    assert one(a, "said").content.text.endswith("he would have insisted on a referendum")


def test_a_because_clause_stays_in_the_content(analyze):
    a = analyze(
        "The budget office now says the deficit will grow sooner because Congress agreed "
        "last year to extend a raft of tax cuts."
    )
    assert one(a, "says").content.text.endswith("to extend a raft of tax cuts")


# --------------------------------------------------------------------- participle speakers


def test_a_statement_saying_is_its_issuers(analyze):
    a = analyze(
        "The senator's campaign sent out a press release saying the governor owes the "
        "state an explanation for his votes."
    )
    claim = one(a, "saying")
    assert claim.source is not None and claim.source.text == "The senator's campaign"
    assert claim.content.text.startswith("the governor owes the state")


def test_saying_after_a_preposition_is_the_main_subjects(analyze):
    a = analyze("Clinton clearly erred in saying that the figure came from the State Department.")
    claim = one(a, "saying")
    assert claim.source is not None and claim.source.text == "Clinton"


def test_a_participle_on_a_thing_has_no_speaker(analyze):
    a = analyze("He walked to the door without a word, carrying bags saying the vote was rigged.")
    assert [c for c in a.claims if c.cue.text == "saying"] == []


# --------------------------------------------------------------------- continuations


def test_a_quote_continues_a_paraphrase_that_ends_in_a_quote(analyze):
    a = analyze(
        'Rubio "apologized numerous times on this show," Hannity said. "I think it is '
        'time for people to move on, we need him in the Senate."'
    )
    claim = one(a, "said")
    assert claim.content.text.startswith("Rubio")
    assert claim.content.text.endswith("we need him in the Senate.")


def test_a_quote_does_not_continue_a_plain_paraphrase(analyze):
    a = analyze(
        "Rubio apologized numerous times on the show, Hannity said. "
        '"I think it is time for people to move on," the host added later in the evening.'
    )
    assert one(a, "said").content.text.endswith("on the show")


def test_a_trailing_relative_clause_is_the_writers_background(analyze):
    a = analyze(
        "Three former employees said disagreements broke out within the firm over the "
        "arrangement, which one former employee considered illegal."
    )
    assert one(a, "said").content.text.endswith("over the arrangement")


def test_a_quoted_relative_clause_stays_in_the_content(analyze):
    a = analyze('He said he had met the mayor, who "was very kind to all of us."')
    assert one(a, "said").content.text.endswith('"was very kind to all of us."')


# --------------------------------------------------------------------- speakers


def test_a_subject_the_parser_hung_on_a_fronted_phrase(analyze):
    a = analyze(
        "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said "
        "that he spoke with the candidate on Tuesday."
    )
    claim = one(a, "said")
    assert claim.source is not None and claim.source.text.startswith("Senator Harry Reid")


def test_a_fronted_phrase_does_not_replace_a_subject(analyze):
    a = analyze("In Paris, the capital, officials said the talks had failed.")
    claim = one(a, "said")
    assert claim.source is not None and claim.source.text == "officials"


def test_a_speaker_tag_cue_is_its_colon(analyze):
    a = analyze("JOHN SMITH: This is a man who said he would never run a negative ad.")
    claims = [c for c in a.claims if c.cue.text == ":"]
    assert len(claims) == 1 and claims[0].content.text.startswith("This is a man")


# --------------------------------------------------------------------- pro-forms


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Most call him competent, after 55 percent said so in December.", "so"),
        ("Asked whether the plan was legal, 46 percent of voters said yes.", "yes"),
        (
            "Only 49 percent of Republicans say the same of the governor.",
            "the same of the governor",
        ),
    ],
)
def test_a_pro_form_is_what_was_said(analyze, sentence, content):
    a = analyze(sentence)
    assert [c.content.text for c in a.claims if c.cue.text in ("said", "say")] == [content]


@pytest.mark.parametrize(
    "sentence", ["He said so many things that day.", "She said no more than a few words."]
)
def test_a_pro_form_must_stand_alone(analyze, sentence):
    assert [c for c in analyze(sentence).claims if c.cue.text == "said"] == []


# --------------------------------------------------------------------- findings


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Public polls show the governor leading slightly in Indiana.", "Public polls"),
        ("The FEC filings show that the campaign raised the rent in May.", "The FEC filings"),
        (
            "Mr. Autor and his colleagues found that similar shocks push districts apart.",
            "Mr. Autor and his colleagues",
        ),
    ],
)
def test_documents_and_researchers_state_findings(analyze, sentence, source):
    claims = [c for c in analyze(sentence).claims if c.cue.text in ("show", "found")]
    assert [c.source.text for c in claims if c.source is not None] == [source]


@pytest.mark.parametrize(
    "sentence", ["He found the door locked when he came home.", "The video shows him leaving."]
)
def test_a_discovery_is_not_a_finding(analyze, sentence):
    assert [c for c in analyze(sentence).claims if c.cue.text in ("found", "shows")] == []


def test_what_say_takes_as_its_object_is_what_was_said(analyze):
    claim = one(analyze("The coach says strange things about the referees."), "says")
    assert (claim.rule, claim.source.text, claim.content.text) == (
        "verb.said_object",
        "The coach",
        "strange things about the referees",
    )


def test_a_pronoun_object_of_say_is_no_content(analyze):
    assert [c for c in analyze("The coach said it twice.").claims if c.cue.text == "said"] == []


def test_a_gerund_subject_hung_on_say_keeps_its_clause(analyze):
    claim = one(analyze("He said legalizing it could put thousands of people to work."), "said")
    assert (claim.rule, claim.content.text) == (
        "verb.gerund_clause",
        "legalizing it could put thousands of people to work",
    )
