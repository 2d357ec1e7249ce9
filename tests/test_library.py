"""The library screen: pick one of several documents with the keyboard."""

from __future__ import annotations

from dramatis.document import from_text
from dramatis.tui.library import LibraryScreen
from textual.app import App


def _documents():
    return [
        from_text("First [bold]article[/]\n\nBody one, with words.\n", "a.txt"),
        from_text("Second article\n\nBody two has a few more words in it.\n", "b.txt"),
        from_text("Third article\n\nBody three.\n", "c.md"),
    ]


class Host(App[None]):
    def __init__(self, documents) -> None:
        super().__init__()
        self.documents = documents
        self.chosen: list[int | None] = []

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.documents), self.chosen.append)


def _screen_text(app: App) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_lists_every_document_with_title_source_and_size_without_markup():
    app = Host(_documents())
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        shown = _screen_text(app)
        assert "First [bold]article[/]" in shown  # literal, not parsed as markup
        for name in ("a.txt", "b.txt", "c.md", "Second article", "Third article"):
            assert name in shown
        assert "11 words" in shown and "3 documents, 21 words" in shown, shown


async def test_enter_opens_the_highlighted_document():
    app = Host(_documents())
    async with app.run_test() as pilot:
        await pilot.press("down", "j", "k", "enter")
        await pilot.pause()
        assert app.chosen == [1]
        assert not isinstance(app.screen, LibraryScreen)


async def test_end_then_enter_opens_the_last_and_escape_returns_none():
    app = Host(_documents())
    async with app.run_test() as pilot:
        await pilot.press("G", "enter")
        await pilot.pause()
        assert app.chosen == [2]
        app.push_screen(LibraryScreen(app.documents, current=1), app.chosen.append)
        await pilot.pause()
        assert app.screen.highlighted == 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.chosen == [2, None]


async def test_q_quits_the_app():
    app = Host(_documents())
    async with app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and app.chosen == []


async def test_a_shared_folder_is_named_once_and_unspaced_scripts_count_characters():
    documents = [
        from_text("English headline\n\nThree words here.\n", "news/en.txt"),
        from_text("习近平会见拜登\n\n国家主席习近平在北京会见美国总统拜登。\n", "news/zh.txt"),
    ]
    app = Host(documents)
    async with app.run_test(size=(100, 12)) as pilot:
        await pilot.pause()
        shown = _screen_text(app)
        assert "· in news" in shown and "news/en.txt" not in shown
        assert "en.txt" in shown and "zh.txt" in shown
        assert f"{len(documents[1].text)} characters" in shown


async def test_every_column_fits_an_80_column_screen():
    long_title = "A very long headline about a summit that goes on and on " * 2
    documents = [
        from_text(f"{long_title}\n\nBody.\n", f"/articles/{'x' * 50}-story.txt"),
        *_documents(),
    ]
    app = Host(documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = [line for line in _screen_text(app).splitlines() if "words" in line]
        assert rows and all(line.rstrip().endswith("utf-8") for line in rows[1:]), rows
        assert "A very long" in rows[1] and "…" in rows[1]
