"""Actors across the library, driven with Textual's Pilot: every key of the library's
actor screen and jump, the background analysis, and opening an article on an actor.

The analyses are hand-made (a fake ``dramatis.cache.stream``), so that the tests are
fast and say exactly which actor is where; ``test_real_folder_end_to_end`` runs the
real analysis on three short articles.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import dramatis.cache
import pytest
from dramatis.analysis import Actor, Analysis, Claim, Source, Span
from dramatis.analyzer import Progress
from dramatis.document import Document, from_text
from dramatis.tui.app import DramatisApp, ReaderScreen
from dramatis.tui.folder import FolderAnalysis, FolderChoice
from dramatis.tui.folder_actors import FolderActorsScreen
from dramatis.tui.folder_jump import FolderJumpScreen
from dramatis.tui.library import LibraryScreen
from textual.app import App

SIZE = (120, 40)

TEXTS = {
    "a.txt": "Turkey and the Kurds\n\nRecep Tayyip Erdogan said Turkey would press on. "
    "Turkey has warned the Kurds before, and Erdogan repeated it.\n",
    "b.txt": "Talks in Washington\n\nErdogan met Donald Trump. Trump said that Turkey "
    "should stop.\n",
    "c.txt": "A quiet day in Poland\n\nTesco sold its shops in Poland. Nobody else spoke.\n",
}
# (name, kind, written forms) of the actors each article has, in order of appearance.
ACTORS = {
    "a.txt": [
        ("Turkey", "place", ("Turkey",)),
        ("Kurds", "group", ("Kurds",)),
        ("Recep Tayyip Erdogan", "person", ("Recep Tayyip Erdogan", "Erdogan")),
    ],
    "b.txt": [
        ("Erdogan", "person", ("Erdogan",)),
        ("Donald Trump", "person", ("Donald Trump", "Trump")),
        ("Turkey", "place", ("Turkey",)),
    ],
    "c.txt": [("Poland", "place", ("Poland",)), ("Tesco", "organization", ("Tesco",))],
}


def _spans(text: str, forms: tuple[str, ...]) -> tuple[Span, ...]:
    spans = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            taken = any(s.start <= start < s.end for s in spans)
            if not taken:
                spans.append(Span(start, start + len(form), form))
            start = text.find(form, start + 1)
    return tuple(sorted(spans, key=lambda s: s.start))


def fixed_analysis(document: Document) -> Analysis:
    name = document.source
    text = document.text
    actors = tuple(
        Actor(f"A{i}", actor_name, kind, forms, _spans(text, forms))
        for i, (actor_name, kind, forms) in enumerate(ACTORS[name], 1)
    )
    claims = []
    if name == "a.txt":
        said = text.index("said")
        who = text.index("Recep")
        claims.append(
            Claim(
                "C1",
                "indirect",
                Source(who, who + 20, text[who : who + 20], "A3"),
                Span(said, said + 4, "said"),
                Span(said + 5, said + 27, text[said + 5 : said + 27]),
            )
        )
    return Analysis(name, document.title, text, "fixed-test-model", actors, tuple(claims))


def _documents() -> list[Document]:
    return [from_text(text, name) for name, text in TEXTS.items()]


@pytest.fixture
def fixed_stream(monkeypatch):
    calls: list[str] = []

    def stream(document: Document, **kwargs) -> Iterator[Progress]:
        calls.append(document.source)
        yield Progress(0, 10, None)
        yield Progress(10, 10, fixed_analysis(document), finished=True, elapsed=0.01)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    return calls


async def _settled(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    # The screens look for a new snapshot four times a second: wait until this one has.
    for _ in range(100):
        await pilot.pause(0.05)
        shown = getattr(app.screen, "shown_version", None)
        if shown is None or shown == app.folder.snapshot.version:
            break
    await pilot.pause()


def _screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def _open_actors(app, pilot) -> FolderActorsScreen:
    await _settled(app, pilot)
    await pilot.press("A")
    await pilot.pause()
    assert isinstance(app.screen, FolderActorsScreen)
    return app.screen


def _entity_names(screen: FolderActorsScreen) -> list[str]:
    return [screen.snapshot.entity(i).name for i in screen.entity_rows]


async def test_the_library_analyses_every_article_and_shows_the_progress(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert fixed_stream == ["a.txt", "b.txt", "c.txt"]
        assert "6 actors across 3 articles" in _screen_text(app)
        snapshot = app.folder.snapshot
        assert snapshot.finished and snapshot.positions == (0, 1, 2)


async def test_A_lists_one_row_per_actor_across_articles_with_its_counts(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        names = _entity_names(screen)
        # Erdogan in a and b (the bare surname is the full name), Turkey in a and b.
        assert names[:2] == ["Turkey", "Recep Tayyip Erdogan"]
        assert sorted(names[2:]) == ["Donald Trump", "Kurds", "Poland", "Tesco"]
        shown = _screen_text(app)
        turkey_row = next(line for line in shown.splitlines() if "Turkey " in line)
        assert turkey_row.split()[-3:] == ["2", "4", "0"]  # articles, mentions, claims
        assert "Turkey · place · 2 articles · 4 mentions · 0 claims" in shown
        assert app.focused is screen.entities


async def test_an_actors_articles_show_mentions_claims_and_the_first_claim(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        await pilot.press("j")  # Erdogan
        await pilot.pause()
        assert screen.entity_id == screen.entity_rows[1]
        assert [row[0] for row in screen.article_rows] == [0, 1]
        shown = _screen_text(app)
        first = next(line for line in shown.splitlines() if "Turkey and the Kurds" in line)
        assert first.split()[-8:-5] == ["2", "1", "said"]  # mentions, claims, the cue
        assert "said — Turkey would press on" in first
        second = next(line for line in shown.splitlines() if "Talks in Washington" in line)
        assert second.split()[-3:] == ["1", "0", "—"]


async def test_enter_opens_the_article_on_the_actors_first_mention_and_n_continues(
    fixed_stream,
):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        await pilot.press("j", "enter")  # Erdogan's articles
        assert app.focused is screen.articles
        await pilot.press("j", "enter")  # the second: "Talks in Washington"
        await _settled(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.document is app.documents[1]
        first = reader.document.text.index("Erdogan")
        assert reader.selection.actor == "A1"
        assert reader.article.current_span == (first, first + len("Erdogan"))
        assert "mention 1 of 1 · Erdogan" in reader.status.plain
        await pilot.press("n")
        assert "mention 1 of 1, wrapped · Erdogan" in reader.status.plain


async def test_n_and_N_step_through_the_actors_mentions_in_the_opened_article(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        await _open_actors(app, pilot)
        await pilot.press("enter", "enter")  # Turkey, in the first article
        await _settled(app, pilot)
        reader = app.screen
        text = reader.document.text
        starts = [i for i in range(len(text)) if text.startswith("Turkey", i)]
        assert reader.article.current_span[0] == starts[0]
        await pilot.press("n")
        assert reader.article.current_span[0] == starts[1]
        assert "mention 2 of 3 · Turkey" in reader.status.plain
        await pilot.press("N", "N")
        assert reader.article.current_span[0] == starts[2]
        assert "wrapped" in reader.status.plain


async def test_l_in_the_reader_returns_to_the_actors_on_the_same_actor(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        await pilot.press("j", "enter", "j", "enter")  # Erdogan in "Talks in Washington"
        await _settled(app, pilot)
        assert app.reader.document is app.documents[1]
        await pilot.press("l")
        await _settled(app, pilot)
        back = app.screen
        assert isinstance(back, FolderActorsScreen) and back is not screen
        assert back.snapshot.entity(back.entity_id).name == "Recep Tayyip Erdogan"
        # On the article it opened, in the article list.
        assert app.focused is back.articles and back.articles.highlighted == 1
        # Escape leaves the article list, then the actors; the library stays on articles.
        await pilot.press("escape")
        assert app.focused is back.entities
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")  # back to the article that was open
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("l")
        await _settled(app, pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_s_sorts_the_actors_by_articles_mentions_and_name(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        await pilot.press("s")
        assert screen.order == "mentions"
        mentions = [screen.snapshot.entity(i).mentions for i in screen.entity_rows]
        assert mentions == sorted(mentions, reverse=True)
        await pilot.press("s")
        assert _entity_names(screen) == sorted(_entity_names(screen), key=str.casefold)
        assert "by name" in _screen_text(app)
        await pilot.press("s")
        assert screen.order == "articles"


async def test_j_k_g_G_move_in_the_focused_list(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        await pilot.press("G")
        assert screen.entities.highlighted == len(screen.entity_rows) - 1
        await pilot.press("k")
        assert screen.entities.highlighted == len(screen.entity_rows) - 2
        await pilot.press("g")
        assert screen.entities.highlighted == 0 and _entity_names(screen)[0] == "Turkey"
        await pilot.press("tab", "G")
        assert app.focused is screen.articles and screen.articles.highlighted == 1
        await pilot.press("g")
        assert screen.articles.highlighted == 0


async def test_slash_in_the_library_finds_an_actor_of_any_article_with_a_typo(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        jump = app.screen
        assert isinstance(jump, FolderJumpScreen)
        assert [m.entity.name for m in jump.matches][:2] == ["Turkey", "Recep Tayyip Erdogan"]
        await pilot.press(*"erdgoan")  # a transposition
        await pilot.pause()
        assert jump.matches[0].entity.name == "Recep Tayyip Erdogan"
        assert "2 articles · 3 mentions" in _screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FolderActorsScreen)
        assert screen.snapshot.entity(screen.entity_id).name == "Recep Tayyip Erdogan"
        assert app.focused is screen.articles


async def test_slash_in_the_actors_moves_to_the_chosen_actor_and_escape_closes(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        await pilot.press("slash", *"tesco")
        await pilot.pause()
        await pilot.press("down", "up", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.snapshot.entity(screen.entity_id).name == "Tesco"
        assert [row[0] for row in screen.article_rows] == [2]
        await pilot.press("slash", "x", "escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.snapshot.entity(screen.entity_id).name == "Tesco"


async def test_article_text_is_never_parsed_as_markup(monkeypatch):
    documents = [from_text("[bold]Markup[/] headline\n\nBody.\n", "m.txt"), *_documents()[:1]]
    actor = Actor("A1", "[red]Bold[/]", "person", ("[red]Bold[/]",), (Span(0, 4, "[bol"),))

    def stream(document: Document, **kwargs) -> Iterator[Progress]:
        analysis = Analysis(document.source, document.title, document.text, "m", (actor,))
        yield Progress(1, 1, analysis, finished=True)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp(documents)
    async with app.run_test(size=SIZE) as pilot:
        await _open_actors(app, pilot)
        shown = _screen_text(app)
        assert "[red]Bold[/]" in shown and "[bold]Markup[/] headline" in shown


async def test_the_library_stays_usable_while_the_folder_is_analysed(monkeypatch):
    """Keys work and the progress shows while an analysis has not finished."""
    release = threading.Event()

    def stream(document: Document, **kwargs) -> Iterator[Progress]:
        if document.source != "a.txt":
            release.wait(10)
        yield Progress(1, 1, fixed_analysis(document), finished=True)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        # The heading follows the first snapshot within a poll (the machine may be busy).
        for _ in range(200):
            await pilot.pause(0.05)
            if "analysing 1/3" in _screen_text(app):
                break
        assert "analysing 1/3 · 3 actors so far" in _screen_text(app)
        await pilot.press("j", "A")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FolderActorsScreen)
        assert "analysing 1/3" in _screen_text(app)
        assert _entity_names(screen) == ["Turkey", "Kurds", "Recep Tayyip Erdogan"]
        await pilot.press("s", "s")  # by name: Kurds first, until Donald Trump arrives
        assert _entity_names(screen)[0] == "Kurds"
        release.set()
        await _settled(app, pilot)
        assert "6 actors across 3 articles" in _screen_text(app)
        assert len(screen.entity_rows) == 6
        # Nobody picked an actor: the list stays at its top as actors arrive.
        assert _entity_names(screen)[0] == "Donald Trump"
        assert screen.entities.highlighted == 0 and screen.entity_id == screen.entity_rows[0]


async def test_the_folder_waits_while_the_open_article_is_analysed(fixed_stream):
    folder = FolderAnalysis(_documents())
    busy = threading.Event()
    busy.set()

    class Host(App[None]):
        def on_mount(self) -> None:
            folder.start(self, busy=busy.is_set)

    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        assert fixed_stream == [] and folder.snapshot.done == 0
        busy.clear()
        await app.workers.wait_for_complete()
        assert fixed_stream == ["a.txt", "b.txt", "c.txt"]
        assert folder.snapshot.finished


async def test_a_failed_article_is_counted_and_the_others_are_linked(monkeypatch):
    def stream(document: Document, **kwargs) -> Iterator[Progress]:
        if document.source == "b.txt":
            raise RuntimeError("worker died")
        yield Progress(1, 1, fixed_analysis(document), finished=True)

    monkeypatch.setattr(dramatis.cache, "stream", stream)
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        await _settled(app, pilot)
        snapshot = app.folder.snapshot
        assert snapshot.failures == ((1, "worker died"),)
        assert snapshot.positions == (0, 2)
        assert "5 actors across 2 articles · 1 failed" in _screen_text(app)


async def test_the_library_without_a_folder_analysis_hides_the_actor_keys():
    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(LibraryScreen(_documents()))

    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        keys = {b.binding.id for b in app.screen.active_bindings.values() if b.enabled}
        assert "dramatis.library.close" in keys
        assert "dramatis.library.actors" not in keys and "dramatis.library.jump" not in keys
        await pilot.press("A", "slash")
        assert isinstance(app.screen, LibraryScreen)


async def test_every_screen_fits_80_by_24(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_actors(app, pilot)
        lines = _screen_text(app).splitlines()
        assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
        assert any("Turkey" in line and line.rstrip().endswith("0") for line in lines)
        assert any("Talks in Washington" in line for line in lines)
        assert screen.entity_rows
        await pilot.press("slash", *"trunp")
        await pilot.pause()
        assert app.screen.matches[0].entity.name == "Donald Trump"


def test_a_choice_names_the_document_and_the_actor():
    choice = FolderChoice(2, "A1", "Tesco")
    assert (choice.document, choice.actor_id, choice.actor_name) == (2, "A1", "Tesco")


async def test_real_folder_end_to_end(nlp, tmp_path):
    from dramatis.inputs import load_folder

    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = DramatisApp(load_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_actors(app, pilot)
        turkey = next(i for i in screen.entity_rows if screen.snapshot.entity(i).name == "Turkey")
        assert screen.snapshot.entity(turkey).documents == 2
        await pilot.press("slash", *"turkey", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await _settled(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert "· Turkey" in reader.status.plain and "mention 1 of" in reader.status.plain


async def test_the_lists_are_laid_out_again_when_the_terminal_is_resized(fixed_stream):
    app = DramatisApp(_documents())
    async with app.run_test(size=SIZE) as pilot:
        await _open_actors(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        lines = _screen_text(app).splitlines()
        turkey = next(line for line in lines if " Turkey " in line)
        assert turkey.split()[-3:] == ["2", "4", "0"] and len(turkey.rstrip()) < 80
