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
