"""Where a reported clause ends: halves of a clause the parse split apart, and the
source's next act joined to what it said."""

from __future__ import annotations

from tests.claim_helpers import one

# ------------------------------------------------- a clause the parse split in two


def test_a_clause_split_after_a_participle_runs_on_to_its_verb(analyze):
    a = analyze(
        "American officials hope the technology developed in Israel can aid efforts abroad."
    )
    assert one(a, "hope").content.text == (
        "the technology developed in Israel can aid efforts abroad"
    )


def test_a_clause_split_before_its_verb_runs_on_to_the_verb(analyze):
    a = analyze("A review shows most of the hours logged were for campaign travel.")
    assert one(a, "shows").content.text == "most of the hours logged were for campaign travel"


def test_a_condition_without_if_stays_with_the_clause(analyze):
    a = analyze("He said he would be honored to serve should the opportunity present itself.")
    assert one(a, "said").content.text == (
        "he would be honored to serve should the opportunity present itself"
    )


def test_a_second_half_after_a_comma_runs_on(analyze):
    a = analyze(
        "The chairman said the club had no debts, had paid its players and would sign two more."
    )
    assert one(a, "said").content.text == (
        "the club had no debts, had paid its players and would sign two more"
    )


def test_a_report_of_its_own_after_a_comma_is_not_a_second_half(analyze):
    a = analyze("The minister said the harbour was closed, adding that the fishermen were angry.")
    assert one(a, "said").content.text == "the harbour was closed"
    assert one(a, "adding").content.text == "that the fishermen were angry"


def test_a_contrast_after_a_comma_is_not_a_second_half(analyze):
    a = analyze("Twenty members said they wanted a strike, while nine members favored a deal.")
    assert one(a, "said").content.text == "they wanted a strike"


# ------------------------------------------------------- the source's next act


def test_a_verb_in_a_present_cues_tense_is_the_sources_next_act(analyze):
    a = analyze(
        "The council insists the plaza must stay open, and has backed a plan that "
        "angered the shop owners."
    )
    assert one(a, "insists").content.text == "the plaza must stay open"


def test_a_verb_after_a_subjunctive_clause_is_the_sources_next_act(analyze):
    a = analyze("The mayor proposed that more buses be added, and pushed to widen the road.")
    assert one(a, "proposed").content.text == "that more buses be added"


def test_a_verb_in_the_clauses_own_tense_stays_in_the_clause(analyze):
    a = analyze("She says he respects the law and keeps his promises.")
    assert one(a, "says").content.text == "he respects the law and keeps his promises"


def test_a_past_verb_after_a_past_cue_stays_in_the_clause(analyze):
    a = analyze("The coach said she could not play on Sunday but understood why.")
    assert one(a, "said").content.text == "she could not play on Sunday but understood why"


# ------------------------------------------------ "according to X" mid-sentence


def test_according_to_before_the_writers_contrast_vouches_for_the_clause_before(analyze):
    a = analyze(
        "The firm won 54 percent of the vote, according to exit polls, even as its rivals "
        "gained ground."
    )
    assert one(a, "according to").content.text == "The firm won 54 percent of the vote"


def test_according_to_before_a_participle_vouches_for_the_clause_before(analyze):
    a = analyze(
        "The party won 54 percent of the vote, according to exit polls, taking a step "
        "toward a majority."
    )
    assert one(a, "according to").content.text == "The party won 54 percent of the vote"


def test_according_to_after_an_opening_adverb_vouches_for_the_clause_after(analyze):
    a = analyze("Now, according to the latest survey, some voters are swinging.")
    assert one(a, "according to").content.text == "some voters are swinging"


def test_according_to_after_because_vouches_for_the_reason(analyze):
    a = analyze(
        "The club lost money, because, according to its auditors, the new stadium cost too much."
    )
    assert one(a, "according to").content.text == "the new stadium cost too much"


def test_according_to_inside_the_clause_vouches_for_the_whole_sentence(analyze):
    a = analyze(
        "The new tax on heavy trucks, according to a study, reduced emissions by five percent."
    )
    assert one(a, "according to").content.text == (
        "The new tax on heavy trucks, according to a study, reduced emissions by five percent"
    )


# ------------------------------------------- a quote that opens a longer clause


def test_a_quote_opening_a_clause_before_the_cue_gives_the_whole_clause(analyze):
    a = analyze('"We were shocked and saddened" by the fire at the old mill, the mayor said.')
    assert one(a, "said").content.text == (
        'We were shocked and saddened" by the fire at the old mill'
    )


def test_a_quote_after_such_a_clause_continues_it(analyze):
    a = analyze('"We were celebrating" before the crash, she said. "Then everything went dark."')
    assert one(a, "said").content.text == (
        'We were celebrating" before the crash, she said. "Then everything went dark.'
    )


def test_a_whole_quote_before_the_cue_stays_the_quote(analyze):
    a = analyze('"We will rebuild the mill," the mayor said on Friday.')
    assert one(a, "said").content.text == "We will rebuild the mill"


def test_a_quote_with_its_own_comma_then_and_stays_the_quote(analyze):
    a = analyze('"We will rebuild," the mayor said, and thanked the firefighters.')
    assert one(a, "said").content.text == "We will rebuild"


def test_a_comment_after_a_comma_deep_in_a_stance_object_is_cut(analyze):
    a = analyze("The mayor cited a report by the auditor, a former banker who lives in Ohio.")
    assert one(a, "cited").content.text == "a report by the auditor"


def test_a_name_in_apposition_stays_in_a_stance_object(analyze):
    a = analyze("The mayor praised the firefighters and their chief, Anna Lee, for their work.")
    assert "Anna Lee" in one(a, "praised").content.text
