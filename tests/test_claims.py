"""The claim extractor, one construction at a time, on sentences written for the test."""

from __future__ import annotations

import itertools

import pytest
from dramatis import claims as claim_layer
from dramatis.analysis import Analysis, Claim
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.claim_helpers import one
from tests.conftest import corpus_paths


def actor_name(analysis: Analysis, claim: Claim) -> str | None:
    actor = analysis.actor(claim.source.actor if claim.source else None)
    return actor.name if actor else None


def assert_spans_consistent(analysis: Analysis) -> None:
    for claim in analysis.claims:
        for span in (claim.cue, claim.content, claim.source):
            if span is not None:
                assert 0 <= span.start < span.end <= len(analysis.text)
                assert analysis.text[span.start : span.end] == span.text


# --------------------------------------------------------------------- reported speech


def test_that_clause_is_the_content_not_the_sentence(analyze):
    a = analyze(
        "On Monday, Angela Merkel argued that the budget was too small, in a speech in Berlin."
    )
    claim = one(a, "argued")
    assert claim.kind == "indirect"
    assert claim.source.text == "Angela Merkel"
    assert claim.content.text.startswith("that the budget was too small")
    assert "On Monday" not in claim.content.text
    assert_spans_consistent(a)


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The ministry warned that prices would rise sharply.",
            "warned",
            "that prices would rise sharply",
        ),
        (
            "Greenpeace claimed that the spill was larger than reported.",
            "claimed",
            "that the spill was larger",
        ),
        ("The agency has stated that it will appeal.", "stated", "that it will appeal"),
        (
            "Economists note that wages have stagnated for a decade.",
            "note",
            "that wages have stagnated",
        ),
        ("The company denied the allegations of fraud.", "denied", "the allegations of fraud"),
        (
            "The senator questions the necessity of the new tax.",
            "questions",
            "the necessity of the new tax",
        ),
        (
            "The paper also details how the fund lost its money.",
            "details",
            "how the fund lost its money",
        ),
        (
            "The study highlights a serious problem: nobody reads the manuals.",
            "highlights",
            "a serious problem",
        ),
        ("Mary Jones emphasised that the vote was fair.", "emphasised", "that the vote was fair"),
    ],
)
def test_reporting_verbs(analyze, sentence, cue, content):
    a = analyze(sentence)
    claim = one(a, cue)
    assert claim.kind == "indirect"
    assert claim.content.text.startswith(content)
    assert claim.source is not None


def test_addressee_is_not_the_content(analyze):
    a = analyze("Donald Trump told reporters that he had written a letter to the king.")
    claim = one(a, "told")
    assert claim.content.text.startswith("that he had written a letter")
    assert "reporters" not in claim.content.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister did not say whether the plan would go ahead.",
        "Note that the figures are provisional.",
        "He said nothing.",
        "The government added three new ministries last year.",
        "Police questioned the suspect for six hours on Monday.",
        "The hospital admitted forty patients overnight.",
        "The border guards denied him entry.",
        "The vote went ahead according to plan on Sunday morning.",
    ],
)
def test_what_is_not_a_claim(analyze, sentence):
    assert analyze(sentence).claims == ()


def test_a_clause_that_reports_on_its_own_is_cut_off(analyze):
    a = analyze(
        "Advocates argue that the deal justifies the repeal, though the Hudson Institute notes that talks have stalled."
    )
    argue = one(a, "argue")
    assert argue.content.text == "that the deal justifies the repeal"
    notes = one(a, "notes")
    assert notes.content.text.startswith("that talks have stalled")


# --------------------------------------------------------------------- postposed


def test_postposed_attribution(analyze):
    a = analyze(
        "The army has held large exercises near the border, which appears to have worked, the report said."
    )
    claim = one(a, "said")
    assert claim.source.text == "the report"
    assert (
        claim.content.text
        == "The army has held large exercises near the border, which appears to have worked"
    )
    assert claim.kind == "indirect"


def test_parenthetical_attribution(analyze):
    a = analyze("The deal, the minister said, is dead.")
    claim = one(a, "said")
    assert claim.source.text == "the minister"
    assert claim.content.text == "The deal, the minister said, is dead"


def test_parenthetical_attribution_after_a_relative_pronoun(analyze):
    a = analyze(
        "They hold 2,000 fighters, which, the statement said, European nations have refused to repatriate."
    )
    claim = one(a, "said")
    assert claim.content.text == "European nations have refused to repatriate"


# --------------------------------------------------------------------- according to


def test_according_to_at_the_start(analyze):
    a = analyze("According to the World Bank, growth will slow to two percent next year.")
    claim = one(a, "According to")
    assert claim.kind == "according_to"
    assert claim.source.text == "the World Bank"
    assert claim.content.text == "growth will slow to two percent next year"


def test_according_to_in_mid_sentence(analyze):
    a = analyze("Several lobby groups, according to the report, have long supported the move.")
    claim = one(a, "according to")
    assert claim.source.text == "the report"
    assert claim.content.text.startswith("Several lobby groups")


def test_according_to_at_the_end(analyze):
    a = analyze("Forty people died in the flood, according to local officials.")
    claim = one(a, "according to")
    assert claim.source.text == "local officials"
    assert claim.content.text == "Forty people died in the flood"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The states kept a policy of turning back fishing boats which, according to "
            "Harbour Watch, several neighbouring governments have criticised.",
            "several neighbouring governments have criticised",
        ),
        (
            "The militia is mostly rural and, according to Harbour Watch, hostile to the "
            "new treaty.",
            "hostile to the new treaty",
        ),
        (
            "The force is largely rural and, according to Harbour Watch, supportive of the rebels.",
            "supportive of the rebels",
        ),
    ],
)
def test_according_to_after_a_relative_pronoun_or_conjunction(analyze, sentence, content):
    # the source vouches for what follows "which"/"and", not for the main clause
    claim = one(analyze(sentence), "according to")
    assert claim.source.text == "Harbour Watch"
    assert claim.content.text == content


# --------------------------------------------------------------------- participles


def test_participle_takes_the_main_subject(analyze):
    a = analyze(
        "The report questions whether such a move helps, arguing that it could lead to war."
    )
    arguing = one(a, "arguing")
    assert arguing.source.text == "The report"
    assert arguing.content.text.startswith("that it could lead to war")


def test_participle_after_a_non_reporting_verb(analyze):
    a = analyze(
        "Iran has strongly opposed any border changes, warning that it would take military action."
    )
    claim = one(a, "warning")
    assert claim.source.text == "Iran"
    assert claim.content.text.startswith("that it would take military action")


# --------------------------------------------------------------------- direct quotes


def test_quote_with_speaker_after(analyze):
    a = analyze(
        '"We will not back down. The people are with us," said Maria Lopez, the party leader.'
    )
    claim = one(a, "said")
    assert claim.kind == "direct"
    assert claim.source.text == "Maria Lopez"
    assert claim.content.text == "We will not back down. The people are with us"


def test_curly_quote_with_pronoun_speaker(analyze):
    a = analyze("Maria Lopez spoke to the crowd.\n\n\u201cWe will win this,\u201d she said.")
    claim = one(a, "said")
    assert claim.kind == "direct"
    assert claim.content.text == "We will win this"
    assert actor_name(a, claim) == "Maria Lopez"


@pytest.mark.parametrize("intro", [":", ",", " \u2014"])
def test_quote_introduced_after_the_speaker(analyze, intro):
    a = analyze(f'The mayor, John Smith, said{intro} "The bridge will reopen in May."')
    claim = one(a, "said")
    assert claim.kind == "direct"
    assert claim.content.text.startswith("The bridge will reopen in May")


def test_speaker_inside_the_quote(analyze):
    # one sentence the attribution interrupts is one claim, not two fragments
    a = analyze('"The bridge," John Smith said, "will reopen in May."')
    contents = [c.content.text for c in a.claims if c.kind == "direct"]
    assert contents == ['The bridge," John Smith said, "will reopen in May.']
    assert all(c.source.text == "John Smith" for c in a.claims)
    # a second sentence that continues the quote after the attribution is the same
    # statement (PolNeAR's "content continuation"): one claim over both
    a = analyze('"The bridge is closed," John Smith said. "It will reopen in May."')
    contents = [c.content.text for c in a.claims if c.kind == "direct"]
    assert contents == ['The bridge is closed," John Smith said. "It will reopen in May.']


def test_following_quote_in_the_paragraph_inherits_the_speaker(analyze):
    a = analyze(
        '"We are ready," Ana Silva said. Her team arrived on Monday and the delegates '
        'met for an hour. "The talks must start now."'
    )
    contents = {c.content.text: c.source.text for c in a.claims}
    assert contents == {"We are ready": "Ana Silva", "The talks must start now.": "Ana Silva"}


def test_quote_over_two_paragraphs(analyze):
    a = analyze(
        'Ana Silva said: "The first part of what I want to say is long.\n\n'
        '"And the second part ends here."\n\n'
        "The weather was fine."
    )
    # the quote runs on over the paragraph break: one statement, one claim
    direct = [c for c in a.claims if c.kind == "direct"]
    assert [c.content.text for c in direct] == [
        'The first part of what I want to say is long.\n\n"And the second part ends here.',
    ]
    assert {c.source.text for c in direct} == {"Ana Silva"}


def test_a_paragraph_of_quote_after_a_quoted_paragraph_continues_it(analyze):
    a = analyze(
        '"We will reopen the bridge in May," said Ana Silva, the county engineer.\n\n'
        '"The repairs are on schedule and the money is there."\n\n'
        "The weather was fine."
    )
    direct = [c for c in a.claims if c.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].content.text.startswith("We will reopen the bridge in May")
    assert direct[0].content.text.endswith("the money is there.")


def test_quote_opened_before_its_speaker_paragraph(analyze):
    a = analyze('"It has been a long year for all of us.\n\n"But we will recover," said Ana Silva.')
    direct = sorted((c.content.text, c.source.text) for c in a.claims)
    assert direct == [
        ("But we will recover", "Ana Silva"),
        ("It has been a long year for all of us.", "Ana Silva"),
    ]


def test_scare_quotes_are_not_claims(analyze):
    a = analyze(
        'The so-called "Abraham Accords" were signed in 2020 under the "maximum pressure" policy.'
    )
    assert a.claims == ()


def test_unbalanced_quote_does_not_swallow_the_next_paragraph(analyze):
    a = analyze(
        'Ana Silva said: "This quote never closes\n\nThe next paragraph is narration, not speech.'
    )
    for claim in a.claims:
        assert "narration" not in claim.content.text
    assert_spans_consistent(a)


def test_find_quotes_handles_unbalanced_and_mixed_marks():
    text = 'He said "one" and \u201ctwo\u201d then "three'
    quotes = [text[q.start : q.end] for q in claim_layer.find_quotes(text)]
    assert quotes == ["one", "two", "three"]
    assert claim_layer.find_quotes('"a" "b')[-1].closed is False


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from(list("ab .\"\u201c\u201d\u2018\u2019`',:\n")), max_size=60))
def test_find_quotes_never_crashes_and_stays_inside(text):
    for q in claim_layer.find_quotes(text):
        assert 0 <= q.mark_start < q.start <= q.end <= q.mark_end <= len(text)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ['"', "\u201c", "\u201d", "he said", "Ana said:", "The plan is good.", ",", "\n\n", " "]
        ),
        max_size=12,
    )
)
def test_any_quotation_marks_give_consistent_spans(analyze, parts):
    body = "".join(parts).strip() or "Nothing here."
    assert_spans_consistent(analyze(body))


# --------------------------------------------------------------------- sources to actors


def test_pronoun_links_to_the_last_speaking_role(analyze):
    a = analyze(
        "In the interview, the foreign minister explained that the talks had failed. "
        "He emphasized that trust was gone."
    )
    explained, emphasized = one(a, "explained"), one(a, "emphasized")
    assert explained.source.actor is not None
    assert explained.source.actor == emphasized.source.actor
    assert actor_name(a, explained) == "foreign minister"


def test_document_links_to_its_author(analyze):
    a = analyze(
        "A new analysis by the Brookings Institution was published on Monday.\n\n"
        "The report suggests that the sanctions have failed."
    )
    claim = one(a, "suggests")
    assert claim.source.text == "The report"
    assert actor_name(a, claim) is not None
    assert "Brookings" in actor_name(a, claim)


def test_possessor_of_an_office_is_the_actor(analyze):
    a = analyze("Prime Minister Boris Johnson's office said that the visit was cancelled.")
    claim = one(a, "said")
    assert "Johnson" in (actor_name(a, claim) or "")


def test_unresolvable_source_is_kept_without_actor(analyze):
    a = analyze("Critics argue that the law is unconstitutional.")
    claim = one(a, "argue")
    assert claim.source.text == "Critics"
    assert claim.source.actor is None


def test_named_sources_are_the_heads_of_proper_name_sources(nlp):
    text = "Responsible Statecraft questions the necessity of the plan. The report said that it had failed."
    doc = nlp(text)
    heads = claim_layer.named_sources(claim_layer.collect(doc, 100))
    assert [(text[s - 100 : e - 100], s) for s, e in heads] == [("Statecraft", 100 + 12)]


def test_named_sources_name_the_authors_of_documents_and_proxies(nlp):
    text = "An analysis by Begin Center argued that it works. The Kremlin's spokesman said that it did not."
    heads = claim_layer.named_sources(claim_layer.collect(nlp(text), 0))
    assert [text[s:e] for s, e in heads] == ["Center", "Kremlin"]


def test_pronoun_and_common_noun_sources_name_nobody(nlp):
    text = "She said that the talks had failed. Officials argued that they would resume."
    assert claim_layer.named_sources(claim_layer.collect(nlp(text), 0)) == []


def test_speaker_after_the_cue(analyze):
    a = analyze(
        '"The only conclusion I can reach is that he must resign," tweeted former executive Ken Gude.'
    )
    claim = one(a, "tweeted")
    assert claim.kind == "direct"
    assert claim.source.text.endswith("Ken Gude")


def test_quote_only_cues(analyze):
    a = analyze(
        '"The fighting will go on for many more weeks," Ana Silva continued in the statement.'
    )
    claim = one(a, "continued")
    assert claim.source.text == "Ana Silva"
    assert claim.content.text == "The fighting will go on for many more weeks"
    assert analyze("The fighting continued for many more weeks in the north.").claims == ()


def test_went_on_to_say(analyze):
    a = analyze('Ana Silva went on to say, "People tend to blame the place for the disease."')
    claim = one(a, "say")
    assert claim.source.text == "Ana Silva"
    assert claim.kind == "direct"


def test_by_saying(analyze):
    a = analyze(
        'Ana Silva underlined the offer by saying "we are ready to take more steps towards peace."'
    )
    claim = one(a, "saying")
    assert claim.source.text == "Ana Silva"
    assert claim.content.text.startswith("we are ready")


def test_colon_at_the_end_of_a_paragraph_introduces_the_quote_below(analyze):
    a = analyze(
        "On his blog, party chairman Mark Robinson commented:\n\n"
        '"The candidate is not eligible to serve, and the courts will say so in the end."'
    )
    claim = one(a, "commented")
    assert claim.kind == "direct"
    assert claim.source.text == "party chairman Mark Robinson"
    assert claim.content.text.startswith("The candidate is not eligible")


def test_quote_inside_a_quote_keeps_the_pairing(analyze):
    a = analyze(
        'Brett McGurk wrote, "The "United States" is not holding any detainees at all." '
        'He later wrote, "Not a single American life was lost in the battle."'
    )
    contents = sorted(c.content.text for c in a.claims)
    assert contents == [
        "Not a single American life was lost in the battle.",
        'The "United States" is not holding any detainees at all.',
    ]


def test_pronoun_skips_a_person_of_the_other_gender(analyze):
    a = analyze(
        "Maria Lopez met John Smith in Madrid. She said that the talks went well. "
        "John Smith left early. He said the talks were a failure. "
        '"We will meet again next month," she said.'
    )
    speakers = {c.cue.start: actor_name(a, c) for c in a.claims}
    assert [speakers[k] for k in sorted(speakers)] == ["Maria Lopez", "John Smith", "Maria Lopez"]


def test_unnamed_spokesman_is_an_actor_and_his_pronoun_follows(analyze):
    a = analyze(
        '"We do not recognise the claim at all," said a defense ministry spokesman. '
        "He said that the sanctions will continue."
    )
    quote, indirect = sorted(a.claims, key=lambda c: c.cue.start)
    assert actor_name(a, quote) == "defense ministry spokesman"
    assert indirect.source.actor == quote.source.actor


def test_noun_with_that_clause(analyze):
    a = analyze("South Korea rejected Kim Jong Un's assertion that the North is a nuclear power.")
    claim = one(a, "assertion")
    assert claim.source.text == "Kim Jong Un"
    assert claim.content.text == "that the North is a nuclear power"


def test_anonymous_source_asking_not_to_be_named(analyze):
    a = analyze('"The talks are over," said the official, who asked not to be named.')
    assert [(c.cue.text, c.content.text) for c in a.claims] == [("said", "The talks are over")]


def test_quoted_as_saying(analyze):
    a = analyze("The minister was quoted as saying that the budget would be cut.")
    claim = one(a, "saying")
    assert claim.source.text == "The minister"
    assert claim.content.text == "that the budget would be cut"


def test_quote_before_the_cue_beats_a_stray_clause_after_it(analyze):
    a = analyze(
        '"That was a capital joke," said the count, addressing the visitor and pointing to '
        'his son, "his friend has become an officer."'
    )
    said = [c for c in a.claims if c.cue.text == "said"]
    assert said and said[0].kind == "direct"
    assert said[0].content.text == "That was a capital joke"


def test_how_a_source_spoke_is_not_part_of_it(analyze):
    a = analyze('"You spoil her," said the countess with feigned severity.')
    assert one(a, "said").source.text == "the countess"


def test_quote_without_comma_before_its_speaker(analyze):
    a = analyze(
        "The price fell that month. "
        '"It is plausible that the transponder had been turned off by pirates" Smith told Wikinews yesterday.'
    )
    claim = one(a, "told")
    assert claim.kind == "direct"
    assert claim.content.text.startswith("It is plausible")


def test_indirect_content_stops_at_its_sentence_end(analyze):
    a = analyze(
        'Wendy Parmet said naming the virus would place "tremendous stigma on the victims[.]" '
        'She went on to say, "People tend to blame the place for the disease."'
    )
    said = one(a, "said")
    assert "She went on" not in said.content.text
    assert one(a, "say").kind == "direct"


def test_finding_verbs_report_only_for_documents(analyze):
    a = analyze("The study found that most patients recovered within a week.")
    assert one(a, "found").content.text == "that most patients recovered within a week"
    assert analyze("He found that the door was locked when he came home.").claims == ()


def test_wire_story_attributions(analyze):
    a = analyze(
        '"This is the worst storm in a generation," Gov. Ron DeSantis said.\n\n'
        "The governor said crews had restored power to half of the homes.\n\n"
        "A spokeswoman for the Federal Emergency Management Agency, Lizzie Litzow, said in a "
        'statement that the agency had sent 300 workers. She added: "We will stay as long as it takes."\n\n'
        '"It is too early to say," a Red Cross official said.'
    )
    by_cue = {c.content.text[:12]: c for c in a.claims}
    assert actor_name(a, by_cue["crews had re"]) == actor_name(a, by_cue["This is the "])
    assert "DeSantis" in actor_name(a, by_cue["This is the "])
    statement = by_cue["that the age"]
    assert statement.cue.text == "said"
    assert "Litzow" in actor_name(a, statement)
    assert by_cue["We will stay"].source.actor == statement.source.actor
    assert actor_name(a, by_cue["It is too ea"]) == "Red Cross official"


def test_relative_clause_source_must_be_able_to_speak(analyze):
    a = analyze("The minister, who said that the talks had failed, left early.")
    claim = one(a, "said")
    # the clause's own word for its source, as "he" in "he said", linked to the minister
    assert claim.source.text == "who"
    assert actor_name(a, claim).lower() == "minister"
    a = analyze("She smiled in a way that indicated that she was pleased with the result.")
    assert a.claims == ()


def test_a_relative_source_is_its_antecedent_until_an_actor_is_found(analyze):
    """'who' shows only once it stands for a known actor: a noun phrase no actor was
    found for stays the words the reader sees."""
    a = analyze("Ruth Okafor, who said the bridge was unsafe, resigned on Monday.")
    claim = one(a, "said")
    assert (claim.source.text, actor_name(a, claim)) == ("who", "Ruth Okafor")
    a = analyze("Six in ten voters, who said the economy was weak, backed the challenger.")
    assert one(a, "said").source.text == "Six in ten voters"
    # 'who' of another clause is not this claim's source
    a = analyze("Ruth Okafor, who lives in Leeds, said the bridge was unsafe.")
    assert one(a, "said").source.text == "Ruth Okafor"


@pytest.mark.parametrize("speaker", ["a woman", "a neighbour"])
def test_a_person_noun_speaks_through_that_as_through_who(analyze, speaker):
    """One test of who can speak, for subjects and relative clauses alike: a word
    for a person ("a neighbour", or a gendered word) can, with "that" as with "who"."""
    a = analyze(f"We heard from {speaker} that said the ward was full.")
    claim = one(a, "said")
    assert claim.source.text == speaker
    assert claim.content.text == "the ward was full"


def test_an_event_does_not_speak_through_a_relative_clause(analyze):
    a = analyze("The storm moved in a way that indicated the worst was over.")
    assert a.claims == ()


def test_a_pronoun_does_not_speak_through_a_relative_clause(analyze):
    a = analyze("There was something that suggested the plan had failed.")
    assert a.claims == ()


def test_penn_treebank_quotation_marks(analyze):
    a = analyze(
        "``We will not sell the unit,'' said John Smith. Smith added, ``It is not for sale.''"
    )
    assert [(c.kind, c.content.text) for c in a.claims] == [
        ("direct", "We will not sell the unit"),
        ("direct", "It is not for sale."),
    ]


def test_single_curly_quotes(analyze):
    a = analyze(
        "\u2018We will not back down,\u2019 Maria Lopez said. \u2018The people are with us.\u2019"
    )
    # the second quote continues the first: one statement over both
    assert [c.content.text for c in a.claims] == [
        "We will not back down,\u2019 Maria Lopez said. \u2018The people are with us.",
    ]


def test_stray_single_quote_does_not_hide_double_quotes():
    text = 'The \u2018new rules\u2019 look odd, he said, "and they will fail."'
    quotes = [text[q.start : q.end] for q in claim_layer.find_quotes(text)]
    assert quotes == ["and they will fail."]


def test_as_clauses(analyze):
    a = analyze("As the report notes, the sanctions have not worked at all.")
    claim = one(a, "notes")
    assert claim.source.text == "the report"
    assert claim.content.text == "the sanctions have not worked at all"
    a = analyze("The sanctions have not worked, as the minister said on Monday.")
    assert one(a, "said").content.text == "The sanctions have not worked"


def test_conditions_are_not_claims(analyze):
    assert analyze("If he says that the deal is off, the markets will fall.").claims == ()


def test_participle_without_a_statement_stays_in_the_content(analyze):
    a = analyze(
        "Trump told Fox News that he had sent a letter to the leader, urging Iran to begin talks."
    )
    assert one(a, "told").content.text.endswith("urging Iran to begin talks")
    assert [c.cue.text for c in a.claims] == ["told"]


def test_role_mentions_do_not_overlap_other_actors(analyze):
    a = analyze('"It is too early to say," a Red Cross official said.')
    role = [x for x in a.actors if x.id and x.name == "Red Cross official"]
    assert role and [m.text for m in role[0].mentions] == ["official"]
    others = [m for x in a.actors if x is not role[0] for m in x.mentions]
    assert all(m.end <= r.start or r.end <= m.start for m in others for r in role[0].mentions)


# --------------------------------------------------------------------- round 2: wire copy


def test_pronoun_skips_names_inside_what_a_person_said(analyze):
    a = analyze(
        "Professor Tom Baker spoke at the hearing on Monday. He believes Peter Smith does not "
        "qualify under the old rule. He says the courts have settled the matter."
    )
    assert actor_name(a, one(a, "says")) == "Tom Baker"
    # a name inside what a broadcaster reported may be who speaks next
    a = analyze(
        "The broadcaster PBS revealed that in December, Peter Smith had accepted responsibility "
        'for the loss. Speaking to reporters, he said, "It happened under my watch."'
    )
    assert actor_name(a, one(a, "said")) == "Peter Smith"


def test_postposed_attribution_inside_a_clause_is_cut_from_it(analyze):
    a = analyze(
        "In December, a Turkish official said that the pipeline, which is already running, "
        "renders the project unnecessary, Cyprus Mail reported."
    )
    said = one(a, "said")
    assert said.content.text == (
        "that the pipeline, which is already running, renders the project unnecessary"
    )
    reported = one(a, "reported")
    assert reported.source.text == "Cyprus Mail"
    assert "a Turkish official said" in reported.content.text


def test_citing_is_how_the_source_knows_not_what_it_said(analyze):
    a = analyze(
        "The U.N. said more than 1 million people had fled the fighting, citing figures from "
        "aid agencies."
    )
    assert one(a, "said").content.text == "more than 1 million people had fled the fighting"


def test_an_event_does_not_state_a_noun_phrase(analyze):
    assert analyze("Her nomination at the convention highlighted these questions.").claims == ()
    a = analyze("Critics questioned the wisdom of the new tariffs.")
    assert one(a, "questioned").content.text == "the wisdom of the new tariffs"
    assert one(a, "questioned").source.text == "Critics"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            'Defense Secretary Lloyd Austin said the U.S. would support Ukraine "for as long as '
            'it takes." He left on Friday.',
            'the U.S. would support Ukraine "for as long as it takes."',
        ),
        (
            'Biden, speaking at the White House, said the deal was "a big step forward."',
            'the deal was "a big step forward."',
        ),
    ],
)
def test_partial_quote_at_the_end_keeps_its_closing_mark(analyze, sentence, content):
    assert one(analyze(sentence), "said").content.text == content


def test_quote_that_opens_the_clause_runs_to_its_end(analyze):
    a = analyze(
        'He continued by noting that "Using government agencies to, if it is proven, tip an '
        "election, I don't think that is right [...] If it turns out that it is, then there "
        'is a problem." The vote is next week.'
    )
    claim = one(a, "noting")
    assert claim.content.text.startswith('that "Using government agencies')
    assert claim.content.text.endswith('then there is a problem."')


def test_calling_and_describing_quote_the_source(analyze):
    a = analyze(
        '"We condemn this attack," the foreign ministry said in a statement, calling it '
        '"a grave violation of international law."'
    )
    calling = one(a, "calling")
    assert calling.kind == "direct"
    assert calling.source.text == "the foreign ministry"
    # PolNeAR's content of a naming is the thing named with its label
    assert calling.content.text == 'it "a grave violation of international law.'
    a = analyze('The minister described the talks as "productive and frank."')
    assert one(a, "described").content.text == 'the talks as "productive and frank.'
    assert one(a, "described").source.text == "The minister"


def test_object_content_stops_before_a_clause_of_time_or_cause(analyze):
    a = analyze("The council announced a new curfew as protests spread to the capital.")
    assert one(a, "announced").content.text == "a new curfew"
    # a that-clause keeps its own adverbial clause: it may be part of what was said
    a = analyze("The council announced that a curfew would start as protests spread.")
    assert one(a, "announced").content.text == "that a curfew would start as protests spread"


def test_quote_introduced_by_its_channel_alone(analyze):
    a = analyze(
        'The ministry answered within hours. In a statement on Sunday: "We reject these '
        'claims and will see the paper in court."'
    )
    claim = one(a, "In a statement")
    assert claim.kind == "direct"
    assert claim.source is None  # the sentence names no speaker
    assert claim.content.text == "We reject these claims and will see the paper in court."
    # with a speaker, the speaker's verb is the cue, and the quote is listed once
    a = analyze('In a statement, the ministry said: "We reject these claims entirely."')
    claim = one(a, "said")
    assert (claim.source.text, claim.content.text) == (
        "the ministry",
        "We reject these claims entirely.",
    )
    assert len(a.claims) == 1
    assert_spans_consistent(a)


def test_coordinated_quoted_labels_are_one_claim(analyze):
    a = analyze('The mayor called the ruling "a travesty" and "an insult to the victims".')
    claim = one(a, "called")
    assert claim.source.text == "The mayor"
    assert claim.content.text == 'the ruling "a travesty" and "an insult to the victims'
    assert_spans_consistent(a)


def test_a_naming_content_spans_the_whole_object_named(analyze):
    a = analyze('The senator called the new tax on fuel "a disgrace to the chamber."')
    assert one(a, "called").content.text == 'the new tax on fuel "a disgrace to the chamber.'


@pytest.mark.parametrize(
    "sentence",
    [
        'The spokesman said the senator had called the plan "reckless."',
        'Critics say the governor called the report "a fabrication."',
    ],
)
def test_a_naming_inside_another_claims_content_is_not_a_claim_of_its_own(analyze, sentence):
    a = analyze(sentence)
    assert [c.cue.text for c in a.claims] in (["said"], ["say"])
    assert not any(c.rule.endswith("phrase.naming") for c in a.claims)


def test_naming_without_a_quoted_verdict_is_no_claim(analyze):
    assert analyze("She called the meeting to order.").claims == ()


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a nickname given to a person: PolNeAR annotates it ("called him 'my ...'")
        ('Fans called him "The King" for years.', 'him "The King"'),
        # a word quoted inside the label: the whole object and label, not the word
        (
            'Smith called the disappearance an "interesting" case.',
            'the disappearance an "interesting" case',
        ),
    ],
)
def test_a_label_that_is_no_quoted_verdict_is_a_naming_label(analyze, sentence, content):
    claims = analyze(sentence).claims
    assert [(c.rule, c.content.text) for c in claims] == [("phrase.naming_label", content)]


def test_speech_act_verbs_attribute_a_whole_quote_next_to_them(analyze):
    a = analyze('Merkel defended her decision, "We had no other choice."')
    claim = one(a, "defended")
    assert (claim.kind, claim.source.text) == ("direct", "Merkel")
    assert claim.content.text == "We had no other choice."
    a = analyze('The union welcomed the ruling: "This is a victory for every worker."')
    assert one(a, "welcomed").content.text == "This is a victory for every worker."
    # a phrase quoted after such a verb is not a statement of its own (the praise
    # itself is a stance, of the team only)
    praised = analyze('He praised the team, "which played well."').claims
    assert [(c.kind, c.rule, c.content.text) for c in praised] == [
        ("indirect", "stance.object", "the team")
    ]
    assert analyze("The union welcomed the ruling on Monday.").claims == ()


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            "Observers fear the conflict could spread to neighboring countries.",
            "fear",
            "Observers",
            "the conflict could spread to neighboring countries",
        ),
        (
            "Some experts think the sanctions will backfire.",
            "think",
            "Some experts",
            "the sanctions will backfire",
        ),
        (
            "The data show that inflation has slowed for a third month.",
            "show",
            "The data",
            "that inflation has slowed for a third month",
        ),
        (
            'The Kremlin dismissed the accusations as "groundless."',
            "dismissed",
            "The Kremlin",
            'the accusations as "groundless.',
        ),
        (
            'As one diplomat put it, "There is no plan B."',
            "put",
            "one diplomat",
            "There is no plan B.",
        ),
        (
            "As one diplomat put it, the talks are dead.",
            "put",
            "one diplomat",
            "the talks are dead",
        ),
    ],
)
def test_analysis_constructions(analyze, sentence, cue, source, content):
    claim = one(analyze(sentence), cue)
    assert (claim.source.text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "I think it is not warranted because the tool is legal.",  # the writer's own hedge
        "He put it on the table before the meeting.",
        "He found that the door was locked.",
        "Nobody has claimed that the election was stolen.",
        "No one warned that the bridge would collapse.",
        "He never said that the deal was dead.",
        "The court denied the appeal.",
        "The floods have claimed more than 200 lives.",
        "As he spoke, he kept glancing at the young visitor.",
        "As she said this, the door opened and the prince came in.",
    ],
)
def test_not_attributions(analyze, sentence):
    assert analyze(sentence).claims == ()


@pytest.mark.parametrize("path", corpus_paths(), ids=lambda p: p.name[:3])
def test_corpus_mentions_never_overlap_and_claims_slice_the_text(nlp, path):
    from dramatis.analysis import nested_mentions
    from dramatis.analyzer import analyze_document
    from dramatis.document import load_path

    a = analyze_document(load_path(path))
    # Mentions never overlap but where a name is nested in another actor's longer name.
    nested = nested_mentions(a.actors)
    spans = sorted(
        (m.start, m.end, x.id)
        for x in a.actors
        for m in x.mentions
        if (x.id, m.start, m.end) not in nested
    )
    overlapping = [(p, q) for p, q in itertools.pairwise(spans) if q[0] < p[1]]
    assert overlapping == []
    hosts = {(m.start, m.end, x.id) for x in a.actors for m in x.mentions}
    assert all(
        any(s <= start and end <= e and other != actor for s, e, other in hosts)
        for actor, start, end in nested
    )
    assert_spans_consistent(a)
    ids = {x.id for x in a.actors}
    assert all(c.source.actor in ids for c in a.claims if c.source and c.source.actor)
    # a role that speaks keeps at least the mention it spoke from
    assert all(x.mentions for x in a.actors)
    # every claim names the rule that found it, so each rule's precision can be measured
    assert all(c.rule for c in a.claims), [c.cue.text for c in a.claims if not c.rule]


def test_interview_transcript_turns_are_the_speakers_words(analyze):
    a = analyze(
        "Wikinews spoke to the developer Philipp Hagemeister about the notice.\n\n"
        "((WN)) What do you think of the notice?\n\n"
        "((Philipp Hagemeister)) I think it is not warranted because the tool is legal.\n\n"
        "Maria Lopez: We will appeal the ruling as soon as we can.\n\n"
        "Update: The hearing was moved to Friday."
    )
    turns = [c for c in a.claims if c.kind == "direct"]
    assert [(actor_name(a, c), c.content.text) for c in turns] == [
        ("Philipp Hagemeister", "I think it is not warranted because the tool is legal."),
        ("Maria Lopez", "We will appeal the ruling as soon as we can."),
    ]
    assert turns[0].source.text == "Philipp Hagemeister"
    assert turns[0].cue.text == "((Philipp Hagemeister))"
    assert_spans_consistent(a)


def test_subject_swallowed_into_the_addressee_goes_back_to_the_clause(analyze):
    a = analyze(
        "Baslan Damang, a security official from the port of departure, on Tuesday told "
        "The Jakarta Post radio broadcasts were being used to alert other traffic."
    )
    assert one(a, "told").content.text == (
        "radio broadcasts were being used to alert other traffic"
    )
    a = analyze("Smith told Reuters the company would appeal.")
    assert one(a, "told").content.text == "the company would appeal"


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            "JERUSALEM (AP) \u2014 Israeli airstrikes killed at least 20 people in the Gaza Strip "
            "overnight, Palestinian health officials said Wednesday, as negotiations over a "
            "ceasefire appeared to stall.",
            "said",
            "Palestinian health officials",
            "Israeli airstrikes killed at least 20 people in the Gaza Strip overnight",
        ),
        (
            "LONDON, May 3 (Reuters) - British inflation fell to its lowest level in three years "
            "in April, official data showed on Wednesday.",
            "showed",
            "official data",
            "British inflation fell to its lowest level in three years in April",
        ),
        (
            "Thousands of people marched through the capital on Saturday, police said.",
            "said",
            "police",
            "Thousands of people marched through the capital on Saturday",
        ),
    ],
)
def test_wire_ledes_with_postposed_attribution(analyze, sentence, cue, source, content):
    claim = one(analyze(sentence), cue)
    assert (claim.source.text, claim.content.text) == (source, content)


def test_a_phrase_before_the_subject_is_no_content(analyze):
    a = analyze('In comments at Ballot Access News, the chairman writes: "We may win."')
    assert [c.content.text for c in a.claims] == ["We may win."]


def test_reporting_verb_joined_to_the_reported_clause_is_the_reporters(analyze):
    a = analyze(
        "The Israeli military said it targeted Hamas militants and infrastructure, and "
        "accused the group of using civilians as human shields."
    )
    assert one(a, "said").content.text == "it targeted Hamas militants and infrastructure"
    accused = one(a, "accused")
    assert accused.source.text == "The Israeli military"
    assert accused.content.text == "the group of using civilians as human shields"
    # a verb with nothing to report stays in the clause
    a = analyze(
        "He noted that the parliament did not ratify the deal, and mentioned a possible "
        "arbitration route."
    )
    assert one(a, "noted").content.text.endswith("mentioned a possible arbitration route")


def test_quoted_as_saying_gives_the_quoted_speaker(analyze):
    a = analyze("State news agency KCNA quoted Kim Jong Un as saying the test was a success.")
    claim = one(a, "saying")
    assert claim.source.text == "Kim Jong Un"
    assert claim.content.text == "the test was a success"


def test_second_statement_in_the_reporters_tense(analyze):
    a = analyze(
        'The foreign ministry said China "firmly opposes" the visit and urged Washington to '
        "stop arms sales."
    )
    assert one(a, "said").content.text == 'China "firmly opposes" the visit'
    urged = one(a, "urged")
    assert urged.source.text == "The foreign ministry"
    assert urged.content.text == "Washington to stop arms sales"
    a = analyze(
        "Trump said that he did indicate to the Ukrainians that the aid was contingent on "
        "their addressing corruption but denied that he made any deal."
    )
    assert one(a, "denied").source.text == "Trump"
    assert one(a, "denied").content.text == "that he made any deal"


def test_indefinite_apposition_describes_the_source(analyze):
    a = analyze(
        'The senator, a Democrat from Massachusetts, said on Twitter that the decision was "shameful."'
    )
    assert actor_name(a, one(a, "said")) == "senator"


def test_inverted_speaker_read_as_an_adjective(analyze):
    a = analyze(
        'North Korea moved troops. "Commanders were dispatched to the front-line troops to '
        'command military operations if the enemy does not stop the broadcasts", added KCNA.'
    )
    claim = one(a, "added")
    assert (claim.kind, claim.source.text) == ("direct", "KCNA")
    assert claim.content.text.startswith("Commanders were dispatched")


def test_quote_after_a_phrase_the_parser_hung_it_on(analyze):
    a = analyze(
        'Monica Schoch-Spana told the press in a separate interview, "People with a different '
        'background have been accused of spreading germs[.]" As of Tuesday there were reports.'
    )
    claim = one(a, "told")
    assert claim.kind == "direct"
    assert claim.content.text.startswith("People with a different background")


def test_attribution_fronted_with_a_comma(analyze):
    a = analyze("Deutsche Welle reported in mid-2019, 62 Tesco outlets had closed within a year.")
    claim = one(a, "reported")
    assert (claim.source.text, claim.content.text) == (
        "Deutsche Welle",
        "62 Tesco outlets had closed within a year",
    )


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        (
            "Netanyahu called on Italy and Egypt to join the project.",
            "Netanyahu",
            "Italy and Egypt to join the project",
        ),
        (
            "The United Nations called for an immediate ceasefire in the region.",
            "The United Nations",
            "an immediate ceasefire in the region",
        ),
        (
            "He called for the government to reduce corruption but later changed course.",
            "He",
            "the government to reduce corruption",
        ),
    ],
)
def test_calls_on_and_for_are_appeals(analyze, sentence, source, content):
    a = analyze(sentence)
    assert len(a.claims) == 1
    claim = a.claims[0]
    assert claim.cue.text in ("called on", "called for")
    assert (claim.source.text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    "sentence",
    ["The minister called on the families of the victims.", "The meeting called for a vote."],
)
def test_calls_that_are_no_appeal(analyze, sentence):
    assert analyze(sentence).claims == ()


def test_tell_with_an_infinitive_is_a_directive(analyze):
    a = analyze("Iran's President Rouhani tells foreign powers to leave the Persian Gulf.")
    assert one(a, "tells").content.text == "foreign powers to leave the Persian Gulf"
    assert analyze("He was told to leave the building.").claims == ()


def test_clause_the_parser_read_as_an_object(analyze):
    a = analyze(
        'Moreover, he says the 14th Amendment phrase "subject to" referred primarily to '
        "children born to Indian tribes."
    )
    assert one(a, "says").content.text == (
        'the 14th Amendment phrase "subject to" referred primarily to children born to '
        "Indian tribes"
    )
    # an object with a relative clause stays no claim for a verb that takes clauses
    assert (
        analyze("Turkey maintains a position that only it has the right to the zone.").claims == ()
    )


def test_it_refers_to_the_organisation_just_named_as_subject(analyze):
    a = analyze(
        "Siemens said on Tuesday that it would cut 5,000 jobs worldwide.\n\n"
        'IG Metall, the union, condemned the plan. "This is a slap in the face for the '
        'workers," it said in a statement.'
    )
    quote = [c for c in a.claims if c.kind == "direct"]
    assert len(quote) == 1
    assert actor_name(a, quote[0]) == "IG Metall"


def test_shorter_definite_role_refers_back_to_the_longer(analyze):
    a = analyze(
        "\u201cWe are ready to talk,\u201d the foreign minister said on Monday.\n\n"
        "The minister \u2014 who has held the post since 2019 \u2014 said the country would "
        "\u201cnever\u201d give up its claims."
    )
    ready, never = a.claims
    assert ready.source.actor == never.source.actor
    assert actor_name(a, never) == "foreign minister"
    spans = sorted((m.start, m.end) for x in a.actors for m in x.mentions)
    assert all(e <= s for (_, e), (s, _) in itertools.pairwise(spans))


def test_put_it_before_a_quote(analyze):
    a = analyze("Smith, the mayor, put it bluntly: \u201cThis city is broke.\u201d")
    claim = one(a, "put")
    assert (claim.kind, claim.source.text, claim.content.text) == (
        "direct",
        "Smith",
        "This city is broke.",
    )


def test_a_title_beside_the_object_is_not_speech(analyze):
    assert analyze('He wrote a book, "The Art of the Deal."').claims == ()
    a = analyze('She wrote a letter to the editor: "I am ashamed of what this city has become."')
    claim = one(a, "wrote")
    assert (claim.kind, claim.content.text) == (
        "direct",
        "I am ashamed of what this city has become.",
    )


def test_short_quote_beside_an_attributed_one_continues_it(analyze):
    a = analyze(
        '"This is unacceptable," said Ahmed Ali, a spokesman for the group. "We will respond.'
        '\n\n"Nobody should doubt our resolve," he added.'
    )
    contents = [(actor_name(a, c), c.content.text) for c in a.claims]
    # the short quote continues the first after its attribution sentence: one claim,
    # whose content is the longer part, as the attribution between outweighs both
    assert contents[0][1] == "This is unacceptable"
    assert "We will respond." not in [text for _, text in contents]
    assert all(name == "Ahmed Ali" for name, _ in contents)


def test_noun_claim_with_the_clause_on_its_author(analyze):
    a = analyze("The claim by the opposition that the vote was rigged has not been proven.")
    claim = one(a, "claim")
    assert (claim.source.text, claim.content.text) == ("the opposition", "that the vote was rigged")


def test_appeal_stops_before_the_subjects_next_act(analyze):
    a = analyze(
        "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US "
        "Secretary of State Mike Pompeo about the case."
    )
    assert one(a, "urged").content.text == "the embassy to reconsider"
    a = analyze("She urged voters to register and to vote early.")
    assert one(a, "urged").content.text == "voters to register and to vote early"


def test_clause_interrupted_after_and_runs_to_its_end(analyze):
    a = analyze(
        "WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say "
        "and, to prevent stigma, it must not cite any specific person, animal or place."
    )
    assert one(a, "said").content.text.endswith(
        "it must not cite any specific person, animal or place"
    )


def test_predicate_adjective_before_a_source_is_not_its_name(analyze):
    a = analyze(
        'Are you aware Electronic Frontier Foundation said it was a "disappointing and '
        'counterproductive move"?'
    )
    assert one(a, "said").source.text == "Electronic Frontier Foundation"


def test_complementizer_the_parser_took_for_an_object(analyze):
    a = analyze(
        "Professor Eugene Volokh of UCLA School of Law writes in a Newsweek essay that the term "
        '"natural born citizen" derived from the British "natural born subjects" which included '
        "all people born within the borders of the British empire. He is not alone."
    )
    claim = one(a, "writes")
    assert claim.source.text == "Professor Eugene Volokh of UCLA School of Law"
    assert claim.content.text.startswith('that the term "natural born citizen" derived')
    assert claim.content.text.endswith("borders of the British empire")


def test_accused_of_on_the_object(analyze):
    a = analyze('Russian Foreign Minister Sergei Lavrov accused the West of "hysteria."')
    claim = one(a, "accused")
    assert (claim.source.text, claim.content.text) == (
        "Russian Foreign Minister Sergei Lavrov",
        'the West of "hysteria."',
    )


def test_pronoun_prefers_a_person_of_its_gender_named_in_its_paragraph(analyze):
    a = analyze(
        'Maria Gonzalez has lived in the valley for 40 years. "I have never seen anything like '
        'this," she says.\n\n'
        '"We warned them many times," says Luis Ortega, the mayor. "Nobody listened."\n\n'
        'For Gonzalez, the explanations mean little. "What do I tell my grandchildren?" she asks.'
    )
    assert actor_name(a, one(a, "asks")) == "Maria Gonzalez"


def test_unnamed_spokespeople_for_different_bodies_stay_apart(analyze):
    a = analyze(
        "A spokesman for the army said the operation was over. A spokesman for the opposition "
        "party said the operation had killed civilians.\n\n"
        "The spokesman for the army later added that no civilians were harmed. The spokesman "
        "for the opposition party said nothing more."
    )
    over, killed, harmed = a.claims[:3]
    assert actor_name(a, over) == "spokesman for the army"
    assert actor_name(a, killed) == "spokesman for the opposition party"
    assert harmed.source.actor == over.source.actor


def test_opinion_nouns_attribute_to_their_holder(analyze):
    a = analyze(
        "Maria Keller has studied the court for years. Her argument is that the court "
        "overstepped its authority. In her view, the ruling will not stand."
    )
    argument = one(a, "argument")
    assert argument.content.text == "that the court overstepped its authority"
    assert actor_name(a, argument) == "Maria Keller"
    view = one(a, "In her view")
    assert view.content.text == "the ruling will not stand"
    assert actor_name(a, view) == "Maria Keller"
    a = analyze("In the words of one diplomat, the talks are dead.")
    assert one(a, "In the words").content.text == "the talks are dead"
    assert analyze("In his office, the papers were stacked high.").claims == ()


def test_worry_is_a_belief(analyze):
    a = analyze("Some Republicans worry that the nominee could lose in November.")
    assert one(a, "worry").content.text == "that the nominee could lose in November"


def test_definite_body_noun_refers_to_the_named_body(analyze):
    a = analyze(
        "The chief constable wrote to the US Embassy in London on Monday.\n\n"
        "The embassy said the family had left on the advice of the State Department."
    )
    assert actor_name(a, one(a, "said")) == "US Embassy"
    # no organisation whose name holds the noun: no guess
    a = analyze("Tesco sold its stores. The company said it would leave the market.")
    assert one(a, "said").source.actor is None


def test_paragraph_topic_of_known_gender_takes_the_pronoun(analyze):
    a = analyze(
        "Andy Martin argues that the term is undefined. He claims the founders were worried.\n\n"
        "Professor John Eastman writes that the term requires parents to be citizens.\n\n"
        "For Martin, it does not make much of a difference. While he believes Harris does not "
        "qualify, he says the clause is unenforceable."
    )
    assert actor_name(a, one(a, "believes")) == "Andy Martin"
    assert actor_name(a, one(a, "says")) == "Andy Martin"


@pytest.mark.parametrize(
    ("sentence", "cue", "rule"),
    [
        ("The ministry said that the border would reopen on Monday.", "said", "verb.clause"),
        ("The border will reopen on Monday, the ministry said.", "said", "verb.postposed"),
        (
            '"We will reopen the border on Monday," the minister said.',
            "said",
            "verb.postposed.quote",
        ),
        ('The minister said: "We will reopen the border on Monday."', "said", "verb.clause.quote"),
        ('"We will reopen the border," said Berg, "and nobody may travel."', "said", "verb.quote"),
        ("The union urged the company to resume the talks.", "urged", "verb.infinitive"),
        (
            "According to the ministry, the border will reopen on Monday.",
            "According to",
            "phrase.according_to",
        ),
        (
            "In her view, the sanctions have failed to change anything.",
            "In her view",
            "phrase.in_view_of",
        ),
        ('The senator called the vote "a disgrace to the chamber."', "called", "phrase.naming"),
        (
            "The mayor called for an immediate ceasefire in the region.",
            "called for",
            "phrase.call_for",
        ),
    ],
)
def test_each_claim_names_the_rule_that_found_it(analyze, sentence, cue, rule):
    claim = one(analyze(sentence), cue)
    assert claim.rule == rule
    assert claim.to_dict()["rule"] == rule
    assert Claim.from_dict(claim.to_dict()) == claim


def test_a_quote_continuing_an_attributed_quote_names_the_continuation_rule(analyze):
    a = analyze(
        '"We will reopen the border on Monday," the minister said. '
        "Officials from both countries met again on Tuesday and discussed trade. "
        '"Nobody should travel before then."'
    )
    rules = [c.rule for c in a.claims]
    assert rules == ["verb.postposed.quote", "quote.continuation"]


def test_a_quote_continued_after_its_attribution_is_one_claim(analyze):
    a = analyze(
        '"The talks went well," the envoy said on Monday. "Both sides want a deal by Friday."'
    )
    claim = one(a, "said")
    assert claim.content.text.startswith("The talks went well")
    assert claim.content.text.endswith("Both sides want a deal by Friday.")
    assert actor_name(a, claim) == "envoy"
    assert_spans_consistent(a)


def test_a_quote_after_the_writers_own_sentence_is_not_joined_to_the_one_before(analyze):
    a = analyze(
        '"The talks went well," the envoy said. Officials from both countries met again '
        'on Monday and discussed trade. "Both sides want a deal by Friday."'
    )
    assert [c.content.text for c in a.claims] == [
        "The talks went well",
        "Both sides want a deal by Friday.",
    ]


def test_a_claim_without_a_rule_has_no_rule_key_in_json():
    from dramatis.analysis import Span

    claim = Claim("C1", "other", None, Span(0, 1, "a"), Span(2, 3, "b"))
    assert "rule" not in claim.to_dict()
    assert Claim.from_dict(claim.to_dict()).rule is None


def test_two_apostrophes_open_and_close_a_quote():
    text = "''We will win,'' said Ana Silva. ''The people are with us.'' It was ''absurd'' then."
    quotes = [text[q.start : q.end] for q in claim_layer.find_quotes(text)]
    assert quotes == ["We will win,", "The people are with us.", "absurd"]
    # a Penn Treebank quote still closes with them
    penn = "``We will not sell,'' he said."
    assert [penn[q.start : q.end] for q in claim_layer.find_quotes(penn)] == ["We will not sell,"]


def test_a_quote_continued_after_a_long_attribution_sentence_is_one_claim(analyze):
    a = analyze(
        '"The talks went well," said Ann Lee, a lawyer in Columbus who represents the '
        'family. "Both sides want a deal by Friday."'
    )
    # one claim; the attribution outweighs the quotes, so its content is the longer part
    assert one(a, "said").content.text == "Both sides want a deal by Friday."


def test_a_quote_continued_after_an_abbreviated_title_is_one_claim(analyze):
    a = analyze(
        '"The talks went well," said Sen. John Smith, R-N.Y., on Tuesday. '
        '"Both sides want a deal by Friday."'
    )
    assert [c.content.text[-9:] for c in a.claims] == ["y Friday."]
