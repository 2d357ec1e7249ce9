"""The jump overlay and the command palette provider, driven by a pilot."""

from __future__ import annotations

from collections.abc import Iterator

import dramatis.cache
import pytest
from dramatis.analysis import Actor, Analysis, Span
from dramatis.analyzer import Progress
from dramatis.document import Document, load_path
from dramatis.tui.app import DramatisApp
from dramatis.tui.jump import JumpScreen, JumpTarget
from dramatis.tui.palette import ActorCommands, highlight_name
from dramatis.tui.theme import KindColours, kind_style
from textual.app import App, ComposeResult
from textual.command import CommandList, CommandPalette
from textual.content import Content
from textual.widgets import Input, OptionList, Static

from tests.conftest import SEED


def make_analysis(forms_by_actor: dict[str, tuple[str, list[str]]], filler: str = "") -> Analysis:
    """An Analysis written by hand: each form becomes one sentence mentioning it."""
    text = ""
    actors = []
    for i, (name, (kind, forms)) in enumerate(forms_by_actor.items(), 1):
        spans = []
        for form in forms:
            text += f"Later {filler}"
            spans.append(Span(len(text), len(text) + len(form), form))
            text += form + " said something.\n"
        actors.append(
            Actor(f"A{i}", name, kind, tuple(dict.fromkeys([name, *forms])), tuple(spans))
        )
    return Analysis("test", "test", text, "none", tuple(actors))


WORLD = make_analysis(
    {
        "Recep Tayyip Erdoğan": (
            "person",
            ["Recep Tayyip Erdoğan", "Erdoğan", "Erdoğan", "Erdoğan"],
        ),
        "Benjamin Netanyahu": ("person", ["Benjamin Netanyahu", "Netanyahu"]),
        "The Wall Street Journal": ("organization", ["The Wall Street Journal", "the Journal"]),
        "Ilham Aliyev": ("person", ["Ilham Aliyev"]),
        "[bold]Acme[/bold] Corp": ("organization", ["[bold]Acme[/bold] Corp"]),
        "Russian government": (
            "organization",
            ["the Russian government", "the Kremlin", "the Russian government"],
        ),
    }
)


class JumpApp(KindColours, App):
    """A stand-in for the reader: opens the overlay and records where it said to go."""

    def __init__(self, analysis: Analysis | None, text: str, reading_offset: int = 0) -> None:
        super().__init__()
        self.analysis = analysis
        self.text = text
        self.reading_offset = reading_offset
        self.results: list[JumpTarget | None] = []

    def compose(self) -> ComposeResult:
        yield Static("article")

    def on_mount(self) -> None:
        self.push_screen(
            JumpScreen(self.text, self.analysis, self.reading_offset), self.results.append
        )


def screen_of(app: App) -> JumpScreen:
    assert isinstance(app.screen, JumpScreen)
    return app.screen


def option_texts(app: App) -> list[str]:
    results = app.screen.query_one("#jump-results", OptionList)
    return [str(option.prompt) for option in results.options]


async def type_and_enter(query: str, analysis: Analysis | None = WORLD, offset: int = 0):
    app = JumpApp(analysis, WORLD.text, offset)
    async with app.run_test() as pilot:
        await pilot.press(*query)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, JumpScreen)
    return app.results[0]


async def test_misspelt_name_jumps_to_first_mention():
    target = await type_and_enter("netanyhu")
    netanyahu = WORLD.actors[1]
    assert target == JumpTarget("A2", netanyahu.mentions[0].start, netanyahu.mentions[0].end)
    assert WORLD.text[target.start : target.end] == "Benjamin Netanyahu"


async def test_missing_diacritics_and_reading_position():
    erdogan = WORLD.actors[0]
    # Reading past the second mention: enter goes to the third, the next one below.
    offset = erdogan.mentions[1].end
    target = await type_and_enter("erdogan", offset=offset)
    assert target == JumpTarget("A1", erdogan.mentions[2].start, erdogan.mentions[2].end)
    # Past the last mention: wraps round to the first.
    target = await type_and_enter("erdogan", offset=len(WORLD.text))
    assert target.start == erdogan.mentions[0].start


async def test_acronym_query():
    target = await type_and_enter("wsj")
    assert target is not None and target.actor_id == "A3"


async def test_enter_prefers_a_mention_written_as_the_matched_alias():
    kremlin = WORLD.actors[5].mentions[1]
    assert kremlin.text == "the Kremlin"
    target = await type_and_enter("kremlin")
    assert target == JumpTarget("A6", kremlin.start, kremlin.end)
    # Matching the canonical name: simply the next mention.
    first = WORLD.actors[5].mentions[0]
    assert await type_and_enter("russian") == JumpTarget("A6", first.start, first.end)


async def test_rows_update_on_every_keystroke_and_show_snippets():
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        screen = screen_of(app)
        # Empty query: every actor, most mentioned first, the first one expanded.
        assert screen.matches[0].actor.name == "Recep Tayyip Erdoğan"
        for key in "aliev":
            await pilot.press(key)
            assert screen.matches[0].actor.name == "Ilham Aliyev", key
        assert [m.actor.name for m in screen.matches] == ["Ilham Aliyev"]
        texts = option_texts(app)
        assert texts[0].startswith("● Ilham Aliyev")
        assert "person · 1 mention" in texts[0]
        # The bullet has the person colour, as in the article.
        first = app.screen.query_one("#jump-results", OptionList).options[0].prompt
        assert isinstance(first, Content)
        assert any(span.style == kind_style("person") and span.end == 2 for span in first.spans)
        # The mention snippet under the actor: words around it, on one line.
        assert "Later Ilham Aliyev said something" in texts[1]
        assert "\n" not in texts[1]
        # Typing on narrows to nothing: the text search takes over.
        await pilot.press(*"zzz")
        assert screen.matches == []


async def test_matched_alias_is_shown_when_it_is_not_the_name():
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"journal")
        first = option_texts(app)[0]
        assert first.startswith("● The Wall Street Journal")


async def test_down_walks_mentions_then_next_actor():
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        screen = screen_of(app)
        erdogan = WORLD.actors[0]
        # Empty query lists all actors; Erdoğan (4 mentions) is first and expanded.
        assert screen.chosen == JumpTarget("A1", erdogan.mentions[0].start, erdogan.mentions[0].end)
        await pilot.press("down", "down")
        assert screen.chosen == JumpTarget("A1", erdogan.mentions[1].start, erdogan.mentions[1].end)
        for _ in range(3):
            await pilot.press("down")
        # Past Erdoğan's 4 mentions: the next actor, now expanded; Erdoğan collapsed.
        second = screen.matches[1].actor
        assert screen.expanded is second
        assert screen.chosen is not None and screen.chosen.actor_id == second.id
        assert sum(1 for row in screen.rows if row.kind == "mention") == len(second.mentions)
        await pilot.press("up")
        assert screen.expanded is erdogan
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == [JumpTarget("A1", erdogan.mentions[0].start, erdogan.mentions[0].end)]


async def test_escape_dismisses_with_none():
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"netan")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JumpScreen)
    assert app.results == [None]


async def test_no_actor_match_offers_text_search():
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"something")
        screen = screen_of(app)
        assert screen.matches == []
        assert "No actor matches" in str(screen.query_one("#jump-hint", Static).render())
        assert any(text.startswith("Text matches for") for text in option_texts(app))
        await pilot.press("enter")
        await pilot.pause()
    target = app.results[0]
    assert target is not None and target.actor_id is None
    assert WORLD.text[target.start : target.end] == "something"


async def test_text_search_of_a_long_text_runs_off_the_keystroke(monkeypatch):
    monkeypatch.setattr(JumpScreen, "SYNC_TEXT_LIMIT", 0)
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"something")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = screen_of(app)
        assert not screen.text_pending
        assert screen.text_hits and screen.chosen is not None
        await pilot.press("enter")
        await pilot.pause()
    target = app.results[0]
    assert target is not None and WORLD.text[target.start : target.end] == "something"


async def test_while_analysing_the_text_search_still_works():
    target = await type_and_enter("aliyev", analysis=None)
    assert target is not None and target.actor_id is None
    assert WORLD.text[target.start : target.end] == "Aliyev"


async def test_analysis_arriving_while_open_brings_in_the_actors():
    app = JumpApp(None, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"alie")
        screen = screen_of(app)
        assert screen.matches == []
        app.analysis = WORLD  # the reader's analysis finished
        await pilot.press("v")
        assert screen.analysis is WORLD
        assert [m.actor.name for m in screen.matches] == ["Ilham Aliyev"]
        assert option_texts(app)[0].startswith("● Ilham Aliyev")
        await pilot.press("enter")
        await pilot.pause()
    aliyev = WORLD.actors[3].mentions[0]
    assert app.results == [JumpTarget("A4", aliyev.start, aliyev.end)]


async def test_analysis_poll_refreshes_the_list_without_a_keystroke():
    app = JumpApp(None, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"aliev")
        screen = screen_of(app)
        assert screen.matches == []
        app.analysis = WORLD
        screen._poll_analysis()  # what the timer calls
        await pilot.pause()
        assert [m.actor.name for m in screen.matches] == ["Ilham Aliyev"]
        assert screen.query_one(Input).value == "aliev"


async def test_an_analysis_of_another_text_is_never_taken_up():
    app = JumpApp(None, "Something else entirely, about Aliyev.")
    async with app.run_test() as pilot:
        app.analysis = WORLD
        await pilot.press(*"aliev")
        screen = screen_of(app)
        assert screen.analysis is None and screen.matches == []
        assert screen.chosen is not None and screen.chosen.actor_id is None


async def test_enter_with_nothing_to_choose_keeps_the_overlay_open():
    app = JumpApp(None, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"qqqq", "enter")
        await pilot.pause()
        assert isinstance(app.screen, JumpScreen)
        assert app.results == []


async def test_markup_in_names_and_text_is_shown_literally():
    app = JumpApp(WORLD, WORLD.text)
    async with app.run_test() as pilot:
        await pilot.press(*"acme")
        texts = option_texts(app)
        assert texts[0].startswith("● [bold]Acme[/bold] Corp")
        assert "[bold]Acme[/bold] Corp said" in texts[1]
        # And it renders without a markup error.
        await pilot.pause()
        assert app.screen.query_one(Input).value == "acme"


class PaletteApp(KindColours, App):
    """A stand-in for the reader with the actor commands in its palette."""

    COMMANDS = App.COMMANDS | {ActorCommands}

    def __init__(self, analysis: Analysis | None, reading_offset: int = 0) -> None:
        super().__init__()
        self.analysis = analysis
        self.reading_offset = reading_offset
        self.jumps: list[JumpTarget] = []

    def compose(self) -> ComposeResult:
        yield Static("article")

    def jump_to(self, target: JumpTarget) -> None:
        self.jumps.append(target)


async def palette_prompts(app: App, pilot) -> list[str]:
    await app.workers.wait_for_complete()
    await pilot.pause()
    commands = app.screen.query_one(CommandList)
    return [str(option.prompt) for option in commands.options]


async def test_palette_finds_misspelt_actor_and_jumps():
    erdogan = WORLD.actors[0]
    app = PaletteApp(WORLD, reading_offset=erdogan.mentions[0].end)
    async with app.run_test() as pilot:
        app.action_command_palette()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"erdgan")
        prompts = await palette_prompts(app, pilot)
        assert prompts and prompts[0].startswith("● Recep Tayyip Erdoğan")
        assert "person · 4 mentions" in prompts[0]
        await pilot.press("down", "enter")
        await pilot.pause()
    # The next mention after the reading position.
    assert app.jumps == [JumpTarget("A1", erdogan.mentions[1].start, erdogan.mentions[1].end)]


async def test_palette_shows_brackets_in_names_literally():
    acme = WORLD.actors[4]
    tricky = Analysis(
        "t",
        "t",
        WORLD.text,
        "none",
        (
            acme,
            Actor(
                "B1", "Foo [/] Bar", "other", ("Foo [/] Bar", "[link=x]Foo[/link]"), acme.mentions
            ),
        ),
    )
    app = PaletteApp(tricky)
    async with app.run_test() as pilot:
        app.action_command_palette()
        await pilot.pause()
        await pilot.press(*"acme")
        prompts = await palette_prompts(app, pilot)
        assert prompts[0].startswith("● [bold]Acme[/bold] Corp")
        await pilot.press(*["backspace"] * 4, *"foo")
        prompts = await palette_prompts(app, pilot)
        assert prompts[0].startswith("● Foo [/] Bar")
        # The help line is markup for the palette, so it was escaped on the way in.
        provider = ActorCommands(app.screen)
        hits = [hit async for hit in provider.search("link")]
        assert hits and Content.from_markup(hits[0].help).plain.endswith("as “[link=x]Foo[/link]”")
        await pilot.press("enter")
        await pilot.pause()
    assert app.jumps and app.jumps[0].actor_id == "B1"


async def test_palette_builds_a_new_index_off_the_ui_thread(monkeypatch):
    import threading

    import dramatis.tui.palette

    built_on: list[str] = []
    real_prepare = dramatis.tui.palette.prepare_index

    def recording_prepare(analysis):
        built_on.append(threading.current_thread().name)
        return real_prepare(analysis)

    monkeypatch.setattr(dramatis.tui.palette, "prepare_index", recording_prepare)
    fresh = Analysis(WORLD.source, WORLD.title, WORLD.text, WORLD.model, WORLD.actors)
    app = PaletteApp(fresh)
    async with app.run_test() as pilot:
        provider = ActorCommands(app.screen)
        hits = [hit async for hit in provider.search("erdgan")]
        assert hits and hits[0].text == "Recep Tayyip Erdoğan"
        # Built once, in a worker thread; the next search reuses it.
        assert len(built_on) == 1 and built_on[0] != threading.main_thread().name
        assert [hit async for hit in provider.search("erdgan")]
        assert len(built_on) == 1
        await pilot.pause()


def test_highlight_name_marks_the_typed_word_starts():
    content = highlight_name("Recep Tayyip Erdoğan", "erdo tay")
    marked = sorted(
        content.plain[span.start : span.end]
        for span in content.spans
        if span.style == "bold underline"
    )
    assert marked == ["Erdo", "Tay"]


# ----- through the real reader ---------------------------------------------------

READER_SIZE = (120, 24)


def seed_actor_analysis(document: Document) -> Analysis:
    """A hand-made analysis of the seed: the actors the jump tests look for."""
    text = document.text

    def every(phrase: str) -> tuple[Span, ...]:
        spans, start = [], text.find(phrase)
        while start >= 0:
            spans.append(Span(start, start + len(phrase), phrase))
            start = text.find(phrase, start + 1)
        assert spans, phrase
        return tuple(spans)

    people = [
        ("Benjamin Netanyahu", "person", "Benjamin Netanyahu"),
        ("Ilham Aliyev", "person", "Ilham Aliyev"),
        ("Sayyed Ali Khamenei", "person", "Sayyed Ali Khamenei"),
        ("The Wall Street Journal", "organization", "Wall Street Journal"),
        ("Responsible Statecraft", "organization", "Responsible Statecraft"),
        ("Azerbaijan", "place", "Azerbaijan"),
    ]
    actors = tuple(
        Actor(f"A{i}", name, kind, (name,), every(phrase))
        for i, (name, kind, phrase) in enumerate(people, 1)
    )
    return Analysis(document.source, document.title, text, "fixed-test-model", actors)


@pytest.fixture
def seed_stream(monkeypatch):
    def stream(document: Document, **kwargs) -> Iterator[Progress]:
        yield Progress(0, 10, None)
        yield Progress(10, 10, seed_actor_analysis(document), finished=True, elapsed=0.1)

    monkeypatch.setattr(dramatis.cache, "stream", stream)


async def ready_reader(app: DramatisApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def status(app: DramatisApp) -> str:
    return app.reader.status.plain


def says(app: DramatisApp, *parts: str) -> bool:
    """The status message holds every part (its wording is the reader's)."""
    message = app.reader.status.message
    return all(part in message for part in parts)


def on_screen(app: DramatisApp, offset: int) -> bool:
    article = app.reader.article
    line = article.index.line_of(offset)
    return article.top_line <= line < article.top_line + article.scrollable_content_region.height


async def jump(pilot, query: str) -> None:
    await pilot.press("slash")
    assert isinstance(pilot.app.screen, JumpScreen)
    await pilot.press(*query)
    await pilot.press("enter")
    await pilot.pause()
    assert not isinstance(pilot.app.screen, JumpScreen)


@pytest.mark.parametrize(
    ("query", "name", "phrase"),
    [
        ("netanyhu", "Benjamin Netanyahu", "Benjamin Netanyahu"),
        ("aliev", "Ilham Aliyev", "Ilham Aliyev"),
        ("khamenei", "Sayyed Ali Khamenei", "Sayyed Ali Khamenei"),
        ("wsj", "The Wall Street Journal", "Wall Street Journal"),
        ("statecraft", "Responsible Statecraft", "Responsible Statecraft"),
    ],
)
async def test_reader_jumps_to_first_mention_and_says_which(seed_stream, query, name, phrase):
    document = load_path(SEED)
    app = DramatisApp([document])
    async with app.run_test(size=READER_SIZE) as pilot:
        await ready_reader(app, pilot)
        await jump(pilot, query)
        actor = next(a for a in app.analysis.actors if a.name == name)
        first = actor.mentions[0]
        assert document.text[first.start : first.end] == phrase
        assert app.reader.article.current_span == (first.start, first.end)
        assert app.reader.article.focused_actor == actor.id
        assert on_screen(app, first.start)
        assert says(app, f"mention 1 of {len(actor.mentions)}", name)


async def test_reader_jump_goes_to_next_mention_below_the_reading_position(seed_stream):
    document = load_path(SEED)
    app = DramatisApp([document])
    async with app.run_test(size=READER_SIZE) as pilot:
        await ready_reader(app, pilot)
        statecraft = next(a for a in app.analysis.actors if a.name == "Responsible Statecraft")
        assert len(statecraft.mentions) >= 3
        second, third = statecraft.mentions[1], statecraft.mentions[2]
        app.reader.article.restore(third.start)
        await pilot.pause()
        assert second.end <= app.reading_offset <= third.start
        await jump(pilot, "statecrft")  # a letter missing
        assert app.reader.article.current_span == (third.start, third.end)
        assert says(app, f"mention 3 of {len(statecraft.mentions)}", "Responsible Statecraft")
        # n and N then cycle through the same actor's mentions.
        await pilot.press("n")
        fourth = statecraft.mentions[3] if len(statecraft.mentions) > 3 else statecraft.mentions[0]
        assert app.reader.article.current_span == (fourth.start, fourth.end)


async def test_reader_escape_leaves_the_view_where_it_was(seed_stream):
    document = load_path(SEED)
    app = DramatisApp([document])
    async with app.run_test(size=READER_SIZE) as pilot:
        await ready_reader(app, pilot)
        await pilot.press("space")
        await pilot.pause()
        before = (app.reader.article.scroll_y, status(app))
        await pilot.press("slash", *"netanyahu", "down", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, JumpScreen)
        assert (app.reader.article.scroll_y, status(app)) == before
        assert app.reader.article.current_span is None


async def test_reader_text_search_when_no_actor_matches(seed_stream):
    document = load_path(SEED)
    app = DramatisApp([document])
    async with app.run_test(size=READER_SIZE) as pilot:
        await ready_reader(app, pilot)
        await jump(pilot, "normalisation")  # the text writes "normalization"
        start, end = app.reader.article.current_span
        assert document.text[start:end] == "normalization"
        assert "text match" in status(app)
        assert on_screen(app, start)


async def test_reader_real_pipeline_jump(nlp):
    # The real analysis of the seed, by the pipeline the session fixture loaded once.
    document = load_path(SEED)
    app = DramatisApp([document])
    async with app.run_test(size=READER_SIZE) as pilot:
        await ready_reader(app, pilot)
        assert app.analysis is not None and app.analysis.actors
        await jump(pilot, "netanyhu")
        start, end = app.reader.article.current_span
        assert "Netanyahu" in document.text[start:end]
        assert says(app, "mention 1 of", "Netanyahu")
        assert on_screen(app, start)


# --- a book-sized analysis ----------------------------------------------------------


def book_sized_analysis(actors: int = 2000, mentions: int = 15) -> Analysis:
    """About 3 MB of text and ``actors`` actors of ``mentions`` mentions each, except
    that the first ten are mentioned more (A1 most), so the ranking is known."""
    filler = "and the long road went on through the snow past the village " * 1
    names = [f"Actor{i:04d} Surname{i:04d}" for i in range(1, actors + 1)]
    counts = [mentions + (10 - i) * 3 if i < 10 else mentions for i in range(actors)]
    parts: list[str] = []
    length = 0
    spans: list[list[Span]] = [[] for _ in names]
    for round_ in range(max(counts)):
        for position, name in enumerate(names):
            if round_ >= counts[position]:
                continue
            form = name if round_ % 2 == 0 else name.split()[1]
            sentence = f"Then {filler}{form} said something. "
            start = length + len(f"Then {filler}")
            spans[position].append(Span(start, start + len(form), form))
            parts.append(sentence)
            length += len(sentence)
    text = "".join(parts)
    return Analysis(
        "book",
        "book",
        text,
        "none",
        tuple(
            Actor(f"A{i}", name, "person", (name, name.split()[1]), tuple(found))
            for i, (name, found) in enumerate(zip(names, spans, strict=True), 1)
        ),
    )


@pytest.fixture(scope="module")
def book_analysis() -> Analysis:
    return book_sized_analysis()


async def test_book_sized_analysis_lists_its_top_actors_and_builds_few_rows(
    book_analysis, monkeypatch
):
    """On a book the overlay builds a bounded list: the top-ranked actors, and
    snippets only for the highlighted one; the actor index is built off the UI thread."""
    import threading

    import dramatis.tui.jump

    assert len(book_analysis.text) > 2_500_000
    index_threads: list[str] = []
    real_index_for = dramatis.tui.jump.index_for

    def recording_index_for(analysis: Analysis):
        index_threads.append(threading.current_thread().name)
        return real_index_for(analysis)

    snippets = 0
    real_snippet = dramatis.tui.jump.context_snippet

    def counting_snippet(*args, **kwargs):
        nonlocal snippets
        snippets += 1
        return real_snippet(*args, **kwargs)

    monkeypatch.setattr(dramatis.tui.jump, "index_for", recording_index_for)
    monkeypatch.setattr(dramatis.tui.jump, "context_snippet", counting_snippet)
    app = JumpApp(book_analysis, book_analysis.text)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = screen_of(app)
        assert index_threads and threading.main_thread().name not in index_threads
        actor_rows = [row.actor.id for row in screen.rows if row.kind == "actor"]
        assert actor_rows[:5] == ["A1", "A2", "A3", "A4", "A5"]
        assert len(actor_rows) == dramatis.tui.jump.MAX_ACTORS
        mention_rows = [row for row in screen.rows if row.kind == "mention"]
        assert {row.actor.id for row in mention_rows} == {"A1"}
        assert len(mention_rows) == dramatis.tui.jump.MAX_MENTIONS
        assert snippets == dramatis.tui.jump.MAX_MENTIONS
        assert len(option_texts(app)) == len(screen.rows)
        assert option_texts(app)[0].startswith("● Actor0001 Surname0001")

        # A query ranks among all 2,000 actors but still builds a short list.
        await pilot.press(*"surname199")
        snippets = 0
        await pilot.press("9")  # one keystroke: snippets for one actor at most
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.rows[0].actor.name == "Actor1999 Surname1999"
        assert len(screen.rows) <= dramatis.tui.jump.MAX_ACTORS + dramatis.tui.jump.MAX_MENTIONS
        assert snippets <= dramatis.tui.jump.MAX_MENTIONS
        await pilot.press("enter")
        await pilot.pause()
    target = app.results[0]
    assert target is not None and target.actor_id == "A1999"
    assert book_analysis.text[target.start : target.end] in ("Actor1999 Surname1999", "Surname1999")
    assert len(index_threads) == 1  # built once, reused by every keystroke


async def test_overlay_shows_the_previous_index_while_a_newer_one_is_built(book_analysis):
    """A partial analysis replaced by the next one: the overlay opens on the previous
    index (same text) at once, then takes up the new one when it is built."""
    import dataclasses

    from dramatis.tui.jump import prepare_index, ready_index

    older_index = prepare_index(book_analysis)
    newer = dataclasses.replace(book_analysis, actors=book_analysis.actors[::-1])
    assert ready_index(newer) is None
    app = JumpApp(newer, newer.text)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        # Before the newer index exists, the older one already fills the list.
        assert screen.rows and screen.rows[0].kind == "actor"
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.index is ready_index(newer)
        assert screen.index is not older_index
        assert screen.rows[0].actor is newer.actor("A1")


async def test_reader_builds_the_actor_index_when_the_analysis_is_final(seed_stream):
    from dramatis.tui.jump import ready_index

    app = DramatisApp([load_path(SEED)])
    async with app.run_test() as pilot:
        await ready_reader(app, pilot)
        assert app.analysis is not None
        assert ready_index(app.analysis) is not None
