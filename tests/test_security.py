"""A file must not drive the terminal: no escape sequences reach the screen or the output."""

from __future__ import annotations

import json
from pathlib import Path

import dramatis
import pytest
from dramatis.document import load_path
from dramatis.tui.cli import main

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"
ESCAPES = INPUTS / "escapes.txt"

# C0 (but LF) and C1 controls, DEL, bidi embeddings/overrides/isolates/marks.
FORBIDDEN = frozenset(
    [chr(c) for c in [*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]
    + list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _forbidden_in(text: str) -> set[str]:
    return set(text) & FORBIDDEN


def test_the_fixture_really_is_hostile():
    raw = ESCAPES.read_text(encoding="utf-8")
    for sequence in ("\x1b]0;", "\x1b]52;c;", "\x1b[2J", "\u202e", "\x9b", "\x07", "\t"):
        assert sequence in raw


def test_the_document_text_is_clean_and_keeps_the_words():
    document = load_path(ESCAPES)
    assert _forbidden_in(document.text) == set()
    assert "pwned" not in document.text and "cm0gLXJmIH4=" not in document.text
    assert "The minister said the plan was final. Jane Doe agreed." in document.text
    assert "which must not eat this line." in document.text
    assert "A tab    here" in document.text


def test_analyze_text_output_carries_no_escape_sequences(nlp, capsys):
    assert main(["analyze", str(ESCAPES)]) == 0
    out = capsys.readouterr().out
    assert _forbidden_in(out) == set()
    assert "Harmless headline" in out


def test_analyze_json_output_is_valid_ascii_json_with_a_clean_text(nlp, capsys):
    assert main(["analyze", str(ESCAPES), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert out.isascii()
    data = json.loads(out)
    assert _forbidden_in(data["text"]) == set()
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            assert data["text"][mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    "hostile",
    [
        "Jane Doe said \ud800 lone surrogates \udfff are fine.",
        "Quote \x00\x01\x02 \x1b[31m John Smith \x1b[0m told reporters \x7f\x9b.",
        "Unbalanced “quote said Jane Doe. And ” another \" one '",
        '{"schema": "not yours"} \\u0000 \\" said the JSON-looking text',
    ],
)
def test_json_stays_valid_whatever_the_text_holds(nlp, hostile):
    analysis = dramatis.analyze(hostile)
    encoded = analysis.to_json()
    assert encoded.isascii()
    data = json.loads(encoded)
    # Strictly valid: no lone surrogate escapes survive into the text.
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    assert _forbidden_in(data["text"]) == set()


def test_a_file_name_cannot_carry_escape_sequences_to_the_terminal(nlp, tmp_path, capsys):
    hostile = tmp_path / "news\x1b]0;pwned\x07\x1b[2J.txt"
    missing = tmp_path / "gone\x1b]52;c;ZXZpbA==\x07.txt"
    assert main(["analyze", str(missing)]) == 1
    err = capsys.readouterr().err
    assert _forbidden_in(err) == set() and "no such file" in err
    hostile.write_text("Headline\n\nJane Doe said the plan works.\n")
    assert main(["analyze", str(hostile)]) == 0
    captured = capsys.readouterr()
    assert _forbidden_in(captured.out + captured.err) == set()
    assert "pwned" not in captured.out


def _screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_an_article_full_of_escape_sequences_reaches_the_app_screen_without_them(nlp):
    from dramatis.tui.app import DramatisApp

    document = load_path(ESCAPES)
    app = DramatisApp([document])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screens = [_screen_text(app)]
        for key in ("c", "tab", "enter", "a", "tab", "enter", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            screens.append(_screen_text(app))
        shown = "\n".join(screens)
        assert "Harmless headline" in shown and "Jane Doe agreed." in shown
        assert "must not eat this line." in shown
        assert _forbidden_in(shown.replace("\n", "")) == set()
        assert "pwned" not in shown and "cm0gLXJmIH4=" not in shown
        for label in (app.title, app.sub_title, app.screen.title or "", app.screen.sub_title or ""):
            assert _forbidden_in(label) == set()
