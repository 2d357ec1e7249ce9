"""The mention map beside the scrollbar, and the sparkline in the actor detail."""

from __future__ import annotations

from dramatis.document import from_text
from dramatis.tui.app import DramatisApp
from dramatis.tui.article import WrapIndex
from dramatis.tui.mention_map import CLAIM, MENTION, rows_of
from dramatis.tui.panel import BARS

from tests.test_app import _ready, _status

SIZE = (120, 40)


def _expected_row(article, offset: int, height: int) -> int:
    index = article.index
    return article.index.line_of(offset) * height // len(index) if index.complete else -1


async def test_the_map_marks_the_focused_actors_mentions_and_claims(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        strip = reader.mention_map
        assert strip.size.width == 1 and strip.size.height == reader.article.size.height
        assert not any(strip._codes)  # nothing focused, nothing marked
        reader.choose_actor("A3")
        await pilot.pause()
        height = strip.size.height
        actor = reader.analysis.actor("A3")
        assert reader.article.index.complete
        mention_rows = {_expected_row(reader.article, m.start, height) for m in actor.mentions}
        claim_rows = {
            _expected_row(reader.article, c.start, height) for c in reader.analysis.claims_by("A3")
        }
        codes = strip._codes
        assert {y for y, c in enumerate(codes) if c & MENTION} == mention_rows
        assert {y for y, c in enumerate(codes) if c & CLAIM} == claim_rows
        # The claim mark is another glyph, not only another colour.
        glyphs = {strip.render_line(y).text for y in range(height)}
        assert {"━", "◆", " "} <= glyphs
        # Another actor, other marks.
        reader.choose_actor("A1")
        await pilot.pause()
        iran = reader.analysis.actor("A1")
        assert {y for y, c in enumerate(strip._codes) if c & MENTION} == {
            _expected_row(reader.article, m.start, height) for m in iran.mentions
        }
        assert not any(c & CLAIM for c in strip._codes)  # Iran makes no claims here


async def test_clicking_the_map_goes_to_the_nearest_mention_there(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        await pilot.click(reader.mention_map, offset=(0, 5))
        assert "no actor selected" in _status(app)
        reader.choose_actor("A1")
        await pilot.pause()
        iran = reader.analysis.actor("A1")
        height = reader.mention_map.size.height
        last = iran.mentions[-1]
        row = _expected_row(reader.article, last.start, height)
        await pilot.click(reader.mention_map, offset=(0, row))
        assert reader.selection.mention == (last.start, last.end)
        assert f"mention {len(iran.mentions)} of {len(iran.mentions)}" in _status(app)
        assert reader.article.is_visible(last.start)


async def test_m_moves_to_the_map_and_enter_goes_to_the_mention_under_the_cursor(
    fixed_stream, seed_doc
):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        strip = reader.mention_map
        await pilot.press("m")
        assert app.focused is strip and "no actor selected" in _status(app)
        await pilot.press("escape")
        assert app.focused is reader.article
        reader.choose_actor("A1")
        await pilot.press("m")
        assert app.focused is strip and strip.cursor == 0
        await pilot.press("G")
        assert strip.cursor == strip.size.height - 1
        iran = reader.analysis.actor("A1")
        # The status says where the cursor is and which mention enter would go to.
        assert f"enter: mention {len(iran.mentions)} of {len(iran.mentions)}" in _status(app)
        await pilot.press("enter")
        last = iran.mentions[-1]
        assert reader.selection.mention == (last.start, last.end)
        await pilot.press("g", "j", "j")
        assert strip.cursor == 2
        assert next(iter(strip.render_line(2))).style.reverse
        await pilot.press("m")
        assert app.focused is reader.article


async def test_the_map_is_recomputed_on_resize(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        reader.choose_actor("A1")
        await pilot.pause()
        before = list(reader.mention_map._codes)
        await pilot.resize_terminal(80, 24)
        await _ready(app, pilot)
        strip = reader.mention_map
        assert len(strip._codes) == strip.size.height == reader.article.size.height < len(before)
        height = strip.size.height
        iran = reader.analysis.actor("A1")
        assert {y for y, c in enumerate(strip._codes) if c & MENTION} == {
            _expected_row(reader.article, m.start, height) for m in iran.mentions
        }


def test_rows_of_uses_the_wrap_index_once_complete_and_the_text_share_before():
    text = "T\n\n" + "\n\n".join(("word " * (1 if i % 2 else 60)).strip() for i in range(40))
    doc = from_text(text, "t.txt")
    index = WrapIndex(doc, 20)
    offsets = sorted(p.start for p in doc.paragraphs)
    rows = rows_of(offsets, 10, len(doc.text), index)
    assert rows == {index.line_of(o) * 10 // len(index) for o in offsets}
    assert max(rows) <= 9
    lazy = WrapIndex(doc, 20, eager=False)
    assert rows_of([len(doc.text) - 1], 10, len(doc.text), lazy) == {9}
    assert rows_of([0], 0, len(doc.text), index) == set()


async def test_the_actor_detail_has_a_sparkline_of_its_mentions(fixed_stream, seed_doc):
    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        reader = app.reader
        reader.choose_actor("A1")
        await pilot.pause()
        lines = str(reader.panel.query_one("#detail").render()).splitlines()
        spark = lines[2]
        assert set(spark) <= set(BARS) | {"▁"} and len(spark) > 10
        # Each bar is a stretch with mentions: never more than the mentions, at least one.
        iran = reader.analysis.actor("A1")
        bars = sum(ch in BARS for ch in spark)
        assert 1 <= bars <= len(iran.mentions)
        # The fullest stretch has the full bar; the first mention's stretch has a bar.
        assert "█" in spark
        first = iran.mentions[0].start * len(spark) // len(reader.analysis.text)
        assert spark[first] in BARS


async def test_the_help_explains_the_map_marks(fixed_stream, seed_doc):
    from dramatis.tui.help import HelpScreen

    app = DramatisApp([seed_doc])
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "━ a mention" in text and "◆ a claim" in text
        assert "On the mention map (m)" in text and "click" in text
