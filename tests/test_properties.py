"""Properties that hold for any input: arbitrary Unicode, controls, unbalanced quotes."""

from __future__ import annotations

import json

from dramatis.analyzer import iter_analysis
from dramatis.document import InputError, clean_text, from_text, load_bytes
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

# Text that looks enough like news to make the layers work (names, reporting verbs,
# quotes of every kind), shuffled with arbitrary Unicode and control characters.
FRAGMENTS = st.sampled_from(
    [
        "Jane Doe", "said", "told reporters", "according to", "the report", "Reuters",
        "President John Smith", "Iran", "the United States", "he", "She", "warned that",
        "“", "”", '"', "'", "‘", "’", "«", "»", ":", ",", ".", "\n", "\n\n", " - ", "(", ")",
        "\x1b[2J", "\x1b]0;t\x07", "\x00", "\t", "\r\n", "\u202e", "\x9b", "\ud800", "\ufeff",
    ]
)  # fmt: skip
NEWSY = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), min_size=1, max_size=40).map(" ".join)
ANY_TEXT = st.one_of(NEWSY, st.text(max_size=300))


def _spans(analysis):
    for actor in analysis.actors:
        yield from actor.mentions
    for claim in analysis.claims:
        yield claim.cue
        yield claim.content
        if claim.source is not None:
            yield claim.source


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=ANY_TEXT)
def test_the_analysis_is_consistent_for_any_text(nlp, raw):
    try:
        document = from_text(raw, "property.txt")
    except InputError:
        assume(False)
    *_, last = iter_analysis(document, nlp)
    analysis = last.analysis
    assert last.finished and analysis is not None and analysis.text == document.text
    text = analysis.text
    for span in _spans(analysis):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for actor in analysis.actors:
        assert actor.mentions, actor
        starts = [m.start for m in actor.mentions]
        assert starts == sorted(starts)
    actor_ids = {actor.id for actor in analysis.actors}
    for claim in analysis.claims:
        assert claim.cue.end > claim.cue.start and claim.content.end > claim.content.start
        if claim.source is not None:
            assert claim.source.end > claim.source.start
            assert claim.source.actor is None or claim.source.actor in actor_ids
    assert json.loads(analysis.to_json())["text"] == text


@settings(max_examples=200, deadline=None)
@given(raw=st.text())
def test_clean_text_leaves_nothing_a_terminal_would_act_on(raw):
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert not any(_acts(ch) for ch in cleaned if ch != "\n")


def _acts(ch: str) -> bool:
    code = ord(ch)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or ch in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        or 0xD800 <= code <= 0xDFFF
    )


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000))
def test_any_bytes_either_load_or_fail_with_a_one_line_input_error(data):
    try:
        document = load_bytes(data, "bytes.bin")
    except InputError as error:
        message = str(error)
        assert message.startswith("bytes.bin: ") and "\n" not in message
        return
    assert document.text.strip()
    assert not any(_acts(ch) for ch in document.text if ch != "\n")
    for paragraph in document.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(document.text)
