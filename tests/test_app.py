"""The reader, driven with Textual's Pilot: every binding, both tabs, and what the screen shows.

Most tests feed the app a fixed analysis of the seed through a fake
``dramatis.cache.stream`` so that they are fast and do not depend on the NLP layers;
``test_real_pipeline_end_to_end`` runs the real analysis.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import queue
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path

import dramatis.cache
import pytest
from dramatis.analysis import Actor, Analysis, Claim, Source, Span
from dramatis.analyzer import Progress
from dramatis.document import Document, from_text, load_path
from dramatis.pipeline import ModelUnavailable
from dramatis.tui import keys, state
from dramatis.tui.app import DramatisApp
from dramatis.tui.help import HelpScreen
from dramatis.tui.jump import JumpScreen, JumpTarget
from textual.screen import Screen

from tests.conftest import CORPUS, SEED

SIZE = (120, 40)


def _spans_of(text: str, phrase: str) -> tuple[Span, ...]:
    spans, start = [], text.find(phrase)
    while start >= 0:
        spans.append(Span(start, start + len(phrase), phrase))
        start = text.find(phrase, start + 1)
    return tuple(spans)


def _span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start, start + len(phrase), phrase)


def seed_analysis_fixed(doc: Document, *, partial: bool = False) -> Analysis:
    """A hand-made analysis of the seed: stable input for UI tests."""
    text = doc.text
    names = [
        ("Iran", "place"),
        ("Azerbaijan", "place"),
        ("Responsible Statecraft", "organization"),
        ("Trump", "person"),
        ("Israeli", "group"),
        ("Abraham Accords", "other"),
    ]
    if partial:
        names = names[:3]
    actors = tuple(
        Actor(f"A{i}", name, kind, (name,), _spans_of(text, name))
        for i, (name, kind) in enumerate(names, 1)
    )
    rs = _span(text, "An analysis by Responsible Statecraft")
    cue1 = _span(text, "highlighted")
    content1 = _span(text, "growing efforts in the US")
    report = _span(text, "The report", cue1.end)
    cue2 = _span(text, "suggests", report.end)
    content2 = _span(text, "that while Azerbaijan", cue2.end)
    trump = _span(text, "Trump told")
    told = _span(text, "told", trump.start)
    content3 = _span(text, "that he had sent a letter", told.end)
    cue4 = _span(text, "reportedly")
    content4 = _span(text, "pushing to include Azerbaijan")
    claims = (
        Claim("C1", "other", None, cue4, content4),
        Claim("C2", "indirect", Source(rs.start, rs.end, rs.text, "A3"), cue1, content1),
        Claim(
            "C3", "indirect", Source(report.start, report.end, report.text, "A3"), cue2, content2
        ),
        Claim(
            "C4", "indirect", Source(trump.start, trump.start + 5, "Trump", "A4"), told, content3
        ),
    )
    if partial:
        claims = claims[:2]
    return Analysis(doc.source, doc.title, text, "fixed-test-model", actors, claims)


async def _ready(app: DramatisApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _status(app: DramatisApp) -> str:
    return app.reader.status.plain


async def test_text_and_status_after_analysis(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        assert reader.article.visible_lines()[0] == seed_doc.title
        assert "ready · 6 actors · 4 claims" in _status(app)
        assert "0% · ¶ 1/" in _status(app)
        assert app.analysis is reader.analysis and app.analysis.model == "fixed-test-model"
        assert reader.panel.active_tab == "actors"
        # Actors sorted by mentions: the most mentioned first, with its counts.
        top = max(app.analysis.actors, key=lambda a: len(a.mentions))
        actor_list = reader.panel.query_one("#actor-list")
        first = actor_list.get_option_at_index(0)
        assert first.id == top.id and top.name in str(first.prompt)
        assert str(first.prompt).split()[-2:] == [str(len(top.mentions)), "0"]
        assert reader.article.has_focus


async def test_line_page_top_bottom_keys_move_the_view(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        article = app.reader.article
        height = article.scrollable_content_region.height
        for key, expected in [
            ("j", 1),
            ("down", 2),
            ("k", 1),
            ("up", 0),
            ("space", height - 2),
            ("b", 0),
            ("pagedown", height - 2),
            ("pageup", 0),
        ]:
            await pilot.press(key)
            assert article.scroll_y == expected, key
        await pilot.press("G")
        assert article.scroll_y == article.max_scroll_y > 0
        assert "100% · ¶" in _status(app)
        await pilot.press("g")
        assert article.scroll_y == 0
        await pilot.press("end")
        assert article.scroll_y == article.max_scroll_y
        await pilot.press("home")
        assert article.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        top = article.top_paragraph + 1
        assert f"¶ {top}/{len(seed_doc.paragraphs)}" in _status(app)
        assert article.visible_lines()[0] != seed_doc.title


async def test_tabs_focus_and_panel_toggle(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        await pilot.press("c")
        assert reader.panel.active_tab == "claims"
        assert app.focused.id == "claim-list"
        # Claims are grouped: Responsible Statecraft (2 claims) first, unattributed last.
        claim_list = reader.panel.query_one("#claim-list")
        prompts = [
            str(claim_list.get_option_at_index(i).prompt) for i in range(claim_list.option_count)
        ]
        assert prompts[0].startswith("Responsible Statecraft (2)")
        assert prompts[-2].startswith("Unattributed (1)")
        assert "reportedly — pushing to include" in prompts[-1]
        await pilot.press("a")
        assert reader.panel.active_tab == "actors"
        assert app.focused.id == "actor-list"
        await pilot.press("tab")
        assert app.focused is reader.article
        await pilot.press("tab")
        assert app.focused.id == "actor-list"
        await pilot.press("backslash")
        assert not reader.panel.display
        assert app.focused is reader.article
        await pilot.pause()
        # Without the panel the article (and the map's one column) take the width,
        # keeping the reading measure.
        assert reader.article.size.width + reader.mention_map.size.width == SIZE[0]
        assert reader.article.measure <= 80
        await pilot.press("backslash")
        assert reader.panel.display


async def test_unattributed_claims_have_their_own_heading_after_other_sources(
    monkeypatch, seed_doc
):
    """Kind 'other' (hedged, or a source that names nobody) goes under 'Unattributed',
    last; a named source no actor was found for goes under 'Other sources' before it."""
    base = seed_analysis_fixed(seed_doc)
    text = base.text
    critics = _span(text, "Azerbaijan")
    vague = Claim(
        "C5", "other", Source(critics.start, critics.end, critics.text, None), critics, critics
    )
    unlinked = Claim(
        "C6", "indirect", Source(critics.start, critics.end, "the report", None), critics, critics
    )
    analysis = Analysis(
        base.source, base.title, text, base.model, base.actors, (*base.claims, vague, unlinked)
    )

    def stream(document: Document, **kwargs) -> Iterator[Progress]:
        yield Progress(10, 10, analysis, finished=True, elapsed=0.1)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("c")
        claim_list = app.reader.panel.query_one("#claim-list")
        prompts = [
            str(claim_list.get_option_at_index(i).prompt) for i in range(claim_list.option_count)
        ]
        headings = [p for p in prompts if not p.startswith("  ")]
        assert headings[-2:] == ["Other sources (1)", "Unattributed (2)"]
        assert headings[0].startswith("Responsible Statecraft (2)")
        # the vague source is shown as written beside its claim
        assert any(p.startswith("  Azerbaijan: Azerbaijan") for p in prompts[-2:])
        assert "reportedly — pushing to include" in prompts[-2]


async def test_enter_on_actor_highlights_and_jumps_then_n_and_N_cycle(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        await pilot.press("a")
        iran = reader.analysis.actor(reader.panel.query_one("#actor-list").highlighted_option.id)
        await pilot.press("enter")
        assert reader.article.focused_actor == iran.id
        first = iran.mentions[0]
        assert reader.article.current_span == (first.start, first.end)
        assert f"mention 1 of {len(iran.mentions)} · {iran.name}" in _status(app)
        await pilot.press("tab")
        await pilot.press("n")
        second = iran.mentions[1]
        assert reader.article.current_span == (second.start, second.end)
        assert f"mention 2 of {len(iran.mentions)}" in _status(app)
        # The current mention is on screen after every step.
        for _ in range(len(iran.mentions) - 2):
            await pilot.press("n")
            line = reader.article.index.line_of(reader.article.current_span[0])
            top = reader.article.top_line
            assert top <= line < top + reader.article.scrollable_content_region.height
        assert f"mention {len(iran.mentions)} of {len(iran.mentions)}" in _status(app)
        await pilot.press("n")
        assert f"mention 1 of {len(iran.mentions)}, wrapped" in _status(app)
        await pilot.press("N")
        assert f"mention {len(iran.mentions)} of" in _status(app)
        # The detail area describes the focused actor.
        detail = str(reader.panel.query_one("#detail").render())
        assert iran.name in detail and f"{len(iran.mentions)} mentions" in detail
        await pilot.press("right_square_bracket")
        assert reader.article.claim is not None
        await pilot.press("escape")
        assert reader.article.focused_actor is None and reader.article.current_span is None
        assert reader.article.claim is None and "mention" not in _status(app)


async def test_selecting_an_actor_scrolls_to_first_mention_after_reading_position(
    fixed_stream, seed_doc
):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=(120, 20)) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        article = reader.article
        await pilot.press("space", "space")
        offset = article.reading_offset
        trump = reader.analysis.actor("A4")
        expected = next(m for m in trump.mentions if m.start >= offset)
        await pilot.press("a")
        actor_list = reader.panel.query_one("#actor-list")
        actor_list.highlighted = actor_list.get_option_index("A4")
        await pilot.pause()
        # Moving the cursor highlights the actor's mentions without scrolling.
        assert article.focused_actor == "A4" and article.reading_offset == offset
        await pilot.press("enter")
        assert article.current_span == (expected.start, expected.end)
        line = article.index.line_of(expected.start)
        assert (
            article.top_line <= line < article.top_line + article.scrollable_content_region.height
        )


async def test_list_keys_move_the_cursor_and_the_detail_follows(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        panel = app.reader.panel
        actor_list = panel.query_one("#actor-list")
        await pilot.press("a")
        assert actor_list.highlighted == 0
        await pilot.press("j")
        assert actor_list.highlighted == 1
        second = app.analysis.actor(actor_list.highlighted_option.id)
        assert second.name in str(panel.query_one("#detail").render())
        assert app.reader.article.focused_actor == second.id
        await pilot.press("G")
        assert actor_list.highlighted == actor_list.option_count - 1
        await pilot.press("k")
        assert actor_list.highlighted == actor_list.option_count - 2
        await pilot.press("g")
        assert actor_list.highlighted == 0
        # The article did not move while browsing the list.
        assert app.reader.article.scroll_y == 0


async def test_n_after_scrolling_away_continues_from_the_reading_position(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=(120, 16)) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        iran = reader.analysis.actor("A1")
        first = iran.mentions[0]
        reader.jump_to(JumpTarget("A1", first.start, first.end))
        await pilot.press("G")
        offset = reader.article.reading_offset
        await pilot.press("N")
        expected = [m for m in iran.mentions if m.start < offset][-1]
        assert reader.article.current_span == (expected.start, expected.end)
        await pilot.press("right_square_bracket", "g", "space")
        offset = reader.article.reading_offset
        await pilot.press("right_square_bracket")
        following = min(
            (c for c in reader.analysis.claims if c.start >= offset), key=lambda c: c.start
        )
        assert reader.article.claim == following


async def test_n_without_a_focused_actor_explains(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("n")
        assert "no actor selected" in _status(app)


async def test_claim_keys_step_through_claims_and_mark_them(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        claims = sorted(reader.analysis.claims, key=lambda c: c.start)
        await pilot.press("right_square_bracket")
        assert reader.article.claim == claims[0]
        assert reader.panel.active_tab == "claims"
        assert f"claim 1 of {len(claims)}" in _status(app)
        await pilot.press("right_square_bracket")
        assert reader.article.claim == claims[1]
        detail = str(reader.panel.query_one("#detail").render())
        assert "Source: An analysis by Responsible Statecraft" in detail
        assert "Cue: highlighted" in detail and "Content: growing efforts" in detail
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert reader.article.claim == claims[-1]
        assert f"claim {len(claims)} of {len(claims)}" in _status(app)
        # Enter on a claim in the list jumps to it.
        await pilot.press("c", "home", "down", "enter")
        chosen = reader.panel.query_one("#claim-list").highlighted_option.id
        assert reader.article.claim.id == chosen
        line = reader.article.index.line_of(reader.article.claim.start)
        assert reader.article.top_line <= line


async def test_sort_and_filter_actors(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        panel = app.reader.panel
        actor_list = panel.query_one("#actor-list")

        def ids() -> list[str]:
            return [actor_list.get_option_at_index(i).id for i in range(actor_list.option_count)]

        by_mentions = ids()
        counts = [len(app.analysis.actor(i).mentions) for i in by_mentions]
        assert counts == sorted(counts, reverse=True)
        await pilot.press("s")
        firsts = [app.analysis.actor(i).mentions[0].start for i in ids()]
        assert firsts == sorted(firsts) and ids() != by_mentions
        assert "first appearance" in _status(app)
        await pilot.press("f")
        assert panel.kind_filter == "person"
        assert [app.analysis.actor(i).kind for i in ids()] == ["person"]
        assert "showing person actors" in _status(app)
        for _ in range(5):
            await pilot.press("f")
        assert panel.kind_filter is None and len(ids()) == 6


async def test_help_screen_lists_every_key_and_the_legend(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for kind in ("person", "organization", "place", "group", "other"):
            assert kind in text
        for word in ("Line down", "Page down", "Next mention", "Next claim", "Quit", "Actors tab"):
            assert word in text
        for key in (
            "j / ↓",
            "space / PgDn",
            "G / End",
            "n",
            "N",
            "]",
            "[",
            "/",
            "\\",
            "? / F1",
            "tab",
        ):
            assert f"  {key} " in text, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert not isinstance(app.screen, HelpScreen)


def test_every_binding_has_an_id_and_appears_in_help():
    ids = [b.id for b in keys.all_bindings()]
    assert all(i and i.startswith("dramatis.") for i in ids)
    assert len(ids) == len(set(ids))
    shown = {k for _, rows in keys.help_sections() for k, _ in rows}
    for binding in keys.all_bindings():
        assert keys.display_keys(binding.key) in shown, binding.id
    window = dict(keys.help_sections({"dramatis.quit": "x"}))["Window"]
    assert ("x", "Quit") in window and all(k != "q" for k, _ in window)


async def test_keymap_can_remap_a_binding(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    app.set_keymap({"dramatis.line_down": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("x")
        assert app.reader.article.scroll_y == 1


async def test_jump_overlay_and_jump_to(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=(120, 20)) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        await pilot.press("slash")
        assert isinstance(app.screen, JumpScreen)
        assert app.screen.analysis is reader.analysis
        assert app.screen.reading_offset == reader.article.reading_offset
        trump = reader.analysis.actor("A4")
        last = trump.mentions[-1]
        app.screen.dismiss(JumpTarget("A4", last.start, last.end))
        await pilot.pause()
        assert not isinstance(app.screen, JumpScreen)
        assert reader.article.focused_actor == "A4"
        assert reader.article.current_span == (last.start, last.end)
        n = len(trump.mentions)
        assert f"mention {n} of {n} · Trump" in _status(app)
        line = reader.article.index.line_of(last.start)
        assert reader.article.top_line <= line < reader.article.top_line + 20
        assert app.reading_offset == reader.article.reading_offset > 0
        # A plain-text target (no actor) is marked and reported as such.
        app.jump_to(JumpTarget(None, 0, 4))
        await pilot.pause()
        assert reader.article.current_span == (0, 4) and "text match" in _status(app)
        assert reader.article.top_line == 0


async def test_quit_key_exits_even_while_the_analysis_runs(monkeypatch, seed_doc):
    gate = queue.Queue()

    def stream(document, **kwargs):
        yield Progress(0, 10, None)
        gate.get(timeout=10)
        yield Progress(10, 10, seed_analysis_fixed(document), finished=True)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "loading model…" in _status(app)
        await pilot.press("q")
        gate.put(None)
    assert app.return_code == 0


async def test_loading_progress_and_partial_results_keep_the_selection(monkeypatch, seed_doc):
    steps: queue.Queue = queue.Queue()
    seen: queue.Queue = queue.Queue()

    def stream(document, **kwargs):
        while True:
            item = steps.get(timeout=10)
            if item is None:
                return
            yield item
            seen.put(True)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "loading model…" in _status(app)
        assert app.reader.article.visible_lines()[0] == seed_doc.title

        async def feed(item):
            steps.put(item)
            await asyncio.to_thread(seen.get, True, 10)
            await pilot.pause()
            await pilot.pause()

        await feed(Progress(0, 10, None))
        assert "loading model…" in _status(app)
        await feed(Progress(1, 10, None, elapsed=0.5))
        assert "analysing 10% ~4s left" in _status(app)
        await feed(Progress(4, 10, seed_analysis_fixed(seed_doc, partial=True), elapsed=2.0))
        assert "analysing 40% ~3s left" in _status(app)
        actor_list = app.reader.panel.query_one("#actor-list")
        assert actor_list.option_count == 3
        await pilot.press("a")
        actor_list.highlighted = actor_list.get_option_index("A2")
        await pilot.pause()
        await feed(Progress(10, 10, seed_analysis_fixed(seed_doc), finished=True, elapsed=5.0))
        assert actor_list.option_count == 6
        assert actor_list.highlighted_option.id == "A2"
        assert app.reader.article.focused_actor == "A2"
        assert "ready" in _status(app)
        steps.put(None)
        await app.workers.wait_for_complete()


@pytest.mark.parametrize(
    "error",
    [
        ModelUnavailable("no spaCy model installed: pip install en-core-web-sm"),
        RuntimeError("boom"),
    ],
)
async def test_failed_analysis_keeps_the_article_and_says_why(monkeypatch, seed_doc, error):
    def stream(document, **kwargs):
        raise error
        yield

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        assert f"analysis failed: {' '.join(str(error).split())}" in _status(app)
        assert app.reader.article.visible_lines()[0] == seed_doc.title
        await pilot.press("space")
        assert app.reader.article.scroll_y > 0
        await pilot.press("n")
        assert "no actor selected" in _status(app)


async def test_reading_position_is_remembered_per_document(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("space")
        offset = app.reader.article.reading_offset
        await pilot.press("q")
    assert offset > 0
    assert state.load_position(seed_doc.source, seed_doc.text) == offset
    # The same path with a different text is another document.
    assert state.load_position(seed_doc.source, seed_doc.text + " ") is None
    again = DramatisApp([load_path(SEED)])
    async with again.run_test(size=(100, 30)) as pilot:
        await _ready(again, pilot)
        article = again.reader.article
        # At another width the saved offset need not start a line: it is on the top one.
        top = article.top_line
        assert article.index.starts[top] <= offset < article.index.ends[top]
        assert article.reading_offset == article.index.starts[top]


def test_state_file_is_atomic_and_survives_corruption():
    state.save_position("a.txt", "text", 3)
    path = state.state_file()
    assert path.exists() and not list(path.parent.glob(".positions-*"))
    path.write_text("{not json", encoding="utf-8")
    assert state.load_position("a.txt", "text") is None
    state.save_position("a.txt", "text", 2)
    assert state.load_position("a.txt", "text") == 2
    assert state.load_position("a.txt", "other") is None


async def test_brackets_and_markup_in_articles_show_literally(monkeypatch):
    raw = "Title with [bold]markup[/bold]\n\nHe said [it] was fine [/] and [red]odd[/red].\n"
    doc = from_text(raw, "markup.txt")

    def stream(document, **kwargs):
        span = Span(raw.index("[it]"), raw.index("[it]") + 4, "[it]")
        actor = Actor("A1", "[it]", "other", ("[it]",), (span,))
        claim = Claim("C1", "indirect", Source(0, 5, "Title", None), Span(0, 5, "Title"), span)
        yield Progress(
            1,
            1,
            Analysis("markup.txt", doc.title, doc.text, "m", (actor,), (claim,)),
            finished=True,
        )

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp([doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        screen = "\n".join(app.reader.article.render_line(y).text for y in range(3))
        assert "Title with [bold]markup[/bold]" in screen
        assert "He said [it] was fine [/] and [red]odd[/red]." in screen
        actor_list = app.reader.panel.query_one("#actor-list")
        assert "[it]" in str(actor_list.get_option_at_index(0).prompt)
        await pilot.press("c", "down")
        assert "[it]" in str(app.reader.panel.query_one("#detail").render())


async def test_theme_switch_keeps_kinds_distinct_and_changes_colours(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        article = app.reader.article
        dark = {
            k: article.get_component_rich_style(f"article--{k}", partial=True).color
            for k in ("person", "place")
        }
        app.theme = "textual-light"
        await pilot.pause()
        article._rich_style_cache.clear()
        light = {
            k: article.get_component_rich_style(f"article--{k}", partial=True).color
            for k in ("person", "place")
        }
        assert dark["person"] != light["person"] and light["person"] != light["place"]
        # The lists are rebuilt with the new theme's colours.
        actor_list = app.reader.panel.query_one("#actor-list")
        row = actor_list.get_option_at_index(0)
        kind = app.analysis.actor(row.id).kind
        wanted = article.get_component_rich_style(f"article--{kind}", partial=True).color
        assert any(span.style.color == wanted for span in row.prompt.spans)


async def test_library_key_with_several_documents(fixed_stream, monkeypatch):
    from textual.screen import ModalScreen

    class FakeLibrary(ModalScreen):
        def __init__(self, documents, *, current=None):
            super().__init__()
            self.documents = documents

        def key_1(self) -> None:
            self.dismiss(1)

        def key_0(self) -> None:
            self.dismiss(0)

    module = types.ModuleType("dramatis.tui.library")
    module.LibraryScreen = FakeLibrary
    monkeypatch.setitem(sys.modules, "dramatis.tui.library", module)
    docs = [load_path(SEED), load_path(CORPUS / "001-trump-syria-withdrawal.txt")]
    app = DramatisApp(docs)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FakeLibrary)
        await pilot.press("1")
        await _ready(app, pilot)
        assert app.reader.document is docs[1]
        assert app.reader.article.visible_lines()[0] == docs[1].title
        await pilot.press("l")
        assert isinstance(app.screen, FakeLibrary)
        await pilot.press("0")
        await _ready(app, pilot)
        assert app.reader.document is docs[0]
        assert isinstance(app.screen, Screen) and app.screen is app.reader


async def test_library_key_is_hidden_with_one_document(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        footer_keys = {b.binding.id for b in app.screen.active_bindings.values() if b.enabled}
        assert "dramatis.library" not in footer_keys and "dramatis.jump" in footer_keys
        await pilot.press("l")
        assert app.screen is app.reader


async def test_narrow_terminal_keeps_text_and_panel_usable(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        assert reader.article.size.width >= 44
        assert reader.panel.size.width >= 28
        assert all(len(line) <= reader.article.measure for line in reader.article.visible_lines())
        await pilot.press("a", "enter")
        assert "mention 1 of" in _status(app)


async def test_real_pipeline_end_to_end(nlp):
    doc = load_path(SEED)
    app = DramatisApp([doc], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        assert reader.analysis_state == "ready", _status(app)
        assert reader.analysis is not None and reader.analysis.text == doc.text
        assert f"ready · {len(reader.analysis.actors)} actors" in _status(app)
        names = {a.name for a in reader.analysis.actors}
        assert any("Aliyev" in n for n in names)
        actor_list = reader.panel.query_one("#actor-list")
        assert actor_list.option_count == len(reader.analysis.actors)
        await pilot.press("a", "enter", "tab", "n")
        assert "mention" in _status(app)


async def test_clicking_a_mention_focuses_its_actor(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        article = app.reader.article
        trump = app.analysis.actor("A4")
        mention = trump.mentions[0]
        article.restore(mention.start)
        await pilot.pause()
        line = article.index.line_of(mention.start)
        x = article._margin + mention.start - article.index.starts[line] + 1
        await pilot.click(article, offset=(x, line - article.top_line))
        assert article.focused_actor == "A4"
        assert article.current_span == (mention.start, mention.end)
        assert f"mention 1 of {len(trump.mentions)} · Trump" in _status(app)
        # Clicking plain text changes nothing.
        assert article.mention_at(article.index.starts[line + 1]) is None
        await pilot.click(article, offset=(article._margin, line - article.top_line + 1))
        assert article.focused_actor == "A4"


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state_field = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state_field != "Z"


def _poll(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_reader_exits_with_its_workers_when_the_terminal_goes(signum, tmp_path):
    """A hung-up or terminated reader quits, and its analysis worker process goes too."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    # The real program, in a terminal of its own; --no-cache so that the analysis
    # (and so a worker process) runs. The worker is what must not be left behind.
    script = Path(sys.executable).with_name("dramatis")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "dramatis.tui.cli"]
    reader = subprocess.Popen(
        [*command, "--no-cache", str(SEED)],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        start_new_session=True,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    os.close(secondary)

    def drain() -> None:  # a terminal that reads what the app draws
        while True:
            try:
                if not os.read(primary, 65536):
                    break
            except OSError:
                break

    threading.Thread(target=drain, daemon=True).start()
    try:
        assert _poll(lambda: bool(_children(reader.pid)), 30), "no analysis worker started"
        workers = _children(reader.pid)
        assert reader.poll() is None
        reader.send_signal(signum)
        assert reader.wait(timeout=5) == 128 + signum
        assert _poll(lambda: not any(_alive(w) for w in workers), 5), "a worker outlived the reader"
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
        os.close(primary)


async def test_one_selection_is_shared_by_the_screen_the_article_and_the_panel(
    fixed_stream, seed_doc
):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        actor_list = reader.panel.query_one("#actor-list")
        claim_list = reader.panel.query_one("#claim-list")

        def everywhere():
            assert reader.article.selection is reader.selection
            assert reader.panel.selection is reader.selection
            return reader.selection

        await pilot.press("a", "j")
        picked = actor_list.highlighted_option.id
        assert everywhere().actor == picked and everywhere().mention is None
        await pilot.press("enter")
        span = everywhere().mention
        assert span is not None and reader.analysis.actor(picked).mentions[0].start == span[0]
        await pilot.press("right_square_bracket")
        assert everywhere().claim == claim_list.highlighted_option.id
        assert everywhere().actor == picked  # a claim does not unfocus the actor
        # Choosing another actor drops the claim, in every widget at once.
        reader.choose_actor("A4")
        await pilot.pause()
        assert everywhere().claim is None and reader.article.claim is None
        assert actor_list.highlighted_option.id == "A4" and claim_list.highlighted is None
        await pilot.press("escape")
        assert everywhere() == type(reader.selection)()
        assert actor_list.highlighted is None


async def test_keys_typed_faster_than_the_screen_answers_land_where_the_cursor_went(
    fixed_stream, seed_doc
):
    from textual import events

    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        actor_list = reader.panel.query_one("#actor-list")
        await pilot.press("a")
        # All at once, as a terminal delivers a burst of keys: no waiting in between.
        for key, char in [("j", "j"), ("j", "j"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        for _ in range(5):
            await pilot.pause()
        third = actor_list.get_option_at_index(2).id
        assert actor_list.highlighted == 2
        assert reader.selection.actor == third and reader.selection.mention is not None
        assert reader.analysis.actor(third).name in _status(app)
