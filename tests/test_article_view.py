"""The article pane: wrapping, offsets, highlight lookup and literal text."""

from __future__ import annotations

import dataclasses

import pytest
from dramatis.analysis import Actor, Analysis, Claim, Source, Span
from dramatis.document import from_text, load_path
from dramatis.tui.app import DramatisApp
from dramatis.tui.article import ArticleView, WrapIndex, wrap_cells, wrap_narrow
from dramatis.tui.selection import Selection
from dramatis.tui.theme import KindColours
from rich.cells import cell_len
from rich.text import Text
from textual.app import App, ComposeResult

from tests.conftest import CORPUS, SEED

TEXT = "Title line\n\nAlpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.\n\n-\n\nShort end."


@pytest.mark.parametrize("width", [5, 8, 13, 20, 40])
def test_wrap_narrow_keeps_every_word_within_width(width):
    text = "The quick brown fox jumps over the lazy dog and a supercalifragilistic word."
    lines = wrap_narrow(text, width)
    assert all(end - start <= width for start, end in lines)
    # Nothing but the spaces at the breaks is lost, in order.
    assert " ".join(text[s:e] for s, e in lines).split() == text.split() or width < 26
    assert "".join(text[s:e] for s, e in lines).replace(" ", "") == text.replace(" ", "")
    # Breaks fall between words whenever a word fits on a line.
    if width >= 26:
        assert all(e == len(text) or text[e] == " " for _, e in lines)


def test_wrap_cells_counts_wide_characters_as_two_cells():
    text = "東京 都庁 の 発表 によると、 会議 は 明日 開かれる 予定 です。"
    lines = wrap_cells(text, 10)
    assert all(cell_len(text[s:e]) <= 10 for s, e in lines)
    assert "".join(text[s:e] for s, e in lines).replace(" ", "") == text.replace(" ", "")


def test_wrap_index_maps_every_line_back_to_the_document():
    doc = from_text(TEXT, "t.txt")
    index = WrapIndex(doc, 20)
    for line in range(len(index)):
        par = index.paragraph[line]
        if par < 0:
            assert index.starts[line] == index.ends[line]
            continue
        p = doc.paragraphs[par]
        assert p.start <= index.starts[line] <= index.ends[line] <= p.end
        assert index.ends[line] - index.starts[line] <= 20
    # Blank lines between paragraphs, and starts never decrease (bisectable).
    assert index.starts == sorted(index.starts)
    assert index.paragraph.count(-1) == len(doc.paragraphs) - 1
    # An offset inside the long paragraph is found on the line that shows it.
    offset = TEXT.index("lambda")
    line = index.line_of(offset)
    assert index.starts[line] <= offset < index.ends[line]


def test_wrap_index_opens_a_long_text_quickly_enough_to_be_linear():
    # Not a timing test: a structural check that every paragraph is wrapped once.
    body = ("word " * 400 + "\n\n") * 300
    doc = from_text("A title\n\n" + body, "big.txt")
    index = WrapIndex(doc, 60)
    assert len(index.first_line) == len(doc.paragraphs)
    assert len(index) > 300 * (2000 // 60)


class ViewApp(KindColours, App[None]):
    CSS_PATH = DramatisApp.CSS_PATH

    def __init__(self, document, analysis=None) -> None:
        super().__init__()
        self.document = document
        self.analysis = analysis

    def compose(self) -> ComposeResult:
        yield ArticleView(self.document)

    def on_mount(self) -> None:
        if self.analysis is not None:
            self.query_one(ArticleView).set_analysis(self.analysis)


def _screen_text(app: App) -> str:
    return "\n".join(
        "".join(seg.text for seg in strip)
        for strip in app.screen._compositor.render_update(full=True).strips
    )


async def test_markup_in_the_article_is_shown_literally():
    raw = "A [bold]title[/bold]\n\nThe [i]flag[/] stays and [red]so does this[/red] and [/].\n"
    doc = from_text(raw, "markup.txt")
    app = ViewApp(doc)
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        lines = [str(view.render_line(y).text) for y in range(4)]
        assert "A [bold]title[/bold]" in lines[0]
        assert "The [i]flag[/] stays and [red]so does this[/red] and [/]." in lines[2]


async def test_corpus_article_with_brackets_is_shown_literally():
    doc = load_path(CORPUS / "001-trump-syria-withdrawal.txt")
    bracketed = next(p for p in doc.paragraphs if "[" in doc.paragraph_text(p))
    app = ViewApp(doc)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        view.restore(bracketed.start)
        await pilot.pause()
        shown = " ".join(str(view.render_line(y).text).strip() for y in range(10))
        words = doc.paragraph_text(bracketed).split()[:12]
        assert " ".join(words) in " ".join(shown.split())
        assert "[" in shown


def _analysis_for(doc, names):
    actors = []
    for i, (name, kind) in enumerate(names, 1):
        mentions = []
        start = doc.text.find(name)
        while start >= 0:
            mentions.append(Span(start, start + len(name), name))
            start = doc.text.find(name, start + 1)
        actors.append(Actor(f"A{i}", name, kind, (name,), tuple(mentions)))
    return Analysis(doc.source, doc.title, doc.text, "test", tuple(actors), ())


async def test_mentions_are_styled_by_kind_and_focus_and_claim_parts_are_distinct():
    doc = load_path(SEED)
    analysis = _analysis_for(doc, [("Iran", "place"), ("Responsible Statecraft", "organization")])
    app = ViewApp(doc, analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        line = view.index.line_of(doc.text.index("Iran"))
        start = view.index.starts[line]
        spans = view._spans(start, view.index.ends[line])
        iran = doc.text.index("Iran", start)
        place = view.get_component_rich_style("article--place", partial=True)
        assert any(
            s.start == iran - start and s.end == iran + 4 - start and s.style == place
            for s in spans
        )
        assert place.color is not None
        org = view.get_component_rich_style("article--organization", partial=True)
        assert org.color != place.color
        # Focusing an actor adds the focus style to its mentions only.
        view.selection = Selection("A1", (iran, iran + 4))
        focus = view.get_component_rich_style("article--focus", partial=True)
        current = view.get_component_rich_style("article--current", partial=True)
        styles = [s.style for s in view._spans(start, view.index.ends[line])]
        assert focus in styles and current in styles
        # A claim marks source, cue and content in three different styles.
        rs = doc.text.index("Responsible Statecraft")
        cue = doc.text.index("highlighted")
        claim = Claim(
            "C1",
            "indirect",
            Source(rs - 12, rs + 22, doc.text[rs - 12 : rs + 22], "A2"),
            Span(cue, cue + 11, "highlighted"),
            Span(cue + 12, cue + 40, doc.text[cue + 12 : cue + 40]),
        )
        view.set_analysis(dataclasses.replace(analysis, claims=(claim,)))
        view.selection = Selection("A1", (iran, iran + 4), "C1")
        spans = view._spans(rs - 12, cue + 40)
        names = {"claim-source", "claim-cue", "claim-content"}
        wanted = {view.get_component_rich_style(f"article--{n}", partial=True) for n in names}
        assert len(wanted) == 3
        assert wanted <= {s.style for s in spans}


async def test_mention_lookup_finds_a_mention_that_starts_on_the_previous_line():
    doc = from_text("T\n\n" + "x " * 30 + "Benjamin Netanyahu spoke.", "t.txt")
    analysis = _analysis_for(doc, [("Benjamin Netanyahu", "person")])
    app = ViewApp(doc, analysis)
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        start = doc.text.index("Netanyahu")
        # A line that begins in the middle of the mention still gets its colour.
        spans = view._spans(start, start + 20)
        assert spans and spans[0].start == 0 and spans[0].end == len("Netanyahu")
        assert view.mention_at(start + 2) == (
            "A1",
            start - len("Benjamin "),
            start + len("Netanyahu"),
        )
        assert view.mention_at(start + 30) is None


def test_incremental_wrap_gives_the_same_lines_as_a_full_wrap():
    body = "\n\n".join(f"Paragraph {i} " + "word " * (i % 37 + 5) for i in range(400))
    doc = from_text("A title\n\n" + body, "inc.txt")
    full = WrapIndex(doc, 30)
    lazy = WrapIndex(doc, 30, eager=False)
    assert len(lazy) == 0 and not lazy.complete
    # An offset deep in the text is reachable before the rest is wrapped.
    offset = doc.text.index("Paragraph 200 ")
    line = lazy.line_of(offset)
    assert not lazy.complete
    assert lazy.starts[line] <= offset < lazy.ends[line]
    assert lazy.estimated_lines() > len(lazy)
    lazy.ensure(len(lazy) + 10)
    while not lazy.complete:
        lazy.extend(7)
    assert (lazy.starts, lazy.ends, lazy.paragraph) == (full.starts, full.ends, full.paragraph)
    assert lazy.estimated_lines() == len(full)


async def test_a_long_document_opens_at_the_top_and_G_reaches_its_true_end():
    body = "\n\n".join(f"Paragraph {i} " + "word " * 60 for i in range(6000))
    doc = from_text("A long title\n\n" + body, "long.txt")
    app = ViewApp(doc)
    async with app.run_test(size=(80, 20)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert view.visible_lines()[0] == "A long title"
        view.action_bottom()
        await pilot.pause()
        assert view.index.complete
        assert view.scroll_y == view.max_scroll_y == len(view.index) - view.size.height
        assert view.visible_lines()[-1].startswith("word")


async def test_quotes_lists_headings_and_separators_are_drawn_as_such():
    from dramatis.document import Document, Paragraph

    text = "Title\nA heading\nQuoted words here.\nfirst item\n- dashed item\n***\nBody."
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    kinds = ["title", "heading", "quote", "list", "list", "separator", "body"]
    paragraphs = tuple(Paragraph(s, e, k) for (s, e), k in zip(spans, kinds, strict=True))
    doc = Document("kinds.md", "Title", text, paragraphs)
    app = ViewApp(doc)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        rows = [view.render_line(y).text.rstrip() for y in range(12)]
        # List items follow each other without a blank line.
        first_item = next(i for i, r in enumerate(rows) if "first item" in r)
        assert "dashed item" in rows[first_item + 1]
        body = [r.strip() for r in rows if r.strip()]
        assert body[0] == "Title" and body[1] == "A heading"
        assert body[2] == "│ Quoted words here."
        assert body[3] == "• first item"
        assert body[4] == "- dashed item"  # the text's own marker, no second bullet
        assert set(body[5]) == {"─"}  # a short rule, centred
        assert body[6] == "Body."
        heading = view.get_component_rich_style("article--heading", partial=True)
        assert heading.bold


async def test_a_nested_mention_is_drawn_in_its_own_colour_underlined_inside_the_longer_one():
    doc = from_text("T\n\nShe studied at the University of Minnesota in 1990.", "t.txt")
    outer = doc.text.index("University")
    inner = doc.text.index("Minnesota")
    analysis = Analysis(
        doc.source,
        doc.title,
        doc.text,
        "test",
        (
            Actor(
                "A1", "Minnesota", "place", ("Minnesota",), (Span(inner, inner + 9, "Minnesota"),)
            ),
            Actor(
                "A2",
                "University of Minnesota",
                "organization",
                ("University of Minnesota",),
                (Span(outer, inner + 9, doc.text[outer : inner + 9]),),
            ),
        ),
        (),
    )
    app = ViewApp(doc, analysis)
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        line = view.index.line_of(outer)
        start, end = view.index.starts[line], view.index.ends[line]
        place = view.get_component_rich_style("article--place", partial=True)
        org = view.get_component_rich_style("article--organization", partial=True)
        nested = view.get_component_rich_style("article--nested", partial=True)
        assert nested.underline
        spans = view._spans(start, end)
        # The longer name in its colour first, the nested one over it, in its own.
        assert (spans[0].start, spans[0].end, spans[0].style) == (
            outer - start,
            inner + 9 - start,
            org,
        )
        assert (spans[1].start, spans[1].end, spans[1].style) == (
            inner - start,
            inner + 9 - start,
            place + nested,
        )
        rendered = Text(doc.text[start:end], spans=spans).render(app.console)
        colours = {seg.text: seg.style for seg in rendered if seg.text.strip()}
        assert colours["Minnesota"].color == place.color and colours["Minnesota"].underline
        assert colours["University of "].color == org.color
        assert not colours["University of "].underline
        # A click on the nested name is a click on it; elsewhere, on the longer name.
        assert view.mention_at(inner + 3) == ("A1", inner, inner + 9)
        assert view.mention_at(outer + 3) == ("A2", outer, inner + 9)
        # Focusing the university underlines the whole of it, the nested name too.
        view.selection = Selection("A2", None)
        focus = view.get_component_rich_style("article--focus", partial=True)
        spans = view._spans(start, end)
        assert (outer - start, inner + 9 - start, focus) in [
            (s.start, s.end, s.style) for s in spans
        ]


async def test_clicking_a_nested_name_focuses_its_actor_and_counts_its_mentions(nlp, tmp_path):
    path = tmp_path / "nested.txt"
    path.write_text(
        "Minnesota budget\n\nThe University of Minnesota raised fees. Minnesota lawmakers "
        "objected, and the University of Minnesota said it had no choice.\n",
        encoding="utf-8",
    )
    app = DramatisApp([load_path(path)], use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader = app.reader
        analysis = reader.analysis
        assert analysis is not None
        minnesota = next(a for a in analysis.actors if a.name == "Minnesota")
        university = next(a for a in analysis.actors if a.name == "University of Minnesota")
        # In the title, in each mention of the university, and on its own.
        assert len(minnesota.mentions) == 4 and len(university.mentions) == 2
        inner = minnesota.mentions[1]
        assert university.mentions[0].start < inner.start < university.mentions[0].end
        view = reader.article
        view.post_message(ArticleView.MentionClicked(*view.mention_at(inner.start + 1)))
        await pilot.pause()
        assert reader.selection.actor == minnesota.id
        assert reader.selection.mention == (inner.start, inner.end)
        assert "mention 2 of 4" in reader.status.plain
        # n steps on to the next mention of Minnesota: the one named on its own.
        await pilot.press("n")
        await pilot.pause()
        second = minnesota.mentions[2]
        assert reader.selection.mention == (second.start, second.end)
        assert "mention 3 of 4" in reader.status.plain
