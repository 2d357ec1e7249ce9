"""Names recovered by the frame they stand in (dramatis.actors.frames): a greeting, a
signature, a byline, a credit; a conjunct, an apposition, a fixed place frame."""

from __future__ import annotations


def _names(analyze, body: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in analyze(body).actors]


def _surfaces(analyze, body: str) -> set[str]:
    return {m.text for a in analyze(body).actors for m in a.mentions}


def test_the_name_a_letter_greets_is_a_person(analyze):
    body = "Dear Rosalind:\n\nThe parcel came on Tuesday, and the garden is green again."
    assert ("Rosalind", "person") in _names(analyze, body)
    body = "Hi Tamsin! The notes from our meeting are in the shared folder now."
    assert ("Tamsin", "person") in _names(analyze, body)


def test_a_greeting_to_no_one_person_names_no_one(analyze):
    body = "Dear Friends:\n\nThe river rose again this spring, and the bridge is closed."
    assert all(name != "Friends" for name, _ in _names(analyze, body))
    body = "Hi guys! I finished my chemistry exam a little after noon today."
    assert all(name != "guys" for name, _ in _names(analyze, body))
    body = "Dear Sir,\n\nWe write about the bridge over the river."
    assert all(name != "Sir" for name, _ in _names(analyze, body))


def test_a_greeting_taken_into_the_name_is_cut_off(analyze):
    body = "Dear Hannelore:\n\nThe house is quiet. Hannelore, you would love the view."
    names = [name for name, _ in _names(analyze, body)]
    assert "Dear Hannelore" not in names


def test_a_signature_that_is_also_a_word_is_a_person(analyze):
    body = "We shall be seeing you soon, and the bill for the boat is paid.\n\nYours,\n\nBill"
    assert ("Bill", "person") in _names(analyze, body)
    body = "The rain stopped at last this morning.\n\nBest wishes,\n\nMark"
    assert ("Mark", "person") in _names(analyze, body)


def test_the_name_on_a_byline_is_a_mention(analyze):
    body = "Why We Sleep Less in Winter\n\nBy Marguerite Oduya\n\nThe nights grow long and cold."
    assert "Marguerite Oduya" in _surfaces(analyze, body)


def test_a_byline_of_one_common_word_names_no_one(analyze):
    body = "Tools and Tasks\n\nBy Hand\n\nThe old ways of working the land come back."
    assert "Hand" not in _surfaces(analyze, body)


def test_the_name_a_picture_credits_is_a_mention(analyze):
    body = "Photo by Tobias Renner under a CC license.\n\nThe harvest came early this year."
    assert "Tobias Renner" in _surfaces(analyze, body)
    body = '"Red Barn at Dusk" by Lena Okafor is licensed under CC BY 2.0\n\nThe barn is old.'
    assert "Lena Okafor" in _surfaces(analyze, body)


def test_a_credit_in_capitals_is_no_heading(analyze):
    body = "A ROMANCE IN SIX DAYS illustrated by MARTA QUELL\n\nThe story begins in spring."
    assert "MARTA QUELL" in _surfaces(analyze, body)
