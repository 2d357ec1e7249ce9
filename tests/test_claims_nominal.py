"""Stance nouns as cues: "voiced support for", "raised questions about", "won the
endorsement of" (core/claims/nominal.py)."""

from __future__ import annotations

import pytest
from dramatis.analysis import Analysis, Claim


def nominal(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.rule.startswith("nominal.")]


def only(analysis: Analysis) -> Claim:
    found = nominal(analysis)
    assert len(found) == 1, [(c.rule, c.cue.text, c.content.text) for c in analysis.claims]
    return found[0]


def test_an_expressed_stance_is_about_the_object_of_its_preposition(analyze):
    claim = only(analyze("Senator Mary Hale voiced strong support for the new housing bill."))
    assert claim.rule == "nominal.expressed"
    assert claim.cue.text == "voiced strong support for"
    assert claim.content.text == "the new housing bill"
    assert claim.source is not None and claim.source.text == "Senator Mary Hale"


def test_questions_raised_by_a_document_have_no_source(analyze):
    a = analyze("The leaked documents raised new questions about the foundation's donors.")
    claim = only(a)
    assert claim.cue.text == "raised new questions about"
    assert claim.content.text == "the foundation's donors"
    assert claim.source is None


def test_a_person_raising_questions_is_the_source(analyze):
    claim = only(analyze("Governor Tom Reed raised questions about the pipeline's safety record."))
    assert claim.source is not None and claim.source.text == "Governor Tom Reed"


def test_a_stance_with_its_holder_as_possessor_is_the_verb_s_object(analyze):
    claim = only(analyze("Speaker Paul Grant reiterated his support for the trade agreement."))
    assert claim.rule == "nominal.expressed_object"
    assert claim.cue.text == "reiterated"
    assert claim.content.text == "his support for the trade agreement"
    assert claim.source is not None and claim.source.text == "Speaker Paul Grant"


def test_won_endorsement_makes_the_endorser_the_source(analyze):
    a = analyze("Governor Lisa Marsh won the endorsement of the teachers union on Friday.")
    claim = only(a)
    assert claim.rule == "nominal.gained"
    assert claim.source is not None and claim.source.text == "the teachers union"
    assert claim.content.text == "Governor Lisa Marsh"


def test_a_stance_inside_another_claim_s_content_is_left_to_the_outer_claim(analyze):
    a = analyze("The newspaper reported that Senator Mary Hale voiced support for the bill.")
    assert nominal(a) == []
    assert any(c.cue.text == "reported" for c in a.claims)


@pytest.mark.parametrize(
    "sentence",
    [
        # a stance noun that no verb of expression governs says nothing here
        "Support for the bill fell sharply among younger voters this spring.",
        # a verb that does not express the stance
        "The committee studied questions about the pipeline's safety record.",
        # a noun outside the table
        "Senator Mary Hale voiced her anger at the late vote.",
        # "support of" names the supporters, not the thing supported
        "Senator Mary Hale voiced the support of the party.",
    ],
)
def test_no_stance_claim_without_an_expressing_verb_and_a_complement(analyze, sentence):
    assert nominal(analyze(sentence)) == []


def test_a_belief_noun_s_that_clause_is_held_by_the_subject_of_its_verb(analyze):
    a = analyze("Mayor Ruth Callan expressed confidence that the new bridge would open by spring.")
    claim = only(a)
    assert claim.rule == "nominal.that_clause"
    assert claim.cue.text == "expressed confidence"
    assert claim.content.text == "that the new bridge would open by spring"
    assert claim.source is not None and claim.source.text == "Mayor Ruth Callan"


def test_a_that_clause_after_a_preposition_is_held_by_the_verb_s_subject(analyze):
    a = analyze("Coach Dan Pryor bristled at the suggestion that the players were tired.")
    claim = only(a)
    assert claim.rule == "nominal.that_clause"
    assert claim.cue.text == "bristled at the suggestion"
    assert claim.source is not None and claim.source.text == "Coach Dan Pryor"


def test_complaints_in_a_circumstance_name_no_holder(analyze):
    a = analyze("Despite complaints that the fares were too high, the city raised them again.")
    claim = only(a)
    assert claim.content.text == "that the fares were too high"
    assert claim.source is None


def test_complaints_drawn_by_a_program_are_not_its_own(analyze):
    a = analyze("The transit plan drew complaints that it ignored the northern suburbs.")
    claim = only(a)
    assert claim.rule == "nominal.that_clause"
    assert claim.source is None


def test_the_fact_that_is_no_claim(analyze):
    a = analyze("The fact that the river flooded twice surprised the engineers.")
    assert nominal(a) == []


def test_a_belief_inside_another_claim_is_left_to_the_outer_claim(analyze):
    a = analyze("The mayor said residents expressed concern that the plant would close.")
    assert nominal(a) == []


def test_a_person_s_stance_noun_as_subject_is_held_by_the_possessor(analyze):
    a = analyze("Senator Ada Voss's sharp critique of the farm bill drew applause from the crowd.")
    claim = only(a)
    assert claim.rule == "nominal.possessed_subject"
    assert claim.cue.text == "sharp critique of"
    assert claim.content.text == "the farm bill"
    assert claim.source is not None and claim.source.text == "Senator Ada Voss"


def test_a_possessive_pronoun_holds_the_stance_of_a_subject_noun(analyze):
    a = analyze("His support for the new stadium has cost him votes downtown.")
    claim = only(a)
    assert claim.rule == "nominal.possessed_subject"
    assert claim.content.text == "the new stadium"
    assert claim.source is not None and claim.source.text == "His"


def test_a_thing_s_stance_noun_is_no_one_s_stance(analyze):
    a = analyze("The bill's support for rural clinics has grown since the spring.")
    assert nominal(a) == []


def test_a_possessed_stance_noun_that_is_not_a_subject_is_left(analyze):
    a = analyze("Voters in the valley remember his attacks on the tax plan.")
    assert [c for c in nominal(a) if c.rule == "nominal.possessed_subject"] == []


# "In the latest poll, ...": a survey's opening phrase is a prepositional cue
# (phrase.in_poll, core/claims/phrases.py).


def poll_claims(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.rule == "phrase.in_poll"]


def test_an_opening_poll_phrase_attributes_the_clause_after_it(analyze):
    a = analyze("In a new Harbor Institute poll, the mayor leads her rival by nine points.")
    [claim] = poll_claims(a)
    assert claim.cue.text == "In"
    assert claim.content.text == "the mayor leads her rival by nine points"
    assert claim.source is not None and claim.source.text == "a new Harbor Institute poll"


def test_the_author_s_explanation_after_a_poll_s_finding_is_cut(analyze):
    a = analyze(
        "In the county survey, the senator held a small lead, largely because turnout was low."
    )
    [claim] = poll_claims(a)
    assert claim.content.text == "the senator held a small lead"


def test_a_trailing_in_the_polls_is_no_claim(analyze):
    a = analyze("The governor has risen steadily in the polls since the debate.")
    assert poll_claims(a) == []


def test_a_poll_phrase_with_a_reporting_verb_is_the_verb_s_claim(analyze):
    a = analyze("In the poll, most voters said the economy was improving.")
    assert poll_claims(a) == []
    assert any(c.cue.text == "said" for c in a.claims)


def test_a_verb_with_a_particle_takes_up_a_that_clause_noun(analyze):
    a = analyze("Governor Neil Ashby backed away from the suggestion that taxes would rise.")
    claim = only(a)
    assert claim.rule == "nominal.that_clause"
    assert claim.source is not None and claim.source.text == "Governor Neil Ashby"


def test_having_doubts_is_holding_them(analyze):
    a = analyze("Senator Rosa Quill had no doubt that the measure would pass.")
    claim = only(a)
    assert claim.rule == "nominal.that_clause"
    assert claim.source is not None and claim.source.text == "Senator Rosa Quill"


def test_a_definite_stance_noun_with_no_holder_in_its_sentence_is_no_claim(analyze):
    # "the notion" is someone's particular notion, named elsewhere: no holderless claim.
    a = analyze("The notion that the bridge would be finished by May drew laughter.")
    assert [c for c in a.claims if c.rule == "nominal.that_clause"] == []


def test_a_bare_stance_noun_with_no_holder_is_an_unsourced_claim(analyze):
    a = analyze("Amid speculation that the mayor would resign, the council met on Friday.")
    claim = only(a)
    assert claim.rule == "nominal.that_clause"
    assert claim.source is None


def test_a_stance_kept_up_is_held_by_the_verb_s_subject(analyze):
    a = analyze("Governor Dana Pruitt stepped up her attacks on the city council this week.")
    claim = next(c for c in nominal(a) if c.rule == "nominal.possessed")
    assert claim.cue.text == "stepped up her attacks on"
    assert claim.content.text == "the city council"
    assert claim.source is not None and claim.source.text == "Governor Dana Pruitt"


def test_a_possessed_stance_after_a_preposition_of_time_is_the_possessor_s(analyze):
    a = analyze("Voters in the district rallied after Ms. Okafor's endorsement of the mayor.")
    claim = next(c for c in nominal(a) if c.rule == "nominal.possessed")
    assert claim.cue.text == "endorsement of"
    assert claim.content.text == "the mayor"
    assert claim.source is not None and claim.source.text == "Ms. Okafor"


def test_a_plan_or_a_stance_defended_is_not_a_possessed_claim(analyze):
    a = analyze("After Mr. Wexley's plan for the harbor, he defended his criticism of the port.")
    assert [c for c in nominal(a) if c.rule == "nominal.possessed"] == []


def test_criticism_drawn_from_someone_is_theirs_about_the_subject(analyze):
    a = analyze(
        "The harbor deal, which would close two piers, drew sharp criticism from the union."
    )
    claim = next(c for c in nominal(a) if c.rule == "nominal.drawn")
    assert claim.cue.text == "drew sharp criticism"
    assert claim.content.text == "The harbor deal"
    assert claim.source is not None and claim.source.text == "the union"


def test_criticism_faced_from_rivals_for_an_act_takes_the_whole_clause(analyze):
    a = analyze("Mayor Ada Okafor faced criticism from rivals for delaying the harbor vote.")
    claim = next(c for c in nominal(a) if c.rule == "nominal.drawn")
    assert claim.content.text.startswith("Mayor Ada Okafor faced criticism")
    assert claim.content.text.endswith("delaying the harbor vote")
    assert claim.source is not None and claim.source.text == "rivals"


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Ada Okafor faced criticism for delaying the harbor vote.",
        "He drew criticism from the council.",
        "The harbor deal drew a backlash from the union.",
    ],
)
def test_criticism_with_no_named_critic_or_a_pronoun_target_is_no_drawn_claim(analyze, body):
    assert [c for c in nominal(analyze(body)) if c.rule == "nominal.drawn"] == []


@pytest.mark.parametrize(
    ("body", "source", "cue", "content"),
    [
        (
            "Senator Ada Brisco took a swipe at the harbor commission.",
            "Senator Ada Brisco",
            "took a swipe at",
            "the harbor commission",
        ),
        (
            "Mayor Olu Benning has made no secret of his plans for the harbor.",
            "Mayor Olu Benning",
            "made no secret of",
            "his plans for the harbor",
        ),
        (
            "The teachers union took issue with the new budget.",
            "The teachers union",
            "took issue with",
            "the new budget",
        ),
    ],
)
def test_a_light_verb_and_a_noun_of_attack_make_a_stance(analyze, body, source, cue, content):
    claim = next(c for c in nominal(analyze(body)) if c.rule == "nominal.light_verb")
    assert (claim.source and claim.source.text, claim.cue.text, claim.content.text) == (
        source,
        cue,
        content,
    )


def test_a_light_verb_in_a_relative_clause_is_its_antecedents(analyze):
    a = analyze("Maria Okafor, who took a swipe at the governor, left the hall early.")
    claim = next(c for c in nominal(a) if c.rule == "nominal.light_verb")
    assert (claim.source.text, claim.content.text) == ("who", "the governor")
    assert a.actor(claim.source.actor).name == "Maria Okafor"


@pytest.mark.parametrize(
    "body",
    [
        "The striker took a shot at goal in the final minute.",
        "The harbor report took aim at rising costs.",
        "Mayor Olu Benning made a secret of nothing.",
    ],
)
def test_a_light_verb_without_a_speaker_or_target_is_no_stance(analyze, body):
    assert [c for c in nominal(analyze(body)) if c.rule == "nominal.light_verb"] == []


def test_criticism_with_a_that_clause_is_left_to_the_clause_rule(analyze):
    a = analyze("Mayor Ada Okafor faced criticism from rivals that the harbor plan was rushed.")
    assert [c.rule for c in nominal(a) if c.rule == "nominal.drawn"] == []
