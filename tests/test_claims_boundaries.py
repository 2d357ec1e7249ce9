"""Where a claim's content starts and ends (issue 13): quotes split by their
attribution, clauses joined to the reported one, and what stays outside."""

from __future__ import annotations

from tests.claim_helpers import one

# --------------------------------------------------------------------- split quotes


def test_a_quote_ending_in_a_quote_of_its_own_continues_the_one_before(analyze):
    a = analyze(
        '"We were stunned," said the farmer. "The inspector kept repeating, '
        "'The permit has expired.'\""
    )
    claim = one(a, "said")
    assert claim.content.text.startswith("We were stunned")
    assert claim.content.text.endswith("The permit has expired.'")


def test_a_short_quoted_phrase_after_the_attribution_continues_nothing(analyze):
    a = analyze(
        "\"We were stunned,\" said the farmer. The inspector called it 'routine.' "
        "The hearing is next week."
    )
    assert one(a, "said").content.text == "We were stunned"


def test_a_sentence_interrupted_by_a_quote_verb_runs_over_both_halves(analyze):
    a = analyze('"Frankly," the coach continued, "we may lose the best players we have ever had."')
    claim = one(a, "continued")
    assert claim.content.text.startswith("Frankly")
    assert claim.content.text.endswith("we have ever had.")


def test_a_quote_verb_takes_no_lowercase_quote_after_a_finished_sentence(analyze):
    a = analyze('"We won the vote!" she continued, "at least for now."')
    assert one(a, "continued").content.text == "We won the vote!"


# --------------------------------------------------------------------- clause contents


def test_a_quote_the_clause_opens_runs_over_its_sentences(analyze):
    a = analyze(
        'The senator said the governor was "soft on the budget, everyone knows that. '
        'Soft on spending. Soft like butter."'
    )
    content = one(a, "said").content.text
    assert content.startswith("the governor was")
    assert content.endswith('Soft like butter."')


def test_a_clause_does_not_run_into_the_quote_of_the_next_sentence(analyze):
    a = analyze('The senator said the plan was weak. "We will fight it," her aide added.')
    assert one(a, "said").content.text == "the plan was weak"


def test_a_verb_of_saying_joined_to_the_clause_is_the_speakers_next_act(analyze):
    a = analyze("The judge said she regretted her remarks and promised to stay out of the race.")
    assert one(a, "said").content.text == "she regretted her remarks"


def test_a_verb_of_belief_joined_to_the_clause_stays_in_it(analyze):
    a = analyze("The farmer said he was tired of the delays and expected a ruling soon.")
    assert one(a, "said").content.text.endswith("and expected a ruling soon")


def test_a_verb_of_doing_joined_to_the_clause_stays_in_it(analyze):
    a = analyze("The report said the mayor ignored the warnings and resigned in May.")
    assert one(a, "said").content.text.endswith("and resigned in May")


def test_two_parts_of_a_quote_around_a_short_attribution_are_one_content(analyze):
    a = analyze('"Fine," she said. "We expect the hearing to take most of the spring."')
    content = one(a, "said").content.text
    assert content.startswith("Fine")
    assert content.endswith("most of the spring.")


def test_an_attribution_longer_than_the_quotes_leaves_the_longer_part(analyze):
    a = analyze(
        '"Fine," said Ann Lee, a lawyer from Ohio who represents the family of the '
        "injured driver and has sued the county twice over the same junction. "
        '"We expect the hearing to take most of the spring."'
    )
    assert one(a, "said").content.text == "We expect the hearing to take most of the spring."


# --------------------------------------------------------------------- parentheticals


def test_a_contrast_after_an_interrupted_sentence_is_the_writers(analyze):
    a = analyze(
        "Many of the closures, the broker said, have hit public courses, although "
        "private clubs have suffered too."
    )
    assert one(a, "said").content.text == (
        "Many of the closures, the broker said, have hit public courses"
    )


def test_a_clause_joined_by_and_to_an_interrupted_sentence_stays_in_it(analyze):
    a = analyze(
        "Loyalty, the broker said, has long been the club's rule, and it keeps the old "
        "members coming back."
    )
    assert one(a, "said").content.text.endswith("keeps the old members coming back")


# ------------------------------------------------------------- second that-clauses


def test_a_second_that_clause_after_a_conjunction_is_part_of_the_content(analyze):
    a = analyze(
        "By contrast, Dana Smith, an engineer at the transit office, predicted that fares "
        "would fall somewhat over time, but that the higher ridership would more than "
        "offset any loss in regular revenue levels."
    )
    assert one(a, "predicted").content.text.endswith("any loss in regular revenue levels")


def test_a_clause_joined_without_that_is_not_the_speakers(analyze):
    a = analyze(
        "By contrast, Dana Smith, an engineer at the transit office, predicted that fares "
        "would fall over time, and the council voted to cut the budget."
    )
    assert one(a, "predicted").content.text == "that fares would fall over time"


# ------------------------------------------------------------------ according to X


def test_according_to_after_an_appositive_vouches_for_the_appositive(analyze):
    a = analyze(
        "Median rent finally reached $1,746 in November, the level that had been reached "
        "when the boom began, according to one research firm."
    )
    claim = one(a, "according to")
    assert claim.content.text == "the level that had been reached when the boom began"


def test_according_to_leaves_out_what_follows_a_dash(analyze):
    a = analyze(
        "Some 59 percent of local drivers oppose the toll, according to a county survey "
        "last week - nearly the same as in 2019."
    )
    assert one(a, "according to").content.text == "Some 59 percent of local drivers oppose the toll"


def test_according_to_before_a_joined_clause_vouches_for_both(analyze):
    a = analyze(
        "Only one person was hurt in the blaze last year, according to the fire brigade, "
        "and there were only eight other fires."
    )
    claim = one(a, "according to")
    assert claim.content.text.startswith("Only one person was hurt")
    assert claim.content.text.endswith("only eight other fires")


# ------------------------------------------------------------ a stance's object


def test_an_infinitive_right_after_a_stance_object_is_the_objects(analyze):
    a = analyze("The mayor dismissed the council's plans to raise the bus fares.")
    assert one(a, "dismissed").content.text == "the council's plans to raise the bus fares"


def test_a_purpose_set_off_by_a_comma_stays_out_of_a_stance_object(analyze):
    a = analyze("The senator endorsed the governor on Monday, to unite the party before the vote.")
    assert "unite" not in one(a, "endorsed").content.text


def test_what_a_stance_defends_its_object_against_is_part_of_the_content(analyze):
    a = analyze("The mayor defended the agency against recent attacks from the governor.")
    claim = one(a, "defended")
    assert claim.content.text == "the agency against recent attacks from the governor"


# ------------------------------------------------------------ an infinitive's end


def test_an_appositive_after_an_infinitive_stays_out_of_it(analyze):
    a = analyze(
        "The governor has vowed to repeal the parking law, a longstanding rule that bans "
        "overnight parking."
    )
    assert one(a, "vowed").content.text == "to repeal the parking law"


def test_a_participle_after_an_infinitive_stays_out_of_it(analyze):
    a = analyze(
        "The mayor sought to rally older, rural and working-class voters, contrasting her "
        "own record with the council's plans."
    )
    assert one(a, "sought").content.text == "to rally older, rural and working-class voters"


def test_a_comma_inside_the_addressee_does_not_end_the_infinitive(analyze):
    a = analyze(
        "The board asked Ann Lee, who is fourth in the race, to lay out her plan for the port."
    )
    assert one(a, "asked").content.text.endswith("to lay out her plan for the port")


# ------------------------------------------------- a stance's prepositional object


def test_a_reason_hung_on_a_stance_verb_is_part_of_its_object(analyze):
    a = analyze(
        "The senator railed against the board for refusing to give the tenants a fair hearing."
    )
    claim = one(a, "railed against")
    assert claim.content.text == "the board for refusing to give the tenants a fair hearing"


def test_a_participle_after_a_comma_stays_out_of_a_stance_object(analyze):
    a = analyze("The mayor spoke about the harbor plan, noting the cost to the town.")
    assert one(a, "spoke about").content.text == "the harbor plan"
